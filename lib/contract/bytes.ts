/**
 * Byte sizes of strings, as the Superserve backend counts them: UTF-8 bytes, not characters.
 * Pure and browser-safe (no Buffer), so the form can show live byte counts. How a size reads ("2 KB") is a
 * formatter, in lib/format/bytes.ts.
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
