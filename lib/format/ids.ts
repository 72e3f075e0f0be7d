/** Ids as the UI shows them. (Whether a string is an id at all is the contract's: lib/contract/ids.) */

/**
 * An id at a glance: both ends of it ("5eed…0001"). Ids that share a prefix (the demo data's, or ids minted
 * in sequence) still read apart, and the copy button next to it copies the whole id.
 */
export function compactId(id: string): string {
  return id.length <= 12 ? id : `${id.slice(0, 4)}…${id.slice(-4)}`;
}
