/**
 * The one-shot check of the active sheet (the pane's first screen, 检查本表), as the command line's `analyze` is
 * for a file: what the sheet is, its issues, its lagging tasks against the as-of date and its targets beside
 * last year's, counted as `analyze` counts them, and the step to take next. One read of the sheet, one
 * recognition for every step. Needs lag, matching and the bundled years, so the pane loads it on first use.
 */
import type { SheetGrid } from "../engine/grid";
import type { AsOf } from "../engine/lag";
import { comparePriorYear, lagOfSheet, tasksOfSheets, type YearTask } from "../engine/pipeline";
// The sheet's task records are read once, for lag: the same records as last year's partners.
import { yearTasksOf } from "../engine/pipeline/priorYear";
import type { Place } from "../engine/place";
import { recognizeSheet, sheetYear, type TableKind } from "../engine/recognize";
import { parseBuiltinSpec } from "../engine/history";
import { validateSheet } from "../engine/validate";
import type { WorkbookPort } from "../host/port";
import { defaultPriorGroups } from "./priorDefault";
import { priorTasks } from "./priorYear";
import type { PriorChoice } from "./settings";
import { userSheetNames } from "./userSheets";
import { issueCounts, type IssueCounts } from "./check";
import { workbookRegistries } from "./workbook";

export interface OverviewOptions {
  /** yyyy-mm-dd, the kept as-of date; without it the sheet's own (its title, its progress texts). */
  asOf?: string;
  /** Last year's source as kept (app/settings); the default, as `analyze`'s, when absent. */
  prior?: PriorChoice;
}

export interface LagOverview {
  /** The date the tasks were judged against, and where it came from (given, the title, the progress texts). */
  asOf: AsOf;
  /** Tasks of the progress tables. */
  tasks: number;
  red: number;
  yellow: number;
}

/** Last year beside this year's tasks, or why there is no comparison. */
export type PriorOverview =
  | {
      status: "compared";
      /** A sheet of this workbook or "builtin:YEAR". */
      source: string;
      /** The bundled year compared with, or null for a sheet of this workbook. */
      builtinYear: number | null;
      /** True when no source was chosen and the bundled year before the sheet's was used. */
      auto: boolean;
      tasks: number;
      /** Tasks that found a prior task. */
      matched: number;
      /** Tasks with a comparable target that changed (not 持平). */
      changed: number;
    }
  /** The clerk chose not to compare (汇总's 不对比). */
  | { status: "off" }
  /** No source chosen, and the bundled years (Jiaxing's) do not apply to this place's sheets. */
  | { status: "other-place"; place: string | null }
  /** No source chosen, and no year is bundled before the sheet's. */
  | { status: "no-year-before"; year: number | null }
  /** The chosen sheet is not in the workbook any more. */
  | { status: "missing-sheet"; sheet: string }
  /** The sheet has no tasks to compare. */
  | { status: "no-tasks" };

/** What to do next, in the order check → fix → lag → summary. */
export type NextStep =
  /** No table on this sheet: the clerk is on the wrong sheet. */
  | { step: "open-sheet" }
  | { step: "fix"; issues: number; cells: number }
  /** Errors that no certain fix mends: the clerk reads them. */
  | { step: "review"; issues: number }
  | { step: "summary" };

export interface SheetOverview {
  sheet: string;
  /** Each table found: its kind, its title, its numbered tasks. */
  tables: { kind: TableKind; title: string | null; tasks: number }[];
  /** The first table's title. */
  title: string | null;
  /** The year the title or the sheet's name says. */
  year: number | null;
  /** The place the sheet says it belongs to (whose units are known, whose years are bundled). */
  place: Place;
  issues: IssueCounts;
  /** Null when the sheet has no progress table: nothing to judge lag by. */
  lag: LagOverview | null;
  prior: PriorOverview;
  next: NextStep;
}

/** The next step from what was found: mend what a certain fix mends, read the errors that none does, then summarise. */
export function nextStep(tables: number, issues: IssueCounts): NextStep {
  if (tables === 0) return { step: "open-sheet" };
  if (issues.fixable > 0) return { step: "fix", issues: issues.fixable, cells: issues.cells };
  if (issues.error > 0) return { step: "review", issues: issues.error };
  return { step: "summary" };
}

/** Checks the active sheet end to end: recognition, issues, lag, last year. */
export async function overviewOfActiveSheet(workbook: WorkbookPort, options: OverviewOptions = {}): Promise<SheetOverview> {
  const sheet = await workbook.activeSheetName();
  const grid = await workbook.readSheet(sheet);
  // Registries as 校验 reads them: the place from this sheet and the others' names.
  const registries = await workbookRegistries(workbook, undefined, [grid]);
  const recognition = recognizeSheet(grid);
  const issues = issueCounts(validateSheet(grid, { ...registries, recognition }));
  const sheetLag = lagOfSheet(grid, recognition, registries.vocabulary, { asOf: options.asOf });
  const count = (flag: string) => sheetLag.lag.filter((l) => l.result.flag === flag).length;
  const lag = sheetLag.asOf === null ? null : { asOf: sheetLag.asOf, tasks: sheetLag.lag.length, red: count("red"), yellow: count("yellow") };
  const tables = recognition.tables.map((t) => ({ kind: t.kind, title: t.title, tasks: t.rows.filter((r) => r.type === "task").length }));
  // The first table's title and the sheet's name say the year, as for the default prior year (defaultPriorSpec).
  const title = tables[0]?.title ?? null;
  const year = sheetYear(title, sheet);
  const current = yearTasksOf("", sheet, sheetLag.tasks);
  const prior = await priorOverview(workbook, grid, year, current, options.prior ?? { kind: "default" });
  return { sheet, tables, title, year, place: registries.place, issues, lag, prior, next: nextStep(tables.length, issues) };
}

/**
 * Last year beside the sheet's tasks. The prior tasks are matched against the tasks of every sheet compared with
 * them at once, as 汇总 and `analyze` compare them (how much a word weighs depends on all of them), so the card
 * counts what the 上年对比 tab shows for this sheet; that reads the workbook's other sheets.
 */
async function priorOverview(
  workbook: WorkbookPort,
  grid: SheetGrid,
  year: number | null,
  current: readonly YearTask[],
  choice: PriorChoice,
): Promise<PriorOverview> {
  if (choice.kind === "none") return { status: "off" };
  const names = await userSheetNames(workbook);
  if (choice.kind === "source" && parseBuiltinSpec(choice.source) === null && !names.includes(choice.source))
    return { status: "missing-sheet", sheet: choice.source };
  // The sheet chosen as last year's is a source, not a sheet compared (as in the summary).
  const compared = names.filter((name) => choice.kind !== "source" || name !== choice.source);
  const sheets = await Promise.all(compared.map((name) => (name === grid.name ? Promise.resolve(grid) : workbook.readSheet(name))));
  const { place, registry } = await workbookRegistries(workbook, undefined, sheets);
  let source: string;
  let group: readonly SheetGrid[];
  if (choice.kind === "source") [source, group] = [choice.source, sheets];
  else {
    // The command line's choice (analyze without --prior): the bundled year before each sheet's own.
    const mine = defaultPriorGroups(sheets, place).find((g) => g.sheets.includes(grid));
    if (!mine) return place.jiaxing ? { status: "no-year-before", year } : { status: "other-place", place: place.name };
    [source, group] = [mine.spec, mine.sheets];
  }
  if (current.length === 0) return { status: "no-tasks" };
  const tasks = group.flatMap((g) => (g === grid ? current : tasksOfSheets("", [g])));
  const matches = comparePriorYear(tasks, await priorTasks(workbook, source), registry, { phrases: false }).filter((m) => m.current.sheet === grid.name);
  return {
    status: "compared",
    source,
    builtinYear: parseBuiltinSpec(source)?.year ?? null,
    auto: choice.kind === "default",
    tasks: matches.length,
    matched: matches.filter((m) => m.prior.length > 0).length,
    // A target compared and found the same (持平) is no change.
    changed: matches.filter((m) => m.changes.some((c) => c.deltaKind !== "same")).length,
  };
}
