import { describe, expect, it } from 'vitest';
import type { BuildStep } from '@/lib/contract';
import {
  STEP_KINDS,
  StepRowSchema,
  StepRowsSchema,
  changeKind,
  duplicateStep,
  emptyStep,
  fromBuildSteps,
  moveStep,
  removeStep,
  toBuildSteps,
  type StepRow,
} from './steps';

type RowFields = StepRow extends infer R
  ? R extends StepRow
    ? Omit<R, 'id'> & { id?: string }
    : never
  : never;
const row = (fields: RowFields) => ({ id: 'r', ...fields }) as StepRow;

describe('emptyStep', () => {
  it("makes a row of each kind with only that kind's fields and a fresh id", () => {
    expect(emptyStep('run', 'a')).toEqual({ id: 'a', kind: 'run', run: '' });
    expect(emptyStep('env', 'a')).toEqual({ id: 'a', kind: 'env', key: '', value: '' });
    expect(emptyStep('workdir', 'a')).toEqual({ id: 'a', kind: 'workdir', workdir: '' });
    expect(emptyStep('user', 'a')).toEqual({ id: 'a', kind: 'user', name: '' });
    expect(emptyStep('run').id).not.toBe(emptyStep('run').id);
  });
});

describe('toBuildSteps', () => {
  it('gives each row exactly one of run, env, workdir or user', () => {
    const steps = toBuildSteps(STEP_KINDS.map((kind) => emptyStep(kind)));
    expect(steps.map((step) => Object.keys(step))).toEqual([['run'], ['env'], ['workdir'], ['user']]);
  });

  it('keeps every row, empty ones included, in order', () => {
    const rows = [
      row({ kind: 'run', run: 'echo 1' }),
      emptyStep('run'),
      row({ kind: 'workdir', workdir: '/a' }),
    ];
    expect(toBuildSteps(rows)).toEqual([{ run: 'echo 1' }, { run: '' }, { workdir: '/a' }]);
  });
});

describe('fromBuildSteps / toBuildSteps', () => {
  const steps: BuildStep[] = [
    { run: 'apt-get update \\\n  && apt-get install -y curl' },
    { env: { key: 'PATH', value: '/opt/bin:$PATH' } },
    { env: { key: 'EMPTY', value: '' } },
    { workdir: 'relative/dir' },
    { user: { name: 'app' } },
    { user: { name: 'ops', sudo: true } },
    { user: { name: 'plain', sudo: false } },
    { run: '  spaced  ' },
  ];

  it('round-trips exactly, sudo absent or false alike', () => {
    const rows = fromBuildSteps(steps);
    expect(toBuildSteps(rows)).toEqual(steps);
    expect(toBuildSteps(rows).map((step) => step.user && 'sudo' in step.user)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      false,
      true,
      true,
      undefined,
    ]);
  });

  it('gives each row a distinct id', () => {
    const ids = fromBuildSteps(steps).map((r) => r.id);
    expect(new Set(ids).size).toBe(steps.length);
  });

  it('reads a step the API would refuse as the first kind it has, or an empty run', () => {
    const rows = fromBuildSteps([{ workdir: '/w', user: { name: 'u' } }, {}] as BuildStep[]);
    expect(rows.map(({ id: _id, ...rest }) => rest)).toEqual([
      { kind: 'workdir', workdir: '/w' },
      { kind: 'run', run: '' },
    ]);
  });
});

describe('changeKind', () => {
  it('returns the same row for the same kind', () => {
    const r = row({ kind: 'user', name: 'app', sudo: true });
    expect(changeKind(r, 'user')).toBe(r);
  });

  it('keeps the id and the text between run, workdir and user', () => {
    const r = row({ id: 'keep', kind: 'run', run: '/srv/app' });
    expect(changeKind(r, 'workdir')).toEqual({ id: 'keep', kind: 'workdir', workdir: '/srv/app' });
    expect(changeKind(r, 'user')).toEqual({ id: 'keep', kind: 'user', name: '/srv/app' });
    expect(changeKind(row({ kind: 'user', name: 'app', sudo: true }), 'run')).toEqual({
      id: 'r',
      kind: 'run',
      run: 'app',
    });
  });

  it('splits text at its first = into a variable, and joins a variable back', () => {
    expect(changeKind(row({ kind: 'run', run: 'URL=a=b' }), 'env')).toEqual({
      id: 'r',
      kind: 'env',
      key: 'URL',
      value: 'a=b',
    });
    expect(changeKind(row({ kind: 'run', run: 'echo hi' }), 'env')).toEqual({
      id: 'r',
      kind: 'env',
      key: 'echo hi',
      value: '',
    });
    expect(changeKind(row({ kind: 'env', key: 'A', value: '1' }), 'run')).toMatchObject({ run: 'A=1' });
    expect(changeKind(row({ kind: 'env', key: 'A', value: '' }), 'workdir')).toMatchObject({ workdir: 'A' });
    expect(changeKind(emptyStep('env', 'e'), 'run')).toEqual({ id: 'e', kind: 'run', run: '' });
  });

  it('survives a round trip through another kind', () => {
    const start = row({ kind: 'run', run: 'pip install -r requirements.txt' });
    for (const kind of STEP_KINDS) expect(changeKind(changeKind(start, kind), 'run')).toEqual(start);
  });
});

describe('moveStep', () => {
  const rows = ['a', 'b', 'c', 'd'];

  it('moves a row forward and backward', () => {
    expect(moveStep(rows, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveStep(rows, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveStep(rows, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveStep(rows, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('clamps a target past either end', () => {
    expect(moveStep(rows, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveStep(rows, 2, -5)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('returns the same array when nothing moves or the source is not a row', () => {
    expect(moveStep(rows, 1, 1)).toBe(rows);
    expect(moveStep(rows, 3, 10)).toBe(rows);
    expect(moveStep(rows, 0, -1)).toBe(rows);
    expect(moveStep(rows, -1, 0)).toBe(rows);
    expect(moveStep(rows, 4, 0)).toBe(rows);
    expect(moveStep(rows, 1.5, 0)).toBe(rows);
    expect(moveStep(rows, 1, Number.NaN)).toBe(rows);
    expect(moveStep([], 0, 0)).toEqual([]);
    expect(rows).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('duplicateStep', () => {
  const rows: StepRow[] = [
    row({ id: 'a', kind: 'run', run: 'one' }),
    row({ id: 'b', kind: 'env', key: 'K', value: 'v' }),
  ];

  it('inserts a copy with the same content and a new id right after the row', () => {
    const next = duplicateStep(rows, 0);
    expect(next.map((r) => r.kind)).toEqual(['run', 'run', 'env']);
    expect(next[1]).toEqual({ ...rows[0], id: expect.any(String) });
    expect(next[1]?.id).not.toBe('a');
    expect(duplicateStep(rows, 1)[2]).toMatchObject({ kind: 'env', key: 'K', value: 'v' });
  });

  it('returns the same array for an index that is not a row', () => {
    expect(duplicateStep(rows, 2)).toBe(rows);
    expect(duplicateStep(rows, -1)).toBe(rows);
  });
});

describe('removeStep', () => {
  it('removes the row at the index, first and last included', () => {
    expect(removeStep(['a', 'b', 'c'], 0)).toEqual(['b', 'c']);
    expect(removeStep(['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    expect(removeStep(['a'], 0)).toEqual([]);
  });

  it('returns the same array for an index that is not a row', () => {
    const rows = ['a'];
    expect(removeStep(rows, 1)).toBe(rows);
    expect(removeStep(rows, -1)).toBe(rows);
  });
});

describe('StepRowSchema', () => {
  const problems = (value: unknown) => {
    const parsed = StepRowsSchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
  };

  it('accepts valid rows of each kind', () => {
    const rows = [
      row({ kind: 'run', run: 'make' }),
      row({ kind: 'env', key: 'A_1', value: '' }),
      row({ kind: 'workdir', workdir: '/srv' }),
      row({ kind: 'user', name: 'app', sudo: true }),
      row({ kind: 'user', name: '_svc' }),
    ];
    expect(StepRowsSchema.safeParse(rows).success).toBe(true);
  });

  it('puts each problem on its row and field, with the contract message', () => {
    const rows = [
      row({ kind: 'run', run: 'ok' }),
      emptyStep('run'),
      row({ kind: 'env', key: '1BAD', value: 'x' }),
      row({ kind: 'env', key: '', value: 'x' }),
      emptyStep('workdir'),
      row({ kind: 'user', name: 'App' }),
      row({ kind: 'user', name: 'a'.repeat(32) }),
    ];
    expect(problems(rows)).toEqual([
      ['1.run', 'run cannot be empty'],
      ['2.key', 'env.key must use letters, digits and _, and not start with a digit'],
      ['3.key', 'env.key is required'],
      ['4.workdir', 'workdir cannot be empty'],
      [
        '5.name',
        'user name "App" is not valid: use a-z, 0-9, _ and -, starting with a lowercase letter or _',
      ],
      ['6.name', `user name "${'a'.repeat(32)}" is 32 characters; the limit is 31`],
    ]);
  });

  it('counts a command or directory of only spaces as empty', () => {
    expect(problems([row({ kind: 'run', run: '   ' }), row({ kind: 'workdir', workdir: ' \t' })])).toEqual([
      ['0.run', 'run cannot be only spaces'],
      ['1.workdir', 'workdir cannot be only spaces'],
    ]);
  });

  it('refuses a row that is not one of the kinds', () => {
    expect(StepRowSchema.safeParse({ id: 'x', kind: 'copy', src: '.' }).success).toBe(false);
  });
});
