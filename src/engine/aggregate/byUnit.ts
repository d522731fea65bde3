import { boundedMemo } from "../collections";
import type { LagFlag, LagResult } from "../lag";
import { CATEGORIES, type StatusCategory } from "../status/categories";
import type { TaskRecord } from "../tasks";
import { canonicalUnits, UNIT_KINDS, type UnitKind, type UnitRegistry } from "../units/registry";

export const FLAGS: readonly LagFlag[] = ["red", "yellow", "green", "none"];

/** A unit the registry does not know is still counted, under its own name, in this kind. */
export const UNREGISTERED = "未登记";
export type SummaryKind = UnitKind | typeof UNREGISTERED;

export interface TaskRef {
  sheet: string;
  row: number;
  seq: string;
  flag: LagFlag;
  lead: boolean;
}

export interface Counts {
  tasks: number;
  byCategory: Record<StatusCategory, number>;
  byFlag: Record<LagFlag, number>;
  /** (ahead + on track + done) / tasks with a known category; null when none is known. */
  onPaceRate: number | null;
}

export interface UnitSummary extends Counts {
  unit: string;
  kind: SummaryKind;
  /** Tasks this unit leads (first listed) and tasks it co-operates on. */
  lead: number;
  coop: number;
  /** Red and yellow tasks, red first. */
  lagging: TaskRef[];
  /** 1 = most lagging tasks (red first, then yellow), then most tasks. */
  rank: number;
}

export interface KindSummary extends Counts {
  kind: SummaryKind;
  units: number;
}

export interface Aggregation {
  /** "all": a task counts under every unit in its cell; "lead": under its lead unit only. */
  mode: "all" | "lead";
  units: UnitSummary[];
  kinds: KindSummary[];
  /** Every task once, whatever the mode. */
  total: Counts;
}

export interface AggregateInput {
  task: TaskRecord;
  /** The lag result of a progress task; absent for a plain task breakdown (category unknown). */
  lag?: LagResult;
}

const ON_PACE: ReadonlySet<StatusCategory> = new Set(["ahead", "on_track", "done"]);

function emptyCounts(): Counts {
  return {
    tasks: 0,
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<StatusCategory, number>,
    byFlag: Object.fromEntries(FLAGS.map((f) => [f, 0])) as Record<LagFlag, number>,
    onPaceRate: null,
  };
}

function count(into: Counts, category: StatusCategory, flag: LagFlag): void {
  into.tasks++;
  into.byCategory[category]++;
  into.byFlag[flag]++;
}

function finishRate(counts: Counts): void {
  const known = counts.tasks - counts.byCategory.unknown;
  const onPace = CATEGORIES.filter((c) => ON_PACE.has(c)).reduce((sum, c) => sum + counts.byCategory[c], 0);
  counts.onPaceRate = known === 0 ? null : onPace / known;
}

/**
 * The canonical units of a task, each once, and its lead: the first unit of its numbered row (else its first
 * unit). A 配合单位 column's units co-operate on the task, after the responsible units of its own column; every
 * unit but the lead co-operates. `unitsOf` is one name's canonical units (a memo of them, over many tasks).
 */
export function taskUnits(
  task: TaskRecord,
  registry: UnitRegistry,
  unitsOf: (name: string) => readonly string[] = (name) => canonicalUnits(registry, [name]),
): { names: readonly string[]; lead: string | undefined } {
  const responsible = task.units.length === 1 ? unitsOf(task.units[0]) : canonicalUnits(registry, task.units);
  const names = task.coUnits.length === 0 ? responsible : canonicalUnits(registry, [...task.units, ...task.coUnits]);
  const leadUnit = task.lines[0].units[0];
  return { names, lead: leadUnit === undefined ? responsible[0] : unitsOf(leadUnit)[0] };
}

/**
 * Progress by unit. Each unit's name is normalised through the registry (aliases and old names count under
 * the canonical unit), a task counts once per unit however often the unit is listed, and in lead-only mode
 * only under the first unit of its numbered row. Counts reconcile: categories sum to tasks in every row.
 */
export function aggregateByUnit(inputs: readonly AggregateInput[], registry: UnitRegistry, options: { leadOnly?: boolean } = {}): Aggregation {
  const units = new Map<string, UnitSummary>();
  const total = emptyCounts();
  // The canonical units of a unit as written, made once: most tasks name one unit, the same few over thousands
  // of tasks. The lists are shared, and only read.
  const unitsOf = boundedMemo((name) => canonicalUnits(registry, [name]), Infinity);
  for (let i = 0; i < inputs.length; i++) {
    const { task, lag } = inputs[i];
    const category = lag?.category ?? "unknown";
    const flag = lag?.flag ?? "none";
    count(total, category, flag);
    const { names, lead: leadName } = taskUnits(task, registry, unitsOf);
    const counted = options.leadOnly ? (leadName !== undefined ? [leadName] : []) : names;
    for (let n = 0; n < counted.length; n++) {
      const name = counted[n];
      let summary = units.get(name);
      if (summary === undefined) {
        const kind: SummaryKind = registry.lookup(name)?.entry.kind ?? UNREGISTERED;
        summary = { unit: name, kind, lead: 0, coop: 0, lagging: [], rank: 0, ...emptyCounts() };
        units.set(name, summary);
      }
      count(summary, category, flag);
      const lead = name === leadName;
      if (lead) summary.lead++;
      else summary.coop++;
      if (flag === "red" || flag === "yellow") summary.lagging.push({ sheet: task.sheet, row: task.row, seq: task.seq, flag, lead });
    }
  }
  const list = [...units.values()];
  for (const summary of list) {
    finishRate(summary);
    summary.lagging.sort((a, b) => (a.flag === b.flag ? 0 : a.flag === "red" ? -1 : 1));
  }
  list.sort((a, b) => b.byFlag.red - a.byFlag.red || b.byFlag.yellow - a.byFlag.yellow || b.tasks - a.tasks || a.unit.localeCompare(b.unit, "zh-Hans-CN"));
  list.forEach((summary, i) => (summary.rank = i + 1));
  finishRate(total);
  return { mode: options.leadOnly ? "lead" : "all", units: list, kinds: byKind(list), total };
}

/** Units grouped by kind, in the registry's order of kinds. A task led by two units of a kind counts twice here. */
function byKind(units: readonly UnitSummary[]): KindSummary[] {
  const kinds: SummaryKind[] = [...UNIT_KINDS, UNREGISTERED];
  return kinds
    .map((kind) => {
      const members = units.filter((u) => u.kind === kind);
      const summary: KindSummary = { kind, units: members.length, ...emptyCounts() };
      for (const member of members) {
        summary.tasks += member.tasks;
        for (const c of CATEGORIES) summary.byCategory[c] += member.byCategory[c];
        for (const f of FLAGS) summary.byFlag[f] += member.byFlag[f];
      }
      finishRate(summary);
      return summary;
    })
    .filter((summary) => summary.units > 0);
}
