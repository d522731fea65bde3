/**
 * In WPS the pane and the ribbon's reports name WPS 表格, not Excel: the WPS face asks for its host's words, and
 * the catalogues' Excel texts stay as they were.
 */
import { messagesFor } from "../../src/i18n";
import { enUS } from "../../src/i18n/en-US";
import { zhCN } from "../../src/i18n/zh-CN";
import { runCommand, useRibbonContext } from "../../src/wps/main";
import type { WorkbookPort } from "../../src/host/port";

afterEach(() => useRibbonContext(null));

describe("the texts that name the program", () => {
  it("say WPS 表格 in WPS, in Chinese and in English", () => {
    const zh = messagesFor("zh-CN", "wps");
    expect(zh.notInHost).toBe("请在 WPS 表格中打开台账助手：在“台账助手”选项卡点击“打开台账助手”。");
    expect(zh.errorUnexpected("超时")).toMatch(/^WPS 表格没有完成这次读取（超时）。/u);
    expect(zh.areas.importNeedsXlsx("a.txt")).toBe("“a.txt”不是 .xlsx 工作簿。请在 WPS 表格中另存为 .xlsx 后再导入。");
    const en = messagesFor("en-US", "wps");
    expect(en.notInHost).toBe("Open Taizhang from WPS Spreadsheets (WPS 表格): on the 台账助手 tab, choose 打开台账助手.");
    for (const text of [
      zh.notInHost,
      zh.errorUnexpected("x"),
      zh.areas.importNeedsXlsx("a"),
      en.notInHost,
      en.errorUnexpected("x"),
      en.areas.importNeedsXlsx("a"),
      // 分发: where a new workbook can be opened, and whether downloads work, are said per program.
      ...[zh, en].flatMap((m) => [m.areas.split.cannotOpen, m.areas.split.cannotOpenHere, m.areas.split.zipHint]),
    ])
      expect(text).not.toContain("Excel");
    expect(zh.areas.split.cannotOpen).toMatch(/^WPS 表格中暂不能从任务窗格直接打开新工作簿。/u);
  });

  it("say Excel in Excel, as before, and change nothing else", () => {
    expect(messagesFor("zh-CN")).toBe(zhCN);
    expect(zhCN.notInHost).toBe("请在 Excel 中打开台账助手：在“开始”选项卡点击“打开台账助手”。");
    expect(enUS.notInHost).toBe("Open Taizhang from Excel: on the Home tab, choose Open Taizhang.");
    const wps = messagesFor("zh-CN", "wps");
    const split = (m: typeof zhCN) => ({ ...m.areas.split, cannotOpen: "", cannotOpenHere: "", zipHint: "" });
    expect({ ...wps, notInHost: "", errorUnexpected: null, areas: { ...wps.areas, importNeedsXlsx: null, split: split(wps) } }).toEqual({
      ...zhCN,
      notInHost: "",
      errorUnexpected: null,
      areas: { ...zhCN.areas, importNeedsXlsx: null, split: split(zhCN) },
    });
    expect(zhCN.areas.split.cannotOpen).toMatch(/^此版本的 Excel 不能从任务窗格直接打开新工作簿/u);
  });

  it("a ribbon command that fails unexpectedly in WPS says WPS 表格 in its report", async () => {
    const broken = new Proxy({} as WorkbookPort, {
      get: () => () => Promise.reject(new Error("RPC 超时")),
    });
    const stored = new Map<string, string>();
    useRibbonContext({
      host: () => ({
        CreateTaskPane: () => ({ ID: 1, Visible: false }),
        GetTaskPane: () => ({ ID: 1, Visible: false }),
        PluginStorage: { getItem: (key) => stored.get(key) ?? "", setItem: (key, value) => void stored.set(key, String(value)) },
      }),
      workbook: () => broken,
      baseUrl: () => "http://127.0.0.1/taizhang/index.html",
      language: () => "zh-CN",
    });
    const report = await runCommand("validateSheet");
    expect(report.ok).toBe(false);
    expect(report.message).toContain("WPS 表格没有完成这次读取（RPC 超时）");
  });
});
