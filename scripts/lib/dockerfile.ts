/**
 * A small Dockerfile reader, enough to check ours without a Docker engine (none runs on our machines): its
 * stages, each stage's instructions, and the global ARG defaults substituted into FROM lines. Not a full parser:
 * no heredocs, no parser directives other than comments, `\` as the only escape character.
 */

export type Instruction = {
  /** Upper-cased: FROM, RUN, COPY, … */
  keyword: string;
  /** The rest of the line, continuation lines joined with a space. */
  args: string;
  /** `--name=value` flags at the start of args (`COPY --from=build --chown=node:node …`). */
  flags: Record<string, string>;
  /** args without the flags. */
  rest: string;
  line: number;
};

export type Stage = { name?: string; base: string; instructions: Instruction[] };

export type Dockerfile = { globalArgs: Record<string, string>; stages: Stage[] };

function logicalLines(text: string): Array<{ text: string; line: number }> {
  const lines: Array<{ text: string; line: number }> = [];
  let pending: { text: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    // Comment lines are dropped, even between continuation lines (as Docker does).
    if (trimmed.startsWith('#')) return;
    if (!pending && trimmed === '') return;
    const continues = trimmed.endsWith('\\');
    const body = continues ? trimmed.slice(0, -1).trim() : trimmed;
    pending = pending
      ? { text: `${pending.text} ${body}`.trim(), line: pending.line }
      : { text: body, line: index + 1 };
    if (!continues) {
      lines.push(pending);
      pending = undefined;
    }
  });
  if (pending) lines.push(pending);
  return lines;
}

function splitFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (
    let match = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest);
    match;
    match = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest)
  ) {
    flags[match[1]!] = match[2] ?? 'true';
    rest = rest.slice(match[0].length);
  }
  return { flags, rest };
}

/** `${NAME}` and `$NAME` replaced by the global ARG defaults; unknown names are left as they are. */
export function substituteArgs(value: string, args: Record<string, string>): string {
  return value.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced?: string, bare?: string) => {
    const name = (braced ?? bare)!;
    return name in args ? args[name]! : whole;
  });
}

export function parseDockerfile(text: string): Dockerfile {
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const { text: lineText, line } of logicalLines(text)) {
    const [, keywordRaw = '', args = ''] = /^(\S+)\s*(.*)$/.exec(lineText) ?? [];
    const keyword = keywordRaw.toUpperCase();
    const { flags, rest } = splitFlags(args);
    const instruction: Instruction = { keyword, args, flags, rest, line };
    if (keyword === 'FROM') {
      const [image = '', as, name] = rest.split(/\s+/);
      stages.push({
        base: substituteArgs(image, globalArgs),
        name: as?.toUpperCase() === 'AS' ? name : undefined,
        instructions: [instruction],
      });
    } else if (stages.length === 0) {
      if (keyword === 'ARG') {
        const [name = '', value = ''] = rest.split('=');
        globalArgs[name.trim()] = value.trim().replace(/^"(.*)"$/, '$1');
      }
    } else {
      stages.at(-1)!.instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

/** The exec-form array of a CMD, ENTRYPOINT or HEALTHCHECK CMD (`["node","server.js"]`); undefined for shell form. */
export function execForm(value: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((part) => typeof part === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The source paths every `COPY --from=<stage>` of the last stage takes from an earlier stage of this file
 * (`/app/.next/standalone`), in order.
 */
export function buildCopies(dockerfile: Dockerfile): string[] {
  const final = dockerfile.stages.at(-1);
  const names = new Set(dockerfile.stages.map((stage) => stage.name).filter(Boolean));
  if (!final) return [];
  return final.instructions
    .filter((instruction) => instruction.keyword === 'COPY' && names.has(instruction.flags.from))
    .flatMap((instruction) => {
      const parts = execForm(instruction.rest) ?? instruction.rest.split(/\s+/);
      return parts.slice(0, -1);
    });
}
