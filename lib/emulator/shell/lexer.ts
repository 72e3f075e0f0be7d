/** Splits a command line into words and operators, honouring quotes, escapes and `$` expansions. */
import type { Segment, Word } from './syntax';
import { ShellSyntaxError } from './syntax';

export type Token = { type: 'word'; word: Word } | { type: 'op'; op: string };

// Longest first, so `>>` wins over `>` and `2>&1` over `2>`.
const OPERATORS = [
  '2>&1',
  '1>&2',
  '&>>',
  '2>>',
  '>&2',
  '&&',
  '||',
  '>>',
  '&>',
  '2>',
  ';',
  '|',
  '&',
  '>',
  '<',
  '\n',
];
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let word: Word | null = null;
  let i = 0;
  const pushText = (text: string, quoted: boolean) => {
    word ??= [];
    const last = word[word.length - 1];
    if (last && 'text' in last && last.quoted === quoted) last.text += text;
    else word.push({ text, quoted });
  };
  const endWord = () => {
    if (word) tokens.push({ type: 'word', word });
    word = null;
  };

  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
      i++;
    } else if (ch === '#' && word === null) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (word === null && (ch === '2' || ch === '1') && source[i + 1] === '>') {
      const op = OPERATORS.find((candidate) => source.startsWith(candidate, i)) ?? `${ch}>`;
      tokens.push({ type: 'op', op: op === '1>&2' ? '>&2' : op });
      i += op.length;
    } else if (OPERATORS.some((op) => source.startsWith(op, i)) && !/[12]/.test(ch)) {
      endWord();
      const op = OPERATORS.find((candidate) => source.startsWith(candidate, i)) as string;
      tokens.push({ type: 'op', op });
      i += op.length;
    } else if (ch === "'") {
      const end = source.indexOf("'", i + 1);
      if (end === -1) throw new ShellSyntaxError('Unterminated quoted string');
      pushText(source.slice(i + 1, end), true);
      i = end + 1;
    } else if (ch === '"') {
      pushText('', true); // `""` is still a (empty) word
      i = readDoubleQuoted(source, i + 1, pushText, (segment) => (word ??= []).push(segment));
    } else if (ch === '\\') {
      if (i + 1 < source.length && source[i + 1] !== '\n') pushText(source[i + 1] as string, true);
      i += 2;
    } else if (ch === '$') {
      i = readDollar(source, i, false, pushText, (segment) => (word ??= []).push(segment));
    } else if (
      ch === '~' &&
      word === null &&
      (i + 1 === source.length || /[/\s;|&]/.test(source[i + 1] ?? ''))
    ) {
      (word ??= []).push({ variable: 'HOME', quoted: true });
      i++;
    } else if (ch === '`') {
      throw new ShellSyntaxError('command substitution is not supported by the embedded shell');
    } else {
      pushText(ch, false);
      i++;
    }
  }
  endWord();
  return tokens;
}

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
