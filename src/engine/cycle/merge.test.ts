import { openWorkbookBytes } from "../../host/files";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { unitReturns, type UnitReturn } from "../../../test/cycle/unitReturns";
import { cellAddress, type CellValue, type SheetGrid } from "../grid";
import { workbookRegistries } from "../settings/registries";
import type { UnitRegistry } from "../units/registry";
import { applyChanges } from "../validate";
import { planMerge, type MergePlan, type ReturnSheet } from "./merge";

/**
 * The round trip of issue 25 on the published 2021 H1 report: a return per unit made from it, filled by the lead
 * units with the published progress and status, edited as units do, merged into the report with its 进展情况 (C)
 * and 进展状态 (E) emptied. Every expectation below was read off the published sheet before the merge was run.
 */

jest.setTimeout(60_000);

const PROGRESS = 2;
const STATUS = 4;
/** The published sheet's data rows start at row 3 (a title, then the header). */
const FIRST_DATA = 2;

let published: SheetGrid;
let registry: UnitRegistry;
let plan: MergePlan;
let merged: SheetGrid;

const cell = (grid: SheetGrid, row: number, col: number): CellValue => grid.values[row - 1]?.[col] ?? null;
const text = (row: number) => String(cell(published, row, PROGRESS));

/** The lead unit fills its rows with the published cells; co-operating units send their rows back empty. */
function filled(r: UnitReturn & { rows: { masterRow: number; duty: string }[] }): SheetGrid {
  const values = r.grid.values.map((line) => [...line]);
  r.rows.forEach((row, i) => {
    if (row.duty !== "牵头") return;
    values[i + 2][5] = cell(published, row.masterRow, PROGRESS);
    values[i + 2][6] = cell(published, row.masterRow, STATUS);
  });
  return { ...r.grid, values };
}

/** The return's data row (0-based index in its values) of a master row. */
function rowOf(r: UnitReturn & { rows: { masterRow: number }[] }, masterRow: number): number {
  const i = r.rows.findIndex((row) => row.masterRow === masterRow);
  if (i < 0) throw new Error(`${r.unit} has no row for master row ${masterRow}`);
  return i + 2;
}

/**
 * 市交通运输局's return as a .csv a unit typed again: no title, its own column order and header words, the unit
 * by its short name; read through the file adapter as a returned .csv is.
 */
async function transportCsv(): Promise<SheetGrid> {
  const rows = [
    ["推进状态", "工作进展", "工作任务", "编号", "责任部门"],
    ...[11, 12, 13].map((row) => [cell(published, row, STATUS), text(row), cell(published, row, 1), cell(published, row, 0), "交通运输局"]),
  ];
  const quote = (v: CellValue) => `"${String(v ?? "").replace(/"/gu, '""')}"`;
  const csv = rows.map((r) => r.map(quote).join(",")).join("\r\n");
  const book = await openWorkbookBytes(Buffer.from(csv, "utf8"), "交通运输局报送.csv");
  return book.readSheet((await book.sheetNames())[0]);
}

beforeAll(async () => {
  [published] = await fixtureSheets("2021_上半年执行情况.xlsx");
  ({ registry } = workbookRegistries([published], { fileName: "2021_上半年执行情况.xlsx" }));
  const made = unitReturns(published, registry, "2021-06-30");
  const byUnit = new Map(made.map((r) => [r.unit, { ...r, grid: filled(r) }]));
  const edit = (unit: string, change: (values: CellValue[][], r: (typeof made)[number]) => void) => {
    const r = byUnit.get(unit);
    if (!r) throw new Error(`no return of ${unit}`);
    change(r.grid.values, r);
  };
  // 市商务局 sends its rows in reverse order.
  edit("市商务局", (values) => values.splice(2, values.length - 2, ...values.slice(2).reverse()));
  // 市科技局 retypes task 17 (row 20): 新认定 → 认定, 300家 → 三百家.
  edit("市科技局", (values, r) => {
    const row = values[rowOf(r, 20)];
    row[1] = String(row[1]).replace("新认定", "认定").replace("300家", "三百家");
  });
  // 市经信局 changes task 44's 序号 (row 49) to 45, the 序号 of 市发展改革委's task on row 50.
  edit("市经信局", (values, r) => void (values[rowOf(r, 49)][0] = "45"));
  // 市教育局 deletes its row of task 84 (row 90).
  edit("市教育局", (values, r) => void values.splice(rowOf(r, 90), 1));
  // 市卫生健康委 adds a task of its own.
  edit("市卫生健康委", (values) => values.push(["97", "推进“智慧医疗”便民服务建设。", "市卫生健康委", "", "牵头", "已上线预约挂号平台。", "按时推进"]));
  // Task 16 (row 19): 市科技局 leads (按时推进, published); 市经信局 co-operates and says it is behind.
  edit("市经信局", (values, r) => {
    values[rowOf(r, 19)][5] = "芯片测试平台设备到位率60%。";
    values[rowOf(r, 19)][6] = "进度滞后";
  });
  // Task 35 (row 40): both co-operating units write a text of their own, with the lead's status.
  edit("市发展改革委", (values, r) => {
    values[rowOf(r, 40)][5] = "出台促进消费十条措施。";
    values[rowOf(r, 40)][6] = "进度较快";
  });
  edit("市文化广电旅游局", (values, r) => {
    values[rowOf(r, 40)][5] = "举办文旅消费季活动12场";
    values[rowOf(r, 40)][6] = "进度较快";
  });
  // 市司法局 sends nothing; 市交通运输局 sends a .csv of its own making.
  byUnit.delete("市司法局");
  byUnit.delete("市交通运输局");
  // The returns arrive in another order than the master's units: the joined texts must not follow it.
  const returns: ReturnSheet[] = [...byUnit.values()].reverse().map((r) => ({ file: `${r.unit}.xlsx`, grid: r.grid }));
  returns.push({ file: "交通运输局报送.csv", grid: await transportCsv() });

  const blank: SheetGrid = {
    ...published,
    values: published.values.map((line, r) => (r < FIRST_DATA ? line : line.map((v, c) => (c === PROGRESS || c === STATUS ? null : v)))),
  };
  plan = planMerge(blank, returns, { registry });
  merged = applyChanges(blank, plan.changes);
});

/** The cells where two grids differ, as A1 addresses. */
function differing(a: SheetGrid, b: SheetGrid): string[] {
  const found: string[] = [];
  for (let r = 0; r < Math.max(a.values.length, b.values.length); r++) {
    for (let c = 0; c < Math.max(a.values[r]?.length ?? 0, b.values[r]?.length ?? 0); c++) {
      if ((a.values[r]?.[c] ?? null) !== (b.values[r]?.[c] ?? null)) found.push(cellAddress(r, c));
    }
  }
  return found;
}

describe("merging the units' returns back into the published H1 report", () => {
  it("gives back the published report cell for cell, except where the edits said otherwise", () => {
    // C19/E19: two units on task 16 (joined text, conflicting statuses: left empty); C40: three units' texts;
    // C90/E90: the row 市教育局 deleted; C102/E102: 市司法局's task, no return.
    expect(differing(merged, published)).toEqual(["C19", "E19", "C40", "C90", "E90", "C102", "E102"]);
  });

  it("knows who sent each return, the .csv by its file name, title-less, and the unit's short name", () => {
    const { returns } = plan.report;
    expect(returns).toHaveLength(57);
    expect(returns.filter((r) => r.certainty !== "certain")).toEqual([]);
    const csv = returns.find((r) => r.file === "交通运输局报送.csv");
    expect(csv).toMatchObject({ unit: "市交通运输局", certainty: "certain", rows: 3, matched: 3, reported: 3 });
    expect(csv?.from).toEqual(["sheet", "file", "rows"]);
    // 市商务局 co-operates on task 65 only, and sends that row back empty.
    expect(returns.find((r) => r.unit === "市商务局")).toMatchObject({ rows: 14, matched: 14, reported: 13, missing: [] });
  });

  it("reports the changed 序号 and the retyped task text, and writes neither into the master", () => {
    expect(plan.report.seqChanges.map((m) => [m.unit, m.row, m.seq, m.master.row, m.master.seq, m.by, m.confidence])).toEqual([
      ["市经信局", expect.any(Number), "45", 49, "44", "text", "certain"],
    ]);
    expect(plan.report.textChanges.map((m) => [m.unit, m.seq, m.master.row, m.by, m.textChanged, m.unitsChanged, m.confidence])).toEqual([
      ["市科技局", "17", 20, "seq-and-text", true, false, "certain"],
    ]);
    expect(cell(merged, 20, 1)).toBe(cell(published, 20, 1));
    expect(plan.changes.every((c) => c.column === "C" || c.column === "E")).toBe(true);
  });

  it("lists the added row as new, proposing nothing for it", () => {
    expect(plan.report.unmatched.map((u) => [u.unit, u.seq, u.text, u.reason])).toEqual([["市卫生健康委", "97", "推进“智慧医疗”便民服务建设。", "new"]]);
  });

  it("lists the tasks no return reported on, and the deleted row as missing from its unit's return", () => {
    expect(plan.report.withoutReturn.map((t) => [t.row, t.seq, t.units])).toEqual([
      [90, "84", ["市教育局"]],
      [102, "96", ["市司法局"]],
    ]);
    expect(plan.report.returns.find((r) => r.unit === "市教育局")?.missing.map((m) => [m.row, m.seq])).toEqual([[90, "84"]]);
  });

  it("puts the unit that sent nothing on the 催报 list with its tasks, lead and co-operating", () => {
    expect(plan.report.chase).toEqual([
      {
        unit: "市司法局",
        lead: [{ row: 102, seq: "96", text: cell(published, 102, 1) }],
        coop: [{ row: 31, seq: "26", text: cell(published, 31, 1) }],
      },
    ]);
  });

  it("joins several units' texts lead first, then the co-operating units in the master's order", () => {
    const lead = text(40);
    expect(lead.endsWith("。")).toBe(true);
    expect(cell(merged, 40, PROGRESS)).toBe(
      `【市商务局】${lead.slice(0, -1)}；【市发展改革委】出台促进消费十条措施；【市文化广电旅游局】举办文旅消费季活动12场`,
    );
    expect(cell(merged, 40, STATUS)).toBe("进度较快");
    expect(cell(merged, 19, PROGRESS)).toBe(`【市科技局】${text(19).replace(/。$/u, "")}；【市经信局】芯片测试平台设备到位率60%。`);
  });

  it("flags the differing statuses and leaves the status cell for the clerk", () => {
    expect(plan.report.conflicts.map((c) => [c.row, c.seq, c.cell, c.current, c.statuses.map((s) => [s.unit, s.status])])).toEqual([
      [
        19,
        "16",
        "E19",
        null,
        [
          ["市科技局", "按时推进"],
          ["市经信局", "进度滞后"],
        ],
      ],
    ]);
    expect(plan.changes.some((c) => c.cell === "E19")).toBe(false);
  });

  it("proposes every change as a cell change from the empty cell, the way the fixes do", () => {
    expect(plan.changes.length).toBe(plan.report.proposals.length);
    expect(plan.report.proposals.filter((p) => p.replaces)).toEqual([]);
    expect(plan.changes[0]).toEqual({
      sheet: published.name,
      cell: "C3",
      row: 3,
      column: "C",
      before: null,
      after: cell(published, 3, PROGRESS),
      codes: ["merge/progress"],
    });
  });
});

describe("merging into a master that already has progress", () => {
  it("proposes the new text over the old, saying it replaces it; the same text is no change", () => {
    const master: SheetGrid = {
      name: "台账",
      values: [
        ["序号", "重点工作", "牵头单位", "进展情况", "进展状态"],
        [1, "建成城市大脑二期工程", "市政务数据办", "一季度：完成招标。", "按时推进"],
        [2, "新建城乡社区运动家园50个", "市体育局", "已建成12个。", "按时推进"],
      ],
      merges: [],
    };
    const returned: SheetGrid = {
      name: "Sheet1",
      values: [
        ["序号", "重点工作", "进展情况", "进展状态"],
        [1, "建成城市大脑二期工程", "上半年：平台已上线试运行。", "按时推进"],
        [2, "新建城乡社区运动家园50个", "已建成12个。", "进度滞后"],
      ],
      merges: [],
    };
    const { report, changes } = planMerge(master, [{ file: "市政务数据办.xlsx", grid: returned }], { registry: workbookRegistries([master]).registry });
    expect(changes.map((c) => [c.cell, c.before, c.after])).toEqual([
      ["D2", "一季度：完成招标。", "上半年：平台已上线试运行。"],
      ["E3", "按时推进", "进度滞后"],
    ]);
    expect(report.proposals.map((p) => [p.cell, p.replaces, p.units])).toEqual([
      ["D2", true, ["市政务数据办"]],
      ["E3", true, ["市政务数据办"]],
    ]);
    // Named by its file alone, a return is the unit's only likely: the file's name may be the clerk's.
    expect(report.returns.map((r) => [r.unit, r.certainty, r.from])).toEqual([["市政务数据办", "likely", ["file"]]]);
    expect(report.chase.map((c) => c.unit)).toEqual(["市体育局"]);
  });

  it("tells an unnamed return's unit from the tasks it matched, and matches a text it retyped by its 序号", () => {
    const master: SheetGrid = {
      name: "台账",
      values: [
        ["序号", "重点工作", "责任单位", "进展情况", "进展状态"],
        [1, "建成城市大脑二期工程", "市政务数据办、市公安局", null, null],
        [2, "推进智安街道建设", "市公安局", null, null],
        [3, "新建城乡社区运动家园50个", "市体育局", null, null],
      ],
      merges: [],
    };
    const returned: SheetGrid = {
      name: "Sheet1",
      values: [
        ["序号", "重点工作", "进展情况", "进展状态"],
        [1, "建成城市大脑二期工程", "完成公安视频接入。", "按时推进"],
        [2, "智安小区", "建成智安街道3个。", "按时推进"],
      ],
      merges: [],
    };
    const { report } = planMerge(master, [{ file: "报送.xlsx", grid: returned }], { registry: workbookRegistries([master]).registry });
    expect(report.returns.map((r) => [r.unit, r.certainty, r.from])).toEqual([["市公安局", "likely", ["tasks"]]]);
    expect(report.matched.map((m) => [m.seq, m.master.row, m.by, m.confidence])).toEqual([
      ["1", 2, "seq-and-text", "certain"],
      ["2", 3, "seq", "tentative"],
    ]);
    expect(report.proposals.map((p) => [p.cell, p.after])).toEqual([
      ["D2", "完成公安视频接入。"],
      ["E2", "按时推进"],
      ["D3", "建成智安街道3个。"],
      ["E3", "按时推进"],
    ]);
  });
});

describe("a master with a 配合单位 column apart", () => {
  const master: SheetGrid = {
    name: "责任分解",
    values: [
      ["序号", "重点工作", "牵头单位", "配合单位", "进展情况", "进展状态"],
      [1, "推进城市更新改造老旧小区120个", "市建设局、市自然资源和规划局", "市财政局", null, null],
      [2, "新建城乡社区运动家园50个", "市体育局", "市建设局", null, null],
    ],
    merges: [],
  };
  const returned = (unit: string, rows: CellValue[][]): ReturnSheet => ({
    file: `${unit}.xlsx`,
    grid: { name: unit, values: [["序号", "重点工作", "进展情况", "进展状态"], ...rows], merges: [] },
  });

  it("counts every unit of the 牵头单位 column as lead, joins in the master's order, and takes a unit's later return", () => {
    const registry = workbookRegistries([master]).registry;
    const { report, changes } = planMerge(
      master,
      [
        returned("市财政局", [[1, "推进城市更新改造老旧小区120个", "下达补助资金。", "按时推进"]]),
        returned("市建设局", [[1, "推进城市更新改造老旧小区120个", "开工80个。", "按时推进"]]),
        returned("市建设局", [[1, "推进城市更新改造老旧小区120个", "开工86个。", "按时推进"]]),
      ],
      { registry },
    );
    expect(changes.map((c) => [c.cell, c.after])).toEqual([
      ["E2", "【市建设局】开工86个；【市财政局】下达补助资金。"],
      ["F2", "按时推进"],
    ]);
    // 市自然资源和规划局 leads task 1 with 市建设局; 市体育局 leads task 2.
    expect(report.chase.map((c) => [c.unit, c.lead.map((l) => l.seq), c.coop.map((l) => l.seq)])).toEqual([
      ["市自然资源和规划局", ["1"], []],
      ["市体育局", ["2"], []],
    ]);
  });
});

describe("a master whose progress and status cells are merged over a task's lines", () => {
  it("writes the top cell of the merged area only, with the texts of every line's units", () => {
    const master: SheetGrid = {
      name: "台账",
      values: [
        ["序号", "重点工作", "责任单位", "进展情况", "进展状态"],
        [1, "建成城市大脑二期工程", "市政务数据办", null, null],
        [null, "推进智安街道建设", "市公安局", null, null],
        [2, "新建城乡社区运动家园50个", "市体育局", null, null],
      ],
      merges: [
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 2, right: 4 },
      ],
    };
    const returned = (unit: string, row: CellValue[]): ReturnSheet => ({
      file: `${unit}.xlsx`,
      grid: { name: unit, values: [["序号", "重点工作", "进展情况", "进展状态"], row], merges: [] },
    });
    const { changes, report } = planMerge(
      master,
      [
        returned("市公安局", [1, "推进智安街道建设", "建成智安街道3个。", "按时推进"]),
        returned("市政务数据办", [1, "建成城市大脑二期工程", "平台上线。", "按时推进"]),
      ],
      { registry: workbookRegistries([master]).registry },
    );
    expect(changes.map((c) => [c.cell, c.after])).toEqual([
      ["D2", "【市政务数据办】平台上线；【市公安局】建成智安街道3个。"],
      ["E2", "按时推进"],
    ]);
    expect(report.withoutReturn.map((t) => t.row)).toEqual([4]);
  });
});

describe("what a return holds, as it holds it", () => {
  const master: SheetGrid = {
    name: "台账",
    values: [
      ["序号", "重点工作", "责任单位", "进展情况", "进展状态"],
      [1, "新建城乡社区运动家园50个", "市体育局", null, null],
    ],
    merges: [],
  };
  const registry = () => workbookRegistries([master]).registry;

  it("writes a unit's cell as it is: a figure stays a figure", () => {
    const returned: SheetGrid = {
      name: "市体育局",
      values: [
        ["序号", "重点工作", "进展情况", "进展状态"],
        [1, "新建城乡社区运动家园50个", 0.6, "按时推进"],
      ],
      merges: [],
    };
    const { changes } = planMerge(master, [{ file: "市体育局.xlsx", grid: returned }], { registry: registry() });
    expect(changes.map((c) => [c.cell, c.after])).toEqual([
      ["D2", 0.6],
      ["E2", "按时推进"],
    ]);
  });

  it("says so of a sheet without a table, reading nothing from it", () => {
    const note: SheetGrid = { name: "说明", values: [["本表由市体育局填报，联系人：张三"]], merges: [] };
    const { report, changes } = planMerge(master, [{ file: "市体育局.xlsx", grid: note }], { registry: registry() });
    expect(changes).toEqual([]);
    expect(report.returns).toEqual([
      {
        file: "市体育局.xlsx",
        sheet: "说明",
        unit: "市体育局",
        certainty: "likely",
        from: ["file"],
        rows: 0,
        matched: 0,
        reported: 0,
        missing: [{ row: 2, seq: "1", text: "新建城乡社区运动家园50个" }],
        unreadable: true,
      },
    ]);
  });
});

describe("tasks that read alike", () => {
  it("takes a retyped row's own 序号 among lines that read alike", () => {
    const districts = ["南湖区", "秀洲区", "嘉善县", "平湖市", "海盐县", "海宁市"];
    const master: SheetGrid = {
      name: "台账",
      values: [
        ["序号", "重点工作", "责任单位", "进展情况", "进展状态"],
        ...districts.map((d, i) => [i + 1, `建设城市口袋公园${(i + 1) * 10}个`, `${d}政府`, null, null]),
      ],
      merges: [],
    };
    const returned: SheetGrid = {
      name: "Sheet1",
      values: [
        ["序号", "重点工作", "进展情况"],
        [6, "建设城市口袋公园60处", "已建成41处。"],
      ],
      merges: [],
    };
    const { report, changes } = planMerge(master, [{ file: "海宁市政府.xlsx", grid: returned }], { registry: workbookRegistries([master]).registry });
    expect(report.matched.map((m) => [m.master.row, m.by, m.textChanged])).toEqual([[7, "seq-and-text", true]]);
    expect(changes.map((c) => [c.cell, c.after])).toEqual([["D7", "已建成41处。"]]);
  });
});
