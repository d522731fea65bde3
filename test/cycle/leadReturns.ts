/**
 * Returns of the published 2021 H1 report as its lead units fill them: the report with its 进展情况 and 进展状态
 * emptied (what the clerk sends out from), and a file of `taizhang split` filled with the published progress and
 * status on the lines the unit leads. For the cycle's round trip (roundTrip.test.ts) and the pane's (merge.e2e.ts).
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { foldText } from "../../src/engine/text";
import { fixture } from "../cli/runCli";

/** The published sheet's columns: 序号, 重点工作, 进展情况, 牵头部门, 进展状态 (read in the file). */
const SEQ = 0;
const TASK = 1;
export const PROGRESS = 2;
export const STATUS = 4;
/** A title row, then the header: data from the third row. */
const FIRST_DATA = 2;

/** What `taizhang split --json` prints, as far as the tests read it. */
export interface SplitJson {
  units: { unit: string; file: string; lead: number; coop: number }[];
  unlisted: unknown[];
  written: string[];
}

/** The published report with its progress and status emptied: what the clerk sends out from. */
export async function emptiedMaster(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(fixture("2021_上半年执行情况.xlsx"));
  const sheet = book.worksheets[0];
  sheet.eachRow((row, number) => {
    if (number <= FIRST_DATA) return;
    row.getCell(PROGRESS + 1).value = null;
    row.getCell(STATUS + 1).value = null;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The published row a return's line is: the same 序号 (or the task it continues) and the same text. */
function publishedRow(published: SheetGrid, seq: CellValue, text: CellValue): number {
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
export async function fillAsLeadUnit(file: string, published: SheetGrid): Promise<void> {
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
    const r = publishedRow(published, seq, value(taskCol));
    row.getCell(progressCol).value = published.values[r][PROGRESS];
    row.getCell(statusCol).value = published.values[r][STATUS];
  });
  await book.xlsx.writeFile(file);
}
