import type { CellValue, SheetGrid } from "../grid";
import { recognizeEdited, sheetYear, type RecognizedTable } from "../recognize";
import type { Issue } from "./issue";
import type { Finding, RuleContext } from "./rule";
import { RULES } from "./rules";
import { checkSheet, type RepairableCheck } from "./selection";
import { carryTableCells } from "./tableCells";
import { issuesOf } from "./validateSheet";

/**
 * What an edit's check did: checked the rows it touched and those whose whole-table findings changed (`rows`,
 * 0-based: the other rows' issues are the check before's), or, when the edit reached the header, a table's
 * bounds or the rows its columns were told from, the whole sheet.
 */
export type Recheck = { check: RepairableCheck; incremental: true; rows: number[] } | { check: RepairableCheck; incremental: false };

/**
 * The check of a sheet after some of its rows were edited, from the check before the edit: exactly what
 * checkSheet(grid after the edit, same registries) gives, issues and findings alike. Only the edited rows (and
 * rows whose type the edit changed) are checked by the rules of one row; the rules of the whole table
 * (duplicates, 序号 order, unit spellings) run again on the table as it now is, and only the rows whose findings
 * changed get new issues. Falls back to the whole check when the edit may change what the tables are.
 *
 * `edits` are whole rows (0-based) as they are now. Null when an edited row lies outside the grid checked
 * before, or holds cells past its width: the caller reads the whole sheet again.
 */
export function recheckSheet(previous: RepairableCheck, edits: ReadonlyMap<number, readonly CellValue[]>): Recheck | null {
  const before = previous.grid;
  const values = before.values.slice();
  for (const [r, line] of edits) {
    const old = before.values[r];
    if (old === undefined) return null;
    for (let c = old.length; c < line.length; c++) if (line[c] !== null) return null;
    values[r] = Array.from({ length: old.length }, (_, c) => line[c] ?? null);
  }
  const grid: SheetGrid = { ...before, values };
  const { recognition, ...options } = previous.options;
  const full = (): Recheck => ({ check: checkSheet(grid, options), incremental: false });
  // Without registries given, the sheet's own cells chose them: an edit may choose others.
  if (recognition === undefined || options.registry === undefined || options.vocabulary === undefined) return full();
  const edited = recognizeEdited(before, recognition, grid, [...edits.keys()]);
  if (edited === null) return full();
  const { registry, vocabulary } = options;
  const rules = options.rules ?? RULES;
  const dirty = new Set([...edits.keys(), ...edited.retyped]);
  const affected = new Set(dirty);
  // The columns the edit changed: a whole-table rule that reads none of them (and no row changed type) stands.
  const changedCols = new Set<number>();
  for (const r of edits.keys()) before.values[r].forEach((value, c) => value !== values[r][c] && changedCols.add(c));
  const ruleFindings = new Map<RecognizedTable, readonly (readonly Finding[])[]>();
  recognition.tables.forEach((oldTable, t) => {
    const table = edited.recognition.tables[t];
    const lists = previous.ruleFindings.get(oldTable);
    if (lists === undefined) throw new Error("recheckSheet: the previous check has no findings for a table");
    if (table === oldTable) {
      ruleFindings.set(table, lists);
      return;
    }
    if (edited.retyped.length === 0) carryTableCells(grid, oldTable, table, [...edits.keys()]);
    const context: RuleContext = { grid, table, registry, vocabulary, year: sheetYear(table.title, grid.name), memos: options.memos };
    const parts = rowParts(table, dirty);
    ruleFindings.set(
      table,
      rules.map((rule, k) => {
        if (rule.scope === "row") {
          const kept = lists[k].filter((finding) => !dirty.has(finding.row));
          return kept.concat(...parts.map((part) => rule.check({ ...context, table: part })));
        }
        const reads = rule.reads?.map((role) => table.columns[role]);
        if (reads && edited.retyped.length === 0 && !reads.some((col) => col !== undefined && changedCols.has(col))) return lists[k];
        const found = rule.check(context);
        for (const row of changedRows(lists[k], found)) affected.add(row);
        return found;
      }),
    );
  });
  const flat = new Map([...ruleFindings].map(([table, lists]) => [table, ([] as Finding[]).concat(...lists)]));
  const issues = spliceRows(previous.issues, rowIssues(grid, ruleFindings, affected));
  return {
    check: { issues, grid, options: { ...options, recognition: edited.recognition }, findings: flat, ruleFindings },
    incremental: true,
    rows: [...affected].sort((a, b) => a - b),
  };
}

/**
 * The table cut down to runs of consecutive rows of `rows`: a rule of one row checks them as it would the table
 * (cellErrorValue reads from headerIndex to lastIndex, the others the table's rows).
 */
function rowParts(table: RecognizedTable, rows: ReadonlySet<number>): RecognizedTable[] {
  const sorted = [...rows].filter((r) => table.headerEnd < r && r <= table.lastIndex).sort((a, b) => a - b);
  const parts: RecognizedTable[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const [top, bottom] = [sorted[i], sorted[j]];
    parts.push({ ...table, headerIndex: top, headerEnd: top, lastIndex: bottom, rows: table.rows.filter((row) => top <= row.index && row.index <= bottom) });
    i = j + 1;
  }
  return parts;
}

/** A finding as its issue reads it (the repair follows from the code, the parameters and the cell). */
const signature = (f: Finding) => `${f.code}|${f.col}|${JSON.stringify(f.params ?? {})}|${f.replaceWith ?? ""}|${f.repair ? 1 : 0}`;

/** Rows whose findings of a whole-table rule differ between two runs. */
function changedRows(before: readonly Finding[], after: readonly Finding[]): Set<number> {
  const byRow = (findings: readonly Finding[]) => {
    const rows = new Map<number, string>();
    for (const f of findings) rows.set(f.row, `${rows.get(f.row) ?? ""}\n${signature(f)}`);
    return rows;
  };
  const [old, now] = [byRow(before), byRow(after)];
  const changed = new Set<number>();
  for (const [row, text] of old) if (now.get(row) !== text) changed.add(row);
  for (const row of now.keys()) if (!old.has(row)) changed.add(row);
  return changed;
}

/** The issues of each of `rows`, made from that row's findings of every rule, in rule order. */
function rowIssues(
  grid: SheetGrid,
  ruleFindings: ReadonlyMap<RecognizedTable, readonly (readonly Finding[])[]>,
  rows: ReadonlySet<number>,
): Map<number, Issue[]> {
  const byRow = new Map<number, Finding[]>();
  for (const lists of ruleFindings.values()) {
    for (const list of lists) {
      for (let i = 0; i < list.length; i++) {
        const finding = list[i];
        if (!rows.has(finding.row)) continue;
        const found = byRow.get(finding.row);
        if (found) found.push(finding);
        else byRow.set(finding.row, [finding]);
      }
    }
  }
  const issues = new Map<number, Issue[]>();
  for (const row of rows) issues.set(row + 1, issuesOf(grid, byRow.get(row) ?? []));
  return issues;
}

/** The sorted issues with those of some rows (1-based, as issues count them) replaced. */
function spliceRows(issues: readonly Issue[], replaced: ReadonlyMap<number, Issue[]>): Issue[] {
  const rows = [...replaced.keys()].sort((a, b) => a - b);
  const result: Issue[] = [];
  let i = 0;
  for (const row of rows) {
    while (i < issues.length && issues[i].row < row) result.push(issues[i++]);
    while (i < issues.length && issues[i].row === row) i++;
    for (const issue of replaced.get(row) ?? []) result.push(issue);
  }
  while (i < issues.length) result.push(issues[i++]);
  return result;
}
