import { cellAt, cellText, gridWidth, isEmptyCell, type CellRange, type CellValue, type SheetGrid } from "../grid";
import { foldText, isPlainDigits } from "../text";
import { addToProfile, cellKind, emptyProfile, type ColumnProfile } from "./cellKinds";
import { chooseColumnRoles, type ColumnChoice, type RoleWhy } from "./columnRoles";
import { headerCues, MAX_RAW_HEADER_LENGTH } from "./headers";
import {
  firstFilledColumn,
  firstNonEmptyText,
  isFootnoteStar,
  isNoteText,
  isSectionHeading,
  leadingItemNumber,
  listItemNumber,
  nonEmptyTexts,
  parseSeq,
} from "./rowPatterns";
import type { ClosestHeader, ColumnRole, HeaderCell, RecognizedRow, RecognizedTable, SheetRecognition, TableKind } from "./types";

/** A header row (or two) whose columns' roles are settled. */
interface Header {
  index: number;
  /** Last row of the header: index + 1 for a two-row header. */
  end: number;
  cells: HeaderCell[];
  columns: Partial<Record<ColumnRole, number>>;
  why: Partial<Record<ColumnRole, RoleWhy>>;
  /** The header's words, folded, one per column: a header repeated at a page break has the same. */
  signature: string;
}

/** A row whose words could head a table, before the cells below have had their say. */
interface HeaderRow {
  index: number;
  end: number;
  /** `covered`: a column under a header cell merged across it, with that cell's words. */
  texts: { col: number; text: string; covered?: boolean }[];
}

/** Rows above a header that may hold the document's title. */
const MAX_TITLE_ROWS = 3;
/** Data rows read to profile a table's columns: enough to see what they hold, cheap on a 50,000-row sheet. */
const PROFILE_ROWS = 400;

/**
 * Finds every table on a sheet and types each of its rows. Never throws on odd content: a sheet with no
 * recognisable header comes back with no tables and `noHeader` set.
 */
export function recognizeSheet(grid: SheetGrid): SheetRecognition {
  const width = gridWidth(grid);
  const candidates = headerRows(grid, width);
  const headers: Header[] = [];
  const repeated = new Set<number>();
  const profiled: Frame["profiled"] = [];
  let closest: ClosestHeader | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const previous = headers[headers.length - 1];
    if (previous && candidate.index <= previous.end) continue;
    const { header, profileEnd } = settleHeader(grid, candidate, candidates[i + 1]?.index ?? grid.values.length, width);
    profiled.push({ from: candidate.end + 1, to: profileEnd });
    if ("lacks" in header) {
      closest ??= header;
      continue;
    }
    // A header repeated at a page break (Word and PDF conversions do this) continues the same table.
    if (previous && previous.signature === header.signature && !hasTitleBetween(grid, previous.end, header.index, width)) {
      for (let r = header.index; r <= header.end; r++) repeated.add(r);
      continue;
    }
    headers.push(header);
  }
  if (headers.length === 0) {
    const noHeader: SheetRecognition["noHeader"] = { rowsExamined: grid.values.length };
    if (closest) noHeader.closest = closest;
    return { sheet: grid.name, tables: [], noHeader };
  }
  const tables: RecognizedTable[] = [];
  headers.forEach((header, i) => {
    const next = headers[i + 1];
    const titleIndices = titleRowsAbove(grid, header.index, i === 0 ? -1 : headers[i - 1].end, width);
    const end = next ? (titleRowsAbove(grid, next.index, header.end, width)[0] ?? next.index) : grid.values.length;
    tables.push(buildTable(grid, header, titleIndices, end - 1, width, repeated));
  });
  const recognition = { sheet: grid.name, tables };
  FRAMES.set(recognition, { width, profiled, repeated });
  return recognition;
}

/**
 * What recognizeSheet read besides what it returns, kept with its answer so that an edit of data rows can be
 * recognised from it (recognizeEdited): the sheet's width, the rows each candidate header read to settle its
 * columns (from its first row below to the last row read), and the rows of headers repeated at a page break.
 */
interface Frame {
  width: number;
  profiled: { from: number; to: number }[];
  repeated: ReadonlySet<number>;
}

const FRAMES = new WeakMap<SheetRecognition, Frame>();

/**
 * recognizeSheet(grid) for a grid that differs from `before` (recognised as `previous`) only in the cells of
 * `rows`, without reading the sheet again; null when the edit may have changed more than the types of data rows
 * (a header, its title, the rows that settled a header's columns, the sheet's width, where a table ends), so
 * that the caller recognises the whole sheet. `retyped` are the rows (edited or not) whose type, number or task changed.
 */
export function recognizeEdited(
  before: SheetGrid,
  previous: SheetRecognition,
  grid: SheetGrid,
  rows: readonly number[],
): { recognition: SheetRecognition; retyped: number[] } | null {
  const frame = FRAMES.get(previous);
  const { tables } = previous;
  if (!frame || tables.length === 0 || gridWidth(grid) !== frame.width || grid.values.length !== before.values.length) return null;
  const { width } = frame;
  const edited = [...new Set(rows)].sort((a, b) => a - b);
  const byTable = new Map<RecognizedTable, number[]>();
  for (const r of edited) {
    const at = tables.findIndex((t) => t.headerEnd < r && r <= t.lastIndex);
    const table = tables[at];
    const next = tables[at + 1];
    // Rows next to a header may be its title, its second row or the end of the table above it.
    if (table === undefined || (next !== undefined && r >= next.headerIndex - MAX_TITLE_ROWS - 1)) return null;
    if (frame.profiled.some((p) => p.from <= r && r <= p.to)) return null;
    for (const g of [before, grid]) {
      if (headingTexts(g, r, width) !== null || headingTexts(g, r - 1, width) !== null) return null;
      // A blank row may end a table or part a repeated header from the one above; a title-like one head a table.
      if (isBlankRow(g, r, width) || isTitleLike(g, r, width)) return null;
    }
    byTable.set(table, [...(byTable.get(table) ?? []), r]);
  }
  const retyped: number[] = [];
  const recognition: SheetRecognition = {
    ...previous,
    tables: tables.map((table) => {
      const changed = byTable.get(table);
      return changed ? { ...table, rows: retype(grid, table, changed, width, frame.repeated, retyped) } : table;
    }),
  };
  FRAMES.set(recognition, frame);
  return { recognition, retyped };
}

/**
 * The table's rows typed again from the last row above the first edit after which typing starts afresh (a
 * numbered task or a section heading) to the first such row below the last edit that keeps its type.
 */
function retype(
  grid: SheetGrid,
  table: RecognizedTable,
  edited: readonly number[],
  width: number,
  repeatedHeaders: ReadonlySet<number>,
  retyped: number[],
): RecognizedRow[] {
  const rows = table.rows.slice();
  // Every row from below the header to the table's last is in `rows` once, in order, after the title rows.
  const offset = rows.length - (table.lastIndex - table.headerEnd);
  const at = (r: number) => offset + r - table.headerEnd - 1;
  const typing = { grid, columns: table.columns, width, repeatedHeaders };
  const state: TypingState = { lastTask: null, block: null };
  let r = edited[0] - 1;
  for (; r > table.headerEnd; r--) {
    const row = rows[at(r)];
    if (row.type === "section") break;
    if (startsAfresh(typing, row)) {
      state.lastTask = row;
      const item = table.columns.seq === undefined ? null : listItemNumber(cellText(cellAt(grid, r, table.columns.task ?? 0)));
      state.block = item === 1 && row.seq !== null ? { seq: row.seq, lastItem: 1 } : null;
      break;
    }
  }
  const last = edited[edited.length - 1];
  for (r++; r <= table.lastIndex; r++) {
    const old = rows[at(r)];
    const row = typeRow(typing, r, state);
    const same = row.type === old.type && row.seq === old.seq && row.parentIndex === old.parentIndex && row.label === old.label;
    if (same) {
      // A later continuation row must still point at this very row object's twin: keep the old one only when equal.
      if (r > last && (row.type === "section" || startsAfresh(typing, row))) break;
      continue;
    }
    rows[at(r)] = row;
    retyped.push(r);
  }
  return rows;
}

/** A numbered task row: what the rows below it are typed by is this row alone. */
function startsAfresh({ grid, columns }: Typing, row: RecognizedRow): boolean {
  if (row.type !== "task" || row.seq === null) return false;
  return columns.seq === undefined || parseSeq(cellAt(grid, row.index, columns.seq)) !== null;
}

const isNumber = (value: CellValue) => typeof value === "number";
/** A figure with at most a two-character measure: 8950, 1300人, 3.5万亩. */
const FIGURE = /^[约近超逾达]?[-+]?\d+(?:\.\d+)?[万亿千百]?\D{0,2}$/u;

/**
 * Rows whose words could head a table: short cells, no numbers, and at least two that name a role (any role:
 * 项目内容 | 当前进度 | 牵头单位 heads a table though no word says 任务). A row right under one that only adds words
 * under its cells (完成情况 over 完成数 | 完成率) is its second row.
 */
function headerRows(grid: SheetGrid, width: number): HeaderRow[] {
  const rows: HeaderRow[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const texts = headingTexts(grid, r, width);
    if (texts === null) continue;
    const below = headerTexts(grid, r + 1, width);
    if (below !== null && isSecondHeaderRow(grid, r, texts, below)) {
      rows.push({ index: r, end: r + 1, texts: combineHeaderRows(texts, below) });
      r++;
      continue;
    }
    rows.push({ index: r, end: r, texts });
  }
  return rows;
}

/** The header words of a row that could head a table (at least two, half of them naming a role), or null. */
function headingTexts(grid: SheetGrid, r: number, width: number): { col: number; text: string }[] | null {
  const texts = headerTexts(grid, r, width);
  if (texts === null) return null;
  let named = 0;
  for (const { text } of texts) if (headerCues(text).some((cue) => cue.strength >= 2)) named++;
  return named < 2 || named * 2 < texts.length ? null : texts;
}

/** The non-empty cells of a row that could be header words, or null when the row cannot be a header. */
function headerTexts(grid: SheetGrid, r: number, width: number): { col: number; text: string }[] | null {
  const line = grid.values[r];
  // Header cells are words; a row holding a number (a 序号, an amount) is data. Cheap, and most rows are data.
  if (!line || line.some(isNumber)) return null;
  const texts = nonEmptyTexts(line, 0, width - 1);
  if (texts.length < 2) return null;
  for (const { text } of texts) {
    if (text.length > MAX_RAW_HEADER_LENGTH) return null;
    // Header words are never figures: a row of "6%以上 | 28.97%" is data, whatever words stand beside them
    // ("2022年预期目标" and "8月计划进度" start with a number and are words).
    const kind = cellKind(text);
    if (kind === "seq" || kind === "percent" || (kind === "quantity" && FIGURE.test(foldText(text)))) return null;
  }
  return texts;
}

/**
 * The row below a header is its second row when its words sit under cells of the upper row that span several
 * columns, or under empty ones (完成情况 merged over 完成数 | 完成率; 2025年进展情况 over 截至6月底进展 | 7月工作计划),
 * and one of them at least names a role.
 */
function isSecondHeaderRow(
  grid: SheetGrid,
  r: number,
  upper: readonly { col: number; text: string }[],
  lower: readonly { col: number; text: string }[],
): boolean {
  if (lower.length < 1 || lower.length > upper.length + 2) return false;
  let named = false;
  for (const { col, text } of lower) {
    if (headerCues(text).length > 0) named = true;
    const above = upper.find((cell) => cell.col === col);
    if (above && spanAt(grid.merges, r, col) === null) return false;
  }
  return named;
}

/** The merged area that covers a cell and spans more than one column, or null. */
function spanAt(merges: readonly CellRange[], r: number, c: number): CellRange | null {
  for (const m of merges) if (m.top <= r && r <= m.bottom && m.left <= c && c <= m.right && m.right > m.left) return m;
  return null;
}

/** One header from two rows: the lower row's words where it has them, the upper's elsewhere. */
function combineHeaderRows(upper: readonly { col: number; text: string }[], lower: readonly { col: number; text: string }[]): { col: number; text: string }[] {
  const byCol = new Map<number, string>();
  for (const cell of upper) byCol.set(cell.col, cell.text);
  for (const cell of lower) byCol.set(cell.col, cell.text);
  return [...byCol.entries()].sort((a, b) => a[0] - b[0]).map(([col, text]) => ({ col, text }));
}

/**
 * A header cell merged across columns heads each of them ("省重点民生实事项目名称" over B:C): the columns it
 * covers are candidates too, under the same words, so their cells can say what they hold.
 */
function withCoveredColumns(grid: SheetGrid, row: HeaderRow, width: number): HeaderRow {
  const texts = [...row.texts];
  for (const cell of row.texts) {
    const area = spanAt(grid.merges, row.end, cell.col) ?? spanAt(grid.merges, row.index, cell.col);
    if (area === null || area.left !== cell.col) continue;
    // A merge may be recorded wider than the cells the sheet holds: only columns inside the sheet count.
    for (let c = area.left + 1; c <= Math.min(area.right, width - 1); c++)
      if (!texts.some((t) => t.col === c)) texts.push({ col: c, text: cell.text, covered: true });
  }
  texts.sort((a, b) => a.col - b.col);
  return { ...row, texts };
}

/**
 * The header's column roles from its words and the cells below it (up to the next candidate header), or what
 * it lacked: a table needs a task column and at least one other role.
 */
function settleHeader(grid: SheetGrid, written: HeaderRow, nextCandidate: number, width: number): { header: Header | ClosestHeader; profileEnd: number } {
  const row = withCoveredColumns(grid, written, width);
  const profiles = new Map<number, ColumnProfile>();
  for (const { col } of row.texts) profiles.set(col, emptyProfile());
  let read = 0;
  let r = row.end + 1;
  for (; r < nextCandidate && read < PROFILE_ROWS; r++) {
    const line = grid.values[r];
    // Section headings, titles and notes are one text across the row: they say nothing of the columns.
    if (!line || firstFilledColumn(line, firstFilledColumn(line, 0, width - 1) + 1, width - 1) < 0) continue;
    read++;
    for (const [col, profile] of profiles) addToProfile(profile, line[col] ?? null);
  }
  return { header: headerOfChoices(written, row, chooseColumnRoles(row.texts, profiles)), profileEnd: r - 1 };
}

/** The header the column choices make, or what it lacked: a table needs a task column and at least one other role. */
function headerOfChoices(written: HeaderRow, row: HeaderRow, choices: ColumnChoice[]): Header | ClosestHeader {
  const chosen = choices.filter((choice) => choice.role !== null);
  const headers = written.texts.map((t) => t.text);
  if (!chosen.some((choice) => choice.role === "task")) return { row: row.index + 1, headers, lacks: "no-task" };
  if (chosen.length < 2) return { row: row.index + 1, headers, lacks: "one-role" };
  const columns: Partial<Record<ColumnRole, number>> = {};
  const why: Partial<Record<ColumnRole, RoleWhy>> = {};
  for (const choice of chosen) {
    const role = choice.role as ColumnRole;
    columns[role] = choice.col;
    if (choice.why) why[role] = choice.why;
  }
  return {
    index: row.index,
    end: row.end,
    // A column under another's merged header cell is reported only when it was given a role.
    cells: choices.filter((choice) => choice.role !== null || written.texts.some((t) => t.col === choice.col)).map(headerCell),
    columns,
    why,
    signature: written.texts.map((t) => `${t.col}:${foldText(t.text)}`).join("|"),
  };
}

/** The header cell as validation reads it: a column left without a role keeps the role its words name (a second 责任单位). */
function headerCell(choice: ColumnChoice): HeaderCell {
  return { col: choice.col, text: choice.header, role: choice.role ?? choice.headerRole };
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
  return col === 0 || opensSpan(grid.merges, r, col) || text.length >= 8;
}

/** Whether a cell is the first of a merged area spanning several columns. */
function opensSpan(merges: readonly CellRange[], r: number, c: number): boolean {
  return spanAt(merges, r, c)?.left === c;
}

function isBlankRow(grid: SheetGrid, r: number, width: number): boolean {
  const line = grid.values[r];
  if (!line) return true;
  for (let c = 0; c < width && c < line.length; c++) if (!isEmptyCell(line[c] ?? null)) return false;
  return true;
}

function buildTable(
  grid: SheetGrid,
  header: Header,
  titleIndices: number[],
  lastCandidate: number,
  width: number,
  repeatedHeaders: ReadonlySet<number>,
): RecognizedTable {
  let lastIndex = header.end;
  for (let r = lastCandidate; r > header.end; r--) {
    if (!isBlankRow(grid, r, width)) {
      lastIndex = r;
      break;
    }
  }
  const title = titleIndices
    .map((r) => firstNonEmptyText(grid.values[r], 0, width - 1) ?? "")
    .join(" ")
    .trim();
  return {
    kind: tableKind(header),
    title: title === "" ? null : title,
    headerIndex: header.index,
    headerEnd: header.end,
    lastIndex,
    columns: header.columns,
    why: header.why,
    headerCells: header.cells,
    // The document title above the header is part of the table's rows too, so every row of the table is typed.
    rows: typeRows(grid, header, lastIndex, width, repeatedHeaders, titleIndices),
  };
}

function tableKind(header: Header): TableKind {
  const { columns } = header;
  if (columns.progress !== undefined || columns.status !== undefined || columns.done !== undefined || columns.rate !== undefined) return "progress";
  const taskCol = columns.task;
  const taskHeader = header.cells.find((cell) => cell.col === taskCol)?.text.replace(/\s+/gu, "") ?? "";
  if (/指标/u.test(taskHeader) || (columns.target !== undefined && columns.units === undefined)) return "indicators";
  if (columns.content !== undefined || /项目|实事/u.test(taskHeader)) return "projects";
  return "tasks";
}

/** The title rows above the header, then every row after it up to `lastIndex`, each with its type. */
function typeRows(
  grid: SheetGrid,
  header: Header,
  lastIndex: number,
  width: number,
  repeatedHeaders: ReadonlySet<number>,
  titleIndices: readonly number[],
): RecognizedRow[] {
  // The title rows first, in the one list: a spread of the rest after them would copy every row.
  const rows = titleIndices.map((index): RecognizedRow => ({ index, type: "title", seq: null, parentIndex: null }));
  // The second row of a two-row header is not data.
  for (let r = header.index + 1; r <= header.end; r++) rows.push({ index: r, type: "title", seq: null, parentIndex: null });
  const typing = { grid, columns: header.columns, width, repeatedHeaders };
  const state: TypingState = { lastTask: null, block: null };
  for (let r = header.end + 1; r <= lastIndex; r++) rows.push(typeRow(typing, r, state));
  return rows;
}

/** What typing a row reads besides the row: the sheet, the table's columns, and the rows of repeated headers. */
interface Typing {
  grid: SheetGrid;
  columns: Partial<Record<ColumnRole, number>>;
  width: number;
  repeatedHeaders: ReadonlySet<number>;
}

/** What typing carries from row to row: the task a continuation belongs to, and a numbered list inside one 序号. */
interface TypingState {
  lastTask: RecognizedRow | null;
  /** The numbered list inside the task column under one 序号 (1 | (1)… (2)…): the block's row and its last item. */
  block: { seq: string; lastItem: number } | null;
}

/** The type of one data row, from its cells and the rows above it (`state`, which it updates). */
function typeRow({ grid, columns, width, repeatedHeaders }: Typing, r: number, state: TypingState): RecognizedRow {
  const seqCol = columns.seq;
  const taskCol = columns.task ?? 0;
  const line = grid.values[r];
  const firstCol = firstFilledColumn(line, 0, width - 1);
  if (firstCol < 0) return { index: r, type: "blank", seq: null, parentIndex: null };
  const first = cellText(line[firstCol] ?? null).trim();
  const onlyText = firstFilledColumn(line, firstCol + 1, width - 1) < 0;
  if (repeatedHeaders.has(r)) return { index: r, type: "title", seq: null, parentIndex: null };
  // "*1.力争…" beside its figures is an indicator marked with a star; a note stands alone on its row.
  if (isNoteText(first) && (onlyText || !isFootnoteStar(first))) return { index: r, type: "note", seq: null, parentIndex: null };
  const { lastTask } = state;
  const seqValue = seqCol === undefined ? null : cellAt(grid, r, seqCol);
  const seqTextOnly = seqCol !== undefined && !isEmptyCell(seqValue);
  const expected = lastTask !== null && lastTask.seq !== null && isPlainDigits(lastTask.seq) ? Number(lastTask.seq) + 1 : undefined;
  const seq = seqCol === undefined ? leadingItemNumber(cellText(cellAt(grid, r, taskCol)), expected) : parseSeq(seqValue);

  if (seq !== null) {
    const row: RecognizedRow = { index: r, type: "task", seq, parentIndex: null };
    state.lastTask = row;
    const item = seqCol === undefined ? null : listItemNumber(cellText(cellAt(grid, r, taskCol)));
    state.block = item === 1 ? { seq, lastItem: 1 } : null;
    return row;
  }
  if ((seqTextOnly && isSectionHeading(cellText(seqValue))) || (onlyText && isSectionHeading(first))) {
    state.lastTask = null;
    state.block = null;
    return { index: r, type: "section", seq: null, parentIndex: null, label: seqTextOnly ? cellText(seqValue).trim() : first };
  }
  if (onlyText && isTitleLike(grid, r, width) && opensSpan(grid.merges, r, firstCol)) return { index: r, type: "title", seq: null, parentIndex: null };
  if (seqTextOnly) {
    // 序号 holds text that is no number ("一项", "合计"): keep the row as a task so validation can point at it.
    const row: RecognizedRow = { index: r, type: "task", seq: cellText(seqValue).trim(), parentIndex: null };
    state.lastTask = row;
    return row;
  }
  const { block } = state;
  if (block !== null && listItemNumber(cellText(cellAt(grid, r, taskCol))) === block.lastItem + 1) {
    // The next item of the block's list: a task of its own, numbered within the block (1.2, 1.3 …).
    block.lastItem++;
    const row: RecognizedRow = { index: r, type: "task", seq: `${block.seq}.${block.lastItem}`, parentIndex: null };
    state.lastTask = row;
    return row;
  }
  if (lastTask) return { index: r, type: "continuation", seq: lastTask.seq, parentIndex: lastTask.index };
  return { index: r, type: "task", seq: null, parentIndex: null };
}
