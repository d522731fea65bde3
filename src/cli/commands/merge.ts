import * as path from "node:path";
import { applyMerge, planMergeReturns, type MergePreview, type ReturnedFile } from "../../app/mergeReturns";
import { cellText, type CellValue } from "../../engine/grid";
import { isSameFile, type WriteTarget } from "../../host/files/save";
import { WorkbookError } from "../../host/port";
import type { Command } from "../command";
import { flag, requiredFile, stringOption, usageError } from "../command";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliText, type CliMessages } from "../messages";
import { checkOut, reportLink } from "../outFile";
import { requireTables } from "../tablesFound";
import { loadWorkbook, namedSheets, readSheets } from "../workbookInput";

/**
 * 汇总报送: the units' returned files merged into the master's 进展情况 / 进展状态, as the pane's merge does (the
 * merge use case). With --out the proposals are applied as one batch of the fix journal (so the copy opened in
 * Excel can be undone from the pane) and the copy written whole or not at all; the master and the returns are
 * never the target. Without --out it is a preview.
 */
export const mergeCommand: Command = {
  name: "merge",
  usage: "taizhang merge MASTER RETURN… [--out OUT.xlsx] [--sheet NAME] [--lang zh-CN|en-US] [--json]",
  manyFiles: true,
  options: { out: { type: "string" }, sheet: { type: "string" }, json: { type: "boolean" } },
  async run(args, io) {
    const master = requiredFile(args, "merge");
    const returnFiles = args.positionals.slice(1);
    if (returnFiles.length === 0) throw usageError("merge-needs-returns");
    const out = stringOption(args, "out");
    const target = out === undefined ? null : await checkOut(out, master);
    if (out !== undefined) {
      for (const file of returnFiles) {
        if (await isSameFile(file, out)) throw new WorkbookError({ reason: "save/same-as-input", params: { file: path.basename(out) } }, out);
      }
    }
    const json = flag(args, "json");
    const m = cliText(args.language);
    const loaded = await loadWorkbook(master);
    const sheet = stringOption(args, "sheet");
    const [masterSheet] = namedSheets(master, loaded.sheets, [sheet ?? (await loaded.workbook.activeSheetName())]);
    requireTables(master, [masterSheet], io, m, json);
    const returns: ReturnedFile[] = [];
    for (const file of returnFiles) returns.push({ file: path.basename(file), sheets: (await readSheets(file)).sheets });
    const plan = await planMergeReturns(loaded.workbook, returns, masterSheet.name);
    if (out !== undefined) {
      await applyMerge(loaded.workbook, plan);
      await loaded.workbook.saveAs(out);
    }
    if (json) await printJson(io, mergeJson(master, out ?? null, plan));
    else printMerge(io, m, path.basename(master), plan, out ?? null, target);
    return EXIT_OK;
  },
};

/** The JSON of `taizhang merge --json`: counts, then each list of the report, then the cell changes. */
export function mergeJson(master: string, out: string | null, plan: MergePreview) {
  const { report, changes } = plan;
  return {
    master,
    sheet: plan.sheet,
    out,
    counts: {
      returns: report.returns.length,
      rows: report.returns.reduce((n, r) => n + r.rows, 0),
      matched: report.matched.length,
      seqChanges: report.seqChanges.length,
      textChanges: report.textChanges.length,
      unmatched: report.unmatched.length,
      withoutReturn: report.withoutReturn.length,
      chase: report.chase.length,
      conflicts: report.conflicts.length,
      changes: changes.length,
      replaces: report.proposals.filter((p) => p.replaces).length,
    },
    returns: report.returns,
    matched: report.matched,
    seqChanges: report.seqChanges,
    textChanges: report.textChanges,
    unmatched: report.unmatched,
    withoutReturn: report.withoutReturn,
    chase: report.chase,
    conflicts: report.conflicts,
    missingColumns: report.missingColumns,
    proposals: report.proposals,
    changes,
  };
}

/** A cell's text on one line of the terminal: its first line, cut short. */
function shortText(m: CliMessages, value: CellValue): string {
  const text = cellText(value).trim();
  if (text === "") return m.merge.empty;
  const first = text.split("\n")[0];
  return first.length > 24 || first !== text ? `“${first.slice(0, 24)}…”` : `“${first}”`;
}

function printMerge(io: CliIO, m: CliMessages, master: string, plan: MergePreview, out: string | null, target: WriteTarget | null): void {
  const { report } = plan;
  const t = m.merge;
  io.out(t.heading(master, plan.sheet, report.returns.length));
  for (const r of report.returns) io.out(`  ${t.returnLine(r)}`);
  const count = (column: "progress" | "status") => report.proposals.filter((p) => p.column === column).length;
  io.out(t.changes({ progress: count("progress"), status: count("status"), replaces: report.proposals.filter((p) => p.replaces).length }));
  for (const p of report.proposals) io.out(t.change(p.cell, shortText(m, p.before), shortText(m, p.after), p.replaces));
  const section = <T>(items: readonly T[], heading: (n: number) => string, line: (item: T) => string) => {
    if (items.length === 0) return;
    io.out(heading(items.length));
    for (const item of items) io.out(line(item));
  };
  section(report.conflicts, t.conflicts, t.conflict);
  section(report.seqChanges, t.seqChanges, t.seqChange);
  section(report.textChanges, t.textChanges, t.textChange);
  section(report.unmatched, t.unmatched, t.unmatchedRow);
  section(report.withoutReturn, t.withoutReturn, t.masterLine);
  section(report.chase, t.chase, t.chaseUnit);
  if (report.missingColumns.length > 0) io.out(t.missingColumns(report.missingColumns));
  if (out === null) io.out(t.previewOnly(plan.changes.length));
  else {
    io.out(t.done(out, plan.changes.length));
    reportLink(io, m, target);
  }
}
