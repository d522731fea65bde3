/**
 * The built-in history: the published Jiaxing (嘉兴) material bundled with the add-in, so a workbook with no
 * prior year of its own can still be compared with one ("--prior builtin:2021" on the command line). The data
 * is generated into jiaxing.generated.ts by scripts/build-history.js; nothing here reads a file.
 */
import type { SheetGrid } from "../grid";
import { planSentences, type PlanSentence } from "../prose/planSentences";
import { JIAXING_HISTORY } from "./jiaxing.generated";

/** How a built-in source is named where a file name would be: `--prior builtin:2021`. */
export const BUILTIN_PREFIX = "builtin:";

/** A bundled year, ready for matching: its task tables and its plan prose, named as the user reads them. */
export interface BuiltinSource {
  year: number;
  /** "内置·嘉兴2021": shown where a file name would be, beside each sheet's name ("2021责任分解"). */
  name: string;
  /** The year's task tables, each a sheet as a CSV of it reads (header on row 1, no merges). */
  sheets: SheetGrid[];
  /** The year's plan prose as a source of its own ("内置·嘉兴2024·2024计划"), or null when none is bundled. */
  planName: string | null;
  /** The plan's sentences (none when no plan is bundled). */
  sentences: PlanSentence[];
}

const NAME_PREFIX = "内置·嘉兴";

/** The bundled years, oldest first. */
export function builtinYears(): number[] {
  return JIAXING_HISTORY.map((y) => y.year).sort((a, b) => a - b);
}

/** The bundled material of one year, or null when that year is not bundled. Each call gets its own copy. */
export function builtinSource(year: number): BuiltinSource | null {
  const found = JIAXING_HISTORY.find((y) => y.year === year);
  if (!found) return null;
  const name = `${NAME_PREFIX}${year}`;
  return {
    year,
    name,
    sheets: found.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), merges: s.merges.map((m) => ({ ...m })) })),
    planName: found.plan ? `${name}·${found.plan.name}` : null,
    sentences: found.plan ? planSentences(found.plan.text) : [],
  };
}

/**
 * Reads "builtin:2021" (the prefix in any case, spaces around the year allowed): null when the text does not
 * name a built-in source at all (it is a file), else the year — null too when it is not a bundled year — and
 * the text after the prefix, for a message.
 */
export function parseBuiltinSpec(spec: string): { year: number | null; text: string } | null {
  if (spec.slice(0, BUILTIN_PREFIX.length).toLowerCase() !== BUILTIN_PREFIX) return null;
  const text = spec.slice(BUILTIN_PREFIX.length).trim();
  const year = /^\d{4}$/u.test(text) ? Number(text) : NaN;
  return { year: builtinYears().includes(year) ? year : null, text };
}

/** The bundled year to compare a sheet of `year` with: the latest before it, else (year unknown) the latest. */
export function builtinYearBefore(year: number | null): number | null {
  const years = builtinYears().filter((y) => year === null || y < year);
  return years.length > 0 ? years[years.length - 1] : null;
}
