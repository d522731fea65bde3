import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, type Page } from "playwright-core";
import { launchChromium } from "./chromium";

/**
 * The built WPS加载项's entry page (dist-wps/index.html) as WPS loads it, from its folder (file:, its
 * Content-Security-Policy in force), with a stand-in for WPS's global `wps` put on the page before its scripts run:
 * the page defines the ribbon's callbacks and registers the six worksheet functions through wps.AddCustomFunction,
 * and a WPS without that call loses nothing else. Needs `npm run build:wps` first.
 */
const ENTRY = path.join(__dirname, "..", "..", "dist-wps", "index.html");

let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(ENTRY)) throw new Error("dist-wps/index.html is missing: run npm run build:wps first");
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The entry page, with or without the function API, and what it failed at. */
async function load(withFunctionApi: boolean): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale: "zh-CN" });
  const errors: string[] = [];
  page.on("pageerror", (error) => void errors.push(error.message));
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  await page.addInitScript((api: boolean) => {
    const registered: { name: string; namespace: string; callback: (...args: unknown[]) => unknown; metadata: unknown }[] = [];
    Object.assign(window, { registered });
    if (api)
      Object.assign(window, {
        wps: {
          AddCustomFunction: (namespace: string, name: string, callback: never, metadata: unknown) => registered.push({ namespace, name, callback, metadata }),
        },
      });
  }, withFunctionApi);
  await page.goto(pathToFileURL(ENTRY).href);
  await page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function");
  return { page, errors };
}

describe("the built entry page", () => {
  it("registers the six functions, which answer as Excel's do", async () => {
    const { page, errors } = await load(true);
    const names = await page.evaluate(() =>
      (window as unknown as { registered: { namespace: string; name: string }[] }).registered.map((r) => `${r.namespace}.${r.name}`),
    );
    expect(names).toEqual(["TAIZHANG.TARGETS", "TAIZHANG.TARGET", "TAIZHANG.PRIOR", "TAIZHANG.CHANGE", "TAIZHANG.CATEGORY", "TAIZHANG.UNITS"]);
    const results = await page.evaluate(() => {
      const registered = (window as unknown as { registered: { name: string; callback: (...args: unknown[]) => unknown }[] }).registered;
      const call = (name: string, ...args: unknown[]) => registered.find((r) => r.name === name)?.callback(...args);
      return [
        call("TARGETS", "社会消费品零售总额增长5.5%以上"),
        call("TARGET", "城镇新增就业5万人"),
        call("TARGET", "加强党的建设"),
        call("CATEGORY", "部分滞后"),
        call("UNITS", "市发改委、秀洲区政府"),
      ];
    });
    expect(results).toEqual([[["社会消费品零售总额", 5.5, "%", "以上"]], 5, "#N/A", "滞后", [["市发改委"], ["秀洲区政府"]]]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in a WPS without the function API, registers nothing and still defines the ribbon's callbacks", async () => {
    const { page, errors } = await load(false);
    const defined = await page.evaluate(() =>
      ["OnAddinLoad", "OnAction", "GetImage", "OnGetEnabled"].map((name) => typeof (window as unknown as Record<string, unknown>)[name]),
    );
    expect(defined).toEqual(["function", "function", "function", "function"]);
    expect(await page.evaluate(() => (window as unknown as { registered: unknown[] }).registered.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
