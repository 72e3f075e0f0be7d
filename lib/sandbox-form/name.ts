/**
 * Suggested sandbox names: adjective-noun-4hex, e.g. "brisk-otter-3f9a". Short, readable in a table, and unique
 * enough (65,536 suffixes per word pair) that two suggestions in one team practically never clash.
 */
import { utf8Bytes } from '@/lib/contract/bytes';
import { NAME_MAX_BYTES } from '@/lib/contract/limits';

const ADJECTIVES = [
  'amber',
  'bold',
  'brisk',
  'calm',
  'clever',
  'cosmic',
  'crisp',
  'eager',
  'fast',
  'gentle',
  'glad',
  'keen',
  'lively',
  'lucky',
  'mellow',
  'nimble',
  'proud',
  'quiet',
  'rapid',
  'sharp',
  'silent',
  'steady',
  'sunny',
  'swift',
  'tidy',
  'vivid',
  'warm',
  'wise',
] as const;

const NOUNS = [
  'badger',
  'beacon',
  'comet',
  'falcon',
  'fern',
  'harbor',
  'heron',
  'lynx',
  'maple',
  'meadow',
  'nebula',
  'otter',
  'panda',
  'pebble',
  'pine',
  'quartz',
  'raven',
  'river',
  'robin',
  'sparrow',
  'summit',
  'tiger',
  'willow',
  'zephyr',
] as const;

/** `random` returns a float in [0, 1); injectable so tests are deterministic. */
export function suggestName(random: () => number = Math.random): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const hex = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `${pick(ADJECTIVES)}-${pick(NOUNS)}-${hex}`;
}

/** The name a clone starts with: "<name>-copy", cut (by whole characters) to stay within the byte limit. */
export function cloneName(name: string): string {
  const suffix = '-copy';
  const chars = Array.from(name);
  while (chars.length > 0 && utf8Bytes(chars.join('') + suffix) > NAME_MAX_BYTES) chars.pop();
  return chars.join('') + suffix;
}
