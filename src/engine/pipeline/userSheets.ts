import { isSettingsSheet } from "../settings/registries";

/**
 * Whether a sheet holds the clerk's data: not settings, not one of the add-in's own (its proven records and the
 * tabs they list, addinSheets). A sheet is never the add-in's by its name alone.
 */
export function isUserSheet(name: string, addin: ReadonlySet<string>): boolean {
  return !isSettingsSheet(name) && !addin.has(name);
}
