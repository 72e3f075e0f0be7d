/**
 * For tests only: type-checks TypeScript snippets with the compiler API against the installed @superserve/sdk,
 * so a snippet that calls the SDK wrongly fails a unit test instead of a user.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: ['node'],
  skipLibCheck: true,
};

/** The compiler's messages for `snippets`, each checked as a module of its own; empty when all type-check. */
export function typecheckSnippets(snippets: readonly string[]): string[] {
  // Inside node_modules, so the snippets resolve "@superserve/sdk" as a user's project would.
  const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.snippet-typecheck-'));
  try {
    const files = snippets.map((snippet, index) => {
      const file = join(dir, `snippet-${index}.ts`);
      // `export {}` makes the file a module: top-level await is allowed and the names stay in the file.
      writeFileSync(file, `${snippet}\nexport {};\n`);
      return file;
    });
    return ts
      .getPreEmitDiagnostics(ts.createProgram(files, OPTIONS))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
