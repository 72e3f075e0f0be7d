import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layers a linter keeps: app → components → lib/client → lib/contract, and lib/server → lib/emulator. Browser
 * code must never bundle server code, and the embedded API is reached through one door. Every rule below
 * is proven by eslint.config.test.ts, which lints a violating snippet through this very config.
 *
 * - components/ never import lib/server or lib/emulator: a component may render on either side, so server facts
 *   reach it as props. `import type` is fine (it is erased), e.g. the PublicConfig type of a prop.
 * - app/ pages and layouts (server components) may read THREE things of lib/server: lib/server/config, the
 *   public config (mode, host) they hand to components as props, lib/server/page-data, a page's first data
 *   fetched through the proxy core (the same role checks and redaction as /api) for the browser's query cache,
 *   and lib/server/page-nonce, the response's CSP nonce for the theme's inline script. All are `server-only`, so a client page importing them breaks the build anyway. The rest of lib/server
 *   (proxy, upstream…) is for route handlers: a page never reaches the upstream but through the proxy's rules.
 * - Route handlers (app/**\/route.ts) wire the proxy and the embedded API over HTTP: all of lib/server, but the
 *   embedded API only through lib/server/upstream.
 * - lib/emulator is reached only through lib/server/upstream (getEmbeddedApi), and by lib/server/config and
 *   lib/server/startup, which read its options (defaults, EMULATOR_* settings); scripts/ may use it directly.
 * - lib/ outside lib/server and lib/emulator (lib/client, lib/contract and the feature helpers) is shared with the
 *   browser: it never imports lib/server or lib/emulator, not even types. A new server-only folder (lib/auth,
 *   lib/db…) joins SERVER_ONLY_LIB below.
 * - The dashboard's own accounts are server code too: lib/auth (sessions, better-auth), lib/db (its database) and
 *   lib/audit (the audit log). Pages and layouts may ask lib/auth who is signed in (that is how a page redirects
 *   to sign-in); nothing browser-side imports any of the three, and pages reach the database only through them.
 *   What the browser may know of roles is lib/access, the pure permission table.
 * - lib/contract imports nothing of the app: only its own files (`./x`, `@/lib/contract/x`) and packages.
 * - Tests are no layer and are exempt: they may build an embedded API to check a layer against it.
 *
 * Import sources are matched as written, so each pattern covers the `@/lib/…` alias and relative paths
 * (`../../lib/server/x` from components/, `../server/x` from inside lib/). `import()` is checked as well.
 */
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const TS = '**/*.{ts,tsx}';
const SERVER_ONLY_LIB = ['lib/server', 'lib/emulator', 'lib/auth', 'lib/db', 'lib/audit', 'lib/telemetry'];

/** An import of lib/<dir>, by alias or relative path; `rest` narrows what may follow `lib/<dir>`. */
const importOf = (dir, rest = '(/|$)') => `^(@/lib/|(\\.\\./)+(lib/)?)${dir}${rest}`;

const restrictions = {
  serverFromComponents: {
    regex: importOf('server'),
    allowTypeImports: true,
    message:
      'components/ never import lib/server (server-only): a page or layout in app/ reads it and passes the data down as props. `import type` is fine.',
  },
  serverFromPages: {
    regex: importOf('server', '(/(?!(config|page-data|page-nonce)$)|$)'),
    allowTypeImports: true,
    message:
      'Pages and layouts read only lib/server/config (the public config they pass down as props), lib/server/page-data (their first data, through the proxy core) and lib/server/page-nonce (the CSP nonce for an inline script); the rest comes through /api. The rest of lib/server is for route handlers. `import type` is fine.',
  },
  serverFromSharedLib: {
    regex: importOf('server'),
    message:
      'lib/client and the feature helpers in lib/ run in the browser too: they never import lib/server, not even types.',
  },
  emulatorFromBrowserSide: {
    regex: importOf('emulator'),
    allowTypeImports: true,
    message:
      'lib/emulator is server code, reached only through lib/server/upstream; components and pages never import it. `import type` is fine.',
  },
  emulatorFromSharedLib: {
    regex: importOf('emulator'),
    message:
      'lib/emulator is server code, reached only through lib/server/upstream; code shared with the browser never imports it, not even types.',
  },
  emulatorFromServer: {
    regex: importOf('emulator'),
    message:
      'lib/emulator is reached only through lib/server/upstream (getEmbeddedApi); lib/server/config and lib/server/startup read its options.',
  },
  accountsFromBrowserSide: {
    regex: importOf('(auth|db|audit)'),
    allowTypeImports: true,
    message:
      'lib/auth, lib/db and lib/audit are server code: components receive who is signed in as props (or from ActorProvider). `import type` is fine.',
  },
  databaseFromPages: {
    regex: importOf('(db|audit)'),
    allowTypeImports: true,
    message:
      'Pages and layouts ask lib/auth who is signed in; the database and the audit log are reached through /api routes. `import type` is fine.',
  },
  accountsFromSharedLib: {
    regex: importOf('(auth|db|audit)'),
    message:
      'lib/client, lib/access and the feature helpers in lib/ run in the browser too: they never import lib/auth, lib/db or lib/audit, not even types.',
  },
  appFromContract: {
    regex: '^(@/(?!lib/contract(/|$))|\\.\\.(/|$))',
    message: 'lib/contract imports nothing of the app: only other lib/contract files and packages.',
  },
};

/** One layer: its files and what they may not import, by `import … from` and by `import()`. */
function layer(files, ignores, forbidden) {
  return {
    files,
    ignores: [...TESTS, ...ignores],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map(({ regex, message, allowTypeImports }) => ({
            regex,
            message,
            allowTypeImports,
            caseSensitive: true,
          })),
        },
      ],
      // no-restricted-imports does not see `import('…')`; esquery wants the regex's slashes escaped.
      'no-restricted-syntax': [
        'error',
        ...forbidden.map(({ regex, message }) => ({
          selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
          message,
        })),
      ],
    },
  };
}

const r = restrictions;
const layerBoundaries = [
  layer(
    [`components/${TS}`],
    [],
    [r.serverFromComponents, r.emulatorFromBrowserSide, r.accountsFromBrowserSide],
  ),
  layer(
    [`app/${TS}`],
    ['app/**/route.ts'],
    [r.serverFromPages, r.emulatorFromBrowserSide, r.databaseFromPages],
  ),
  layer(['app/**/route.ts'], [], [r.emulatorFromServer]),
  layer(
    [`lib/${TS}`],
    [...SERVER_ONLY_LIB.map((dir) => `${dir}/**`), 'lib/contract/**'],
    [r.serverFromSharedLib, r.emulatorFromSharedLib, r.accountsFromSharedLib],
  ),
  layer([`lib/{auth,db,audit}/${TS}`], [], [r.emulatorFromServer]),
  layer([`lib/contract/${TS}`], [], [r.appFromContract]),
  layer(
    [`lib/server/${TS}`],
    ['lib/server/upstream.ts', 'lib/server/config.ts', 'lib/server/startup.ts'],
    [r.emulatorFromServer],
  ),
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.next*/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerBoundaries,
);
