/**
 * Reading a Dockerfile into instructions, the way Docker (BuildKit) does before it looks at any one of them:
 * parser directives at the top (`# escape=`), comments and blank lines skipped, `\` line continuations joined
 * (comment and blank lines inside a continuation dropped, as Docker drops them), and here-documents
 * (`RUN <<EOF` … `EOF`) collected with the instruction that opens them. What each instruction means is
 * ./dockerfile's job.
 */
import { shellStateAfter, START_SHELL_STATE, type ShellState } from './dockerfile-words';

/** A here-document opened by `<<EOF` (`<<-EOF` strips leading tabs; `<<'EOF'` is quoted). */
export type Heredoc = {
  delimiter: string;
  stripTabs: boolean;
  quoted: boolean;
  /** The lines between the opening instruction and the delimiter line, as written in the file. */
  lines: string[];
  /** The closing line as written (with its tabs, for `<<-`). */
  terminator: string;
};

/** One instruction: `RUN …`, with everything that belongs to it. */
export type DockerInstruction = {
  /** 1-based line where the instruction starts. */
  line: number;
  /** The instruction's name in capitals, whatever case it was written in: `RUN`. */
  keyword: string;
  /** The arguments as Docker reads them: continuation lines joined (escape and line break removed), trimmed. */
  args: string;
  /**
   * The same arguments with each line continuation kept as the shell's own `\` + line break where `/bin/sh`
   * reads it exactly as Docker's join (outside quotes and comments); elsewhere joined as Docker joins. So a
   * multi-line `RUN` stays multi-line and still runs the same.
   */
  shellArgs: string;
  heredocs: Heredoc[];
  /** Why the instruction can't be read, e.g. a here-document that never ends. */
  problem?: string;
};

export type DockerfileDirective = { line: number; name: string; value: string };

export type DockerfileLex = {
  instructions: DockerInstruction[];
  /** The escape character: `\` unless `# escape=`` ` `` says otherwise. */
  escape: '\\' | '`';
  directives: DockerfileDirective[];
  /** Problems of the file as a whole, e.g. an escape directive with a character Docker refuses. */
  problems: Array<{ line: number; message: string }>;
};

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** Instructions Docker reads here-documents for. */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

const isSkippable = (line: string) => {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
};

/** Splits Dockerfile text into its instructions. Never throws: what it can't read is reported. */
export function lexDockerfile(text: string): DockerfileLex {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const result: DockerfileLex = { instructions: [], escape: '\\', directives: [], problems: [] };
  let index = readDirectives(lines, result);

  while (index < lines.length) {
    if (isSkippable(lines[index] as string)) {
      index++;
      continue;
    }
    const start = index;
    const { segments, next } = readContinuation(lines, index, result.escape);
    index = next;
    const instruction = toInstruction(start + 1, segments);
    if (HEREDOC_KEYWORDS.has(instruction.keyword) && !isJsonArray(instruction.args)) {
      const markers = findHeredocMarkers(instruction.args);
      for (const marker of markers) {
        const read = readHeredoc(lines, index, marker);
        index = read.next;
        instruction.heredocs.push(read.heredoc);
        if (read.unterminated) {
          instruction.problem = `the here-document <<${marker.delimiter} never ends: no line reads just "${marker.delimiter}"`;
          break;
        }
      }
    }
    result.instructions.push(instruction);
  }
  return result;
}

/** Reads the parser directives at the top; returns the index of the first line after them. */
function readDirectives(lines: string[], result: DockerfileLex): number {
  let index = 0;
  const seen = new Set<string>();
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec((lines[index] as string).trim());
    const name = match?.[1]?.toLowerCase();
    // An unknown `# key=value` is a comment, and like any comment it ends the directives.
    if (!match || !name || !KNOWN_DIRECTIVES.has(name) || seen.has(name)) break;
    seen.add(name);
    const value = match[2] as string;
    result.directives.push({ line: index + 1, name, value });
    if (name === 'escape') {
      if (value === '`' || value === '\\') result.escape = value;
      else {
        result.problems.push({
          line: index + 1,
          message: `The escape directive must be \\ or \`, not "${value}"; the file is read with \\`,
        });
      }
    }
  }
  return index;
}

/**
 * Reads one instruction's physical lines, from `start` up to the first line that doesn't end in the escape
 * character. Returns each line's content without its continuation (the first without leading blanks).
 */
function readContinuation(lines: string[], start: number, escape: '\\' | '`') {
  const continuation = new RegExp(`${escape === '`' ? '`' : '\\\\'}[ \\t]*$`);
  const segments: string[] = [];
  let index = start;
  let current = (lines[index] as string).replace(/^\s+/, '');
  for (;;) {
    index++;
    if (!continuation.test(current)) {
      segments.push(current);
      break;
    }
    segments.push(current.replace(continuation, ''));
    // Docker drops comment lines and blank lines inside a continuation.
    while (index < lines.length && isSkippable(lines[index] as string)) index++;
    if (index >= lines.length) break;
    current = lines[index] as string;
  }
  return { segments, next: index };
}

function toInstruction(line: number, segments: string[]): DockerInstruction {
  const joined = segments.join('');
  const keyword = /^\S+/.exec(joined)?.[0] ?? '';
  let shell = segments[0] as string;
  let state: ShellState = shellStateAfter(shell, START_SHELL_STATE);
  for (const segment of segments.slice(1)) {
    // `\` + line break is removed by the shell only in plain text: inside quotes, a comment or after a
    // pending escape it would mean something else, so there the lines are joined as Docker joins them.
    const plain = state.quote === 'none' && !state.escaped;
    shell += plain ? `\\\n${segment}` : segment;
    state = shellStateAfter(segment, state);
  }
  return {
    line,
    keyword: keyword.toUpperCase(),
    args: joined.slice(keyword.length).trim(),
    shellArgs: shell
      .slice(keyword.length)
      .replace(/^(?:\s|\\\n)+/, '')
      .replace(/(?:\s|\\\n)+$/, ''),
    heredocs: [],
  };
}

type HeredocMarker = { delimiter: string; stripTabs: boolean; quoted: boolean };

/** `<<EOF`, `<<-EOF`, `<<'EOF'`, `<<"EOF"` in plain shell text (not `<<<`, not inside quotes). */
export function findHeredocMarkers(args: string): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  const pattern = /(?<!<)<<(?!<)(-?)(["']?)([A-Za-z0-9_.-]+)\2/g;
  for (const match of args.matchAll(pattern)) {
    const before = shellStateAfter(args.slice(0, match.index), START_SHELL_STATE);
    if (before.quote !== 'none' || before.escaped) continue;
    markers.push({ delimiter: match[3] as string, stripTabs: match[1] === '-', quoted: match[2] !== '' });
  }
  return markers;
}

function readHeredoc(lines: string[], start: number, marker: HeredocMarker) {
  const body: string[] = [];
  for (let index = start; index < lines.length; index++) {
    const line = lines[index] as string;
    const candidate = marker.stripTabs ? line.replace(/^\t+/, '') : line;
    if (candidate === marker.delimiter) {
      return { heredoc: { ...marker, lines: body, terminator: line }, next: index + 1, unterminated: false };
    }
    body.push(line);
  }
  return { heredoc: { ...marker, lines: body, terminator: '' }, next: lines.length, unterminated: true };
}

/** Docker's test for the exec (JSON) form: the arguments parse as a JSON array of strings. */
export function isJsonArray(args: string): boolean {
  return parseJsonArray(args) !== undefined;
}

/** The exec form's arguments, or undefined when `args` is not a JSON array of strings (then it's shell form). */
export function parseJsonArray(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(args);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  } catch {
    // Not JSON: Docker reads it as shell form.
  }
  return undefined;
}
