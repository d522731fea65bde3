/**
 * 汇总报送: the units' returned sheets merged into the master sheet. Each return is read with the recognizer (any
 * column order, reworded headers, title rows, a .csv), its sender told from its names and rows, and each of its
 * rows matched to a line of the master by 序号 and text (the matcher, so an edited task text still finds its line).
 * What the units wrote becomes proposals: cell changes of the master's 进展情况 / 进展状态 cells, the same changes
 * the fixes make (previewed, applied as one batch, undone from the journal). A return never changes the master's
 * task text or units: where they differ it is reported, never written.
 */
import { countDice } from "../collections";
import { cellAddress, cellAt, cellText, columnIndex, MAX_CELL_TEXT, safeCut, type CellValue, type SheetGrid } from "../grid";
import { matchTasks, nGrams, type MatchConfidence, type MatchDoc } from "../matching";
import { headerRole, parseSeq, recognizeSheet, type RecognizedTable } from "../recognize";
import { taskRecords } from "../tasks";
import { foldText } from "../text";
import { canonicalUnits, namedUnits, type NamedUnit, type UnitRegistry } from "../units/registry";
import type { CellChange } from "../validate";

/** One sheet of a returned file (a .csv is one sheet); `file` is the file's name as the clerk knows it. */
export interface ReturnSheet {
  file: string;
  grid: SheetGrid;
}

export interface MergeOptions {
  /** The unit registry of the master's place: aliases and former names are the same unit. */
  registry: UnitRegistry;
}

/** Where the sender's name was read: the sheet's name, the title above the header, the file's name, the rows' units. */
export type SenderSource = "sheet" | "title" | "file" | "rows" | "tasks";

/** A row of a return, as the clerk finds it: file, sheet, 1-based row, its 序号 and task text. */
export interface ReturnPlace {
  file: string;
  sheet: string;
  row: number;
  seq: string;
  text: string;
}

/** A line of the master: a numbered task row or one of its continuation rows (1-based row). */
export interface MasterPlace {
  row: number;
  seq: string;
  text: string;
}

export interface ReturnSummary {
  file: string;
  sheet: string;
  /** The unit that sent it (as the master names it), null when nothing told it. */
  unit: string | null;
  certainty: MatchConfidence | null;
  /** What told the unit. */
  from: SenderSource[];
  /** Task rows read, rows matched to the master, rows that carry progress or status. */
  rows: number;
  matched: number;
  reported: number;
  /** The sender's master lines its return has no row for (rows it deleted). */
  missing: MasterPlace[];
  /** Set when no table with a task column was found on the sheet: nothing was read from it. */
  unreadable?: boolean;
}

/** How a returned row found its master line. */
export type MatchedBy = "seq-and-text" | "text" | "seq";

export interface MatchedRow extends ReturnPlace {
  unit: string | null;
  master: MasterPlace;
  by: MatchedBy;
  /** 确定 / 较可能 / 仅供参考: an exact text is certain, an edited one as sure as the matcher says. */
  confidence: MatchConfidence;
  seqChanged: boolean;
  textChanged: boolean;
  /** The return lists other units than the master (only when the return has a units column). */
  unitsChanged: boolean;
  /** The units as the return lists them. */
  units: string[];
  progress: string;
  status: string;
}

export interface UnmatchedRow extends ReturnPlace {
  unit: string | null;
  units: string[];
  progress: string;
  status: string;
  /** "new": no master line is like it (a row the unit added); "duplicate": its line is matched by an earlier row. */
  reason: "new" | "duplicate";
}

/** A unit that sent nothing, with the master's lines it leads and co-operates on. */
export interface ChaseUnit {
  unit: string;
  lead: MasterPlace[];
  coop: MasterPlace[];
}

export interface StatusConflict extends MasterPlace {
  cell: string;
  /** The status cell as it stays. */
  current: CellValue;
  statuses: { unit: string; status: string; file: string; sheet: string; returnRow: number }[];
}

export type ProposalColumn = "progress" | "status";

export interface Proposal extends MasterPlace {
  column: ProposalColumn;
  cell: string;
  before: CellValue;
  after: CellValue;
  /** The units whose rows the value was made from, lead first. */
  units: string[];
  /** The master's cell held other text, which the proposal replaces (the preview shows old → new). */
  replaces: boolean;
}

export interface MergeReport {
  sheet: string;
  returns: ReturnSummary[];
  matched: MatchedRow[];
  /** Matched rows whose 序号 is not their master line's. */
  seqChanges: MatchedRow[];
  /** Matched rows whose task text or units differ from the master's: reported only, never written. */
  textChanges: MatchedRow[];
  unmatched: UnmatchedRow[];
  /** Master lines no return reported on (no progress, no status). */
  withoutReturn: (MasterPlace & { units: string[] })[];
  /** 催报: the master's units from which no return came. */
  chase: ChaseUnit[];
  conflicts: StatusConflict[];
  proposals: Proposal[];
  /** The master's columns the proposals need, when it has none (nothing is proposed for it). */
  missingColumns: ProposalColumn[];
}

export interface MergePlan {
  changes: CellChange[];
  report: MergeReport;
}

/** The codes of the changes: what each change is, as the fixes' issue codes say it for theirs. */
export const MERGE_CODES: Record<ProposalColumn, string> = { progress: "merge/progress", status: "merge/status" };

// ---------------------------------------------------------------------------------------------------------------
// Units

/** The spellings a text may name a unit by: its names as written, its registry names and the 市-less form. */
function spellings(registry: UnitRegistry, unit: NamedUnit, written: readonly string[]): string[] {
  const entry = registry.lookup(unit.canonical)?.entry;
  const names = [unit.canonical, ...written, ...(entry ? [...entry.aliases, ...(entry.variants ?? [])] : [])];
  const implied = names.filter((n) => n.startsWith("市") && !n.startsWith("市委") && n.length >= 4).map((n) => n.slice(1));
  return [...new Set([...names, ...implied].map(foldText).filter((n) => n.length >= 2))];
}

// ---------------------------------------------------------------------------------------------------------------
// The master

interface Slot extends MasterPlace {
  /** The line's units, lead first (a continuation line without units has its task's). */
  units: NamedUnit[];
  /**
   * How many of `units` lead: those of the units column where the master has a 配合单位 column apart, else the
   * first (a single 责任单位 column lists the lead first).
   */
  leads: number;
  progressCol: number | undefined;
  statusCol: number | undefined;
  /** The master table's columns by their folded header words (words heading one column only). */
  headerCols: ReadonlyMap<string, number>;
}

/** The columns of a table by their folded header words, for words that head one column only. */
function columnsByHeader(table: RecognizedTable | undefined): Map<string, number> {
  const byWords = new Map<string, number>();
  const twice = new Set<string>();
  for (const h of table?.headerCells ?? []) {
    const words = foldText(h.text);
    if (words === "") continue;
    if (byWords.has(words)) twice.add(words);
    byWords.set(words, h.col);
  }
  for (const words of twice) byWords.delete(words);
  return byWords;
}

function tableOf(tables: readonly RecognizedTable[], index: number): RecognizedTable | undefined {
  return tables.find((t) => index > t.headerEnd && index <= t.lastIndex);
}

function masterSlots(grid: SheetGrid, registry: UnitRegistry): Slot[] {
  const recognition = recognizeSheet(grid);
  const slots: Slot[] = [];
  const headerCols = new Map(recognition.tables.map((t) => [t, columnsByHeader(t)]));
  for (const record of taskRecords(grid, recognition)) {
    const first = record.lines[0];
    for (const line of record.lines) {
      const table = tableOf(recognition.tables, line.row - 1);
      const own = [...line.units, ...line.coUnits];
      const source = own.length > 0 ? line : first;
      slots.push({
        row: line.row,
        seq: record.seq,
        text: line.text,
        units: namedUnits(registry, [...source.units, ...source.coUnits]),
        leads: table?.columns.coUnits === undefined ? 1 : Math.max(1, namedUnits(registry, source.units).length),
        progressCol: table?.columns.progress,
        statusCol: table?.columns.status,
        headerCols: (table && headerCols.get(table)) ?? new Map(),
      });
    }
  }
  return slots;
}

/** Whether the unit leads the line. */
const isLead = (slot: Slot, canonical: string) => slot.units.findIndex((u) => u.canonical === canonical) < slot.leads;

const place = (slot: Slot): MasterPlace => ({ row: slot.row, seq: slot.seq, text: slot.text });

// ---------------------------------------------------------------------------------------------------------------
// A return

interface ReturnLine extends ReturnPlace {
  units: string[];
  /** Canonical units of the row; null when the return has no units column. */
  canonical: string[] | null;
  /** 本单位职责 of the row: "lead", "coop", or null. */
  duty: "lead" | "coop" | null;
  progress: string;
  status: string;
  /** The cells as the unit left them (a number stays a number, spacing stays): what one unit's report writes. */
  values: Record<ProposalColumn, CellValue>;
  /** The folded header words over the row's progress and status columns ("" without one). */
  headers: Record<ProposalColumn, string>;
}

/** A header that names the sender's part in each task (本单位职责, 职责): its cells say 牵头 or 配合. */
const DUTY_HEADER = /职责|牵头\/?配合|牵头或配合/u;

function dutyOf(text: string): "lead" | "coop" | null {
  const folded = foldText(text);
  if (folded.startsWith("牵头")) return "lead";
  if (folded.startsWith("配合") || folded.startsWith("协办") || folded.startsWith("参与")) return "coop";
  return null;
}

interface ReadReturn {
  lines: ReturnLine[];
  titles: string[];
  unreadable: boolean;
}

function readReturn(input: ReturnSheet, registry: UnitRegistry): ReadReturn {
  const { grid, file } = input;
  const recognition = recognizeSheet(grid);
  const tables = recognition.tables.filter((t) => t.columns.task !== undefined);
  const lines: ReturnLine[] = [];
  for (const record of taskRecords(grid, { ...recognition, tables })) {
    const table = tableOf(tables, record.row - 1);
    const dutyCol = table?.headerCells.find((h) => h.role === null && DUTY_HEADER.test(foldText(h.text)))?.col;
    // A unit's 序号 skip (12, 13, 41 …) and may be out of order, and the column is then no 序号 to the recognizer: its header is.
    const seqCol = table?.columns.seq ?? table?.headerCells.find((h) => (h.role ?? headerRole(h.text)) === "seq")?.col;
    const hasUnits = table !== undefined && (table.columns.units !== undefined || table.columns.coUnits !== undefined);
    for (const line of record.lines) {
      const previous = lines[lines.length - 1];
      // A continuation row without a task text goes on with the row above's progress (a unit writing on in a row below).
      if (line.text === "" && line !== record.lines[0]) {
        if (previous && line.progress !== "") previous.progress = previous.values.progress = `${previous.progress}\n${line.progress}`.trim();
        continue;
      }
      const value = (col: number | undefined) => (col === undefined ? null : cellAt(grid, line.row - 1, col));
      const words = (col: number | undefined) => foldText(table?.headerCells.find((h) => h.col === col)?.text ?? "");
      const units = [...line.units, ...line.coUnits];
      lines.push({
        file,
        sheet: grid.name,
        row: line.row,
        seq: (seqCol === undefined ? null : parseSeq(cellAt(grid, line.row - 1, seqCol))) ?? record.seq,
        text: line.text,
        units,
        canonical: hasUnits ? canonicalUnits(registry, units) : null,
        duty: dutyCol === undefined ? null : dutyOf(cellText(cellAt(grid, line.row - 1, dutyCol))),
        progress: line.progress,
        status: line.status,
        values: { progress: value(table?.columns.progress), status: value(table?.columns.status) },
        headers: { progress: words(table?.columns.progress), status: words(table?.columns.status) },
      });
    }
  }
  return { lines, titles: tables.map((t) => t.title ?? "").filter((t) => t !== ""), unreadable: tables.length === 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Who sent it

interface Sender {
  unit: string | null;
  certainty: MatchConfidence | null;
  from: SenderSource[];
}

/** The master units a text names, without those whose name is part of another's there (市委 in 市委组织部). */
function unitsNamed(text: string, names: ReadonlyMap<string, readonly string[]>): string[] {
  const folded = foldText(text);
  const hits: { unit: string; spelling: string }[] = [];
  for (const [unit, spellingsOf] of names) {
    const spelling = spellingsOf.filter((s) => folded.includes(s)).sort((a, b) => b.length - a.length)[0];
    if (spelling !== undefined) hits.push({ unit, spelling });
  }
  return hits.filter((h) => !hits.some((o) => o !== h && o.spelling.length > h.spelling.length && o.spelling.includes(h.spelling))).map((h) => h.unit);
}

/** The units every row of the return names for the sender: the lead of a 牵头 row, the others of a 配合 row. */
function unitsOfRows(lines: readonly ReturnLine[]): string[] {
  let common: string[] | null = null;
  for (const line of lines) {
    if (line.canonical === null || line.canonical.length === 0) continue;
    const own = line.duty === "lead" ? line.canonical.slice(0, 1) : line.duty === "coop" ? line.canonical.slice(1) : line.canonical;
    const current: string[] = common ?? own;
    common = current.filter((u) => own.includes(u));
  }
  return common ?? [];
}

/**
 * The unit most sources name: a name named alone by a source counts 1, one of several a share. Certain when two
 * sources name it and none another; likely when one source names it alone; a lead only otherwise.
 */
function judgeSender(sources: { source: SenderSource; units: string[] }[]): Sender {
  const scores = new Map<string, number>();
  for (const { units } of sources) for (const unit of units) scores.set(unit, (scores.get(unit) ?? 0) + 1 / units.length);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return { unit: null, certainty: null, from: [] };
  const [unit, score] = ranked[0];
  const rival = ranked[1]?.[1] ?? 0;
  const from = sources.filter((s) => s.units.includes(unit)).map((s) => s.source);
  const certainty: MatchConfidence = score >= 2 && rival < 1 ? "certain" : score >= 1 && rival < 0.5 ? "likely" : "tentative";
  return { unit, certainty, from };
}

function fileStem(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  return base.replace(/\.[^.]+$/u, "");
}

// ---------------------------------------------------------------------------------------------------------------
// Matching a return's rows to the master's lines

interface Match {
  line: ReturnLine;
  slot: Slot;
  by: MatchedBy;
  confidence: MatchConfidence;
}

const sameText = (a: string, b: string) => foldText(a) === foldText(b);

/** The master's lines by folded text (a text may head several lines), and the matcher's candidates of edited rows. */
interface MasterIndex {
  byText: ReadonlyMap<string, readonly Slot[]>;
  bySeq: ReadonlyMap<string, readonly Slot[]>;
  /** For each returned row whose text is no line's: the master lines the matcher finds like it, best first. */
  candidates: ReadonlyMap<ReturnLine, readonly { slot: Slot; confidence: MatchConfidence }[]>;
}

/**
 * The master's texts, and the matcher run once over the rows of every return whose text is no line's (one run
 * weighs the words over the master once, not once per return).
 */
function indexMaster(slots: readonly Slot[], lines: readonly ReturnLine[], registry: UnitRegistry): MasterIndex {
  const byText = new Map<string, Slot[]>();
  const bySeq = new Map<string, Slot[]>();
  for (const slot of slots) {
    if (slot.text !== "") byText.set(foldText(slot.text), [...(byText.get(foldText(slot.text)) ?? []), slot]);
    if (slot.seq !== "") bySeq.set(slot.seq, [...(bySeq.get(slot.seq) ?? []), slot]);
  }
  const edited = lines.filter((l) => l.text !== "" && !byText.has(foldText(l.text)));
  const withText = slots.filter((s) => s.text !== "");
  const candidates = new Map<ReturnLine, { slot: Slot; confidence: MatchConfidence }[]>();
  if (edited.length === 0 || withText.length === 0) return { byText, bySeq, candidates };
  const doc = (key: string, item: { seq: string; text: string }, units: readonly string[]): MatchDoc => ({ key, seq: item.seq, text: item.text, units });
  const results = matchTasks(
    edited.map((l, i) => doc(String(i), l, l.units)),
    withText.map((s, i) =>
      doc(
        String(i),
        s,
        s.units.map((u) => u.written),
      ),
    ),
    { canonicalUnit: registry.canonical, phrases: false },
  );
  results.forEach((result, i) =>
    candidates.set(
      edited[i],
      result.prior.map((p) => ({ slot: withText[Number(p.key)], confidence: p.confidence })),
    ),
  );
  return { byText, bySeq, candidates };
}

/** How much of two texts' character 2/3-grams they share (0–1): a few characters retyped keep most of them. */
function likeness(a: string, b: string): number {
  return countDice(nGrams(a), nGrams(b));
}

/** A row of the line's 序号 whose text keeps this share of the line's is the line retyped; from LIKE_CERTAIN on, certainly. */
const LIKE = 0.5;
const LIKE_CERTAIN = 0.8;

/** The master line of each row of one return, at most one row a line; the rows that found none, and why. */
function matchLines(
  lines: readonly ReturnLine[],
  sender: string | null,
  index: MasterIndex,
): { matches: Match[]; unmatched: { line: ReturnLine; reason: "new" | "duplicate" }[] } {
  const taken = new Set<Slot>();
  const found = new Map<ReturnLine, Match>();
  const duplicates = new Set<ReturnLine>();
  const take = (line: ReturnLine, slot: Slot, confidence: MatchConfidence, by: MatchedBy = slot.seq === line.seq ? "seq-and-text" : "text") => {
    taken.add(slot);
    found.set(line, { line, slot, by, confidence });
  };
  // Exact texts first (a row whose text is the master's, with its 序号 or another), so that an edited row never
  // takes a line another row holds word for word.
  for (const line of lines) {
    const same = index.byText.get(foldText(line.text));
    if (!same) continue;
    const free = same.filter((s) => !taken.has(s));
    if (free.length === 0) duplicates.add(line);
    else take(line, free.find((s) => s.seq === line.seq) ?? free[0], "certain");
  }
  const open = (line: ReturnLine) => !found.has(line) && !duplicates.has(line);
  // A retyped text under its own 序号: the line of that 序号 whose text it keeps most of (many tasks read alike).
  for (const line of lines.filter((l) => open(l) && l.seq !== "" && l.text !== "")) {
    const liked = (index.bySeq.get(line.seq) ?? [])
      .filter((s) => !taken.has(s) && s.text !== "")
      .map((slot) => ({ slot, like: likeness(line.text, slot.text) }))
      .sort((a, b) => b.like - a.like)[0];
    if (!liked || liked.like < LIKE) continue;
    const said = index.candidates.get(line)?.find((c) => c.slot === liked.slot)?.confidence;
    take(line, liked.slot, said ?? (liked.like >= LIKE_CERTAIN ? "certain" : "likely"));
  }
  // Edited texts: the matcher's candidates still free, the one of the same 序号 first, else the best.
  for (const line of lines.filter(open)) {
    const candidates = (index.candidates.get(line) ?? []).filter((c) => !taken.has(c.slot));
    const chosen = candidates.find((c) => c.slot.seq === line.seq) ?? candidates[0];
    if (chosen) take(line, chosen.slot, chosen.confidence);
  }
  // A text like no line's: by its 序号 alone, among the sender's lines of that 序号, as a lead only.
  for (const line of lines.filter((l) => open(l) && l.seq !== "")) {
    const slot = index.bySeq.get(line.seq)?.find((s) => !taken.has(s) && (sender === null || s.units.some((u) => u.canonical === sender)));
    if (slot) take(line, slot, "tentative", "seq");
  }
  const matches = lines.map((l) => found.get(l)).filter((m): m is Match => m !== undefined);
  const unmatched = lines.filter((l) => !found.has(l)).map((line) => ({ line, reason: duplicates.has(line) ? ("duplicate" as const) : ("new" as const) }));
  return { matches, unmatched };
}

// ---------------------------------------------------------------------------------------------------------------
// Proposals

interface Report {
  unit: string | null;
  /** The name the joined text brackets: the master's spelling of the unit on this line, else the sender's. */
  label: string;
  order: number;
  line: ReturnLine;
}

/** Stops that end one unit's text before the next unit's: the "；" joining them stands in for them. */
const TRAILING_STOPS = /[。；;，,、\s]+$/u;

/** 【市发改委】…；【市经信局】…: each unit's text after its name, lead first; one unit's text as it is. */
function joinTexts(reports: readonly Report[]): CellValue {
  const texts = reports.filter((r) => r.line.progress !== "");
  if (texts.length === 0) return null;
  if (texts.length === 1 || texts.every((r) => sameText(r.line.progress, texts[0].line.progress))) return texts[0].line.values.progress;
  const joined = texts.map((r, i) => `【${r.label}】${i === texts.length - 1 ? r.line.progress : r.line.progress.replace(TRAILING_STOPS, "")}`).join("；");
  return joined.length > MAX_CELL_TEXT ? joined.slice(0, safeCut(joined, MAX_CELL_TEXT)) : joined;
}

const isBlank = (value: CellValue) => cellText(value).trim() === "";

/** The cell a value for (row, col) is written to: the top-left cell of a merged area covering it, else itself. */
function anchorOf(grid: SheetGrid, row: number, col: number): { row: number; col: number } {
  const area = grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return area ? { row: area.top, col: area.left } : { row, col };
}

/** Plans the merge of the returns into the master sheet: the cell changes to preview and apply, and the report. */
export function planMerge(master: SheetGrid, returns: readonly ReturnSheet[], options: MergeOptions): MergePlan {
  const { registry } = options;
  const slots = masterSlots(master, registry);
  // Every unit of the master, with the spellings a return may name it by.
  const written = new Map<string, string[]>();
  const display = new Map<string, string>();
  for (const slot of slots) {
    for (const unit of slot.units) {
      written.set(unit.canonical, [...(written.get(unit.canonical) ?? []), unit.written]);
      if (!display.has(unit.canonical)) display.set(unit.canonical, registry.lookup(unit.canonical) ? unit.canonical : unit.written);
    }
  }
  const names = new Map([...written].map(([canonical, spelt]) => [canonical, spellings(registry, { canonical, written: spelt[0] }, spelt)]));

  const summaries: ReturnSummary[] = [];
  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  const reportsOf = new Map<Slot, Report[]>();
  const senders = new Set<string>();

  const reads = returns.map((input) => readReturn(input, registry));
  const index = indexMaster(
    slots,
    reads.flatMap((r) => r.lines),
    registry,
  );
  returns.forEach((input, n) => {
    const read = reads[n];
    const sources: { source: SenderSource; units: string[] }[] = [
      { source: "sheet" as const, units: unitsNamed(input.grid.name, names) },
      ...read.titles.map((title) => ({ source: "title" as const, units: unitsNamed(title, names) })),
      { source: "file" as const, units: unitsNamed(fileStem(input.file), names) },
      { source: "rows" as const, units: unitsOfRows(read.lines).filter((u) => names.has(u)) },
    ].filter((s) => s.units.length > 0);
    let sender = judgeSender(sources);
    let { matches, unmatched: left } = matchLines(read.lines, sender.unit, index);
    if (sender.unit === null && matches.length > 0) {
      // Nothing named the sender: the unit common to the master lines its rows matched, then matched again with it.
      let common = matches[0].slot.units.map((u) => u.canonical);
      for (const m of matches) common = common.filter((u) => m.slot.units.some((x) => x.canonical === u));
      sender = judgeSender(common.length > 0 ? [{ source: "tasks", units: common }] : []);
      if (sender.unit !== null) ({ matches, unmatched: left } = matchLines(read.lines, sender.unit, index));
    }
    const unit = sender.unit === null ? null : (display.get(sender.unit) ?? sender.unit);
    if (sender.unit !== null) senders.add(sender.unit);
    const label = unit ?? fileStem(input.file);
    for (const m of matches) {
      const row = matchedRow(m, unit);
      matched.push(row);
      if (m.line.progress === "" && m.line.status === "") continue;
      const order = m.slot.units.findIndex((u) => u.canonical === sender.unit);
      const spelt = order >= 0 ? m.slot.units[order].written : label;
      // A unit that sent its return twice (a corrected one after the first): the later return given stands.
      const others = (reportsOf.get(m.slot) ?? []).filter((r) => unit === null || r.unit !== unit);
      reportsOf.set(m.slot, [...others, { unit, label: spelt, order: order < 0 ? Infinity : order, line: m.line }]);
    }
    for (const { line, reason } of left) {
      unmatched.push({ ...returnPlace(line), unit, units: line.units, progress: line.progress, status: line.status, reason });
    }
    const took = new Set(matches.map((m) => m.slot));
    summaries.push({
      file: input.file,
      sheet: input.grid.name,
      unit,
      certainty: sender.certainty,
      from: sender.from,
      rows: read.lines.length,
      matched: matches.length,
      reported: matches.filter((m) => m.line.progress !== "" || m.line.status !== "").length,
      missing: sender.unit === null ? [] : slots.filter((s) => !took.has(s) && s.units.some((u) => u.canonical === sender.unit)).map(place),
      ...(read.unreadable ? { unreadable: true } : {}),
    });
  });

  const proposals: Proposal[] = [];
  const conflicts: StatusConflict[] = [];
  const missingColumns = new Set<ProposalColumn>();
  for (const column of ["progress", "status"] as const) {
    const valueOf = (r: Report) => (column === "progress" ? r.line.progress : r.line.status);
    // The cell each line's value goes to: one merged over several lines (a task's 进展情况 over its continuation rows) takes all theirs.
    const targets = new Map<string, { at: MasterPlace; row: number; col: number; reports: Report[] }>();
    for (const slot of slots) {
      const stated = (reportsOf.get(slot) ?? []).filter((r) => valueOf(r) !== "").sort((a, b) => a.order - b.order);
      for (const report of stated) {
        // The master's column of the same header words as the return's (split copies them): an emptied master's
        // columns are told from their headers alone, which may mislead (完成情况 beside 进展情况); else the recognized one.
        const col = slot.headerCols.get(report.line.headers[column]) ?? (column === "progress" ? slot.progressCol : slot.statusCol);
        if (col === undefined) {
          missingColumns.add(column);
          continue;
        }
        const anchor = anchorOf(master, slot.row - 1, col);
        const key = cellAddress(anchor.row, anchor.col);
        const target = targets.get(key) ?? { at: { ...place(slot), row: anchor.row + 1 }, ...anchor, reports: [] };
        targets.set(key, target);
        target.reports.push(report);
      }
    }
    for (const { at, row, col, reports } of targets.values()) {
      const before = cellAt(master, row, col);
      const cell = cellAddress(row, col);
      const units = reports.map((r) => r.unit ?? r.label);
      const distinct = new Set(reports.map((r) => foldText(valueOf(r))));
      if (column === "status" && distinct.size > 1) {
        const statuses = reports.map((r) => ({
          unit: r.unit ?? r.label,
          status: r.line.status,
          file: r.line.file,
          sheet: r.line.sheet,
          returnRow: r.line.row,
        }));
        conflicts.push({ ...at, cell, current: before, statuses });
        continue;
      }
      const after = column === "progress" ? joinTexts(reports) : reports[0].line.values.status;
      if (cellText(before) === cellText(after)) continue;
      proposals.push({ ...at, column, cell, before, after, units, replaces: !isBlank(before) });
    }
  }
  // In sheet order, a line's progress before its status, as the preview lists them.
  proposals.sort((a, b) => a.row - b.row || columnIndex(a.cell.replace(/\d+$/u, "")) - columnIndex(b.cell.replace(/\d+$/u, "")));

  const chase: ChaseUnit[] = [];
  for (const canonical of written.keys()) {
    if (senders.has(canonical)) continue;
    const lines = slots.filter((s) => s.units.some((u) => u.canonical === canonical));
    chase.push({
      unit: display.get(canonical) ?? canonical,
      lead: lines.filter((s) => isLead(s, canonical)).map(place),
      coop: lines.filter((s) => !isLead(s, canonical)).map(place),
    });
  }

  const report: MergeReport = {
    sheet: master.name,
    returns: summaries,
    matched,
    seqChanges: matched.filter((m) => m.seqChanged),
    textChanges: matched.filter((m) => m.textChanged || m.unitsChanged),
    unmatched,
    withoutReturn: slots.filter((s) => !reportsOf.has(s)).map((s) => ({ ...place(s), units: s.units.map((u) => display.get(u.canonical) ?? u.written) })),
    chase,
    conflicts,
    proposals,
    missingColumns: [...missingColumns],
  };
  return { changes: proposals.map((p) => proposalChange(master.name, p)), report };
}

function returnPlace(line: ReturnLine): ReturnPlace {
  return { file: line.file, sheet: line.sheet, row: line.row, seq: line.seq, text: line.text };
}

function matchedRow(m: Match, unit: string | null): MatchedRow {
  const { line, slot } = m;
  const master = slot.units.map((u) => u.canonical);
  const unitsChanged =
    line.canonical !== null && line.canonical.length > 0 && (line.canonical.length !== master.length || line.canonical.some((u) => !master.includes(u)));
  return {
    ...returnPlace(line),
    unit,
    master: place(slot),
    by: m.by,
    confidence: m.confidence,
    seqChanged: line.seq !== slot.seq,
    textChanged: !sameText(line.text, slot.text),
    unitsChanged,
    units: line.units,
    progress: line.progress,
    status: line.status,
  };
}

function proposalChange(sheet: string, p: Proposal): CellChange {
  const column = p.cell.replace(/\d+$/u, "");
  return { sheet, cell: p.cell, row: p.row, column, before: p.before, after: p.after, codes: [MERGE_CODES[p.column]] };
}
