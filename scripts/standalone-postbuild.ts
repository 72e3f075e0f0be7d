/**
 * `npm run build`'s postbuild step: makes `<distDir>/standalone` (NEXT_DIST_DIR is honoured) runnable on its own,
 * so `node .next/standalone/server.js` works right after the build and the Dockerfile ships that one folder:
 * the browser's assets and public/ copied in, and the users CLI and the embedded API bundled beside server.js (scripts/lib/standalone.ts).
 */
import { bundleScripts, copyStandaloneAssets, standaloneLayout } from './lib/standalone';

async function main(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const started = performance.now();
  copyStandaloneAssets(distDir);
  await bundleScripts(distDir);
  const { root } = standaloneLayout(distDir);
  console.log(
    `Standalone server ready in ${root} (static assets, public/, users.mjs and emulator.mjs added in ${Math.round(performance.now() - started)} ms): node ${root}/server.js`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
