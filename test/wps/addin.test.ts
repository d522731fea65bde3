/**
 * @jest-environment jsdom
 */
/// <reference types="et-jsapi-declare" />
/**
 * The WPS加载项's face without WPS: ribbon.xml is well-formed and names only callbacks main.ts exports (and
 * addin.ts puts on the page), a second 打开台账助手 shows the same pane, the commands run over the WPS model and
 * leave their report where the pane looks, and publish writes a jsplugins.xml naming the add-in's archive.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ribbon from "../../src/wps/main";
import { PANE_ID_KEY, REPORT_KEY, useRibbonContext, type WpsAddinHost, type WpsTaskPane } from "../../src/wps/main";
import { pluginStorageReports } from "../../src/wps/reports";
import { WpsWorkbook, type WpsApplication } from "../../src/host/wps/wpsWorkbook";
import type { CommandReport } from "../../src/commands/ribbon";
import { FakeAddinHost, FakeWps } from "../../src/host/wps/fakeWps";
import { tempFolder } from "../tempFolder";
import { expectStrictPolicy } from "../contentSecurityPolicy";

// The compiler checks the face's view of WPS's add-in API against WPS's own declarations.
const declared: WpsAddinHost = {} as WPS.AddonRoot;
const declaredPane: WpsTaskPane = {} as WPS.CustomTaskpane;
void declared;
void declaredPane;

const WPS_DIR = path.join(__dirname, "..", "..", "src", "wps");

function setUp(
  grids = [
    {
      name: "台账",
      values: [
        ["序号", "主要工作任务", "责任单位", "进展状态"],
        [1, "任务一", "市发改委", "已完成"],
      ],
      merges: [],
    },
  ],
) {
  const host = new FakeAddinHost();
  const wps = new FakeWps(grids);
  useRibbonContext({
    host: () => host,
    workbook: () => new WpsWorkbook(wps.application as unknown as WpsApplication),
    baseUrl: () => "http://127.0.0.1:3889/taizhang_0.1.0/index.html",
    language: () => "zh-CN",
  });
  return { host, wps };
}

afterEach(() => useRibbonContext(null));

describe("ribbon.xml", () => {
  const xml = fs.readFileSync(path.join(WPS_DIR, "ribbon.xml"), "utf8");
  const doc = new DOMParser().parseFromString(xml, "application/xml");

  it("is well-formed CustomUI", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("customUI");
    expect(doc.documentElement.namespaceURI).toBe("http://schemas.microsoft.com/office/2006/01/customui");
  });

  it("has the four buttons, and every callback it names is exported by main.ts and set by addin.ts", () => {
    const buttons = [...doc.getElementsByTagName("button")];
    expect(buttons.map((b) => b.getAttribute("label"))).toEqual(["打开台账助手", "校验本表", "生成汇总", "清除标记"]);
    const callbacks = new Set<string>();
    for (const element of [doc.documentElement, ...buttons]) {
      for (const attribute of ["onLoad", "onAction", "getImage", "getEnabled", "getLabel", "getVisible"]) {
        const name = element.getAttribute(attribute);
        if (name) callbacks.add(name);
      }
    }
    expect([...callbacks].sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad", "OnGetEnabled"]);
    const before = new Set(Object.keys(globalThis));
    // Here no WPS registers the worksheet functions (nor is the build's list of them defined): the ribbon must
    // still be set, the failure only logged.
    const logged = jest.spyOn(console, "error").mockImplementation(() => {});
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/wps/addin");
    expect(logged).toHaveBeenCalledWith("台账助手: worksheet functions not registered", expect.anything());
    logged.mockRestore();
    for (const name of callbacks) {
      expect(typeof (ribbon as Record<string, unknown>)[name]).toBe("function");
      expect((globalThis as Record<string, unknown>)[name]).toBe((ribbon as Record<string, unknown>)[name] ?? "missing");
    }
    expect(before.has("OnAction")).toBe(false);
  });

  it("gives each button an icon the build copies", () => {
    for (const button of doc.getElementsByTagName("button")) {
      const image = ribbon.GetImage({ Id: button.id });
      expect(fs.existsSync(path.join(__dirname, "..", "..", image))).toBe(true);
    }
  });
});

describe("the ribbon's callbacks", () => {
  it("opens the pane beside the entry page once, and shows the same pane on a second click", () => {
    const { host } = setUp();
    ribbon.OnAction({ Id: "openPane" });
    expect(host.panes).toEqual([{ ID: 100, Visible: true, url: "http://127.0.0.1:3889/taizhang_0.1.0/taskpane.html" }]);
    host.panes[0].Visible = false; // the clerk closed it
    ribbon.OnAction({ Id: "openPane" });
    expect(host.panes).toHaveLength(1);
    expect(host.panes[0].Visible).toBe(true);
    expect(host.PluginStorage.getItem(PANE_ID_KEY)).toBe("100");
  });

  it("makes a new pane when the kept one is gone", () => {
    const { host } = setUp();
    host.PluginStorage.setItem(PANE_ID_KEY, 7);
    ribbon.showPane();
    expect(host.panes.map((p) => p.ID)).toEqual([100]);
  });

  it("校验本表 checks the active sheet over the WPS model, keeps the report for the pane and shows it", async () => {
    const { host } = setUp();
    const report = await ribbon.runCommand("validateSheet");
    expect(report).toEqual(expect.objectContaining({ command: "validateSheet", ok: true, title: "校验本表" }));
    expect(report.message).toContain("台账");
    expect(JSON.parse(host.PluginStorage.getItem(REPORT_KEY))).toEqual(report);
    expect(host.panes).toHaveLength(1);
  });

  it("清除标记 reports without opening the pane; a failure opens it with the reason", async () => {
    const { host } = setUp();
    expect((await ribbon.runCommand("clearMarks")).ok).toBe(true);
    expect(host.panes).toHaveLength(0);
    const empty = setUp([]);
    const failed = await ribbon.runCommand("validateSheet");
    expect(failed.ok).toBe(false);
    expect(failed.message).not.toMatch(/at .*\.ts/u);
    expect(empty.host.panes).toHaveLength(1);
  });
  it("says so in a message box when WPS will not show the pane after a command", async () => {
    const { host } = setUp();
    host.CreateTaskPane = () => {
      throw new Error("任务窗格创建失败");
    };
    const alert = jest.spyOn(globalThis, "alert").mockImplementation(() => undefined);
    ribbon.OnAction({ Id: "validateSheet" });
    // OnAction answers WPS at once and runs the command after: wait for it by turns of the event loop, not by time.
    for (let turn = 0; turn < 10_000 && alert.mock.calls.length === 0; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(alert).toHaveBeenCalledWith("任务窗格创建失败");
    alert.mockRestore();
  });
});

describe("reports reaching the pane", () => {
  it("tells the listener of a report written after the pane opened, once", () => {
    const host = new FakeAddinHost();
    host.PluginStorage.setItem(REPORT_KEY, JSON.stringify({ command: "clearMarks", ok: true, title: "清除标记", message: "old", at: "x" }));
    let tick = () => undefined as void;
    const subscribe = pluginStorageReports(host.PluginStorage, (next) => {
      tick = next;
      return () => undefined;
    });
    const heard: CommandReport[] = [];
    subscribe((report) => heard.push(report));
    tick();
    expect(heard).toEqual([]);
    const fresh: CommandReport = { command: "validateSheet", ok: true, title: "校验本表", message: "new", at: "y" };
    host.PluginStorage.setItem(REPORT_KEY, JSON.stringify(fresh));
    tick();
    tick();
    expect(heard).toEqual([fresh]);
  });
});

describe("publish-wps", () => {
  const temp = tempFolder("taizhang-wps-publish-");

  it("writes the add-in folder, its archive and a jsplugins.xml naming them", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { publish } = require("../../scripts/publish-wps.js") as {
      publish: (o: { distDir: string; outDir: string; version: string; baseUrl: string }) => Promise<Record<string, string>>;
    };
    const dist = path.join(temp.dir(), "dist-wps");
    fs.mkdirSync(path.join(dist, "assets"), { recursive: true });
    for (const file of ["index.html", "ribbon.xml", "taskpane.html", "assets/icon-32.png"]) fs.writeFileSync(path.join(dist, file), file);
    const out = path.join(temp.dir(), "out");
    const written = await publish({ distDir: dist, outDir: out, version: "1.2.3", baseUrl: "http://intranet.example/wps/" });
    expect(fs.readFileSync(path.join(out, "taizhang_1.2.3", "assets", "icon-32.png"), "utf8")).toBe("assets/icon-32.png");
    expect(fs.statSync(written.archive).size).toBeGreaterThan(0);
    const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(out, "jsplugins.xml"), "utf8"), "application/xml");
    const plugins = [...doc.getElementsByTagName("jsplugin")].map((p) => Object.fromEntries([...p.attributes].map((a) => [a.name, a.value])));
    expect(plugins).toEqual([{ name: "taizhang", type: "et", url: "http://intranet.example/wps/taizhang_1.2.3.zip", version: "1.2.3" }]);
    const online = new DOMParser().parseFromString(fs.readFileSync(path.join(out, "jsplugins.online.xml"), "utf8"), "application/xml");
    expect(online.getElementsByTagName("jsplugin")[0].getAttribute("url")).toBe("http://intranet.example/wps/taizhang_1.2.3/");
  });

  it("refuses a folder that was not built", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { publish } = require("../../scripts/publish-wps.js") as { publish: (o: object) => Promise<unknown> };
    await expect(publish({ distDir: path.join(temp.dir(), "none"), outDir: path.join(temp.dir(), "o"), version: "1", baseUrl: "x" })).rejects.toThrow(
      /npm run build:wps/u,
    );
  });
});

describe("the WPS pages' Content-Security-Policy", () => {
  it.each(["index.html", "taskpane.html"])("%s: scripts only from the add-in's folder, never inline or eval'd", (file) => {
    expectStrictPolicy(fs.readFileSync(path.join(WPS_DIR, file), "utf8"), []);
  });
});
