/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import { comparePriorYear, tasksOfSheets, type PriorYearMatch } from "../../engine/pipeline";
import { priorCounts } from "../../engine/pipeline/priorYear";
import { workbookRegistries } from "../../engine/settings/registries";
import { FIXTURES, fixtureSheets } from "../../../test/fixtureSheets";
import { openWorkbookBytes } from "../../host/files";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { enUS } from "../../i18n/en-US";
import type { Messages } from "../../i18n";
import { planIndicators } from "../../engine/prose/planIndicators";
import { decodePlanText, PriorArea } from "./PriorArea";
import { filteredMatches, PRIOR_PAGE, type PriorFilter } from "./PriorResults";

/**
 * The 上年目标 area on the real 2024 breakdown with the 2021 breakdown beside it (or imported from its
 * file), and on the bundled sample's four sheets. The matches and counts the pane should show are the engine's.
 */

jest.setTimeout(60_000);

const m = zhCN.areas;
/** The target change the browser test reads on this pair of sheets. */
const RETAIL_CHANGE = "社会消费品零售总额：7% → 5.5%（−1.5个百分点）";

/** The preview's server reads an uploaded file with the file adapter; so does this. */
async function parse(name: string, bytes: Uint8Array): Promise<SheetGrid[]> {
  const book = await openWorkbookBytes(Buffer.from(bytes), name);
  return Promise.all((await book.sheetNames()).map((n) => book.readSheet(n)));
}

let current: SheetGrid;
let prior: SheetGrid;
let sample: SheetGrid[];
let expected: PriorYearMatch[];

beforeAll(async () => {
  [current] = await fixtureSheets("2024_责任分解.xlsx");
  [prior] = await fixtureSheets("2021_责任分解.xlsx");
  sample = await fixtureSheets("sample.xlsx");
  expected = comparePriorYear(tasksOfSheets("", [current]), tasksOfSheets("", [prior]), workbookRegistries([current]).registry);
});

function renderArea(workbook: MemoryWorkbook, messages: Messages = zhCN) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PriorArea workbook={workbook} messages={messages} />
    </FluentProvider>,
  );
}

const picker = (messages: Messages = zhCN) => screen.getByRole("combobox", { name: messages.areas.priorSheet }) as HTMLSelectElement;
const compareButton = (messages: Messages = zhCN) => screen.getByRole("button", { name: messages.areas.compareButton }) as HTMLButtonElement;

/** The picker's choices: each group's label with its options' values and texts, the ungrouped ones under "". */
function pickerChoices(): [string, [string, string][]][] {
  return Array.from(picker().children, (child) =>
    child instanceof HTMLOptGroupElement
      ? [child.label, Array.from(child.children as HTMLCollectionOf<HTMLOptionElement>, (o) => [o.value, o.text] as [string, string])]
      : ["", [[(child as HTMLOptionElement).value, (child as HTMLOptionElement).text]]],
  );
}

/** The filter's button of one kind (its name carries its count). */
const filterButton = (filter: PriorFilter, messages: Messages = zhCN) =>
  screen.getByRole("button", { name: new RegExp(`^${messages.areas.priorFilters[filter]} \\d+$`, "u") }) as HTMLButtonElement;

/** The 序号 headings of the tasks listed. */
const listed = () => screen.queryAllByRole("heading", { level: 3 }).map((h) => h.textContent);
const headingsOf = (matches: readonly PriorYearMatch[], messages: Messages = zhCN) =>
  matches.map((x) => messages.areas.taskAt(x.current.seq ?? "", x.current.row));

/** The counts block, row by row: label, count, note. */
function countRows(messages: Messages = zhCN): string[][] {
  const block = screen.getByRole("region", { name: messages.areas.priorCounts });
  return Array.from(block.querySelectorAll("tr"), (tr) => Array.from(tr.children, (cell) => cell.textContent ?? ""));
}

/** A file the clerk picks. jsdom's File has no arrayBuffer(); the browser's does, and the area reads it so. */
function pickedFile(name: string, bytes: Uint8Array): File {
  const file = new File([], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

describe("PriorArea", () => {
  it("offers only sheets of an earlier year than the active one, then the built-in years, then sheets of no known year", async () => {
    const untitled: SheetGrid = {
      name: "参考表",
      merges: [],
      values: [
        ["序号", "主要工作任务", "责任单位"],
        [1, "推进长三角一体化发展", "市发展改革委"],
      ],
    };
    const workbook = new MemoryWorkbook([...sample, untitled], "2024责任分解");
    renderArea(workbook);
    await screen.findByRole("option", { name: "2021责任分解" });
    // Not this sheet, nor this year's indicator table; the bundled years before 2024, newest first (the sample is Jiaxing's).
    expect(pickerChoices()).toEqual([
      ["", [["", m.builtinAuto]]],
      [
        m.priorEarlierSheets(2024),
        [
          ["2021责任分解", "2021责任分解"],
          ["2021上半年执行情况", "2021上半年执行情况"],
        ],
      ],
      [
        m.priorBuiltinGroup,
        [
          ["builtin:2021", m.builtinYear(2021)],
          ["builtin:2020", m.builtinYear(2020)],
        ],
      ],
      [m.priorUnknownGroup, [["参考表", m.priorUnknownYear("参考表")]]],
    ]);
    expect(screen.queryByText(m.priorNoEarlier(2024, true))).toBeNull();
  });

  it("says why when no sheet is of an earlier year, and offers the built-in year before", async () => {
    const workbook = new MemoryWorkbook(sample, "2021责任分解");
    renderArea(workbook);
    await screen.findByText(m.priorNoEarlier(2021, true));
    expect(pickerChoices()).toEqual([
      ["", [["", m.builtinAuto]]],
      [m.priorBuiltinGroup, [["builtin:2020", m.builtinYear(2020)]]],
    ]);
  });

  it("offers no built-in year for another place's sheet, and asks for a sheet instead", async () => {
    const [older] = await fixtureSheets("places/zhonglou-2024-zhongdian.xlsx");
    const [newer] = await fixtureSheets("places/zhonglou-2025-zhongdian.xlsx");
    renderArea(new MemoryWorkbook([newer, older], newer.name));
    await screen.findByRole("option", { name: older.name });
    expect(pickerChoices()).toEqual([
      ["", [["", m.priorPickSheet]]],
      [m.priorEarlierSheets(2025), [[older.name, older.name]]],
    ]);

    cleanup();
    renderArea(new MemoryWorkbook([older, newer], older.name));
    await screen.findByText(m.priorNoEarlier(2024, false));
    expect(pickerChoices()).toEqual([["", [["", m.priorPickSheet]]]]);
  });

  it("shows the counts first, then the tasks whose target changed, the surest first, and the rest by a filter, a page at a time", async () => {
    const workbook = new MemoryWorkbook([current, prior], current.name);
    renderArea(workbook);
    await screen.findByRole("option", { name: prior.name });
    fireEvent.change(picker(), { target: { value: prior.name } });
    expect(picker().value).toBe(prior.name);
    fireEvent.click(compareButton());

    const counts = priorCounts(expected);
    const matched = counts.matched.certain + counts.matched.likely + counts.matched.tentative;
    await screen.findByText(m.matched(matched, expected.length));
    expect(matched).toBeGreaterThan(0);
    expect(counts.changed).toBeGreaterThan(0);
    expect(counts.notComparable).toBeGreaterThan(0);
    expect(countRows()).toEqual([
      ...(["certain", "likely", "tentative"] as const).map((level) => [m.confidence(level), String(counts.matched[level]), m.confidenceAdvice(level)]),
      [m.priorChanged, String(counts.changed), ""],
      ...(counts.unchanged > 0 ? [[m.priorUnchanged, String(counts.unchanged), ""]] : []),
      [m.priorNotComparable, String(counts.notComparable), m.priorNotComparableHint],
      [m.noPrior, String(counts.noPrior), ""],
    ]);

    // The filter opens on the changes: each task's 序号, how sure, and its changes, surest first.
    const sizes = { changed: counts.changed, matched, notComparable: counts.notComparable, none: counts.noPrior };
    for (const filter of ["changed", "matched", "notComparable", "none"] as const)
      expect(filterButton(filter).textContent).toBe(`${m.priorFilters[filter]} ${sizes[filter]}`);
    expect(filterButton("changed").getAttribute("aria-pressed")).toBe("true");
    const changed = filteredMatches(expected, "changed");
    expect(changed.map((x) => x.prior[0].confidence)).toEqual(
      [...changed.map((x) => x.prior[0].confidence)].sort(
        (a, b) => ["certain", "likely", "tentative"].indexOf(a) - ["certain", "likely", "tentative"].indexOf(b),
      ),
    );
    expect(listed()).toEqual(headingsOf(changed.slice(0, PRIOR_PAGE)));
    expect(screen.getByText(RETAIL_CHANGE)).toBeTruthy();

    // 不可比: each such task with last year's and the line that says why.
    fireEvent.click(filterButton("notComparable"));
    expect(filterButton("notComparable").getAttribute("aria-pressed")).toBe("true");
    expect(listed()).toEqual(headingsOf(filteredMatches(expected, "notComparable").slice(0, PRIOR_PAGE)));
    expect(screen.getByText("不可比：新增制造业中长期贷款320亿元／上年 新增贷款2000亿元以上（口径不同：今年多“制造业中长期”）")).toBeTruthy();

    // 全部对应: a page of ten, then ten more at a time, until the list is whole; the best prior task with how sure it is.
    fireEvent.click(filterButton("matched"));
    const all = filteredMatches(expected, "matched");
    expect(all).toHaveLength(matched);
    expect(listed()).toEqual(headingsOf(all.slice(0, PRIOR_PAGE)));
    for (let shown = PRIOR_PAGE; shown < all.length; shown += PRIOR_PAGE) {
      fireEvent.click(screen.getByRole("button", { name: m.priorShowMore(all.length - shown) }));
      expect(listed()).toEqual(headingsOf(all.slice(0, shown + PRIOR_PAGE)));
    }
    expect(screen.queryByRole("button", { name: /显示更多/u })).toBeNull();
    const best = all[0].prior[0];
    const line = screen.getAllByText(`${m.priorOf(best.task.seq ?? "")}：${best.task.task}`, { exact: false })[0];
    expect(line.textContent).toBe(`${m.confidence(best.confidence)}${m.priorOf(best.task.seq ?? "")}：${best.task.task}`);

    // 无对应, in sheet order, from its first page again.
    fireEvent.click(filterButton("none"));
    const none = filteredMatches(expected, "none");
    expect(none.map((x) => x.current.row)).toEqual([...none.map((x) => x.current.row)].sort((a, b) => a - b));
    expect(listed()).toEqual(headingsOf(none.slice(0, PRIOR_PAGE)));
    expect(screen.getAllByText(m.noPrior).length).toBeGreaterThanOrEqual(Math.min(PRIOR_PAGE, none.length));
  });

  it("speaks English, change lines included, where Office does", async () => {
    const workbook = new MemoryWorkbook([current, prior], current.name);
    renderArea(workbook, enUS);
    await screen.findByRole("option", { name: prior.name });
    fireEvent.change(picker(enUS), { target: { value: prior.name } });
    fireEvent.click(compareButton(enUS));
    await screen.findByText("社会消费品零售总额: 7% → 5.5% (−1.5 percentage points)");
    expect(countRows(enUS).map((row) => row[0])).toEqual(
      expect.arrayContaining(["certain", enUS.areas.priorChanged, enUS.areas.priorNotComparable, enUS.areas.noPrior]),
    );
    fireEvent.click(filterButton("notComparable", enUS));
    expect(
      screen.getByText("Not comparable: 新增制造业中长期贷款320亿元 / prior year 新增贷款2000亿元以上 (different scope: this year adds “制造业中长期”)"),
    ).toBeTruthy();
    expect(screen.queryAllByText(/^(不可比|未能比较)：/u)).toEqual([]);
  });

  it("keeps the chosen sheet as a workbook setting, so the area opens with it next time", async () => {
    const workbook = new MemoryWorkbook([current, prior], current.name);
    const first = renderArea(workbook);
    await screen.findByRole("option", { name: prior.name });
    expect((await workbook.readSettings()).priorSheet).toBeUndefined();
    fireEvent.change(picker(), { target: { value: prior.name } });
    await waitFor(async () => expect((await workbook.readSettings()).priorSheet).toBe(prior.name));
    first.unmount();

    renderArea(workbook);
    await screen.findByRole("option", { name: prior.name });
    await waitFor(() => expect(picker().value).toBe(prior.name));
    expect(compareButton().disabled).toBe(false);
  });

  it("imports last year's workbook from a file, picks its task sheet and compares against it", async () => {
    const file = "2021_责任分解_三表.xlsx";
    const bytes = new Uint8Array(await readFile(path.join(FIXTURES, file)));
    const sheets = await parse(file, bytes);
    const workbook = new MemoryWorkbook([current], current.name, { parseFile: parse });
    renderArea(workbook);
    expect(screen.queryByRole("option", { name: sheets[0].name })).toBeNull();

    fireEvent.change(screen.getByLabelText(m.importPrior, { selector: "input" }), { target: { files: [pickedFile(file, bytes)] } });
    // Nothing in this workbook shares a name with the file's sheets, so they keep theirs; the one with the
    // most tasks becomes the prior-year sheet.
    const names = sheets.map((s) => s.name);
    const chosen = [...sheets].sort((a, b) => tasksOfSheets("", [b]).length - tasksOfSheets("", [a]).length)[0].name;
    await screen.findByText(m.imported(names, chosen));
    expect(await workbook.sheetNames()).toEqual([current.name, ...names]);
    await screen.findByRole("option", { name: chosen });
    await waitFor(() => expect(picker().value).toBe(chosen));
    await waitFor(async () => expect((await workbook.readSettings()).priorSheet).toBe(chosen));

    fireEvent.click(compareButton());
    await screen.findByText(RETAIL_CHANGE);
  });

  it("refuses a file that is not a workbook, saying so in an error bar, and changes nothing", async () => {
    const workbook = new MemoryWorkbook([current], current.name, { parseFile: parse });
    renderArea(workbook);
    expect(screen.queryByRole("group", { name: m.failed })).toBeNull();
    fireEvent.change(screen.getByLabelText(m.importPrior, { selector: "input" }), {
      target: { files: [pickedFile("2024_计划.txt", new Uint8Array([0xe8, 0xae, 0xa1]))] },
    });
    const bar = await screen.findByRole("group", { name: m.failed });
    expect(bar.textContent).toContain(m.importNeedsXlsx("2024_计划.txt"));
    expect(await workbook.sheetNames()).toEqual([current.name]);
    expect(picker().value).toBe("");
  });

  it("with no sheet chosen, compares with the built-in year before the sheet's own and says which", async () => {
    const workbook = new MemoryWorkbook([current], current.name);
    renderArea(workbook);
    expect(picker().value).toBe("");
    fireEvent.click(compareButton());
    // The 2024 breakdown's title names 2024: the bundled 2021 material is the latest before it.
    await screen.findByText(m.builtinUsed(m.builtinYear(2021)));
    expect(screen.getByText(RETAIL_CHANGE)).toBeTruthy();
  });

  it("turns a pasted plan text into an indicator sheet and makes it the prior-year source", async () => {
    const text = await readFile(path.join(FIXTURES, "2020_计划.txt"), "utf8");
    const workbook = new MemoryWorkbook([current], current.name);
    renderArea(workbook);
    const button = screen.getByRole("button", { name: m.planImport }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: m.planPaste }), { target: { value: text } });
    fireEvent.click(button);
    await screen.findByText(m.planImported("2020计划指标", planIndicators(text).length));
    expect(await workbook.sheetNames()).toEqual([current.name, "2020计划指标"]);
    const sheet = await workbook.readSheet("2020计划指标");
    expect(sheet.values[0]).toEqual(["指标", "目标", "原文"]);
    expect(sheet.values).toHaveLength(planIndicators(text).length + 1);
    await waitFor(() => expect(picker().value).toBe("2020计划指标"));
  });

  it("says so when the pasted text holds no target, and adds no sheet", async () => {
    const workbook = new MemoryWorkbook([current], current.name);
    renderArea(workbook);
    fireEvent.change(screen.getByRole("textbox", { name: m.planPaste }), { target: { value: "加快推进长三角一体化。" } });
    fireEvent.click(screen.getByRole("button", { name: m.planImport }));
    await screen.findByText(m.planNoTargets);
    expect(await workbook.sheetNames()).toEqual([current.name]);
  });
});

test("a plan .txt is read as UTF-8, or as GB18030 when it is not UTF-8", async () => {
  const text = await readFile(path.join(FIXTURES, "2020_计划.txt"), "utf8");
  const iconv = await import("iconv-lite");
  expect(decodePlanText(new Uint8Array(Buffer.from(text, "utf8")))).toBe(text);
  expect(decodePlanText(new Uint8Array(iconv.encode(text, "gb18030")))).toBe(text);
});
