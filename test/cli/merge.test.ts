/**
 * `taizhang merge` on files: the published H1 report with its progress and status emptied as the master, three
 * units' returns (two .xlsx, one .csv) filled from the published report; the merged copy, its undo, the preview,
 * the JSON and the refusals.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { workbookRegistries } from "../../src/engine/settings/registries";
import { openWorkbookFile } from "../../src/host/files";
import { revertLastBatch, undoableBatches } from "../../src/app/check";
import { unitReturns } from "../cycle/unitReturns";
import { fixtureSheets } from "../fixtureSheets";
import { gridDifferences } from "../gridDifferences";
import { tempFolder } from "../tempFolder";
import { runCli } from "./runCli";

jest.setTimeout(120_000);

const folder = tempFolder("taizhang-merge-");
let published: SheetGrid;
let blank: SheetGrid;
let master: string;
let returns: string[];

async function xlsx(name: string, sheets: readonly SheetGrid[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) book.addWorksheet(sheet.name).addRows(sheet.values.map((row) => row.map((v) => v ?? undefined)));
  return folder.write(name, Buffer.from(await book.xlsx.writeBuffer()));
}

const quote = (v: CellValue) => `"${String(v ?? "").replace(/"/gu, '""')}"`;

interface MergeJson {
  master: string;
  sheet: string;
  out: string | null;
  counts: Record<string, number>;
  returns: { file: string; unit: string; certainty: string }[];
  chase: { unit: string; lead: { row: number; seq: string }[]; coop: { row: number; seq: string }[] }[];
  changes: { sheet: string; cell: string; before: CellValue; after: CellValue }[];
}

beforeAll(async () => {
  [published] = await fixtureSheets("2021_上半年执行情况.xlsx");
  blank = { ...published, values: published.values.map((line, r) => (r < 2 ? line : line.map((v, c) => (c === 2 || c === 4 ? null : v)))) };
  master = await xlsx("主表.xlsx", [blank]);
  const { registry } = workbookRegistries([published], { fileName: "2021_上半年执行情况.xlsx" });
  const at = (row: number, col: number): CellValue => published.values[row - 1][col] ?? null;
  const filled = new Map(
    unitReturns(published, registry, "2021-06-30").map((r) => {
      const values = r.grid.values.map((line) => [...line]);
      r.rows.forEach((row, i) => {
        if (row.duty === "牵头") [values[i + 2][5], values[i + 2][6]] = [at(row.masterRow, 2), at(row.masterRow, 4)];
      });
      return [r.unit, { ...r.grid, values }];
    }),
  );
  const transport = filled.get("市交通运输局") as SheetGrid;
  returns = [
    await xlsx("市科技局.xlsx", [filled.get("市科技局") as SheetGrid]),
    await folder.write("市交通运输局.csv", transport.values.map((row) => row.map(quote).join(",")).join("\r\n")),
    await xlsx("体育局报送.xlsx", [{ ...(filled.get("市体育局") as SheetGrid), name: "Sheet1" }]),
  ];
});

describe("taizhang merge", () => {
  it("writes the master with the returns' progress and status into OUT; the copy's 撤销 puts the master back", async () => {
    const out = path.join(folder.dir(), "汇总后.xlsx");
    const before = await fs.readFile(master);
    const result = await runCli(["merge", master, ...returns, "--out", out, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as MergeJson;
    // 市科技局 has 12 lines and leads 9 (task 14 has no status: 17 cells), 市交通运输局 leads 3 (6 cells), 市体育局 1 (2 cells).
    expect(json.counts).toMatchObject({ returns: 3, rows: 16, matched: 16, unmatched: 0, seqChanges: 0, conflicts: 0, changes: 25, replaces: 0 });
    expect(json.returns.map((r) => [r.file, r.unit, r.certainty])).toEqual([
      ["市科技局.xlsx", "市科技局", "certain"],
      ["市交通运输局.csv", "市交通运输局", "certain"],
      ["体育局报送.xlsx", "市体育局", "certain"],
    ]);
    expect(json.changes.find((c) => c.cell === "E85")).toEqual(expect.objectContaining({ sheet: published.name, before: null, after: "部分滞后" }));
    expect(json.chase).toHaveLength(55);
    expect(json.chase.find((c) => c.unit === "市司法局")).toEqual({
      unit: "市司法局",
      lead: [expect.objectContaining({ row: 102, seq: "96" })],
      coop: [expect.objectContaining({ row: 31, seq: "26" })],
    });

    expect(await fs.readFile(master)).toEqual(before);
    const copy = await openWorkbookFile(out);
    const merged = await copy.readSheet(published.name);
    for (const row of [15, 17, 24, 11, 12, 13, 85]) {
      expect([row, merged.values[row - 1][2], merged.values[row - 1][4]]).toEqual([row, published.values[row - 1][2], published.values[row - 1][4] ?? null]);
    }
    expect(merged.values[101][2]).toBeNull();
    expect(await undoableBatches(copy)).toBe(1);
    expect(await revertLastBatch(copy)).toEqual({ restored: 25, conflicts: [], remaining: 0 });
    expect(gridDifferences(await copy.readSheet(published.name), blank)).toEqual([]);
  });

  it("without --out, previews the plan and writes nothing", async () => {
    const json = JSON.parse((await runCli(["merge", master, ...returns, "--json"])).out) as MergeJson;
    expect([json.out, json.counts.changes]).toEqual([null, 25]);
    expect(
      (await fs.readdir(folder.dir())).filter((f) => !["主表.xlsx", "市交通运输局.csv", "市科技局.xlsx", "体育局报送.xlsx", "汇总后.xlsx"].includes(f)),
    ).toEqual([]);
  });

  it("speaks Chinese, or English with --lang en-US", async () => {
    const zh = await runCli(["merge", master, ...returns]);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("汇总报送：主表 主表.xlsx「2021上半年执行情况」，收到报送 3 份");
    expect(zh.out).toContain("体育局报送.xlsx「Sheet1」→ 市体育局（确定，依据：标题、文件名、各行单位）：1 行，对上 1 行，已填 1 行");
    expect(zh.out).toContain("拟写入 25 个单元格（进展情况 13，进展状态 12）：");
    expect(zh.out).toContain("  E85  （空） → “部分滞后”");
    expect(zh.out).toContain("催报名单（55 个单位未报送）：\n");
    expect(zh.out).toContain("  市司法局：牵头 序号 96；配合 序号 26\n");
    expect(zh.out).toContain("  市发展改革委：牵头 序号 6、8、23、29、30、45、48、76、78；配合 序号 35、40、58、75、92\n");
    expect(zh.out).toContain("以上为预览（25 个单元格），未写入任何文件；加 --out 汇总后.xlsx 写出。");
    const en = await runCli(["merge", master, ...returns, "--lang", "en-US"]);
    expect(en.out).toContain("To chase (55 units sent nothing):\n");
    expect(en.out).toContain("  市司法局: leads no. 96; co-operates on no. 26\n");
    expect(en.out).toContain("  市发展改革委: leads nos. 6, 8, 23, 29, 30, 45, 48, 76, 78; co-operates on nos. 35, 40, 58, 75, 92\n");
  });

  it("takes the master from --sheet; the first sheet without a table says so", async () => {
    const book = await xlsx("两表.xlsx", [{ name: "说明", values: [["本工作簿汇总各单位报送"]], merges: [] }, blank]);
    const named = JSON.parse((await runCli(["merge", book, ...returns, "--sheet", published.name, "--json"])).out) as MergeJson;
    expect([named.sheet, named.counts.changes]).toEqual([published.name, 25]);
    const first = await runCli(["merge", book, ...returns]);
    expect([first.code, first.err.split("\n")[0]]).toEqual([2, "文件「两表.xlsx」中没有识别到台账表格，无法继续。"]);
    const missing = await runCli(["merge", book, ...returns, "--sheet", "汇总"]);
    expect([missing.code, missing.err]).toEqual([2, '文件 "两表.xlsx" 中没有名为 "汇总" 的工作表（现有：说明、2021上半年执行情况）。\n']);
  });

  it("refuses a return as --out, and a master without returns", async () => {
    const onReturn = await runCli(["merge", master, ...returns, "--out", returns[0]]);
    expect([onReturn.code, onReturn.err.split("\n")[0]]).toEqual([2, expect.stringContaining("市科技局.xlsx")]);
    const alone = await runCli(["merge", master]);
    expect([alone.code, alone.err.split("\n")[0]]).toEqual([2, "merge 需要主表文件和至少一个报送文件：taizhang merge 主表.xlsx 报送1.xlsx 报送2.csv …"]);
  });
});
