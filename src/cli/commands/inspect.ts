import * as path from "node:path";
import type { ColumnRole } from "../../engine/recognize";
import type { Command } from "../command";
import { flag, requiredFile, stringOption } from "../command";
import { inspectSheet, type InspectReport, type InspectSheet } from "../inspectReport";
import { EXIT_FAILED, EXIT_OK, printJson, type CliIO } from "../io";
import { isSettingsSheet } from "../registries";
import { cliMessages } from "../messages";
import { readSheets, selectSheets } from "../workbookInput";

const ROLE_NAMES: Record<ColumnRole, string> = {
  seq: "序号",
  task: "任务",
  units: "责任单位",
  coUnits: "配合单位",
  leader: "分管领导",
  progress: "进展情况",
  status: "进展状态",
  content: "项目内容",
  deadline: "完成时限",
  target: "目标",
  done: "完成数",
  rate: "完成率",
  measure: "计量单位",
  note: "备注",
};

export const inspectCommand: Command = {
  name: "inspect",
  usage: "taizhang inspect FILE [--sheet NAME] [--json]",
  summary: "识别工作表的表格、表头、列和行类型 / recognise tables, headers, columns and row types",
  options: { sheet: { type: "string" }, json: { type: "boolean" } },
  async run(args, io) {
    const file = requiredFile(args, "inspect");
    const sheets = selectSheets(await readSheets(file), stringOption(args, "sheet"));
    const report: InspectReport = { file, sheets: sheets.map((grid) => inspectSheet(grid).report) };
    if (flag(args, "json")) printJson(io, report);
    else printInspectText(io, report);
    // The report says what was looked at on each sheet; with no table anywhere there is nothing to work on.
    const userSheets = report.sheets.filter((sheet) => !isSettingsSheet(sheet.name));
    return userSheets.length > 0 && userSheets.every((sheet) => sheet.tables.length === 0) ? EXIT_FAILED : EXIT_OK;
  },
};

function printInspectText(io: CliIO, report: InspectReport): void {
  io.out(`文件 File: ${path.basename(report.file)}`);
  for (const sheet of report.sheets) printSheet(io, sheet);
}

function printSheet(io: CliIO, sheet: InspectSheet): void {
  if (sheet.noHeader) {
    io.out(cliMessages.sheetWithoutTable({ sheet: sheet.name, rowsExamined: sheet.noHeader.rowsExamined, closest: sheet.noHeader.closest ?? null }));
    return;
  }
  io.out(`工作表「${sheet.name}」：${sheet.tables.length} 个表格`);
  sheet.tables.forEach((table, i) => {
    const columns = (Object.entries(table.columns) as [ColumnRole, string | null][])
      .filter(([, letter]) => letter !== null)
      .map(([role, letter]) => `${ROLE_NAMES[role]}=${letter}`)
      .join("  ");
    io.out(`  表 ${i + 1}：${cliMessages.tableKind(table.kind)}${table.title ? `「${table.title}」` : ""}`);
    io.out(`    表头第 ${table.headerRow} 行，数据至第 ${table.lastRow} 行`);
    io.out(`    列：${columns}`);
    for (const [role, why] of Object.entries(table.why)) io.out(`      ${ROLE_NAMES[role as ColumnRole]}：${why}`);
    const c = table.counts;
    io.out(`    行：${c.task} 项任务，${c.continuation} 个续行，${c.section} 个分节，${c.note} 条注释`);
  });
}
