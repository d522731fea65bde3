/**
 * The add-in's records in a workbook (the owner record of its tabs, the journal of its fixes), read and proven
 * against the workbook's settings: one reading for the summary, the check and the sheet pickers.
 */
import type { SheetGrid } from "../engine/grid";
import { provenRecord, recordName, type ProvenRecords, type RecordKind } from "../engine/pipeline/addinRecords";
import type { WorkbookPort } from "../host/port";

export interface WorkbookRecords extends ProvenRecords {
  /** The workbook's settings as read (the mark and the records' names among them). */
  settings: Record<string, string>;
  /** The workbook's sheet names, in tab order. */
  names: string[];
}

export async function readRecords(workbook: WorkbookPort): Promise<WorkbookRecords> {
  const [settings, names] = await Promise.all([workbook.readSettings(), workbook.sheetNames()]);
  const read = async (kind: RecordKind): Promise<SheetGrid | null> => {
    const name = recordName(settings, kind);
    return provenRecord(settings, kind, name !== null && names.includes(name) ? await workbook.readSheet(name) : null);
  };
  const [owner, journal] = await Promise.all([read("owner"), read("journal")]);
  return { settings, names, owner, journal };
}

/** A workbook's mark, made once: 128 random bits, which nobody guesses when naming or filling a sheet. */
export function newMark(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
