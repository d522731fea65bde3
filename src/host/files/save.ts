import { randomBytes } from "node:crypto";
import { promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { WorkbookError } from "../port";
import { notRegularKind } from "./fileKind";

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

/** Where a write to a path lands: the path itself, or the file a symbolic link there points to. */
export interface WriteTarget {
  /** The file written: `target` itself, or the link's resolved target. */
  file: string;
  /** The link named, when the write goes through one (the link itself is kept). */
  link: string | null;
  /** The file there now, when one is replaced. */
  existing: Stats | null;
}

/**
 * What a write to `target` would do, refused before any byte is written when it must not happen: the folder
 * must exist; an existing target must be a regular file that is not read-only (by its permission bits, which
 * even an administrator's write would ignore); a folder, a device (/dev/full), a FIFO or a socket is named and
 * refused. A symbolic link is written through: its target is replaced and the link kept; a link to nothing
 * (or a loop of links) is refused.
 */
export async function checkWriteTarget(target: string): Promise<WriteTarget> {
  const label = path.basename(target);
  let stat: Stats;
  try {
    stat = await fs.lstat(target);
  } catch (error) {
    const code = errorCode(error);
    if (code !== "ENOENT" && code !== "ENOTDIR") throw saveFailure(error, target);
    const folder = path.dirname(path.resolve(target));
    const folderStat = await statOrNull(folder);
    if (!folderStat || !folderStat.isDirectory()) throw new WorkbookError({ reason: "save/no-folder", params: { file: label, folder } }, target);
    return { file: target, link: null, existing: null };
  }
  if (stat.isSymbolicLink()) {
    let resolved: string;
    try {
      resolved = await fs.realpath(target);
    } catch {
      const points = await fs.readlink(target).catch(() => "");
      throw new WorkbookError({ reason: "save/broken-link", params: { file: label, points } }, target);
    }
    const through = await checkWriteTarget(resolved);
    return { ...through, link: target };
  }
  if (stat.isDirectory()) throw new WorkbookError({ reason: "save/is-folder", params: { file: label, path: target } }, target);
  if (!stat.isFile()) throw new WorkbookError({ reason: "save/not-a-file", params: { file: label, path: target, kind: notRegularKind(stat) } }, target);
  const writable =
    (stat.mode & 0o222) !== 0 &&
    (await fs.access(target, fs.constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) throw new WorkbookError({ reason: "save/file-read-only", params: { file: label } }, target);
  return { file: target, link: null, existing: stat };
}

/** Our temporary files: `.NAME.PID-XXXXXXXX.tmp`, made by writeFileAtomically below. */
const TEMP_FILE = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/u;

/**
 * A temporary file whose process still runs is left alone, unless it is older than this: a process id is
 * reused in time, and no write of ours takes a day.
 */
export const STALE_TEMP_AGE_MS = 24 * 60 * 60 * 1000;

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, run by someone else.
    return errorCode(error) === "EPERM";
  }
}

/**
 * Removes the temporary files an interrupted write left in `folder` (a kill -9, a power cut): only files named
 * as ours, whose process is gone or that are older than STALE_TEMP_AGE_MS. Best effort: a file that cannot be
 * removed stays, and the write goes on.
 */
export async function removeStaleTemporaryFiles(folder: string, now = Date.now()): Promise<string[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_FILE.exec(name);
    if (!match) continue;
    const file = path.join(folder, name);
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile()) continue;
    const pid = Number(match[1]);
    const gone = pid !== process.pid && !isRunning(pid);
    if (!gone && now - stat.mtimeMs <= STALE_TEMP_AGE_MS) continue;
    if (
      await fs.rm(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}

/** A failed write in the clerk's words: what they can act on by name, the system's code only for the rest. */
function saveFailure(error: unknown, target: string): WorkbookError {
  const label = path.basename(target);
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY") return new WorkbookError({ reason: "save/busy", params: { file: label } }, target);
  if (code === "ENOSPC" || code === "EDQUOT") return new WorkbookError({ reason: "save/disk-full", params: { file: label } }, target);
  if (code === "EROFS") return new WorkbookError({ reason: "save/read-only", params: { file: label } }, target);
  if (code === "EISDIR") return new WorkbookError({ reason: "save/is-folder", params: { file: label, path: target } }, target);
  if (code === "ELOOP") return new WorkbookError({ reason: "save/broken-link", params: { file: label, points: "" } }, target);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new WorkbookError({ reason: "save/failed", params: { file: label, detail } }, target);
}

/**
 * Writes bytes to `target` whole or not at all: into a temporary file beside it (same directory, so the
 * rename stays on one file system and is atomic), flushed to disk, then renamed over the target. A crash or
 * a full disk leaves the old file (or none), never half a workbook; the temporary file is removed on failure,
 * and one left by a killed run is removed by the next write into that folder. The target is checked first
 * (checkWriteTarget): a symbolic link is written through, and a replaced file keeps its permissions.
 */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<WriteTarget> {
  const written = await checkWriteTarget(target);
  const label = path.basename(written.file);
  const folder = path.dirname(path.resolve(written.file));
  await removeStaleTemporaryFiles(folder);
  const temp = path.join(folder, `.${label}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(data);
      if (written.existing) await handle.chmod(written.existing.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, written.file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw saveFailure(error, target);
  }
  return written;
}
