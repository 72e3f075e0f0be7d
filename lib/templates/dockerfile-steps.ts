/**
 * The Dockerfile instructions that become build steps: RUN, ENV, WORKDIR and USER. Each handler reads one
 * instruction and reports, through the context, the steps it makes, its notes, or why it can't be imported.
 */
import { BuildStepSchema, type BuildStep } from '@/lib/contract/template';
import type { DockerInstruction, Heredoc } from './dockerfile-lex';
import { parseJsonArray } from './dockerfile-lex';
import {
  NO_COMMAND_REASON,
  NUMERIC_USER_REASON,
  SHEBANG_HEREDOC_REASON,
  unresolvedNote,
} from './dockerfile-reasons';
import { processWord, shellJoin, splitWords } from './dockerfile-words';

/** What a handler may do with the instruction it reads. */
export type StepContext = {
  escape: '\\' | '`';
  /** ENV values set so far in the imported stage: Docker fills `$NAME` in ENV, WORKDIR and USER from them. */
  env: Map<string, string>;
  /** Names declared by ARG, before or after FROM (build arguments aren't supported). */
  buildArgs: Set<string>;
  step(instruction: DockerInstruction, step: BuildStep): void;
  note(instruction: DockerInstruction, note: string): void;
  skip(instruction: DockerInstruction, reason: string): void;
};

/** Leading `--name[=value]` options, and the text after them (line continuations skipped too). */
export function stripFlags(text: string): { flags: string[]; rest: string } {
  const flags: string[] = [];
  let rest = text;
  for (let match = /^--\S+/.exec(rest); match; match = /^--\S+/.exec(rest)) {
    flags.push(match[0]);
    rest = rest.slice(match[0].length).replace(/^(?:\s|\\\n)+/, '');
  }
  return { flags, rest };
}

/** The first issue the contract finds in a step, or undefined when the step is valid. */
function stepProblem(step: BuildStep): string | undefined {
  const parsed = BuildStepSchema.safeParse(step);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

const lookupIn = (context: StepContext) => (name: string) => context.env.get(name);

// --- RUN -----------------------------------------------------------------------------------------------------

export function importRun(instruction: DockerInstruction, context: StepContext): void {
  const { flags, rest: args } = stripFlags(instruction.args);
  const shell = stripFlags(instruction.shellArgs).rest;
  for (const flag of flags) context.note(instruction, flagNote(flag));

  const exec = parseJsonArray(args);
  const command = exec ? shellJoin(exec) : runWithHeredocs(instruction, args, shell, context);
  if (command === undefined) return;
  if (command.trim() === '') return context.skip(instruction, NO_COMMAND_REASON);
  const used = [...context.buildArgs].filter((name) =>
    new RegExp(`\\$\\{?${escapeRegExp(name)}\\b`).test(command),
  );
  if (used.length > 0) {
    const names = used.map((name) => `$${name}`).join(', ');
    context.note(
      instruction,
      `${names} is a build argument, which isn't supported: it is unset in this step.`,
    );
  }
  context.step(instruction, { run: command });
}

function flagNote(flag: string): string {
  const name = flag.split('=')[0];
  if (name === '--mount') {
    const type = /type=([a-z]+)/.exec(flag)?.[1] ?? 'bind';
    return type === 'cache' || type === 'tmpfs'
      ? `${flag} is ignored: build steps have no ${type} mounts; the step runs without it.`
      : `${flag} is ignored: build steps have no ${type} mounts, so this step may fail without it.`;
  }
  return `${flag} is ignored: build steps take no options.`;
}

/**
 * A RUN with here-documents. `RUN <<EOF` alone runs the document as a script: its lines become the command
 * (unless it starts with `#!`, which Docker runs with that interpreter). Any other use (`RUN python3 <<EOF`,
 * `RUN cat <<EOF > file`) is shell syntax already: the command, the documents and their end lines, as written.
 */
function runWithHeredocs(
  instruction: DockerInstruction,
  args: string,
  shell: string,
  context: StepContext,
): string | undefined {
  const docs = instruction.heredocs;
  const [only] = docs;
  if (
    docs.length === 1 &&
    only &&
    new RegExp(`^\\d*<<-?(["']?)${escapeRegExp(only.delimiter)}\\1$`).test(args)
  ) {
    const script = heredocBody(only);
    if (script.trimStart().startsWith('#!')) {
      context.skip(instruction, SHEBANG_HEREDOC_REASON);
      return undefined;
    }
    return script;
  }
  return [shell, ...docs.flatMap((doc) => [...doc.lines, doc.terminator])].join('\n');
}

function heredocBody(doc: Heredoc): string {
  return (doc.stripTabs ? doc.lines.map((line) => line.replace(/^\t+/, '')) : doc.lines).join('\n');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

// --- ENV -----------------------------------------------------------------------------------------------------

/** `ENV A=1 B="two words"` or the older `ENV KEY value with spaces`: one env step per variable. */
export function importEnv(instruction: DockerInstruction, context: StepContext): void {
  const pairs = envPairs(instruction, context.escape);
  if (typeof pairs === 'string') return context.skip(instruction, pairs);
  const lookup = lookupIn(context);
  // Every pair of one ENV sees the values from before it, as in Docker.
  const values = pairs.map(([key, raw]) => ({ key, ...processWord(raw, context.escape, lookup) }));
  const unresolved: string[] = [];
  for (const { key, value, unresolved: names } of values) {
    const step = { env: { key, value } };
    const problem = stepProblem(step);
    if (problem) {
      context.skip(
        instruction,
        `the variable ${key === '' ? 'with no name' : `"${key}"`} can't be set: ${problem}`,
      );
      continue;
    }
    context.step(instruction, step);
    context.env.set(key, value);
    unresolved.push(...names);
  }
  if (unresolved.length > 0) context.note(instruction, unresolvedNote(unresolved, context.buildArgs));
}

/** The instruction's [name, raw value] pairs, or why there are none. */
function envPairs(instruction: DockerInstruction, escape: string): Array<[string, string]> | string {
  const words = splitWords(instruction.args, escape);
  const [first] = words;
  if (first === undefined) return 'it sets nothing';
  if (!first.includes('=')) {
    const legacy = /^(\S+)\s+([\s\S]+)$/.exec(instruction.args);
    if (!legacy) return `it gives ${first} no value (write ENV ${first}=value)`;
    return [[legacy[1] as string, legacy[2] as string]];
  }
  const pairs: Array<[string, string]> = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq === -1) return `"${word}" has no "=": write each variable as NAME=value`;
    pairs.push([word.slice(0, eq), word.slice(eq + 1)]);
  }
  return pairs;
}

// --- WORKDIR and USER ----------------------------------------------------------------------------------------

export function importWorkdir(instruction: DockerInstruction, context: StepContext): void {
  const { value, unresolved } = processWord(instruction.args, context.escape, lookupIn(context));
  if (value === '') return context.skip(instruction, 'it names no directory');
  context.step(instruction, { workdir: value });
  if (unresolved.length > 0) context.note(instruction, unresolvedNote(unresolved, context.buildArgs));
}

/** `USER name`, `USER name:group`; a numeric uid can't be mapped (the API's user step takes a name). */
export function importUser(instruction: DockerInstruction, context: StepContext): void {
  const { value, unresolved } = processWord(instruction.args, context.escape, lookupIn(context));
  const colon = value.indexOf(':');
  const name = colon === -1 ? value : value.slice(0, colon);
  const group = colon === -1 ? '' : value.slice(colon + 1);
  if (name === '') return context.skip(instruction, 'it names no user');
  if (/^\d+$/.test(name)) return context.skip(instruction, NUMERIC_USER_REASON);
  const step = { user: { name } };
  const problem = stepProblem(step);
  if (problem) {
    const why = unresolved.length > 0 ? ` (${unresolvedNote(unresolved, context.buildArgs)})` : '';
    return context.skip(instruction, `${problem}${why}`);
  }
  context.step(instruction, step);
  if (group !== '') {
    context.note(
      instruction,
      `The group "${group}" isn't set: the build's user step takes a name only, and the user keeps its own group.`,
    );
  }
}
