/**
 * How the by-unit chart looks wherever it is drawn without Excel's own choices: in the .xlsx the command line
 * writes (charts.ts) and in the pane's 汇总 area (UnitChart.tsx), so the two read alike.
 */
import { CATEGORIES, CATEGORY_WORDS, type StatusCategory } from "../../engine/status/categories";

/**
 * One colour per status category (RRGGBB), in the categories' order, which is the series' order: greens for
 * on pace, blue for done, red for behind, amber for not started, grey for unknown. Neighbours differ in hue
 * and lightness, so the stack reads in greyscale print too.
 */
export const CATEGORY_COLOURS: Readonly<Record<StatusCategory, string>> = {
  ahead: "2E7D32",
  on_track: "8BC34A",
  done: "1E88E5",
  behind: "E53935",
  not_started: "FFB300",
  unknown: "B0BEC5",
};

/** The bars a chart shows at most: the first rows of the ranked table (most lagging first), readable in print and in the pane. */
export const CHART_MAX_BARS = 20;

/**
 * A series' colour: its category's, found by the series' name in either language (the header of its column),
 * else the categories' colours in turn. A chart spec carries no colours of its own.
 */
export function seriesColour(name: string, index: number): string {
  const category = CATEGORIES.find((c) => CATEGORY_WORDS[c].zh === name || CATEGORY_WORDS[c].en === name);
  return CATEGORY_COLOURS[category ?? CATEGORIES[index % CATEGORIES.length]];
}
