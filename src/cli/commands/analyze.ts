import * as path from "node:path";
import { renderLagReason } from "../../engine/lag";
import type { WorkbookAnalysis } from "../../engine/pipeline";
import type { Place } from "../../engine/place";
import { CATEGORY_LABELS } from "../../engine/status/categories";
import { renderMessage, type Issue } from "../../engine/validate";
import type { Command } from "../command";
import { flag, stringOption } from "../command";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliMessages } from "../messages";
import { localeOption } from "./validate";
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
  summary: "主任务：识别、校验、上年对比、滞后预警、部门汇总（不给 FILE 时使用内置示例）/ the main job (the bundled sample by default)",
  options: { ...SUMMARY_OPTIONS, lang: { type: "string" } },
  async run(args, io) {
    const file = args.positionals[0] ?? BUNDLED_SAMPLE;
    const out = stringOption(args, "out");
    const locale = localeOption(args);
    const json = flag(args, "json");
    const progress = (step: string) => {
      if (!json) io.err(step);
    };
    const { analysis, written, prior, sheetsWithoutTable, place } = await runSummary(file, args, io, { progress, builtinByDefault: true });
    if (json) printJson(io, { ...analysisJson(file, out, analysis, prior), place, sheetsWithoutTable });
    else printAnalysis(io, file, out, written, analysis, prior, locale, place);
    return EXIT_OK;
  },
};

function issueCounts(issues: readonly Issue[]) {
  const byCode: Record<string, number> = {};
  for (const issue of issues) byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
  const count = (severity: Issue["severity"]) => issues.filter((i) => i.severity === severity).length;
  return {
    total: issues.length,
    error: count("error"),
    warning: count("warning"),
    info: count("info"),
    fixable: issues.filter((i) => i.fix !== undefined).length,
    byCode,
  };
}

function priorJson(prior: PriorLookup | undefined) {
  if (prior === undefined) return null;
  return {
    groups: prior.groups,
    matches: prior.matches.map((m) => ({
      sheet: m.current.sheet,
      row: m.current.row,
      seq: m.current.seq,
      prior: m.prior.map((p) => ({ source: p.task.source, sheet: p.task.sheet, row: p.task.row, seq: p.task.seq, score: p.score })),
      changes: m.changes,
    })),
  };
}

function analysisJson(file: string, out: string | undefined, analysis: WorkbookAnalysis, prior: PriorLookup | undefined) {
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
    prior: priorJson(prior),
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

function printPrior(io: CliIO, prior: PriorLookup | undefined, place: Place): void {
  if (prior === undefined) {
    io.out(`  ${place.jiaxing ? cliMessages.noPrior : cliMessages.noPriorForPlace(place.name)}`);
    return;
  }
  const changed = prior.matches.filter((m) => m.changes.length > 0);
  for (const group of prior.groups) {
    io.out(`  ${cliMessages.priorGroup(group)}`);
    const sheets = new Set(group.sheets);
    for (const m of changed.filter((c) => sheets.has(c.current.sheet ?? "")).slice(0, PRIOR_EXAMPLES)) {
      io.out(`    ${m.current.sheet} 序号 ${m.current.seq}：${m.changes.map((c) => c.text).join("；")}`);
    }
  }
  io.out(`  ${cliMessages.priorChanged(changed.length)}`);
}

function printAnalysis(
  io: CliIO,
  file: string,
  out: string | undefined,
  written: string[],
  analysis: WorkbookAnalysis,
  prior: PriorLookup | undefined,
  locale: "zh-CN" | "en-US",
  place: Place,
): void {
  io.out(cliMessages.analyzeHeading(path.basename(file), file === BUNDLED_SAMPLE));
  io.out(cliMessages.placeLine(place));
  io.out(cliMessages.analyzeSection("1. 识别与校验 Recognition and validation"));
  const examples: Issue[] = [];
  const seen = new Set<string>();
  for (const sheet of analysis.sheets) {
    const tables = sheet.recognition.tables
      .map((t) => `${cliMessages.tableKind(t.kind)} ${t.rows.filter((r) => r.type === "task").length} 项（第 ${t.headerIndex + 1}–${t.lastIndex + 1} 行）`)
      .join("；");
    const i = issueCounts(sheet.issues);
    io.out(`  「${sheet.grid.name}」${tables || cliMessages.noTable}`);
    io.out(`      问题 ${i.total}：错误 ${i.error}，警告 ${i.warning}，提示 ${i.info}；可一键修复 ${i.fixable}`);
    for (const issue of sheet.issues) if (!seen.has(issue.code) && seen.add(issue.code)) examples.push(issue);
  }
  if (examples.length > 0) {
    io.out(cliMessages.analyzeExamples);
    for (const issue of examples) io.out(`      ${issue.sheet}!${issue.cell}  ${renderMessage(issue, locale)}`);
  }
  io.out(cliMessages.analyzeSection("2. 上年对比 Prior year"));
  printPrior(io, prior, place);
  io.out(cliMessages.analyzeSection("3. 滞后预警 Lagging tasks"));
  if (analysis.lag.length === 0) io.out(`  ${cliMessages.noProgressTable}`);
  else {
    if (analysis.asOf) io.out(`  ${cliMessages.asOfLine(analysis.asOf)}`);
    const flagged = analysis.lag.filter((l) => l.result.flag === "red" || l.result.flag === "yellow");
    for (const { result } of flagged) {
      const why = result.reasons.filter((r) => r.flag === result.flag).map((r) => renderLagReason(r, locale));
      io.out(`  [${result.flag === "red" ? "红" : "黄"}] ${result.sheet} 序号 ${result.seq}：${why.join("；")}`);
    }
    io.out(
      `  ${cliMessages.lagSummary(analysis.lag.length, flagged.filter((l) => l.result.flag === "red").length, flagged.filter((l) => l.result.flag === "yellow").length, analysis.lag.filter((l) => l.result.flag === "green").length, analysis.lag.filter((l) => l.result.flag === "none").length)}`,
    );
  }
  io.out(cliMessages.analyzeSection("4. 部门汇总 By unit (前 10 top 10)"));
  for (const u of analysis.aggregation.units.slice(0, 10)) {
    const categories = (Object.entries(u.byCategory) as [keyof typeof CATEGORY_LABELS, number][])
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${CATEGORY_LABELS[c]} ${n}`)
      .join("，");
    io.out(
      `  ${String(u.rank).padStart(2)}. ${u.unit}（${u.kind}）任务 ${u.tasks}（牵头 ${u.lead}）：${categories}${u.lagging.length ? `；滞后：${u.lagging.map((t) => t.seq).join("、")}` : ""}`,
    );
  }
  io.out(out !== undefined ? cliMessages.analyzeWritten(out, written) : cliMessages.analyzeNext(file));
}
