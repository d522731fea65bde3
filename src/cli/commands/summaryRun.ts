import * as path from "node:path";
import { isAsOfDate } from "../../engine/lag";
import { analyzeWorkbook, isUserSheet, placeTabs, type WorkbookAnalysis } from "../../engine/pipeline";
import type { SheetLayout } from "../../engine/layout";
import { OWNER_SHEET, ownedTabs } from "../../engine/summary";
import type { Place } from "../../engine/place";
import type { ParsedArgs } from "../command";
import { flag, stringOption, UsageError } from "../command";
import type { CliIO } from "../io";
import { cliMessages } from "../messages";
import { isSettingsSheet, loadRegistries } from "../registries";
import { requireTables, type SheetWithoutTable } from "../tablesFound";
import { loadWorkbook, readSheets } from "../workbookInput";
import { priorLookup, priorSetup, type PriorLookup } from "./priorLookup";

/** Options shared by analyze and summarize: where to write, the prior year, the as-of date, counting. */
export const SUMMARY_OPTIONS = {
  out: { type: "string" },
  "as-of": { type: "string" },
  prior: { type: "string", multiple: true },
  "lead-only": { type: "boolean" },
  units: { type: "string" },
  statuses: { type: "string" },
  json: { type: "boolean" },
} as const;

export interface SummaryRun {
  analysis: WorkbookAnalysis;
  /** The tabs under the names they get in this workbook (a user's sheet of the same name is never replaced). */
  tabs: SheetLayout[];
  /** Names of the tabs written (none without --out). */
  written: string[];
  /** The prior-year lookup, when there was one. */
  prior: PriorLookup | undefined;
  /** The place the workbook's sheets say they belong to: whose built-in years and units apply. */
  place: Place;
  /** The clerk's sheets on which no table was found (the run stops when that is all of them). */
  sheetsWithoutTable: SheetWithoutTable[];
}

/**
 * Reads FILE, analyses the clerk's sheets (not settings, not tabs generated earlier) and, with --out, writes
 * the summary tabs into a copy. `progress` hears each step; `builtinByDefault` compares with the bundled year
 * before each sheet's when no --prior is given.
 */
export async function runSummary(
  file: string,
  args: ParsedArgs,
  io: CliIO,
  { progress = () => {}, builtinByDefault = false }: { progress?: (step: string) => void; builtinByDefault?: boolean } = {},
): Promise<SummaryRun> {
  const out = stringOption(args, "out");
  if (out !== undefined && !/\.xlsx$/iu.test(out)) throw new UsageError(cliMessages.summarizeNeedsOut);
  const asOf = stringOption(args, "as-of");
  if (asOf !== undefined && !isAsOfDate(asOf)) throw new UsageError(cliMessages.badAsOf(asOf));
  progress(cliMessages.analyzeStep("读取 reading", path.basename(file)));
  // Only a summary written to --out needs the workbook itself (to copy the clerk's sheets as they are).
  const loaded = out === undefined ? { ...(await readSheets(file)), workbook: null } : await loadWorkbook(file);
  const owner = loaded.sheets.find((s) => s.name === OWNER_SHEET) ?? null;
  const generated = new Set(ownedTabs(owner));
  const userSheets = loaded.sheets.filter((s) => isUserSheet(s.name, generated));
  const settings = loaded.sheets.filter((s) => isSettingsSheet(s.name));
  const registries = await loadRegistries([...userSheets, ...settings], stringOption(args, "units"), stringOption(args, "statuses"), io, file);
  const sheetsWithoutTable = requireTables(file, userSheets, io, flag(args, "json"));
  progress(cliMessages.analyzeStep("识别、校验、上年对比、预警、汇总 recognising, validating, prior year, flagging, counting", `${userSheets.length}`));
  const setup = await priorSetup(args, userSheets, { builtinByDefault, place: registries.place });
  const analysis = analyzeWorkbook(userSheets, { ...registries, asOf, leadOnly: flag(args, "lead-only"), priorYear: setup?.plans });
  const prior = setup && priorLookup(setup, analysis.priorYear);
  const placed = placeTabs(analysis.tabs, loaded.sheets.map((s) => s.name), owner);
  const tabs = placed.filter((t) => !t.veryHidden);
  if (out === undefined || loaded.workbook === null) return { analysis, tabs, written: [], prior, sheetsWithoutTable, place: registries.place };
  progress(cliMessages.analyzeStep("写入 writing", path.basename(out)));
  await loaded.workbook.writeSheets(placed);
  await loaded.workbook.saveAs(out);
  return { analysis, tabs, written: tabs.map((t) => t.name), prior, sheetsWithoutTable, place: registries.place };
}
