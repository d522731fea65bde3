import { cellText, type CellValue } from "../grid";
import { foldText } from "../text";
import { UNIT_KINDS, type FormerName, type UnitEntry, type UnitKind } from "../units/registry";
import { findSettingsHeader, listCell, problemAt, type SettingsProblem } from "./settingsSheet";

const HEADERS = {
  name: ["规范名称", "单位名称", "名称", "单位"],
  aliases: ["别名", "简称", "其他写法"],
  kind: ["类别", "类型", "单位类别"],
  former: ["曾用名", "原名称", "旧名称"],
};

/** "嘉兴银保监分局(2023)" → the old name and the year the new one took effect; no year means "always renamed". */
function formerName(text: string): FormerName {
  const match = /^(.*?)[（(](\d{4})[)）]$/u.exec(text);
  return match ? { name: match[1].trim(), until: Number(match[2]) } : { name: text, until: 0 };
}

/**
 * Entries from a 单位名录 sheet: 规范名称 | 别名 | 类别 (| 曾用名). Aliases are listed in one cell separated
 * by 、 or commas. An unreadable kind falls back to 其他 and is reported; a row without a name is skipped.
 */
export function unitEntriesFromSheet(values: readonly (readonly CellValue[])[]): { entries: UnitEntry[]; problems: SettingsProblem[] } {
  const table = findSettingsHeader(values, HEADERS, "name");
  if (table === null) return { entries: [], problems: [problemAt("settings/no-header", 0, 0, "")] };
  const { columns } = table;
  const entries: UnitEntry[] = [];
  const problems: SettingsProblem[] = [];
  for (let r = table.headerIndex + 1; r < values.length; r++) {
    const row = values[r];
    const name = cellText(row[columns.name] ?? null).trim();
    const aliases = columns.aliases >= 0 ? listCell(row[columns.aliases] ?? null) : [];
    const kindText = columns.kind >= 0 ? foldText(cellText(row[columns.kind] ?? null)) : "";
    const former = columns.former >= 0 ? listCell(row[columns.former] ?? null).map(formerName) : [];
    if (name === "") {
      if (aliases.length > 0 || kindText !== "") problems.push(problemAt("settings/missing-name", r, columns.name, ""));
      continue;
    }
    let kind: UnitKind = "其他";
    if (kindText !== "") {
      const known = UNIT_KINDS.find((k) => foldText(k) === kindText);
      if (known) kind = known;
      else problems.push(problemAt("settings/unknown-category", r, columns.kind, cellText(row[columns.kind] ?? null), UNIT_KINDS));
    }
    entries.push({ name, kind, aliases, ...(former.length > 0 ? { formerNames: former } : {}) });
  }
  return { entries, problems };
}
