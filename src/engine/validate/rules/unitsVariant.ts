import { cellAddress } from "../../grid";
import { foldText } from "../../text";
import { splitUnitList } from "../../units/split";
import { memoOf, type Finding, type Rule } from "../rule";
import { replaceUnit, unitCells } from "./unitCells";

/**
 * One unit spelled two ways in the same table, among the units the registry does not know: the workbook is its
 * own registry, and a clerk wants "教育局" and "区教育局" (or "县卫健局" and "县卫生健康局") written one way so
 * that 部门汇总 counts them as one. Each cell of the rarer spelling is told which other spelling the table uses
 * and where. Only a difference of width or spacing ("应急管理局(安委办)" / "应急管理局（安委办）") is certain to be
 * the same unit: that cell gets the commoner spelling as its fix (as the separator fix leaves it, so that the
 * two fixes of a cell agree); a prefix or an abbreviation is only reported.
 */
export const unitsVariant: Rule = {
  id: "unitsVariant",
  reads: ["units", "coUnits"],
  check(context) {
    const { registry } = context;
    const spellings = new Map<string, Spelling>();
    // The same unit cells recur on every row: each text's unregistered units are found once.
    const unregistered = memoOf(context, "unitsVariant", (text) =>
      splitUnitList(text)
        .units.map((unit) => unit.trim())
        .filter((written) => written !== "" && registry.lookup(written) === null),
    );
    const cells = unitCells(context);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const units = unregistered(cell.text);
      for (let k = 0; k < units.length; k++) {
        const written = units[k];
        let spelling = spellings.get(written);
        if (spelling === undefined) spellings.set(written, (spelling = { written, folded: foldText(written), cells: [] }));
        spelling.cells.push({ row: cell.row, col: cell.col });
      }
    }
    if (spellings.size < 2) return [];
    const findings: Finding[] = [];
    for (const [rarer, commoner, certain] of variantPairs([...spellings.values()])) {
      const where = commoner.cells.slice(0, MAX_CELLS_NAMED).map((c) => cellAddress(c.row, c.col));
      for (const cell of rarer.cells) {
        findings.push({
          code: "units/variant",
          severity: "warning",
          row: cell.row,
          col: cell.col,
          params: { unit: rarer.written, other: commoner.written, where, certain: certain ? 1 : 0 },
          ...(certain ? { repair: (text: string) => replaceUnit(text, rarer.written, () => splitUnitList(commoner.written).normalized) } : {}),
        });
      }
    }
    return findings;
  },
};

interface Spelling {
  written: string;
  folded: string;
  cells: { row: number; col: number }[];
}

/** Cells of the other spelling named in a message: enough to find it. */
const MAX_CELLS_NAMED = 3;
/** Beyond this many distinct spellings abbreviations are not paired (each pair is compared). */
const MAX_PAIRED = 2000;

/** A level word before a body's name: 区教育局 is 教育局 of the district whose sheet it is. */
const LEVEL_PREFIX = /^(省|市|县|区|旗|镇|乡|街道)(?=\p{Script=Han}{2,})/u;

const core = (folded: string) => folded.replace(LEVEL_PREFIX, "");

/**
 * Pairs of spellings of one unit, each as (rarer, commoner, certain): the same when folded (certain), the same
 * but for a level prefix, or one an abbreviation of the other.
 */
function variantPairs(spellings: Spelling[]): [Spelling, Spelling, boolean][] {
  const pairs: [Spelling, Spelling, boolean][] = [];
  // Commoner first, so each spelling is paired with the commonest one like it, once; of equally common ones the
  // longer, the full name an abbreviation stands for.
  spellings.sort((a, b) => b.cells.length - a.cells.length || b.folded.length - a.folded.length || a.written.localeCompare(b.written, "zh-Hans-CN"));
  const paired = new Set<Spelling>();
  for (let i = 0; i < spellings.length; i++) {
    const rarer = spellings[i];
    if (paired.has(rarer)) continue;
    for (let j = 0; j < i; j++) {
      const commoner = spellings[j];
      if (paired.has(commoner)) continue;
      const certain = rarer.folded === commoner.folded;
      if (certain || sameUnit(rarer.folded, commoner.folded, spellings.length <= MAX_PAIRED)) {
        pairs.push([rarer, commoner, certain]);
        paired.add(rarer);
        break;
      }
    }
  }
  return pairs;
}

function sameUnit(a: string, b: string, abbreviations: boolean): boolean {
  const ca = core(a);
  const cb = core(b);
  if (ca === cb) return true;
  if (!abbreviations) return false;
  return ca.length < cb.length ? abbreviates(ca, cb) : abbreviates(cb, ca);
}

/**
 * Whether `short` is an abbreviation of `long`: the same first and last characters (the body's kind: 局, 委,
 * 中心), at least three characters, and every character of it in order in the long name — 卫健局 of 卫生健康局,
 * 发改委 of 发展和改革委员会 (its last character 委 inside 委员会), 人社局 of 人力资源和社会保障局.
 */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0]) return false;
  const kind = short[short.length - 1];
  if (long[long.length - 1] !== kind && !long.endsWith(`${kind}员会`)) return false;
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    at = long.indexOf(short[i], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
