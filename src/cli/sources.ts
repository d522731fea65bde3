import * as path from "node:path";
import type { SheetGrid } from "../engine/grid";
import { planSentences, type PlanSentence } from "../engine/prose/planSentences";
import { readPlanText } from "../host/files";
import { isSettingsSheet } from "./registries";
import { loadWorkbook } from "./workbookInput";

/** A file of tasks: a workbook or CSV (its sheets), or plan prose (its sentences). */
export type TaskSource =
  | { file: string; kind: "sheets"; sheets: SheetGrid[]; settings: SheetGrid[] }
  | { file: string; kind: "prose"; sentences: PlanSentence[] };

export const isPlanText = (file: string) => path.extname(file).toLowerCase() === ".txt";

export async function loadTaskSource(file: string): Promise<TaskSource> {
  if (isPlanText(file)) return { file, kind: "prose", sentences: planSentences(await readPlanText(file)) };
  const loaded = await loadWorkbook(file);
  return {
    file,
    kind: "sheets",
    sheets: loaded.sheets.filter((sheet) => !isSettingsSheet(sheet.name)),
    settings: loaded.sheets.filter((sheet) => isSettingsSheet(sheet.name)),
  };
}
