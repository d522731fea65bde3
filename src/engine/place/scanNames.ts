/**
 * Finds the division names written in one short text (a title, a file or sheet name, a unit) and the place the
 * text names: leftmost-longest matching over the name index, one map look-up per candidate length.
 */
import { isWithin, type Division } from "./divisions";
import { NAME_INDEX, NAME_LENGTHS_BY_FIRST_CHAR, type NameEntry, type NameKind } from "./names";

export interface NameHit {
  /** Offsets in the text with its white space removed. */
  start: number;
  end: number;
  kind: NameKind;
  /** The divisions the name may stand for: one, or several for a shared name (朝阳区 in 北京 and 长春). */
  candidates: readonly Division[];
  /** The name is followed by 分局, 支队 … (a city body's branch in that county: "市公安局苍南分局"). */
  branch: boolean;
}

export interface ScanOptions {
  /** Whether province and prefecture short names ("浙江", "嘉兴") count: yes in titles and names; not in units, where "嘉兴学院", "嘉兴海关" name no government. */
  regionShorts: boolean;
}

export interface TextReading {
  hits: NameHit[];
  /** The divisions the text is about, or null: see foldPlace. */
  place: readonly Division[] | null;
}

const GOVERNMENT = /^(?:人民政府|政府|党委|[县区市旗州]委|人大|政协|纪委)/u;
const YEAR = /^(?:[0-9０-９]{4}|[二两][〇零○][一二三四五六七八九〇零○]{2})/u;
const BRANCH_WORDS = "分局|分中心|分院|分所|分公司|分行|支行|支队|大队|中队";
const BRANCH = new RegExp(`^(?:${BRANCH_WORDS})`, "u");
const BRANCH_ANYWHERE = new RegExp(BRANCH_WORDS, "u");
const HAN = /\p{Script=Han}/u;
const WHITE_SPACE = /[\s\u3000]+/gu;
const RANK: Record<NameKind, number> = { full: 0, region: 1, county: 2 };

/**
 * Whether a county's short name counts where it stands: before a government word ("苍南政府"); before a year at
 * the start or right after another name ("苍南2023年…", not "乡村振兴2023年…"); before a branch word at the start
 * or right after the body it is a branch of ("苍南分局", "市公安局苍南分局", not "自然资源分局").
 */
function countyShortCounts(text: string, start: number, end: number, adjacent: boolean): boolean {
  const after = text.slice(end, end + 4);
  if (GOVERNMENT.test(after)) return true;
  if (YEAR.test(after)) return start === 0 || adjacent;
  return BRANCH.test(after) && (start === 0 || text[start - 1] === "局");
}

/** Whether an entry counts where it stands; `adjacent`: a name ends right where this one starts. */
function counts(
  entry: NameEntry,
  text: string,
  start: number,
  end: number,
  place: readonly Division[] | null,
  adjacent: boolean,
  options: ScanOptions,
): boolean {
  if (entry.kind === "region" && !options.regionShorts) return false;
  if (entry.contextOnly && !(adjacent && place !== null && place.some((p) => isWithin(entry.division, p)))) return false;
  if (entry.kind === "county") return countyShortCounts(text, start, end, adjacent);
  // A two-character full name (和县, 兴县, 南县) is part of another word when a Han character comes just before it (省和县, 振兴县域).
  if (entry.kind === "full" && end - start === 2) return start === 0 || adjacent || !HAN.test(text[start - 1]);
  return true;
}

function matchAt(text: string, start: number, place: readonly Division[] | null, adjacent: boolean, options: ScanOptions): NameHit | null {
  for (const length of NAME_LENGTHS_BY_FIRST_CHAR.get(text[start]) ?? []) {
    const end = start + length;
    if (end > text.length) continue;
    const entries = NAME_INDEX.get(text.slice(start, end));
    if (!entries) continue;
    const counting = entries.filter((e) => counts(e, text, start, end, place, adjacent, options));
    if (counting.length === 0) continue;
    const best = Math.min(...counting.map((e) => RANK[e.kind]));
    const chosen = counting.filter((e) => RANK[e.kind] === best);
    const candidates = [...new Set(chosen.map((e) => e.division))];
    return { start, end, kind: chosen[0].kind, candidates, branch: BRANCH.test(text.slice(end, end + 3)) };
  }
  return null;
}

interface FoldState {
  place: readonly Division[] | null;
  /** The place before the last narrowing, so that a second part of it can widen it back. */
  narrowedFrom: readonly Division[] | null;
  /** Widened back: no more narrowing. */
  settled: boolean;
}

const START: FoldState = { place: null, narrowedFrom: null, settled: false };

function foldStep(state: FoldState, candidates: readonly Division[]): FoldState {
  const { place, narrowedFrom, settled } = state;
  if (place === null) return { ...state, place: candidates };
  const inner = candidates.filter((c) => place.some((p) => isWithin(c, p)));
  if (inner.length > 0 && !settled) return { place: inner, narrowedFrom: place, settled };
  const same = place.filter((p) => candidates.includes(p));
  if (same.length > 0) return { ...state, place: same };
  const outer = place.filter((p) => candidates.some((c) => isWithin(p, c)));
  if (outer.length > 0) return { ...state, place: outer };
  if (narrowedFrom !== null && candidates.some((c) => narrowedFrom.some((p) => isWithin(c, p)))) {
    return { place: narrowedFrom, narrowedFrom: null, settled: true };
  }
  return state;
}

/**
 * The place a sequence of names points to. The first name sets it; a later name inside it narrows it ("浙江省
 * 嘉兴市南湖区" → 南湖区) unless a second part of the same place follows ("嘉兴市南湖区、秀洲区" → 嘉兴市); a
 * later name around it picks among its candidates ("朝阳区（北京市）"); an unrelated name is left aside
 * ("嘉兴市对口支援四川省…" stays 嘉兴市).
 */
export function foldPlace(hits: readonly NameHit[]): readonly Division[] | null {
  return hits.reduce((state, hit) => foldStep(state, hit.candidates), START).place;
}

/** Cheap test before a full scan of a unit: could a name start it, or stand before a branch word in it? */
export function mayNameUnit(unit: string): boolean {
  return NAME_LENGTHS_BY_FIRST_CHAR.has(unit.trimStart()[0]) || BRANCH_ANYWHERE.test(unit);
}

/** The names in `text` and the place they point to. */
export function scanNames(text: string, options: ScanOptions): TextReading {
  const compact = text.replace(WHITE_SPACE, "");
  const hits: NameHit[] = [];
  let state = START;
  let lastEnd = -1;
  for (let i = 0; i < compact.length;) {
    const hit = matchAt(compact, i, state.place, lastEnd === i, options);
    if (hit === null) {
      i++;
      continue;
    }
    hits.push(hit);
    state = foldStep(state, hit.candidates);
    lastEnd = i = hit.end;
  }
  return { hits, place: state.place };
}
