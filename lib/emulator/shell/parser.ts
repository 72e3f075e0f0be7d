/** Turns tokens into a Script: `;`/newline, `&&`, `||` between pipelines, `|` within, redirections per command. */
import type { Token } from './lexer';
import { tokenize } from './lexer';
import type { ListItem, Pipeline, Redirect, Script, SimpleCommand, Word } from './syntax';
import { ShellSyntaxError } from './syntax';

const ASSIGNMENT_RE = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const FILE_REDIRECTS: Record<string, Omit<Extract<Redirect, { kind: 'file' }>, 'target'>> = {
  '>': { kind: 'file', fd: 1, append: false },
  '>>': { kind: 'file', fd: 1, append: true },
  '2>': { kind: 'file', fd: 2, append: false },
  '2>>': { kind: 'file', fd: 2, append: true },
};

export function parse(source: string): Script {
  const tokens = tokenize(source);
  const script: Script = [];
  let op: ListItem['op'] = ';';
  let pipeline: Pipeline = [];
  let command = emptyCommand();

  const isEmpty = (c: SimpleCommand) => c.words.length + c.assignments.length + c.redirects.length === 0;
  /** Closes the pipeline being built; `after` names the token that ended it, for the error message. */
  const endPipeline = (after: string): boolean => {
    if (isEmpty(command)) {
      if (pipeline.length > 0) throw new ShellSyntaxError(`"${after}" unexpected`);
      return false;
    }
    pipeline.push(command);
    command = emptyCommand();
    script.push({ op, pipeline });
    pipeline = [];
    return true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'word') {
      addWord(command, token.word);
    } else if (token.op === '2>&1' || token.op === '>&2') {
      command.redirects.push(toRedirect(token.op, []));
    } else if (isRedirect(token.op)) {
      const target = tokens[++i];
      if (target?.type !== 'word') throw new ShellSyntaxError('redirection unexpected');
      command.redirects.push(toRedirect(token.op, target.word));
    } else if (token.op === '|') {
      if (isEmpty(command)) throw new ShellSyntaxError('"|" unexpected');
      pipeline.push(command);
      command = emptyCommand();
    } else if (token.op === '&&' || token.op === '||') {
      if (!endPipeline(token.op)) throw new ShellSyntaxError(`"${token.op}" unexpected`);
      op = token.op;
    } else {
      // `;`, `&` and newlines end a pipeline; blank lines are fine, and so is one right after `&&`/`||`.
      const ended = endPipeline(token.op === '\n' ? 'newline' : token.op);
      if (ended) op = ';';
      else if (token.op !== '\n' && (op !== ';' || script.length === 0)) {
        throw new ShellSyntaxError(`"${token.op}" unexpected`);
      }
    }
  }
  if (!endPipeline('end of file') && op !== ';') throw new ShellSyntaxError('end of file unexpected');
  return script;
}

const emptyCommand = (): SimpleCommand => ({ assignments: [], words: [], redirects: [] });

/** `NAME=value` before the command name is an assignment, as in `DEBUG=1 env`. */
function addWord(command: SimpleCommand, word: Word): void {
  const first = word[0];
  const match = first && 'text' in first && !first.quoted ? ASSIGNMENT_RE.exec(first.text) : null;
  if (command.words.length === 0 && match && first && 'text' in first) {
    const value: Word = [{ text: first.text.slice(match[0].length), quoted: true }, ...word.slice(1)];
    command.assignments.push({ name: match[1] as string, value });
    return;
  }
  command.words.push(word);
}

const isRedirect = (op: string): boolean =>
  op in FILE_REDIRECTS || ['<', '&>', '&>>', '2>&1', '>&2'].includes(op);

function toRedirect(op: string, target: Word): Redirect {
  const file = FILE_REDIRECTS[op];
  if (file) return { ...file, target };
  if (op === '<') return { kind: 'input', target };
  if (op === '&>' || op === '&>>') return { kind: 'both', target, append: op === '&>>' };
  return op === '2>&1' ? { kind: 'dup', from: 2, to: 1 } : { kind: 'dup', from: 1, to: 2 };
}
