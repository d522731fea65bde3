import { promises as fs } from "node:fs";
import * as path from "node:path";
import { splitWorkbook, writeReturn } from "../../app/split";
import { recognizeSheet } from "../../engine/recognize";
import { newWorkbook } from "../../host/files";
import { isSameFile } from "../../host/files/save";
import { WorkbookError } from "../../host/port";
import type { Command } from "../command";
import { dateOption, flag, requiredFile, stringOption, usageError } from "../command";
import { EXIT_OK, printJson } from "../io";
import { cliText } from "../messages";
import { isClerkSheet, registrySources } from "../registries";
import { requireTables } from "../tablesFound";
import { loadWorkbook, selectSheets } from "../workbookInput";

/**
 * `taizhang split MASTER --out DIR`: one return file per unit in DIR. Files already there are never replaced
 * without --force: DIR is often last period's folder, whose returns the units may have filled in.
 */
export const splitCommand: Command = {
  name: "split",
  usage: "taizhang split MASTER --out DIR [--sheet NAME] [--as-of YYYY-MM-DD] [--units FILE] [--statuses FILE] [--force] [--lang zh-CN|en-US] [--json]",
  options: {
    out: { type: "string" },
    sheet: { type: "string" },
    "as-of": { type: "string" },
    units: { type: "string" },
    statuses: { type: "string" },
    force: { type: "boolean" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = requiredFile(args, "split");
    const dir = stringOption(args, "out");
    if (dir === undefined) throw usageError("split-needs-out");
    const asOf = dateOption(args);
    const json = flag(args, "json");
    const m = cliText(args.language);
    const loaded = await loadWorkbook(file);
    const named = stringOption(args, "sheet");
    const candidates = selectSheets(loaded, named).filter(isClerkSheet);
    requireTables(file, candidates, io, m, true);
    // Without --sheet, the first of the clerk's sheets that holds tasks is the master.
    const sheet = named ?? candidates.find((grid) => recognizeSheet(grid).tables.some((t) => t.columns.task !== undefined))?.name ?? candidates[0].name;
    const { unitSheets, statusSheets } = await registrySources(stringOption(args, "units"), stringOption(args, "statuses"));
    const split = await splitWorkbook(loaded.workbook, { sheet, asOf, fileName: path.basename(file), unitSheets, statusSheets });

    const targets = split.units.map((unit) => path.join(dir, unit.fileName));
    await prepareFolder(dir, file, targets, flag(args, "force"));
    for (let i = 0; i < split.units.length; i++) {
      const book = newWorkbook();
      await writeReturn(book, split.units[i]);
      await book.saveAs(targets[i]);
    }

    if (json) {
      await printJson(io, {
        master: file,
        sheet: split.sheet,
        report: split.report,
        asOf: split.asOf,
        tasks: split.tasks,
        units: split.units.map((unit, i) => ({
          unit: unit.unit,
          file: targets[i],
          sheet: unit.sheetName,
          lead: unit.lead,
          coop: unit.coop,
          seqs: unit.tasks.map((t) => t.seq),
          tasks: unit.tasks.map((t) => ({ seq: t.seq, row: t.row, role: t.role })),
        })),
        unlisted: split.unlisted,
        written: targets,
      });
      return EXIT_OK;
    }
    io.out(m.splitHeading(split.report, split.asOf, split.tasks, split.units.length));
    split.units.forEach((unit, i) =>
      io.out(m.splitUnit({ unit: unit.unit, file: path.basename(targets[i]), lead: unit.lead, coop: unit.coop, seqs: unit.tasks.map((t) => t.seq) })),
    );
    if (split.unlisted.length > 0) io.out(m.splitUnlisted(split.unlisted));
    io.out(m.splitDone(dir, targets.length));
    return EXIT_OK;
  },
};

/**
 * DIR made if missing; then every target checked before any is written, so a refusal leaves the folder as it
 * was: none may be the master itself (even with --force), and none may exist unless --force.
 */
async function prepareFolder(dir: string, master: string, targets: readonly string[], force: boolean): Promise<void> {
  const folder = path.resolve(dir);
  const file = path.basename(targets[0] ?? dir);
  if ((await fs.stat(folder).catch(() => null))?.isDirectory() === false)
    throw new WorkbookError({ reason: "save/folder-is-file", params: { file, folder } }, dir);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch {
    throw new WorkbookError({ reason: "save/no-folder", params: { file, folder } }, dir);
  }
  const existing: string[] = [];
  for (const target of targets) {
    if (await isSameFile(master, target)) throw new WorkbookError({ reason: "save/same-as-input", params: { file: path.basename(target) } }, target);
    if (
      await fs.lstat(target).then(
        () => true,
        () => false,
      )
    )
      existing.push(target);
  }
  if (existing.length > 0 && !force) {
    throw new WorkbookError({ reason: "save/exists", params: { file: path.basename(existing[0]), folder, others: existing.length - 1 } }, existing[0]);
  }
}
