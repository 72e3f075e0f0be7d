/**
 * curl and wget never open a connection: they ask `decideEgress` whether the sandbox's network rules let the
 * request out, then print what the real tool would (a simulated response, or its connection error).
 */
import { posix } from 'node:path';

import { decideEgress } from '@/lib/contract/egress';
import type { EgressDecision } from '@/lib/contract/egress';

import { canWrite, resolvePath } from '../paths';
import type { Command, Io, ShellState } from '../types';

/** Options that take a value, so their value is not mistaken for the URL. */
const CURL_VALUE_OPTIONS = new Set(
  '-o -X -H -d -u -A -e -w -m -T -F -b -c -x -r -K -E -U --output --request --header --data --data-raw --data-binary --user --user-agent --referer --write-out --max-time --connect-timeout --upload-file --form --cookie --cookie-jar --proxy --retry --range --config --cert'.split(
    ' ',
  ),
);
const WGET_VALUE_OPTIONS = new Set(
  '-O -o -P -U -t -T --output-document --output-file --user-agent --tries --timeout'.split(' '),
);

type Target = { url: URL; port: string } | { error: string; code: number };

function parseTarget(raw: string): Target {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: 'URL rejected: Malformed input to a URL function', code: 3 };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `Protocol "${url.protocol.slice(0, -1)}" not supported`, code: 1 };
  }
  return { url, port: url.port || (url.protocol === 'https:' ? '443' : '80') };
}

/** Separates flags (`-sSL` counts as -s, -S, -L), options with a value (`-o file`, `-ofile`) and URLs. */
function splitOptions(args: string[], valueOptions: Set<string>) {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (valueOptions.has(arg)) options.set(arg, args[++i] ?? '');
    else if (arg.startsWith('--')) flags.add(arg.split('=')[0] as string);
    else if (arg.startsWith('-') && arg.length > 1) {
      const letters = arg.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const option = `-${letters[j]}`;
        if (valueOptions.has(option)) {
          options.set(option, j === letters.length - 1 ? (args[++i] ?? '') : letters.slice(j + 1));
          break;
        }
        flags.add(option);
      }
    } else urls.push(arg);
  }
  return { options, urls, has: (...names: string[]) => names.some((name) => flags.has(name)) };
}

function simulatedBody(url: URL, decision: EgressDecision): string {
  return `${JSON.stringify({ simulated: true, url: url.href, status: 200, egress: decision.reason })}\n`;
}

function saveFile(shell: ShellState, io: Io, tool: string, name: string, content: string): boolean {
  const path = resolvePath(shell, name);
  if (!shell.fs.parentExists(path) || !canWrite(shell, path) || shell.fs.stat(path)?.kind === 'dir') {
    io.err(`${tool}: ${name}: Permission denied\n`);
    return false;
  }
  shell.fs.writeFile(path, content);
  return true;
}

export const curl: Command = ({ args, io, shell }) => {
  const { options, urls, has } = splitOptions(args, CURL_VALUE_OPTIONS);
  const silent = has('-s', '--silent') && !has('-S', '--show-error');
  const fail = (code: number, message: string) => {
    if (!silent) io.err(`curl: (${code}) ${message}\n`);
    return code;
  };
  if (urls.length === 0) {
    io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  for (const raw of urls) {
    const target = parseTarget(raw);
    if ('error' in target) return fail(target.code, target.error);
    const decision = decideEgress(target.url.href, shell.network);
    if (decision.step === 'invalid') return fail(6, `Could not resolve host: ${target.url.hostname}`);
    if (!decision.allowed) {
      const host = target.url.hostname;
      return fail(
        7,
        `Failed to connect to ${host} port ${target.port} after 0 ms: Couldn't connect to server (egress blocked: ${decision.reason})`,
      );
    }
    const head = has('-I', '--head');
    const output = head
      ? `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-simulated-by: superserve-embedded-api\r\n\r\n`
      : simulatedBody(target.url, decision);
    const file = options.get('-o') ?? options.get('--output');
    if (file !== undefined && file !== '-') {
      if (!saveFile(shell, io, 'curl', file, output)) return 23;
    } else io.out(output);
  }
  return 0;
};

export const wget: Command = ({ args, io, shell }) => {
  const { options, urls, has } = splitOptions(args, WGET_VALUE_OPTIONS);
  const quiet = has('-q', '--quiet');
  const log = (text: string) => {
    if (!quiet) io.err(text);
  };
  if (urls.length === 0) {
    io.err("wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
    return 1;
  }
  for (const raw of urls) {
    const target = parseTarget(raw);
    if ('error' in target) {
      io.err(`${raw}: Invalid URL ${raw}: ${target.error}\n`);
      return 1;
    }
    const { url, port } = target;
    const decision = decideEgress(url.href, shell.network);
    log(`--${new Date(shell.now()).toISOString().slice(0, 19).replace('T', ' ')}--  ${url.href}\n`);
    if (decision.step === 'invalid') {
      log(`Resolving ${url.hostname} (${url.hostname})... failed: Name or service not known.\n`);
      io.err(`wget: unable to resolve host address '${url.hostname}'\n`);
      return 4;
    }
    log(`Connecting to ${url.hostname} (${url.hostname})|:${port}... `);
    if (!decision.allowed) {
      log(`failed: Connection refused.\n`);
      io.err(`wget: egress blocked: ${decision.reason}\n`);
      return 4;
    }
    const body = simulatedBody(url, decision);
    const name =
      options.get('-O') ?? options.get('--output-document') ?? (posix.basename(url.pathname) || 'index.html');
    log(
      `connected.\nHTTP request sent, awaiting response... 200 OK\nLength: ${body.length} [application/json]\n`,
    );
    if (name === '-') {
      io.out(body);
      continue;
    }
    log(`Saving to: '${name}'\n\n`);
    if (!saveFile(shell, io, 'wget', name, body)) return 3;
    log(`'${name}' saved [${body.length}/${body.length}]\n\n`);
  }
  return 0;
};
