/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import { comparePriorYear, tasksOfSheets, type PriorYearMatch } from "../../engine/pipeline";
import { workbookRegistries } from "../../engine/settings/registries";
import { FIXTURES, fixtureSheets } from "../../../test/fixtureSheets";
import { openWorkbookBytes } from "../../host/files";
import { MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { zhCN } from "../../i18n/zh-CN";
import { builtinYears } from "../../engine/history";
import { planIndicators } from "../../engine/prose/planIndicators";
import { decodePlanText, groupByConfidence, PriorArea } from "./PriorArea";

/**
 * The 上年目标 area on the real 2024 breakdown with the 2021 breakdown beside it (or imported from its
 * file). The matches the pane should list are the engine's.
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
let expected: PriorYearMatch[];

beforeAll(async () => {
  [current] = await fixtureSheets("2024_责任分解.xlsx");
  [prior] = await fixtureSheets("2021_责任分解.xlsx");
  expected = comparePriorYear(tasksOfSheets("", [current]), tasksOfSheets("", [prior]), workbookRegistries([current]).registry);
});

function renderArea(workbook: MemoryWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PriorArea workbook={workbook} messages={zhCN} />
    </FluentProvider>,
  );
}

const picker = () => screen.getByRole("combobox", { name: m.priorSheet }) as HTMLSelectElement;
const compareButton = () => screen.getByRole("button", { name: m.compareButton }) as HTMLButtonElement;

/** A file the clerk picks. jsdom's File has no arrayBuffer(); the browser's does, and the area reads it so. */
function pickedFile(name: string, bytes: Uint8Array): File {
  const file = new File([], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

describe("PriorArea", () => {
  it("offers the workbook's other sheets and the built-in years, and compares the active sheet with the one chosen", async () => {
    const workbook = new MemoryWorkbook([current, prior], current.name);
    renderArea(workbook);
    await screen.findByRole("option", { name: prior.name });
    // Not the sheet being compared; the built-in years after the workbook's own sheets, newest first.
    expect(Array.from(picker().options, (o) => o.value)).toEqual([
      "",
      prior.name,
      ...builtinYears()
        .reverse()
        .map((y) => `builtin:${y}`),
    ]);

    fireEvent.change(picker(), { target: { value: prior.name } });
    expect(picker().value).toBe(prior.name);
    fireEvent.click(compareButton());

    const withPrior = expected.filter((x) => x.prior.length > 0).length;
    await screen.findByText(m.matched(withPrior, expected.length));
    expect(withPrior).toBeGreaterThan(0);
    // One block per task of this year, each headed by its number and row: the surest matches first, under the
    // heading of their level, those without a match last.
    const groups = groupByConfidence(expected);
    expect(groups.map((g) => g.level)).toEqual(["certain", "likely", "tentative", "none"].filter((level) => groups.some((g) => g.level === level)));
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(
      groups.flatMap((g) => g.matches).map((x) => m.taskAt(x.current.seq ?? "", x.current.row)),
    );
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(
      groups.map((g) => (g.level === "none" ? m.noPriorGroup(g.matches.length) : m.confidenceGroup(g.level, g.matches.length))),
    );
    expect(screen.queryAllByText(m.noPrior)).toHaveLength(expected.length - withPrior);
    // The target changes the engine reads, the browser test's among them.
    const changes = expected.flatMap((x) => x.changes.map((c) => c.text));
    expect(changes).toContain(RETAIL_CHANGE);
    expect(screen.getByText(RETAIL_CHANGE)).toBeTruthy();
    for (const text of new Set(changes)) expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    // The best prior match of a task is shown with its number, and how sure it is in words.
    const first = expected.find((x) => x.prior.length > 0) as PriorYearMatch;
    const best = first.prior[0];
    const line = screen.getAllByText(`${m.priorOf(best.task.seq ?? "")}：${best.task.task}`, { exact: false })[0];
    expect(line.textContent).toBe(`${m.confidence(best.confidence)}${m.priorOf(best.task.seq ?? "")}：${best.task.task}`);
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
    const workbook = new MemoryWorkbook([current], current.name, parse);
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
    const workbook = new MemoryWorkbook([current], current.name, parse);
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
