import type { Hono } from 'hono';

import type { BuildRunner } from '../builds/runner';
import type { Core } from '../core';

/** What route modules need. */
export type RouteDeps = { app: Hono; core: Core; runner: BuildRunner };
