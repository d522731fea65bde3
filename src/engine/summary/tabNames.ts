import { cellText, type SheetGrid } from "../grid";
import type { Language } from "../language";
import type { SheetLayout } from "../layout";
import { summaryLabels } from "./labels";

/**
 * The add-in remembers which tabs it created in a very hidden sheet, so regenerating replaces its own tabs
 * and never a user's sheet that happens to have the same name. This is the record's usual name only: a record
 * counts when proven by the workbook's settings and its mark (src/engine/pipeline/addinRecords.ts).
 */
export const OWNER_SHEET = "_taizhang";

/** The tab names recorded in the owner sheet (none when the workbook has no owner sheet), whatever its heading's language. */
export function ownedTabs(owner: SheetGrid | null): string[] {
  if (owner === null) return [];
  return owner.values
    .slice(1)
    .map((row) => cellText(row[0] ?? null).trim())
    .filter((name) => name !== "");
}

/** The owner record under `name`, its heading followed by the workbook's mark, then one tab name a row. */
export function ownerSheetLayout(name: string, tabs: readonly string[], mark: string, language: Language = "zh-CN"): SheetLayout {
  return { name, values: [[summaryLabels(language).ownerHeading, mark], ...[...new Set(tabs)].map((tab) => [tab])], veryHidden: true };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A name for each wanted tab: the name itself when it is free or already the add-in's, else "名称(2)",
 * "名称(3)" … — the first that is free or the add-in's. Excel compares sheet names without case.
 */
export function assignTabNames(wanted: readonly string[], existing: readonly string[], owned: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const assigned = new Map<string, string>();
  for (const base of wanted) {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}(${n})`;
      const isTaken = [...taken].some((t) => same(t, candidate));
      const isUsers = existing.some((e) => same(e, candidate)) && !owned.some((o) => same(o, candidate));
      if (!isTaken && !isUsers) {
        assigned.set(base, candidate);
        taken.add(candidate);
        break;
      }
    }
  }
  return assigned;
}
