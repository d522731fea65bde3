import { cellAt, cellText, gridWidth, isEmptyCell, type CellRange, type CellValue, type SheetGrid } from "../grid";
import { headerRole } from "./headers";
import { firstFilledColumn, firstNonEmptyText, isNoteText, isSectionHeading, leadingItemNumber, nonEmptyTexts, parseSeq } from "./rowPatterns";
import type {
  ColumnRole,
  HeaderCell,
  RecognizedRow,
  RecognizedTable,
  SheetRecognition,
  TableKind,
} from "./types";

interface HeaderCandidate {
  index: number;
  cells: HeaderCell[];
  columns: Partial<Record<ColumnRole, number>>;
}

/** Rows above a header that may hold the document's title. */
const MAX_TITLE_ROWS = 3;

/**
 * Finds every table on a sheet and types each of its rows. Never throws on odd content: a sheet with no
 * recognisable header comes back with no tables and `noHeader` set.
 */
export function recognizeSheet(grid: SheetGrid): SheetRecognition {
  const width = gridWidth(grid);
  const { headers, repeated } = findHeaders(grid, width);
  if (headers.length === 0) {
    return { sheet: grid.name, tables: [], noHeader: { rowsExamined: grid.values.length } };
  }
  const tables: RecognizedTable[] = [];
  headers.forEach((header, i) => {
    const next = headers[i + 1];
    const titleIndices = titleRowsAbove(grid, header.index, i === 0 ? -1 : headers[i - 1].index, width);
    const end = next ? titleRowsAbove(grid, next.index, header.index, width)[0] ?? next.index : grid.values.length;
    tables.push(buildTable(grid, header, titleIndices, end - 1, width, repeated));
  });
  return { sheet: grid.name, tables };
}

/** Header rows that start tables, and header rows repeated inside a table (typed as title rows). */
function findHeaders(grid: SheetGrid, width: number): { headers: HeaderCandidate[]; repeated: Set<number> } {
  const found: HeaderCandidate[] = [];
  const repeated = new Set<number>();
  for (let r = 0; r < grid.values.length; r++) {
    const candidate = headerCandidate(grid, r, width);
    if (!candidate) continue;
    const previous = found[found.length - 1];
    // A header repeated at a page break (Word and PDF conversions do this) continues the same table.
    if (previous && sameColumns(previous, candidate) && !hasTitleBetween(grid, previous.index, r, width)) {
      repeated.add(r);
      continue;
    }
    found.push(candidate);
  }
  return { headers: found, repeated };
}

const isNumber = (value: CellValue) => typeof value === "number";

function headerCandidate(grid: SheetGrid, r: number, width: number): HeaderCandidate | null {
  // Header cells are words; a row holding a number (a 序号, an amount) is data. Cheap, and most rows are data.
  if (grid.values[r]?.some(isNumber)) return null;
  const texts = nonEmptyTexts(grid.values[r], 0, width - 1);
  if (texts.length < 2) return null;
  const cells: HeaderCell[] = texts.map(({ col, text }) => ({ col, text, role: headerRole(text) }));
  const known = cells.filter((cell) => cell.role !== null);
  // A header names a task (or indicator) column and at least one other role, and is mostly headers.
  if (known.length < 2 || known.length * 2 < cells.length) return null;
  if (!known.some((cell) => cell.role === "task")) return null;
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const cell of known) if (cell.role && columns[cell.role] === undefined) columns[cell.role] = cell.col;
  return { index: r, cells, columns };
}

function sameColumns(a: HeaderCandidate, b: HeaderCandidate): boolean {
  const keysA = Object.entries(a.columns).sort().join();
  const keysB = Object.entries(b.columns).sort().join();
  return keysA === keysB;
}

function hasTitleBetween(grid: SheetGrid, from: number, to: number, width: number): boolean {
  for (let r = from + 1; r < to; r++) {
    if (isTitleLike(grid, r, width)) return true;
    if (isBlankRow(grid, r, width)) return true;
  }
  return false;
}

/** Title rows directly above a header (blank rows between title and header allowed), top first. */
function titleRowsAbove(grid: SheetGrid, headerIndex: number, floor: number, width: number): number[] {
  const titles: number[] = [];
  for (let r = headerIndex - 1; r > floor && headerIndex - r <= MAX_TITLE_ROWS + 1; r--) {
    if (isBlankRow(grid, r, width)) {
      if (titles.length > 0) break;
      continue;
    }
    if (!isTitleLike(grid, r, width)) break;
    titles.unshift(r);
  }
  return titles;
}

/** One piece of text across the row, not a numbered task or a section heading. */
function isTitleLike(grid: SheetGrid, r: number, width: number): boolean {
  const texts = nonEmptyTexts(grid.values[r], 0, width - 1);
  if (texts.length !== 1) return false;
  const { text, col } = texts[0];
  if (parseSeq(text) !== null || isSectionHeading(text) || isNoteText(text)) return false;
  return col === 0 || spansColumns(grid.merges, r, col) > 1 || text.length >= 8;
}

function spansColumns(merges: readonly CellRange[], r: number, c: number): number {
  const area = merges.find((m) => m.top <= r && r <= m.bottom && m.left === c);
  return area ? area.right - area.left + 1 : 1;
}

function isBlankRow(grid: SheetGrid, r: number, width: number): boolean {
  const line = grid.values[r];
  if (!line) return true;
  for (let c = 0; c < width && c < line.length; c++) if (!isEmptyCell(line[c] ?? null)) return false;
  return true;
}

function buildTable(
  grid: SheetGrid,
  header: HeaderCandidate,
  titleIndices: number[],
  lastCandidate: number,
  width: number,
  repeatedHeaders: ReadonlySet<number>,
): RecognizedTable {
  let lastIndex = header.index;
  for (let r = lastCandidate; r > header.index; r--) {
    if (!isBlankRow(grid, r, width)) {
      lastIndex = r;
      break;
    }
  }
  const title = titleIndices.map((r) => firstNonEmptyText(grid.values[r], 0, width - 1) ?? "").join(" ").trim();
  return {
    kind: tableKind(header),
    title: title === "" ? null : title,
    headerIndex: header.index,
    lastIndex,
    columns: header.columns,
    headerCells: header.cells,
    // The document title above the header is part of the table's rows too, so every row of the table is typed.
    rows: typeRows(grid, header, lastIndex, width, repeatedHeaders, titleIndices),
  };
}

function tableKind(header: HeaderCandidate): TableKind {
  const { columns } = header;
  if (columns.progress !== undefined || columns.status !== undefined) return "progress";
  const taskHeader = header.cells.find((cell) => cell.role === "task")?.text.replace(/\s+/gu, "") ?? "";
  if (columns.target !== undefined || /指标/u.test(taskHeader)) return "indicators";
  if (columns.content !== undefined || /项目/u.test(taskHeader)) return "projects";
  return "tasks";
}

/** The title rows above the header, then every row after it up to `lastIndex`, each with its type. */
function typeRows(
  grid: SheetGrid,
  header: HeaderCandidate,
  lastIndex: number,
  width: number,
  repeatedHeaders: ReadonlySet<number>,
  titleIndices: readonly number[],
): RecognizedRow[] {
  const seqCol = header.columns.seq;
  const taskCol = header.columns.task ?? 0;
  // The title rows first, in the one list: a spread of the rest after them would copy every row.
  const rows = titleIndices.map((index): RecognizedRow => ({ index, type: "title", seq: null, parentIndex: null }));
  let lastTask: RecognizedRow | null = null;

  for (let r = header.index + 1; r <= lastIndex; r++) {
    const line = grid.values[r];
    const firstCol = firstFilledColumn(line, 0, width - 1);
    if (firstCol < 0) {
      rows.push({ index: r, type: "blank", seq: null, parentIndex: null });
      continue;
    }
    const first = cellText(line[firstCol] ?? null).trim();
    const onlyText = firstFilledColumn(line, firstCol + 1, width - 1) < 0;
    if (repeatedHeaders.has(r)) {
      rows.push({ index: r, type: "title", seq: null, parentIndex: null });
      continue;
    }
    if (isNoteText(first)) {
      rows.push({ index: r, type: "note", seq: null, parentIndex: null });
      continue;
    }
    const seqValue = seqCol === undefined ? null : cellAt(grid, r, seqCol);
    const seqTextOnly = seqCol !== undefined && !isEmptyCell(seqValue);
    const seq = seqCol === undefined ? leadingItemNumber(cellText(cellAt(grid, r, taskCol))) : parseSeq(seqValue);

    if (seq !== null) {
      const row: RecognizedRow = { index: r, type: "task", seq, parentIndex: null };
      rows.push(row);
      lastTask = row;
      continue;
    }
    if ((seqTextOnly && isSectionHeading(cellText(seqValue))) || (onlyText && isSectionHeading(first))) {
      rows.push({ index: r, type: "section", seq: null, parentIndex: null, label: seqTextOnly ? cellText(seqValue).trim() : first });
      lastTask = null;
      continue;
    }
    if (onlyText && isTitleLike(grid, r, width) && spansColumns(grid.merges, r, firstCol) > 1) {
      rows.push({ index: r, type: "title", seq: null, parentIndex: null });
      continue;
    }
    if (seqTextOnly) {
      // 序号 holds text that is no number ("一项", "合计"): keep the row as a task so validation can point at it.
      const row: RecognizedRow = { index: r, type: "task", seq: cellText(seqValue).trim(), parentIndex: null };
      rows.push(row);
      lastTask = row;
      continue;
    }
    if (lastTask) {
      rows.push({ index: r, type: "continuation", seq: lastTask.seq, parentIndex: lastTask.index });
      continue;
    }
    rows.push({ index: r, type: "task", seq: null, parentIndex: null });
  }
  return rows;
}
