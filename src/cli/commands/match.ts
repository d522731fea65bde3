import * as path from "node:path";
import { changeLines, comparePriorYear, tasksOfProse, tasksOfSheets, type PriorYearMatch, type YearTask } from "../../engine/pipeline";
import { priorCounts, repeatedTasks, type PriorCounts } from "../../engine/pipeline/priorYear";
import type { Command } from "../command";
import { flag, requiredFile, stringListOption, stringOption, usageError } from "../command";
import { namedSheets } from "../workbookInput";
import { EXIT_OK, printJson, type CliIO } from "../io";
import { cliText, type CliMessages } from "../messages";
import { loadRegistries } from "../registries";
import { loadPriorSources, loadTaskSource, type TaskSource } from "../sources";
import { requireTables } from "../tablesFound";

/** The tasks of a loaded source, named by its file. */
export function yearTasks(source: TaskSource): YearTask[] {
  const name = path.basename(source.file);
  return source.kind === "prose" ? tasksOfProse(name, source.sentences) : tasksOfSheets(name, source.sheets);
}

/** Only the named sheets of a workbook source (all when none is named). */
function onlySheets(source: TaskSource, names: readonly string[]): TaskSource {
  if (source.kind !== "sheets") return source;
  return { ...source, sheets: namedSheets(source.file, source.sheets, names) };
}

/** The JSON of one match, in the shape the issue fixes; `duplicateOf`, the earlier sheet's task it repeats, or null. */
function matchJson(m: PriorYearMatch, of: YearTask | null) {
  return {
    sheet: m.current.sheet,
    row: m.current.row,
    seq: m.current.seq,
    task: m.current.task,
    prior: m.prior.map((p) => ({
      file: p.task.source,
      sheet: p.task.sheet,
      row: p.task.row,
      seq: p.task.seq,
      task: p.task.task,
      score: p.score,
      confidence: p.confidence,
      evidence: p.evidence,
    })),
    changes: m.changes,
    notComparable: m.notComparable,
    sideBySide: m.sideBySide,
    duplicateOf: of && { sheet: of.sheet, row: of.row, seq: of.seq },
  };
}

export const matchCommand: Command = {
  name: "match",
  usage: "taizhang match FILE [--sheet NAME] (--prior FILE|builtin:YEAR … | --prior-sheet NAME …) [--units FILE] [--lang zh-CN|en-US] [--json]",
  options: {
    sheet: { type: "string", multiple: true },
    prior: { type: "string", multiple: true },
    "prior-sheet": { type: "string", multiple: true },
    units: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = requiredFile(args, "match");
    const priorFiles = stringListOption(args, "prior");
    const priorSheets = stringListOption(args, "prior-sheet");
    if (priorFiles.length === 0 && priorSheets.length === 0) throw usageError("match-needs-prior");
    const whole = await loadTaskSource(file);
    // Last year's sheet may sit in the same workbook (--prior-sheet), and is then not matched against itself.
    const named = stringListOption(args, "sheet");
    const others = whole.kind === "sheets" ? whole.sheets.map((s) => s.name).filter((n) => !priorSheets.includes(n)) : [];
    const source = onlySheets(whole, named.length > 0 ? named : others);
    const priors = [...(priorSheets.length > 0 ? [onlySheets(whole, priorSheets)] : []), ...(await Promise.all(priorFiles.map(loadPriorSources))).flat()];
    const json = flag(args, "json");
    const m = cliText(args.language);
    const sheetsWithoutTable = source.kind === "sheets" ? requireTables(file, source.sheets, io, m, json) : [];
    for (const prior of priors) if (prior.kind === "sheets" && prior.file !== file) requireTables(prior.file, prior.sheets, io, m, json);
    const settings = source.kind === "sheets" ? source.settings : [];
    const { registry } = await loadRegistries(
      source.kind === "sheets" ? [...source.sheets, ...settings] : settings,
      stringOption(args, "units"),
      undefined,
      io,
      args.language,
      file,
    );
    const compared = comparePriorYear(yearTasks(source), priors.flatMap(yearTasks), registry);
    // A sheet may repeat another's tasks (a 上半年执行情况 its 责任分解's): each task is counted once.
    const repeats = repeatedTasks(compared.map((c) => c.current));
    const matches = compared.map((c, i) => matchJson(c, repeats[i]));
    const counts = priorCounts(compared);
    if (json) await printJson(io, { matches, sheetsWithoutTable, distinctTasks: counts.distinct, duplicates: counts.tasks - counts.distinct });
    else printMatches(io, m, matches, counts);
    return EXIT_OK;
  },
};

function printMatches(io: CliIO, m: CliMessages, matches: ReturnType<typeof matchJson>[], counts: PriorCounts): void {
  for (const match of matches) {
    const head = m.matchHead(match.seq ? { seq: match.seq } : { row: match.row }, match.task.split("\n")[0].slice(0, 36));
    if (match.prior.length === 0) {
      io.out(`${head}\n      ${m.matchNone}`);
      continue;
    }
    const priors = match.prior.map((p) => m.matchPrior(p, p.confidence, p.task.split("\n")[0].slice(0, 30)));
    io.out(`${head}\n      ${m.matchPriors(priors)}`);
    for (const line of changeLines(match, m.language)) io.out(`      ${line}`);
  }
  io.out(m.matchSummary(counts.distinct, counts.distinct - counts.noPrior, counts.repeated));
}
