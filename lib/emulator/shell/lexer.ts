/** Splits a command line into words and operators, honouring quotes, escapes and `$` expansions. */
import type { Segment, Word } from './syntax';
import { ShellSyntaxError } from './syntax';

export type Token = { type: 'word'; word: Word } | { type: 'op'; op: string };

// Longest first, so `>>` wins over `>` and `&&` over `&`.
const OPERATORS = ['&>>', '>&2', '&&', '||', '>>', '&>', ';', '|', '&', '>', '<', '\n'];
// Redirections with an explicit descriptor (`2>`, `1>>`…), normalised to the forms the parser knows.
const FD_OPERATORS: [string, string][] = [
  ['2>&1', '2>&1'],
  ['1>&2', '>&2'],
  ['2>>', '2>>'],
  ['1>>', '>>'],
  ['2>', '2>'],
  ['1>', '>'],
];
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*/;

class Lexer {
  private readonly tokens: Token[] = [];
  private word: Word | null = null;
  private i = 0;

  constructor(private readonly source: string) {}

  run(): Token[] {
    while (this.i < this.source.length) this.step();
    this.endWord();
    return this.tokens;
  }

  private readonly pushText = (text: string, quoted: boolean) => {
    this.word ??= [];
    const last = this.word[this.word.length - 1];
    if (last && 'text' in last && last.quoted === quoted) last.text += text;
    else this.word.push({ text, quoted });
  };

  private readonly pushSegment = (segment: Segment) => (this.word ??= []).push(segment);

  private endWord(): void {
    if (this.word) this.tokens.push({ type: 'word', word: this.word });
    this.word = null;
  }

  /** An operator at the cursor (a descriptor redirection only at the start of a word), or undefined. */
  private operator(): { text: string; op: string } | undefined {
    const { source, i } = this;
    if (this.word === null) {
      const fd = FD_OPERATORS.find(([text]) => source.startsWith(text, i));
      if (fd) return { text: fd[0], op: fd[1] };
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
    return op === undefined ? undefined : { text: op, op };
  }

  private step(): void {
    const { source } = this;
    const ch = source[this.i] as string;
    const operator = this.operator();
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      this.endWord();
      this.i++;
    } else if (ch === '#' && this.word === null) {
      while (this.i < source.length && source[this.i] !== '\n') this.i++;
    } else if (operator) {
      this.endWord();
      this.tokens.push({ type: 'op', op: operator.op });
      this.i += operator.text.length;
    } else if (ch === "'") {
      const end = source.indexOf("'", this.i + 1);
      if (end === -1) throw new ShellSyntaxError('Unterminated quoted string');
      this.pushText(source.slice(this.i + 1, end), true);
      this.i = end + 1;
    } else if (ch === '"') {
      this.pushText('', true); // `""` is still a (empty) word
      this.i = readDoubleQuoted(source, this.i + 1, this.pushText, this.pushSegment);
    } else if (ch === '\\') {
      if (this.i + 1 < source.length && source[this.i + 1] !== '\n')
        this.pushText(source[this.i + 1] as string, true);
      this.i += 2;
    } else if (ch === '$') {
      this.i = readDollar(source, this.i, false, this.pushText, this.pushSegment);
    } else if (
      ch === '~' &&
      this.word === null &&
      /^(?:[/\s;|&]|$)/.test(source.slice(this.i + 1, this.i + 2))
    ) {
      this.pushSegment({ variable: 'HOME', quoted: true });
      this.i++;
    } else if (ch === '`') {
      throw new ShellSyntaxError('command substitution is not supported by the embedded shell');
    } else {
      this.pushText(ch, false);
      this.i++;
    }
  }
}

export const tokenize = (source: string): Token[] => new Lexer(source).run();

function readDoubleQuoted(
  source: string,
  start: number,
  pushText: (text: string, quoted: boolean) => void,
  pushSegment: (segment: Segment) => void,
): number {
  let i = start;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '"') return i + 1;
    if (ch === '\\' && /["\\$`]/.test(source[i + 1] ?? '')) {
      pushText(source[i + 1] as string, true);
      i += 2;
    } else if (ch === '$') {
      i = readDollar(source, i, true, pushText, pushSegment);
    } else if (ch === '`') {
      throw new ShellSyntaxError('command substitution is not supported by the embedded shell');
    } else {
      pushText(ch, true);
      i++;
    }
  }
  throw new ShellSyntaxError('Unterminated quoted string');
}

/** Reads `$NAME`, `${NAME}` or `$?` at `start`; a lone `$` is literal. */
function readDollar(
  source: string,
  start: number,
  quoted: boolean,
  pushText: (text: string, quoted: boolean) => void,
  pushSegment: (segment: Segment) => void,
): number {
  const rest = source.slice(start + 1);
  if (rest.startsWith('('))
    throw new ShellSyntaxError('command substitution is not supported by the embedded shell');
  if (rest.startsWith('{')) {
    const end = rest.indexOf('}');
    const name = end === -1 ? '' : rest.slice(1, end);
    if (!NAME_RE.test(name) || NAME_RE.exec(name)?.[0] !== name)
      throw new ShellSyntaxError('Bad substitution');
    pushSegment({ variable: name, quoted });
    return start + end + 2;
  }
  if (rest.startsWith('?') || rest.startsWith('$')) {
    pushSegment({ variable: rest[0] as string, quoted });
    return start + 2;
  }
  const name = NAME_RE.exec(rest)?.[0];
  if (!name) {
    pushText('$', quoted);
    return start + 1;
  }
  pushSegment({ variable: name, quoted });
  return start + 1 + name.length;
}
