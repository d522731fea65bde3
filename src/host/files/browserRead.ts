/**
 * The task pane's reader of picked files: an .xlsx or .csv read in the browser, on this machine, with the
 * command line's reader (sheetsOfBytes.ts): the parts inflated by the browser's DecompressionStream, GB18030
 * decoded by its TextDecoder. Nothing is sent anywhere and nothing is put into the workbook. Loaded on demand
 * (a dynamic import), so the pane's first paint does not wait for saxes and papaparse.
 */
import type { SheetGrid } from "../../engine/grid";
import { WorkbookError } from "../port";
import { canStreamInflate, streamInflateRaw, type InflateRaw } from "./inflate";
import { baseName, checkFileSize, sheetsOfBytes } from "./sheetsOfBytes";

/** A picked file (a browser File): its name, its size, and its bytes when asked for. */
export interface PickedFile {
  name: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

/**
 * The sheets of a picked file, or the WorkbookError naming it (the command line's, for the same file). A file
 * over the size limit is refused from its size, its bytes never read into the pane's memory.
 */
export async function readPickedFile({ name, size, bytes }: PickedFile): Promise<SheetGrid[]> {
  checkFileSize(size, name);
  // Without DecompressionStream an .xlsx cannot be read here; a .csv still can.
  const inflateRaw: InflateRaw = canStreamInflate()
    ? streamInflateRaw
    : () => Promise.reject(new WorkbookError({ reason: "file/pane-cannot-unzip", params: { file: baseName(name) } }, name));
  return sheetsOfBytes(await bytes(), name, { inflateRaw });
}
