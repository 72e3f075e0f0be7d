/**
 * "Import Dockerfile": a Dockerfile's text becomes a template's base image and build steps, and everything
 * that has no counterpart is listed with its line and the reason, so nothing is dropped without a word.
 *
 * - `FROM` → `from`; `RUN`, `ENV` (one step per variable), `WORKDIR`, `USER` → steps, in order.
 * - `CMD`/`ENTRYPOINT` → a suggested `start_cmd` (the last of each, combined as Docker combines them), and
 *   `HEALTHCHECK CMD` → a suggested `ready_cmd`. They are suggestions: the form offers them, the user decides.
 * - A multi-line `RUN` keeps its `\` line breaks where `/bin/sh -c` reads them exactly as Docker's join, so it
 *   stays readable and runs the same; an exec-form `RUN ["a","b c"]` becomes the shell-quoted `a 'b c'`.
 * - Only the first build stage is imported: the instructions of a later `FROM` are listed, not mixed in.
 * - `ARG` isn't supported: `$NAME` stays as written (noted), except that an `ARG` before `FROM` fills in
 *   `FROM` with its default, which is the one thing Docker uses it for there.
 * - `$NAME` in ENV, WORKDIR and USER is filled in from earlier ENV lines, as Docker does; anything else
 *   (the base image's variables) stays as written, with a note.
 *
 * Base images the API refuses (alpine, distroless) are flagged in `problems`; the form validates `from` anyway.
 */
import { BuildFromSchema, type BuildStep } from '@/lib/contract/template';
import { lexDockerfile, parseJsonArray, type DockerInstruction } from './dockerfile-lex';
import {
  BEFORE_FROM_REASON,
  COPY_FROM_REASON,
  INLINE_FILE_REASON,
  UNSUPPORTED_REASONS,
  laterStageReason,
  unknownInstructionReason,
} from './dockerfile-reasons';
import { importEnv, importRun, importUser, importWorkdir, type StepContext } from './dockerfile-steps';
import { importStartCommands, type CommandInstruction } from './dockerfile-start';
import { processWord, splitWords } from './dockerfile-words';

/** An instruction, by its first line: `{ line: 12, instruction: 'COPY', text: 'COPY . /app' }`. */
export type DockerfileLine = { line: number; instruction: string; text: string };
export type ImportTarget = 'from' | 'steps' | 'start_cmd' | 'ready_cmd';
/** An imported instruction, with what it became and anything the user should check. */
export type MappedInstruction = DockerfileLine & { to: ImportTarget; note?: string };
export type UnmappedInstruction = DockerfileLine & { reason: string };
/** Something that needs the user's attention before the template can be built, e.g. no base image. */
export type DockerfileProblem = { line?: number; message: string };

export type DockerfileImport = {
  /** The first stage's base image, when one could be read. */
  from?: string;
  steps: BuildStep[];
  /** `stepLines[i]` is the line of the instruction `steps[i]` came from. */
  stepLines: number[];
  /** Suggested `start_cmd`, from CMD/ENTRYPOINT. */
  startCmd?: string;
  /** Suggested `ready_cmd`, from HEALTHCHECK CMD. */
  readyCmd?: string;
  /** Every imported instruction, in line order; a `note` says what to check. */
  mapped: MappedInstruction[];
  /** Every instruction (or ENV variable) not imported, in line order, with the reason in plain words. */
  unmapped: UnmappedInstruction[];
  problems: DockerfileProblem[];
};

/** Records that an instruction was imported as `to`, with an optional note. */
export type Mark = (instruction: DockerInstruction, to: ImportTarget, note?: string) => void;

const STEP_HANDLERS: Record<string, (i: DockerInstruction, c: StepContext) => void> = {
  RUN: importRun,
  ENV: importEnv,
  WORKDIR: importWorkdir,
  USER: importUser,
};
const COMMANDS = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** Reads a Dockerfile. Never throws; an empty text gives no steps and a "no FROM" problem. */
export function parseDockerfile(text: string): DockerfileImport {
  const lex = lexDockerfile(text);
  const result: DockerfileImport = { steps: [], stepLines: [], mapped: [], unmapped: [], problems: [] };
  result.problems.push(...lex.problems);
  const { mark, skip, context, finish } = recorder(result, lex.escape);

  const globalArgs: DockerInstruction[] = [];
  const commands: CommandInstruction[] = [];
  let first: DockerInstruction | undefined;
  let stage = { number: 0, line: 0 };
  for (const instruction of lex.instructions) {
    const { keyword } = instruction;
    const handler = STEP_HANDLERS[keyword];
    if (instruction.problem) skip(instruction, instruction.problem);
    else if (keyword === 'FROM') {
      stage = { number: stage.number + 1, line: instruction.line };
      if (stage.number === 1) first = instruction;
      else laterFrom(instruction, stage.number, first, result);
    } else if (stage.number > 1) skip(instruction, laterStageReason(stage.number, stage.line));
    else if (keyword === 'ARG') {
      for (const name of argNames(instruction, lex.escape)) context.buildArgs.add(name);
      if (stage.number === 0) globalArgs.push(instruction);
      else skip(instruction, UNSUPPORTED_REASONS.ARG as string);
    } else if (stage.number === 0) skip(instruction, BEFORE_FROM_REASON);
    else if (handler) handler(instruction, context);
    else if (COMMANDS.has(keyword)) commands.push({ instruction, exec: parseJsonArray(instruction.args) });
    else skip(instruction, unsupportedReason(instruction));
  }

  const usedArgs = first ? importFrom(first, globalArgs, lex.escape, result, mark) : new Set<string>();
  if (!first) result.problems.push({ message: 'There is no FROM line: choose a base image.' });
  for (const arg of globalArgs) {
    if (argNames(arg, lex.escape).some((name) => usedArgs.has(name))) {
      mark(arg, 'from', 'Its default fills in FROM.');
    } else skip(arg, UNSUPPORTED_REASONS.ARG as string);
  }
  importStartCommands(commands, result, mark, skip);
  finish();
  return result;
}

/**
 * Where the handlers report to. Notes are kept per instruction, and an instruction that ends up imported is
 * listed in `mapped` with them (one skipped after a note is listed only in `unmapped`).
 */
function recorder(result: DockerfileImport, escape: '\\' | '`') {
  const entries = new Map<DockerInstruction, { to?: ImportTarget; notes: string[] }>();
  const entry = (instruction: DockerInstruction) => {
    const found = entries.get(instruction) ?? { notes: [] };
    entries.set(instruction, found);
    return found;
  };
  const mark: Mark = (instruction, to, note) => {
    const found = entry(instruction);
    found.to = to;
    if (note) found.notes.push(note);
  };
  const skip = (instruction: DockerInstruction, reason: string) =>
    result.unmapped.push({ ...describeInstruction(instruction), reason });
  const context: StepContext = {
    escape,
    env: new Map(),
    buildArgs: new Set(),
    step(instruction, step) {
      result.steps.push(step);
      result.stepLines.push(instruction.line);
      mark(instruction, 'steps');
    },
    note: (instruction, note) => entry(instruction).notes.push(note),
    skip,
  };
  const finish = () => {
    for (const [instruction, { to, notes }] of entries) {
      if (to === undefined) continue;
      const note = notes.length > 0 ? { note: notes.join(' ') } : {};
      result.mapped.push({ ...describeInstruction(instruction), to, ...note });
    }
    result.mapped.sort((a, b) => a.line - b.line);
    result.unmapped.sort((a, b) => a.line - b.line);
  };
  return { mark, skip, context, finish };
}

export function describeInstruction(instruction: DockerInstruction): DockerfileLine {
  const { line, keyword, args } = instruction;
  return { line, instruction: keyword, text: args === '' ? keyword : `${keyword} ${args}` };
}

function unsupportedReason(instruction: DockerInstruction): string {
  const { keyword, args } = instruction;
  if ((keyword === 'COPY' || keyword === 'ADD') && /(^|\s)--from=/.test(args)) return COPY_FROM_REASON;
  if (instruction.heredocs.length > 0) return INLINE_FILE_REASON;
  return UNSUPPORTED_REASONS[keyword] ?? unknownInstructionReason(keyword);
}

/** `ARG A=1 B` declares A and B. */
function argNames(instruction: DockerInstruction, escape: '\\' | '`'): string[] {
  return splitWords(instruction.args, escape).map((word) => word.split('=')[0] as string);
}

/** The first FROM: `[--platform=…] image [AS name]`, its image filled in from the ARGs before it. */
function importFrom(
  instruction: DockerInstruction,
  globalArgs: DockerInstruction[],
  escape: '\\' | '`',
  result: DockerfileImport,
  mark: Mark,
): Set<string> {
  const used = new Set<string>();
  const problem = (message: string) => result.problems.push({ line: instruction.line, message });
  const words = splitWords(instruction.args, escape);
  const notes: string[] = [];
  while (words[0]?.startsWith('--')) {
    const flag = words.shift() as string;
    if (!/^--platform=linux\/amd64$/i.test(flag)) {
      notes.push(`${flag} is ignored: templates are always built for linux/amd64.`);
    }
  }
  const [image, ...rest] = words;
  if (image === undefined) {
    problem('FROM names no base image: choose one, e.g. python:3.11 or node:22-slim.');
    result.unmapped.push({ ...describeInstruction(instruction), reason: 'it names no base image' });
    return used;
  }
  if (rest.length > 0 && !(rest.length === 2 && /^as$/i.test(rest[0] as string))) {
    notes.push(`"${rest.join(' ')}" after the image is ignored.`);
  }
  const defaults = argDefaults(globalArgs, escape);
  const { value, unresolved } = processWord(image, escape, (name) => {
    const known = defaults.get(name);
    if (known !== undefined) used.add(name);
    return known;
  });
  if (unresolved.length > 0) {
    const names = unresolved.map((name) => `$${name}`).join(', ');
    problem(`FROM uses ${names}, which has no default value before FROM: write the image name in full.`);
  }
  if (value.toLowerCase() === 'scratch') {
    problem('scratch is an empty image without an operating system: choose a Linux base image.');
    result.unmapped.push({
      ...describeInstruction(instruction),
      reason: 'scratch has no operating system to build on',
    });
    return used;
  }
  const invalid = BuildFromSchema.safeParse(value);
  if (!invalid.success) problem(invalid.error.issues[0]?.message ?? `"${value}" can't be used as a base`);
  result.from = value;
  mark(instruction, 'from', notes.join(' ') || undefined);
  return used;
}

/** The defaults of the ARGs before FROM (later declarations win, as in Docker). */
function argDefaults(globalArgs: DockerInstruction[], escape: '\\' | '`'): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const arg of globalArgs) {
    for (const word of splitWords(arg.args, escape)) {
      const eq = word.indexOf('=');
      if (eq === -1) continue;
      const value = processWord(word.slice(eq + 1), escape, (name) => defaults.get(name));
      defaults.set(word.slice(0, eq), value.value);
    }
  }
  return defaults;
}

/** A second FROM starts another stage: listed, with a problem saying only the first stage is imported. */
function laterFrom(
  instruction: DockerInstruction,
  stage: number,
  first: DockerInstruction | undefined,
  result: DockerfileImport,
): void {
  const firstLine = first?.line ?? instruction.line;
  if (stage === 2) {
    result.problems.push({
      line: instruction.line,
      message: `This Dockerfile has more than one build stage. A template has one base image, so only the first stage (FROM on line ${firstLine}) is imported; the later stages are listed as not imported.`,
    });
  }
  result.unmapped.push({
    ...describeInstruction(instruction),
    reason: `it starts build stage ${stage}; a template has one base image, so only the first stage (FROM on line ${firstLine}) is imported`,
  });
}
