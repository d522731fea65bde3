import * as path from "node:path";
import type { TakenName, WorkbookAnalysis } from "../../engine/pipeline";
import type { SheetLayout } from "../../engine/layout";
import type { Place } from "../../engine/place";
import type { ParsedArgs } from "../command";
import { dateOption, flag, stringOption } from "../command";
import type { CliIO } from "../io";
import { cliText } from "../messages";
import { registrySources, reportSettingsProblems } from "../registries";
import { requireTables, type SheetWithoutTable } from "../tablesFound";
import { readSheets } from "../workbookInput";
import { checkOut } from "../outFile";
import type { WriteTarget } from "../../host/files/save";
import { priorLookup, priorSetup, type PriorLookup, type PriorSetup } from "./priorLookup";
import { collectGarbage } from "../collectGarbage";
import { runSummary as runSummaryUseCase } from "../../app/summary";
import { localIsoDate } from "../../engine/dates";
import { openWorkbookFile } from "../../host/files";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import type { WorkbookPort } from "../../host/port";

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
  /** Tabs named beside a sheet of the clerk's that holds their usual name. */
  taken: TakenName[];
  /** The prior-year lookup, when there was one. */
  prior: PriorLookup | undefined;
  /** The place the workbook's sheets say they belong to: whose built-in years and units apply. */
  place: Place;
  /** The clerk's sheets on which no table was found (the run stops when that is all of them). */
  sheetsWithoutTable: SheetWithoutTable[];
  /** Where --out was written (the file a symbolic link points to), or null without --out. */
  target: WriteTarget | null;
}

/**
 * Reads FILE and runs the summary use case on it (`src/app/summary.ts`, as the pane and the ribbon do), with,
 * given --out, the tabs written into a copy. `progress` hears each step; `builtinByDefault` compares with the
 * bundled year before each sheet's when no --prior is given.
 */
/**
 * Today on the clerk's calendar, or the day SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) names, so that a script can ask for the same tabs on any day.
 */
function madeOn(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return localIsoDate(process.env.SOURCE_DATE_EPOCH !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date());
}

export async function runSummary(
  file: string,
  args: ParsedArgs,
  io: CliIO,
  {
    progress = () => {},
    builtinByDefault = false,
    showTabs = false,
  }: { progress?: (step: string) => void; builtinByDefault?: boolean; showTabs?: boolean } = {},
): Promise<SummaryRun> {
  const out = stringOption(args, "out");
  const target = out === undefined ? null : await checkOut(out, file);
  const asOf = dateOption(args);
  const m = cliText(args.language);
  progress(m.reading(path.basename(file)));
  // Only a summary written to --out needs the file's model (to copy the clerk's sheets as they are); otherwise
  // the grids alone, read without building ExcelJS's model (readSheets).
  const opened = out === undefined ? null : await openWorkbookFile(file);
  const workbook: WorkbookPort = opened ?? new MemoryWorkbook((await readSheets(file)).sheets);
  const settings = await registrySources(stringOption(args, "units"), stringOption(args, "statuses"));
  let sheetsWithoutTable: SheetWithoutTable[] = [];
  let setup: PriorSetup | undefined;
  const run = await runSummaryUseCase(workbook, {
    asOf,
    leadOnly: flag(args, "lead-only"),
    // The tabs in the language the command speaks, dated as the pane dates them: a printed report says its day.
    language: args.language,
    madeOn: madeOn(),
    settings: { ...settings, fileName: path.basename(file) },
    read: ({ userSheets, registries }) => {
      reportSettingsProblems(registries, io, args.language);
      sheetsWithoutTable = requireTables(file, userSheets, io, m, flag(args, "json"));
      progress(m.analysing(userSheets.length));
    },
    priorYear: async (userSheets, place) => (setup = await priorSetup(args, userSheets, { builtinByDefault, place }))?.plans,
    write: opened !== null,
    showTabs,
    afterMatching: collectGarbage,
  });
  const prior = setup && priorLookup(setup, run.analysis.priorYear);
  const place = run.registries.place;
  const { taken } = run;
  if (out === undefined || opened === null)
    return { analysis: run.analysis, tabs: run.tabs, written: [], taken, prior, sheetsWithoutTable, place, target: null };
  progress(m.writing(path.basename(out)));
  await opened.saveAs(out);
  return { analysis: run.analysis, tabs: run.tabs, written: run.written, taken, prior, sheetsWithoutTable, place, target };
}
