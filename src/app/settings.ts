/**
 * The choices a clerk makes once and every face uses: the as-of date, lead-only counting and last year's
 * source, kept in the workbook's settings (WorkbookPort.readSettings / writeSettings), so the pane's areas, the
 * one-shot check and the ribbon's commands read them alike. Light on purpose: the pane's first screen loads it.
 */

/** The settings' keys. */
export const SETTING = {
  /** yyyy-mm-dd; absent or "" when the sheet's own date (its title, its progress texts) applies. */
  asOf: "asOf",
  /** "true" to count only the lead unit. */
  leadOnly: "leadOnly",
  /** Last year's source: a sheet of this workbook or "builtin:YEAR"; "" for the default (see PriorChoice). */
  priorSheet: "priorSheet",
  /** "false" when the clerk chose 不对比 for the summary: no comparison, whatever the source. */
  comparePrior: "comparePrior",
  /** 上期对比: the sheet of this workbook holding the previous period's report; "" or absent when none is chosen. */
  previousReport: "previousReport",
} as const;

/**
 * Last year's source as chosen: a sheet or built-in year by name; the default, which is the command line's
 * (`analyze`): each sheet beside the bundled year before its own, where the place and the year allow it; or none.
 */
export type PriorChoice = { kind: "default" } | { kind: "none" } | { kind: "source"; source: string };

export interface KeptChoices {
  asOf?: string;
  leadOnly: boolean;
  prior: PriorChoice;
}

/** The kept choices as the use cases take them. */
export function keptChoices(settings: Readonly<Record<string, string | undefined>>): KeptChoices {
  const asOf = settings[SETTING.asOf] || undefined;
  const source = settings[SETTING.priorSheet] || "";
  const prior: PriorChoice = settings[SETTING.comparePrior] === "false" ? { kind: "none" } : source === "" ? { kind: "default" } : { kind: "source", source };
  return { ...(asOf ? { asOf } : {}), leadOnly: settings[SETTING.leadOnly] === "true", prior };
}

/** A prior choice as the summary takes it (generateSummary's priorSheet and builtinByDefault). */
export function priorOptions(prior: PriorChoice): { priorSheet?: string; builtinByDefault: boolean } {
  return prior.kind === "source" ? { priorSheet: prior.source, builtinByDefault: false } : { builtinByDefault: prior.kind === "default" };
}
