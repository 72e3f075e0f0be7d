/** The filesystem the simulated shell sees: a writable top layer over read-only lower layers. */
import type { FsEntry, LayerEntry, ReadLayer, WriteLayer } from './layers';
import { parentOf } from './layers';

export class Vfs {
  constructor(
    private readonly top: WriteLayer,
    private readonly lower: readonly ReadLayer[],
    private readonly now: () => number,
  ) {}

  stat(path: string): FsEntry | undefined {
    return visible(this.lookup(path, [this.top, ...this.lower]));
  }

  /** Directory entries sorted by name; undefined when `dir` is not a directory. */
  list(dir: string): [string, FsEntry][] | undefined {
    if (this.stat(dir)?.kind !== 'dir') return undefined;
    const merged = new Map<string, LayerEntry>();
    for (const layer of [this.top, ...this.lower]) {
      for (const [name, entry] of layer.children(dir)) if (!merged.has(name)) merged.set(name, entry);
    }
    const entries: [string, FsEntry][] = [];
    for (const [name, entry] of merged) {
      const file = visible(entry);
      if (file) entries.push([name, file]);
    }
    return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  writeFile(path: string, content: string, { append = false } = {}): void {
    const existing = this.stat(path);
    const previous = append && existing?.kind === 'file' ? existing.content : '';
    this.top.put(path, { kind: 'file', content: previous + content, mtime: this.now() });
  }

  /** Updates the modification time, creating an empty file if needed (what `touch` does). */
  touch(path: string): void {
    const existing = this.stat(path);
    this.top.put(
      path,
      existing ? { ...existing, mtime: this.now() } : { kind: 'file', content: '', mtime: this.now() },
    );
  }

  mkdir(path: string): void {
    this.top.put(path, { kind: 'dir', content: '', mtime: this.now() });
  }

  /** Removes a file or a whole tree; lower-layer files are hidden with whiteouts. */
  remove(path: string): void {
    const entry = this.stat(path);
    if (entry?.kind === 'dir') {
      for (const [name] of this.list(path) ?? []) this.remove(path === '/' ? `/${name}` : `${path}/${name}`);
    }
    if (visible(this.lookup(path, this.lower))) {
      this.top.put(path, { kind: 'whiteout', content: '', mtime: this.now() });
    } else {
      this.top.drop(path);
    }
  }

  parentExists(path: string): boolean {
    return this.stat(parentOf(path))?.kind === 'dir';
  }

  private lookup(path: string, layers: readonly ReadLayer[]): LayerEntry | undefined {
    for (const layer of layers) {
      const entry = layer.get(path);
      if (entry) return entry;
    }
    return undefined;
  }
}

const visible = (entry: LayerEntry | undefined): FsEntry | undefined =>
  entry && entry.kind !== 'whiteout' ? entry : undefined;
