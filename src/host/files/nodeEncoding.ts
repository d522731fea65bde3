import * as iconv from "iconv-lite";
import type { LegacyDecode } from "./encoding";

/** GB18030 and UTF-16BE through iconv-lite: the command line's decoding, as it always was. */
export const iconvDecode: LegacyDecode = (bytes, encoding) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
