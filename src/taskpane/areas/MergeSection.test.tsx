/** @jest-environment jsdom */
import * as iconv from "iconv-lite";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { planMergeReturns, type ReturnedFile } from "../../app/mergeReturns";
import type { CellValue, SheetGrid } from "../../engine/grid";
import { cellText } from "../../engine/grid";
import { workbookRegistries } from "../../engine/settings/registries";
import { applyChanges as applyGridChanges } from "../../engine/validate";
import { ExcelJS } from "../../host/files/excelJs";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { gridDifferences } from "../../../test/gridDifferences";
import { unitReturns } from "../../../test/cycle/unitReturns";
import { SummaryArea } from "./SummaryArea";

/**
 * 汇总报送 in 汇总, on the published H1 report with its progress and status emptied (the active sheet) and returns
 * made from it as units fill them: three .xlsx files and one GB18030 .csv, one of them with a row added and a 序号
 * changed, and a damaged file. The pane reads the files (here with Node's inflate in place of the browser's:
 * jsdom has no DecompressionStream; browserRead.test.ts holds the two to the same grids), shows the engine's
 * counts and lists, writes the ticked cells and puts them back with 撤销.
 */
jest.mock("../../host/files/browserRead", () => {
  const { sheetsOfBytes } = jest.requireActual<typeof import("../../host/files/sheetsOfBytes")>("../../host/files/sheetsOfBytes");
  const { nodeInflateRaw } = jest.requireActual<typeof import("../../host/files/nodeInflate")>("../../host/files/nodeInflate");
  return {
    readPickedFile: async (file: { name: string; bytes: () => Promise<Uint8Array> }) =>
      sheetsOfBytes(await file.bytes(), file.name, { inflateRaw: nodeInflateRaw }),
  };
});

jest.setTimeout(60_000);

const m = zhCN.areas;
const g = m.merge;

let published: SheetGrid;
let blank: SheetGrid;
/** The returns as the units send them: a file name and its one sheet. */
let sent: { file: string; grid: SheetGrid }[];

beforeAll(async () => {
  [published] = await fixtureSheets("2021_上半年执行情况.xlsx");
  const { registry } = workbookRegistries([published], { fileName: "2021_上半年执行情况.xlsx" });
  const at = (row: number, col: number): CellValue => published.values[row - 1][col] ?? null;
  sent = unitReturns(published, registry, "2021-06-30")
    .slice(0, 4)
    .map((r, index) => {
      const values = r.grid.values.map((line) => [...line]);
      r.rows.forEach((row, i) => {
        if (row.duty === "牵头") [values[i + 2][5], values[i + 2][6]] = [at(row.masterRow, 2), at(row.masterRow, 4)];
      });
      if (index === 0) {
        // The unit renumbered its first task and added one of its own.
        values[2][0] = `${cellText(values[2][0])}0`;
        values.push(["99", "本单位自行增加的一项工作：建设全市统一的数据共享平台", r.unit, null, "牵头", "已完成平台一期建设", "已完成"]);
      }
      return { file: `${r.unit}.${index === 3 ? "csv" : "xlsx"}`, grid: { ...r.grid, values } };
    });
  blank = { ...published, values: published.values.map((line, r) => (r < 2 ? line : line.map((v, c) => (c === 2 || c === 4 ? null : v)))) };
});

async function xlsxBytes(grid: SheetGrid): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(grid.name).addRows(grid.values.map((row) => row.map((v) => (v === null ? undefined : v))));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A .csv as Excel on Chinese Windows saves one: GB18030, which the fold decodes with TextDecoder. */
const csvBytes = (grid: SheetGrid) =>
  iconv.encode(grid.values.map((row) => row.map((v) => `"${cellText(v).replace(/"/gu, '""')}"`).join(",")).join("\r\n"), "gb18030");

/** A file the clerk picks. jsdom's File has no arrayBuffer(); the browser's does, and the fold reads it so. */
function pickedFile(name: string, bytes: Uint8Array): File {
  const file = new File([], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => Uint8Array.from(bytes).buffer });
  return file;
}

async function pickedFiles(): Promise<File[]> {
  const files = await Promise.all(sent.map(async (s) => pickedFile(s.file, s.file.endsWith(".csv") ? csvBytes(s.grid) : await xlsxBytes(s.grid))));
  return [...files, pickedFile("损坏.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))];
}

/** The plan of the same returns, made without the pane: what the fold is to show. */
function engineRun() {
  const returns: ReturnedFile[] = sent.map((s) => ({
    file: s.file,
    sheets: [s.file.endsWith(".csv") ? { ...s.grid, name: s.file.replace(/\.csv$/u, "") } : s.grid],
  }));
  return planMergeReturns(new MemoryWorkbook([blank]), returns);
}

async function openFold(workbook: MemoryWorkbook) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SummaryArea workbook={workbook} messages={zhCN} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: g.heading }));
  return screen.findByLabelText(g.pick);
}

describe("汇总报送 in 汇总", () => {
  it("reads the picked files, shows the engine's counts and lists, names the file it cannot read, applies and undoes", async () => {
    const workbook = new MemoryWorkbook([blank]);
    const input = (await openFold(workbook)) as HTMLInputElement;
    expect(input.multiple).toBe(true);
    fireEvent.change(input, { target: { files: await pickedFiles() } });

    const plan = await engineRun();
    const { report } = plan;
    const count = (column: string) => report.proposals.filter((p) => p.column === column).length;
    expect(plan.changes.length).toBeGreaterThan(5);
    const summary = g.summary(blank.name, { progress: count("progress"), status: count("status"), replaces: 0 });
    expect(await screen.findByText(summary)).toBeTruthy();

    // The damaged file is named with why; the others were merged all the same.
    expect(screen.getByText(g.unread(1))).toBeTruthy();
    expect(screen.getByText(/^无法读取文件 "损坏\.xlsx"：/u)).toBeTruthy();

    // Each return with its unit and the cells it gives; then the report's lists, with their counts.
    const returns = screen.getByRole("region", { name: g.returnsHeading(4) });
    for (const s of sent)
      expect(within(returns).getByText(g.returnFile(s.file, s.file.endsWith(".csv") ? s.file.replace(/\.csv$/u, "") : s.grid.name))).toBeTruthy();
    expect(report.chase.length).toBeGreaterThan(20);
    const chase = screen.getByRole("region", { name: g.groups.chase.heading(report.chase.length) });
    expect(within(chase).getByText(report.chase[0].unit)).toBeTruthy();
    expect(within(chase).getByRole("button", { name: /^显示更多/u })).toBeTruthy();
    expect(report.unmatched).toHaveLength(1);
    const unmatched = screen.getByRole("region", { name: g.groups.unmatched.heading(1) });
    const added = report.unmatched[0];
    expect(within(unmatched).getByText(g.returnAt(added.file, added.sheet, added.row))).toBeTruthy();
    expect(report.seqChanges).toHaveLength(1);
    const renumbered = screen.getByRole("region", { name: g.groups.seqChanges.heading(1) });
    const seq = report.seqChanges[0];
    expect(within(renumbered).getByText(g.seqChanged(seq.seq, g.masterAt(seq.master.seq, seq.master.row)))).toBeTruthy();
    expect(screen.getByRole("region", { name: g.groups.withoutReturn.heading(report.withoutReturn.length) })).toBeTruthy();

    // The cells in the fixes' preview; one left out is not written.
    fireEvent.click(screen.getByRole("button", { name: g.apply }));
    // Focus moves into the dialog as a clerk's would (jsdom does not), so that its content is not aria-hidden.
    const opening = await screen.findByRole("dialog", { hidden: true });
    act(() => within(opening).getByRole("button", { name: m.cancel, hidden: true }).focus());
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(g.previewNote)).toBeTruthy();
    const left = plan.changes[0];
    fireEvent.click(within(dialog).getByRole("checkbox", { name: left.cell }));
    fireEvent.click(within(dialog).getByRole("button", { name: m.apply }));
    expect(await screen.findByText(g.applied(plan.changes.length - 1))).toBeTruthy();
    const merged = await workbook.readSheet(blank.name);
    expect(gridDifferences(merged, applyGridChanges(blank, plan.changes.slice(1)))).toEqual([]);
    expect(gridDifferences(merged, blank).length).toBeGreaterThan(0);

    // 撤销 puts the master back cell for cell.
    fireEvent.click(screen.getByRole("button", { name: g.undo }));
    expect(await screen.findByText(m.reverted(plan.changes.length - 1, []))).toBeTruthy();
    await waitFor(async () => expect(gridDifferences(await workbook.readSheet(blank.name), blank)).toEqual([]));
  });

  it("says a file that is no spreadsheet cannot be read, and merges nothing from it", async () => {
    const workbook = new MemoryWorkbook([blank]);
    const input = await openFold(workbook);
    fireEvent.change(input, { target: { files: [pickedFile("说明.csv", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 1]))] } });
    expect(await screen.findByText(g.nothingToWrite(blank.name))).toBeTruthy();
    expect(screen.getByText(/^无法读取文件 "说明\.csv"：/u)).toBeTruthy();
    expect((screen.getByRole("button", { name: g.apply }) as HTMLButtonElement).disabled).toBe(true);
  });
});
