import { isAsOfDate, renderLagReason, resolveAsOf, type AsOf, type LagResult } from "../../engine/lag";
import { lagOfSheet } from "../../engine/pipeline";
import { recognizeSheet } from "../../engine/recognize";
import type { Command } from "../command";
import { flag, requiredFile, stringOption, UsageError } from "../command";
import { EXIT_OK, printJson } from "../io";
import { cliMessages } from "../messages";
import { isSettingsSheet, loadRegistries } from "../registries";
import { requireTables } from "../tablesFound";
import { readSheets, selectSheets } from "../workbookInput";
import { localeOption } from "./validate";

const FLAG_NAMES = { red: "红", yellow: "黄", green: "绿", none: "—" } as const;

export const lagCommand: Command = {
  name: "lag",
  usage: "taizhang lag FILE [--sheet NAME] [--as-of YYYY-MM-DD] [--statuses FILE] [--all] [--lang zh-CN|en-US] [--json]",
  summary: "找出滞后任务并说明理由（状态、序时进度、文字）/ flag lagging tasks, with reasons",
  options: {
    sheet: { type: "string" },
    "as-of": { type: "string" },
    statuses: { type: "string" },
    all: { type: "boolean" },
    lang: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = requiredFile(args, "lag");
    const given = stringOption(args, "as-of");
    if (given !== undefined && !isAsOfDate(given)) throw new UsageError(cliMessages.badAsOf(given));
    const locale = localeOption(args);
    const loaded = await readSheets(file);
    const withoutTable = requireTables(file, selectSheets(loaded, stringOption(args, "sheet")), io, flag(args, "json"));
    const { vocabulary } = await loadRegistries(loaded.sheets, undefined, stringOption(args, "statuses"), io, file);
    let asOf: AsOf | null = null;
    const results: LagResult[] = [];
    for (const grid of selectSheets(loaded, stringOption(args, "sheet"))) {
      if (isSettingsSheet(grid.name)) continue;
      const sheetLag = lagOfSheet(grid, recognizeSheet(grid), vocabulary, { asOf: given });
      asOf ??= sheetLag.asOf;
      results.push(...sheetLag.lag.map((l) => l.result));
    }
    const shown = flag(args, "all") || flag(args, "json") ? results : results.filter((r) => r.flag === "red" || r.flag === "yellow");
    const effective = asOf ?? resolveAsOf({ given });
    if (flag(args, "json")) {
      printJson(io, {
        asOf: effective.date,
        ...(effective.monthDay ? { monthDay: effective.monthDay } : {}),
        pace: effective.pace,
        source: effective.source,
        sheetsWithoutTable: withoutTable,
        tasks: shown.map((r) => ({
          sheet: r.sheet,
          row: r.row,
          seq: r.seq,
          status: r.status,
          category: r.category,
          flag: r.flag,
          reasons: r.reasons.map((reason) => renderLagReason(reason, locale)),
          evidence: r.reasons,
        })),
      });
      return EXIT_OK;
    }
    if (results.length === 0) {
      io.out(cliMessages.noProgressTable);
      return EXIT_OK;
    }
    io.out(cliMessages.asOfLine(effective));
    for (const r of shown) {
      io.out(`[${FLAG_NAMES[r.flag]}] ${r.sheet} 第 ${r.row} 行 序号 ${r.seq}：${r.task.split("\n")[0].slice(0, 40)}`);
      for (const reason of r.reasons) io.out(`      · ${renderLagReason(reason, locale)}`);
    }
    const count = (f: string) => results.filter((r) => r.flag === f).length;
    io.out(cliMessages.lagSummary(results.length, count("red"), count("yellow"), count("green"), count("none")));
    return EXIT_OK;
  },
};
