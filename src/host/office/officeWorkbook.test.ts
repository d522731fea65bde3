import { OfficeMockObject } from "office-addin-mock";
import { WorkbookError } from "../port";
import { OfficeWorkbook } from "./officeWorkbook";

/* eslint-disable @typescript-eslint/no-explicit-any -- the mocks stand in for Office.js's own classes */

const globals = globalThis as any;

/** A global Office whose requirement check answers as a host at ExcelApi 1.<minor> would. */
function setOffice(excelApi: string) {
  const minor = (version: string) => Number(version.split(".")[1] ?? 0); // "1.13" is newer than "1.9"
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && minor(version) <= minor(excelApi),
      },
    },
  };
}

/** A global Excel whose run() hands the batch the mock's context. */
function setExcel(mock: any) {
  globals.Excel = mock;
}

const SHEET_VALUES = [
  ["序号", "主要工作任务", "责任单位"],
  [1, "推进长三角一体化", "市发改委"],
  ["", "续：完善协同机制", "#N/A"],
];
const SHEET_FORMATS = SHEET_VALUES.map((row) => row.map(() => "General"));

/** A workbook with one sheet, "2021年", whose values-only used range is B2:D4 with a merge in B3:B4. */
function readMock() {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "2021年",
            usedRange: {
              values: SHEET_VALUES,
              numberFormat: SHEET_FORMATS,
              address: "'2021年'!B2:D4",
              rowIndex: 1,
              columnIndex: 1,
              rowCount: 3,
              columnCount: 3,
              merged: { address: "'2021年'!B3:B4" },
              getMergedAreasOrNullObject() {
                return this.merged;
              },
            },
            getUsedRange() {
              return this.usedRange;
            },
            // The block read asks for rows, and their merged areas band by band; this sheet fits in one block.
            band: {
              values: SHEET_VALUES,
              numberFormat: SHEET_FORMATS,
              merged: { address: "'2021年'!B3:B4" },
              getMergedAreasOrNullObject() {
                return this.merged;
              },
            },
            getRangeByIndexes() {
              return this.band;
            },
          },
          getItem(name: string) {
            if (name !== "2021年") throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
            return this.sheet;
          },
        },
      },
    },
    run: async function (batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as any;
  // Set by Office.js itself on sync, not loaded; the mock would treat it as an unloaded property.
  mock.context.workbook.worksheets.sheet.usedRange.merged.isNullObject = false;
  mock.context.workbook.worksheets.sheet.band.merged.isNullObject = false;
  return mock;
}

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe("OfficeWorkbook.readSheet", () => {
  it("reads the used range as a grid anchored at A1, with merges, in one sync", async () => {
    const mock = readMock();
    setExcel(mock);
    setOffice("1.13");
    const sync = jest.spyOn(mock.context, "sync");

    const grid = await new OfficeWorkbook().readSheet("2021年");

    expect(sync).toHaveBeenCalledTimes(1);
    expect(grid).toEqual({
      name: "2021年",
      values: [
        [null, null, null, null],
        [null, "序号", "主要工作任务", "责任单位"],
        [null, 1, "推进长三角一体化", "市发改委"],
        [null, null, "续：完善协同机制", "#N/A"],
      ],
      merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
    });
  });

  it("skips merged areas where ExcelApi 1.13 is missing, still in one sync", async () => {
    const mock = readMock();
    setExcel(mock);
    setOffice("1.9");
    const sync = jest.spyOn(mock.context, "sync");
    const getMerged = jest.spyOn(mock.context.workbook.worksheets.sheet.usedRange, "getMergedAreasOrNullObject");

    const grid = await new OfficeWorkbook().readSheet("2021年");

    expect(sync).toHaveBeenCalledTimes(1);
    expect(getMerged).not.toHaveBeenCalled();
    expect(grid.merges).toEqual([]);
    expect(grid.values[2]).toEqual([null, 1, "推进长三角一体化", "市发改委"]);
  });

  it("reads no merges when Excel reports none (a null object)", async () => {
    const mock = readMock();
    mock.context.workbook.worksheets.sheet.usedRange.merged.isNullObject = true;
    setExcel(mock);
    setOffice("1.13");
    expect((await new OfficeWorkbook().readSheet("2021年")).merges).toEqual([]);
  });

  /** Makes the given sync calls (1-based) fail as Excel does when a range has more than 512 merged areas. */
  function failSyncs(mock: any, failing: number[]) {
    const realSync = mock.context.sync.bind(mock.context);
    let calls = 0;
    mock.context.sync = jest.fn(async () => {
      calls += 1;
      if (failing.includes(calls)) throw Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
      return realSync();
    });
    return mock.context.sync as jest.Mock;
  }

  it("reads merged areas in row bands when reading them at once fails", async () => {
    const mock = readMock();
    const sync = failSyncs(mock, [1]);
    const getRangeByIndexes = jest.spyOn(mock.context.workbook.worksheets.sheet, "getRangeByIndexes");
    setExcel(mock);
    setOffice("1.13");

    const grid = await new OfficeWorkbook().readSheet("2021年");

    expect(sync).toHaveBeenCalledTimes(3);
    expect(getRangeByIndexes).toHaveBeenCalledWith(1, 1, 3, 3);
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(grid.values[3]).toEqual([null, null, "续：完善协同机制", "#N/A"]);
  });

  it("still reads the values when the banded merges fail too", async () => {
    const mock = readMock();
    failSyncs(mock, [1, 3]);
    setExcel(mock);
    setOffice("1.13");
    const grid = await new OfficeWorkbook().readSheet("2021年");
    expect(grid.merges).toEqual([]);
    expect(grid.values[1]).toEqual([null, "序号", "主要工作任务", "责任单位"]);
  });

  it("waits while Excel is editing a cell, then says what to do", async () => {
    const mock = readMock();
    mock.context.sync = jest.fn(async () => {
      throw Object.assign(new Error("The operation failed because Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
    });
    setExcel(mock);
    setOffice("1.13");
    const waits: number[] = [];
    const workbook = new OfficeWorkbook({ wait: async (ms) => void waits.push(ms) });
    await expect(workbook.readSheet("2021年")).rejects.toMatchObject({ message: expect.stringContaining("按 Enter 或 Esc") });
    expect(mock.context.sync).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([800, 800, 800]);
  });

  it("reads once the cell edit is over", async () => {
    const mock = readMock();
    const realSync = mock.context.sync.bind(mock.context);
    let calls = 0;
    mock.context.sync = jest.fn(async () => {
      calls++;
      if (calls === 1) throw Object.assign(new Error("editing"), { code: "InvalidOperationInCellEditMode" });
      return realSync();
    });
    setExcel(mock);
    setOffice("1.13");
    const grid = await new OfficeWorkbook({ wait: async () => undefined }).readSheet("2021年");
    expect(grid.name).toBe("2021年");
    expect(mock.context.sync).toHaveBeenCalledTimes(2);
  });

  it("says which sheet is missing", async () => {
    setExcel(readMock());
    setOffice("1.13");
    const reading = new OfficeWorkbook().readSheet("已删除");
    await expect(reading).rejects.toBeInstanceOf(WorkbookError);
    await expect(reading).rejects.toMatchObject({ code: "sheet/not-found", source: "已删除", message: expect.stringContaining("已删除") });
  });

  it("turns Excel's payload limit into a message about the sheet's size", async () => {
    const mock = readMock();
    mock.context.sync = async () => {
      throw Object.assign(new Error("Response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
    };
    setExcel(mock);
    setOffice("1.13");
    await expect(new OfficeWorkbook().readSheet("2021年")).rejects.toMatchObject({ code: "file/too-large" });
  });
});

describe("OfficeWorkbook.sheetNames and activeSheetName", () => {
  function namesMock() {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            active: { name: "执行情况" },
            getActiveWorksheet() {
              return this.active;
            },
          },
        },
      },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    }) as any;
    // Collections are not modelled by the mock: give the loaded items directly.
    const worksheets = mock.context.workbook.worksheets;
    worksheets.load = jest.fn();
    worksheets.items = [{ name: "责任分解" }, { name: "执行情况" }];
    return mock;
  }

  it("lists the sheets in tab order in one sync", async () => {
    const mock = namesMock();
    setExcel(mock);
    const sync = jest.spyOn(mock.context, "sync");
    expect(await new OfficeWorkbook().sheetNames()).toEqual(["责任分解", "执行情况"]);
    expect(mock.context.workbook.worksheets.load).toHaveBeenCalledWith("items/name");
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("names the active sheet in one sync", async () => {
    const mock = namesMock();
    setExcel(mock);
    const sync = jest.spyOn(mock.context, "sync");
    expect(await new OfficeWorkbook().activeSheetName()).toBe("执行情况");
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("OfficeWorkbook.writeSheets", () => {
  /**
   * A hand-written recorder: what matters here is the order of operations, which the mock does not keep.
   * Every property set and method call on a sheet (and on anything reached from it) is logged by its path.
   */
  function writeContext(existingNames: string[]) {
    const log: string[] = [];
    const recorder = (path: string): unknown =>
      new Proxy(function () {}, {
        get(_target, key) {
          if (key === "then") return undefined;
          return recorder(`${path}.${String(key)}`);
        },
        set(_target, key, value) {
          log.push(`${path}.${String(key)}=${JSON.stringify(value)}`);
          return true;
        },
        apply(_target, _this, args) {
          log.push(
            `${path}(${args.map((a) => (typeof a === "string" || typeof a === "number" || typeof a === "boolean" ? JSON.stringify(a) : "…")).join(",")})`,
          );
          return recorder(`${path}()`);
        },
      });
    const sheet = (name: string, position = 0) => {
      const base = recorder(name) as Record<string, unknown>;
      return new Proxy(base, {
        get(target, key) {
          if (key === "name") return name;
          if (key === "position") return position;
          if (key === "getRangeByIndexes") return (r: number, c: number, h: number, w: number) => recorder(`${name}!(${r},${c},${h}x${w})`);
          if (key === "getRange") return (address = "*") => recorder(`${name}!${address}`);
          return target[key as string];
        },
      });
    };
    const context = {
      workbook: {
        worksheets: {
          items: existingNames.map((name, i) => sheet(name, i)),
          load: jest.fn(),
          add: (name: string) => {
            log.push(`add ${name}`);
            return sheet(name);
          },
          getItem: (name: string) => sheet(name),
        },
      },
      sync: jest.fn(async () => {
        log.push("sync");
      }),
    };
    setOffice("1.13");
    setExcel({
      run: async (batch: (c: unknown) => Promise<unknown>) => batch(context),
      PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
      PaperType: { a4: "A4" },
      SheetVisibility: { veryHidden: "VeryHidden" },
      ChartType: { barStacked: "BarStacked" },
      ChartSeriesBy: { columns: "Columns" },
    });
    return { log, context };
  }

  it("adds missing sheets, replaces existing ones, and sets text format before values", async () => {
    const { log, context } = writeContext(["汇总"]);
    await new OfficeWorkbook().writeSheets([
      {
        name: "汇总",
        values: [
          ["序号", "=不是公式"],
          [1, null],
        ],
        merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
        frozenRows: 1,
      },
      { name: "滞后事项", values: [["-"]], columnWidths: [10] },
    ]);
    expect(context.sync).toHaveBeenCalledTimes(2);
    expect(log).toEqual([
      "sync",
      "汇总.delete()",
      "add 汇总",
      "汇总.position=0",
      "add 滞后事项",
      '汇总!(0,0,2x2).numberFormat=[["@","@"],["General","General"]]',
      '汇总!(0,0,2x2).values=[["序号","=不是公式"],[1,""]]',
      '滞后事项!(0,0,1x1).numberFormat=[["@"]]',
      '滞后事项!(0,0,1x1).values=[["-"]]',
      "汇总!(0,0,2x1).merge(false)",
      "汇总.freezePanes.freezeRows(1)",
      "滞后事项!(0,0,1x1).format.columnWidth=56.25",
      "sync",
    ]);
  });

  it("writes a summary tab as a table with links, print setup, a chart and number formats, in two syncs at any size", async () => {
    for (const rows of [100, 10_000]) {
      const { log, context } = writeContext([]);
      const values = [["部门汇总"], [], ["单位", "任务数", "按进度率", "位置"], ...Array.from({ length: rows }, (_, i) => [`单位${i}`, i, 0.5, "=A1"])];
      await new OfficeWorkbook().writeSheets([
        {
          name: "部门汇总",
          values,
          table: { name: "taizhang_units", headerRow: 2, lastRow: rows + 2 },
          links: [{ row: 3, col: 3, sheet: "台账", cell: "A2" }],
          print: { orientation: "landscape", repeatRows: { first: 3, last: 3 } },
          numberFormats: { 2: "0.0%" },
          chart: { title: "各单位任务进展", firstRow: 3, lastRow: rows + 2, categoryCol: 0, seriesCols: [1], colours: ["E53935"] },
        },
        { name: "_taizhang", values: [["x"]], veryHidden: true },
      ]);
      expect(context.sync).toHaveBeenCalledTimes(2);
      const shown = log.map((l) => (l.length > 200 ? l.slice(0, 200) : l));
      expect(shown).toEqual(
        expect.arrayContaining([
          '部门汇总.tables.add().name="taizhang_units"',
          "部门汇总.tables.add().showFilterButton=true",
          `部门汇总!(3,3,1x1).hyperlink={"documentReference":"'台账'!A2","textToDisplay":"=A1"}`,
          '部门汇总.pageLayout.orientation="Landscape"',
          '部门汇总.pageLayout.paperSize="A4"',
          '部门汇总.pageLayout.setPrintTitleRows("$3:$3")',
          '部门汇总.charts.add("BarStacked",…,"Columns")',
          '部门汇总.charts.add().series.getItemAt().format.fill.setSolidColor("#E53935")',
          '_taizhang.visibility="VeryHidden"',
        ]),
      );
      // Text that looks like a formula is written under the text format, never as a formula.
      const formats = log.find((l) => l.startsWith(`部门汇总!(0,0,${rows + 3}x4).numberFormat=`)) ?? "";
      expect(formats).toContain('"@"');
    }
  });

  it("updates single cells in one sync, keeping formula-like text as text", async () => {
    const { log, context } = writeContext([]);
    await new OfficeWorkbook().updateCells("台账", [
      { row: 2, col: 1, value: "推进项目建设，加快改造。" },
      { row: 3, col: 1, value: "=SUM(A1)" },
      { row: 4, col: 0, value: 5 },
    ]);
    expect(context.sync).toHaveBeenCalledTimes(1);
    expect(log).toEqual([
      '台账!(2,1,1x1).values=[["推进项目建设，加快改造。"]]',
      '台账!(3,1,1x1).numberFormat=[["@"]]',
      '台账!(3,1,1x1).values=[["=SUM(A1)"]]',
      "台账!(4,0,1x1).values=[[5]]",
      "sync",
    ]);
  });

  it("shows a cell: activates its sheet and selects it, in one sync", async () => {
    const { log, context } = writeContext([]);
    await new OfficeWorkbook().selectCell("台账", "E17");
    expect(context.sync).toHaveBeenCalledTimes(1);
    expect(log).toEqual(["台账.activate()", "台账!E17.select()", "sync"]);
  });

  it("says which Excel version is needed instead of failing half-way on an old host", async () => {
    const { context } = writeContext([]);
    setOffice("1.8");
    await expect(new OfficeWorkbook().writeSheets([{ name: "部门汇总", values: [["a"]] }])).rejects.toMatchObject({
      message: expect.stringContaining("ExcelApi 1.9"),
    });
    expect(context.sync).not.toHaveBeenCalled();
  });

  it("writes nothing when the batch has a bad sheet", async () => {
    const { log, context } = writeContext([]);
    const writing = new OfficeWorkbook().writeSheets([
      { name: "好", values: [["a"]] },
      { name: "坏/名", values: [["b"]] },
    ]);
    await expect(writing).rejects.toMatchObject({ code: "file/write-failed" });
    expect(context.sync).not.toHaveBeenCalled();
    expect(log).toEqual([]);
  });

  it("reports Excel's own refusal as a write failure", async () => {
    const { context } = writeContext([]);
    context.sync
      .mockImplementationOnce(async () => undefined)
      .mockImplementationOnce(async () => {
        throw Object.assign(new Error("This operation is not permitted."), { code: "AccessDenied" });
      });
    const writing = new OfficeWorkbook().writeSheets([{ name: "汇总", values: [["a"]] }]);
    await expect(writing).rejects.toMatchObject({ code: "file/write-failed", message: expect.stringContaining("This operation is not permitted.") });
  });
});

describe("OfficeWorkbook settings", () => {
  const collection = (stored: Map<string, unknown>) => ({
    items: [] as { key: string; value: unknown }[],
    load() {
      this.items = [...stored].map(([key, value]) => ({ key, value }));
    },
    add: (key: string, value: unknown) => void stored.set(key, value),
  });

  it("keeps the pane's choices in workbook.settings and the custom properties under its own prefix, in one sync each way", async () => {
    const stored = new Map<string, unknown>([["other.addin", "x"]]);
    const properties = new Map<string, unknown>([["审核人", "张"]]);
    const context = { workbook: { settings: collection(stored), properties: { custom: collection(properties) } }, sync: jest.fn(async () => undefined) };
    setOffice("1.13");
    setExcel({ run: async (batch: (c: unknown) => Promise<unknown>) => batch(context) });
    const workbook = new OfficeWorkbook();
    await workbook.writeSettings({ asOf: "2021-06-30", leadOnly: "true" });
    expect(stored.get("taizhang.asOf")).toBe("2021-06-30");
    expect(properties.get("taizhang.asOf")).toBe("2021-06-30");
    expect(await workbook.readSettings()).toEqual({ asOf: "2021-06-30", leadOnly: "true" });
    expect(context.sync).toHaveBeenCalledTimes(2);
  });

  it("reads the settings a file written by the command line holds as custom properties; the workbook's own win", async () => {
    const stored = new Map<string, unknown>([["taizhang.asOf", "2021-06-30"]]);
    const properties = new Map<string, unknown>([
      ["taizhang.mark", "ab12"],
      ["taizhang.asOf", "2020-12-31"],
    ]);
    const context = { workbook: { settings: collection(stored), properties: { custom: collection(properties) } }, sync: jest.fn(async () => undefined) };
    setOffice("1.13");
    setExcel({ run: async (batch: (c: unknown) => Promise<unknown>) => batch(context) });
    expect(await new OfficeWorkbook().readSettings()).toEqual({ mark: "ab12", asOf: "2021-06-30" });
    expect(context.sync).toHaveBeenCalledTimes(1);
  });
});

describe("OfficeWorkbook dropdowns and change events", () => {
  it("sets a list rule on the status cells in one sync, after clearing the old one", async () => {
    const log: string[] = [];
    const range = {
      dataValidation: {
        clear: () => log.push("clear"),
        set rule(value: unknown) {
          log.push(`rule=${JSON.stringify(value)}`);
        },
      },
    };
    const context = {
      workbook: { worksheets: { getItem: (name: string) => ({ getRangeByIndexes: (...args: number[]) => (log.push(`${name}(${args.join(",")})`), range) }) } },
      sync: jest.fn(async () => void log.push("sync")),
    };
    setOffice("1.13");
    setExcel({ run: async (batch: (c: unknown) => Promise<unknown>) => batch(context) });
    await new OfficeWorkbook().setListValidation("台账", { top: 2, left: 4, bottom: 101, right: 4 }, ["按时推进", "部分滞后"]);
    expect(log).toEqual(["台账(2,4,100,1)", "clear", 'rule={"list":{"inCellDropDown":true,"source":"按时推进,部分滞后"}}', "sync"]);
    setOffice("1.7");
    await expect(new OfficeWorkbook().setListValidation("台账", { top: 2, left: 4, bottom: 3, right: 4 }, ["a"])).rejects.toMatchObject({
      message: expect.stringContaining("ExcelApi 1.8"),
    });
  });

  it("reports the user's edits of the active sheet, not the echo of its own writes, and stops when asked", async () => {
    let handler: (() => Promise<void>) | undefined;
    const removed = jest.fn();
    const registration = { remove: removed, context: {} };
    const sheet = {
      name: "台账",
      load: jest.fn(),
      onChanged: { add: (h: () => Promise<void>) => ((handler = h), registration) },
      getRangeByIndexes: () => ({}),
    };
    const context = { workbook: { worksheets: { getActiveWorksheet: () => sheet, getItem: () => sheet } }, sync: jest.fn(async () => undefined) };
    setOffice("1.13");
    setExcel({
      run: async (first: unknown, second?: (c: unknown) => Promise<unknown>) =>
        typeof first === "function" ? (first as (c: unknown) => Promise<unknown>)(context) : second?.(context),
    });
    const workbook = new OfficeWorkbook();
    const heard: string[] = [];
    const stop = await workbook.watchChanges((name) => heard.push(name));
    await handler?.();
    expect(heard).toEqual(["台账"]);
    await workbook.updateCells("台账", [{ row: 1, col: 1, value: "x" }]);
    await handler?.();
    expect(heard).toEqual(["台账"]);
    await stop();
    expect(removed).toHaveBeenCalled();
  });
});

describe("OfficeWorkbook marks", () => {
  it("adds each mark as an always-true conditional format and removes only its own", async () => {
    const log: string[] = [];
    let next = 1;
    const existing: { id: string; delete: () => number; custom?: unknown }[] = [{ id: "users-own", delete: () => log.push("delete users-own") }];
    const sheet = {
      getRangeByIndexes: (...a: number[]) => ({
        conditionalFormats: {
          add: (type: string) => {
            const id = `cf${next++}`;
            log.push(`add ${type} at (${a.join(",")})`);
            const format = {
              id,
              custom: { rule: { formula: "" }, format: { fill: { color: "" } } },
              load: () => undefined,
              delete: () => log.push(`delete ${id}`),
            };
            existing.push(format);
            return format;
          },
        },
      }),
      getRange: () => ({ conditionalFormats: { items: existing, load: () => undefined } }),
    };
    const context = { workbook: { worksheets: { getItem: () => sheet } }, sync: jest.fn(async () => undefined) };
    setOffice("1.13");
    setExcel({ run: async (batch: (c: unknown) => Promise<unknown>) => batch(context), ConditionalFormatType: { custom: "Custom" } });
    const workbook = new OfficeWorkbook();
    const ids = await workbook.addMarks("台账", [{ range: { top: 93, left: 0, bottom: 93, right: 4 }, color: "#FDE7E9" }]);
    expect(ids).toEqual(["cf1"]);
    expect(existing[1].custom).toEqual({ rule: { formula: "=TRUE" }, format: { fill: { color: "#FDE7E9" } } });
    await workbook.removeMarks("台账", [...ids, "gone-already"]);
    expect(log).toEqual(["add Custom at (93,0,1,5)", "delete cf1"]);
    expect(context.sync).toHaveBeenCalledTimes(3);
  });
});
