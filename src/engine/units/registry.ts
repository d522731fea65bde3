import { boundedMemo, setDice } from "../collections";
import { foldText } from "../text";
import { JIAXING_UNITS } from "./jiaxing";

/** Kinds used to group units in summaries. */
export const UNIT_KINDS = ["市级部门", "县（市、区）政府", "功能区", "国有企业", "垂直管理", "其他"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface FormerName {
  name: string;
  /** The first year the current name was in use; sheets of earlier years rightly use the old name. */
  until: number;
}

export interface UnitEntry {
  /** The canonical name, as the fix writes it. */
  name: string;
  kind: UnitKind;
  /** Other spellings of the same unit that a fix should replace. */
  aliases: readonly string[];
  /** Official longer forms accepted as written (a second name in brackets). */
  variants?: readonly string[];
  formerNames?: readonly FormerName[];
}

export type LookupVia = "canonical" | "variant" | "alias" | "former";

export interface UnitMatch {
  entry: UnitEntry;
  via: LookupVia;
  /** For a former name: the year the new name took effect. */
  until?: number;
}

export interface UnitRegistry {
  readonly entries: readonly UnitEntry[];
  /** The unit a name refers to, whatever the spacing or bracket width; null when unknown. */
  lookup(name: string): UnitMatch | null;
  /** The canonical name of a registered unit, or the name itself (folded) when unknown. */
  canonical(name: string): string;
  /** Up to `limit` registered names closest to an unknown one, best first. */
  suggest(name: string, limit: number): string[];
  /** A name that is two or more registered units run together, split; null otherwise. */
  segment(name: string): string[] | null;
}

// Unit names repeat on every row and every step looks them up (validation, aggregation).
const key = boundedMemo(foldText, 5000);

/** "市X" departments also answer to "X"; party bodies (市委…) and 市X whose remainder is too short do not. */
function impliedAliases(entry: UnitEntry): string[] {
  const name = entry.name;
  if (!name.startsWith("市") || name.startsWith("市委") || name.length < 4) return [];
  return [name.slice(1), ...entry.aliases.filter((a) => a.startsWith("市") && a.length >= 4).map((a) => a.slice(1))];
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  if (text.length === 1) grams.add(text);
  return grams;
}

export function createRegistry(entries: readonly UnitEntry[]): UnitRegistry {
  const byKey = new Map<string, UnitMatch>();
  // Weakest first, so a canonical name always wins over someone else's alias of the same spelling.
  for (const entry of entries) for (const alias of impliedAliases(entry)) byKey.set(key(alias), { entry, via: "alias" });
  for (const entry of entries) {
    for (const former of entry.formerNames ?? []) byKey.set(key(former.name), { entry, via: "former", until: former.until });
    for (const alias of entry.aliases) byKey.set(key(alias), { entry, via: "alias" });
  }
  for (const entry of entries) for (const variant of entry.variants ?? []) byKey.set(key(variant), { entry, via: "variant" });
  for (const entry of entries) byKey.set(key(entry.name), { entry, via: "canonical" });

  const names = entries.map((entry) => ({ name: entry.name, grams: bigrams(key(entry.name)) }));
  const longest = Math.max(0, ...[...byKey.keys()].map((k) => k.length));

  return {
    entries,
    lookup: (name) => byKey.get(key(name)) ?? null,
    canonical: (name) => byKey.get(key(name))?.entry.name ?? key(name),
    suggest(name, limit) {
      const grams = bigrams(key(name));
      return names
        .map((candidate) => ({ name: candidate.name, score: setDice(grams, candidate.grams) }))
        .filter((candidate) => candidate.score >= 0.4)
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
        .slice(0, limit)
        .map((candidate) => candidate.name);
    },
    segment(name) {
      // Greedy longest-prefix split over every registered spelling; short inputs are never split.
      const folded = key(name);
      const pieces: string[] = [];
      let at = 0;
      let original = 0;
      while (at < folded.length) {
        let found = 0;
        for (let length = Math.min(longest, folded.length - at); length >= 2; length--) {
          if (byKey.has(folded.slice(at, at + length))) {
            found = length;
            break;
          }
        }
        if (found === 0) return null;
        pieces.push(sliceOriginal(name, original, found));
        original += pieces[pieces.length - 1].length;
        at += found;
      }
      return pieces.length >= 2 ? pieces : null;
    },
  };
}

/** The next `foldedLength` folded characters of `text` from `from`, as written (NFKC keeps these lengths). */
function sliceOriginal(text: string, from: number, foldedLength: number): string {
  let end = from;
  let count = 0;
  while (end < text.length && count < foldedLength) {
    if (!/\s/u.test(text[end])) count++;
    end++;
  }
  return text.slice(from, end).trim();
}

/** A unit as a cell names it (one piece of a run-together name) and as the registry knows it. */
export interface NamedUnit {
  canonical: string;
  written: string;
}

/**
 * The distinct units of a list of names as written, in order, each with the piece that named it first: aliases
 * and old names become the canonical name, registered units run together are split, unknown names stay as written.
 */
export function namedUnits(registry: UnitRegistry, names: readonly string[]): NamedUnit[] {
  const result: NamedUnit[] = [];
  // Called for every task of a sheet and every returned row: plain loops, and no list is made for the usual
  // name that is one unit.
  for (let i = 0; i < names.length; i++) {
    const pieces = registry.lookup(names[i]) === null ? registry.segment(names[i]) : null;
    if (pieces === null) addUnit(registry, names[i], result);
    else for (let k = 0; k < pieces.length; k++) addUnit(registry, pieces[k], result);
  }
  return result;
}

function addUnit(registry: UnitRegistry, written: string, result: NamedUnit[]): void {
  const canonical = registry.canonical(written);
  for (let i = 0; i < result.length; i++) if (result[i].canonical === canonical) return;
  result.push({ canonical, written });
}

/** The distinct canonical units of a list of names as written, in order (namedUnits without the spellings). */
export function canonicalUnits(registry: UnitRegistry, names: readonly string[]): string[] {
  return namedUnits(registry, names).map((unit) => unit.canonical);
}

/** The registry with later entries replacing earlier ones of the same canonical name, and added otherwise. */
export function extendRegistry(registry: UnitRegistry, entries: readonly UnitEntry[]): UnitRegistry {
  if (entries.length === 0) return registry;
  const replaced = new Set(entries.map((entry) => key(entry.name)));
  return createRegistry([...registry.entries.filter((entry) => !replaced.has(key(entry.name))), ...entries]);
}

let builtin: UnitRegistry | undefined;

/** Jiaxing's units: the default until a clerk fills in the workbook's own 单位名录. */
export function builtinRegistry(): UnitRegistry {
  builtin ??= createRegistry(JIAXING_UNITS);
  return builtin;
}
