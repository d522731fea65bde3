import type { SheetGrid } from "../grid";
import type { Language } from "../language";
import type { SheetLayout } from "../layout";
import { assignTabNames, OWNER_SHEET, ownedTabs, ownerSheetLayout } from "../summary";

/**
 * The tabs under the names they will have in this workbook, plus the updated owner sheet: the add-in's own
 * earlier tabs are replaced, a user's sheet of the same name is left alone and the new tab named beside it.
 * The add-in's tabs of an earlier run that this one does not replace (上年对比 left out, or made in the other
 * language, under other names) stay recorded as the add-in's: never taken for the user's sheets.
 */
export function placeTabs(
  tabs: readonly SheetLayout[],
  existingNames: readonly string[],
  owner: SheetGrid | null,
  language: Language = "zh-CN",
): SheetLayout[] {
  const owned = ownedTabs(owner);
  const names = assignTabNames(
    tabs.map((t) => t.name),
    existingNames.filter((n) => n !== OWNER_SHEET),
    owned,
  );
  const placed = tabs.map((t) => ({ ...t, name: names.get(t.name) ?? t.name }));
  return [...placed, ownerSheetLayout([...owned.filter((n) => existingNames.includes(n)), ...placed.map((t) => t.name)], language)];
}
