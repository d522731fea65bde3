/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { cellText, columnIndex, type SheetGrid } from "../../engine/grid";
import { workbookRegistries } from "../../engine/settings/registries";
import { planFixes, renderMessage, validateSheet, type Issue } from "../../engine/validate";
import { fixtureSheets } from "../../../test/fixtureSheets";
import { MemoryWorkbook, type MemoryEvent } from "../../host/memory/memoryWorkbook";
import { WorkbookError } from "../../host/port";
import { zhCN } from "../../i18n/zh-CN";
import { ValidationArea } from "./ValidationArea";

/**
 * The 校验 area as a clerk uses it, on the real H1 report (2021_上半年执行情况.xlsx) in an in-memory
 * workbook. What the pane should show is computed from the engine, not copied from a run.
 */

jest.setTimeout(60_000);

const m = zhCN.areas;

let original: SheetGrid;
let issues: Issue[];

beforeAll(async () => {
  [original] = await fixtureSheets("2021_上半年执行情况.xlsx");
  issues = validateSheet(original, workbookRegistries([original]));
});

function renderArea(workbook: MemoryWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ValidationArea workbook={workbook} messages={zhCN} language="zh-CN" />
    </FluentProvider>,
  );
}

const countsOf = (found: readonly Issue[]) => ({
  total: found.length,
  error: found.filter((i) => i.severity === "error").length,
  warning: found.filter((i) => i.severity === "warning").length,
  info: found.filter((i) => i.severity === "info").length,
  fixable: found.filter((i) => i.fix !== undefined).length,
  cells: planFixes(found).length,
});

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Columns as the pane lists them: by their worst issue (errors first), then left to right (A … Z, AA …). */
const columnsOf = (found: readonly Issue[]) => {
  const worst = (column: string) => Math.min(...found.filter((i) => i.column === column).map((i) => RANK[i.severity]));
  return [...new Set(found.map((i) => i.column))].sort((a, b) => worst(a) - worst(b) || a.length - b.length || a.localeCompare(b));
};

/** The value a cell holds, empty cells and cells past a row's end alike. */
const valueAt = (grid: SheetGrid, row: number, col: number) => grid.values[row]?.[col] ?? null;

function expectSameCells(actual: SheetGrid, expected: SheetGrid) {
  const rows = Math.max(actual.values.length, expected.values.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(actual.values[r]?.length ?? 0, expected.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) expect([r, c, valueAt(actual, r, c)]).toEqual([r, c, valueAt(expected, r, c)]);
  }
}

/**
 * Opens the preview of 全部修复. In a browser Fluent moves focus to the dialog's first button, which makes
 * the dialog the active modal; jsdom has no layout, so nothing inside counts as focusable and the dialog
 * stays aria-hidden until something in it is focused. Focusing 取消 is what the browser does.
 */
async function openPreview(changes: number): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: m.fixAll(changes) }));
  const opening = await screen.findByRole("dialog", { hidden: true });
  act(() => within(opening).getByRole("button", { name: m.cancel, hidden: true }).focus());
  return screen.findByRole("dialog");
}

async function validate() {
  fireEvent.click(screen.getByRole("button", { name: m.validateButton }));
  await screen.findByText(m.issueCounts(countsOf(issues)));
}

describe("ValidationArea", () => {
  it("lists every issue the engine finds, grouped by column, with each issue's severity and message", async () => {
    renderArea(new MemoryWorkbook([original]));
    expect(issues.length).toBeGreaterThan(0);
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
    await validate();
    // Several issues of one cell are one change: the pane says both numbers, as the command line does.
    const counts = countsOf(issues);
    expect(counts.fixable).toBeGreaterThan(counts.cells);
    expect(m.issueCounts(counts)).toContain(`其中 ${counts.fixable} 个问题可一键修复（涉及 ${counts.cells} 个单元格）`);

    const columns = columnsOf(issues);
    const headings = screen.getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(columns.map((c) => m.columnGroup(c)));

    // Long groups show a page first; the rest is one click away.
    for (const column of columns) {
      const inColumn = issues.filter((i) => i.column === column);
      const group = headings[columns.indexOf(column)].parentElement as HTMLElement;
      const more = within(group).queryByRole("button", { name: /^再显示/u });
      if (inColumn.length > 30) {
        expect(more).toHaveProperty("textContent", m.showMore(inColumn.length - 30));
        fireEvent.click(more as HTMLElement);
      } else {
        expect(more).toBeNull();
      }
    }

    expect(screen.getAllByRole("button", { name: /^转到 /u })).toHaveLength(issues.length);
    for (const column of columns) {
      const inColumn = issues.filter((i) => i.column === column);
      const group = screen.getByRole("heading", { level: 3, name: m.columnGroup(column) }).parentElement as HTMLElement;
      // Each issue's button names its cell, in sheet order within the column.
      expect(
        within(group)
          .getAllByRole("button", { name: /^转到 /u })
          .map((b) => b.getAttribute("aria-label")),
      ).toEqual(inColumn.map((i) => m.goTo(i.cell)));
      // …and is described by its message, so two issues on one cell are told apart by a screen reader.
      expect(
        within(group)
          .getAllByRole("button", { name: /^转到 /u })
          .map((b) => document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent),
      ).toEqual(inColumn.map((i) => renderMessage(i, "zh-CN")));
      for (const severity of ["error", "warning", "info"] as const) {
        const expected = inColumn.filter((i) => i.severity === severity).length;
        expect([column, severity, within(group).queryAllByText(m.severity[severity], { exact: true }).length]).toEqual([column, severity, expected]);
      }
    }
    // The engine's own sentence for an issue is what the clerk reads beside it.
    const sample = issues.find((i) => i.severity === "warning") ?? issues[0];
    expect(screen.getAllByText(renderMessage(sample, "zh-CN")).length).toBeGreaterThan(0);
  });

  it("lists the columns with errors first, then warnings, then notes, left to right within each", async () => {
    // A: a 序号 stored as text (note); B: a task repeated (warning); D: a broken lookup (error) on two rows, not
    // in Jiaxing's registry (warning).
    const grid: SheetGrid = {
      name: "表",
      merges: [],
      values: [
        ["2021年嘉兴市执行情况（上半年）"],
        ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"],
        [1, "推进项目建设。", "已开工。", "#N/A", "按时推进"],
        ["2", "推进项目建设。", "已开工。", "市财政局", "按时推进"],
        [3, "建设科创走廊。", "已开工。", "#REF!", "按时推进"],
      ],
    };
    const found = validateSheet(grid, workbookRegistries([grid]));
    expect(found.map((i) => [i.cell, i.severity])).toEqual([
      ["D3", "error"],
      ["D3", "warning"],
      ["A4", "info"],
      ["B4", "warning"],
      ["D5", "error"],
      ["D5", "warning"],
    ]);
    renderArea(new MemoryWorkbook([grid]));
    fireEvent.click(screen.getByRole("button", { name: m.validateButton }));
    await screen.findByText(m.issueCounts(countsOf(found)));
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["D", "B", "A"].map((c) => m.columnGroup(c)));
    // Within a column, the sheet's order, not the severity's: D5's error comes after D3's warning.
    const group = screen.getByRole("heading", { level: 3, name: m.columnGroup("D") }).parentElement as HTMLElement;
    expect(
      within(group)
        .getAllByRole("button", { name: /^转到 /u })
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual(["D3", "D3", "D5", "D5"].map(m.goTo));
    const badge = new RegExp(`^(${Object.values(m.severity).join("|")})$`, "u");
    expect(
      within(group)
        .getAllByText(badge)
        .map((b) => b.textContent),
    ).toEqual([m.severity.error, m.severity.warning, m.severity.error, m.severity.warning]);
  });

  it("goes to an issue's cell when the clerk clicks it", async () => {
    const notes: SheetGrid = { name: "说明", values: [["填表说明"]], merges: [] };
    const workbook = new MemoryWorkbook([notes, original], original.name);
    const events: MemoryEvent[] = [];
    workbook.subscribe((event) => events.push(event));
    renderArea(workbook);
    await validate();
    // The e2e test's cell: the 进展状态 column's warning (E17).
    const target = issues.find((i) => i.column === "E") as Issue;
    expect(target).toBeDefined();
    expect(events.filter((e) => e.type === "selected")).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: m.goTo(target.cell) }));
    await waitFor(() => expect(events).toContainEqual({ type: "selected", sheet: original.name, address: target.cell }));
    expect(await workbook.activeSheetName()).toBe(original.name);
  });

  it("previews every change of 全部修复 and writes nothing until the clerk confirms", async () => {
    const workbook = new MemoryWorkbook([original]);
    const changes = planFixes(issues);
    expect(changes.length).toBeGreaterThan(0);
    renderArea(workbook);
    await validate();
    const dialog = await openPreview(changes.length);
    expect(within(dialog).getByRole("heading", { name: m.previewTitle(changes.length) })).toBeTruthy();
    const table = within(dialog).getByRole("table", { name: m.previewTitle(changes.length) });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(changes.length + 1);
    const shown = rows.slice(1).map((row) => Array.from(row.querySelectorAll("td"), (td) => td.textContent));
    expect(shown).toEqual(changes.map((c) => [c.cell, cellText(c.before), cellText(c.after)]));
    // The e2e test's example: D11's unit gets its 市 prefix.
    expect(shown).toContainEqual(["D11", "交通运输局", "市交通运输局"]);

    expectSameCells(await workbook.readSheet(original.name), original);
    fireEvent.click(within(dialog).getByRole("button", { name: m.cancel }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expectSameCells(await workbook.readSheet(original.name), original);
    expect(await workbook.sheetNames()).toEqual([original.name]);
  });

  it("applies the previewed changes to the workbook, and 撤销修复 puts the sheet back cell for cell", async () => {
    const workbook = new MemoryWorkbook([original]);
    const changes = planFixes(issues);
    renderArea(workbook);
    await validate();
    fireEvent.click(within(await openPreview(changes.length)).getByRole("button", { name: m.apply }));
    await screen.findByText(m.applied(changes.length));

    const fixed = await workbook.readSheet(original.name);
    for (const change of changes) {
      expect([change.cell, valueAt(fixed, change.row - 1, columnIndex(change.column))]).toEqual([change.cell, change.after]);
    }
    expect(valueAt(fixed, 10, 3)).toBe("市交通运输局");
    // The list is checked again after the fixes: it now shows what is left.
    const left = validateSheet(fixed, workbookRegistries([fixed]));
    expect(left.length).toBeLessThan(issues.length);
    await screen.findByText(m.issueCounts(countsOf(left)));
    expect(screen.queryByRole("button", { name: /^全部修复/u })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: m.revert }));
    await screen.findByText(m.reverted(changes.length, []));
    expectSameCells(await workbook.readSheet(original.name), original);
    await screen.findByText(m.issueCounts(countsOf(issues)));

    fireEvent.click(screen.getByRole("button", { name: m.revert }));
    await screen.findByText(m.nothingToRevert);
    expectSameCells(await workbook.readSheet(original.name), original);
  });

  it("adds the status dropdown to the 进展状态 column", async () => {
    const workbook = new MemoryWorkbook([original]);
    renderArea(workbook);
    expect(workbook.validations).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: m.dropdown }));
    await waitFor(() => expect(workbook.validations).toHaveLength(1));
    const [added] = workbook.validations;
    expect(added.sheet).toBe(original.name);
    await screen.findByText(m.dropdownAdded(added.range.bottom - added.range.top + 1, added.values));
  });

  it("shows the workbook's own message when the sheet cannot be read", async () => {
    const message = `找不到工作表“${original.name}”，它可能刚被重命名或删除。请切换到要处理的工作表后重试。`;
    class Unreadable extends MemoryWorkbook {
      override async readSheet(name: string): Promise<SheetGrid> {
        throw new WorkbookError({ reason: "sheet/not-found", params: { sheet: name } }, name);
      }
    }
    renderArea(new Unreadable([original]));
    expect(screen.queryByRole("group", { name: zhCN.areas.failed })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: m.validateButton }));
    const bar = await screen.findByRole("group", { name: m.failed });
    expect(bar.textContent).toContain(message);
    // A WorkbookError already says what to do: it is not wrapped in the "unexpected" hint.
    expect(bar.textContent).not.toContain(zhCN.errorUnexpected(message));
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
  });
});
