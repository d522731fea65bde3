/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { expectStrictPolicy, parsePolicy } from "./contentSecurityPolicy";

/** Where office.js comes from: Office requires Microsoft's CDN (taskpane.html). */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

// These are HtmlWebpackPlugin's templates: the build injects the bundles' <script> tags and minifies them
// into dist/. test/e2e/contentSecurityPolicy.e2e.ts checks the built pages the same way after npm run build.
const template = (file: string) => readFileSync(path.join(__dirname, "..", "src", file), "utf8");

describe("Content-Security-Policy of the pages (templates)", () => {
  it.each([
    ["taskpane/taskpane.html", [OFFICE_CDN]],
    ["preview/preview.html", []],
  ])("%s: scripts only from this origin (and %j), never inline or eval'd; everything else restricted", (file, hosts) => {
    expectStrictPolicy(template(file), hosts);
  });

  it("parses a policy as a browser does: names ignore case, sources split on any white space, the first of a repeat counts", () => {
    const { directives, duplicates } = parsePolicy(" Default-Src 'self' ;;script-src\t'self'\n https://a.example; script-src 'unsafe-eval'; ");
    expect([...directives]).toEqual([
      ["default-src", ["'self'"]],
      ["script-src", ["'self'", "https://a.example"]],
    ]);
    expect(duplicates).toEqual(["script-src"]);
  });

  // Each of these pages breaks one rule; the check must catch every one (it cannot pass on anything).
  const page = (policy: string, head = "") =>
    `<!doctype html><html><head>${head}<meta http-equiv="Content-Security-Policy" content="${policy}"><script src="app.js"></script></head><body></body></html>`;
  const GOOD = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

  it("accepts a strict page", () => {
    expect(() => expectStrictPolicy(page(GOOD), [])).not.toThrow();
  });

  /** The message of the check's failure on a page (colours removed), or "" when it passes. */
  const failureOn = (html: string): string => {
    try {
      expectStrictPolicy(html, []);
      return "";
    } catch (error) {
      // Without the terminal colour codes Jest puts in its messages.
      return (error as Error).message.replace(/\x1b\[[\d;]*m/gu, "");
    }
  };

  // The part of each failure message that shows it failed for the rule broken, not another.
  it.each([
    ["'unsafe-eval' for scripts", page(GOOD.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")), `"'unsafe-eval'"`],
    ["'unsafe-inline' for scripts", page(GOOD.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")), `"'unsafe-inline'"`],
    ["another script host", page(GOOD.replace("script-src 'self'", "script-src 'self' https://cdn.example")), `"https://cdn.example"`],
    ["no script-src and a loose default-src", page(GOOD.replace("script-src 'self'; ", "").replace("default-src 'self'", "default-src *")), `"*"`],
    ["an open default-src", page(GOOD.replace("default-src 'self'", "default-src 'self' https:")), `"https:"`],
    ["no default-src", page(GOOD.replace("default-src 'self'; ", "")), "toBeGreaterThan"],
    ["object-src not 'none'", page(GOOD.replace("object-src 'none'", "object-src 'self'")), `"'self'"`],
    ["script-src-attr overriding script-src", page(`${GOOD}; script-src-attr 'unsafe-inline'`), `"script-src-attr"`],
    ["a repeated directive", page(`${GOOD}; script-src 'self'`), `"duplicates": Array [\n+     "script-src"`],
    ["no base-uri", page(GOOD.replace("; base-uri 'self'", "")), `"base-uri",\n-   true,\n+   false`],
    ["a script above the policy", page(GOOD, '<script src="early.js"></script>'), `+   "inHeadBeforeScripts": false`],
    ["an inline script", page(GOOD).replace("</head>", "<script>alert(1)</script></head>"), `"inline": "alert(1)"`],
    ["an inline handler", page(GOOD).replace("<body>", '<body onload="go()">'), `"onload"`],
    ["no policy", page(GOOD).replace('http-equiv="Content-Security-Policy"', 'name="x"'), `+   "policies": 0`],
  ])("refuses a page with %s", (_label, html, reason) => {
    expect(failureOn(html)).toContain(reason);
  });
});
