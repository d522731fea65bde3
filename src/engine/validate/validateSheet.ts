import { cellAddress, cellAt, columnLetter, MAX_CELL_TEXT, type CellValue, type SheetGrid } from "../grid";
import { recognizeSheet, sheetYear, type SheetRecognition } from "../recognize";
import { defaultVocabulary, type StatusVocabulary } from "../status/vocabulary";
import { workbookPlace } from "../place";
import { placeRegistry } from "../settings/registries";
import type { UnitRegistry } from "../units/registry";
import type { Issue } from "./issue";
import type { Finding, Rule, RuleMemos } from "./rule";
import { RULES } from "./rules";

export interface ValidationOptions {
  registry?: UnitRegistry;
  vocabulary?: StatusVocabulary;
  /** Reuse a recognition already made for this grid. */
  recognition?: SheetRecognition;
  rules?: readonly Rule[];
  /** Rules' results by text from earlier checks of this sheet with the same registries (see RuleMemos). */
  memos?: RuleMemos;
}

/**
 * Every issue on a sheet, sorted by row then column. Never throws on user data: whatever the grid holds,
 * the answer is a list. Fixable issues of one cell all carry the same fix, the cell with every repair applied.
 */
export function validateSheet(grid: SheetGrid, options: ValidationOptions = {}): Issue[] {
  const recognition = options.recognition ?? recognizeSheet(grid);
  if (recognition.tables.length === 0) {
    return [
      {
        code: "header/not-found",
        severity: "error",
        sheet: grid.name,
        cell: "A1",
        row: 1,
        column: "A",
        value: cellAt(grid, 0, 0),
        params: { rowsExamined: recognition.noHeader?.rowsExamined ?? grid.values.length },
      },
    ];
  }
  // Without a registry given, the sheet's own place decides whose units it knows (Jiaxing's only on Jiaxing's).
  const registry = options.registry ?? placeRegistry(workbookPlace([grid], { recognitions: [recognition] }));
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const rules = options.rules ?? RULES;
  const found: Finding[][] = [];
  for (const table of recognition.tables) {
    const year = sheetYear(table.title, grid.name);
    for (const rule of rules) found.push(rule.check({ grid, table, registry, vocabulary, year, memos: options.memos }));
  }
  // One concat of every rule's list: push(...) of tens of thousands of findings may overflow the stack, and a
  // push of each grows the list step by step.
  return issuesOf(grid, ([] as Finding[]).concat(...found));
}

/**
 * The issues of findings (given in rule order), sorted by row then column, each fixable one with its cell's
 * composed fix. Findings of some rows alone give those rows' issues exactly as all findings would.
 */
export function issuesOf(grid: SheetGrid, findings: readonly Finding[]): Issue[] {
  const fixed = composeFixes(grid, findings);
  const issues = findings.map((finding) => toIssue(grid, finding, fixed));
  return issues.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
}

function columnOrder(letters: string): number {
  return letters.length * 1000 + letters.charCodeAt(0);
}

/** One number per cell (Excel has at most 16,384 columns). */
const cellKey = (row: number, col: number) => row * 16384 + col;

/**
 * The new value of each cell some finding repairs: the repairs of every finding on it, applied in rule order,
 * on its whole new value if one finding gives one. A cell whose repairs change nothing keeps its value.
 */
function composeFixes(grid: SheetGrid, findings: readonly Finding[]): Map<number, CellValue> {
  const fixed = new Map<number, CellValue>();
  // A whole new value replaces the cell before any repair, whichever rule gives it.
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    if (finding.replaceWith === undefined) continue;
    const key = cellKey(finding.row, finding.col);
    if (!fixed.has(key)) fixed.set(key, finding.replaceWith);
  }
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    if (!finding.repair) continue;
    const key = cellKey(finding.row, finding.col);
    const value = fixed.has(key) ? fixed.get(key) : cellAt(grid, finding.row, finding.col);
    if (typeof value === "string") fixed.set(key, finding.repair(value));
  }
  return fixed;
}

function toIssue(grid: SheetGrid, finding: Finding, fixed: Map<number, CellValue>): Issue {
  const value = cellAt(grid, finding.row, finding.col);
  const issue: Issue = {
    code: finding.code,
    severity: finding.severity,
    sheet: grid.name,
    cell: cellAddress(finding.row, finding.col),
    row: finding.row + 1,
    column: columnLetter(finding.col),
    value,
    params: finding.params ?? {},
  };
  if (finding.repair || finding.replaceWith !== undefined) {
    const fix = fixed.get(cellKey(finding.row, finding.col));
    // A fix Excel cannot hold (units spelled out in a cell near the limit) is no fix: writing it would fail the batch.
    if (fix !== undefined && fix !== value && (typeof fix !== "string" || fix.length <= MAX_CELL_TEXT)) {
      // Nor is one that makes the text read as a formula ("\t=1" trimmed to "=1": a CSV export would run it).
      // The issue stays, without its fix, and says why.
      if (makesFormulaLike(value, fix)) issue.params = { ...issue.params, unfixed: "formula-like" };
      else issue.fix = fix;
    }
  }
  return issue;
}

/** The characters that make Excel, or a program reading a CSV export, take text for a formula. */
const FORMULA_LEAD = /^[=+\-@]/u;

/** Whether a fix would make a text start like a formula that did not before (a number never does). */
export function makesFormulaLike(before: CellValue, after: CellValue): boolean {
  return typeof after === "string" && FORMULA_LEAD.test(after) && !(typeof before === "string" && FORMULA_LEAD.test(before));
}
