import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { WorkbookError } from "../port";

function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** Whether two paths name the same file: the same text once resolved, or (symlinks, case) the same inode. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([statOrNull(a), statOrNull(b)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
}

/**
 * Writes bytes to `target` whole or not at all: into a temporary file beside it (same directory, so the
 * rename stays on one file system and is atomic), flushed to disk, then renamed over the target. A crash or
 * a full disk leaves the old file (or none), never half a workbook; the temporary file is removed on failure.
 */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  const label = path.basename(target);
  const folder = path.dirname(path.resolve(target));
  const folderStat = await statOrNull(folder);
  if (!folderStat || !folderStat.isDirectory()) {
    throw new WorkbookError({ reason: "save/no-folder", params: { file: label, folder } }, target);
  }
  const temp = path.join(folder, `.${label}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = errorCode(error);
    if (code === "EACCES" || code === "EPERM" || code === "EBUSY") {
      throw new WorkbookError({ reason: "save/busy", params: { file: label } }, target);
    }
    // What a clerk can act on, in words; the system code only for the rest.
    if (code === "ENOSPC" || code === "EDQUOT") throw new WorkbookError({ reason: "save/disk-full", params: { file: label } }, target);
    if (code === "EROFS") throw new WorkbookError({ reason: "save/read-only", params: { file: label } }, target);
    const detail = code ?? (error instanceof Error ? error.message : String(error));
    throw new WorkbookError({ reason: "save/failed", params: { file: label, detail } }, target);
  }
}
