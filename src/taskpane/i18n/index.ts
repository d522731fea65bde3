/**
 * The pane's text, one catalogue per language. Both catalogues are typed as Messages, so a key missing
 * from either (or a table kind or column role added to the engine without words) is a compile error.
 */
import type { ColumnRole, TableKind } from "../../engine/recognize/types";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export type Language = "zh-CN" | "en-US";

export interface Messages {
  productName: string;
  tagline: string;
  recognizeButton: string;
  recognizing: string;
  notInExcel: string;
  sheetHeading: (sheet: string) => string;
  tablesFound: (count: number) => string;
  tableHeading: (index: number, kind: string) => string;
  kinds: Record<TableKind, string>;
  title: (title: string) => string;
  /** Where the table is: its header row and its last row, 1-based as Excel numbers them. */
  rows: (headerRow: number, lastRow: number) => string;
  columnsCaption: string;
  roleHeader: string;
  columnHeader: string;
  roles: Record<ColumnRole, string>;
  counts: (counts: { task: number; continuation: number; section: number }) => string;
  noHeaderTitle: string;
  noHeader: (rowsExamined: number) => string;
  emptySheet: string;
  errorTitle: string;
  errorUnexpected: (detail: string) => string;
  privacy: string;
}

/** English when Office runs in English ("en-US", "en-GB", …); Chinese, the product's language, otherwise. */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

export function messagesFor(language: Language): Messages {
  return language === "en-US" ? enUS : zhCN;
}
