import * as path from "node:path";
import type { SheetGrid } from "../engine/grid";
import { builtinSource, builtinYears, parseBuiltinSpec } from "../engine/history";
import { planSentences, type PlanSentence } from "../engine/prose/planSentences";
import { readPlanText } from "../host/files";
import { UsageError } from "./command";
import { isClerkSheet, isSettingsSheet } from "./registries";
import { readSheets } from "./workbookInput";

/** A file of tasks: a workbook or CSV (its sheets), or plan prose (its sentences). */
export type TaskSource =
  { file: string; kind: "sheets"; sheets: SheetGrid[]; settings: SheetGrid[] } | { file: string; kind: "prose"; sentences: PlanSentence[] };

export const isPlanText = (file: string) => path.extname(file).toLowerCase() === ".txt";

export async function loadTaskSource(file: string): Promise<TaskSource> {
  if (isPlanText(file)) return { file, kind: "prose", sentences: planSentences(await readPlanText(file)) };
  const loaded = await readSheets(file);
  return {
    file,
    kind: "sheets",
    sheets: loaded.sheets.filter(isClerkSheet),
    settings: loaded.sheets.filter((sheet) => isSettingsSheet(sheet.name)),
  };
}

/**
 * The sources one --prior names: a file (one source), or the bundled material of a year, "builtin:2021" (its
 * tables as one source, its plan prose as another). A year that is not bundled is a usage error listing those that are.
 */
export async function loadPriorSources(spec: string): Promise<TaskSource[]> {
  const builtin = parseBuiltinSpec(spec);
  if (builtin === null) return [await loadTaskSource(spec)];
  const source = builtin.year === null ? null : builtinSource(builtin.year);
  if (source === null) throw new UsageError({ reason: "unknown-builtin-year", params: { text: builtin.text, years: builtinYears() } });
  const sources: TaskSource[] = [];
  if (source.sheets.length > 0) sources.push({ file: source.name, kind: "sheets", sheets: source.sheets, settings: [] });
  if (source.planName !== null) sources.push({ file: source.planName, kind: "prose", sentences: source.sentences });
  return sources;
}
