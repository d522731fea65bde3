/** @jest-environment jsdom */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { splitWorkbook } from "../../app/split";
import type { SheetGrid } from "../../engine/grid";
import { openWorkbookBytes } from "../../host/files";
import { MemoryWorkbook, type MemoryEvent } from "../../host/memory/memoryWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { fixture, runCli } from "../../../test/cli/runCli";
import { SummaryArea } from "./SummaryArea";

/**
 * 分发 in 汇总, on the published H1 report: the counts the command line prints, a new workbook whose sheets are
 * the returns `taizhang split` writes (cell for cell, style for style), and the zip of the very files it writes.
 */

jest.setTimeout(120_000);

const m = zhCN.areas;
const s = m.split;
const UNIT = "市发展改革委";

let report: SheetGrid;
/** `taizhang split` of the same report, written once for every test. */
let cliDir: string;

beforeAll(async () => {
  [report] = await fixtureSheets("2021_上半年执行情况.xlsx");
  cliDir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-split-pane-"));
  const { code, err } = await runCli(["split", fixture("2021_上半年执行情况.xlsx"), "--out", cliDir]);
  expect({ code, err }).toEqual({ code: 0, err: "" });
});

afterAll(() => fs.rmSync(cliDir, { recursive: true, force: true }));

async function openFold(workbook: MemoryWorkbook) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SummaryArea workbook={workbook} messages={zhCN} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: s.heading }));
  return screen.findByRole("region", { name: s.heading });
}

/** A sheet as Excel shows it: every cell's value and style, merges, widths, validation, protection, print setup. */
async function sheetModel(bytes: Uint8Array, sheet: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const found = book.getWorksheet(sheet)!;
  const cells: unknown[] = [];
  found.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => cells.push({ r, c, value: cell.value, style: cell.style, validation: cell.dataValidation ?? null })),
  );
  const { model } = found as unknown as { model: { merges: string[]; sheetProtection: unknown; pageSetup: unknown; views: unknown } };
  return {
    cells,
    merges: model.merges,
    widths: found.columns.map((c) => c.width),
    protection: model.sheetProtection,
    page: model.pageSetup,
    views: model.views,
  };
}

/** A zip's entries by name; docProps/core.xml is left out (it holds the time it was written). */
async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (name !== "docProps/core.xml" && !zip.files[name].dir) found.set(name, await zip.files[name].async("string"));
  }
  return found;
}

function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe("分发 in 汇总", () => {
  it("shows the as-of date, the counts and each unit's tasks, and changes nothing", async () => {
    const workbook = new MemoryWorkbook([report], report.name);
    const events: MemoryEvent[] = [];
    workbook.subscribe((event) => events.push(event));
    const fold = await openFold(workbook);
    const split = await splitWorkbook(workbook);
    // As `taizhang split` prints it for this report (docs/cycle.md): 96 tasks, 58 units, as of 2021-06-30.
    expect([split.units.length, split.tasks, split.asOf]).toEqual([58, 96, "2021-06-30"]);
    expect(await within(fold).findByText("58 个单位，96 项任务")).toBeTruthy();
    expect(within(fold).getByText("截至日期：2021年6月30日")).toBeTruthy();
    const units = within(fold).getByRole("list", { name: s.unitsLabel });
    // 20 units at a time, then 显示更多 for the others.
    expect(within(units).getAllByRole("listitem")).toHaveLength(20);
    fireEvent.click(within(fold).getByRole("button", { name: m.priorShowMore(38) }));
    expect(within(units).getAllByRole("listitem")).toHaveLength(40);
    fireEvent.click(within(fold).getByRole("button", { name: m.priorShowMore(18) }));
    expect(within(fold).queryByRole("button", { name: /显示更多/u })).toBeNull();
    const items = within(units).getAllByRole("listitem");
    expect(items.map((item) => item.firstChild?.textContent)).toEqual(split.units.map((u) => u.unit));
    const ndrc = split.units.find((u) => u.unit === UNIT)!;
    expect(ndrc.lead).toBeGreaterThan(0);
    const line = items.find((item) => item.firstChild?.textContent === UNIT)!;
    expect(within(line).getByText(s.unitTasks(ndrc.lead, ndrc.coop))).toBeTruthy();
    // Every task of the published report names its unit.
    expect(split.unlisted).toEqual([]);
    expect(within(fold).queryByRole("group", { name: /未列单位/u })).toBeNull();
    // Nothing was written to the master.
    expect(await workbook.sheetNames()).toEqual([report.name]);
    expect(await workbook.readSheet(report.name)).toEqual(report);
  });

  it("lists a task that names no unit, with a link to its row", async () => {
    // 序号 1 (row 3) with its 牵头部门 cell emptied, as a clerk may leave it.
    const values = report.values.map((row, r) => (r === 2 ? row.map((cell, c) => (c === 3 ? null : cell)) : row));
    const workbook = new MemoryWorkbook([{ ...report, values }], report.name);
    const events: MemoryEvent[] = [];
    workbook.subscribe((event) => events.push(event));
    const fold = await openFold(workbook);
    const group = await within(fold).findByRole("group", { name: s.unlisted(1) });
    fireEvent.click(within(group).getByRole("button", { name: m.taskAt("1", 3) }));
    await waitFor(() => expect(events).toContainEqual({ type: "selected", sheet: report.name, address: "A3" }));
    // Still a task of the report, in no unit's return.
    expect(within(fold).getByText(/个单位，96 项任务$/u)).toBeTruthy();
  });

  it("makes one new workbook, a sheet per unit, each the sheet `taizhang split` writes", async () => {
    const workbook = new MemoryWorkbook([report], report.name);
    const fold = await openFold(workbook);
    await within(fold).findByText("58 个单位，96 项任务");
    fireEvent.click(within(fold).getByRole("button", { name: s.newWorkbook }));
    expect(await within(fold).findByText(s.opened(58))).toBeTruthy();
    expect(workbook.openedWorkbooks).toHaveLength(1);
    const bytes = workbook.openedWorkbooks[0];
    const split = await splitWorkbook(workbook);
    // Read back by the reader the command line uses: the units' sheets, in order.
    const opened = await openWorkbookBytes(Buffer.from(bytes), "分发.xlsx");
    expect(await opened.sheetNames()).toEqual(split.units.map((u) => u.sheetName));
    const cli = await openWorkbookBytes(fs.readFileSync(path.join(cliDir, `${UNIT}.xlsx`)), `${UNIT}.xlsx`);
    expect(await opened.readSheet(UNIT)).toEqual(await cli.readSheet(UNIT));
    // And as Excel shows it: styles (grey locked task columns, unlocked fill cells), dropdown, protection, print.
    const mine = await sheetModel(bytes, UNIT);
    expect(mine).toEqual(await sheetModel(fs.readFileSync(path.join(cliDir, `${UNIT}.xlsx`)), UNIT));
    expect(mine.protection).toMatchObject({ sheet: true });
    // The master is untouched.
    expect(await workbook.sheetNames()).toEqual([report.name]);
  });

  it("says so where the host cannot open a new workbook", async () => {
    const workbook = new MemoryWorkbook([report], report.name);
    workbook.openNewWorkbook = async () => false;
    const fold = await openFold(workbook);
    await within(fold).findByText("58 个单位，96 项任务");
    fireEvent.click(within(fold).getByRole("button", { name: s.newWorkbook }));
    expect(await within(fold).findByText(s.cannotOpen)).toBeTruthy();
  });

  it("zips the files `taizhang split` writes, under the same names, with the same contents", async () => {
    const workbook = new MemoryWorkbook([report], report.name);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const created = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:taizhang/1";
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      const fold = await openFold(workbook);
      await within(fold).findByText("58 个单位，96 项任务");
      fireEvent.click(within(fold).getByRole("button", { name: s.zip }));
      const name = `分发-${report.name}.zip`;
      expect(await within(fold).findByText(s.zipped(name, 58))).toBeTruthy();
      expect(names).toEqual([name]);
      const zip = await JSZip.loadAsync(await blobBytes(blobs[0]));
      const files = Object.keys(zip.files).sort();
      expect(files).toEqual(fs.readdirSync(cliDir).sort());
      for (const file of files) {
        const mine = await zip.files[file].async("uint8array");
        // Every part of each file as the command line wrote it, but the time it was written.
        expect(await entries(mine)).toEqual(await entries(fs.readFileSync(path.join(cliDir, file))));
      }
    } finally {
      click.mockRestore();
    }
  });
});
