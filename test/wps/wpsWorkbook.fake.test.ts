/**
 * What only the WPS adapter has to get right, on the model of WPS 表格 (fakeWps.ts): 1-based indexes, Value2's
 * shapes and serial dates, COM error codes, VBA's side effects (Worksheets.Add activates, dialogs), marks
 * without ids, BGR colours, SheetChange echoes. The behaviour shared with Excel is test/port/portSuite.ts's.
 */
import { bgrColor, WpsWorkbook, type WpsApplication } from "../../src/host/wps/wpsWorkbook";
import { FakeWps } from "../../src/host/wps/fakeWps";
import type { CellRange, SheetGrid } from "../../src/engine/grid";
import fc from "fast-check";

const open = (wps: FakeWps) => new WpsWorkbook(wps.application as unknown as WpsApplication);
const TASKS: SheetGrid = {
  name: "台账",
  values: [
    ["序号", "主要工作任务", "责任单位", "进展状态"],
    [1, "任务一", "市发改委", "按时推进"],
    [2, "任务二", "市经信局", "已完成"],
  ],
  merges: [],
};

describe("the WPS adapter", () => {
  it("reads a used range that starts away from A1, anchored at A1, with its merges", async () => {
    const wps = new FakeWps([
      { name: "表", values: [[], [], [null, null, "标题", null], [null, null, "甲", "乙"]], merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] },
    ]);
    const grid = await open(wps).readSheet("表");
    expect(grid.values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, "标题", null],
      [null, null, "甲", "乙"],
    ]);
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  it("reads a one-cell sheet (Value2 is then the value, not rows) and an empty one", async () => {
    const wps = new FakeWps([
      { name: "一格", values: [["只有我"]], merges: [] },
      { name: "空", values: [], merges: [] },
    ]);
    const workbook = open(wps);
    expect((await workbook.readSheet("一格")).values).toEqual([["只有我"]]);
    expect((await workbook.readSheet("空")).values).toEqual([]);
  });

  it("gives a date cell (a serial number in Value2) as ISO text, as the Office and file adapters do", async () => {
    const wps = new FakeWps([
      {
        name: "表",
        values: [
          ["截止", "数量"],
          [44377, 44377],
        ],
        merges: [],
      },
    ]);
    wps.formatCell(wps.sheet("表"), 1, 0, 'yyyy"年"m"月"d"日"');
    expect((await open(wps).readSheet("表")).values[1]).toEqual(["2021-06-30", 44377]);
  });

  it("reads VBA's error values, as COM hands them over, as the errors' text", async () => {
    const wps = new FakeWps([
      {
        name: "表",
        values: [
          ["A", "B"],
          [-2146826246, -2146826281],
        ],
        merges: [],
      },
    ]);
    expect((await open(wps).readSheet("表")).values[1]).toEqual(["#N/A", "#DIV/0!"]);
  });

  it("refuses a used range past 5,000,000 cells with a message naming its extent, before reading it", async () => {
    const wps = new FakeWps([TASKS]);
    wps.setCell(wps.sheet("台账"), 999_999, 10, "远处的一格");
    await expect(open(wps).readSheet("台账")).rejects.toMatchObject({
      code: "file/too-large",
      problem: { reason: "sheet/too-many-cells", params: { sheet: "台账", extent: "A1:K1000000", cells: 11_000_000 } },
    });
  });

  it("finds sheets by name as Excel does, whatever the case", async () => {
    const wps = new FakeWps([{ ...TASKS, name: "Tasks" }]);
    expect((await open(wps).readSheet("TASKS")).name).toBe("Tasks");
  });

  it("writes tabs without leaving the user on them, with dialogs off only while it writes, the journal very hidden", async () => {
    const wps = new FakeWps([TASKS, { name: "另一张", values: [["x"]], merges: [] }]);
    wps.activeName = "另一张";
    const workbook = open(wps);
    await workbook.writeSheets([
      {
        name: "汇总",
        values: [
          ["单位", "任务数"],
          ["市发改委", 1],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        columnWidths: [20, 8],
        frozenRows: 1,
      },
      { name: "_taizhang_fixes", values: [["记录"]], veryHidden: true },
    ]);
    expect(wps.activeName).toBe("另一张");
    expect(wps.DisplayAlerts).toBe(true);
    expect(await workbook.sheetNames()).toEqual(["台账", "另一张", "汇总", "_taizhang_fixes"]);
    expect(wps.sheet("_taizhang_fixes").visible).toBe(2);
    expect(wps.sheet("汇总")).toMatchObject({ columnWidths: [20, 8], frozenRows: 1, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });

    // Replaced in place: same position, new content.
    await workbook.writeSheets([{ name: "汇总", values: [["新"]] }]);
    expect(await workbook.sheetNames()).toEqual(["台账", "另一张", "汇总", "_taizhang_fixes"]);
    expect(wps.grid("汇总").values).toEqual([["新"]]);
  });

  it("refuses a bad batch before writing anything", async () => {
    const wps = new FakeWps([TASKS]);
    const workbook = open(wps);
    await expect(
      workbook.writeSheets([
        { name: "好", values: [["a"]] },
        { name: "坏/名", values: [["b"]] },
      ]),
    ).rejects.toMatchObject({ code: "file/write-failed" });
    expect(await workbook.sheetNames()).toEqual(["台账"]);
  });

  it("marks with conditional formats it can find again, coloured in VBA's BGR", async () => {
    const wps = new FakeWps([TASKS]);
    const workbook = open(wps);
    const [id] = await workbook.addMarks("台账", [{ range: { top: 1, left: 0, bottom: 1, right: 3 }, color: "#FFC000" }]);
    const [format] = wps.sheet("台账").formatConditions;
    expect(format.Formula1).toContain(id);
    expect(format.Interior.Color).toBe(0x00c0ff);
    expect(bgrColor("#123456")).toBe(0x563412);
  });

  it("puts the status dropdown on the cells, replacing a rule already there", async () => {
    const wps = new FakeWps([TASKS]);
    const workbook = open(wps);
    const range = { top: 1, left: 3, bottom: 2, right: 3 };
    await workbook.setListValidation("台账", range, ["按时推进", "已完成"]);
    await workbook.setListValidation("台账", range, ["按时推进", "滞后,待办"]);
    expect(wps.sheet("台账").validations).toEqual([{ range, formula1: "按时推进,滞后待办", inCellDropdown: true }]);
  });

  it("reports the user's edits of the watched sheet, not its own writes, until told to stop", async () => {
    const wps = new FakeWps([TASKS, { name: "另一张", values: [["x"]], merges: [] }]);
    const workbook = open(wps);
    const seen: string[] = [];
    const stop = await workbook.watchChanges((sheet) => seen.push(sheet));
    await workbook.updateCells("台账", [{ row: 1, col: 3, value: "已完成" }]);
    expect(seen).toEqual([]);
    // Later, past the echo of the add-in's own write.
    const now = Date.now();
    const clock = jest.spyOn(Date, "now").mockReturnValue(now + 5000);
    wps.userEdit("台账", 2, 3, "滞后");
    wps.userEdit("另一张", 0, 0, "y");
    expect(seen).toEqual(["台账"]);
    await stop();
    expect(wps.listenerCount()).toBe(0);
    clock.mockRestore();
  });

  it("says clearly that importing another file's sheets is not possible in WPS yet", async () => {
    const workbook = open(new FakeWps([TASKS]));
    await expect(workbook.insertSheetsFromFile("2020.xlsx", new Uint8Array([1]))).rejects.toMatchObject({
      code: "file/not-spreadsheet",
      problem: { reason: "wps/cannot-import", params: { file: "2020.xlsx" } },
    });
  });

  it("imports through a parser when the pane brings one, never replacing a sheet", async () => {
    const wps = new FakeWps([TASKS]);
    const workbook = new WpsWorkbook(wps.application as unknown as WpsApplication, { parseFile: async () => [{ ...TASKS }] });
    expect(await workbook.insertSheetsFromFile("2020.xlsx", new Uint8Array())).toEqual(["台账(2)"]);
    expect(wps.grid("台账(2)").values).toEqual(TASKS.values);
  });

  it("shows a cell: its sheet activated, the cell selected", async () => {
    const wps = new FakeWps([TASKS, { name: "另一张", values: [["x"]], merges: [] }]);
    await open(wps).selectCell("另一张", "B3");
    expect([wps.activeName, wps.selected]).toEqual(["另一张", "另一张!R3C2"]);
  });
});

describe("merged areas without a call that lists them", () => {
  it("are found by halving, whatever their number and place", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(39), fc.nat(11), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 })), { maxLength: 40 }),
        async (boxes) => {
          // Non-overlapping areas of two cells or more, as a workbook holds them.
          const merges: CellRange[] = [];
          for (const [top, left, height, width] of boxes) {
            const area = { top, left, bottom: top + height - 1, right: left + width - 1 };
            const overlaps = merges.some((m) => m.top <= area.bottom && area.top <= m.bottom && m.left <= area.right && area.left <= m.right);
            if (!overlaps && (height > 1 || width > 1)) merges.push(area);
          }
          const values = Array.from({ length: 46 }, (_, r) => Array.from({ length: 16 }, (_, c) => (r === 45 && c === 15 ? "末" : null)));
          const wps = new FakeWps([{ name: "表", values, merges }]);
          const read = await open(wps).readSheet("表");
          expect(read.merges).toEqual([...merges].sort((a, b) => a.top - b.top || a.left - b.left));
        },
      ),
    );
  });
});
