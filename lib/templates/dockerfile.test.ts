import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './dockerfile';
import { UNSUPPORTED_REASONS } from './dockerfile-reasons';

const parse = (...lines: string[]) => parseDockerfile(lines.join('\n'));
const reasonAt = (result: ReturnType<typeof parseDockerfile>, line: number) =>
  result.unmapped.find((entry) => entry.line === line)?.reason;
const noteAt = (result: ReturnType<typeof parseDockerfile>, line: number) =>
  result.mapped.find((entry) => entry.line === line)?.note;

describe('parseDockerfile: realistic files', () => {
  it('imports a Python web app', () => {
    const result = parse(
      '# syntax=docker/dockerfile:1',
      'FROM python:3.11-slim',
      '',
      'ENV PYTHONDONTWRITEBYTECODE=1 \\',
      '    PYTHONUNBUFFERED=1',
      'RUN apt-get update \\',
      '    && apt-get install -y --no-install-recommends build-essential \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'WORKDIR /srv/app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir fastapi uvicorn',
      'COPY . .',
      'RUN useradd --create-home app',
      'USER app',
      'EXPOSE 8000',
      'CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]',
    );
    expect(result.from).toBe('python:3.11-slim');
    expect(result.steps).toEqual([
      { env: { key: 'PYTHONDONTWRITEBYTECODE', value: '1' } },
      { env: { key: 'PYTHONUNBUFFERED', value: '1' } },
      {
        run: 'apt-get update \\\n    && apt-get install -y --no-install-recommends build-essential \\\n    && rm -rf /var/lib/apt/lists/*',
      },
      { workdir: '/srv/app' },
      { run: 'pip install --no-cache-dir fastapi uvicorn' },
      { run: 'useradd --create-home app' },
      { user: { name: 'app' } },
    ]);
    expect(result.stepLines).toEqual([4, 4, 6, 9, 11, 13, 14]);
    expect(result.startCmd).toBe('uvicorn main:app --host 0.0.0.0 --port 8000');
    expect(result.unmapped.map(({ line, instruction }) => [line, instruction])).toEqual([
      [10, 'COPY'],
      [12, 'COPY'],
      [15, 'EXPOSE'],
    ]);
    expect(reasonAt(result, 10)).toMatch(
      /no access to your files; copy them into the sandbox after it starts/,
    );
    expect(result.problems).toEqual([]);
  });

  it('imports a Node app with a health check and an entrypoint', () => {
    const result = parse(
      'ARG NODE_VERSION=22',
      'FROM node:${NODE_VERSION}-slim',
      'ENV NODE_ENV=production PORT=3000',
      'WORKDIR /app',
      'RUN npm install -g pnpm@9',
      'USER node',
      'HEALTHCHECK --interval=10s CMD curl -fsS http://localhost:$PORT/health || exit 1',
      'ENTRYPOINT ["node"]',
      'CMD ["server.js"]',
    );
    expect(result.from).toBe('node:22-slim');
    expect(result.steps).toEqual([
      { env: { key: 'NODE_ENV', value: 'production' } },
      { env: { key: 'PORT', value: '3000' } },
      { workdir: '/app' },
      { run: 'npm install -g pnpm@9' },
      { user: { name: 'node' } },
    ]);
    expect(result.startCmd).toBe('node server.js');
    expect(result.readyCmd).toBe('curl -fsS http://localhost:$PORT/health || exit 1');
    expect(result.unmapped).toEqual([]);
    expect(result.mapped.map(({ line, to }) => [line, to])).toEqual([
      [1, 'from'],
      [2, 'from'],
      [3, 'steps'],
      [4, 'steps'],
      [5, 'steps'],
      [6, 'steps'],
      [7, 'ready_cmd'],
      [8, 'start_cmd'],
      [9, 'start_cmd'],
    ]);
    expect(noteAt(result, 9)).toMatch(/combined/);
    expect(noteAt(result, 7)).toMatch(/--interval=10s: ignored/);
  });
});

describe('parseDockerfile: empty and odd input', () => {
  it('reports a missing FROM for empty, blank and comment-only text', () => {
    for (const text of ['', '   \n\n', '# just a comment\n']) {
      const result = parseDockerfile(text);
      expect(result).toMatchObject({ steps: [], mapped: [], unmapped: [] });
      expect(result.from).toBeUndefined();
      expect(result.problems).toEqual([{ message: 'There is no FROM line: choose a base image.' }]);
    }
  });

  it('reads CRLF and CR line endings and a byte-order mark', () => {
    const crlf = parseDockerfile(
      '\uFEFFFROM ubuntu:24.04\r\nRUN apt-get update \\\r\n  && echo ok\r\nUSER app\r\n',
    );
    expect(crlf.from).toBe('ubuntu:24.04');
    expect(crlf.steps).toEqual([{ run: 'apt-get update \\\n  && echo ok' }, { user: { name: 'app' } }]);
    expect(parseDockerfile('FROM ubuntu\rWORKDIR /x\r').steps).toEqual([{ workdir: '/x' }]);
  });

  it('reads instruction names in any case', () => {
    const result = parse('from ubuntu:24.04', 'Run echo hi', 'env A=1', 'workdir /w', 'user app', 'copy . .');
    expect(result.from).toBe('ubuntu:24.04');
    expect(result.steps).toHaveLength(4);
    expect(result.unmapped).toEqual([
      expect.objectContaining({ line: 6, instruction: 'COPY', text: 'COPY . .' }),
    ]);
  });

  it('lists an instruction before FROM, and an unknown one with a hint about continuations', () => {
    const result = parse('RUN echo early', 'FROM ubuntu', 'RUN apt-get update', '  apt-get install -y curl');
    expect(reasonAt(result, 1)).toBe('it comes before FROM, where Docker allows only ARG');
    expect(reasonAt(result, 4)).toMatch(
      /"APT-GET" is not a Dockerfile instruction \(a missing \\ at the end/,
    );
  });
});

describe('parseDockerfile: FROM', () => {
  it('takes the image, ignoring an amd64 platform and a stage name', () => {
    const result = parse('FROM --platform=linux/amd64 python:3.12 AS build');
    expect(result.from).toBe('python:3.12');
    expect(result.mapped[0]).toMatchObject({ line: 1, to: 'from' });
    expect(result.mapped[0]?.note).toBeUndefined();
  });

  it('notes a platform other than linux/amd64 and leftover words', () => {
    const result = parse('FROM --platform=$BUILDPLATFORM debian:12 extra');
    expect(result.from).toBe('debian:12');
    expect(noteAt(result, 1)).toContain('--platform=$BUILDPLATFORM is ignored');
    expect(noteAt(result, 1)).toContain('"extra" after the image is ignored');
  });

  it('fills FROM from ARG defaults before it, and lists an ARG FROM does not use', () => {
    const result = parse('ARG BASE=python', 'ARG TAG=3.11 UNUSED=1', 'ARG OTHER', 'FROM ${BASE}:$TAG');
    expect(result.from).toBe('python:3.11');
    expect(result.mapped.filter((entry) => entry.to === 'from').map((entry) => entry.line)).toEqual([
      1, 2, 4,
    ]);
    expect(reasonAt(result, 3)).toBe(UNSUPPORTED_REASONS.ARG);
  });

  it('reports an ARG without a default in FROM, and keeps the image as written', () => {
    const result = parse('ARG TAG', 'FROM python:${TAG}');
    expect(result.from).toBe('python:${TAG}');
    expect(result.problems).toEqual([
      {
        line: 2,
        message: 'FROM uses $TAG, which has no default value before FROM: write the image name in full.',
      },
    ]);
  });

  it('flags bases the API refuses, with the contract message', () => {
    const result = parse('FROM python:3.11-alpine');
    expect(result.from).toBe('python:3.11-alpine');
    expect(result.problems[0]?.message).toMatch(/based on alpine, which is not supported/);
    expect(parse('FROM gcr.io/distroless/base').problems[0]?.message).toMatch(/distroless/);
  });

  it('lists FROM scratch and a FROM without an image', () => {
    const scratch = parse('FROM scratch', 'RUN echo hi');
    expect(scratch.from).toBeUndefined();
    expect(reasonAt(scratch, 1)).toMatch(/no operating system/);
    expect(scratch.problems[0]?.message).toMatch(/scratch is an empty image/);
    const empty = parse('FROM --platform=linux/amd64');
    expect(empty.from).toBeUndefined();
    expect(reasonAt(empty, 1)).toBe('it names no base image');
    expect(empty.problems[0]).toEqual({
      line: 1,
      message: 'FROM names no base image: choose one, e.g. python:3.11 or node:22-slim.',
    });
  });

  it('imports only the first stage of a multi-stage build and lists every later instruction', () => {
    const result = parse(
      'FROM golang:1.22 AS build',
      'RUN go build -o /out/app .',
      'FROM debian:12-slim',
      'COPY --from=build /out/app /usr/local/bin/app',
      'RUN echo later',
      'FROM ubuntu AS third',
      'ENV A=1',
    );
    expect(result.from).toBe('golang:1.22');
    expect(result.steps).toEqual([{ run: 'go build -o /out/app .' }]);
    expect(result.unmapped.map((entry) => entry.line)).toEqual([3, 4, 5, 6, 7]);
    expect(reasonAt(result, 3)).toMatch(/starts build stage 2; a template has one base image/);
    expect(reasonAt(result, 5)).toBe(
      'it belongs to build stage 2 (FROM on line 3); a template has one base image, so only the first stage is imported',
    );
    expect(reasonAt(result, 7)).toMatch(/build stage 3 \(FROM on line 6\)/);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 3 });
  });
});

describe('parseDockerfile: RUN', () => {
  it('shell-quotes the exec form', () => {
    const result = parse(
      'FROM ubuntu',
      'RUN ["apt-get","install","-y","curl"]',
      `RUN ["sh", "-c", "echo \\"it's $HOME\\""]`,
      'RUN ["echo", "", "a b", "x=1"]',
    );
    expect(result.steps).toEqual([
      { run: 'apt-get install -y curl' },
      { run: `sh -c 'echo "it'\\''s $HOME"'` },
      { run: "echo '' 'a b' x=1" },
    ]);
  });

  it('reads a broken JSON array as shell form, as Docker does', () => {
    const result = parse('FROM ubuntu', "RUN ['echo', 'hi']");
    expect(result.steps).toEqual([{ run: "['echo', 'hi']" }]);
  });

  it('lists a RUN that runs nothing', () => {
    const result = parse('FROM ubuntu', 'RUN', 'RUN []');
    expect(reasonAt(result, 2)).toBe('it runs nothing');
    expect(reasonAt(result, 3)).toBe('it runs nothing');
    expect(result.steps).toEqual([]);
  });

  it('drops RUN options with a note, warning when the step may need them', () => {
    const result = parse(
      'FROM ubuntu',
      'RUN --mount=type=cache,target=/root/.cache \\',
      '    pip install flask',
      'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc --network=host npm ci',
    );
    expect(result.steps).toEqual([{ run: 'pip install flask' }, { run: 'npm ci' }]);
    expect(noteAt(result, 2)).toMatch(/no cache mounts; the step runs without it/);
    expect(noteAt(result, 4)).toMatch(/no secret mounts, so this step may fail without it/);
    expect(noteAt(result, 4)).toMatch(/--network=host is ignored/);
  });

  it('notes build arguments used in a command', () => {
    const result = parse('FROM ubuntu', 'ARG VERSION=1.2', 'RUN curl -O https://x.test/v${VERSION}.tgz');
    expect(reasonAt(result, 2)).toBe(UNSUPPORTED_REASONS.ARG);
    expect(result.steps).toEqual([{ run: 'curl -O https://x.test/v${VERSION}.tgz' }]);
    expect(noteAt(result, 3)).toBe(
      "$VERSION is a build argument, which isn't supported: it is unset in this step.",
    );
  });

  it('runs a lone here-document as the script, and strips tabs for <<-', () => {
    const result = parse(
      'FROM ubuntu',
      'RUN <<EOF',
      'apt-get update',
      'apt-get install -y curl',
      'EOF',
      'RUN <<-"END"',
      '\techo $HOME',
      '\tEND',
      'USER app',
    );
    expect(result.steps).toEqual([
      { run: 'apt-get update\napt-get install -y curl' },
      { run: 'echo $HOME' },
      { user: { name: 'app' } },
    ]);
    expect(result.stepLines).toEqual([2, 6, 9]);
  });

  it('keeps a here-document used by a command as shell syntax', () => {
    const result = parse(
      'FROM python:3.11',
      'RUN python3 <<EOF > /tmp/out',
      'print("hi")',
      'EOF',
      'RUN cat <<A <<-B',
      'one',
      'A',
      '\ttwo',
      '\tB',
    );
    expect(result.steps).toEqual([
      { run: 'python3 <<EOF > /tmp/out\nprint("hi")\nEOF' },
      { run: 'cat <<A <<-B\none\nA\n\ttwo\n\tB' },
    ]);
  });

  it('lists a here-document script with its own interpreter, and one that never ends', () => {
    const shebang = parse(
      'FROM python:3.11',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      'print(1)',
      'EOF',
      'USER app',
    );
    expect(reasonAt(shebang, 2)).toMatch(/names its own interpreter/);
    expect(shebang.steps).toEqual([{ user: { name: 'app' } }]);
    const open = parse('FROM ubuntu', 'RUN <<EOF', 'echo hi', 'USER app');
    expect(reasonAt(open, 2)).toBe('the here-document <<EOF never ends: no line reads just "EOF"');
    expect(open.steps).toEqual([]);
  });

  it('does not take quoted or here-string << for a here-document', () => {
    const result = parse('FROM ubuntu', `RUN echo '<<EOF' && cat <<<"x"`, 'USER app');
    expect(result.steps).toEqual([{ run: `echo '<<EOF' && cat <<<"x"` }, { user: { name: 'app' } }]);
  });
});

describe('parseDockerfile: line continuations and comments', () => {
  it('drops comment and blank lines inside a continuation, as Docker does', () => {
    const result = parse(
      'FROM ubuntu',
      'RUN apt-get install -y \\',
      '    # the tools',
      '',
      '    curl \\',
      '  #  and git',
      '    git',
    );
    expect(result.steps).toEqual([{ run: 'apt-get install -y \\\n    curl \\\n    git' }]);
  });

  it('joins lines as Docker does where the shell would read a kept \\ differently', () => {
    const result = parse(
      'FROM ubuntu',
      "RUN echo 'one \\",
      "two' \\",
      '  && echo done # a comment \\',
      '  echo hidden',
      'RUN echo a\\\\',
      'b',
    );
    expect(result.steps).toEqual([
      // Inside quotes, and inside a comment, the lines are joined; in plain text the break is kept.
      { run: "echo 'one two' \\\n  && echo done # a comment   echo hidden" },
      { run: 'echo a\\b' },
    ]);
  });

  it('ends an instruction whose continuation reaches the end of the file', () => {
    const result = parse('FROM ubuntu', 'RUN echo hi \\', '# trailing comment');
    expect(result.steps).toEqual([{ run: 'echo hi' }]);
  });

  it('uses the backtick escape directive, for continuations and for ENV words', () => {
    const result = parse(
      '# escape=`',
      'FROM ubuntu',
      'RUN echo C:\\temp `',
      '    && echo next',
      'ENV DIR=C:\\data WORDS=a` b',
    );
    expect(result.steps).toEqual([
      { run: 'echo C:\\temp \\\n    && echo next' },
      { env: { key: 'DIR', value: 'C:\\data' } },
      { env: { key: 'WORDS', value: 'a b' } },
    ]);
  });

  it('reads an escape directive only at the very top, and reports a bad one', () => {
    const late = parse('# a comment', '# escape=`', 'FROM ubuntu', 'RUN echo `', '  two');
    expect(reasonAt(late, 5)).toMatch(/"TWO" is not a Dockerfile instruction/);
    const bad = parse('# escape=x', 'FROM ubuntu');
    expect(bad.problems).toEqual([
      { line: 1, message: 'The escape directive must be \\ or `, not "x"; the file is read with \\' },
    ]);
  });
});

describe('parseDockerfile: ENV', () => {
  it('reads the KEY value form, spaces and quotes included', () => {
    const result = parse('FROM ubuntu', 'ENV GREETING hello   big world', 'ENV QUOTED "a b" c');
    expect(result.steps).toEqual([
      { env: { key: 'GREETING', value: 'hello   big world' } },
      { env: { key: 'QUOTED', value: 'a b c' } },
    ]);
  });

  it('reads the KEY=value form, each variable a step, with quotes and escapes', () => {
    const result = parse(
      'FROM ubuntu',
      `ENV A=1 B="two words" C=three\\ four D='single $x' E="say \\"hi\\" \\$HOME \\n" F=`,
    );
    expect(result.steps.map((step) => step.env)).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'two words' },
      { key: 'C', value: 'three four' },
      { key: 'D', value: 'single $x' },
      { key: 'E', value: 'say "hi" $HOME \\n' },
      { key: 'F', value: '' },
    ]);
    expect(result.stepLines).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('fills in variables set by earlier ENV lines, the same line seeing the old values', () => {
    const result = parse(
      'FROM ubuntu',
      'ENV APP=/srv/app',
      'ENV DATA=${APP}/data LOGS=$APP/logs APP=/other SEEN=$APP',
      'ENV DEF=${MISSING:-x} ALT=${APP:+set} EMPTY=$',
    );
    expect(result.steps.slice(1).map((step) => step.env?.value)).toEqual([
      '/srv/app/data',
      '/srv/app/logs',
      '/other',
      '/srv/app',
      '${MISSING:-x}',
      'set',
      '$',
    ]);
    expect(noteAt(result, 4)).toMatch(/^\$MISSING stays as written/);
  });

  it('keeps base-image variables as written, with a note to check', () => {
    const result = parse('FROM ubuntu', 'ENV PATH=/opt/venv/bin:$PATH');
    expect(result.steps).toEqual([{ env: { key: 'PATH', value: '/opt/venv/bin:$PATH' } }]);
    expect(noteAt(result, 2)).toBe(
      "$PATH stays as written: it comes from the base image or is unset, which the import can't see; check the value.",
    );
  });

  it('lists a variable whose name the API refuses, keeping the others', () => {
    const result = parse('FROM ubuntu', 'ENV GOOD=1 my-var=2 =3');
    expect(result.steps).toEqual([{ env: { key: 'GOOD', value: '1' } }]);
    expect(result.unmapped.map((entry) => entry.reason)).toEqual([
      `the variable "my-var" can't be set: env.key must use letters, digits and _, and not start with a digit`,
      `the variable with no name can't be set: env.key is required`,
    ]);
    expect(result.mapped.map(({ line, to }) => [line, to])).toEqual([
      [1, 'from'],
      [2, 'steps'],
    ]);
  });

  it('lists an ENV that Docker would refuse', () => {
    const result = parse('FROM ubuntu', 'ENV A=1 B', 'ENV LONELY', 'ENV');
    expect(reasonAt(result, 2)).toBe('"B" has no "=": write each variable as NAME=value');
    expect(reasonAt(result, 3)).toBe('it gives LONELY no value (write ENV LONELY=value)');
    expect(reasonAt(result, 4)).toBe('it sets nothing');
    expect(result.steps).toEqual([]);
  });
});

describe('parseDockerfile: WORKDIR and USER', () => {
  it('reads a directory, quoted or built from ENV', () => {
    const result = parse(
      'FROM ubuntu',
      'ENV HOME_DIR=/home/app',
      'WORKDIR "$HOME_DIR/my project"',
      'WORKDIR rel',
    );
    expect(result.steps.slice(1)).toEqual([{ workdir: '/home/app/my project' }, { workdir: 'rel' }]);
  });

  it('notes a directory built from a variable it cannot see', () => {
    const result = parse('FROM ubuntu', 'WORKDIR $HOME/app');
    expect(result.steps).toEqual([{ workdir: '$HOME/app' }]);
    expect(noteAt(result, 2)).toMatch(/^\$HOME stays as written/);
  });

  it('maps a user name, noting a group it cannot set', () => {
    const result = parse('FROM ubuntu', 'USER root', 'USER app:staff', 'USER _svc-1');
    expect(result.steps).toEqual([
      { user: { name: 'root' } },
      { user: { name: 'app' } },
      { user: { name: '_svc-1' } },
    ]);
    expect(noteAt(result, 3)).toBe(
      'The group "staff" isn\'t set: the build\'s user step takes a name only, and the user keeps its own group.',
    );
  });

  it('lists a numeric uid and a name the API refuses', () => {
    const result = parse(
      'FROM ubuntu',
      'USER 1000',
      'USER 1000:1000',
      'USER App',
      'USER ${RUNTIME_USER}',
      'USER',
      'USER :staff',
    );
    expect(reasonAt(result, 2)).toMatch(/^a numeric user id can't be imported/);
    expect(reasonAt(result, 3)).toMatch(/^a numeric user id can't be imported/);
    expect(reasonAt(result, 4)).toMatch(/user name "App" is not valid/);
    expect(reasonAt(result, 5)).toMatch(/\$RUNTIME_USER stays as written/);
    expect(reasonAt(result, 6)).toBe('it names no user');
    expect(reasonAt(result, 7)).toBe('it names no user');
    expect(result.steps).toEqual([]);
  });
});

describe('parseDockerfile: CMD, ENTRYPOINT and HEALTHCHECK', () => {
  it('suggests the last CMD as the start command, listing the earlier one as replaced', () => {
    const result = parse('FROM ubuntu', 'CMD echo first', 'CMD python3 -m http.server \\', '    8000');
    expect(result.startCmd).toBe('python3 -m http.server \\\n    8000');
    expect(reasonAt(result, 2)).toBe('the CMD on line 3 replaces it (only the last one counts)');
    expect(noteAt(result, 3)).toMatch(/^Suggested as the start command \(start_cmd\)/);
  });

  it('combines ENTRYPOINT and CMD as Docker does', () => {
    expect(parse('FROM u', 'ENTRYPOINT ["python3", "-m"]', 'CMD ["http.server"]').startCmd).toBe(
      'python3 -m http.server',
    );
    expect(parse('FROM u', 'ENTRYPOINT ["/entry.sh"]', 'CMD echo $HOME').startCmd).toBe(
      "/entry.sh /bin/sh -c 'echo $HOME'",
    );
    expect(parse('FROM u', 'ENTRYPOINT ["/entry.sh", "--serve"]').startCmd).toBe('/entry.sh --serve');
    const shellEntry = parse('FROM u', 'ENTRYPOINT exec nginx -g "daemon off;"', 'CMD ["ignored"]');
    expect(shellEntry.startCmd).toBe('exec nginx -g "daemon off;"');
    expect(reasonAt(shellEntry, 3)).toBe('a shell-form ENTRYPOINT ignores CMD, as Docker does');
  });

  it('lists a CMD that starts nothing', () => {
    const result = parse('FROM u', 'CMD []');
    expect(result.startCmd).toBeUndefined();
    expect(reasonAt(result, 2)).toBe('it runs nothing');
  });

  it('suggests HEALTHCHECK CMD as the readiness check, and lists NONE', () => {
    expect(parse('FROM u', 'HEALTHCHECK CMD ["pg_isready", "-U", "app user"]').readyCmd).toBe(
      "pg_isready -U 'app user'",
    );
    const none = parse('FROM u', 'HEALTHCHECK CMD true', 'HEALTHCHECK NONE', 'HEALTHCHECK --interval=1s');
    expect(none.readyCmd).toBeUndefined();
    expect(reasonAt(none, 2)).toBe('the HEALTHCHECK on line 4 replaces it (only the last one counts)');
    expect(reasonAt(none, 3)).toBe('the HEALTHCHECK on line 4 replaces it (only the last one counts)');
    expect(reasonAt(none, 4)).toBe('it needs CMD followed by a command, or NONE');
    expect(reasonAt(parse('FROM u', 'healthcheck none'), 2)).toBe(
      'it turns a health check off; there is nothing to import',
    );
  });
});

describe('parseDockerfile: instructions without a counterpart', () => {
  it.each(['ADD', 'EXPOSE', 'VOLUME', 'LABEL', 'SHELL', 'STOPSIGNAL', 'ONBUILD', 'MAINTAINER'])(
    'lists %s with its reason',
    (keyword) => {
      const result = parse('FROM ubuntu', `${keyword} something`);
      expect(result.unmapped).toEqual([
        { line: 2, instruction: keyword, text: `${keyword} something`, reason: UNSUPPORTED_REASONS[keyword] },
      ]);
    },
  );

  it('explains COPY --from and inline files', () => {
    const result = parse(
      'FROM ubuntu',
      'COPY --from=node:22 /usr/local/bin/node /usr/local/bin/',
      'COPY <<EOF /etc/app.conf',
      'key=value',
      'EOF',
      'RUN echo after',
    );
    expect(reasonAt(result, 2)).toMatch(/copies from another image or build stage/);
    expect(reasonAt(result, 3)).toMatch(/writes an inline file/);
    expect(result.steps).toEqual([{ run: 'echo after' }]);
  });
});

describe('parseDockerfile: nothing is dropped', () => {
  const KEYWORDS = [
    'FROM',
    'RUN',
    'ENV',
    'WORKDIR',
    'USER',
    'CMD',
    'ENTRYPOINT',
    'HEALTHCHECK',
    'COPY',
    'ADD',
    'EXPOSE',
    'ARG',
    'LABEL',
    'SHELL',
    'VOLUME',
    'STOPSIGNAL',
    'ONBUILD',
    'MAINTAINER',
    'BOGUS',
    'from',
    'run',
    'Env',
  ];
  const ARGS = [
    '',
    'ubuntu:24.04',
    'python:3.11 AS build',
    '--platform=linux/arm64 node:22',
    'echo hi',
    'A=1 B="two words"',
    'KEY value with spaces',
    '["echo", "a b"]',
    '[]',
    '\'quoted\' "double"',
    '$HOME/app',
    '${X:-y}',
    'app:staff',
    '1000',
    'NONE',
    'CMD curl -f localhost',
    '--mount=type=cache,target=/c make',
    '. /app',
    'x=',
    'my-var=1',
  ];
  const CONTINUED = ['  && echo more', '    pkg-a pkg-b', "  'still quoted'", '  # a comment inside', ''];

  type Block = { lines: string[]; starts: boolean };
  const instruction = fc
    .record({
      keyword: fc.constantFrom(...KEYWORDS),
      args: fc.constantFrom(...ARGS),
      more: fc.array(fc.constantFrom(...CONTINUED), { maxLength: 3 }),
    })
    .map(({ keyword, args, more }): Block => {
      // Every real line but the last ends in \; blank and comment lines inside a continuation are skipped.
      const isReal = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
      const lastReal = more.findLastIndex(isReal);
      if (lastReal === -1) return { lines: [`${keyword} ${args}`.trimEnd()], starts: true };
      const rest = more
        .slice(0, lastReal + 1)
        .map((line, index) => (index === lastReal || !isReal(line) ? line : `${line} \\`));
      return { lines: [`${keyword} ${args} \\`, ...rest], starts: true };
    });
  const heredoc = fc
    .array(fc.constantFrom('COPY . /x', 'apt-get update', 'RUN inside', '# not a comment here'), {
      maxLength: 3,
    })
    .map((body): Block => ({ lines: ['RUN <<EOF', ...body, 'EOF'], starts: true }));
  const filler = fc
    .constantFrom('', '   ', '# a comment', '  # indented comment')
    .map((line): Block => ({ lines: [line], starts: false }));

  it('lists every instruction as imported or not, and invents none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(instruction, instruction, heredoc, filler), { maxLength: 25 }),
        (blocks) => {
          const lines: string[] = [];
          const starts: number[] = [];
          for (const block of blocks) {
            if (block.starts) starts.push(lines.length + 1);
            lines.push(...block.lines);
          }
          const result = parseDockerfile(lines.join('\n'));
          const seen = new Set([...result.mapped, ...result.unmapped].map((entry) => entry.line));
          expect([...seen].sort((a, b) => a - b)).toEqual(starts);
          for (const line of result.stepLines) expect(seen.has(line)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps a RUN continuation only where removing it gives Docker's joined command", () => {
    const piece = fc.constantFrom('echo a', "'q x'", '"d y"', '# c', 'b\\\\', ' && z', 'w\\ ', "it's", '');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const first = `RUN ${pieces[0]}`;
        const text = [
          'FROM ubuntu',
          ...[first, ...pieces.slice(1)].map((p, i, all) => (i < all.length - 1 ? `${p}\\` : p)),
        ];
        const result = parseDockerfile(text.join('\n'));
        // Docker drops comment lines inside a continuation, and joins the rest without the escape and line
        // break; the file's last line ends the instruction even when it ends in \.
        const lines = [first, ...pieces.slice(1)];
        const kept = lines.filter((line, index) => index === 0 || !line.trim().startsWith('#'));
        const last = kept.length - 1;
        if (lines.at(-1) === kept[last]) kept[last] = (kept[last] as string).replace(/\\[ \t]*$/, '');
        const joined = kept.join('').slice(4).trim();
        const run = result.steps[0]?.run;
        if (joined === '') expect(run).toBeUndefined();
        else expect(run?.replaceAll('\\\n', '')).toBe(joined);
      }),
      { numRuns: 1000 },
    );
  });
});
