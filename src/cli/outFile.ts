import * as path from "node:path";
import { checkWriteTarget, isSameFile, type WriteTarget } from "../host/files/save";
import { WorkbookError } from "../host/port";
import type { CliIO } from "./io";
import type { CliMessages } from "./messages";

/**
 * --out, checked before FILE is read (a large workbook takes a while to read, and the clerk should not wait
 * to hear that the target was wrong): not the input itself, a target the save will take (checkWriteTarget:
 * a new name in an existing folder, or a regular file that is not read-only; a symbolic link is written
 * through), and an .xlsx. The save checks the same again when it writes.
 */
export async function checkOut(out: string, input: string): Promise<WriteTarget> {
  const file = path.basename(out);
  if (await isSameFile(input, out)) throw new WorkbookError({ reason: "save/same-as-input", params: { file } }, out);
  const target = await checkWriteTarget(out);
  if (!/\.xlsx$/iu.test(out)) throw new WorkbookError({ reason: "save/not-xlsx", params: { file } }, out);
  return target;
}

/** After a write through a symbolic link, which file was written (the link stays as it was). */
export function reportLink(io: CliIO, m: CliMessages, target: WriteTarget | null): void {
  if (target?.link) io.out(m.writtenThroughLink(target.link, target.file));
}
