import * as path from "node:path";
import { runCompare } from "../../app/compare";
import { COMPARE_CLASSES, compareWords, describeItem, excerpt, type CompareItem, type Comparison, type TaskState } from "../../engine/cycle/compare";
import type { SheetGrid } from "../../engine/grid";
import type { AsOf } from "../../engine/lag";
import { CONFIDENCE_WORDS } from "../../engine/matching";
import { isProgressTable } from "../../engine/pipeline";
import { recognizeSheet } from "../../engine/recognize";
import { openWorkbookFile } from "../../host/files";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import type { Command } from "../command";
import { dateOption, flag, requiredFile, stringOption, usageError, type ParsedArgs } from "../command";
import { EXIT_OK, printJson } from "../io";
import { cliText } from "../messages";
import { checkOut, reportLink } from "../outFile";
import { isClerkSheet } from "../registries";
import { requireTables } from "../tablesFound";
import { namedSheets, readSheets } from "../workbookInput";
import { localIsoDate } from "../../engine/dates";

/** The sheet named, else the first of the clerk's sheets with a progress table, else the first with any table. */
function reportSheet(file: string, sheets: readonly SheetGrid[], name: string | undefined): SheetGrid {
  if (name !== undefined) return namedSheets(file, sheets, [name])[0];
  const clerk = sheets.filter(isClerkSheet);
  const tables = clerk.map((grid) => recognizeSheet(grid).tables);
  const index = tables.findIndex((t) => t.some(isProgressTable));
  return clerk[index >= 0 ? index : tables.findIndex((t) => t.length > 0)];
}

/** The day in the tab's title: today, or the day SOURCE_DATE_EPOCH names (as summarize dates its tabs). */
function madeOn(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return localIsoDate(process.env.SOURCE_DATE_EPOCH !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date());
}

const asOfJson = (asOf: AsOf | null) => ({ asOf: asOf?.date ?? null, pace: asOf?.pace ?? null, source: asOf?.source ?? "none" });

function stateJson(state: TaskState) {
  return {
    sheet: state.sheet,
    row: state.row,
    seq: state.seq,
    task: state.task,
    units: state.units,
    coUnits: state.coUnits,
    status: state.status,
    category: state.category,
    behind: state.behind,
    done: state.done,
    progress: excerpt(state.progress, 80),
  };
}

function itemJson(item: CompareItem, comparison: Comparison, args: ParsedArgs) {
  return {
    classes: item.classes,
    reasons: Object.fromEntries(item.classes.map((c) => [c, describeItem(item, c, comparison, args.language)])),
    current: item.current && stateJson(item.current),
    previous: item.previous && stateJson(item.previous),
    match: item.match && {
      ...item.match,
      certainty: args.language === "en-US" ? CONFIDENCE_WORDS[item.match.confidence].en : CONFIDENCE_WORDS[item.match.confidence].zh,
    },
    carried: item.carried,
  };
}

export const compareCommand: Command = {
  name: "compare",
  usage:
    "taizhang compare CURRENT --previous FILE [--previous-sheet NAME] [--sheet NAME] [--as-of YYYY-MM-DD] [--previous-as-of YYYY-MM-DD] [--out OUT.xlsx] [--lang zh-CN|en-US] [--json]",
  options: {
    previous: { type: "string" },
    "previous-sheet": { type: "string" },
    sheet: { type: "string" },
    "as-of": { type: "string" },
    "previous-as-of": { type: "string" },
    out: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = requiredFile(args, "compare");
    const previousFile = stringOption(args, "previous");
    const previousSheet = stringOption(args, "previous-sheet");
    if (previousFile === undefined && previousSheet === undefined) throw usageError("compare-needs-previous");
    const asOf = dateOption(args, "as-of");
    const previousAsOf = dateOption(args, "previous-as-of");
    const out = stringOption(args, "out");
    const json = flag(args, "json");
    const m = cliText(args.language);
    // --out is checked before anything is read: a wrong target is told at once.
    const target = out === undefined ? null : await checkOut(out, file);

    const loaded = await readSheets(file);
    requireTables(file, loaded.sheets, io, m, json);
    const current = reportSheet(file, loaded.sheets, stringOption(args, "sheet"));
    let previous: SheetGrid;
    if (previousFile === undefined) previous = reportSheet(file, loaded.sheets, previousSheet);
    else {
      const other = await readSheets(previousFile);
      requireTables(previousFile, other.sheets, io, m, json);
      previous = reportSheet(previousFile, other.sheets, previousSheet);
    }

    // Only a tab written to --out needs the file's model (to copy the clerk's sheets as they are).
    const workbook = out === undefined ? new MemoryWorkbook(loaded.sheets, current.name) : await openWorkbookFile(file);
    const run = await runCompare(workbook, {
      sheet: current.name,
      previous: previousFile === undefined ? { sheet: previous.name } : { grid: previous, file: path.basename(previousFile) },
      asOf,
      previousAsOf,
      language: args.language,
      madeOn: madeOn(),
      write: out !== undefined,
    });
    if (out !== undefined && "saveAs" in workbook) await workbook.saveAs(out);
    const { comparison } = run;

    if (json) {
      await printJson(io, {
        current: { file, sheet: current.name, progress: comparison.current.progress, ...asOfJson(comparison.current.asOf) },
        previous: { file: previousFile ?? file, sheet: previous.name, progress: comparison.previous.progress, ...asOfJson(comparison.previous.asOf) },
        counts: comparison.counts,
        warnings: comparison.warnings.map((code) => ({ code, message: compareWords(args.language).warnings[code] })),
        matched: comparison.items.filter((i) => i.current && i.previous).length,
        pairs: comparison.items.filter((i) => i.current && i.previous).map((i) => itemJson(i, comparison, args)),
        unmatched: {
          current: comparison.items.filter((i) => !i.previous).map((i) => itemJson(i, comparison, args)),
          previous: comparison.items.filter((i) => !i.current).map((i) => itemJson(i, comparison, args)),
        },
        out: out ?? null,
        written: run.written,
        taken: run.taken,
      });
      return EXIT_OK;
    }
    const w = compareWords(args.language);
    io.out(w.head(w.title, w.datesLine(w.period("current", comparison.current.asOf), w.period("previous", comparison.previous.asOf))));
    io.out(w.countsLine(comparison.counts, comparison.items.filter((i) => i.current && i.previous).length));
    for (const side of ["previous", "current"] as const) if (!comparison[side].progress) io.out(w.noProgress(w.side[side]));
    for (const warning of comparison.warnings) io.out(w.warnings[warning]);
    for (const cls of COMPARE_CLASSES) {
      const items = comparison.items.filter((i) => i.classes.includes(cls));
      if (items.length === 0) continue;
      io.out("");
      io.out(w.heading(w.classes[cls], items.length, w.classNotes[cls]));
      for (const item of items) {
        const s = (item.current ?? item.previous)!;
        const units = [...s.units, ...s.coUnits].join(args.language === "en-US" ? ", " : "、");
        io.out(`  ${s.seq || "—"}  ${excerpt(s.task, 30)}${units ? (args.language === "en-US" ? ` (${units})` : `（${units}）`) : ""}`);
        io.out(`      · ${describeItem(item, cls, comparison, args.language)}`);
      }
    }
    if (out !== undefined) {
      io.out("");
      io.out(m.summarizeDone(out, run.written));
      if (run.taken.length > 0) io.out(m.takenNames(run.taken));
      reportLink(io, m, target);
    }
    return EXIT_OK;
  },
};
