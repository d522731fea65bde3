/**
 * The Content-Security-Policy a page sets in its <meta http-equiv>, parsed as a browser parses it, and the
 * checks issue 7 asks of the pane's pages. Needs a DOM (`@jest-environment jsdom`): the built pages are
 * minified (attributes unquoted), so only a real HTML parse finds the tag reliably.
 */

/** The directives of a serialised policy (CSP Level 3, "parse a serialized CSP"): name → source list. */
export function parsePolicy(serialized: string): { directives: Map<string, string[]>; duplicates: string[] } {
  const directives = new Map<string, string[]>();
  const duplicates: string[] = [];
  for (const token of serialized.split(";")) {
    const [name, ...sources] = token.trim().split(/[\t\n\f\r ]+/u);
    if (!name) continue;
    const key = name.toLowerCase();
    // A browser keeps the first and ignores any repeat; a repeat is a mistake worth reporting.
    if (directives.has(key)) duplicates.push(key);
    else
      directives.set(
        key,
        sources.map((source) => source.toLowerCase()),
      );
  }
  return { directives, duplicates };
}

/** What a page says about its policy and its scripts. */
export function pagePolicy(html: string) {
  const document = new DOMParser().parseFromString(html, "text/html");
  const metas = [...document.querySelectorAll("meta[http-equiv]")].filter(
    (meta) => meta.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  const scripts = [...document.querySelectorAll("script")];
  const [meta] = metas;
  return {
    policies: metas.length,
    policy: parsePolicy(meta?.getAttribute("content") ?? ""),
    // A policy in a <meta> governs only what comes after it; a script above it would run unchecked.
    inHeadBeforeScripts:
      meta !== undefined &&
      meta.parentElement === document.head &&
      scripts.every((script) => meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING),
    scripts: scripts.map((script) => ({ src: script.getAttribute("src"), inline: script.textContent?.trim() ?? "" })),
    inlineHandlers: [...document.querySelectorAll("*")].flatMap((element) => element.getAttributeNames().filter((name) => name.toLowerCase().startsWith("on"))),
  };
}

const DANGEROUS_SCRIPT_SOURCES = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'wasm-unsafe-eval'",
  "'unsafe-hashes'",
  "'strict-dynamic'",
  "*",
  "data:",
  "blob:",
  "https:",
  "http:",
];

/**
 * The pane's policy: everything restricted to the page's own origin by default; scripts only from it and
 * `scriptHosts`, never inline or eval'd; no plugins; and the page's own scripts all allowed by that.
 */
export function expectStrictPolicy(html: string, scriptHosts: readonly string[]): void {
  const page = pagePolicy(html);
  expect({ policies: page.policies, inHeadBeforeScripts: page.inHeadBeforeScripts, duplicates: page.policy.duplicates }).toEqual({
    policies: 1,
    inHeadBeforeScripts: true,
    duplicates: [],
  });
  const { directives } = page.policy;
  const only = (name: string, allowed: readonly string[]) =>
    expect([name, (directives.get(name) ?? []).filter((source) => !allowed.includes(source))]).toEqual([name, []]);

  expect(directives.get("default-src")?.length).toBeGreaterThan(0);
  only("default-src", ["'self'", "'none'"]);
  // base-uri and form-action do not fall back to default-src, so each must be set to be restricted.
  for (const name of ["base-uri", "form-action"]) {
    expect([name, directives.has(name)]).toEqual([name, true]);
    only(name, ["'self'", "'none'"]);
  }

  // Without script-src, scripts fall back to default-src.
  const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
  expect([...scriptSrc].sort()).toEqual(["'self'", ...scriptHosts].sort());
  expect(scriptSrc.filter((source) => DANGEROUS_SCRIPT_SOURCES.includes(source))).toEqual([]);
  // These would override script-src for elements or for event-handler attributes.
  expect(["script-src-elem", "script-src-attr"].filter((name) => directives.has(name))).toEqual([]);
  if (directives.has("object-src")) expect(directives.get("object-src")).toEqual(["'none'"]);

  // The page itself runs under that policy: no inline script or handler, every script from an allowed place.
  expect(page.inlineHandlers).toEqual([]);
  expect(page.scripts.filter((script) => script.src === null || script.inline !== "")).toEqual([]);
  const allowed = (src: string) => !/^[a-z][a-z\d+.-]*:|^\/\//iu.test(src) || scriptHosts.some((host) => src.toLowerCase().startsWith(`${host}/`));
  expect(page.scripts.map((script) => script.src ?? "").filter((src) => !allowed(src))).toEqual([]);
}
