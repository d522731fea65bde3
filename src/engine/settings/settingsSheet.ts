import { cellText, columnLetter, type CellValue } from "../grid";
import { foldText } from "../text";

/**
 * The clerk's settings sheets (单位名录, 状态词表) are tables with a header row. A row that cannot be read is
 * reported as a problem naming its cell, and the rest of the sheet still counts.
 */
export type SettingsProblemCode = "settings/no-header" | "settings/missing-name" | "settings/unknown-category";

export interface SettingsProblem {
  code: SettingsProblemCode;
  /** 1-based row and column letters. */
  row: number;
  column: string;
  value: string;
  /** What the cell may hold (for unknown-category). */
  allowed?: readonly string[];
}

export interface SettingsTable {
  headerIndex: number;
  /** 0-based column of each requested header, -1 when absent. */
  columns: Record<string, number>;
}

/**
 * Finds the header row among the first 10 rows: the first row where the required header is present.
 * `headers` maps a field to the header spellings accepted for it.
 */
export function findSettingsHeader(
  values: readonly (readonly CellValue[])[],
  headers: Record<string, readonly string[]>,
  required: string,
): SettingsTable | null {
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const cells = values[r].map((value) => foldText(cellText(value)));
    const columns: Record<string, number> = {};
    for (const [field, spellings] of Object.entries(headers)) {
      columns[field] = cells.findIndex((cell) => spellings.includes(cell));
    }
    if (columns[required] >= 0) return { headerIndex: r, columns };
  }
  return null;
}

export function problemAt(code: SettingsProblemCode, row: number, col: number, value: string, allowed?: readonly string[]): SettingsProblem {
  return { code, row: row + 1, column: columnLetter(col), value, ...(allowed ? { allowed } : {}) };
}

/** "a、b，c" → ["a", "b", "c"]: lists inside one settings cell. */
export function listCell(value: CellValue): string[] {
  return cellText(value)
    .split(/[、，,；;\n]/u)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const MESSAGES: Record<"zh-CN" | "en-US", Record<SettingsProblemCode, (p: SettingsProblem, sheet: string) => string>> = {
  "zh-CN": {
    "settings/no-header": (_p, sheet) => `“${sheet}”表的前 10 行中没有找到表头，该表未使用。`,
    "settings/missing-name": (p, sheet) => `“${sheet}”表第 ${p.row} 行 ${p.column} 列缺少名称，该行未使用。`,
    "settings/unknown-category": (p, sheet) => `“${sheet}”表第 ${p.row} 行 ${p.column} 列的类别“${p.value}”无法识别（可填：${(p.allowed ?? []).join("、")}）。`,
  },
  "en-US": {
    "settings/no-header": (_p, sheet) => `No header in the first 10 rows of sheet "${sheet}"; the sheet is not used.`,
    "settings/missing-name": (p, sheet) => `Sheet "${sheet}", row ${p.row}, column ${p.column}: the name is missing; the row is not used.`,
    "settings/unknown-category": (p, sheet) =>
      `Sheet "${sheet}", row ${p.row}, column ${p.column}: category "${p.value}" is not one of ${(p.allowed ?? []).join(", ")}.`,
  },
};

export function settingsProblemMessage(problem: SettingsProblem, sheet: string, locale: "zh-CN" | "en-US" = "zh-CN"): string {
  return MESSAGES[locale][problem.code](problem, sheet);
}
