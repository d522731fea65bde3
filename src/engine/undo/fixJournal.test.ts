import type { CellValue, SheetGrid } from "../grid";
import { journalLayout, readJournal, recordBatch } from "./fixJournal";

const change = (cell: string, before: CellValue, after: CellValue) => ({ sheet: "表", cell, row: 3, column: "B", before, after, codes: ["text/spaces"] });
const asGrid = (values: CellValue[][]): SheetGrid => ({ name: "_taizhang_fixes", values, merges: [] });

describe("the fix journal", () => {
  it("reads back what it recorded: text, numbers, booleans, empty cells and formula-looking text", () => {
    const batches = recordBatch(
      recordBatch([], [change("B3", " 推进。", "推进。"), change("A3", "１", 1)], "2021-07-01T00:00:00.000Z"),
      [change("B4", "=SUM(A1)", true)],
      "2021-07-02T00:00:00.000Z",
    );
    expect(readJournal(asGrid(journalLayout("_taizhang_fixes", batches, "m").values))).toEqual(batches);
  });

  it("keeps a value too long for one cell in rows below, each within Excel's 32,767 characters", () => {
    // Found by the property test: a cell of 16,383 tabs is "\t" 16,383 times in JSON, and the batch could not be written.
    const tabs = "\t".repeat(16_383);
    const long = `${"长".repeat(40_000)}😀${"短".repeat(30_000)}`;
    const batches = recordBatch([], [change("B3", tabs, ""), change("C3", long, long.slice(1)), change("D3", "甲 ", "甲")], "2021-07-01T00:00:00.000Z");
    const values = journalLayout("_taizhang_fixes", batches, "m").values;
    for (const line of values) for (const value of line) if (typeof value === "string") expect(value.length).toBeLessThanOrEqual(32_767);
    expect(values.length).toBeGreaterThan(4);
    expect(readJournal(asGrid(values))).toEqual(batches);
  });

  it("never cuts an emoji in half between two cells", () => {
    // After the opening quote and 甲, the 32,767th character of the JSON is the first half of an emoji.
    const emoji = `甲${"😀".repeat(20_000)}`;
    const batches = recordBatch([], [change("B3", emoji, "")], "t");
    const values = journalLayout("_taizhang_fixes", batches, "m").values;
    for (const line of values.slice(1)) expect(line[4]).not.toMatch(/[\uD800-\uDFFF]/u);
    expect(readJournal(asGrid(values))).toEqual(batches);
  });
});
