/**
 * Byte sizes of strings, as the Superserve backend counts them: UTF-8 bytes, not characters.
 * Pure and browser-safe (no Buffer), so the form can show live byte counts.
 */

/** Number of bytes `s` takes in UTF-8 (the encoding the API measures its limits in). */
export function utf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1))) {
      // A surrogate pair is one code point outside the BMP: 4 bytes in UTF-8.
      bytes += 4;
      i++;
    } else {
      // Other BMP characters take 3 bytes; a lone surrogate is encoded as U+FFFD (also 3).
      bytes += 3;
    }
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A short human size, in the units the API docs use: 1 KB = 1024 bytes ("2 KB values, 16 KB total").
 * Whole numbers stay whole ("16 KB"), others get one decimal ("1.5 KB").
 */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}
