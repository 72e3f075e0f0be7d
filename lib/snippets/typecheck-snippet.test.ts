import { describe, expect, it } from 'vitest';
import { typecheckSnippets } from './typecheck-snippet';

describe('typecheckSnippets', () => {
  it('reports a wrong call of the SDK, file by file, and nothing for a right one', () => {
    const wrong = 'import { Sandbox } from "@superserve/sdk";\nawait Sandbox.connect(42);';
    const right = 'import { Sandbox } from "@superserve/sdk";\nawait Sandbox.connect("id");';
    const problems = typecheckSnippets([wrong, right]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("Argument of type 'number' is not assignable");
  });
});
