/** The emulator's shared state: the database stores, the clock, the limits and the simulated timings. */
import { EventEmitter } from 'node:events';

import type { Db } from './db';
import { baseImage } from './fs/base-image';
import type { ReadLayer } from './fs/layers';
import { SqlLayer } from './fs/layers';
import { Vfs } from './fs/vfs';
import type { EmulatorTiming } from './options';
import { BuildStore } from './store/builds';
import { IdempotencyStore } from './store/idempotency';
import { SandboxStore } from './store/sandboxes';
import { TemplateStore } from './store/templates';
import type { SandboxRecord } from './store/types';
import type { SecretBox } from './secret-box';

export type Core = {
  db: Db;
  sandboxes: SandboxStore;
  templates: TemplateStore;
  builds: BuildStore;
  idempotency: IdempotencyStore;
  now: () => number;
  maxSandboxes: number;
  timing: EmulatorTiming;
  /** Emits `log:<buildId>` whenever a build writes a log line, so live log streams wake up at once. */
  events: EventEmitter;
};

export function createCore(
  db: Db,
  secrets: SecretBox,
  settings: { now: () => number; maxSandboxes: number; timing: EmulatorTiming },
): Core {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  return {
    db,
    sandboxes: new SandboxStore(db, secrets),
    templates: new TemplateStore(db),
    builds: new BuildStore(db),
    idempotency: new IdempotencyStore(db),
    events,
    ...settings,
  };
}

/** Runs `fn` in one SQLite transaction: it all happens, or (if it throws) none of it does. */
export function inTransaction<T>(core: Core, fn: () => T): T {
  return core.db.transaction(fn)();
}

/** The filesystem a sandbox sees: its own writes over its template build's files over the base image. */
export function sandboxFs(core: Core, sandbox: SandboxRecord): Vfs {
  const lower: ReadLayer[] = [];
  if (sandbox.buildId) lower.push(new SqlLayer(core.db, 'build_files', sandbox.buildId));
  lower.push(baseImage);
  return new Vfs(new SqlLayer(core.db, 'sandbox_files', sandbox.seq), lower, core.now);
}

/** The filesystem a template build writes into. */
export const buildFs = (core: Core, buildId: string): Vfs =>
  new Vfs(new SqlLayer(core.db, 'build_files', buildId), [baseImage], core.now);
