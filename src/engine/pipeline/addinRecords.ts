import { cellText, type SheetGrid } from "../grid";
import { assignTabNames, OWNER_SHEET, ownedTabs } from "../summary/tabNames";
import { JOURNAL_SHEET } from "../undo/fixJournal";

/**
 * The add-in keeps two records in very hidden sheets: the tabs it generated (the owner record) and the fixes it
 * applied (the journal). A sheet's name proves nothing, since a clerk may name a sheet anything; a record counts
 * only when it is proven both ways: the workbook's settings (which no one sets by naming a sheet) name the
 * record and hold a mark made once per workbook, and the record carries that same mark. Any other sheet, whatever
 * its name, is the clerk's: analysed, never replaced.
 */
export type RecordKind = "owner" | "journal";

/** The settings' keys: the workbook's mark and, per record, the sheet that holds it. */
export const RECORD_SETTING = { mark: "mark", owner: "ownerSheet", journal: "journalSheet" } as const;

/** The name a record gets when the workbook has no sheet of that name. */
export const RECORD_SHEET: Record<RecordKind, string> = { owner: OWNER_SHEET, journal: JOURNAL_SHEET };

type Settings = Readonly<Record<string, string | undefined>>;

/** The sheet the settings name for a record, when they also hold a mark; null otherwise. */
export function recordName(settings: Settings, kind: RecordKind): string | null {
  const name = settings[RECORD_SETTING[kind]];
  return settings[RECORD_SETTING.mark] && name ? name : null;
}

/** A record carries the mark in the last cell of its first row, after its heading (ownerSheetLayout, journalLayout). */
const markOf = (grid: SheetGrid): string => {
  const first = grid.values[0] ?? [];
  return cellText(first[first.length - 1] ?? null).trim();
};

/** The record when it is proven (the settings name this sheet and it carries their mark), else null. */
export function provenRecord(settings: Settings, kind: RecordKind, grid: SheetGrid | null): SheetGrid | null {
  const name = recordName(settings, kind);
  if (grid === null || name === null || grid.name !== name) return null;
  return markOf(grid) === settings[RECORD_SETTING.mark] ? grid : null;
}

/** The add-in's proven records of a workbook (null where there is none). */
export interface ProvenRecords {
  owner: SheetGrid | null;
  journal: SheetGrid | null;
}

/** The sheets that are the add-in's: its proven records and the tabs its proven owner record lists. */
export function addinSheets(records: ProvenRecords): Set<string> {
  const own = new Set(ownedTabs(records.owner));
  if (records.owner) own.add(records.owner.name);
  if (records.journal) own.add(records.journal.name);
  return own;
}

/**
 * Where a record is written: over the proven record, else under its usual name when that is free, else the
 * first free "名称(2)" … (a clerk's sheet of that name stays).
 */
export function recordPlace(kind: RecordKind, proven: SheetGrid | null, existing: readonly string[]): string {
  if (proven) return proven.name;
  const name = RECORD_SHEET[kind];
  return assignTabNames([name], existing, []).get(name) ?? name;
}

/** The settings that prove a record written under `name`: the workbook's mark (kept, or this new one) and the name. */
export function recordSettings(settings: Settings, kind: RecordKind, name: string, newMark: string): Record<string, string> {
  return { [RECORD_SETTING.mark]: settings[RECORD_SETTING.mark] || newMark, [RECORD_SETTING[kind]]: name };
}
