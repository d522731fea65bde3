import type { SheetGrid } from "../grid";
import type { Language } from "../language";
import type { SheetLayout } from "../layout";
import { assignTabNames, ownedTabs, ownerSheetLayout } from "../summary";
import { RECORD_SHEET, recordSettings } from "./addinRecords";

/** A tab that could not have its usual name, because one of the clerk's sheets has it. */
export interface TakenName {
  wanted: string;
  given: string;
}

export interface PlacedTabs {
  /** The tabs under the names they get, then the owner record (very hidden) that proves them the add-in's. */
  sheets: SheetLayout[];
  /** Tabs named beside a clerk's sheet that holds their usual name: the clerk is told. */
  taken: TakenName[];
  /** The settings to write with them, so that the record is proven on the next run. */
  settings: Record<string, string>;
}

/**
 * The tabs under the names they will have in this workbook, plus the updated owner record: the add-in's own
 * earlier tabs (those its proven record lists) are replaced, any other sheet of the same name is the clerk's,
 * is left alone and the new tab named beside it. The record itself goes over the proven one, else under its
 * usual name or the first free one beside it. The add-in's tabs of an earlier run that this one does not
 * replace (上年对比 left out, or made in the other language, under other names) stay recorded as the add-in's.
 */
export function placeTabs(
  tabs: readonly SheetLayout[],
  existingNames: readonly string[],
  /** The proven owner record (provenRecord), or null: an unproven sheet of that name is the clerk's. */
  owner: SheetGrid | null,
  workbookSettings: Readonly<Record<string, string | undefined>>,
  /** The mark for a workbook that has none yet (made by the caller: the engine draws no random numbers). */
  newMark: string,
  language: Language = "zh-CN",
): PlacedTabs {
  const owned = ownedTabs(owner);
  const recordName = owner?.name ?? RECORD_SHEET.owner;
  const others = existingNames.filter((n) => n !== owner?.name);
  const names = assignTabNames([...tabs.map((t) => t.name), recordName], others, owned);
  const placed = tabs.map((t) => ({ ...t, name: names.get(t.name) ?? t.name }));
  const taken = tabs.map((t) => ({ wanted: t.name, given: names.get(t.name) ?? t.name })).filter((t) => t.wanted !== t.given);
  const record = names.get(recordName) ?? recordName;
  const settings = recordSettings(workbookSettings, "owner", record, newMark);
  const kept = owned.filter((n) => existingNames.includes(n));
  const ownerLayout = ownerSheetLayout(record, [...kept, ...placed.map((t) => t.name)], settings.mark, language);
  return { sheets: [...placed, ownerLayout], taken, settings };
}
