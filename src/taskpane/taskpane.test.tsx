import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { CellRange, SheetGrid } from "../engine/grid";
import type { SheetRecognition } from "../engine/recognize";
import { MemoryWorkbook } from "../host/memory/memoryWorkbook";
import { WorkbookError } from "../host/port";
import { recognizeActiveSheet, summarizeRecognition } from "../app/recognition";
import { App, failureMessage } from "./components/App";
import { RecognitionView } from "./components/RecognitionView";
import { messagesFor, pickLanguage, type Messages } from "../i18n";
import { enUS } from "../i18n/en-US";
import { zhCN } from "../i18n/zh-CN";

const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** A 责任分解 with a title, a section, a task continued on a merged 序号 cell, and markup in a task's text. */
const grid: SheetGrid = {
  name: "责任分解",
  merges: [merge(3, 0, 4, 0)],
  values: [
    ["2021年政府工作报告重点工作责任分解", null, null],
    ["序号", "主要工作任务", "责任单位"],
    [null, "一、经济发展", null],
    ["1", "推进长三角一体化", "市发改委"],
    [null, "完善协同机制", "市长三角发展办"],
    ["2", "<b>加快</b>数字经济", "市经信局"],
  ],
};

/** Server-side render with Fluent's provider; the markup's text content is what a user would read. */
function render(element: React.ReactElement): string {
  return renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

describe("the pane's language", () => {
  it.each([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN-us", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    [undefined, "zh-CN"],
  ])("Office in %s → %s", (display, language) => {
    expect(pickLanguage(display)).toBe(language);
  });

  it("has the same keys and no empty text in both catalogues", () => {
    const shape = (m: Messages) => JSON.stringify(Object.keys(m).sort()) + JSON.stringify(Object.keys(m.kinds)) + JSON.stringify(Object.keys(m.roles));
    expect(shape(enUS)).toBe(shape(zhCN));
    for (const catalogue of [zhCN, enUS]) {
      for (const value of [...Object.values(catalogue), ...Object.values(catalogue.kinds), ...Object.values(catalogue.roles)]) {
        if (typeof value === "string") expect(value.trim()).not.toBe("");
      }
    }
    expect(messagesFor("zh-CN")).toBe(zhCN);
    expect(messagesFor("en-US")).toBe(enUS);
  });
});

describe("recognizeActiveSheet", () => {
  it("reads the active sheet through the port and recognises it", async () => {
    const port = new MemoryWorkbook([{ name: "说明", values: [["说明"]], merges: [] }, grid], "责任分解");
    const recognition = await recognizeActiveSheet(port);
    expect(recognition.sheet).toBe("责任分解");
    expect(summarizeRecognition(recognition)).toEqual([
      {
        kind: "tasks",
        title: "2021年政府工作报告重点工作责任分解",
        headerRow: 2,
        lastRow: 6,
        columns: [
          { role: "seq", letter: "A", why: { header: "序号", cue: 3, kind: "seq", count: 2, filled: 2 } },
          { role: "task", letter: "B", why: { header: "主要工作任务", cue: 3, kind: "phrase", count: 3, filled: 3 } },
          { role: "units", letter: "C", why: { header: "责任单位", cue: 3, kind: "units", count: 3, filled: 3 } },
        ],
        counts: { task: 2, continuation: 1, section: 1 },
      },
    ]);
  });

  it("passes the port's error on", async () => {
    await expect(recognizeActiveSheet(new MemoryWorkbook([], "不存在"))).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe("RecognitionView", () => {
  let recognition: SheetRecognition;
  beforeAll(async () => {
    recognition = await recognizeActiveSheet(new MemoryWorkbook([grid], "责任分解"));
  });

  it("shows each table's kind, header row, column letters and counts in Chinese", () => {
    const text = textOf(render(<RecognitionView recognition={recognition} messages={zhCN} />));
    expect(text).toContain("工作表“责任分解”");
    expect(text).toContain("表 1：任务分解表");
    expect(text).toContain("表头在第 2 行，表格到第 6 行");
    expect(text).toContain("编号任务 2 项，续行 1 行，分节标题 1 个");
    // Each role with why it went to its column: the header's words and what the cells hold.
    expect(text).toMatch(/序号 表头“序号”；2\/2 格为序号 A .*主要工作任务 表头“主要工作任务”；3\/3 格为短语 B .*责任单位 表头“责任单位”；3\/3 格为单位名称 C/);
  });

  it("and in English", () => {
    const text = textOf(render(<RecognitionView recognition={recognition} messages={enUS} />));
    expect(text).toContain("Table 1: Task breakdown (任务分解表)");
    expect(text).toContain("Header on row 2, table ends on row 6");
    expect(text).toContain("2 numbered tasks, 1 continuation row, 1 section");
  });

  it("renders cell text as text, never as markup", () => {
    const titled: SheetRecognition = {
      ...recognition,
      sheet: "<img src=x onerror=alert(1)>",
      tables: recognition.tables.map((t) => ({ ...t, title: "<b>标题</b>" })),
    };
    const html = render(<RecognitionView recognition={titled} messages={zhCN} />);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;b&gt;标题&lt;/b&gt;");
  });

  it("says what to do when no header row is found, and when the sheet is empty", () => {
    const none = textOf(render(<RecognitionView recognition={{ sheet: "说明", tables: [], noHeader: { rowsExamined: 12 } }} messages={zhCN} />));
    expect(none).toContain("没有找到台账表头");
    expect(none).toContain("在这个工作表的 12 行中没有找到表头行");
    const empty = textOf(render(<RecognitionView recognition={{ sheet: "空", tables: [], noHeader: { rowsExamined: 0 } }} messages={zhCN} />));
    expect(empty).toContain("这个工作表是空的");
  });
});

describe("App", () => {
  it("shows the product name and the recognise button", () => {
    const text = textOf(render(<App messages={zhCN} language="zh-CN" workbook={new MemoryWorkbook([grid])} />));
    expect(text).toContain("台账助手");
    expect(text).toContain("识别当前工作表");
    expect(text).not.toContain(zhCN.notInHost);
  });

  it("explains that it must run in Excel when opened elsewhere", () => {
    const html = render(<App messages={zhCN} language="zh-CN" inExcel={false} workbook={new MemoryWorkbook([grid])} />);
    expect(textOf(html)).toContain(zhCN.notInHost);
    expect(html).toMatch(/<button[^>]*disabled/);
  });

  it("turns failures into sentences that say what to do", () => {
    const missing = new WorkbookError({ reason: "sheet/not-found", params: { sheet: "汇总" } }, "汇总");
    // The host's problem in the pane's language, one language only.
    expect(failureMessage(missing, zhCN)).toBe("找不到工作表“汇总”，它可能刚被重命名或删除。请切换到要处理的工作表后重试。");
    expect(failureMessage(missing, enUS)).toBe('Worksheet "汇总" not found; it may have just been renamed or deleted. Select the sheet and try again.');
    expect(failureMessage(new Error("InvalidOperationInCellEditMode"), zhCN)).toMatch(/按 Enter 或 Esc 结束编辑/);
    expect(failureMessage("boom", enUS)).toMatch(/^Excel did not finish reading the sheet \(boom\)/);
  });
});
