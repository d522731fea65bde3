import fc from "fast-check";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { recognizeSheet } from "../../src/engine/recognize";
import { workbookRegistries } from "../../src/engine/settings/registries";
import { checkSheet, planSelectedFixes, type RepairableCheck } from "../../src/engine/validate/selection";
import { recheckSheet } from "../../src/engine/validate/recheck";
import { issueKind } from "../../src/engine/validate/selection";
import { fixtureSheets } from "../fixtureSheets";

/** Real sheets of every kind: a progress report, breakdowns (one with sections, one with merged 序号), projects, indicators. */
const FILES = [
  "2021_上半年执行情况.xlsx",
  "2021_责任分解.xlsx",
  "2021_专项行动.xlsx",
  "2021_民生实事.xlsx",
  "2024_主要目标.xlsx",
  "2024_责任分解_合并序号.xlsx",
];

interface Edit {
  /** Which data row (as a share of the rows below the header) and which column. */
  row: number;
  col: number;
  /** Where the new value comes from: another cell of the sheet, emptied, or typed. */
  value: { from: "cell"; row: number; col: number } | { from: "empty" } | { from: "typed"; text: string } | { from: "number"; n: number };
}

// Unbiased: fast-check leans to the ends of a range, which are the header and the last row.
const share = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const typed = fc.constantFrom(
  "市财政局",
  "市财政局，市税务局",
  " 按时推进",
  "已完成",
  "1",
  "１",
  "01",
  "一、经济发展",
  "注：",
  "#N/A",
  "甲任务(一)",
  "",
  "市财政局、财政局",
  "2.",
  "(1)推进",
);
const edit: fc.Arbitrary<Edit> = fc.record({
  row: share,
  col: share,
  value: fc.oneof(
    fc.record({ from: fc.constant("cell" as const), row: share, col: share }),
    fc.record({ from: fc.constant("empty" as const) }),
    fc.record({ from: fc.constant("typed" as const), text: typed }),
    fc.record({ from: fc.constant("number" as const), n: fc.integer({ min: 0, max: 300 }) }),
  ),
});

/** The edits applied to a grid's rows below its first table's header: the rows as they are after them. */
function editedRows(grid: SheetGrid, edits: readonly Edit[], firstDataRow: number): Map<number, CellValue[]> {
  const height = grid.values.length - firstDataRow;
  const width = grid.values[firstDataRow]?.length ?? 0;
  const rows = new Map<number, CellValue[]>();
  for (const e of edits) {
    const r = firstDataRow + Math.floor(e.row * height);
    const line = rows.get(r) ?? [...grid.values[r]];
    const v = e.value;
    const value: CellValue =
      v.from === "cell"
        ? (grid.values[firstDataRow + Math.floor(v.row * height)][Math.floor(v.col * width)] ?? null)
        : v.from === "empty"
          ? null
          : v.from === "typed"
            ? v.text
            : v.n;
    line[Math.floor(e.col * line.length)] = value;
    rows.set(r, line);
  }
  return rows;
}

/**
 * The sheet with the rows below its first header repeated to `rows` rows, numbers of the 序号 column renumbered:
 * the rows that settle a header's columns are its first 400, and only edits below them are checked row by row.
 */
function enlarged(grid: SheetGrid, rows: number): SheetGrid {
  const table = recognizeSheet(grid).tables[0];
  if (!table) return grid;
  const head = grid.values.slice(0, table.headerEnd + 1);
  const body = grid.values.slice(table.headerEnd + 1);
  const values = [...head];
  const seqCol = table.columns.seq;
  let seq = 0;
  while (values.length < rows && body.length > 0) {
    for (const line of body) {
      const copy = [...line];
      if (seqCol !== undefined && typeof copy[seqCol] === "number") copy[seqCol] = ++seq;
      values.push(copy);
    }
  }
  return { ...grid, values, merges: grid.merges.filter((m) => m.bottom <= table.headerEnd) };
}

function patched(grid: SheetGrid, rows: ReadonlyMap<number, CellValue[]>): SheetGrid {
  return { ...grid, values: grid.values.map((line, r) => rows.get(r) ?? line) };
}

/** What a clerk sees of a check, and what the fix button would write with one kind of issue left out. */
function outcome(check: RepairableCheck) {
  const kind = check.issues.find((issue) => issue.fix !== undefined);
  return {
    issues: check.issues,
    changes: planSelectedFixes(check).changes,
    without: planSelectedFixes(check, { excludedKinds: new Set(kind ? [issueKind(kind)] : []) }).changes,
  };
}

describe("recheckSheet", () => {
  let sheets: SheetGrid[] = [];
  beforeAll(async () => {
    sheets = (await Promise.all(FILES.map(fixtureSheets))).flat().map((grid) => enlarged(grid, 1200));
  });

  it("gives after random edits of real rows what a check of the whole sheet gives", () => {
    let incremental = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), (pick, steps) => {
        const start = sheets[pick % sheets.length];
        const registries = workbookRegistries([start]);
        const options = { registry: registries.registry, vocabulary: registries.vocabulary };
        const first = recognizeSheet(start).tables[0];
        const firstDataRow = first ? first.headerEnd + 1 : 0;
        let check = checkSheet(start, options);
        for (const step of steps) {
          if (check.grid.values.length <= firstDataRow) return;
          const rows = editedRows(check.grid, step, firstDataRow);
          const grid = patched(check.grid, rows);
          const again = recheckSheet(check, rows);
          expect(again).not.toBeNull();
          if (again === null) return;
          total++;
          if (again.incremental) incremental++;
          const whole = checkSheet(grid, options);
          expect(again.check.grid.values).toEqual(grid.values);
          expect(again.check.options.recognition).toEqual(whole.options.recognition);
          expect(outcome(again.check)).toEqual(outcome(whole));
          check = again.check;
        }
      }),
      { numRuns: 60, seed: 23 },
    );
    // Many steps were checked row by row (a step with an edit among the 400 rows that settle the columns is checked
    // whole, and that is no test of recheckSheet).
    expect(incremental / total).toBeGreaterThan(0.3);
  });

  it("checks only the edited row when a unit name is corrected", async () => {
    const grid = enlarged((await fixtureSheets("2021_上半年执行情况.xlsx"))[0], 1200);
    const registries = workbookRegistries([grid]);
    const check = checkSheet(grid, { registry: registries.registry, vocabulary: registries.vocabulary });
    const table = check.options.recognition?.tables[0];
    const row = table?.rows.filter((r) => r.type === "task")[900].index ?? -1;
    const col = table?.columns.units ?? -1;
    const line = [...grid.values[row]];
    line[col] = "市财政局，市税务局";
    const again = recheckSheet(check, new Map([[row, line]]));
    expect(again).toMatchObject({ incremental: true, rows: [row] });
    expect(again?.check.issues.filter((issue) => issue.row === row + 1 && issue.code === "units/separator")).toHaveLength(1);
  });

  it("asks for the sheet again when an edit lies past the rows it checked", async () => {
    const [grid] = await fixtureSheets("2021_上半年执行情况.xlsx");
    const check = checkSheet(grid, workbookRegistries([grid]));
    expect(recheckSheet(check, new Map([[grid.values.length, ["x"]]]))).toBeNull();
    expect(recheckSheet(check, new Map([[3, [...grid.values[3], "beyond the used range"]]]))).toBeNull();
  });
});
