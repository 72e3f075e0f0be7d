/**
 * The standalone server's folder (`output: 'standalone'` in next.config.mjs): where Next writes it, what
 * `npm run build` adds so that it runs on its own, and copying it elsewhere. Used by the postbuild step
 * (scripts/standalone-postbuild.ts), the standalone e2e spec and bench:standalone.
 *
 * Next traces the server's imports into `<distDir>/standalone` (server.js, the server chunks under
 * `<distDir>/standalone/<distDir>`, and only the node_modules files they load), but leaves out the browser's
 * assets, which a CDN may serve instead: `<distDir>/static` must go to `<standalone>/<distDir>/static` and
 * `public/` to `<standalone>/public`, where server.js serves them from.
 */
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { build } from 'esbuild';

/**
 * The project's scripts bundled into one file each inside the standalone folder, run with plain `node` where
 * there is no tsx and no source (the image): the users CLI (`node users.mjs list`) and the standalone embedded
 * API (`node emulator.mjs`, what `npm run emulator` serves).
 */
export const BUNDLED_SCRIPTS = { usersCli: 'users', emulator: 'emulator' } as const;

export type StandaloneLayout = {
  /** `<distDir>/standalone`: what a deployment ships. */
  root: string;
  /** server.js, which `node` runs; it chdirs into its own folder. */
  server: string;
  /** Where server.js looks for the browser's assets (`<root>/<distDir>/static`). */
  static: string;
  /** Where server.js serves public/ from. */
  public: string;
  /** The bundled users CLI (scripts/users.ts). */
  usersCli: string;
  /** The bundled standalone embedded API (scripts/emulator.ts). */
  emulator: string;
};

/**
 * Where everything is, for a build made into `distDir` (relative to the project folder, as NEXT_DIST_DIR is).
 * Next writes the server's own build files to `<standalone>/<distDir>`, keeping the relative path.
 */
export function standaloneLayout(distDir: string): StandaloneLayout {
  const root = path.join(distDir, 'standalone');
  return {
    root,
    server: path.join(root, 'server.js'),
    static: path.join(root, distDir, 'static'),
    public: path.join(root, 'public'),
    usersCli: path.join(root, `${BUNDLED_SCRIPTS.usersCli}.mjs`),
    emulator: path.join(root, `${BUNDLED_SCRIPTS.emulator}.mjs`),
  };
}

/**
 * Copies `<distDir>/static` and `public/` (when the project has one) into the standalone folder. Paths are
 * relative to the project folder, the current directory of every npm script.
 */
export function copyStandaloneAssets(distDir: string): void {
  const layout = standaloneLayout(distDir);
  const fromStatic = path.join(distDir, 'static');
  if (!existsSync(layout.server)) {
    throw new Error(
      `No standalone server in ${layout.root}: is output: 'standalone' still in next.config.mjs?`,
    );
  }
  if (!existsSync(fromStatic)) throw new Error(`No ${fromStatic}: the build did not finish`);
  // Next empties <distDir> (standalone included) at each build, so nothing from an older build lingers here.
  cpSync(fromStatic, layout.static, { recursive: true, force: true });
  const fromPublic = 'public';
  if (existsSync(fromPublic)) cpSync(fromPublic, layout.public, { recursive: true, force: true });
}

/**
 * Bundles scripts/users.ts and scripts/emulator.ts (with all they import: kysely, better-auth, hono, the
 * migrations, the seed data) into `<standalone>/<name>.mjs`. The native and driver packages stay external: the
 * standalone folder already has them, traced for the server (better-sqlite3's .node, pg). `react-server` is the
 * condition package.json's `users` script runs with: it makes `server-only` importable outside Next.
 */
export async function bundleScripts(distDir: string): Promise<string[]> {
  const layout = standaloneLayout(distDir);
  const outputs = Object.values(BUNDLED_SCRIPTS).map((name) => ({
    entry: `scripts/${name}.ts`,
    outfile: path.join(layout.root, `${name}.mjs`),
  }));
  await Promise.all(
    outputs.map(({ entry, outfile }) =>
      build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        conditions: ['react-server'],
        external: ['better-sqlite3', 'pg'],
        // Bundled CommonJS packages call require(); an ES module has none until it is made.
        banner: {
          js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        },
        tsconfig: 'tsconfig.json',
        logLevel: 'warning',
        legalComments: 'none',
      }),
    ),
  );
  return outputs.map((output) => output.outfile);
}

/** Copies a standalone folder (assets already in it) to `target`, e.g. outside the project to test or measure it. */
export function copyStandalone(distDir: string, target: string): StandaloneLayout {
  // verbatimSymlinks: Next links some packages under <distDir>/node_modules by a relative path; resolved, the
  // link would point back into the project and hide a file the copy lacks.
  cpSync(standaloneLayout(distDir).root, target, { recursive: true, verbatimSymlinks: true });
  const copied = standaloneLayout(distDir);
  const relocate = (file: string) => path.join(target, path.relative(copied.root, file));
  return {
    root: target,
    server: relocate(copied.server),
    static: relocate(copied.static),
    public: relocate(copied.public),
    usersCli: relocate(copied.usersCli),
    emulator: relocate(copied.emulator),
  };
}

/** Bytes under a folder, or of one file (symbolic links are not followed). */
export function diskBytes(dir: string): number {
  const stat = statSync(dir);
  if (stat.isFile()) return stat.size;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
