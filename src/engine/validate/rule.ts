import type { SheetGrid } from "../grid";
import type { RecognizedTable } from "../recognize";
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
  check(context: RuleContext): Finding[];
}
