/**
 * Little-endian numbers, byte searches and UTF-8 text over a Uint8Array: what the zip reader needs of Node's
 * Buffer, so that the same reader runs in the task pane (a browser, where there is no Buffer). A Buffer is a
 * Uint8Array, so the command line passes its own.
 */

export const u16 = (bytes: Uint8Array, at: number): number => bytes[at] | (bytes[at + 1] << 8);

export const u32 = (bytes: Uint8Array, at: number): number => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;

/** A 64-bit field as a number (exact up to 2^53, far past any file this reads). */
export const u64 = (bytes: Uint8Array, at: number): number => u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;

/** Whether `pattern` is in `bytes` at `at`. */
function matchesAt(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

/** The first place of `pattern` from `from`, or -1; the first byte is found by the engine's own search. */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from = 0): number {
  for (let at = bytes.indexOf(pattern[0], from); at >= 0; at = bytes.indexOf(pattern[0], at + 1)) {
    if (at + pattern.length > bytes.length) return -1;
    if (matchesAt(bytes, pattern, at)) return at;
  }
  return -1;
}

/** The last place of `pattern`, or -1. */
export function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array): number {
  if (bytes.length < pattern.length) return -1;
  for (let at = bytes.lastIndexOf(pattern[0], bytes.length - pattern.length); at >= 0; at = at === 0 ? -1 : bytes.lastIndexOf(pattern[0], at - 1)) {
    if (matchesAt(bytes, pattern, at)) return at;
  }
  return -1;
}

const decoder = new TextDecoder("utf-8");

/** ASCII text (a zip's signature, an XML tag) as bytes, to search for. */
export const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Bytes as UTF-8 text (invalid sequences as U+FFFD, as Buffer's toString). */
export const utf8Text = (bytes: Uint8Array, start = 0, end = bytes.length): string => decoder.decode(bytes.subarray(start, end));

/** Chunks joined into one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
