import { renderLagReason, resolveAsOf, type AsOf, type LagResult } from "../../engine/lag";
import { lagOfSheet } from "../../engine/pipeline";
import { recognizeSheet } from "../../engine/recognize";
import type { Command } from "../command";
import { dateOption, flag, requiredFile, stringOption } from "../command";
import { EXIT_OK, printJson } from "../io";
import { cliText } from "../messages";
import { isClerkSheet, loadRegistries } from "../registries";
import { requireTables } from "../tablesFound";
import { readSheets, selectSheets } from "../workbookInput";

export const lagCommand: Command = {
  name: "lag",
  usage: "taizhang lag FILE [--sheet NAME] [--as-of YYYY-MM-DD] [--statuses FILE] [--all] [--lang zh-CN|en-US] [--json]",
  options: {
    sheet: { type: "string" },
    "as-of": { type: "string" },
    statuses: { type: "string" },
    all: { type: "boolean" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = requiredFile(args, "lag");
    const given = dateOption(args);
    const m = cliText(args.language);
    const loaded = await readSheets(file);
    const withoutTable = requireTables(file, selectSheets(loaded, stringOption(args, "sheet")), io, m, flag(args, "json"));
    const { vocabulary } = await loadRegistries(loaded.sheets, undefined, stringOption(args, "statuses"), io, args.language, file);
    let asOf: AsOf | null = null;
    const results: LagResult[] = [];
    for (const grid of selectSheets(loaded, stringOption(args, "sheet"))) {
      if (!isClerkSheet(grid)) continue;
      const sheetLag = lagOfSheet(grid, recognizeSheet(grid), vocabulary, { asOf: given });
      asOf ??= sheetLag.asOf;
      results.push(...sheetLag.lag.map((l) => l.result));
    }
    const shown = flag(args, "all") || flag(args, "json") ? results : results.filter((r) => r.flag === "red" || r.flag === "yellow");
    const effective = asOf ?? resolveAsOf({ given });
    if (flag(args, "json")) {
      await printJson(io, {
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
          reasons: r.reasons.map((reason) => renderLagReason(reason, args.language)),
          evidence: r.reasons,
        })),
      });
      return EXIT_OK;
    }
    if (results.length === 0) {
      io.out(m.noProgressTable);
      return EXIT_OK;
    }
    io.out(m.asOfLine(effective));
    for (const r of shown) {
      io.out(m.lagTask(r.flag, { sheet: r.sheet, row: r.row, seq: r.seq }, r.task.split("\n")[0].slice(0, 40)));
      for (const reason of r.reasons) io.out(`      · ${renderLagReason(reason, args.language)}`);
    }
    const count = (f: string) => results.filter((r) => r.flag === f).length;
    io.out(m.lagSummary(results.length, count("red"), count("yellow"), count("green"), count("none")));
    return EXIT_OK;
  },
};
