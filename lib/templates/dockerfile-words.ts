/**
 * Words, quotes and variables, for the Dockerfile import: how Docker reads the words of `ENV`, `WORKDIR`,
 * `USER` and `FROM` (quotes removed, escapes applied, `$VAR` filled in), a light tracker of where plain
 * shell text is, and shell quoting for turning an exec-form `["a","b c"]` into a command for `/bin/sh -c`.
 */

// --- Where plain shell text is ---------------------------------------------------------------------------

/**
 * Where a scan of shell text stands: inside which quotes (or a `#` comment), whether the last character was an
 * unused `\`, and whether the next character starts a word. Approximate on purpose: it knows quotes, escapes
 * and comments, not `$(…)` nesting; callers only rely on it to decide when plain joining is NOT needed.
 */
export type ShellState = {
  quote: 'none' | 'single' | 'double' | 'comment';
  escaped: boolean;
  wordStart: boolean;
};

export const START_SHELL_STATE: ShellState = { quote: 'none', escaped: false, wordStart: true };

const WORD_BREAKS = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

/** The state after reading `text` from `state`. */
export function shellStateAfter(text: string, state: ShellState): ShellState {
  let { quote, escaped, wordStart } = state;
  for (const ch of text) {
    if (escaped) {
      escaped = false;
      wordStart = false;
      continue;
    }
    if (quote === 'comment') continue;
    if (quote === 'single') {
      if (ch === "'") quote = 'none';
      continue;
    }
    if (ch === '\\') {
      escaped = true;
      continue;
    }
    if (quote === 'double') {
      if (ch === '"') quote = 'none';
      continue;
    }
    if (ch === "'") quote = 'single';
    else if (ch === '"') quote = 'double';
    else if (ch === '#' && wordStart) quote = 'comment';
    wordStart = WORD_BREAKS.has(ch);
  }
  return { quote, escaped, wordStart };
}

// --- Shell quoting -----------------------------------------------------------------------------------------

const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One argument for `/bin/sh`: as is when it needs no quoting, else single-quoted (`'` becomes `'\''`). */
export function shellQuote(arg: string): string {
  if (SHELL_SAFE.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** An exec-form argument list as one shell command: `["echo","a b"]` → `echo 'a b'`. */
export function shellJoin(args: readonly string[]): string {
  return args.map(shellQuote).join(' ');
}

// --- Docker's words ----------------------------------------------------------------------------------------

/**
 * Splits on whitespace outside quotes and escapes, keeping each word as written (quotes included), as Docker
 * splits `ENV A=1 B="two words"` before reading each pair.
 */
export function splitWords(text: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === null && /\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === escape && quote !== "'" && i + 1 < text.length) {
      word += text[++i];
    } else if (quote === null && (ch === '"' || ch === "'")) {
      quote = ch;
    } else if (ch === quote) {
      quote = null;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Looks a variable up: its value, or undefined when the import can't know it. */
export type VariableLookup = (name: string) => string | undefined;

export type ProcessedWord = {
  value: string;
  /** Variables the import couldn't fill in; they stay in `value` as written (`$PATH`, `${HOME}`). */
  unresolved: string[];
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Reads one word as Docker does: quotes removed, escapes applied (`\x` → `x` outside quotes; inside double
 * quotes only `\"`, `\$` and `\\`), `$VAR` and `${VAR}` (with `:-`, `-`, `:+`, `+`) filled in from `lookup`.
 * A variable `lookup` doesn't know stays as written and is listed in `unresolved`.
 */
export function processWord(word: string, escape: string, lookup: VariableLookup): ProcessedWord {
  const unresolved: string[] = [];
  let value = '';
  let quote: '"' | "'" | null = null;
  let i = 0;
  while (i < word.length) {
    const ch = word[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else value += ch;
      i++;
    } else if (ch === escape) {
      const next = word[i + 1];
      if (next === undefined) i++;
      else if (quote === '"' && next !== '"' && next !== '$' && next !== escape) {
        value += ch + next;
        i += 2;
      } else {
        value += next;
        i += 2;
      }
    } else if (ch === '$') {
      const expansion = expand(word.slice(i), escape, lookup);
      value += expansion.value;
      unresolved.push(...expansion.unresolved);
      i += expansion.length;
    } else if (quote === null && (ch === '"' || ch === "'")) {
      quote = ch;
      i++;
    } else if (quote === '"' && ch === '"') {
      quote = null;
      i++;
    } else {
      value += ch;
      i++;
    }
  }
  return { value, unresolved };
}

type Expansion = ProcessedWord & { length: number };

/** Reads the `$…` at the start of `text`. */
function expand(text: string, escape: string, lookup: VariableLookup): Expansion {
  if (text[1] !== '{') {
    const name = NAME.exec(text.slice(1))?.[0];
    if (!name) return { value: '$', unresolved: [], length: 1 };
    const known = lookup(name);
    const length = name.length + 1;
    return known === undefined
      ? { value: text.slice(0, length), unresolved: [name], length }
      : { value: known, unresolved: [], length };
  }
  const close = text.indexOf('}');
  if (close === -1) return { value: text, unresolved: [text], length: text.length };
  const whole = text.slice(0, close + 1);
  const inner = text.slice(2, close);
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(inner);
  const name = match?.[1];
  const known = name === undefined ? undefined : lookup(name);
  if (!match || known === undefined) {
    return { value: whole, unresolved: [name ?? inner], length: whole.length };
  }
  const [, , operator, rest = ''] = match;
  const word = () => processWord(rest, escape, lookup);
  const length = whole.length;
  switch (operator) {
    case undefined:
      return { value: known, unresolved: [], length };
    case ':-':
      return known === '' ? { ...word(), length } : { value: known, unresolved: [], length };
    case '-':
      return { value: known, unresolved: [], length };
    case ':+':
      return known === '' ? { value: '', unresolved: [], length } : { ...word(), length };
    default: // '+': the variable is set
      return { ...word(), length };
  }
}
