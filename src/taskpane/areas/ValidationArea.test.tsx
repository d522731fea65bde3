/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { cellText, columnIndex, type SheetGrid } from "../../engine/grid";
import { workbookRegistries } from "../../engine/settings/registries";
import { applyChanges as applyGridChanges, planFixes, renderMessage, validateSheet, type CellChange, type Issue } from "../../engine/validate";
import { cellKey, checkSheet, groupIssues, issueKind, planSelectedFixes, type FixPlan, type IssueGroup } from "../../engine/validate/selection";
import { diffPieces, visibleBlanks } from "../components/textDiff";
import { groupTitle } from "./IssueGroupList";
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
 * Opens the preview of the fix button. In a browser Fluent moves focus to the dialog's first button, which makes
 * the dialog the active modal; jsdom has no layout, so nothing inside counts as focusable and the dialog
 * stays aria-hidden until something in it is focused. Focusing 取消 is what the browser does.
 */
async function openPreview(label: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: label }));
  const opening = await screen.findByRole("dialog", { hidden: true });
  act(() => within(opening).getByRole("button", { name: m.cancel, hidden: true }).focus());
  return screen.findByRole("dialog");
}

async function validate(found: readonly Issue[] = issues) {
  fireEvent.click(screen.getByRole("button", { name: m.validateButton }));
  await screen.findByText(m.issueCounts(countsOf(found)));
}

const fixLabel = (plan: FixPlan) => m.fixSelected(plan.issues, plan.changes.length);

/** What a group's header says: its severity, its title, its count and whether it can be fixed. */
const headerText = (group: IssueGroup) =>
  `${m.severity[group.severity]}${groupTitle(group, zhCN, "zh-CN")}${m.groupCount(group.issues.length)}${
    group.fixable > 0 ? ` · ${m.groupFixable(group.fixable, group.issues.length)}` : ""
  }`;

/** The group whose header is this level-3 heading: the heading's item holds its checkbox and, opened, its cells. */
const groupOf = (heading: HTMLElement) => heading.parentElement?.parentElement as HTMLElement;

/** A group's heading, found by its text (its accessible name has spaces between the parts). */
const headingOf = (group: IssueGroup) => screen.getAllByRole("heading", { level: 3 }).find((h) => h.textContent === headerText(group)) as HTMLElement;

function openGroup(group: IssueGroup): HTMLElement {
  const heading = headingOf(group);
  fireEvent.click(within(heading).getByRole("button"));
  return groupOf(heading);
}

/**
 * The preview's cells, each as its name and the characters its change removes and inserts. Read from the DOM, not by
 * role: the accessibility tree of hundreds of cells takes jsdom minutes.
 */
function previewed(dialog: HTMLElement) {
  return Array.from(dialog.querySelectorAll("li"), (item) => {
    const box = item.querySelector("input[type=checkbox]") as HTMLInputElement;
    return {
      // The item's own label (HTMLInputElement.labels searches the whole document in jsdom: minutes for a batch).
      cell: item.querySelector("label")?.textContent,
      ticked: box.checked,
      removed: Array.from(item.querySelectorAll("del"), (d) => d.textContent),
      added: Array.from(item.querySelectorAll("ins"), (d) => d.textContent),
    };
  });
}

/** The characters a change removes and inserts, as the preview marks them (blanks drawn). */
function marks(change: CellChange) {
  const pieces = diffPieces(cellText(change.before), cellText(change.after));
  const text = (kind: string) => pieces.flatMap((p) => (p.kind !== "gap" && p.kind === kind ? [visibleBlanks(p.text)] : []));
  return { removed: text("removed"), added: text("added") };
}

const PUNCTUATION = issueKind({ code: "text/half-width-punctuation", severity: "info" });

describe("ValidationArea", () => {
  it("lists the issues by kind, most serious first, each group with its severity, title, count and whether it can be fixed", async () => {
    renderArea(new MemoryWorkbook([original]));
    expect(issues.length).toBeGreaterThan(0);
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
    await validate();
    // Several issues of one cell are one change: the pane says both numbers, as the command line does.
    const counts = countsOf(issues);
    expect(counts.fixable).toBeGreaterThan(counts.cells);
    expect(m.issueCounts(counts)).toContain(`其中 ${counts.fixable} 个问题可一键修复（涉及 ${counts.cells} 个单元格）`);
    // Every fix is picked at first: the button says the same numbers.
    expect(screen.getByRole("button", { name: m.fixSelected(counts.fixable, counts.cells) })).toBeTruthy();

    const groups = groupIssues(issues);
    expect(groups.reduce((n, g) => n + g.issues.length, 0)).toBe(issues.length);
    const headings = screen.getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(groups.map(headerText));
    // The sample's 189 half-width marks are one group, and the seven cells of one wrong unit name another.
    const punctuation = groups.find((g) => g.kind === PUNCTUATION) as IssueGroup;
    expect(headerText(punctuation)).toBe(`提示中文中有半角标点${m.groupCount(punctuation.issues.length)} · 可一键修复`);
    expect(punctuation.issues.length).toBe(issues.filter((i) => i.code === "text/half-width-punctuation").length);
    expect(screen.getAllByText("“长三角发展办”应写作规范名称“市长三角发展办”。")).toHaveLength(1);
    // A fixable group has a checkbox, ticked; a group with nothing to fix has none.
    for (const group of groups) {
      const boxes = within(groupOf(headings[groups.indexOf(group)])).queryAllByRole("checkbox");
      if (group.fixable === 0) expect(boxes).toEqual([]);
      else
        expect(boxes.map((b) => [b.getAttribute("aria-label"), (b as HTMLInputElement).checked])).toEqual([
          [m.fixGroup(groupTitle(group, zhCN, "zh-CN")), true],
        ]);
    }

    // Closed, a group lists no cell; opened, its cells in sheet order, a page first and the rest one click away.
    expect(screen.queryAllByRole("button", { name: /^转到 /u })).toEqual([]);
    for (const group of groups) {
      const item = openGroup(group);
      const more = within(item).queryByRole("button", { name: /^再显示/u });
      if (group.issues.length > 30) {
        expect(more).toHaveProperty("textContent", m.showMore(group.issues.length - 30));
        fireEvent.click(more as HTMLElement);
      } else {
        expect(more).toBeNull();
      }
      const buttons = within(item).getAllByRole("button", { name: /^转到 /u });
      expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual(group.issues.map((i) => m.goTo(i.cell)));
      // Each cell is described by its message (a unit's wrong name by the group's own sentence, said once).
      expect(buttons.map((b) => document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent)).toEqual(
        group.issues.map((i) => renderMessage(i, "zh-CN")),
      );
    }
    expect(screen.getAllByRole("button", { name: /^转到 /u })).toHaveLength(issues.length);
    // The severity badges: one per group.
    for (const severity of ["error", "warning", "info"] as const) {
      expect([severity, screen.queryAllByText(m.severity[severity], { exact: true }).length]).toEqual([
        severity,
        groups.filter((g) => g.severity === severity).length,
      ]);
    }
  });

  it("lists the groups with errors first, then warnings, then notes", async () => {
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
    expect(found.map((i) => [i.cell, i.code])).toEqual([
      ["D3", "cell/error-value"],
      ["D3", "units/unknown"],
      ["A4", "seq/number-stored-as-text"],
      ["B4", "task/duplicate"],
      ["D5", "cell/error-value"],
      ["D5", "units/unknown"],
    ]);
    renderArea(new MemoryWorkbook([grid]));
    await validate(found);
    const badge = new RegExp(`^(${Object.values(m.severity).join("|")})$`, "u");
    expect(screen.getAllByText(badge).map((b) => b.textContent)).toEqual([m.severity.error, m.severity.warning, m.severity.warning, m.severity.info]);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      `错误${m.issueKinds["cell/error-value"]}2 处`,
      `警告${m.issueKinds["units/unknown"]}2 处`,
      `警告${m.issueKinds["task/duplicate"]}1 处`,
      `提示${m.issueKinds["seq/number-stored-as-text"]}1 处 · 可一键修复`,
    ]);
    // Within a group, the sheet's order.
    const item = openGroup(groupIssues(found)[0]);
    expect(
      within(item)
        .getAllByRole("button", { name: /^转到 /u })
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual(["D3", "D5"].map(m.goTo));
  });

  it("keeps its badges on one line beside a title that wraps", async () => {
    renderArea(new MemoryWorkbook([original]));
    await validate();
    for (const badge of screen.getAllByText(m.severity.warning, { exact: true })) {
      const style = getComputedStyle(badge);
      expect([style.whiteSpace, style.flexShrink]).toEqual(["nowrap", "0"]);
    }
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
    const item = openGroup(groupIssues(issues).find((g) => g.issues.includes(target)) as IssueGroup);
    expect(events.filter((e) => e.type === "selected")).toEqual([]);
    fireEvent.click(within(item).getByRole("button", { name: m.goTo(target.cell) }));
    await waitFor(() => expect(events).toContainEqual({ type: "selected", sheet: original.name, address: target.cell }));
    expect(await workbook.activeSheetName()).toBe(original.name);
  });

  it("previews every change, one cell under another with the changed characters marked, and writes nothing until the clerk confirms", async () => {
    const workbook = new MemoryWorkbook([original]);
    const changes = planFixes(issues);
    expect(changes.length).toBeGreaterThan(0);
    renderArea(workbook);
    await validate();
    const dialog = await openPreview(fixLabel({ changes, issues: countsOf(issues).fixable }));
    expect(within(dialog).getByRole("heading", { name: m.previewTitle(changes.length) })).toBeTruthy();
    expect(within(dialog).queryByRole("table")).toBeNull();
    within(dialog).getByText(m.previewSelected(changes.length, changes.length));
    // A page of cells first, each ticked, named, and marked where its change is.
    const first = changes.slice(0, 50);
    expect(previewed(dialog)).toEqual(first.map((c) => ({ cell: c.cell, ticked: true, ...marks(c) })));
    // B3's half-width commas become full-width: each one struck out and its replacement inserted, nothing else.
    const b3 = previewed(dialog).find((p) => p.cell === "B3");
    expect(b3?.removed.length).toBeGreaterThan(0);
    expect(new Set(b3?.removed)).toEqual(new Set([","]));
    expect(new Set(b3?.added)).toEqual(new Set(["，"]));
    // D3's line break between two units becomes nothing (the 、 is there), and 长三角发展办 gets its 市.
    expect(previewed(dialog).find((p) => p.cell === "D3")).toMatchObject({ removed: ["↵"], added: ["市"] });
    // Around the changes only, then the whole cell on request.
    const b3Item = dialog.querySelectorAll("li")[first.findIndex((c) => c.cell === "B3")] as HTMLElement;
    expect(b3Item.textContent).toContain("…");
    expect(b3Item.textContent).not.toContain(cellText(changes.find((c) => c.cell === "B3")?.after ?? ""));
    fireEvent.click(within(b3Item).getByRole("button", { name: m.wholeCell }));
    expect(within(b3Item).getByRole("button", { name: m.changesOnly })).toBeTruthy();
    expect(b3Item.textContent).not.toContain("…");
    // The rest, a page at a time.
    for (let more = within(dialog).queryByText(/^再显示/u); more; more = within(dialog).queryByText(/^再显示/u)) fireEvent.click(more);
    expect(previewed(dialog)).toEqual(changes.map((c) => ({ cell: c.cell, ticked: true, ...marks(c) })));
    // The e2e test's example: D11's unit gets its 市 prefix.
    expect(previewed(dialog)).toContainEqual({ cell: "D11", ticked: true, removed: [], added: ["市"] });

    expectSameCells(await workbook.readSheet(original.name), original);
    // By its text: a role query computes every element's style, minutes in jsdom over a whole batch.
    fireEvent.click(within(dialog).getByText(m.cancel));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expectSameCells(await workbook.readSheet(original.name), original);
    expect(await workbook.sheetNames()).toEqual([original.name]);
  });

  it("leaves a group's changes out when the clerk unticks it, and a cell's changes from its other groups in", async () => {
    const workbook = new MemoryWorkbook([original]);
    const check = checkSheet(original, workbookRegistries([original]));
    const all = planSelectedFixes(check);
    renderArea(workbook);
    await validate();
    const groups = groupIssues(issues);
    const punctuation = groups.find((g) => g.kind === PUNCTUATION) as IssueGroup;
    const box = () => screen.getByRole("checkbox", { name: m.fixGroup(groupTitle(punctuation, zhCN, "zh-CN")) }) as HTMLInputElement;
    fireEvent.click(box());
    expect(box().checked).toBe(false);
    // Exactly the punctuation's changes go: its cells have no other fix on this sheet.
    const withoutPunctuation = planSelectedFixes(check, { excludedKinds: new Set([PUNCTUATION]) });
    expect(withoutPunctuation.changes).toEqual(all.changes.filter((c) => !c.codes.includes("text/half-width-punctuation")));
    expect(withoutPunctuation.issues).toBe(all.issues - punctuation.fixable);
    // 长三角发展办's name too: D3–D7 keep their separator fix, without the 市.
    const csj = groups.find((g) => g.named && g.issues[0].params.unit === "长三角发展办") as IssueGroup;
    fireEvent.click(screen.getByRole("checkbox", { name: m.fixGroup(groupTitle(csj, zhCN, "zh-CN")) }));
    const plan = planSelectedFixes(check, { excludedKinds: new Set([PUNCTUATION, csj.kind]) });
    expect(plan.changes.find((c) => c.cell === "D3")).toMatchObject({ before: "嘉善县政府、\n长三角发展办", after: "嘉善县政府、长三角发展办" });

    const dialog = await openPreview(fixLabel(plan));
    expect(previewed(dialog)).toEqual(plan.changes.map((c) => ({ cell: c.cell, ticked: true, ...marks(c) })));
    expect(previewed(dialog).find((p) => p.cell === "D3")).toEqual({ cell: "D3", ticked: true, removed: ["↵"], added: [] });
    fireEvent.click(within(dialog).getByRole("button", { name: m.cancel }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    // Ticked again, the group is back in the batch.
    fireEvent.click(box());
    expect(screen.getByRole("button", { name: fixLabel(planSelectedFixes(check, { excludedKinds: new Set([csj.kind]) })) })).toBeTruthy();
  });

  it("applies only the ticked cells of the picked groups, as one batch that 撤销修复 puts back", async () => {
    const workbook = new MemoryWorkbook([original]);
    const check = checkSheet(original, workbookRegistries([original]));
    renderArea(workbook);
    await validate();
    const punctuation = groupIssues(issues).find((g) => g.kind === PUNCTUATION) as IssueGroup;
    fireEvent.click(screen.getByRole("checkbox", { name: m.fixGroup(groupTitle(punctuation, zhCN, "zh-CN")) }));
    const picked = planSelectedFixes(check, { excludedKinds: new Set([PUNCTUATION]) });
    const dialog = await openPreview(fixLabel(picked));
    // D11 unticked in the preview: the title and the tally follow, and so does its group's checkbox.
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "D11" }));
    const chosen = planSelectedFixes(check, { excludedKinds: new Set([PUNCTUATION]), excludedCells: new Set([cellKey(original.name, "D11")]) });
    expect(chosen.changes).toEqual(picked.changes.filter((c) => c.cell !== "D11"));
    within(dialog).getByRole("heading", { name: m.previewTitle(chosen.changes.length) });
    within(dialog).getByText(m.previewSelected(chosen.changes.length, picked.changes.length));
    const d11 = groupIssues(issues).find((g) => g.issues.some((i) => i.cell === "D11" && i.fix !== undefined)) as IssueGroup;
    expect(screen.getByRole("checkbox", { name: m.fixGroup(groupTitle(d11, zhCN, "zh-CN")), hidden: true })).toHaveProperty("indeterminate", true);
    fireEvent.click(within(dialog).getByRole("button", { name: m.apply }));
    await screen.findByText(m.applied(chosen.changes.length));

    // Only the chosen cells changed; D11 and the punctuation's cells are as they were.
    const fixed = await workbook.readSheet(original.name);
    const expected = applyGridChanges(original, chosen.changes);
    expectSameCells(fixed, expected);
    expect(valueAt(fixed, 10, 3)).toBe("交通运输局");
    expect(valueAt(fixed, 2, 1)).toBe(valueAt(original, 2, 1));
    // The list is checked again: what is left, the punctuation group still left out of the next fix.
    const left = validateSheet(fixed, workbookRegistries([fixed]));
    await screen.findByText(m.issueCounts(countsOf(left)));
    const next = planSelectedFixes(checkSheet(fixed, workbookRegistries([fixed])), { excludedKinds: new Set([PUNCTUATION]) });
    expect(next.changes.map((c) => c.cell)).toEqual(["D11"]);
    expect(screen.getByRole("button", { name: fixLabel(next) })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: m.revert }));
    await screen.findByText(m.reverted(chosen.changes.length, []));
    expectSameCells(await workbook.readSheet(original.name), original);
    await screen.findByText(m.issueCounts(countsOf(issues)));

    fireEvent.click(screen.getByRole("button", { name: m.revert }));
    await screen.findByText(m.nothingToRevert);
    expectSameCells(await workbook.readSheet(original.name), original);
  });

  it("applies every fix when nothing is left out, and 撤销修复 puts the sheet back cell for cell", async () => {
    const workbook = new MemoryWorkbook([original]);
    const changes = planFixes(issues);
    renderArea(workbook);
    await validate();
    fireEvent.click(within(await openPreview(fixLabel({ changes, issues: countsOf(issues).fixable }))).getByRole("button", { name: m.apply }));
    await screen.findByText(m.applied(changes.length));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());

    const fixed = await workbook.readSheet(original.name);
    for (const change of changes) {
      expect([change.cell, valueAt(fixed, change.row - 1, columnIndex(change.column))]).toEqual([change.cell, change.after]);
    }
    expect(valueAt(fixed, 10, 3)).toBe("市交通运输局");
    // The list is checked again after the fixes: it now shows what is left.
    const left = validateSheet(fixed, workbookRegistries([fixed]));
    expect(left.length).toBeLessThan(issues.length);
    await screen.findByText(m.issueCounts(countsOf(left)));
    // Nothing left to fix: no fix button.
    expect(screen.queryByText(/^修复所选/u)).toBeNull();

    // Fluent hands the pane back to screen readers (aria-hidden off) a moment after the dialog has gone.
    fireEvent.click(await screen.findByRole("button", { name: m.revert }));
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
