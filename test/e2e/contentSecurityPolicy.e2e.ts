/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { expectStrictPolicy, pagePolicy } from "../contentSecurityPolicy";

/**
 * The pages as served: HtmlWebpackPlugin turns the templates (checked in test/contentSecurityPolicy.test.ts)
 * into dist/ with the bundles' <script> tags added and the markup minified. Needs `npm run build` first.
 */
const root = path.join(__dirname, "..", "..");
const DIST = path.join(root, "dist");

describe("Content-Security-Policy of the built pages", () => {
  it.each([
    ["taskpane.html", "src/taskpane/taskpane.html", ["https://appsforoffice.microsoft.com"]],
    ["preview.html", "src/preview/preview.html", []],
  ])("dist/%s keeps the template's policy, and every script the build added is allowed by it", (page, template, hosts) => {
    const built = readFileSync(path.join(DIST, page), "utf8");
    expectStrictPolicy(built, hosts);
    expect([...pagePolicy(built).policy.directives]).toEqual([...pagePolicy(readFileSync(path.join(root, template), "utf8")).policy.directives]);
    // The bundles the page loads from its own origin are there: the page would not run otherwise.
    const local = pagePolicy(built).scripts.map((script) => script.src ?? "").filter((src) => !/^https?:/u.test(src));
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((src) => !existsSync(path.join(DIST, src)))).toEqual([]);
  });
});
