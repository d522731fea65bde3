import { cellAddress, cellAt, columnLetter, type CellValue, type SheetGrid } from "../grid";
import { recognizeSheet, type SheetRecognition } from "../recognize";
import { defaultVocabulary, type StatusVocabulary } from "../status/vocabulary";
import { builtinRegistry, type UnitRegistry } from "../units/registry";
import type { Issue } from "./issue";
import type { Finding, Rule } from "./rule";
import { RULES } from "./rules";

export interface ValidationOptions {
  registry?: UnitRegistry;
  vocabulary?: StatusVocabulary;
  /** Reuse a recognition already made for this grid. */
  recognition?: SheetRecognition;
  rules?: readonly Rule[];
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
  const registry = options.registry ?? builtinRegistry();
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const rules = options.rules ?? RULES;
  const findings: Finding[] = [];
  for (const table of recognition.tables) {
    const year = sheetYear(table.title, grid.name);
    for (const rule of rules) findings.push(...rule.check({ grid, table, registry, vocabulary, year }));
  }
  const fixes = composeFixes(grid, findings);
  const issues = findings.map((finding) => toIssue(grid, finding, fixes));
  return issues.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
}

/** "2021年政府工作报告…" → 2021: the title says which year the sheet is about, else the sheet's name may. */
export function sheetYear(title: string | null, sheetName: string): number | null {
  for (const text of [title ?? "", sheetName]) {
    const match = /(20\d{2})\s*年?/u.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

function columnOrder(letters: string): number {
  return letters.length * 1000 + letters.charCodeAt(0);
}

/** One number per cell (Excel has at most 16,384 columns). */
const cellKey = (row: number, col: number) => row * 16384 + col;

/** One new value per cell: the repairs of every finding on it, applied in rule order. */
function composeFixes(grid: SheetGrid, findings: readonly Finding[]): Map<number, CellValue> {
  const byCell = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (!finding.repair && finding.replaceWith === undefined) continue;
    const key = cellKey(finding.row, finding.col);
    const list = byCell.get(key);
    if (list) list.push(finding);
    else byCell.set(key, [finding]);
  }
  const fixes = new Map<number, CellValue>();
  for (const [key, cellFindings] of byCell) {
    const { row, col } = cellFindings[0];
    const original = cellAt(grid, row, col);
    const replacement = cellFindings.find((f) => f.replaceWith !== undefined)?.replaceWith;
    let fixed: CellValue = replacement ?? original;
    if (typeof fixed === "string") {
      for (const finding of cellFindings) if (finding.repair) fixed = finding.repair(fixed);
    }
    if (fixed !== original) fixes.set(key, fixed);
  }
  return fixes;
}

function toIssue(grid: SheetGrid, finding: Finding, fixes: Map<number, CellValue>): Issue {
  const issue: Issue = {
    code: finding.code,
    severity: finding.severity,
    sheet: grid.name,
    cell: cellAddress(finding.row, finding.col),
    row: finding.row + 1,
    column: columnLetter(finding.col),
    value: cellAt(grid, finding.row, finding.col),
    params: finding.params ?? {},
  };
  const key = cellKey(finding.row, finding.col);
  if ((finding.repair || finding.replaceWith !== undefined) && fixes.has(key)) issue.fix = fixes.get(key) ?? null;
  return issue;
}
