/**
 * The reporting cycle end to end through the command line, as a clerk runs it (issue 25): `taizhang split` the
 * published 2021 H1 report with its 进展情况 and 进展状态 emptied, each lead unit fills its rows of the file it got
 * (the co-operating units send theirs back empty), `taizhang merge` the returns into the emptied report, and the
 * merged copy is the published report again, cell for cell, with nothing reported wrong.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { foldText } from "../../src/engine/text";
import { openWorkbookFile } from "../../src/host/files";
import { fixture, runCli, runJson } from "../cli/runCli";
import { gridDifferences } from "../gridDifferences";
import { tempFolder } from "../tempFolder";

jest.setTimeout(300_000);

/** The published sheet's columns: 序号, 重点工作, 进展情况, 牵头部门, 进展状态 (read in the file). */
const SEQ = 0;
const TASK = 1;
const PROGRESS = 2;
const STATUS = 4;
/** A title row, then the header: data from the third row. */
const FIRST_DATA = 2;

interface SplitJson {
  units: { unit: string; file: string; lead: number; coop: number }[];
  unlisted: unknown[];
  written: string[];
}

interface MergeJson {
  counts: Record<string, number>;
  withoutReturn: { row: number }[];
}

const folder = tempFolder("taizhang-cycle-");
let published: SheetGrid;

beforeAll(async () => {
  published = await (await openWorkbookFile(fixture("2021_上半年执行情况.xlsx"))).readSheet("2021上半年执行情况");
});

/** The published report with its progress and status emptied: what the clerk sends out from. */
async function emptiedMaster(): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(fixture("2021_上半年执行情况.xlsx"));
  const sheet = book.worksheets[0];
  sheet.eachRow((row, number) => {
    if (number <= FIRST_DATA) return;
    row.getCell(PROGRESS + 1).value = null;
    row.getCell(STATUS + 1).value = null;
  });
  return folder.write("主表.xlsx", Buffer.from(await book.xlsx.writeBuffer()));
}

/** The published row a return's line is: the same 序号 (or the task it continues) and the same text. */
function publishedRow(seq: CellValue, text: CellValue): number {
  const want = foldText(String(text ?? ""));
  let currentSeq: CellValue = null;
  for (let r = FIRST_DATA; r < published.values.length; r++) {
    const line = published.values[r];
    if (line[SEQ] !== null) currentSeq = line[SEQ];
    if (String(currentSeq) === String(seq) && foldText(String(line[TASK] ?? "")) === want) return r;
  }
  throw new Error(`no published row for 序号 ${String(seq)}: ${String(text)}`);
}

/**
 * A unit fills its file as the instruction asks: progress and status on the lines it leads, from the published
 * report. It leads the task rows marked 牵头, and a continuation line whose own unit cell names it first (序号 11's
 * second line, 市区快速路…, is 嘉通集团's, though 市交通运输局 leads the task).
 */
async function fillAsLeadUnit(file: string): Promise<void> {
  const unit = path.basename(file, ".xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  const header = Array.from(sheet.getRow(2).values as CellValue[], (v) => String(v ?? ""));
  const col = (word: string) => header.findIndex((h) => h.includes(word));
  const [seqCol, taskCol, unitsCol, dutyCol, progressCol, statusCol] = [
    col("序号"),
    col("任务"),
    col("部门"),
    col("本单位职责"),
    col("进展情况"),
    col("进展状态"),
  ];
  expect(Math.min(seqCol, taskCol, unitsCol, dutyCol, progressCol, statusCol)).toBeGreaterThan(0);
  let seq: CellValue = null;
  sheet.eachRow((row, number) => {
    if (number <= 2) return;
    const value = (c: number) => row.getCell(c).value as CellValue;
    const startsTask = value(seqCol) !== null && value(seqCol) !== "";
    if (startsTask) seq = value(seqCol);
    const firstNamed = String(value(unitsCol) ?? "").split(/[、，,\s]+/u)[0];
    const ownLine = !startsTask && firstNamed !== "" && (unit.includes(firstNamed) || firstNamed.includes(unit));
    if (value(dutyCol) !== "牵头" && !ownLine) return;
    const r = publishedRow(seq, value(taskCol));
    row.getCell(progressCol).value = published.values[r][PROGRESS];
    row.getCell(statusCol).value = published.values[r][STATUS];
  });
  await book.xlsx.writeFile(file);
}

describe("split → fill → merge on the published H1 report", () => {
  it("gives back the published report cell for cell", async () => {
    const master = await emptiedMaster();
    const returns = path.join(folder.dir(), "分发");
    const split = await runJson<SplitJson>(["split", master, "--out", returns, "--json"]);
    expect(split.unlisted).toEqual([]);
    expect(split.written.length).toBe(split.units.length);
    // Every task has one lead unit (the first named): the leads add up to the 96 tasks.
    expect(split.units.reduce((sum, u) => sum + u.lead, 0)).toBe(96);
    const files = split.written.map((name) => (path.isAbsolute(name) ? name : path.join(returns, name)));
    for (const file of files) await fillAsLeadUnit(file);

    const out = path.join(folder.dir(), "汇总后.xlsx");
    const run = await runCli(["merge", master, ...files, "--out", out, "--json"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const merged = JSON.parse(run.out) as MergeJson;
    const back = await (await openWorkbookFile(out)).readSheet("2021上半年执行情况");
    expect(gridDifferences(back, published, 20)).toEqual([]);
    // Nothing to report: every unit sent its file, no row is new, no status differs, no 序号 or text changed.
    const { seqChanges, textChanges, unmatched, chase, conflicts } = merged.counts;
    expect({ seqChanges, textChanges, unmatched, chase, conflicts }).toEqual({ seqChanges: 0, textChanges: 0, unmatched: 0, chase: 0, conflicts: 0 });
    // A line nobody reported on is one the published report leaves empty too.
    for (const { row } of merged.withoutReturn)
      expect([row, published.values[row - 1][PROGRESS], published.values[row - 1][STATUS]]).toEqual([row, null, null]);
  });
});
