/** The read-only base image every sandbox starts from (Ubuntu 24.04, as the curated templates are). */
import type { LayerEntry } from './layers';
import { StaticLayer } from './layers';

const IMAGE_BUILT_AT = Date.UTC(2026, 3, 14, 9, 30);

const DIRECTORIES = [
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/home',
  '/home/user',
  '/lib',
  '/mnt',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/srv',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/var',
  '/var/log',
  '/var/tmp',
];

const FILES: Record<string, string> = {
  '/etc/os-release': [
    'PRETTY_NAME="Ubuntu 24.04.2 LTS"',
    'NAME="Ubuntu"',
    'VERSION_ID="24.04"',
    'VERSION="24.04.2 LTS (Noble Numbat)"',
    'ID=ubuntu',
    'ID_LIKE=debian',
    '',
  ].join('\n'),
  '/dev/null': '',
  '/etc/shells': '/bin/sh\n/bin/bash\n/usr/bin/bash\n',
  '/home/user/.bashrc': [
    '# ~/.bashrc: executed by bash for non-login shells.',
    'case $- in *i*) ;; *) return;; esac',
    'HISTCONTROL=ignoreboth',
    "PS1='\\u@\\h:\\w\\$ '",
    "alias ll='ls -alF'",
    '',
  ].join('\n'),
  '/home/user/.profile': [
    '# ~/.profile: executed by the command interpreter for login shells.',
    'if [ -d "$HOME/.local/bin" ] ; then',
    '    PATH="$HOME/.local/bin:$PATH"',
    'fi',
    '',
  ].join('\n'),
};

export const baseImage = new StaticLayer([
  ...DIRECTORIES.map((path): [string, LayerEntry] => [
    path,
    { kind: 'dir', content: '', mtime: IMAGE_BUILT_AT },
  ]),
  ...Object.entries(FILES).map(([path, content]): [string, LayerEntry] => [
    path,
    { kind: 'file', content, mtime: IMAGE_BUILT_AT },
  ]),
]);
