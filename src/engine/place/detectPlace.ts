/**
 * Which place a workbook belongs to, read from what it says about itself: its titles, its file name, its
 * sheet names and the units its tasks are given to. Task texts are never read: they name other places all
 * the time ("学习嘉兴经验", "对口支援阿坝州").
 *
 * Sources are read in order of precedence — titles, then the file name, then sheet names, then units. The first
 * that names a place decides; a later one can only narrow it to a part of it (a "2025年宁波市政府民生实事…" title
 * over the units of 余姚市's own sheet: "生态环境局余姚分局"), settle a name shared by several divisions, and add
 * evidence. A later source that names a place around it or elsewhere changes nothing.
 *
 * - In a title or a name: full names count anywhere ("苍南县", "恩施土家族苗族自治州"); province and prefecture
 *   short names ("浙江", "温州") count when no other region has them and they are not everyday words (中山, 大同 …
 *   count only right after their province: see names.ts); a county's short name ("苍南") counts only before a
 *   government word or a year ("苍南县政府" is full anyway; "苍南2023年…", "苍南政府…"). Level words alone ("市县",
 *   "我区", "全市", "本县") name nothing.
 * - Several texts of one source naming two or more parts of one division (sheets "南湖区", "秀洲区") name that division.
 * - Units name a division only by a full name at their start or a branch ("市公安局苍南分局"); see units.ts.
 *   Two or more counties of one prefecture named as units make the sheet the prefecture's (a city assigns tasks
 *   to its counties), unless the unnamed units read as a county's ("县教育局", "XX街道"). One county named makes
 *   it that county's, unless the unnamed units read as a city's ("市发改委") and the county is not named as a
 *   branch ("生态环境局余姚分局" is the county's own unit; "余姚市政府" may be one the city gives a task to). The
 *   prefecture's own bodies named in two or more units ("嘉兴市教育局", "嘉兴市财政局") make it the prefecture's,
 *   unless the unnamed units read as a county's. Level words alone never make up a name.
 * - A name shared by several divisions (朝阳区: 北京 and 长春) is settled by another name in any source that lies
 *   around it, inside it or beside it (北京市, 长春市, 南关区政府); else the place has that name and no code.
 */
import { isWithin, type Division } from "./divisions";
import { scanNames, type NameHit } from "./scanNames";
import { distinctUnits, readUnit, unitLevelHint, type LevelHint, type UnitReading } from "./units";

export interface PlaceEvidence {
  source: "title" | "file" | "sheet" | "units";
  /** The title, file name, sheet name or unit as written. */
  text: string;
}

export interface Place {
  /** "苍南县", "嘉兴市", or null when nothing says which place. */
  name: string | null;
  /** GB/T 2260 code when the division is known unambiguously. */
  code: string | null;
  /** county = any county-level division (县, 县级市, 市辖区, 旗 …). */
  level: "province" | "city" | "county" | null;
  /** "浙江省". */
  province: string | null;
  /** The prefecture-level parent of a county ("温州市"), or the city itself; for a 直辖市 and its districts, the 直辖市. */
  city: string | null;
  /** True only for 嘉兴市 itself (city level), not its counties and districts. */
  jiaxing: boolean;
  /** What the answer rests on, most telling source first; a few texts per source at most. */
  evidence: PlaceEvidence[];
}

export interface PlaceInput {
  fileName?: string;
  sheetNames: readonly string[];
  titles: readonly string[];
  unitTexts: readonly string[];
}

const JIAXING_CODE = "330400";
/** Enough for the clerk to see what the answer rests on; a sheet may name hundreds of units. */
const MAX_EVIDENCE_PER_SOURCE = 5;

function noPlace(): Place {
  return { name: null, code: null, level: null, province: null, city: null, jiaxing: false, evidence: [] };
}

type NamedSource = Exclude<PlaceEvidence["source"], "units">;

interface TextRead {
  source: NamedSource;
  text: string;
  hits: NameHit[];
  place: readonly Division[] | null;
}

interface UnitRead extends UnitReading {
  unit: string;
}

/** Which place the workbook belongs to; see the rules above. Never throws; the same input gives the same answer. */
export function detectPlace(input: PlaceInput): Place {
  const texts = [
    ...readTexts("title", strings(input.titles)),
    ...readTexts("file", typeof input.fileName === "string" ? [input.fileName] : []),
    ...readTexts("sheet", strings(input.sheetNames)),
  ];
  const units = distinctUnits(strings(input.unitTexts));
  const unitReads: UnitRead[] = [];
  for (const unit of units) {
    const reading = readUnit(unit);
    if (reading !== null) unitReads.push({ unit, ...reading });
  }

  const decided = inPrecedence([
    ...NAMED_SOURCES.map((source) => decideFromTexts(texts.filter((t) => t.source === source))),
    decideFromUnits(unitReads, unitLevelHint(units)),
  ]);
  if (decided === null) return noPlace();
  const mentions = [...texts.flatMap((t) => t.hits.map((h) => h.candidates)), ...unitReads.map((u) => u.place)];
  const place = settleShared(decided, mentions);
  return describe(place, evidenceFor(place, texts, unitReads));
}

function strings(list: readonly unknown[] | undefined): string[] {
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === "string") : [];
}

/** The first place named, narrowed by each later one that lies inside it. */
function inPrecedence(decisions: readonly (readonly Division[] | null)[]): readonly Division[] | null {
  let decided: readonly Division[] | null = null;
  for (const next of decisions) {
    if (next !== null && (decided === null || next.every((d) => decided?.some((c) => isWithin(d, c))))) decided = next;
  }
  return decided;
}

/** Each text once; a file name without its folders (shown so), and read without its extension. */
function readTexts(source: NamedSource, texts: readonly string[]): TextRead[] {
  const seen = new Set<string>();
  const reads: TextRead[] = [];
  for (const raw of texts) {
    const text = (source === "file" ? (raw.split(/[\\/]/u).pop() ?? "") : raw).trim();
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    const scanned = source === "file" ? text.replace(/\.[A-Za-z0-9]{1,5}$/u, "") : text;
    reads.push({ source, text, ...scanNames(scanned, { regionShorts: true }) });
  }
  return reads;
}

const NAMED_SOURCES: readonly NamedSource[] = ["title", "file", "sheet"];

/** What the texts of one source name: the division two or more of them name parts of, else the first named. */
function decideFromTexts(texts: readonly TextRead[]): readonly Division[] | null {
  const places = texts.flatMap((t) => (t.place === null ? [] : [t.place]));
  if (places.length === 0) return null;
  const whole = divisionWithParts(places);
  return whole ? [whole] : places[0];
}

/**
 * The division of which two or more different parts are named (counties of one prefecture, prefectures of one
 * province), the one with most parts; null when there is none, or two with as many parts that do not nest.
 */
function divisionWithParts(places: readonly (readonly Division[])[]): Division | null {
  const parts = new Map<Division, Set<Division>>();
  for (const place of places) {
    for (const d of place) {
      if (d.parent === null) continue;
      const named = parts.get(d.parent) ?? new Set<Division>();
      named.add(d);
      parts.set(d.parent, named);
    }
  }
  const wholes = [...parts].filter(([, named]) => named.size >= 2).sort((a, b) => b[1].size - a[1].size);
  if (wholes.length === 0) return null;
  const most = wholes.filter(([, named]) => named.size === wholes[0][1].size).map(([whole]) => whole);
  const outermost = most.filter((w) => most.every((other) => other === w || isWithin(other, w)));
  return outermost.length === 1 ? outermost[0] : null;
}

function decideFromUnits(reads: readonly UnitRead[], hint: LevelHint): readonly Division[] | null {
  const whole = divisionWithParts(reads.map((r) => r.place));
  if (whole !== null) return hint === "county" ? null : [whole];

  const byKey = new Map<string, { place: readonly Division[]; units: number; branch: boolean }>();
  for (const { place, branch } of reads) {
    const key = place.map((d) => d.code).join(",");
    const entry = byKey.get(key) ?? { place, units: 0, branch: false };
    entry.units++;
    entry.branch ||= branch;
    byKey.set(key, entry);
  }
  const named = [...byKey.values()];
  const counties = named.filter((n) => n.place.every((d) => d.level === "county"));
  const cities = named.filter((n) => n.place.every((d) => d.level === "city"));
  if (counties.length === 1) {
    const county = counties[0].place;
    if (hint === "county" || counties[0].branch || (hint === null && cities.length === 0)) return county;
    const around = cities.filter((c) => c.place.length === 1 && county.every((d) => isWithin(d, c.place[0])));
    return hint === "city" && cities.length === 1 && around.length === 1 ? around[0].place : null;
  }
  if (counties.length === 0 && cities.length === 1 && cities[0].units >= 2 && hint !== "county") return cities[0].place;
  return null;
}

/** Related enough for one name to settle which of several divisions another means. */
function related(a: Division, b: Division): boolean {
  return isWithin(a, b) || isWithin(b, a) || (a.level === "county" && b.level === "county" && a.parent === b.parent);
}

/** A shared name settled by the other names: the one candidate they relate to, else all of them. */
function settleShared(place: readonly Division[], mentions: readonly (readonly Division[])[]): readonly Division[] {
  if (place.length < 2) return place;
  const supported = place.filter((c) => mentions.some((m) => m.some((d) => d !== c && related(d, c))));
  return supported.length === 1 ? supported : place;
}

/** The place itself, a part of it, or (for a title or name) the division around it. */
function supports(candidates: readonly Division[], place: readonly Division[], around: boolean): boolean {
  return candidates.some((d) => place.some((p) => d === p || isWithin(d, p) || (around && isWithin(p, d))));
}

function evidenceFor(place: readonly Division[], texts: readonly TextRead[], units: readonly UnitRead[]): PlaceEvidence[] {
  const evidence: PlaceEvidence[] = [];
  for (const source of NAMED_SOURCES) {
    const supporting = texts.filter((t) => t.source === source && t.hits.some((h) => supports(h.candidates, place, true)));
    evidence.push(...supporting.slice(0, MAX_EVIDENCE_PER_SOURCE).map((t) => ({ source, text: t.text })));
  }
  const supportingUnits = units.filter((u) => supports(u.place, place, false));
  evidence.push(...supportingUnits.slice(0, MAX_EVIDENCE_PER_SOURCE).map((u) => ({ source: "units" as const, text: u.unit })));
  return evidence;
}

function shared<T>(place: readonly Division[], pick: (d: Division) => T): T | null {
  const first = pick(place[0]);
  return place.every((d) => pick(d) === first) ? first : null;
}

function describe(place: readonly Division[], evidence: PlaceEvidence[]): Place {
  const name = shared(place, (d) => d.name);
  if (name === null) return noPlace();
  const code = place.length === 1 ? place[0].code : null;
  return {
    name,
    code,
    level: shared(place, (d) => d.level),
    province: shared(place, (d) => d.province.name),
    city: shared(place, (d) => d.city?.name ?? null),
    jiaxing: code === JIAXING_CODE,
    evidence,
  };
}
