/**
 * The role of each column of a table, from its header words and its cells scored together. A header word is a
 * prior that the cells can confirm or overturn: a column of quantities headed 目标任务 is the year's target, a
 * column of bureaus under an unknown word is the units, and a table headed 项目内容 with no 任务 column has its
 * task there. Every choice keeps its reasons (`RoleWhy`), shown by `inspect` so a clerk can see them.
 */
import { share, type CellKind, type ColumnProfile } from "./cellKinds";
import { headerCues, type CueStrength, type HeaderCue } from "./headers";
import type { ColumnRole } from "./types";

export interface RoleWhy {
  /** The header cell as written. */
  header: string;
  /** How strongly the header's words name the role: 0 when they do not. */
  cue: 0 | CueStrength;
  /** The kind of cell that supports the role most, with its count among the column's filled cells. */
  kind: CellKind | null;
  count: number;
  filled: number;
  /** Set when the role went to this column because no column's header named it ("no task column"). */
  standIn?: boolean;
}

export interface ColumnChoice {
  col: number;
  header: string;
  role: ColumnRole | null;
  /** The role the header's words name most strongly, whatever the cells say; null when they name none. */
  headerRole: ColumnRole | null;
  why: RoleWhy | null;
}

/** Weight of the cells against the header words: a full column of contrary cells outweighs a usual name. */
const CONTENT_WEIGHT = 2;
/** Rows it takes for the cells to weigh fully: one or two rows are weak evidence against a header word. */
const FULL_EVIDENCE = 4;
/** The score a column needs for a role: cells alone (no header word) must be nearly all of the role's kind. */
const MIN_SCORE = 1.5;

/** Roles whose cells tell them apart well enough to be given with no header word for them. */
const CONTENT_ALONE: ReadonlySet<ColumnRole> = new Set(["units", "leader", "progress", "status", "deadline"]);

/** Roles a report repeats for each period, the newest to the right. */
const PERIODIC: ReadonlySet<ColumnRole> = new Set(["progress", "status", "done", "rate"]);

/** The kinds that support each role, the first being the one named in the reasons. */
const SUPPORT: Record<ColumnRole, readonly CellKind[]> = {
  seq: ["seq"],
  task: ["sentence", "phrase"],
  content: ["sentence", "phrase"],
  units: ["units"],
  coUnits: ["units"],
  leader: ["people"],
  progress: ["sentence", "percent", "phrase"],
  status: ["status"],
  deadline: ["date"],
  target: ["quantity", "percent", "phrase", "seq"],
  done: ["quantity", "seq"],
  rate: ["percent", "quantity"],
  measure: ["measure"],
  note: ["phrase", "sentence"],
};

/**
 * How well a column's cells fit a role, from −1 (none of them could be) to 1 (all are what the role holds);
 * 0 for an empty column, whose header alone decides (a template's 进展情况 column waiting to be filled).
 */
export function contentFit(role: ColumnRole, profile: ColumnProfile): number {
  if (profile.filled === 0) return 0;
  const fit = (s: number) => Math.max(-1, Math.min(1, 2 * s - 1));
  switch (role) {
    case "seq":
      return fit(profile.ascending / profile.filled);
    case "task":
      // Tasks are sentences or short names of projects, one on nearly every row: a column of figures, units or
      // statuses is not one, nor one filled on a row in four (a group's name over its sub-projects, 一、就业促进行动).
      return fit(textShare(profile) - sparseness(profile));
    case "content":
      return fit(textShare(profile));
    case "units":
    case "coUnits":
      return fit(share(profile, "units"));
    case "leader":
      return fit(share(profile, "people"));
    case "progress":
      // Progress is told in sentences or as a percentage; a column of status words is the status.
      return fit(share(profile, "sentence", "percent") + 0.5 * share(profile, "phrase") - share(profile, "status"));
    case "status":
      return fit(share(profile, "status"));
    case "deadline":
      return fit(share(profile, "date"));
    case "target":
      return fit(share(profile, "quantity", "percent") + 0.6 * share(profile, "phrase", "seq"));
    case "done":
      return fit(share(profile, "quantity", "seq"));
    case "rate":
      return fit(share(profile, "percent") + 0.8 * share(profile, "quantity"));
    case "measure":
      return fit(share(profile, "measure"));
    case "note":
      // A 备注 column that holds bureaus, people, statuses or figures is that, not a remark.
      return -Math.max(share(profile, "units"), share(profile, "people"), share(profile, "status"), share(profile, "percent"), share(profile, "date"));
  }
}

/** The share of a column's cells that are text to be read: sentences, short names (less), dates (little). */
function textShare(profile: ColumnProfile): number {
  return share(profile, "sentence") + 0.7 * share(profile, "phrase") + 0.3 * share(profile, "date");
}

/** How far a column falls short of being filled on half its rows, 0 when it is. */
function sparseness(profile: ColumnProfile): number {
  return profile.rows === 0 ? 0 : Math.max(0, 0.5 - profile.filled / profile.rows) * 2;
}

interface Candidate {
  col: number;
  role: ColumnRole;
  score: number;
  cue: 0 | CueStrength;
}

/**
 * Each header cell's role. Candidates (column, role) are scored `cue + CONTENT_WEIGHT × fit` and taken best
 * first, one column per role; then a table whose header names no task column takes its best column of
 * sentences (a 项目内容 or a column with an unknown header) as the task.
 */
export function chooseColumnRoles(
  headers: readonly { col: number; text: string; covered?: boolean }[],
  profiles: ReadonlyMap<number, ColumnProfile>,
): ColumnChoice[] {
  const cuesOf = new Map(headers.map(({ col, text, covered }) => [col, covered ? coveredCues(text) : headerCues(text)]));
  const roleOf = new Map<number, ColumnRole>();
  const taken = new Set<ColumnRole>();
  const assign = (candidates: Candidate[]) => {
    // Best first; at equal scores the stronger header word, then the leftmost column (a table reads left to right),
    // except for what a report adds period by period (1-10月推进情况 | 1-11月推进情况): the latest, rightmost.
    candidates.sort((a, b) => b.score - a.score || b.cue - a.cue || (a.role === b.role && PERIODIC.has(a.role) ? b.col - a.col : a.col - b.col));
    for (const candidate of candidates) {
      // A table has one column of each role but notes, which may be several.
      if (roleOf.has(candidate.col) || (candidate.role !== "note" && taken.has(candidate.role))) continue;
      roleOf.set(candidate.col, candidate.role);
      taken.add(candidate.role);
    }
  };
  // First what header words name, weighed by the cells; then, for a table whose header names no task, its
  // best column of sentences; last, roles the cells alone can tell (a column of bureaus under an unknown word).
  assign(candidatesFor(headers, profiles, cuesOf, true));
  const standIns = new Set<number>();
  if (!taken.has("task")) {
    const standIn = taskStandIn(headers, profiles, roleOf);
    if (standIn !== null) {
      if (roleOf.get(standIn) !== undefined) taken.delete(roleOf.get(standIn) as ColumnRole);
      roleOf.set(standIn, "task");
      taken.add("task");
      standIns.add(standIn);
    }
  }
  assign(candidatesFor(headers, profiles, cuesOf, false));
  // Beside a target column, a 完成情况 of figures (9.8%, 4家, 7919人) is the figure reached, not progress told.
  const present = new Set(roleOf.values());
  const progressCol = [...roleOf].find(([, role]) => role === "progress")?.[0];
  if (progressCol !== undefined && present.has("target") && !present.has("done")) {
    const profile = profiles.get(progressCol);
    if (profile && share(profile, "percent", "quantity", "seq") >= 0.5 && (cuesOf.get(progressCol) ?? []).some((c) => c.role === "done"))
      roleOf.set(progressCol, "done");
  }
  return headers.map(({ col, text }) => {
    const role = roleOf.get(col) ?? null;
    const profile = profiles.get(col);
    const cues = cuesOf.get(col) ?? [];
    return {
      col,
      header: text,
      role,
      headerRole: cues[0]?.role ?? null,
      why: role === null ? null : roleWhy(text, role, cues.find((c) => c.role === role)?.strength ?? 0, profile, standIns.has(col)),
    };
  });
}

/** Cells alone decide a role only from several cells: one 寿县 merged down a 县区 column says little. */
const enoughCells = (profile: ColumnProfile | undefined) => profile !== undefined && profile.filled >= 3 && profile.filled * 10 >= profile.rows * 3;

/** Scored (column, role) pairs: those a header word names (`named`), or those the cells alone can tell. */
function candidatesFor(
  headers: readonly { col: number }[],
  profiles: ReadonlyMap<number, ColumnProfile>,
  cuesOf: ReadonlyMap<number, readonly HeaderCue[]>,
  named: boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { col } of headers) {
    const profile = profiles.get(col);
    const cues = cuesOf.get(col) ?? [];
    // The cells weigh fully from a few rows on: one or two rows are weak evidence against a header word.
    const weight = profile ? CONTENT_WEIGHT * Math.min(1, profile.rows / FULL_EVIDENCE) : 0;
    for (const role of Object.keys(SUPPORT) as ColumnRole[]) {
      const cue = cues.find((c) => c.role === role)?.strength ?? 0;
      if (named ? cue === 0 : cue !== 0 || !CONTENT_ALONE.has(role) || !enoughCells(profile)) continue;
      const score = cue + (profile ? weight * contentFit(role, profile) : 0);
      if (score >= MIN_SCORE) candidates.push({ col, role, score, cue });
    }
  }
  return candidates;
}

/** A column under a task header merged across it holds the task's detail: its content. */
function coveredCues(text: string): readonly HeaderCue[] {
  return headerCues(text).map((cue) => (cue.role === "task" ? { role: "content" as const, strength: cue.strength } : cue));
}

/** The column that best holds sentences among those that are content or have no role: the task when none is named. */
function taskStandIn(
  headers: readonly { col: number; text: string }[],
  profiles: ReadonlyMap<number, ColumnProfile>,
  roleOf: ReadonlyMap<number, ColumnRole>,
): number | null {
  let best: { col: number; fit: number } | null = null;
  for (const { col } of headers) {
    const role = roleOf.get(col);
    // A target column of sentences ("2022年预期目标": 地区生产总值增长5.5%左右) is the task of a table that names none.
    if (role !== undefined && role !== "content" && role !== "target") continue;
    const profile = profiles.get(col);
    if (!profile) continue;
    const fit = contentFit("task", profile);
    if (fit <= 0) continue;
    // The column of text that fits clearly best; of two that fit about as well, one headed as content (项目内容).
    const better = best === null || fit > best.fit + 0.2 || (Math.abs(fit - best.fit) <= 0.2 && role === "content");
    if (better) best = { col, fit };
  }
  return best?.col ?? null;
}

function roleWhy(header: string, role: ColumnRole, cue: 0 | CueStrength, profile: ColumnProfile | undefined, standIn: boolean): RoleWhy {
  const supporting = SUPPORT[role];
  let kind: CellKind | null = null;
  let count = 0;
  if (profile) {
    for (const k of supporting) {
      if (profile.counts[k] > count) {
        kind = k;
        count = profile.counts[k];
      }
    }
  }
  const why: RoleWhy = { header, cue, kind, count, filled: profile?.filled ?? 0 };
  if (standIn) why.standIn = true;
  return why;
}

/** What each kind of cell is called in English: inspect's reasons, and the pane's in English. */
export const KIND_WORDS: Record<CellKind, string> = {
  seq: "numbers counting up",
  quantity: "quantities",
  percent: "percentages",
  date: "dates",
  status: "status words",
  units: "unit names",
  people: "people or posts",
  measure: "units of measure",
  sentence: "long sentences",
  phrase: "short phrases",
};

const CUE_WORDS: Record<CueStrength, string> = { 3: "", 2: " (a phrasing of it)", 1: " (a word that may mean it)" };

/** The reasons in a line: `header 项目内容 + long sentences (13 of 13)`; the words of inspect --json's "why". */
export function describeWhy(why: RoleWhy, role: ColumnRole): string {
  const header = why.cue === 0 ? `header ${why.header} (no word for ${role})` : `header ${why.header}${CUE_WORDS[why.cue]}`;
  const cells =
    why.filled === 0
      ? "no cells filled"
      : why.kind === null
        ? `none of ${why.filled} cells like it`
        : `${KIND_WORDS[why.kind]} (${why.count} of ${why.filled})`;
  return `${header} + ${cells}${why.standIn ? "; no column is headed as the task" : ""}`;
}
