import type { Stats } from "node:fs";
import type { NotRegularKind } from "../problems";

/** What a path names instead of a regular file, as the messages say it: read and write refuse it alike. */
export function notRegularKind(stat: Stats): NotRegularKind {
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "device";
  if (stat.isFIFO()) return "fifo";
  return stat.isSocket() ? "socket" : "other";
}
