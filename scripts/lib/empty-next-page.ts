/**
 * The yardstick for first-load figures: an empty Next page (a root layout and a page that render a word), built
 * with this project's own Next and React from its node_modules, the same browserslist and the same
 * bundle-shaping config, in the same run as the figures it divides. A constant would drift with every Next
 * upgrade and with the machine's build; this cannot.
 *
 * The app is written to `.next-empty-page/` inside the project (gitignored, outside tsconfig and lint like every
 * `.next*` folder), so `next`, `react` and `react-dom` resolve from the project's node_modules and Turbopack's
 * root (the folder of the nearest lockfile) is the project itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const EMPTY_PAGE_DIR = '.next-empty-page';

type PackageJson = { browserslist?: unknown };

/** Writes the empty app and builds it; returns its build folder (absolute). Exits when the build fails. */
export function buildEmptyNextPage(projectDir = process.cwd()): string {
  const appDir = path.resolve(projectDir, EMPTY_PAGE_DIR);
  rmSync(appDir, { recursive: true, force: true });
  mkdirSync(path.join(appDir, 'app'), { recursive: true });

  // Plain JSX, so Next neither writes a tsconfig nor type-checks: the client bundle is the same either way.
  writeFileSync(
    path.join(appDir, 'app', 'layout.jsx'),
    `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    path.join(appDir, 'app', 'page.jsx'),
    `export default function Page() {
  return <main>Empty</main>;
}
`,
  );
  // Only what shapes the browser's JavaScript is copied from next.config.mjs; headers, body limits and
  // server-external packages do not reach the client bundle.
  writeFileSync(
    path.join(appDir, 'next.config.mjs'),
    `export default { distDir: '.next', reactStrictMode: true, poweredByHeader: false };\n`,
  );
  // The target browsers decide which syntax is lowered and which polyfills ship: the yardstick uses the same.
  const project = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as PackageJson;
  const pkg: Record<string, unknown> = { name: 'empty-next-page', private: true };
  if (project.browserslist) pkg.browserslist = project.browserslist;
  writeFileSync(path.join(appDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

  const nextBin = path.join(projectDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [nextBin, 'build', appDir], {
    cwd: projectDir,
    // The project's NEXT_DIST_DIR must not leak into the yardstick's config.
    env: { ...process.env, NEXT_DIST_DIR: '', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(`Building the empty Next page failed:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  return path.join(appDir, '.next');
}
