import { isSettingsSheet } from "../settings/registries";
import { OWNER_SHEET } from "../summary";
import { JOURNAL_SHEET } from "../undo";

/** Sheets the add-in keeps for itself: never shown or analysed as the user's data. */
export const isAddinSheet = (name: string) => name === OWNER_SHEET || name === JOURNAL_SHEET;

/** Whether a sheet holds the clerk's data: not settings, not the add-in's own, not a tab it generated. */
export function isUserSheet(name: string, generated: ReadonlySet<string>): boolean {
  return !isSettingsSheet(name) && !isAddinSheet(name) && !generated.has(name);
}
