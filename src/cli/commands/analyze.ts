import * as path from "node:path";
import { recognizeSheet, type TableKind } from "../../engine/recognize";
import { renderMessage, validateSheet, type Issue } from "../../engine/validate";
import type { Command } from "../command";
import { flag, stringOption } from "../command";
import { EXIT_OK, printJson } from "../io";
import { cliMessages } from "../messages";
import { isSettingsSheet, loadRegistries } from "../registries";
import { loadWorkbook } from "../workbookInput";
import { localeOption } from "./validate";

/** The workbook shipped with the project, so the main job runs on a fresh machine with no file of one's own. */
export const BUNDLED_SAMPLE = path.join(__dirname, "..", "..", "..", "test", "fixtures", "sample.xlsx");

interface SheetSummary {
  name: string;
  tables: { kind: TableKind; title: string | null; headerRow: number; lastRow: number; tasks: number }[];
  issues: { total: number; error: number; warning: number; info: number; fixable: number; byCode: Record<string, number> };
}

/**
 * The main job, end to end on one workbook. Today: recognise every sheet and validate it; the prior-year,
 * lag and summary steps join as their issues land.
 */
export const analyzeCommand: Command = {
  name: "analyze",
  usage: "taizhang analyze [FILE] [--units FILE] [--statuses FILE] [--lang zh-CN|en-US] [--json]",
  summary: "主任务：识别并校验整个工作簿（不给 FILE 时使用内置示例）/ the main job on a workbook (the bundled sample by default)",
  options: { units: { type: "string" }, statuses: { type: "string" }, lang: { type: "string" }, json: { type: "boolean" } },
  async run(args, io) {
    const file = args.positionals[0] ?? BUNDLED_SAMPLE;
    const locale = localeOption(args);
    const loaded = await loadWorkbook(file);
    const registries = await loadRegistries(loaded.sheets, stringOption(args, "units"), stringOption(args, "statuses"), io);
    const sheets: SheetSummary[] = [];
    const examples: Issue[] = [];
    for (const grid of loaded.sheets) {
      if (isSettingsSheet(grid.name)) continue;
      const recognition = recognizeSheet(grid);
      const issues = validateSheet(grid, { ...registries, recognition });
      const byCode: Record<string, number> = {};
      for (const issue of issues) byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
      const count = (severity: Issue["severity"]) => issues.filter((i) => i.severity === severity).length;
      sheets.push({
        name: grid.name,
        tables: recognition.tables.map((table) => ({
          kind: table.kind,
          title: table.title,
          headerRow: table.headerIndex + 1,
          lastRow: table.lastIndex + 1,
          tasks: table.rows.filter((row) => row.type === "task").length,
        })),
        issues: { total: issues.length, error: count("error"), warning: count("warning"), info: count("info"), fixable: issues.filter((i) => i.fix !== undefined).length, byCode },
      });
      examples.push(...firstOfEachCode(issues));
    }
    if (flag(args, "json")) {
      printJson(io, { file, sheets });
      return EXIT_OK;
    }
    io.out(cliMessages.analyzeHeading(path.basename(file), file === BUNDLED_SAMPLE));
    for (const sheet of sheets) {
      const tables = sheet.tables.map((t) => `${cliMessages.tableKind(t.kind)} ${t.tasks} 项（第 ${t.headerRow}–${t.lastRow} 行）`).join("；");
      const i = sheet.issues;
      io.out(`  「${sheet.name}」${tables || cliMessages.noTable}`);
      io.out(`      问题 ${i.total}：错误 ${i.error}，警告 ${i.warning}，提示 ${i.info}；可一键修复 ${i.fixable}`);
    }
    if (examples.length > 0) {
      io.out(cliMessages.analyzeExamples);
      for (const issue of examples.slice(0, 12)) io.out(`  ${issue.sheet}!${issue.cell}  ${renderMessage(issue, locale)}`);
    }
    io.out(cliMessages.analyzeNext(file));
    return EXIT_OK;
  },
};

function firstOfEachCode(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.code) && seen.add(issue.code) !== undefined);
}
