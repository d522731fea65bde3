import * as path from "node:path";
import { compareTargets, describeChange, matchTasks, type MatchDoc } from "../../engine/matching";
import { recognizeSheet } from "../../engine/recognize";
import { extractTargets, type Target } from "../../engine/targets";
import { taskRecords, taskTargetText } from "../../engine/tasks";
import type { Command, ParsedArgs } from "../command";
import { flag, requiredFile, stringOption, UsageError } from "../command";
import { WorkbookError } from "../../host/port";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliMessages } from "../messages";
import { builtinRegistry, type UnitRegistry } from "../../engine/units/registry";
import { loadRegistries } from "../registries";
import { loadTaskSource, type TaskSource } from "../sources";

/** Where a task came from, as the JSON names it. */
interface Origin {
  file: string;
  sheet: string | null;
  row: number;
  seq: string | null;
  task: string;
  /** The text targets are read from (an indicator with its 目标 cell). */
  targetText: string;
}

function originsOf(source: TaskSource): Origin[] {
  const file = path.basename(source.file);
  if (source.kind === "prose") {
    return source.sentences.map((s) => ({ file, sheet: null, row: s.line, seq: null, task: s.text, targetText: s.text }));
  }
  return source.sheets.flatMap((grid) =>
    taskRecords(grid, recognizeSheet(grid)).map((t) => ({ file, sheet: grid.name, row: t.row, seq: t.seq, task: t.text, targetText: taskTargetText(t), units: t.units })),
  );
}

function listOption(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}

/** Only the named sheets of a workbook source (all when none is named); a missing name is an error naming the file. */
function onlySheets(source: TaskSource, names: readonly string[]): TaskSource {
  if (source.kind !== "sheets" || names.length === 0) return source;
  const missing = names.filter((n) => !source.sheets.some((s) => s.name === n));
  if (missing.length > 0) {
    throw new WorkbookError(cliMessages.sheetNotFound(path.basename(source.file), missing[0], source.sheets.map((s) => s.name)), "sheet/not-found", source.file);
  }
  return { ...source, sheets: source.sheets.filter((s) => names.includes(s.name)) };
}

const doc = (o: Origin & { units?: string[] }, key: string): MatchDoc => ({ key, seq: o.seq ?? "", text: o.task, units: o.units ?? [] });

export async function matchSources(source: TaskSource, priors: readonly TaskSource[], registry: UnitRegistry = builtinRegistry()) {
  const current = originsOf(source);
  const prior = priors.flatMap((p) => originsOf(p) as (Origin & { units?: string[] })[]);
  const targetsByText = new Map<string, Target[]>();
  const targetsOf = (text: string) => {
    let found = targetsByText.get(text);
    if (!found) targetsByText.set(text, (found = extractTargets(text)));
    return found;
  };
  const matches = matchTasks(
    current.map((o, i) => doc(o, String(i))),
    prior.map((o, i) => doc(o, String(i))),
    { canonicalUnit: (name) => registry.canonical(name), targetsOf },
  );
  return matches.map((match, i) => {
    const origin = current[i];
    const kept = match.prior.map((candidate) => ({ candidate, origin: prior[Number(candidate.key)] }));
    const comparison = compareTargets(
      targetsOf(origin.targetText),
      kept.flatMap(({ origin: p }) => targetsOf(p.targetText)),
    );
    return {
      sheet: origin.sheet,
      row: origin.row,
      seq: origin.seq,
      task: origin.task,
      prior: kept.map(({ candidate, origin: p }) => ({ file: p.file, sheet: p.sheet, row: p.row, seq: p.seq, task: p.task, score: candidate.score, evidence: candidate.evidence })),
      changes: comparison.changes.map((c) => ({ metric: c.metric, unit: c.unit, prior: c.prior, current: c.current, delta: c.delta, deltaKind: c.deltaKind, text: describeChange(c) })),
      sideBySide: kept.length === 0 ? null : { current: comparison.currentOnly.map((t) => t.raw), prior: comparison.priorOnly.map((t) => t.raw) },
    };
  });
}

export const matchCommand: Command = {
  name: "match",
  usage: "taizhang match FILE [--sheet NAME] (--prior FILE … | --prior-sheet NAME …) [--units FILE] [--json]",
  summary: "为每项任务找到上年对应任务并比较数字目标 / match each task to last year's and compare targets",
  options: {
    sheet: { type: "string", multiple: true },
    prior: { type: "string", multiple: true },
    "prior-sheet": { type: "string", multiple: true },
    units: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = requiredFile(args, "match");
    const priorFiles = listOption(args, "prior");
    const priorSheets = listOption(args, "prior-sheet");
    if (priorFiles.length === 0 && priorSheets.length === 0) throw new UsageError(cliMessages.matchNeedsPrior);
    const whole = await loadTaskSource(file);
    // Last year's sheet may sit in the same workbook (--prior-sheet), and is then not matched against itself.
    const named = listOption(args, "sheet");
    const others = whole.kind === "sheets" ? whole.sheets.map((s) => s.name).filter((n) => !priorSheets.includes(n)) : [];
    const source = onlySheets(whole, named.length > 0 ? named : others);
    const priors = [...(priorSheets.length > 0 ? [onlySheets(whole, priorSheets)] : []), ...(await Promise.all(priorFiles.map(loadTaskSource)))];
    const settings = source.kind === "sheets" ? source.settings : [];
    const { registry } = await loadRegistries(settings, stringOption(args, "units"), undefined, io);
    const matches = await matchSources(source, priors, registry);
    if (flag(args, "json")) printJson(io, { matches });
    else printMatches(io, matches);
    return EXIT_OK;
  },
};

function printMatches(io: CliIO, matches: Awaited<ReturnType<typeof matchSources>>): void {
  for (const m of matches) {
    const head = `${m.seq ? `序号 ${m.seq}` : `第 ${m.row} 行`}  ${m.task.split("\n")[0].slice(0, 36)}`;
    if (m.prior.length === 0) {
      io.out(`${head}\n      上年：无对应 (no prior task)`);
      continue;
    }
    const priors = m.prior.map((p) => `${p.seq ? `序号 ${p.seq}` : `${p.file} 第 ${p.row} 行`}（${p.score}）${p.task.split("\n")[0].slice(0, 30)}`);
    io.out(`${head}\n      上年：${priors.join("；")}`);
    for (const c of m.changes) io.out(`      ${c.text}`);
  }
  const matched = matches.filter((m) => m.prior.length > 0).length;
  io.out(cliMessages.matchSummary(matches.length, matched));
}
