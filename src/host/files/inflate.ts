/**
 * The inflate step of the zip reader, pluggable: the command line inflates with Node's zlib (nodeInflate.ts),
 * the task pane with the browser's DecompressionStream. Both hand each chunk on as it comes, keep none, and
 * stop when the chunk's handler throws (a limit passed).
 */

/** Inflates raw deflate data chunk by chunk; rejects with what `each` throws, and with DamagedEntry on damaged data. */
export type InflateRaw = (data: Uint8Array, each: (chunk: Uint8Array) => void) => Promise<void>;

/** Damaged deflate data in an entry: ExcelJS fails on it too. */
export class DamagedEntry extends Error {}

/**
 * Inflates (or for a stored entry, takes) an entry's bytes chunk by chunk, handing each to `each`; keeps none.
 * Rejects with what `each` throws, and with DamagedEntry on damaged data; an entry of another method (JSZip
 * cannot read it either) gives nothing.
 */
export function inflateEach(data: Uint8Array, method: number, each: (chunk: Uint8Array) => void, inflateRaw: InflateRaw): Promise<void> {
  if (method === 0) {
    try {
      each(data);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
  if (method !== 8) return Promise.resolve();
  return inflateRaw(data, each);
}

/** Whether this browser (or Node) has DecompressionStream with raw deflate (Chromium 103, Safari 16.4, Firefox 113). */
export function canStreamInflate(): boolean {
  if (typeof DecompressionStream === "undefined") return false;
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/** Raw deflate through the platform's DecompressionStream: what the task pane reads an .xlsx with. */
export const streamInflateRaw: InflateRaw = async (data, each) => {
  const inflate = new DecompressionStream("deflate-raw");
  const writer = inflate.writable.getWriter();
  // Damaged data fails the reading below; these promises fail with it and are not waited for.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflate.readable.getReader();
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch {
      throw new DamagedEntry("inflate");
    }
    if (chunk.done) return;
    try {
      each(chunk.value);
    } catch (error) {
      // Stops the inflating: the rest of the entry is never made.
      void reader.cancel().catch(() => undefined);
      throw error;
    }
  }
};
