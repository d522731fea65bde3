import * as path from "node:path";
import type { ColumnRole, RoleWhy, SheetRecognition } from "../../engine/recognize";
import type { Command } from "../command";
import { flag, requiredFile, stringOption } from "../command";
import { inspectSheet, type InspectReport, type InspectSheet } from "../inspectReport";
import { EXIT_FAILED, EXIT_OK, printJson, type CliIO } from "../io";
import { isClerkSheet } from "../registries";
import { cliText, type CliMessages } from "../messages";
import { readSheets, selectSheets } from "../workbookInput";

export const inspectCommand: Command = {
  name: "inspect",
  usage: "taizhang inspect FILE [--sheet NAME] [--lang zh-CN|en-US] [--json]",
  options: { sheet: { type: "string" }, json: { type: "boolean" } },
  async run(args, io) {
    const file = requiredFile(args, "inspect");
    // The add-in's own sheets (the journal of fixes `fix` leaves, very hidden) are not the clerk's: readSheets leaves them out.
    const sheets = selectSheets(await readSheets(file), stringOption(args, "sheet"));
    const inspected = sheets.map(inspectSheet);
    const report: InspectReport = { file, sheets: inspected.map((sheet) => sheet.report) };
    if (flag(args, "json")) await printJson(io, report);
    else
      printInspectText(
        io,
        cliText(args.language),
        report,
        inspected.map((sheet) => sheet.recognition),
      );
    // The report says what was looked at on each sheet; with no table anywhere there is nothing to work on.
    const userSheets = report.sheets.filter((_, i) => isClerkSheet(sheets[i]));
    return userSheets.length > 0 && userSheets.every((sheet) => sheet.tables.length === 0) ? EXIT_FAILED : EXIT_OK;
  },
};

/** The report in words; why each column got its role is told from the recognition, in the language asked for. */
function printInspectText(io: CliIO, m: CliMessages, report: InspectReport, recognitions: readonly SheetRecognition[]): void {
  io.out(m.inspectFile(path.basename(report.file)));
  report.sheets.forEach((sheet, i) => printSheet(io, m, sheet, recognitions[i]));
}

function printSheet(io: CliIO, m: CliMessages, sheet: InspectSheet, recognition: SheetRecognition): void {
  if (sheet.noHeader) {
    io.out(m.sheetWithoutTable({ sheet: sheet.name, rowsExamined: sheet.noHeader.rowsExamined, closest: sheet.noHeader.closest ?? null }));
    return;
  }
  io.out(m.inspectSheet(sheet.name, sheet.tables.length));
  sheet.tables.forEach((table, i) => {
    const columns = (Object.entries(table.columns) as [ColumnRole, string | null][])
      .filter(([, letter]) => letter !== null)
      .map(([role, letter]) => `${m.role[role]}=${letter}`)
      .join("  ");
    io.out(`  ${m.inspectTable(i + 1, table.kind, table.title)}`);
    io.out(`    ${m.inspectRows(table.headerRow, table.lastRow)}`);
    io.out(`    ${m.inspectColumns(columns)}`);
    for (const [role, why] of Object.entries(recognition.tables[i].why) as [ColumnRole, RoleWhy][]) io.out(`      ${m.inspectWhy(role, why)}`);
    io.out(`    ${m.inspectCounts(table.counts)}`);
  });
}
