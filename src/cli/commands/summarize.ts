import { analyzeWorkbook, placeTabs } from "../../engine/pipeline";
import { OWNER_SHEET, ownedTabs } from "../../engine/summary";
import { isAsOfDate } from "../../engine/lag";
import type { Command } from "../command";
import { flag, requiredFile, stringOption, UsageError } from "../command";
import { EXIT_OK, printJson } from "../io";
import { cliMessages } from "../messages";
import { isSettingsSheet, loadRegistries } from "../registries";
import { loadWorkbook } from "../workbookInput";
import { priorRows } from "./priorRows";

export const summarizeCommand: Command = {
  name: "summarize",
  usage: "taizhang summarize FILE --out OUT.xlsx [--prior FILE …] [--as-of YYYY-MM-DD] [--lead-only] [--units FILE] [--statuses FILE] [--json]",
  summary: "生成部门汇总、滞后任务、校验报告等汇总表（写入新文件）/ write the summary tabs into a copy",
  options: {
    out: { type: "string" },
    "as-of": { type: "string" },
    prior: { type: "string", multiple: true },
    "lead-only": { type: "boolean" },
    units: { type: "string" },
    statuses: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = requiredFile(args, "summarize");
    const out = stringOption(args, "out");
    const json = flag(args, "json");
    if (out === undefined && !json) throw new UsageError(cliMessages.summarizeNeedsOut);
    if (out !== undefined && !/\.xlsx$/iu.test(out)) throw new UsageError(cliMessages.summarizeNeedsOut);
    const asOf = stringOption(args, "as-of");
    if (asOf !== undefined && !isAsOfDate(asOf)) throw new UsageError(cliMessages.badAsOf(asOf));
    const loaded = await loadWorkbook(file);
    const registries = await loadRegistries(loaded.sheets, stringOption(args, "units"), stringOption(args, "statuses"), io);
    // Tabs the add-in wrote before are not the user's data: they are neither analysed nor kept.
    const owner = loaded.sheets.find((s) => s.name === OWNER_SHEET) ?? null;
    const generated = new Set(ownedTabs(owner));
    const userSheets = loaded.sheets.filter((s) => !isSettingsSheet(s.name) && s.name !== OWNER_SHEET && !generated.has(s.name));
    const prior = await priorRows(args, file, userSheets, registries.registry);
    const analysis = analyzeWorkbook(userSheets, { ...registries, asOf, leadOnly: flag(args, "lead-only"), prior });
    const placed = placeTabs(analysis.tabs, loaded.sheets.map((s) => s.name), owner);
    if (out !== undefined) {
      await loaded.workbook.writeSheets(placed);
      await loaded.workbook.saveAs(out);
    }
    if (json) {
      printJson(io, {
        file,
        out: out ?? null,
        asOf: analysis.asOf,
        aggregation: analysis.aggregation,
        tabs: placed.filter((t) => !t.veryHidden).map((t) => ({ name: t.name, values: t.values })),
      });
    } else {
      io.out(cliMessages.summarizeDone(out ?? "", placed.filter((t) => !t.veryHidden).map((t) => t.name)));
    }
    return EXIT_OK;
  },
};
