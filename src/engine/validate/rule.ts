import { boundedMemo } from "../collections";
import type { SheetGrid } from "../grid";
import type { ColumnRole, RecognizedTable } from "../recognize";
import type { StatusVocabulary } from "../status/vocabulary";
import type { UnitRegistry } from "../units/registry";
import type { IssueCode, IssueParams, Severity } from "./issue";

export interface RuleContext {
  grid: SheetGrid;
  table: RecognizedTable;
  registry: UnitRegistry;
  vocabulary: StatusVocabulary;
  /** The year the sheet is about (from its title or name), or null: decides whether a former unit name was still right. */
  year: number | null;
  /** What rules worked out from a cell's text, kept across the checks of one sheet with the same registries. */
  memos?: RuleMemos;
}

/** Texts a memo keeps before it forgets them all: a 50,000-row sheet's tasks, with room for the clerk's edits. */
const MEMO_TEXTS = 200_000;

/**
 * Each rule's results by cell text, kept with a check so that the check after an edit (recheckSheet) works out
 * only the texts it has not seen: the whole-table rules read every row again, and most rows are as they were.
 * A memo belongs to one set of registries: a result may depend on them.
 */
export class RuleMemos {
  private readonly memos = new Map<string, (text: string) => unknown>();

  of<T>(id: string, compute: (text: string) => T): (text: string) => T {
    let memo = this.memos.get(id);
    if (memo === undefined) this.memos.set(id, (memo = boundedMemo(compute, MEMO_TEXTS)));
    return memo as (text: string) => T;
  }
}

/** `compute` remembered by text: for the checks of one sheet when the context keeps memos, else for this check. */
export function memoOf<T>(context: RuleContext, id: string, compute: (text: string) => T): (text: string) => T {
  return context.memos ? context.memos.of(id, compute) : boundedMemo(compute, Infinity);
}

/**
 * What a rule reports: a code at a 0-based cell, the template's parameters, and, when the problem can be
 * repaired without changing meaning, the text transformation that repairs it. The validator composes the
 * repairs of one cell into that cell's single fix, so fixes of different rules never fight.
 */
export interface Finding {
  code: IssueCode;
  severity: Severity;
  row: number;
  col: number;
  params?: IssueParams;
  repair?: (text: string) => string;
  /** A whole new value, for repairs that change the cell's type (text "1" → number 1). */
  replaceWith?: number;
}

/**
 * A check runs once per table over thousands of cells, mostly before V8 has optimised it: rules loop by index,
 * as for…of makes an iterator result per cell until then.
 */
export interface Rule {
  /** Short id, also the file name. */
  id: string;
  /**
   * "row" when the findings on a row depend on nothing but that row's cells and type (and the table's columns):
   * an edited row is then checked alone (recheckSheet). A rule without it reads the whole table.
   */
  scope?: "row";
  /**
   * For a rule of the whole table: the columns it reads besides the rows' types. After an edit that changes no
   * row's type and none of these columns its findings stand. A rule of the whole table without it runs again.
   */
  reads?: readonly ColumnRole[];
  check(context: RuleContext): Finding[];
}
