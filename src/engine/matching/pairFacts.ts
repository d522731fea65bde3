import { MetricPairs, type MetricLists } from "./metrics";
import { isIndicatorOnly, type PairSupport } from "./score";
import { shareTopic, TopicSets } from "./topics";
import type { MatchDoc, MatchOptions } from "./types";

/**
 * Each task's canonical units as numbers, in one flat array: task d's are ids[start[d] … start[d + 1]), in the
 * order listed. Tasks are compared by number: a unit name from a cell and the registry's own spelling of it
 * are equal strings of different kinds, which optimised code compares slowly and unsteadily.
 */
interface UnitLists {
  start: Int32Array;
  ids: Int32Array;
}

/** Canonical unit names numbered in order of first appearance, across both sides. */
class UnitNumbering {
  readonly names: string[] = [];
  private readonly byCanonical = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  constructor(private readonly canonical: (name: string) => string) {}
  lists(docs: readonly MatchDoc[]): UnitLists {
    const start = new Int32Array(docs.length + 1);
    const ids: number[] = [];
    for (let i = 0; i < docs.length; i++) {
      const units = docs[i].units;
      // Few distinct unit names recur across thousands of tasks: each is made canonical once.
      for (let u = 0; u < units.length; u++) {
        const name = units[u];
        let id = this.byName.get(name);
        if (id === undefined) {
          const canonical = this.canonical(name);
          id = this.byCanonical.get(canonical) ?? this.names.push(canonical) - 1;
          this.byCanonical.set(canonical, id);
          this.byName.set(name, id);
        }
        ids.push(id);
      }
      start[i + 1] = ids.length;
    }
    return { start, ids: Int32Array.from(ids) };
  }
}

function listHas(ids: Int32Array, from: number, to: number, id: number): boolean {
  for (let k = from; k < to; k++) if (ids[k] === id) return true;
  return false;
}

/** The names of task i's units (as listed, repeats too) that task j also has. */
function sharedUnitNames(a: UnitLists, i: number, b: UnitLists, j: number, names: readonly string[]): string[] {
  const shared: string[] = [];
  for (let k = a.start[i]; k < a.start[i + 1]; k++) if (listHas(b.ids, b.start[j], b.start[j + 1], a.ids[k])) shared.push(names[a.ids[k]]);
  return shared;
}

/** Units of task i (as listed, repeats too) that task j also has, over the distinct units of both. */
function unitJaccard(a: UnitLists, i: number, b: UnitLists, j: number): number {
  const aFrom = a.start[i];
  const aTo = a.start[i + 1];
  const bFrom = b.start[j];
  const bTo = b.start[j + 1];
  let shared = 0;
  let union = 0;
  for (let k = aFrom; k < aTo; k++) {
    if (!listHas(a.ids, aFrom, k, a.ids[k])) union++;
    if (listHas(b.ids, bFrom, bTo, a.ids[k])) shared++;
  }
  for (let k = bFrom; k < bTo; k++) if (!listHas(b.ids, bFrom, k, b.ids[k]) && !listHas(a.ids, aFrom, aTo, b.ids[k])) union++;
  return shared / (union || 1);
}

/**
 * What supports a pair of tasks beside their texts (`PairSupport`, score.ts), for any pair of one matching
 * job: both sides' units, target metrics and topics read once and numbered, then compared by number.
 */
export class PairFacts {
  private readonly units: UnitNumbering;
  private readonly currentUnits: UnitLists;
  private readonly priorUnits: UnitLists;
  private readonly metrics = new MetricPairs();
  private readonly currentMetrics: MetricLists;
  /** Null when the options give no `targetsOf`: then no task has a metric. */
  private readonly priorMetrics: MetricLists | null;
  private readonly indicatorOnly: boolean[];
  /** Topics of the thesaurus, only where they count (`readTopics`). */
  private readonly topicSets: TopicSets | null;
  private readonly currentTopics: Uint32Array;
  private readonly priorTopics: Uint32Array;

  constructor(current: readonly MatchDoc[], prior: readonly MatchDoc[], options: Pick<MatchOptions, "canonicalUnit" | "targetsOf">, readTopics: boolean) {
    const targetsOf = options.targetsOf;
    const targetsOfAll = (docs: readonly MatchDoc[]) => docs.map((d) => targetsOf?.(d.text) ?? []);
    this.units = new UnitNumbering(options.canonicalUnit ?? ((name: string) => name));
    this.priorUnits = this.units.lists(prior);
    this.priorMetrics = targetsOf ? this.metrics.lists(targetsOfAll(prior)) : null;
    this.currentUnits = this.units.lists(current);
    const currentTargets = targetsOfAll(current);
    this.currentMetrics = this.metrics.lists(currentTargets);
    this.indicatorOnly = current.map((d, i) => isIndicatorOnly(d.text, currentTargets[i]));
    this.topicSets = readTopics ? new TopicSets() : null;
    this.currentTopics = this.topicSets?.of(current.map((d) => d.text)) ?? new Uint32Array(0);
    this.priorTopics = this.topicSets?.of(prior.map((d) => d.text)) ?? new Uint32Array(0);
  }

  /** Whether current task i says nothing but its targets (see `isIndicatorOnly`). */
  isIndicatorOnly(i: number): boolean {
    return this.indicatorOnly[i];
  }

  /** What supports current task i and prior task p. */
  support(i: number, p: number): PairSupport {
    const ours = this.currentUnits.start[i];
    const theirs = this.priorUnits.start[p];
    const topicSets = this.topicSets;
    return {
      sameLeadUnit:
        ours < this.currentUnits.start[i + 1] && theirs < this.priorUnits.start[p + 1] && this.currentUnits.ids[ours] === this.priorUnits.ids[theirs],
      unitJaccard: unitJaccard(this.currentUnits, i, this.priorUnits, p),
      metricShared: this.priorMetrics !== null && this.hasMetrics(i) && this.metrics.any(this.currentMetrics, i, this.priorMetrics, p),
      topicShared: topicSets !== null && shareTopic(this.currentTopics, i, this.priorTopics, p, topicSets.stride),
    };
  }

  /** The canonical names of current task i's units (as listed, repeats too) that prior task p also has. */
  sharedUnits(i: number, p: number): string[] {
    return sharedUnitNames(this.currentUnits, i, this.priorUnits, p, this.units.names);
  }

  /** Current task i's target metrics (as listed, repeats too) that prior task p also has. */
  sharedMetrics(i: number, p: number): string[] {
    return this.priorMetrics !== null && this.hasMetrics(i) ? this.metrics.shared(this.currentMetrics, i, this.priorMetrics, p) : [];
  }

  private hasMetrics(i: number): boolean {
    return this.currentMetrics.start[i + 1] > this.currentMetrics.start[i];
  }
}
