/**
 * Parses `.env` files and `KEY=VALUE` lines pasted into the key/value editors.
 *
 * Supported, like the common dotenv loaders:
 * - blank lines and `#` comment lines are skipped;
 * - an `export ` prefix is dropped;
 * - values may be unquoted, 'single-quoted' (literal) or "double-quoted" (with \n, \t, \", \\ escapes);
 * - quoted values may span several lines;
 * - `=` inside a value is kept (only the first `=` splits);
 * - an unquoted value ends at ` #` (an inline comment) and is trimmed.
 *
 * Lines that cannot be read come back as errors with their 1-based line number, so a paste adds what it can
 * and tells the user exactly which lines it skipped.
 */

export type DotenvEntry = { key: string; value: string; line: number };
export type DotenvError = { line: number; message: string };
export type DotenvResult = { entries: DotenvEntry[]; errors: DotenvError[] };

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\',
  $: '$',
};

type QuotedValue = { value: string; rest: string; linesUsed: number } | { error: string };

/** Reads a quoted value that starts at `first[0]` (the quote), possibly continuing over the `following` lines. */
function readQuoted(first: string, following: readonly string[]): QuotedValue {
  const quote = first[0] as '"' | "'" | '`';
  let value = '';
  let current = first.slice(1);
  let linesUsed = 1;
  for (;;) {
    for (let i = 0; i < current.length; i++) {
      const ch = current[i] as string;
      if (ch === quote) return { value, rest: current.slice(i + 1), linesUsed };
      if (quote === '"' && ch === '\\' && i + 1 < current.length) {
        const next = current[i + 1] as string;
        value += DOUBLE_QUOTE_ESCAPES[next] ?? `\\${next}`;
        i++;
        continue;
      }
      value += ch;
    }
    const next = following[linesUsed - 1];
    if (next === undefined) return { error: `The ${quote} quote is never closed` };
    value += '\n';
    current = next;
    linesUsed++;
  }
}

/** Strips an inline ` #comment` from an unquoted value and trims it. */
function readUnquoted(raw: string): string {
  const comment = raw.search(/\s#/);
  return (comment === -1 ? raw : raw.slice(0, comment)).trim();
}

export function parseDotenv(text: string): DotenvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: DotenvEntry[] = [];
  const errors: DotenvError[] = [];

  let index = 0;
  while (index < lines.length) {
    const lineNumber = index + 1;
    const line = (lines[index] as string).trim();
    index++;
    if (line === '' || line.startsWith('#')) continue;

    const body = line.replace(/^export\s+/, '');
    const eq = body.indexOf('=');
    if (eq === -1) {
      errors.push({ line: lineNumber, message: `Line ${lineNumber}: expected KEY=VALUE` });
      continue;
    }
    const key = body.slice(0, eq).trim();
    if (key === '') {
      errors.push({ line: lineNumber, message: `Line ${lineNumber}: the key before "=" is empty` });
      continue;
    }

    const rawValue = body.slice(eq + 1).trimStart();
    const quote = rawValue[0];
    if (quote !== '"' && quote !== "'" && quote !== '`') {
      entries.push({ key, value: readUnquoted(rawValue), line: lineNumber });
      continue;
    }

    const quoted = readQuoted(rawValue, lines.slice(index));
    if ('error' in quoted) {
      errors.push({ line: lineNumber, message: `Line ${lineNumber}: ${quoted.error}` });
      continue;
    }
    index += quoted.linesUsed - 1;
    const trailing = quoted.rest.trim();
    if (trailing !== '' && !trailing.startsWith('#')) {
      errors.push({
        line: lineNumber,
        message: `Line ${lineNumber}: unexpected text after the closing quote`,
      });
      continue;
    }
    entries.push({ key, value: quoted.value, line: lineNumber });
  }
  return { entries, errors };
}

/** True when pasted text looks like one or more KEY=VALUE lines rather than a plain word. */
export function looksLikeDotenv(text: string): boolean {
  const { entries } = parseDotenv(text);
  return entries.length > 1 || (entries.length === 1 && /[=\n]/.test(text.trim()));
}
