/**
 * Splitting a 责任单位 cell into its units. The standard separator is "、"; clerks also type "，", ",", ";",
 * spaces and line breaks, leave a trailing "、", or put a space after it. A "、" inside brackets belongs to
 * the name ("各县（市、区）政府"), so brackets are tracked while splitting.
 */
import { boundedMemo } from "../collections";

/** "aside-break": a line break between a unit and its bracketed aside ("应急管理局⏎(安委办)"), which is no separator. */
export type SeparatorKind = "comma" | "semicolon" | "space" | "line-break" | "stray-space" | "aside-break" | "extra";

export interface UnitPart {
  text: string;
  /** Offsets of `text` in the cell's text. */
  start: number;
  end: number;
}

export interface UnitListParse {
  parts: UnitPart[];
  /** Every separator that is not a plain "、" between two units. Empty for a well-formed cell. */
  separators: { kind: SeparatorKind; at: number }[];
  /**
   * The units as read, in order; the first is the lead (牵头). Two kinds of part belong to the one before them: a
   * bracketed aside on its own line ("区应急管理局\n(安委办)"), and the rest of a collective named in pieces
   * ("各乡、街道办事处": every township and sub-district, one group as "各县（市、区）" is).
   */
  units: readonly string[];
  /** The units joined by "、", nothing else changed. */
  normalized: string;
}

const OPEN = new Set(["(", "（", "[", "【", "〔"]);
const CLOSE = new Set([")", "）", "]", "】", "〕"]);

function separatorKind(ch: string): SeparatorKind | "standard" | null {
  if (ch === "、") return "standard";
  if (ch === "，" || ch === ",") return "comma";
  if (ch === "；" || ch === ";") return "semicolon";
  if (ch === "\n" || ch === "\r") return "line-break";
  if (/\s/.test(ch)) return "space";
  return null;
}

/**
 * The units of a cell and the separators that are not a plain "、". Unit cells repeat a lot (the same bureaus on
 * every row) and every unit rule splits them: remembered. The result is shared: do not change it.
 */
export const splitUnitList: (text: string) => UnitListParse = boundedMemo(parseUnitList, 5000);

function parseUnitList(text: string): UnitListParse {
  const parts: UnitPart[] = [];
  const separators: { kind: SeparatorKind; at: number }[] = [];
  let depth = 0;
  let start = -1;
  // The run of separator characters between two units, judged as a whole once the next unit starts.
  let run: { kind: SeparatorKind | "standard"; at: number }[] = [];

  const closePart = (end: number) => {
    if (start >= 0) parts.push({ text: text.slice(start, end), start, end });
    start = -1;
  };
  const judgeRun = (betweenUnits: boolean) => {
    if (run.length === 0) return;
    const standard = run.filter((s) => s.kind === "standard").length;
    const others = run.filter((s) => s.kind !== "standard");
    if (!betweenUnits) {
      // Leading or trailing separators: any of them is extra.
      separators.push(...run.map((s) => ({ kind: s.kind === "standard" ? ("extra" as const) : (s.kind as SeparatorKind), at: s.at })));
    } else if (standard === 1 && others.length > 0 && others.every((s) => s.kind === "space")) {
      separators.push({ kind: "stray-space", at: others[0].at });
    } else if (standard > 1) {
      separators.push({ kind: "extra", at: run[0].at });
    } else if (standard === 0) {
      // "，\n" or " " alone: report the most telling kind once.
      const kind = others.find((s) => s.kind !== "space")?.kind ?? "space";
      separators.push({ kind: kind as SeparatorKind, at: others[0].at });
    } else {
      for (const s of others) separators.push({ kind: s.kind as SeparatorKind, at: s.at });
    }
    run = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const kind = depth === 0 ? separatorKind(ch) : null;
    if (kind === "space" && start >= 0 && OPEN.has(text.slice(i).trimStart()[0] ?? "")) {
      // A space before a bracketed aside ("嘉兴经济技术开发区 （国际商务区）") is a stray space inside the name,
      // not a separator: the aside belongs to the unit before it.
      separators.push({ kind: "stray-space", at: i });
      while (i + 1 < text.length && separatorKind(text[i + 1]) === "space") i++;
      continue;
    }
    if (kind !== null) {
      closePart(i);
      run.push({ kind, at: i });
      continue;
    }
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    if (start < 0) {
      judgeRun(parts.length > 0);
      start = i;
    }
  }
  closePart(text.length);
  judgeRun(false);
  const units = joinPieces(parts, separators);
  return { parts, separators, units, normalized: units.map((unit) => unit.replace(SPACE_BEFORE_ASIDE, "")).join("、") };
}

const SPACE_BEFORE_ASIDE = /\s+(?=[(（[【〔])/gu;

/** The units of a cell as read (UnitListParse.units). Shared with the remembered parse: do not change it. */
export const unitNames = (text: string): readonly string[] => splitUnitList(text).units;

const ASIDE_FIRST = /^[(（[【〔]/u;
const COLLECTIVE_HEAD = /^各[乡镇县市区]$/u;
const COLLECTIVE_REST = /^(乡|镇|县|市|区|街道|街道办事处|乡镇|镇街|场|园区)(人民政府|政府)?$/u;

function joinPieces(parts: readonly UnitPart[], separators: { kind: SeparatorKind; at: number }[]): string[] {
  const joined: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k].text;
    const previous = joined[joined.length - 1];
    if (previous !== undefined && ASIDE_FIRST.test(part)) {
      joined[joined.length - 1] = `${previous}${part}`;
      for (const separator of separators) {
        if (separator.kind === "line-break" && separator.at >= parts[k - 1].end && separator.at < parts[k].start) separator.kind = "aside-break";
      }
    } else if (previous !== undefined && COLLECTIVE_HEAD.test(previous.split("、")[0]) && COLLECTIVE_REST.test(part)) {
      joined[joined.length - 1] = `${previous}、${part}`;
    } else {
      joined.push(part);
    }
  }
  return joined;
}
