import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { parse } from './shell/parser';
import { ShellSyntaxError } from './shell/syntax';
import { startTestApi } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
let id: string;
beforeAll(async () => {
  api = startTestApi();
  id = (
    await api.json<{ id: string }>('POST', '/sandboxes', {
      name: 'shell',
      env_vars: { GREETING: 'hi there' },
    })
  ).body.id;
});
afterAll(() => api.dispose());

type ExecResult = { stdout: string; stderr: string; exit_code: number };
const sh = async (command: string) =>
  (await api.json<ExecResult>('POST', `/sandboxes/${id}/exec`, { command })).body;

describe('parser', () => {
  test('lists, pipelines and redirections', () => {
    const script = parse('a 1 && b || c; d | e > out 2>&1');
    expect(script.map((item) => item.op)).toEqual([';', '&&', '||', ';']);
    expect(script[3]?.pipeline).toHaveLength(2);
    expect(script[3]?.pipeline[1]?.redirects.map((r) => r.kind)).toEqual(['file', 'dup']);
  });

  test.each(['&& a', 'a &&', 'a | ', '; a', 'echo "open', "echo 'open", 'echo $(whoami)', 'echo `id`'])(
    '%j is a syntax error',
    (source) => {
      expect(() => parse(source)).toThrow(ShellSyntaxError);
    },
  );

  test('blank lines, comments and trailing separators are fine', () => {
    expect(parse('\n# comment\necho a;\n\necho b # trailing\n')).toHaveLength(2);
  });
});

describe('quoting and expansion', () => {
  test.each([
    ['echo "a  b" c', 'a  b c\n'],
    ["echo 'it''s' \"$GREETING\" '$GREETING'", 'its hi there $GREETING\n'],
    ['echo $GREETING | wc -w', '2\n'],
    ['echo "$GREETING" ${GREETING}!', 'hi there hi there!\n'],
    ['echo a\\ b \\$HOME', 'a b $HOME\n'],
    ['echo ~ ~/x "~"', '/home/user /home/user/x ~\n'],
    ['X=1; echo $X; Y=2 printenv Y; echo "[$Y]"', '1\n2\n[]\n'],
    ['false; echo $?; true; echo $?', '1\n0\n'],
    ['echo -n a; echo b', 'ab\n'],
    ['echo -e "a\\tb"', 'a\tb\n'],
    ['printf "%s-%d\\n" x 7', 'x-7\n'],
    ['echo ""', '\n'],
    ['echo hidden > /dev/null; ls /nope 2>/dev/null; echo shown', 'shown\n'],
    [
      'echo a 1>/tmp/out.txt; ls /nope 2>>/tmp/out.txt; echo b >&2 2>/dev/null; cat /tmp/out.txt',
      "a\nls: cannot access '/nope': No such file or directory\n",
    ],
    [
      'ls /nope > /tmp/both.txt 2>&1; echo x1 2; cat /tmp/both.txt',
      "x1 2\nls: cannot access '/nope': No such file or directory\n",
    ],
  ])('%s', async (command, stdout) => {
    expect(await sh(command)).toMatchObject({ stdout, exit_code: 0 });
  });
});

describe('control flow', () => {
  test.each([
    ['true && echo yes || echo no', 'yes\n', 0],
    ['false && echo yes || echo no', 'no\n', 0],
    ['false; echo after', 'after\n', 0],
    ['echo a; exit 3; echo never', 'a\n', 3],
    ['exit', '', 0],
    ['false || exit 5', '', 5],
  ])('%s', async (command, stdout, code) => {
    expect(await sh(command)).toMatchObject({ stdout, exit_code: code });
  });

  test('a syntax error is exit 2 with a message', async () => {
    expect(await sh('echo "unterminated')).toEqual({
      stdout: '',
      stderr: 'sh: 1: Syntax error: Unterminated quoted string\n',
      exit_code: 2,
    });
  });
});

describe('files', () => {
  test('mkdir, touch, redirection, cat, ls, rm', async () => {
    expect(
      await sh('mkdir proj && cd proj && touch a.txt && echo one > b.txt && echo two >> b.txt && ls'),
    ).toEqual({
      stdout: 'a.txt\nb.txt\n',
      stderr: '',
      exit_code: 0,
    });
    expect((await sh('cat proj/b.txt')).stdout).toBe('one\ntwo\n');
    expect((await sh('cat < proj/b.txt | head -n 1')).stdout).toBe('one\n');
    expect((await sh('ls proj/*.txt')).stdout).toBe('proj/a.txt\nproj/b.txt\n');
    expect((await sh('ls -l proj')).stdout).toMatch(
      /^total \d+\n-rw-r--r-- 1 user user {1,2}0 .* a\.txt\n-rw-r--r-- 1 user user {1,2}8 .* b\.txt\n$/,
    );
    expect(await sh('rm proj')).toMatchObject({
      stderr: "rm: cannot remove 'proj': Is a directory\n",
      exit_code: 1,
    });
    expect(await sh('rm -r proj && ls proj')).toMatchObject({ exit_code: 2 });
  });

  test('ls hides dotfiles unless -a; the home directory has the usual ones', async () => {
    expect((await sh('ls -a ~')).stdout).toMatch(/^\.\n\.\.\n\.bashrc\n\.profile\n/);
    expect((await sh('ls -A /home/user')).stdout.startsWith('.bashrc\n.profile\n')).toBe(true);
  });

  test('removing an image file hides it; recreating it works', async () => {
    expect(await sh('rm ~/.profile && ls -A ~ | grep -c profile')).toMatchObject({ stdout: '0\n' });
    expect(await sh('echo mine > ~/.profile && cat ~/.profile')).toMatchObject({ stdout: 'mine\n' });
  });

  test('cp and mv', async () => {
    expect(
      await sh('echo x > src.txt && cp src.txt copy.txt && mv src.txt moved.txt && ls *.txt'),
    ).toMatchObject({
      stdout: 'copy.txt\nmoved.txt\n',
    });
  });

  test('the system is read-only outside home and /tmp', async () => {
    expect(await sh('touch /etc/evil')).toMatchObject({
      stderr: "touch: cannot touch '/etc/evil': Permission denied\n",
      exit_code: 1,
    });
    expect(await sh('echo x > /usr/bin/tool')).toMatchObject({
      stderr: 'sh: 1: cannot create /usr/bin/tool: Permission denied\n',
      exit_code: 2,
    });
    expect((await sh('rm -rf ~')).exit_code).toBe(1);
    expect((await sh('echo ok > /tmp/t && cat /tmp/t')).stdout).toBe('ok\n');
  });

  test('errors read like coreutils', async () => {
    expect(await sh('cat nope.txt')).toMatchObject({
      stderr: 'cat: nope.txt: No such file or directory\n',
      exit_code: 1,
    });
    expect(await sh('mkdir a/b/c')).toMatchObject({
      stderr: "mkdir: cannot create directory 'a/b/c': No such file or directory\n",
      exit_code: 1,
    });
    expect(await sh('cd /nowhere')).toMatchObject({
      stderr: "sh: 1: cd: can't cd to /nowhere\n",
      exit_code: 2,
    });
    expect(await sh('echo x > missing/dir/f')).toMatchObject({ exit_code: 2 });
  });
});

describe('system information', () => {
  test('identity, host and versions', async () => {
    const result = await sh('whoami; id; hostname; uname -a; python3 --version; node --version');
    const [user, ids, host, uname, python, node] = result.stdout.trim().split('\n');
    expect(user).toBe('user');
    expect(ids).toBe('uid=1000(user) gid=1000(user) groups=1000(user)');
    expect(host).toBe(`sbx-${id.slice(0, 8)}`);
    expect(uname).toMatch(new RegExp(`^Linux ${host} \\S+ .*x86_64 GNU/Linux$`));
    expect(python).toMatch(/^Python 3\.\d+\.\d+$/);
    expect(node).toMatch(/^v22\./);
  });

  test('date uses the emulator clock, in UTC', async () => {
    const { stdout } = await sh('date +%Y');
    expect(stdout).toBe(`${new Date().getUTCFullYear()}\n`);
    expect((await sh('date')).stdout).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}\n$/);
  });

  test('text filters', async () => {
    expect((await sh('printf "b\\na\\nb\\n" | grep -c b')).stdout).toBe('2\n');
    expect((await sh('printf "1\\n2\\n3\\n" | tail -n 2')).stdout).toBe('2\n3\n');
    expect((await sh('echo nothing | grep zzz')).exit_code).toBe(1);
  });
});
