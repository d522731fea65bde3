/**
 * How the by-unit chart looks wherever it is drawn: in the .xlsx the command line writes, in Excel (the chart
 * spec carries the colours and no more rows than this), and in the pane's 汇总 area, so all read alike.
 */
import type { StatusCategory } from "../status/categories";

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
