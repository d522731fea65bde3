import type { SheetGrid } from "../../src/engine/grid";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { priorChoices } from "../../src/app/priorYear";
import { fixtureSheets } from "../fixtureSheets";

/**
 * What the 上年目标 picker offers (src/app/priorYear.ts priorChoices): only what can be last year for the active
 * sheet, its year and each other sheet's read from the title where the name says none.
 */

let sample: SheetGrid[];
const sheet = (name: string) => sample.find((s) => s.name === name) as SheetGrid;
const renamed = (grid: SheetGrid, name: string): SheetGrid => ({ ...grid, name });
const untitled: SheetGrid = {
  name: "参考表",
  merges: [],
  values: [
    ["序号", "主要工作任务", "责任单位"],
    [1, "推进长三角一体化发展", "市发展改革委"],
  ],
};

beforeAll(async () => {
  sample = await fixtureSheets("sample.xlsx");
});

describe("priorChoices", () => {
  it("reads the year of a sheet whose name says none from its title, and leaves out this year's other tables", async () => {
    // Named without a year: 本年 holds the 2024 breakdown, 上年 the 2021 one, as their titles say.
    const workbook = new MemoryWorkbook(
      [renamed(sheet("2024责任分解"), "本年"), renamed(sheet("2021责任分解"), "上年"), sheet("2021上半年执行情况"), sheet("2024主要目标"), untitled],
      "本年",
    );
    expect(await priorChoices(workbook)).toEqual({
      year: 2024,
      earlier: [
        { name: "上年", year: 2021 },
        { name: "2021上半年执行情况", year: 2021 },
      ],
      builtin: [2021, 2020],
      auto: "builtin:2021",
      unknown: ["参考表"],
    });
  });

  it("puts the latest year first, and has no sheet to offer for the earliest year", async () => {
    // The title says 2021, the name 2019: a name with a year is taken at its word (no sheet is read for it).
    const older: SheetGrid = renamed(sheet("2021责任分解"), "2019责任分解");
    const workbook = new MemoryWorkbook([older, ...sample], "2024责任分解");
    expect((await priorChoices(workbook)).earlier.map((s) => s.name)).toEqual(["2021责任分解", "2021上半年执行情况", "2019责任分解"]);
    const first = await priorChoices(new MemoryWorkbook(sample, "2021责任分解"));
    expect(first).toMatchObject({ year: 2021, earlier: [], builtin: [2020], auto: "builtin:2020" });
  });

  it("offers every sheet of a known year when the active sheet's year is unknown", async () => {
    const workbook = new MemoryWorkbook([untitled, ...sample], "参考表");
    const choices = await priorChoices(workbook);
    expect(choices.year).toBeNull();
    expect(choices.earlier.map((s) => [s.name, s.year])).toEqual([
      ["2024责任分解", 2024],
      ["2024主要目标", 2024],
      ["2021责任分解", 2021],
      ["2021上半年执行情况", 2021],
    ]);
    expect(choices.unknown).toEqual([]);
  });
});
