/**
 * Scores extracted targets against the gold TSV the way tools/score.py does: per task id, each gold target
 * takes the first unused prediction with the same value and unit. "All fields" is stricter than the scorer,
 * as the brief asks: metric holds the gold metric's first two characters, verb equal, qualifiers equal as sets.
 */
import type { Target } from "./types";

export interface GoldTarget {
  id: string;
  metric: string;
  verb: string;
  value: string;
  unit: string;
  qualifiers: string[];
  raw: string;
}

export interface Score {
  recall: number;
  precision: number;
  f1: number;
  allFields: number;
  found: number;
  gold: number;
  predicted: number;
  misses: string[];
  fieldMisses: string[];
  extras: string[];
}

export function parseGoldTsv(tsv: string, source: string): GoldTarget[] {
  const [header, ...lines] = tsv.split(/\r?\n/).filter((l) => l.trim());
  const cols = header.split("\t");
  return lines
    .map((l) => Object.fromEntries(l.split("\t").map((v, i) => [cols[i], v ?? ""])))
    .filter((r) => r.source === source)
    .map((r) => ({
      id: r.id,
      metric: r.metric ?? "",
      verb: r.verb ?? "",
      value: r.value,
      unit: r.unit ?? "",
      qualifiers: (r.qualifier ?? "").split(";").filter(Boolean),
      raw: r.raw ?? "",
    }));
}

/** A range is written "1-2" in the gold file. */
function sameValue(t: Target, gold: string): boolean {
  const range = /^([\d.]+)-([\d.]+)$/.exec(gold);
  if (range) return t.valueLow === Number(range[1]) && t.value === Number(range[2]);
  return t.valueLow === undefined && Math.abs(t.value - Number(gold)) < 1e-9;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function scoreTargets(predicted: Map<string, Target[]>, gold: GoldTarget[]): Score {
  const used = new Set<string>();
  let found = 0;
  let all = 0;
  const misses: string[] = [];
  const fieldMisses: string[] = [];
  for (const g of gold) {
    const preds = predicted.get(g.id) ?? [];
    const k = preds.findIndex((t, i) => !used.has(`${g.id}:${i}`) && t.unit === g.unit && sameValue(t, g.value));
    if (k < 0) {
      misses.push(`${g.id}: ${g.value}${g.unit} «${g.raw}»`);
      continue;
    }
    used.add(`${g.id}:${k}`);
    found++;
    const t = preds[k];
    const ok = t.metric.includes(g.metric.slice(0, 2)) && t.verb === g.verb && sameSet(t.qualifiers, g.qualifiers);
    if (ok) all++;
    else {
      fieldMisses.push(
        `${g.id}: ${g.value}${g.unit} metric «${t.metric}» (gold «${g.metric}») verb «${t.verb}» (gold «${g.verb}») ` +
          `qualifiers [${t.qualifiers.join(";")}] (gold [${g.qualifiers.join(";")}])`,
      );
    }
  }
  const extras: string[] = [];
  let npred = 0;
  for (const [id, preds] of predicted) {
    preds.forEach((t, i) => {
      npred++;
      if (!used.has(`${id}:${i}`)) extras.push(`${id}: ${t.valueLow !== undefined ? `${t.valueLow}-` : ""}${t.value}${t.unit} «${t.raw}»`);
    });
  }
  const recall = gold.length ? found / gold.length : 0;
  const precision = npred ? found / npred : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return {
    recall,
    precision,
    f1,
    allFields: gold.length ? all / gold.length : 0,
    found,
    gold: gold.length,
    predicted: npred,
    misses,
    fieldMisses,
    extras,
  };
}
