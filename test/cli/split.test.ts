import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { splitWorkbook, writeReturn } from "../../src/app/split";
import { cellText, type SheetGrid } from "../../src/engine/grid";
import { recognizeSheet } from "../../src/engine/recognize";
import { foldText } from "../../src/engine/text";
import { builtinRegistry } from "../../src/engine/units/registry";
import { newWorkbook, openWorkbookFile } from "../../src/host/files";
import { FORMULA_LIKE_TEXTS } from "../formulaLikeTexts";
import { fixture, runCli, runJson } from "./runCli";

interface SplitJson {
  report: string;
  asOf: string | null;
  tasks: number;
  units: { unit: string; file: string; sheet: string; lead: number; coop: number; seqs: string[]; tasks: { seq: string; row: number; role: string }[] }[];
  unlisted: { seq: string; row: number; text: string }[];
  written: string[];
}

const MASTER = fixture("2021_上半年执行情况.xlsx");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-split-"));
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/**
 * Read by eye from the master's cells (column D, 牵头部门, as written; rows as Excel numbers them), with the unit
 * each should land under and its part:
 *  - row 3, 序号 1: "嘉善县政府、⏎长三角发展办" → 嘉善县政府 leads; 长三角发展办 (the registry's 市长三角发展办) co-operates.
 *  - rows 13–14, 序号 11: "市交通运输局", and on the continuation row "嘉通集团、⏎铁投集团" → 市交通运输局 leads; 嘉通集团
 *    and 铁投集团 co-operate, and get the whole task, both rows.
 *  - rows 82–83, 序号 77: "生态环境局" / "经信局" → 市生态环境局 leads, 市经信局 co-operates (the registry's names).
 *  - 序号 9 "交通运输局", 10 "市交通运输局", 11: 市交通运输局 leads three tasks and co-operates on none.
 */
const BY_EYE: { seq: string; lead: string; coop: string[] }[] = [
  { seq: "1", lead: "嘉善县政府", coop: ["市长三角发展办"] },
  { seq: "11", lead: "市交通运输局", coop: ["嘉通集团", "铁投集团"] },
  { seq: "77", lead: "市生态环境局", coop: ["市经信局"] },
];

/**
 * The master's tasks read without the recognizer: a number in column A starts a task, a row without one
 * continues it; the units are column D's text of all its rows, folded.
 */
function masterTasks(grid: SheetGrid): Map<string, string> {
  const tasks = new Map<string, string>();
  let seq = "";
  for (const row of grid.values.slice(2)) {
    if (typeof row[0] === "number") seq = String(row[0]);
    if (seq !== "") tasks.set(seq, `${tasks.get(seq) ?? ""}、${foldText(cellText(row[3] ?? null))}`);
  }
  return tasks;
}

/** Every spelling of a unit the registry knows (its name, aliases, variants, former names, and the 市-less form). */
function spellings(unit: string): string[] {
  const entry = builtinRegistry().lookup(unit)?.entry;
  if (!entry) return [unit];
  const all = [entry.name, ...entry.aliases, ...(entry.variants ?? []), ...(entry.formerNames ?? []).map((f) => f.name)];
  return [...all, ...all.filter((name) => name.startsWith("市") && name.length >= 4).map((name) => name.slice(1))].map(foldText);
}

describe("taizhang split on the published 2021 H1 report", () => {
  let dir = "";
  let result: SplitJson;
  beforeAll(async () => {
    dir = tmp();
    result = await runJson<SplitJson>(["split", MASTER, "--out", dir]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const unit = (name: string) => {
    const found = result.units.find((u) => u.unit === name);
    if (!found) throw new Error(`no return for ${name}`);
    return found;
  };

  it("writes one file per unit, every task under exactly one lead", () => {
    expect(result.tasks).toBe(96);
    expect(result.asOf).toBe("2021-06-30");
    expect(result.unlisted).toEqual([]);
    expect(result.units).toHaveLength(58);
    expect(result.written).toEqual(result.units.map((u) => u.file));
    expect(fs.readdirSync(dir).sort()).toEqual(result.units.map((u) => path.basename(u.file)).sort());
    expect(result.units.reduce((sum, u) => sum + u.lead, 0)).toBe(96);
  });

  it("puts the rows read by eye under their units, lead or co-operating", () => {
    for (const { seq, lead, coop } of BY_EYE) {
      expect(
        unit(lead)
          .tasks.filter((t) => t.seq === seq)
          .map((t) => t.role),
      ).toEqual(["lead"]);
      for (const name of coop)
        expect(
          unit(name)
            .tasks.filter((t) => t.seq === seq)
            .map((t) => t.role),
        ).toEqual(["coop"]);
      const holders = result.units.filter((u) => u.seqs.includes(seq)).map((u) => u.unit);
      expect(holders.sort()).toEqual([lead, ...coop].sort());
    }
    expect([unit("市交通运输局").lead, unit("市交通运输局").coop, unit("市交通运输局").seqs]).toEqual([3, 0, ["9", "10", "11"]]);
    // Row 44, 序号 39: "嘉兴银保监分局" was its name in 2021 (renamed in 2023): the return goes under the name of the report's year.
    expect(unit("嘉兴银保监分局").seqs).toEqual(["39"]);
    expect(result.units.some((u) => u.unit === "国家金融监督管理总局嘉兴监管分局")).toBe(false);
  });

  it("gives every task to every unit its unit cells name, and to no other", async () => {
    const grid = await (await openWorkbookFile(MASTER)).readSheet("2021上半年执行情况");
    const tasks = masterTasks(grid);
    expect(tasks.size).toBe(96);
    for (const u of result.units) {
      const names = spellings(u.unit);
      for (const [seq, units] of tasks) {
        const named = names.some((name) => units.includes(name));
        if (named !== u.seqs.includes(seq)) throw new Error(`${u.unit} and 序号 ${seq} (${units}): named ${named}, in its file ${!named}`);
      }
    }
  });

  it("writes returns the recognizer reads back: 序号, task, units, progress and status, with the master's texts", async () => {
    for (const u of result.units) {
      const book = await openWorkbookFile(u.file);
      expect(await book.sheetNames()).toEqual([u.sheet]);
      const grid = await book.readSheet(u.sheet);
      const [table] = recognizeSheet(grid).tables;
      expect(Object.keys(table.columns).sort()).toEqual(["progress", "seq", "status", "task", "units"]);
      const numbered = table.rows.filter((r) => r.type === "task");
      expect(numbered.map((r) => r.seq)).toEqual(u.seqs);
      const roles = numbered.map((r) => grid.values[r.index][3]);
      expect(roles.filter((r) => r === "牵头")).toHaveLength(u.lead);
      expect(roles.filter((r) => r === "配合")).toHaveLength(u.coop);
      expect(String(grid.values[0][0])).toContain(u.unit);
    }
    // The continuation row of 序号 11 comes with it.
    const grid = await (await openWorkbookFile(unit("嘉通集团").file)).readSheet("嘉通集团");
    expect(grid.values.slice(2).map((row) => row.slice(0, 4))).toEqual([
      [11, "加快构建连接中心城区与各县(市)的“一环十一射”快速交通体系,建设水上巴士系统", "市交通运输局", "配合"],
      [null, "市区快速路一二期建成通车,有轨电车示范段通车运营。", "嘉通集团、铁投集团", null],
    ]);
  });

  it("marks the task columns as not to edit and offers the statuses on the 进展状态 cells", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(unit("市交通运输局").file);
    const sheet = book.worksheets[0];
    expect(sheet.getCell("A2").font?.bold).toBe(true);
    expect(sheet.getCell("B3").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(sheet.getCell("B3").protection?.locked).not.toBe(false);
    for (const address of ["E3", "F3", "E6", "F6"]) expect(sheet.getCell(address).protection?.locked).toBe(false);
    // Ruled for print, the title and the cells to fill wrapped (the protected sheet lets nobody turn wrapping on).
    expect(sheet.getCell("A2").border?.top?.style).toBe("thin");
    expect(sheet.getCell("F6").border?.bottom?.style).toBe("thin");
    expect(sheet.getCell("A1").alignment?.wrapText).toBe(true);
    expect(sheet.getCell("E3").alignment?.wrapText).toBe(true);
    const validation = sheet.getCell("F4").dataValidation;
    expect(validation.type).toBe("list");
    expect(validation.formulae?.[0]).toContain("按时推进");
    expect(sheet.getCell("E3").dataValidation?.type).toBeUndefined();
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
    const xml = await (await JSZip.loadAsync(fs.readFileSync(unit("市交通运输局").file))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<sheetProtection sheet="1"/u);
    expect(xml).not.toMatch(/hashValue|password/u);
  });

  it("refuses to replace the files already there unless --force, naming one", async () => {
    const file = unit("市教育局").file;
    fs.writeFileSync(file, "a unit's filled-in return");
    const refused = await runCli(["split", MASTER, "--out", dir, "--json"]);
    expect(refused.code).toBe(2);
    const error = JSON.parse(refused.out).error;
    expect(error).toMatchObject({ code: "file/write-failed", reason: "save/exists", params: { others: 57 } });
    expect(refused.err).toContain("已有同名文件");
    expect(refused.err).toContain("--force");
    expect(fs.readFileSync(file, "utf8")).toBe("a unit's filled-in return");
    const forced = await runCli(["split", MASTER, "--out", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(await (await openWorkbookFile(file)).sheetNames()).toEqual(["市教育局"]);
  });

  it("never writes over the master, --force or not", async () => {
    const folder = tmp();
    try {
      const master = path.join(folder, "嘉善县政府.xlsx");
      fs.copyFileSync(MASTER, master);
      const run = await runCli(["split", master, "--out", folder, "--force", "--json"]);
      expect(run.code).toBe(2);
      expect(JSON.parse(run.out).error).toMatchObject({ reason: "save/same-as-input", params: { file: "嘉善县政府.xlsx" } });
      expect(sha(master)).toBe(sha(MASTER));
      expect(fs.readdirSync(folder)).toEqual(["嘉善县政府.xlsx"]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("tells the clerk in Chinese what went where, and in English with --lang en-US", async () => {
    const zh = await runCli(["split", MASTER, "--out", dir, "--force"]);
    expect(zh.out).toContain("分发：2021年嘉兴市政府工作报告重点工作及政府绩效考核执行情况（上半年）（截至 2021-06-30），共 96 项任务，58 个责任单位");
    expect(zh.out).toContain("嘉通集团（牵头 0 项，配合 1 项）→ 嘉通集团.xlsx　序号 11");
    expect(zh.out).toContain(`已写入 58 个文件到文件夹 ${dir}`);
    const en = await runCli(["split", MASTER, "--out", dir, "--force", "--lang", "en-US"]);
    expect(en.out).toContain("嘉通集团 (leads 0, co-operates on 1) → 嘉通集团.xlsx  No. 11");
    expect(en.out).toContain("58 files written");
  });

  it("asks for --out, a folder", async () => {
    const run = await runCli(["split", MASTER]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("split 需要 --out DIR");
    expect((await runCli(["split", "--help"])).out).toMatch(/^ {2}--out DIR +写入各单位文件的文件夹/mu);
    const notFolder = await runCli(["split", MASTER, "--out", unit("市教育局").file, "--json"]);
    expect(notFolder.code).toBe(2);
    expect(JSON.parse(notFolder.out).error).toMatchObject({ code: "file/write-failed", reason: "save/folder-is-file" });
    expect(notFolder.err).toContain("是一个文件，不是文件夹");
  });
});

describe("split keeps formula-like task texts as text", () => {
  it("writes each as a text cell, never a formula", async () => {
    const master = await openWorkbookFile(MASTER);
    const texts = FORMULA_LIKE_TEXTS.filter((t) => t.trim().length > 1);
    // Tasks 1… of 市发展改革委's cell would do as well: the first rows, all led by 嘉善县政府 or 长三角发展办.
    await master.updateCells(
      "2021上半年执行情况",
      texts.map((text, i) => ({ row: 2 + i, col: 1, value: text })),
    );
    const split = await splitWorkbook(master, { fileName: "2021_上半年执行情况.xlsx" });
    const dir = tmp();
    try {
      const unit = split.units.find((u) => u.unit === "市长三角发展办")!;
      const file = path.join(dir, unit.fileName);
      const book = newWorkbook();
      await writeReturn(book, unit);
      await book.saveAs(file);
      const grid = await (await openWorkbookFile(file)).readSheet(unit.sheetName);
      const written = grid.values.slice(2).map((row) => row[1]);
      const expected = texts.slice(0, 7).map((t) => (t.trim() === t ? t : expect.any(String)));
      expect(written.slice(0, expected.length)).toEqual(expected);
      const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file("xl/worksheets/sheet1.xml")!.async("string");
      expect(xml).not.toContain("<f>");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("split of another place's report (钟楼区 2024, with a 配合单位 column)", () => {
  it("gives lead and co-operating units their tasks, and the returns read back with both unit columns", async () => {
    const dir = tmp();
    try {
      const result = await runJson<SplitJson>(["split", fixture("places/zhonglou-2024-zhongdian.xlsx"), "--out", dir]);
      const unit = (name: string) => result.units.find((u) => u.unit === name)!;
      // From the reading (test/fixtures/places/zhonglou-2024-zhongdian.reading.json): (1) 发改局 leads with 经开区,
      // 高新园(邹区镇), 各街道, 统计局 co-operating; (3)–(5) 商务局; (6) 工信局 then 生态环境局; (7) 应急管理局(安委办)
      // with 区安委会各成员单位.
      expect(result.tasks).toBe(7);
      expect([unit("发改局").lead, unit("发改局").coop]).toEqual([1, 0]);
      for (const name of ["经开区", "高新园(邹区镇)", "各街道", "统计局"]) expect([unit(name).lead, unit(name).coop]).toEqual([0, 1]);
      expect([unit("商务局").lead, unit("商务局").coop]).toEqual([3, 0]);
      expect([unit("生态环境局").lead, unit("生态环境局").coop]).toEqual([0, 1]);
      expect(unit("生态环境局").seqs).toEqual(unit("工信局").seqs);
      expect([unit("区安委会各成员单位").lead, unit("区安委会各成员单位").coop]).toEqual([0, 1]);
      expect(result.units.reduce((sum, u) => sum + u.lead, 0)).toBe(7);
      for (const u of result.units) {
        const grid = await (await openWorkbookFile(u.file)).readSheet(u.sheet);
        const [table] = recognizeSheet(grid).tables;
        expect(Object.keys(table.columns).sort()).toEqual(["coUnits", "progress", "seq", "status", "task", "units"]);
        expect(grid.values[1]).toEqual(["序号", "工 作 标 准", "牵头单位", "配合单位", "本单位职责", "进展情况", "进展状态"]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
