/**
 * The layer rules of eslint.config.mjs, proven through ESLint's own API on the real config: each rule fails on
 * a deliberate violation with its message, and lets today's legitimate imports through. Without this, a typo in
 * a glob or a regex would switch a rule off silently and the layering could rot unseen.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.dirname(fileURLToPath(import.meta.url));
const BOUNDARY_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // Loading the config and its plugins takes seconds on a busy machine: pay it here, not in the first case.
  await eslint.lintText('', { filePath: path.join(root, 'components/warm-up.tsx') });
}, 60_000);

/** The boundary errors ESLint reports for `code` as if it were the (not necessarily existing) file `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && BOUNDARY_RULES.has(message.ruleId))
    .map((message) => message.message);
}

type Case = { file: string; code: string; error: string };

const violations: Case[] = [
  {
    file: 'components/layout/probe.tsx',
    code: "import { getPublicConfig } from '@/lib/server/config';\nexport const probe = getPublicConfig;\n",
    error: 'components/ never import lib/server',
  },
  {
    file: 'components/sandboxes/detail/probe.tsx',
    code: "import { proxyRequest } from '../../../lib/server/proxy';\nexport const probe = proxyRequest;\n",
    error: 'components/ never import lib/server',
  },
  {
    file: 'components/layout/probe.tsx',
    code: "export const probe = () => import('@/lib/server/upstream');\n",
    error: 'components/ never import lib/server',
  },
  {
    file: 'components/sandboxes/probe.tsx',
    code: "import { createEmulator } from '@/lib/emulator';\nexport const probe = createEmulator;\n",
    error: 'lib/emulator is server code, reached only through lib/server/upstream',
  },
  {
    file: 'app/sandboxes/probe/page.tsx',
    code: "import { getUpstream } from '@/lib/server/upstream';\nexport const probe = getUpstream;\n",
    error: 'Pages and layouts read only lib/server/config',
  },
  {
    file: 'app/sandboxes/probe/page.tsx',
    code: "import { proxyRequest } from '@/lib/server/proxy';\nexport const probe = proxyRequest;\n",
    error: 'Pages and layouts read only lib/server/config',
  },
  {
    file: 'app/sandboxes/probe/page.tsx',
    code: "import { createEmulator } from '../../../lib/emulator';\nexport const probe = createEmulator;\n",
    error: 'lib/emulator is server code, reached only through lib/server/upstream',
  },
  {
    file: 'app/api/probe/route.ts',
    code: "import { createEmulator } from '@/lib/emulator';\nexport const probe = createEmulator;\n",
    error: 'lib/emulator is reached only through lib/server/upstream',
  },
  {
    file: 'lib/client/probe.ts',
    code: "import { csp } from '../server/csp';\nexport const probe = csp;\n",
    error: 'never import lib/server, not even types',
  },
  {
    file: 'lib/client/probe.ts',
    code: "import type { PublicConfig } from '@/lib/server/config';\nexport type Probe = PublicConfig;\n",
    error: 'never import lib/server, not even types',
  },
  {
    file: 'lib/client/probe.ts',
    code: "import { DEFAULT_API_KEY } from '@/lib/emulator/options';\nexport const probe = DEFAULT_API_KEY;\n",
    error: 'code shared with the browser never imports it',
  },
  {
    file: 'lib/sandbox-form/probe.ts',
    code: "import { getConfig } from '@/lib/server/config';\nexport const probe = getConfig;\n",
    error: 'never import lib/server, not even types',
  },
  {
    file: 'lib/contract/probe.ts',
    code: "import { formatBytes } from '@/lib/format/bytes';\nexport const probe = formatBytes;\n",
    error: 'lib/contract imports nothing of the app',
  },
  {
    file: 'lib/contract/probe.ts',
    code: "import { ApiError } from '../client/api-error';\nexport const probe = ApiError;\n",
    error: 'lib/contract imports nothing of the app',
  },
  {
    file: 'lib/server/probe.ts',
    code: "import { DEFAULT_API_KEY } from '../emulator/options';\nexport const probe = DEFAULT_API_KEY;\n",
    error: 'lib/emulator is reached only through lib/server/upstream',
  },
  {
    file: 'lib/server/probe.ts',
    code: "export const probe = () => import('@/lib/emulator');\n",
    error: 'lib/emulator is reached only through lib/server/upstream',
  },
  {
    file: 'components/account/probe.tsx',
    code: "import { actorFor } from '@/lib/auth/actor';\nexport const probe = actorFor;\n",
    error: 'lib/auth, lib/db and lib/audit are server code',
  },
  {
    file: 'app/(console)/probe/page.tsx',
    code: "import { openConsoleDb } from '@/lib/db/connect';\nexport const probe = openConsoleDb;\n",
    error: 'Pages and layouts ask lib/auth who is signed in',
  },
  {
    file: 'lib/access/probe.ts',
    code: "import type { Actor } from '../auth/actor';\nexport type Probe = Actor;\n",
    error: 'never import lib/auth, lib/db or lib/audit, not even types',
  },
  {
    file: 'lib/client/probe.ts',
    code: "export const probe = () => import('@/lib/db/connect');\n",
    error: 'never import lib/auth, lib/db or lib/audit, not even types',
  },
  {
    file: 'lib/auth/probe.ts',
    code: "import { createEmulator } from '@/lib/emulator';\nexport const probe = createEmulator;\n",
    error: 'lib/emulator is reached only through lib/server/upstream',
  },
];

const allowed: Omit<Case, 'error'>[] = [
  {
    file: 'app/(console)/probe/layout.tsx',
    code: "import { requireActor } from '@/lib/auth/require';\nexport const probe = requireActor;\n",
  },
  {
    file: 'lib/auth/probe.ts',
    code: "import { openConsoleDb } from '@/lib/db/connect';\nimport { getConfig } from '@/lib/server/config';\nexport const probe = [openConsoleDb, getConfig];\n",
  },
  {
    file: 'components/account/probe.tsx',
    code: "import type { Actor } from '@/lib/auth/actor';\nexport type Probe = Actor;\n",
  },
  {
    file: 'components/layout/probe.tsx',
    code: "import type { PublicConfig } from '@/lib/server/config';\nexport type Probe = PublicConfig;\n",
  },
  {
    file: 'components/layout/probe.tsx',
    code: "import { type Emulator } from '@/lib/emulator';\nexport type Probe = Emulator;\n",
  },
  {
    file: 'app/sandboxes/probe/page.tsx',
    code: "import { getPublicConfig } from '@/lib/server/config';\nexport const probe = getPublicConfig;\n",
  },
  {
    file: 'app/sandboxes/probe/page.tsx',
    code: "import { prefetchSandbox } from '@/lib/server/page-data';\nexport const probe = prefetchSandbox;\n",
  },
  {
    file: 'app/api/probe/route.ts',
    code: "import { getUpstream } from '@/lib/server/upstream';\nexport const probe = getUpstream;\n",
  },
  {
    file: 'lib/server/upstream.ts',
    code: "export const probe = () => import('@/lib/emulator');\n",
  },
  {
    file: 'lib/contract/probe.ts',
    code: "import { z } from 'zod';\nimport { utf8Bytes } from './bytes';\nimport { MAX_METADATA_KEYS } from '@/lib/contract/limits';\nexport const probe = [z, utf8Bytes, MAX_METADATA_KEYS];\n",
  },
  {
    file: 'lib/snippets/probe.test.ts',
    code: "import { createEmulator } from '@/lib/emulator';\nexport const probe = createEmulator;\n",
  },
  {
    file: 'scripts/probe.ts',
    code: "import { createEmulator } from '@/lib/emulator';\nexport const probe = createEmulator;\n",
  },
  {
    file: 'lib/sandbox-form/probe.ts',
    code: "import { NetworkConfigSchema } from '@/lib/contract';\nexport const probe = NetworkConfigSchema;\n",
  },
];

describe('layer boundaries (eslint.config.mjs)', () => {
  it.each(violations)('$file: `$code` fails with "$error"', async ({ file, code, error }) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(error);
  });

  it.each(allowed)('$file: `$code` passes', async ({ file, code }) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
