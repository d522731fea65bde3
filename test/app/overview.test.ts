import * as path from "node:path";
import type { SheetGrid } from "../../src/engine/grid";
import { BUNDLED_SAMPLE } from "../../src/cli/commands/analyze";
import { openWorkbookFile } from "../../src/host/files";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { nextStep, overviewOfActiveSheet, type SheetOverview } from "../../src/app/overview";
import { keptChoices } from "../../src/app/settings";
import { fixture, runJson } from "../cli/runCli";

/**
 * The pane's one-shot check (检查本表) and the command line's `analyze` say the same of a sheet: its tables,
 * its issues, its lagging tasks and the as-of date, and its tasks beside the bundled year before its own.
 */

jest.setTimeout(120_000);

interface AnalyzeJson {
  asOf: { date: string | null; pace: number | null; source: string } | null;
  sheets: { name: string; tables: { kind: string; title: string | null; tasks: number }[]; issues: Record<string, unknown> }[];
  prior: {
    groups: { sheets: string[]; auto: boolean; tasks: number; matched: number }[];
    matches: { sheet: string; changes: { deltaKind: string }[] }[];
  } | null;
  lag: { tasks: number; red: number; yellow: number };
}

async function sheetsOf(file: string): Promise<SheetGrid[]> {
  const book = await openWorkbookFile(file);
  return Promise.all((await book.sheetNames()).map((name) => book.readSheet(name)));
}

/** The overview of every sheet `analyze` found tables on, each the active sheet in turn. */
async function overviews(file: string, names: readonly string[]): Promise<SheetOverview[]> {
  const grids = await sheetsOf(file);
  const found: SheetOverview[] = [];
  for (const name of names) found.push(await overviewOfActiveSheet(new MemoryWorkbook(grids, name)));
  return found;
}

describe("检查本表 counts as `taizhang analyze --json` does", () => {
  it.each([
    BUNDLED_SAMPLE,
    fixture("2021_上半年执行情况.xlsx"),
    fixture("2021_责任分解_三表.xlsx"),
    fixture("2024_责任分解.xlsx"),
    fixture("2024_主要目标.xlsx"),
    fixture("2021_民生实事.xlsx"),
    fixture("places/fenghua-2025-minsheng-jun.xlsx"),
  ])("%s", async (file) => {
    const report = await runJson<AnalyzeJson>(["analyze", file]);
    const cards = await overviews(
      file,
      report.sheets.map((s) => s.name),
    );
    for (const [i, sheet] of report.sheets.entries()) {
      const card = cards[i];
      expect({ name: card.sheet, tables: card.tables }).toEqual({
        name: sheet.name,
        tables: sheet.tables.map(({ kind, title, tasks }) => ({ kind, title, tasks })),
      });
      // The JSON counts by code too; the card by severity, fixable and cells.
      expect([sheet.name, card.issues]).toEqual([sheet.name, Object.fromEntries(Object.entries(sheet.issues).filter(([key]) => key !== "byCode"))]);
    }
    // Lag is counted over the workbook: the sheets' counts add up to it, and the date is the first progress sheet's.
    const lagging = cards.filter((c) => c.lag !== null);
    const sum = (key: "tasks" | "red" | "yellow") => lagging.reduce((n, c) => n + (c.lag?.[key] ?? 0), 0);
    expect({ tasks: sum("tasks"), red: sum("red"), yellow: sum("yellow") }).toEqual(report.lag);
    expect(lagging[0]?.lag?.asOf ?? null).toEqual(report.asOf);
    // Last year: the same bundled year for each sheet, and on it the same tasks matched and targets changed.
    for (const card of cards) {
      const group = report.prior?.groups.find((g) => g.sheets.includes(card.sheet));
      if (!group) {
        expect([card.sheet, card.prior.status]).not.toEqual([card.sheet, "compared"]);
        continue;
      }
      expect(group.auto).toBe(true);
      const matches = report.prior?.matches.filter((m) => m.sheet === card.sheet) ?? [];
      expect([card.sheet, card.prior]).toEqual([
        card.sheet,
        expect.objectContaining({
          status: "compared",
          auto: true,
          matched: matches.length,
          changed: matches.filter((m) => m.changes.some((c) => c.deltaKind !== "same")).length,
        }),
      ]);
    }
  });

  it("reads the bundled sample's H1 report as the command line does, and names the next step", async () => {
    const [card] = await overviews(BUNDLED_SAMPLE, ["2021上半年执行情况"]);
    expect(card).toMatchObject({
      sheet: "2021上半年执行情况",
      tables: [{ kind: "progress", tasks: 96 }],
      year: 2021,
      place: { name: "嘉兴市", jiaxing: true },
      issues: { total: 244, fixable: 241, cells: 236 },
      lag: { asOf: { date: "2021-06-30", pace: 0.5, source: "title", evidence: "上半年" }, tasks: 96, red: 3, yellow: 7 },
      prior: { status: "compared", source: "builtin:2020", auto: true, tasks: 96 },
      next: { step: "fix", issues: 241, cells: 236 },
    });
    expect(card.prior.status === "compared" && card.prior.changed > 0 && card.prior.matched >= card.prior.changed).toBe(true);
  });
});

describe("检查本表 with the clerk's kept choices", () => {
  const sample = async () => new MemoryWorkbook(await sheetsOf(BUNDLED_SAMPLE), "2021上半年执行情况");

  it("judges lag against the kept as-of date", async () => {
    const workbook = await sample();
    await workbook.writeSettings({ asOf: "2021-09-30" });
    const card = await overviewOfActiveSheet(workbook, keptChoices(await workbook.readSettings()));
    expect(card.lag?.asOf).toMatchObject({ date: "2021-09-30", source: "given" });
    // Further into the year, more tasks are behind the pace.
    expect((card.lag?.red ?? 0) + (card.lag?.yellow ?? 0)).toBeGreaterThan(10);
  });

  it("compares with the sheet kept as last year's, or not at all when the clerk chose 不对比", async () => {
    const workbook = await sample();
    await workbook.writeSettings({ priorSheet: "2021责任分解" });
    const chosen = await overviewOfActiveSheet(workbook, keptChoices(await workbook.readSettings()));
    expect(chosen.prior).toMatchObject({ status: "compared", source: "2021责任分解", auto: false, tasks: 96 });
    await workbook.writeSettings({ comparePrior: "false" });
    expect((await overviewOfActiveSheet(workbook, keptChoices(await workbook.readSettings()))).prior).toEqual({ status: "off" });
    await workbook.writeSettings({ comparePrior: "true", priorSheet: "已删除的表" });
    expect((await overviewOfActiveSheet(workbook, keptChoices(await workbook.readSettings()))).prior).toEqual({ status: "missing-sheet", sheet: "已删除的表" });
  });

  it("says why there is no comparison: another place's sheet, or none bundled before its year", async () => {
    const county = await sheetsOf(path.join(__dirname, "..", "fixtures", "places", "fenghua-2025-minsheng-jun.xlsx"));
    const card = await overviewOfActiveSheet(new MemoryWorkbook(county));
    expect(card.prior).toEqual({ status: "other-place", place: card.place.name });
    expect(card.place.jiaxing).toBe(false);

    const [old] = await sheetsOf(BUNDLED_SAMPLE);
    const renamed: SheetGrid = { ...old, name: "2019责任分解", values: [["2019年政府工作报告重点工作责任分解"], ...old.values.slice(1)] };
    expect((await overviewOfActiveSheet(new MemoryWorkbook([renamed]))).prior).toEqual({ status: "no-year-before", year: 2019 });
  });

  it("sends the clerk to another sheet when this one holds no table", async () => {
    const card = await overviewOfActiveSheet(new MemoryWorkbook([{ name: "说明", values: [["本工作簿说明"]], merges: [] }]));
    expect(card).toMatchObject({ tables: [], lag: null, next: { step: "open-sheet" } });
  });
});

test("the next step: fix first, then the errors no fix mends, then the summary", () => {
  const counts = { total: 3, error: 1, warning: 2, info: 0, fixable: 2, cells: 1 };
  expect(nextStep(1, counts)).toEqual({ step: "fix", issues: 2, cells: 1 });
  expect(nextStep(1, { ...counts, fixable: 0, cells: 0 })).toEqual({ step: "review", issues: 1 });
  expect(nextStep(1, { ...counts, error: 0, fixable: 0, cells: 0 })).toEqual({ step: "summary" });
  expect(nextStep(0, counts)).toEqual({ step: "open-sheet" });
});
