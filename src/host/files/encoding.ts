export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the bytes started with a byte-order mark (removed from `text`). */
  bom: boolean;
}

/** The decoding of the encodings TextDecoder may lack: iconv-lite on the command line (nodeEncoding.ts). */
export type LegacyDecode = (bytes: Uint8Array, encoding: "utf-16be" | "gb18030") => string;

/** The platform's TextDecoder, which in browsers (and Node with ICU) knows GB18030 and UTF-16BE: the task pane's. */
export const webDecode: LegacyDecode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes a text file without asking the user which encoding it is in.
 *
 * A byte-order mark decides first. Otherwise bytes that are valid UTF-8 are UTF-8: GB18030 text almost never
 * happens to be valid UTF-8, while the reverse guess would garble every UTF-8 file. Anything else is read as
 * GB18030 (a superset of GBK/GB2312), which is what Excel on Chinese Windows writes when it saves "CSV".
 * The decision is made here for every face; only the decoding of the last two is the caller's.
 */
export function decodeText(bytes: Uint8Array, legacy: LegacyDecode = webDecode): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  // Excel's "Unicode text" export is UTF-16LE with a BOM.
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: legacy(bytes.subarray(2), "utf-16be"), encoding: "utf-16be", bom: true };
  }
  try {
    // ignoreBOM keeps the decoder from touching a leading U+FEFF: we have already ruled the BOM out above.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: "utf-8", bom: false };
  } catch {
    return { text: legacy(bytes, "gb18030"), encoding: "gb18030", bom: false };
  }
}

/**
 * True when the bytes look binary rather than text: NUL bytes never occur in UTF-8 or GB18030 text, but do in
 * PDFs, images and other files renamed to .csv. (UTF-16 is recognised by its BOM before this is asked.)
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
