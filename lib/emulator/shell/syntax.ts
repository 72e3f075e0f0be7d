/** The shape of a parsed shell script: lists of pipelines of simple commands. */

/** A piece of a word: literal text, or a `$NAME` to expand. Quoted pieces are not split or globbed. */
export type Segment = { text: string; quoted: boolean } | { variable: string; quoted: boolean };
export type Word = Segment[];

export type Redirect =
  | { kind: 'file'; fd: 1 | 2; append: boolean; target: Word }
  | { kind: 'input'; target: Word }
  | { kind: 'both'; target: Word; append: boolean }
  | { kind: 'dup'; from: 1 | 2; to: 1 | 2 };

export type SimpleCommand = {
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
};

export type Pipeline = SimpleCommand[];

/** `op` is the operator before the pipeline: `;` always runs it, `&&` only after success, `||` after failure. */
export type ListItem = { op: ';' | '&&' | '||'; pipeline: Pipeline };
export type Script = ListItem[];

export class ShellSyntaxError extends Error {}
