import * as path from "node:path";
import { renderLagReason } from "../../engine/lag";
import { describeChange } from "../../engine/matching";
import type { WorkbookAnalysis } from "../../engine/pipeline";
import { hasChange, priorCounts, repeatedTasks, type PriorCounts, type PriorYearMatch, type YearTask } from "../../engine/pipeline/priorYear";
import type { Place } from "../../engine/place";
import type { StatusCategory } from "../../engine/status/categories";
import { renderMessage, type Issue } from "../../engine/validate";
import type { Command } from "../command";
import { flag, stringOption } from "../command";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliText, type CliMessages } from "../messages";
import { reportLink } from "../outFile";
import { issueCounts as countsOf } from "../../app/check";
import type { PriorLookup } from "./priorLookup";
import { runSummary, SUMMARY_OPTIONS } from "./summaryRun";

/** The workbook shipped with the project, so the main job runs on a fresh machine with no file of one's own. */
export const BUNDLED_SAMPLE = path.join(__dirname, "..", "..", "..", "data", "sample.xlsx");

/**
 * The main job, end to end on one workbook: recognise and validate every sheet, look up last year's task and
 * targets (--prior, else the bundled year before each sheet's), flag lagging tasks, count by unit, and (with
 * --out) write the summary tabs into a copy.
 */
export const analyzeCommand: Command = {
  name: "analyze",
  usage:
    "taizhang analyze [FILE] [--out OUT.xlsx] [--prior FILE|builtin:YEAR …] [--as-of YYYY-MM-DD] [--lead-only] [--units FILE] [--statuses FILE] [--lang zh-CN|en-US] [--json]",
  options: SUMMARY_OPTIONS,
  async run(args, io) {
    const file = args.positionals[0] ?? BUNDLED_SAMPLE;
    const out = stringOption(args, "out");
    const json = flag(args, "json");
    const progress = (step: string) => {
      if (!json) io.err(step);
    };
    const { analysis, written, taken, prior, sheetsWithoutTable, place, target } = await runSummary(file, args, io, { progress, builtinByDefault: true });
    const counted = prior && countedPrior(analysis.priorYear);
    if (json) await printJson(io, { ...analysisJson(file, out, analysis, prior, counted), place, sheetsWithoutTable, taken });
    else {
      const m = cliText(args.language);
      printAnalysis(io, m, file, out, written, analysis, prior, counted, place);
      if (taken.length > 0) io.out(m.takenNames(taken));
      reportLink(io, m, target);
    }
    return EXIT_OK;
  },
};

/** A sheet's issues counted as validate and the pane count them (fixable issues, and the cells they change), by code too. */
function issueCounts(issues: readonly Issue[]) {
  const byCode: Record<string, number> = {};
  for (const issue of issues) byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
  return { ...countsOf(issues), byCode };
}

/**
 * Each group's counts with every task once, and the task each repeat repeats: a 上半年执行情况 sheet lists its
 * 责任分解's tasks again, and a group holding both would count them twice.
 */
interface CountedPrior {
  counts: PriorCounts[];
  repeatOf: Map<YearTask, YearTask>;
}

function countedPrior(compared: readonly (readonly PriorYearMatch[])[]): CountedPrior {
  const repeatOf = new Map<YearTask, YearTask>();
  for (const matches of compared) {
    const repeats = repeatedTasks(matches.map((m) => m.current));
    repeats.forEach((of, i) => of && repeatOf.set(matches[i].current, of));
  }
  return { counts: compared.map(priorCounts), repeatOf };
}

const matchedOf = (counts: PriorCounts) => counts.matched.certain + counts.matched.likely + counts.matched.tentative;

function priorJson(prior: PriorLookup | undefined, counted: CountedPrior | undefined) {
  if (prior === undefined || counted === undefined) return null;
  return {
    // tasks and matched count every row of the sheets; the distinct counts each task once.
    groups: prior.groups.map((group, g) => {
      const counts = counted.counts[g];
      return {
        ...group,
        distinctTasks: counts.distinct,
        distinctMatched: matchedOf(counts),
        duplicates: counts.tasks - counts.distinct,
        duplicatesOf: counts.repeated,
      };
    }),
    matches: prior.matches.map((m) => {
      const of = counted.repeatOf.get(m.current);
      return {
        sheet: m.current.sheet,
        row: m.current.row,
        seq: m.current.seq,
        prior: m.prior.map((p) => ({ source: p.task.source, sheet: p.task.sheet, row: p.task.row, seq: p.task.seq, score: p.score })),
        changes: m.changes,
        /** The task of an earlier sheet this one repeats (counted once, with it), or null. */
        duplicateOf: of ? { sheet: of.sheet, row: of.row, seq: of.seq } : null,
      };
    }),
  };
}

function analysisJson(file: string, out: string | undefined, analysis: WorkbookAnalysis, prior: PriorLookup | undefined, counted: CountedPrior | undefined) {
  return {
    file,
    out: out ?? null,
    asOf: analysis.asOf,
    sheets: analysis.sheets.map((s) => ({
      name: s.grid.name,
      tables: s.recognition.tables.map((table) => ({
        kind: table.kind,
        title: table.title,
        headerRow: table.headerIndex + 1,
        lastRow: table.lastIndex + 1,
        tasks: table.rows.filter((row) => row.type === "task").length,
      })),
      issues: issueCounts(s.issues),
    })),
    prior: priorJson(prior, counted),
    lag: {
      tasks: analysis.lag.length,
      red: analysis.lag.filter((l) => l.result.flag === "red").length,
      yellow: analysis.lag.filter((l) => l.result.flag === "yellow").length,
    },
    units: analysis.aggregation.units.map((u) => ({
      unit: u.unit,
      kind: u.kind,
      tasks: u.tasks,
      lead: u.lead,
      red: u.byFlag.red,
      yellow: u.byFlag.yellow,
      onPaceRate: u.onPaceRate,
    })),
  };
}

/** Tasks with a target change shown per group in the terminal; the 上年对比 tab (--out) has them all. */
const PRIOR_EXAMPLES = 4;

/** Units listed in the terminal; the 部门汇总 tab has them all. */
const UNITS_SHOWN = 10;

function printPrior(io: CliIO, m: CliMessages, prior: PriorLookup | undefined, counted: CountedPrior | undefined, place: Place): void {
  if (prior === undefined || counted === undefined) {
    io.out(`  ${place.jiaxing ? m.noPrior : m.noPriorForPlace(place.name)}`);
    return;
  }
  // Each task once: a repeat of an earlier sheet's task is neither counted nor shown again.
  const changed = prior.matches.filter((c) => hasChange(c) && !counted.repeatOf.has(c.current));
  prior.groups.forEach((group, g) => {
    const counts = counted.counts[g];
    io.out(`  ${m.priorGroup({ ...group, tasks: counts.distinct, matched: matchedOf(counts), repeated: counts.repeated })}`);
    const sheets = new Set(group.sheets);
    for (const c of changed.filter((c) => sheets.has(c.current.sheet ?? "")).slice(0, PRIOR_EXAMPLES)) {
      io.out(
        `    ${m.priorExample(
          c.current.sheet,
          c.current.seq,
          c.changes.map((change) => describeChange(change, m.language)),
        )}`,
      );
    }
  });
  io.out(`  ${m.priorChanged(changed.length)}`);
}

function printAnalysis(
  io: CliIO,
  m: CliMessages,
  file: string,
  out: string | undefined,
  written: string[],
  analysis: WorkbookAnalysis,
  prior: PriorLookup | undefined,
  counted: CountedPrior | undefined,
  place: Place,
): void {
  io.out(m.analyzeHeading(path.basename(file), file === BUNDLED_SAMPLE));
  io.out(m.placeLine(place));
  io.out(`\n${m.analyzeSections.recognition}`);
  const examples: Issue[] = [];
  const seen = new Set<string>();
  for (const sheet of analysis.sheets) {
    const tables = sheet.recognition.tables.map((t) =>
      m.tableTasks(t.kind, t.rows.filter((r) => r.type === "task").length, t.headerIndex + 1, t.lastIndex + 1),
    );
    io.out(`  ${m.sheetTables(sheet.grid.name, tables)}`);
    io.out(`      ${m.sheetIssues(issueCounts(sheet.issues))}`);
    for (const issue of sheet.issues) if (!seen.has(issue.code) && seen.add(issue.code)) examples.push(issue);
  }
  if (examples.length > 0) {
    io.out(`  ${m.analyzeExamples}`);
    for (const issue of examples) io.out(`      ${issue.sheet}!${issue.cell}  ${renderMessage(issue, m.language)}`);
  }
  io.out(`\n${m.analyzeSections.prior}`);
  printPrior(io, m, prior, counted, place);
  io.out(`\n${m.analyzeSections.lag}`);
  if (analysis.lag.length === 0) io.out(`  ${m.noProgressTable}`);
  else {
    if (analysis.asOf) io.out(`  ${m.asOfLine(analysis.asOf)}`);
    const count = (flag: string) => analysis.lag.filter((l) => l.result.flag === flag).length;
    for (const { result } of analysis.lag.filter((l) => l.result.flag === "red" || l.result.flag === "yellow")) {
      const why = result.reasons.filter((r) => r.flag === result.flag).map((r) => renderLagReason(r, m.language));
      io.out(`  ${m.analyzeLag(result.flag, result.sheet, result.seq, why)}`);
    }
    io.out(`  ${m.lagSummary(analysis.lag.length, count("red"), count("yellow"), count("green"), count("none"))}`);
  }
  io.out(`\n${m.analyzeSections.units(UNITS_SHOWN)}`);
  for (const u of analysis.aggregation.units.slice(0, UNITS_SHOWN)) {
    const categories = (Object.entries(u.byCategory) as [StatusCategory, number][]).filter(([, n]) => n > 0).map(([c, n]) => `${m.category[c]} ${n}`);
    io.out(`  ${m.unitLine({ rank: u.rank, unit: u.unit, kind: u.kind, tasks: u.tasks, lead: u.lead, categories, lagging: u.lagging.map((t) => t.seq) })}`);
  }
  io.out(out !== undefined ? m.analyzeWritten(out, written) : m.analyzeNext(file));
}
