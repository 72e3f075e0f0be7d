/**
 * Why a Dockerfile instruction isn't imported, in plain words: what the template build can't do, and what to
 * do instead. One table, so the import and its tests read the same sentences.
 */

/** Instructions that have no counterpart in a template's build spec at all. */
export const UNSUPPORTED_REASONS: Readonly<Record<string, string>> = {
  COPY: 'the build has no access to your files; copy them into the sandbox after it starts (or fetch them in a RUN step, e.g. with git clone or curl)',
  ADD: 'the build has no access to your files; download a URL in a RUN step (curl or wget), and copy local files into the sandbox after it starts',
  EXPOSE: "a template doesn't declare ports; a server started in the sandbox listens on its port as usual",
  VOLUME: "sandboxes have no volumes: a sandbox's disk comes from its template's snapshot",
  LABEL: 'templates have no labels; to tag sandboxes, give them metadata when you create them',
  SHELL:
    'build steps always run with /bin/sh -c; RUN lines written for another shell may need rewriting (e.g. wrapped in bash -c)',
  STOPSIGNAL: 'sandboxes are paused or deleted, never sent a stop signal',
  ONBUILD:
    'ONBUILD only runs when another Dockerfile builds FROM this image; a template is never used that way',
  MAINTAINER: "templates don't record an author",
  ARG: "build arguments aren't supported: a template has no build-time parameters. References to it stay as written (a RUN step's shell sees it unset); to keep a value, use an ENV step",
};

export const COPY_FROM_REASON =
  'it copies from another image or build stage (--from); a template is built from one base image, and nothing can be copied into its build';

export const INLINE_FILE_REASON =
  "it writes an inline file, which the build can't copy; write the file in a RUN step instead, e.g. cat > /path/to/file <<'EOF'";

export const BEFORE_FROM_REASON = 'it comes before FROM, where Docker allows only ARG';

export const NO_COMMAND_REASON = 'it runs nothing';

export const SHEBANG_HEREDOC_REASON =
  "its script names its own interpreter (#!…), and build steps run with /bin/sh -c; rewrite it as RUN <interpreter> <<'EOF' … EOF";

export const NUMERIC_USER_REASON =
  "a numeric user id can't be imported: the build's user step takes a user name (and creates the user if it doesn't exist); add a user step with a name such as app";

export const HEALTHCHECK_NONE_REASON = 'it turns a health check off; there is nothing to import';

export function unknownInstructionReason(keyword: string): string {
  return `"${keyword}" is not a Dockerfile instruction (a missing \\ at the end of the line above can cause this)`;
}

export function laterStageReason(stage: number, fromLine: number): string {
  return `it belongs to build stage ${stage} (FROM on line ${fromLine}); a template has one base image, so only the first stage is imported`;
}

export function replacedReason(keyword: string, line: number): string {
  return `the ${keyword} on line ${line} replaces it (only the last one counts)`;
}

/** For variables left as written in an imported value: whose they are, and why the import can't fill them in. */
export function unresolvedNote(names: readonly string[], buildArgs: ReadonlySet<string>): string {
  const unique = [...new Set(names)];
  const args = unique.filter((name) => buildArgs.has(name));
  const others = unique.filter((name) => !buildArgs.has(name));
  const list = (items: string[]) => items.map((name) => `$${name}`).join(', ');
  const notes: string[] = [];
  if (args.length > 0) {
    notes.push(`${list(args)} stays as written: build arguments aren't supported.`);
  }
  if (others.length > 0) {
    notes.push(
      `${list(others)} stays as written: it comes from the base image or is unset, which the import can't see; check the value.`,
    );
  }
  return notes.join(' ');
}
