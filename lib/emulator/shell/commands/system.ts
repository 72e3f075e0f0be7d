/** Identity and system information: whoami, id, hostname, uname, date, and the runtimes' --version. */
import type { Command, ToolVersions } from '../types';

const KERNEL = '6.1.102';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const whoami: Command = ({ io, shell }) => {
  io.out(`${shell.user}\n`);
  return 0;
};

const id: Command = ({ io, shell }) => {
  const uid = shell.user === 'root' ? 0 : 1000;
  io.out(`uid=${uid}(${shell.user}) gid=${uid}(${shell.user}) groups=${uid}(${shell.user})\n`);
  return 0;
};

const hostname: Command = ({ io, shell }) => {
  io.out(`${shell.hostname}\n`);
  return 0;
};

const uname: Command = ({ args, io, shell }) => {
  const all = args.includes('-a') || args.includes('--all');
  const parts: Record<string, string> = {
    s: 'Linux',
    n: shell.hostname,
    r: KERNEL,
    v: '#1 SMP PREEMPT_DYNAMIC',
    m: 'x86_64',
    o: 'GNU/Linux',
  };
  const wanted = all ? ['s', 'n', 'r', 'v', 'm', 'o'] : args.flatMap((arg) => [...arg.replace(/^-/, '')]);
  io.out(`${(wanted.length ? wanted : ['s']).map((key) => parts[key] ?? '').join(' ')}\n`);
  return 0;
};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A strftime subset; the sandbox clock is UTC, like the VM's. */
function strftime(format: string, epochMs: number): string {
  const d = new Date(epochMs);
  const fields: Record<string, string> = {
    Y: String(d.getUTCFullYear()),
    m: pad(d.getUTCMonth() + 1),
    d: pad(d.getUTCDate()),
    e: String(d.getUTCDate()).padStart(2),
    H: pad(d.getUTCHours()),
    M: pad(d.getUTCMinutes()),
    S: pad(d.getUTCSeconds()),
    s: String(Math.floor(epochMs / 1000)),
    a: DAYS[d.getUTCDay()] ?? '',
    b: MONTHS[d.getUTCMonth()] ?? '',
    Z: 'UTC',
    z: '+0000',
    '%': '%',
  };
  fields.F = `${fields.Y}-${fields.m}-${fields.d}`;
  fields.T = `${fields.H}:${fields.M}:${fields.S}`;
  return format.replace(/%([a-zA-Z%])/g, (match, key: string) => fields[key] ?? match);
}

const date: Command = ({ args, io, shell }) => {
  const format = args.find((arg) => arg.startsWith('+'));
  const iso = args.find((arg) => arg === '-I' || arg.startsWith('--iso-8601'));
  const now = shell.now();
  if (format) io.out(`${strftime(format.slice(1), now)}\n`);
  else if (iso) io.out(`${strftime(iso.endsWith('seconds') ? '%FT%T+00:00' : '%F', now)}\n`);
  else io.out(`${strftime('%a %b %e %T %Z %Y', now)}\n`);
  return 0;
};

/** `python3 --version` and friends answer from the image; running real programs is beyond a simulation. */
const versionOf =
  (tool: keyof ToolVersions, format: (version: string) => string): Command =>
  ({ name, args, io, shell }) => {
    const version = shell.tools[tool];
    if (!version) {
      if (shell.lenientUnknownCommands) return 0;
      io.err(`sh: ${name}: not found\n`);
      return 127;
    }
    if (args.some((arg) => ['--version', '-V', '-v', 'version'].includes(arg))) {
      io.out(`${format(version)}\n`);
      return 0;
    }
    if (shell.lenientUnknownCommands) return 0;
    io.err(`${name}: the embedded API's simulated shell only answers '${name} --version'\n`);
    return 1;
  };

export const systemCommands: Record<string, Command> = {
  whoami,
  id,
  hostname,
  uname,
  date,
  python3: versionOf('python', (v) => `Python ${v}`),
  python: versionOf('python', (v) => `Python ${v}`),
  pip: versionOf('pip', (v) => `pip ${v} from /usr/lib/python3/dist-packages/pip (python 3)`),
  pip3: versionOf('pip', (v) => `pip ${v} from /usr/lib/python3/dist-packages/pip (python 3)`),
  node: versionOf('node', (v) => `v${v}`),
  npm: versionOf('npm', (v) => v),
  git: versionOf('git', (v) => `git version ${v}`),
};
