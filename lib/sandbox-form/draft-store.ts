/**
 * A form draft kept in sessionStorage under one key, read back only through `parse` (which accepts exactly the
 * shape its version writes). Storage that is full, disabled or throwing (private mode) never fails the form: a
 * draft is a convenience. Used by the sandbox and the template create forms.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function draftStore<D>(key: string, parse: (text: string | null) => D | undefined) {
  return {
    save(storage: StorageLike, draft: D): void {
      try {
        storage.setItem(key, JSON.stringify(draft));
      } catch {
        // Full or disabled: see above.
      }
    },
    load(storage: StorageLike): D | undefined {
      try {
        return parse(storage.getItem(key));
      } catch {
        return undefined;
      }
    },
    clear(storage: StorageLike): void {
      try {
        storage.removeItem(key);
      } catch {
        // See save.
      }
    },
  };
}
