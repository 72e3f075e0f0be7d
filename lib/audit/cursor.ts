/**
 * A page cursor: the position (time, id) of a record, opaque to the browser. Paging by position instead of by
 * offset keeps pages stable while new records arrive, and each page is one index range scan however deep it is.
 */
export type Cursor = { at: number; id: string };

export function encodeCursor({ at, id }: Cursor): string {
  return Buffer.from(`${at}:${id}`, 'utf8').toString('base64url');
}

/** The cursor, or undefined for anything this server did not make. */
export function decodeCursor(value: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return undefined;
  const match = /^(\d{1,16}):([A-Za-z0-9-]{1,64})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) return undefined;
  return { at: Number(match[1]), id: match[2]! };
}
