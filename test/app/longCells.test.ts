import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateSummary } from "../../src/app/summary";
import { MAX_CELL_TEXT, type CellValue, type SheetGrid } from "../../src/engine/grid";
import { openWorkbookFile } from "../../src/host/files";
import { fixture } from "../cli/runCli";

/**
 * One unit with 7,000 lagging tasks: the 部门汇总 cell of their 序号 would pass Excel's 32,767 characters. It is cut
 * at a whole 序号 with "…等 N 项", the whole list stays in 滞后任务 (a row each), and the summary is written.
 * The tasks are the Jiaxing 2021 上半年执行情况's first task, repeated.
 */
const TASKS = 7_000;

it("a 部门汇总 cell listing 7,000 lagging tasks is cut at a whole 序号 and the summary written", async () => {
  const book = await openWorkbookFile(fixture("2021_上半年执行情况.xlsx"));
  const [name] = await book.sheetNames();
  const sheet = await book.readSheet(name);
  const [title, header, first] = sheet.values;
  const rows: CellValue[][] = Array.from({ length: TASKS }, (_, i) => [i + 1, `${String(first[1])}（${i + 1}）`, "尚未开工。", "市发改委", "滞后"]);
  const many: SheetGrid = { name, values: [title, header, ...rows], merges: [] };
  await book.writeSheets([many]);

  const result = await generateSummary(book, { madeOn: "2026-12-06" });
  expect(result.units[0]).toMatchObject({ unit: "市发展改革委", lagging: expect.any(Array) });
  expect(result.units[0].lagging).toHaveLength(TASKS);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-long-")), "out.xlsx");
  await book.saveAs(out);

  const written = await openWorkbookFile(out);
  const units = (await written.readSheet("部门汇总")).values;
  const seqs = String(units[3][units[2].indexOf("滞后任务序号")]);
  expect(seqs.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  const [, kept, more] = /^(.*)…等 (\d+) 项$/su.exec(seqs) ?? [];
  const listed = kept.split("、");
  expect(listed).toEqual(Array.from({ length: listed.length }, (_, i) => String(i + 1)));
  expect(listed.length + Number(more)).toBe(TASKS);
  expect(units[units.length - 1][0]).toMatch(/^注：1 个单元格的内容超过 Excel 每格 32,767 字的上限/u);
  // The whole list, one task a row.
  const lagging = (await written.readSheet("滞后任务")).values.slice(3).filter((row) => row[0] === "红" || row[0] === "黄");
  expect(lagging.map((row) => row[1])).toEqual(Array.from({ length: TASKS }, (_, i) => String(i + 1)));
});
