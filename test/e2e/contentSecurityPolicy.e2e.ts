/**
 * @jest-environment jsdom
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { expectStrictPolicy, pagePolicy } from "../contentSecurityPolicy";

/**
 * The pages as served: HtmlWebpackPlugin turns the templates (checked in test/contentSecurityPolicy.test.ts)
 * into dist/ with the bundles' <script> tags added and the markup minified. Needs `npm run build` first.
 */
const root = path.join(__dirname, "..", "..");
const DIST = path.join(root, "dist");
/** The preview is built apart, so it never ships with the add-in. */
const DIST_PREVIEW = path.join(root, "dist-preview");

describe("Content-Security-Policy of the built pages", () => {
  it.each([
    ["taskpane.html", "src/taskpane/taskpane.html", ["https://appsforoffice.microsoft.com"], DIST],
    ["preview.html", "src/preview/preview.html", [], DIST_PREVIEW],
  ])("%s keeps the template's policy, and every script the build added is allowed by it", (page, template, hosts, dir) => {
    const built = readFileSync(path.join(dir, page), "utf8");
    expectStrictPolicy(built, hosts);
    expect([...pagePolicy(built).policy.directives]).toEqual([...pagePolicy(readFileSync(path.join(root, template), "utf8")).policy.directives]);
    // The bundles the page loads from its own origin are there: the page would not run otherwise.
    const local = pagePolicy(built)
      .scripts.map((script) => script.src ?? "")
      .filter((src) => !/^https?:/u.test(src));
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((src) => !existsSync(path.join(dir, src)))).toEqual([]);
  });

  it("ships no preview with the add-in: dist/ holds the pane, the functions, icons and manifest only", () => {
    expect(existsSync(path.join(DIST, "preview.html"))).toBe(false);
    expect(readdirSync(DIST).filter((name) => /^preview/u.test(name))).toEqual([]);
  });
});
