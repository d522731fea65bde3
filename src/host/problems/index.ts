/**
 * What can go wrong below the faces, as data: a reason and the values its sentence needs. The host raises
 * problems (inside a WorkbookError) and never words them; each face renders them in its one language from the
 * catalogues here (zh-CN.ts, the product's language, and en-US.ts). Both catalogues are typed by reason, so a
 * reason without words in either language is a compile error.
 */
import type { Language } from "../../engine/language";
import type { SheetNameFault } from "../../engine/sheetNames";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type { Language };

/** An Excel feature the add-in needs a newer ExcelApi for. */
export type ExcelFeature = "summary" | "fix-cells" | "status-dropdown" | "mark-rows" | "remove-marks" | "import-file" | "save-settings";

/** Why a sheet name is refused (engine/sheetNames), or "duplicate", found by the batch check. */
export type SheetNameRule = SheetNameFault | "duplicate";

/** Why a value cannot go into a cell (outputChecks.ts decides). */
export type CellRule = "not-finite" | "bad-type" | "too-long";

/** What a path names instead of a regular file (or a folder): neither read nor written. */
export type NotRegularKind = "device" | "fifo" | "socket" | "other";

/** Why a cell cannot be written: a value Excel refuses, an address that is no cell, or a cell hidden in a merge. */
export type CellWriteRule = CellRule | "bad-address" | "merged-cell";

type About<R extends string, P> = { reason: R; params: P };
type File = { file: string };

/**
 * A problem a user must see, with what names it (file, sheet, cell). Reasons are namespaced: file/ reading a
 * file, save/ writing one, output/ what a write asks for (every adapter checks it), sheet/ and excel/ the open
 * workbook in Excel (and the preview's workbook in memory).
 */
export type HostProblem =
  | About<"file/not-found", File>
  | About<"file/is-folder", File>
  | About<"file/unreadable", File & { detail: string }>
  // A device, pipe (FIFO) or socket: never opened, since reading one may never end.
  | About<"file/not-regular", File & { kind: NotRegularKind }>
  // Symbolic links that lead back to themselves (ELOOP).
  | About<"file/symlink-loop", File>
  | About<"file/unsupported-type", File & { extension: string }>
  | About<"file/not-text", File>
  | About<"file/not-spreadsheet", File>
  | About<"file/zip-not-workbook", File>
  | About<"file/other-office-document", File>
  | About<"file/corrupt", File>
  | About<"file/encrypted", File>
  // An OLE compound file (an Outlook message, an installer, an old Office file) with no workbook inside.
  | About<"file/ole-not-workbook", File>
  | About<"file/legacy-xls", File>
  | About<"file/binary-csv", File>
  | About<"file/empty", File>
  | About<"file/no-content", File>
  | About<"file/no-sheets", File>
  | About<"file/only-empty-sheets", File>
  // Sizes in whole megabytes, rounded up.
  | About<"file/too-large", File & { megabytes: number; limit: number }>
  // Limits counted while reading an .xlsx (see files/limits.ts): parts in the zip; megabytes unpacked; cells in
  // one sheet (sheet named) or in the whole file (sheet null); rows (mostly empty) in one sheet; shared strings;
  // merged areas in one sheet.
  | About<"file/too-many-parts", File & { limit: number }>
  | About<"file/inflates-too-large", File & { limit: number }>
  | About<"file/too-many-cells", File & { sheet: string | null; limit: number }>
  | About<"file/too-many-rows", File & { sheet: string; limit: number }>
  | About<"file/too-many-strings", File & { limit: number }>
  | About<"file/too-many-merges", File & { sheet: string; limit: number }>
  // A sheet past MAX_SHEET_CELLS, with the cells that stretch it (farCells, as addresses).
  | About<"file/sheet-too-large", File & { sheet: string; extent: string; cells: number; farCells: readonly string[] }>
  // No sheet of that name in the file; names are the sheets there are.
  | About<"file/sheet-not-found", File & { sheet: string; names: readonly string[] }>
  // The task pane's browser cannot unpack an .xlsx (no DecompressionStream: an old Office's web view).
  | About<"file/pane-cannot-unzip", File>
  | About<"save/same-as-input", File>
  | About<"save/not-xlsx", File>
  | About<"save/no-folder", File & { folder: string }>
  // Files already in the folder a command writes several into (分发's returns, last period's perhaps filled in):
  // none is replaced without being asked; `others` counts the further ones.
  | About<"save/exists", File & { folder: string; others: number }>
  // The folder named to write into is a file.
  | About<"save/folder-is-file", File & { folder: string }>
  | About<"save/busy", File>
  | About<"save/disk-full", File>
  | About<"save/read-only", File>
  // The target itself (not its place) is read-only, or not writable by this user: refused, left as it was.
  | About<"save/file-read-only", File>
  // A folder, device, FIFO or socket named as the file to write; path is the path as given ("/dev/full").
  | About<"save/is-folder", File & { path: string }>
  | About<"save/not-a-file", File & { path: string; kind: NotRegularKind }>
  // A symbolic link to nothing, or a loop of links (points: what the link says, when it could be read).
  | About<"save/broken-link", File & { points: string }>
  | About<"save/failed", File & { detail: string }>
  | About<"output/bad-sheet-name", { name: string; rule: SheetNameRule }>
  | About<"output/bad-cell-value", { sheet: string; cell: string; rule: CellWriteRule }>
  | About<"output/bad-merge", { sheet: string; range: string }>
  | About<"sheet/not-found", { sheet: string }>
  // More than Excel takes in one request (reading, writing, or importing a file, then `sheet` is its name).
  | About<"sheet/too-large-for-request", { sheet: string }>
  | About<"sheet/too-many-cells", { sheet: string; extent: string; cells: number }>
  | About<"excel/write-failed", { detail: string }>
  | About<"excel/import-failed", File & { detail: string }>
  | About<"excel/cell-edit-mode", Record<string, never>>
  | About<"excel/needs-newer", { feature: ExcelFeature; version: string }>
  // The preview's workbook was made without a way to read files.
  | About<"memory/cannot-read-files", File>
  // WPS 表格 has no way yet to take another file's sheets from the add-in's bytes (src/host/wps).
  | About<"wps/cannot-import", File>;

export type HostProblemReason = HostProblem["reason"];

/** Words for every reason in one language: a reason missing here does not compile. */
export type ProblemCatalogue = { [R in HostProblemReason]: (params: Extract<HostProblem, { reason: R }>["params"]) => string };

const CATALOGUES: Record<Language, ProblemCatalogue> = { "zh-CN": zhCN, "en-US": enUS };

/** The problem as one sentence in one language (Chinese, the product's language, unless told otherwise). */
export function problemText(problem: HostProblem, language: Language = "zh-CN"): string {
  const render = CATALOGUES[language][problem.reason] as (params: HostProblem["params"]) => string;
  return render(problem.params);
}
