import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { OWNER_SHEET } from "../../src/engine/summary";
import { generateSummary, runSummary } from "../../src/app/summary";
import { localIsoDate } from "../../src/engine/dates";
import { runRibbonCommand } from "../../src/commands/ribbon";
import { messagesFor } from "../../src/i18n";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { fixtureSheets } from "../fixtureSheets";

/** Chinese characters, and the full-width punctuation that goes with them. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const PRIOR = { priorSheet: "2021责任分解" };
const ENGLISH = ["By unit", "Lagging", "Prior year", "Check report"];
const CHINESE = ["部门汇总", "滞后任务", "上年对比", "校验报告"];

const sample = async () => new MemoryWorkbook(await fixtureSheets("sample.xlsx"));
const strings = (cells: readonly (CellValue | undefined)[]) => cells.filter((v): v is string => typeof v === "string" && v !== "");
const ownerRecord = async (workbook: MemoryWorkbook) => (await workbook.readSheet(OWNER_SHEET)).values.slice(1).map((row) => row[0]);

describe("the summary tabs in the pane's language", () => {
  it("are all English in English, but for what they quote from the sheets", async () => {
    const workbook = await sample();
    const { written } = await generateSummary(workbook, { ...PRIOR, language: "en-US", madeOn: "2026-12-06" });
    expect(written).toEqual(ENGLISH);
    const [units, lagging, prior, validation] = await Promise.all(written.map((name) => workbook.readSheet(name)));
    for (const tab of [units, lagging, prior, validation]) {
      expect(tab.values[0][0]).toMatch(/ · made by Taizhang on 6 Dec 2026$/u);
      expect(strings([tab.values[0][0], ...tab.values[2]]).filter((label) => CJK.test(label))).toEqual([]);
    }
    const body = (tab: SheetGrid) => tab.values.slice(3);
    // The words the add-in writes in the rows: kinds of unit and the total; flags; levels, headings and places; severities.
    expect(strings(body(units).flatMap((row) => [row[0], row[2]])).filter((word) => CJK.test(word))).toEqual([]);
    expect(new Set(body(lagging).map((row) => row[0]))).toEqual(new Set(["Red", "Yellow"]));
    const headings = body(prior).filter((row) => row.length === 1 && row[0] !== null);
    expect(headings.length).toBeGreaterThan(0);
    const sections = ["Likely matches below — check before use", "Tentative matches below — weak match: verify before use"];
    expect(headings.every((row) => sections.includes(String(row[0])))).toBe(true);
    const tasks = body(prior).filter((row) => row.length === 7 && row[0] !== "Sheet");
    expect(tasks.length).toBeGreaterThan(100);
    expect(tasks.every((row) => ["certain", "likely", "tentative"].includes(String(row[5])))).toBe(true);
    expect(tasks.every((row) => / (No\. \S+|row \d+)(\n|$)/u.test(String(row[4])) && !/序号|第 \d+ 行/u.test(String(row[4])))).toBe(true);
    expect(body(validation).every((row) => ["Error", "Warning", "Info"].includes(String(row[2])))).toBe(true);
  });

  it("fill the sheet column of 上年对比 on every task row, in the order of the sheets", async () => {
    const workbook = await sample();
    await generateSummary(workbook, PRIOR);
    const prior = await workbook.readSheet("上年对比");
    const sheets = (await workbook.sheetNames()).filter((name) => name !== PRIOR.priorSheet);
    const tasks = prior.values.slice(3).filter((row) => row.length === 7 && row[0] !== "工作表");
    expect(tasks.length).toBeGreaterThan(100);
    expect(tasks.every((row) => typeof row[0] === "string" && sheets.includes(row[0]))).toBe(true);
    // Within the table (certain matches), sheets in the workbook's order.
    const table = prior.values.slice(3).filter((row) => row.length === 7 && row[5] === "确定");
    const order = table.map((row) => sheets.indexOf(String(row[0])));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBeGreaterThan(1);
  });

  it("are dated today when the face gives no day, and the Chinese of before otherwise", async () => {
    const before = localIsoDate(new Date());
    const workbook = await sample();
    const { written } = await generateSummary(workbook);
    const after = localIsoDate(new Date());
    const title = (await workbook.readSheet(written[0])).values[0][0];
    const said = (iso: string) => {
      const [year, month, day] = iso.split("-").map(Number);
      return `台账助手生成于 ${year}年${month}月${day}日`;
    };
    expect([said(before), said(after)].some((date) => String(title).endsWith(date))).toBe(true);
    // Undated (the command line today), the same tabs but for the title's day.
    const undated = await runSummary(await sample(), { write: false });
    for (const tab of undated.tabs) {
      const dated = await workbook.readSheet(tab.name);
      expect(String(dated.values[0][0]).replace(/于 \d{4}年\d{1,2}月\d{1,2}日$/u, "")).toBe(tab.values[0][0]);
      // Empty text in a layout is an empty cell once written.
      expect(dated.values.slice(1)).toEqual(tab.values.slice(1).map((row) => row.map((value) => (value === "" ? null : value))));
    }
  });

  it("made in English and again in Chinese: the English tabs stay the add-in's, never read as the clerk's", async () => {
    const workbook = await sample();
    const users = (await workbook.sheetNames()).filter((name) => name !== PRIOR.priorSheet);
    await generateSummary(workbook, { ...PRIOR, language: "en-US" });
    const { written } = await generateSummary(workbook, { ...PRIOR, language: "zh-CN" });
    // New tabs under the Chinese names, beside the English ones (the add-in deletes no sheet); both recorded as its own.
    expect(written).toEqual(CHINESE);
    expect(await workbook.sheetNames()).toEqual([PRIOR.priorSheet, ...users, ...ENGLISH, OWNER_SHEET, ...CHINESE]);
    expect(await ownerRecord(workbook)).toEqual([...ENGLISH, ...CHINESE]);
    // So a third run reads the same sheets as the first, the English tabs not among them.
    const read: string[] = [];
    await runSummary(workbook, { notAnalysed: [PRIOR.priorSheet], read: ({ userSheets }) => read.push(...userSheets.map((s) => s.name)) });
    expect(read).toEqual(users);
    // Excel's table names are workbook-wide: the tabs left in English hold their own.
    const tables = workbook
      .allSheets()
      .map((sheet) => sheet.layout?.table?.name)
      .filter((name) => name !== undefined);
    expect(tables.length).toBe(8);
    expect(new Set(tables).size).toBe(8);
    // Back in English, the English tabs are replaced where they are, not set beside as "By unit(2)".
    expect((await generateSummary(workbook, { ...PRIOR, language: "en-US" })).written).toEqual(ENGLISH);
    expect(await ownerRecord(workbook)).toEqual([...ENGLISH, ...CHINESE]);
    expect((await workbook.sheetNames()).length).toBe(users.length + 1 + 8 + 1);
  });
});

describe("the faces' language", () => {
  it("is the language of the ribbon's 生成汇总", async () => {
    const workbook = await sample();
    const report = await runRibbonCommand("generateSummary", workbook, messagesFor("en-US"));
    expect(report.ok).toBe(true);
    expect(await workbook.sheetNames()).toEqual(expect.arrayContaining(["By unit", "Lagging", "Check report"]));
    expect((await workbook.sheetNames()).filter((name) => CHINESE.includes(name))).toEqual([]);
  });
});
