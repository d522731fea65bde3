import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The layout's promises, read off the source: no two folders import each other (directly or round a circle),
 * and Excel is reached only through src/host/office. The lint rules stop a layer importing one above it; this
 * catches circles inside a layer too (engine/units ↔ engine/settings, taskpane ↔ commands …).
 */
const SRC = path.join(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

/** A file's folder as the layout names it: engine/<part> and host/<part>, else the face's folder. */
function folderOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  if ((parts[0] === "engine" || parts[0] === "host") && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

/** Where a relative import lands, as a file of src, or null when it leaves src or names a package. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (candidate.startsWith(SRC) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const files = sourceFiles(SRC);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/gu;

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2]);
      if (target !== null && folderOf(target) !== from) edges.add(folderOf(target));
    }
  }
  return graph;
}

/** Tarjan's strongly connected components: each of more than one folder is a circle. */
function circles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) as number, indices.get(next) as number));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

describe("the layout", () => {
  it("reads every source file's imports (the check below has something to check)", () => {
    const graph = folderGraph();
    expect(graph.get("app")).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...(graph.get("cli") ?? [])]).toEqual(expect.arrayContaining(["app", "host/files", "engine/validate"]));
  });

  it("joins no two folders in a circle", () => {
    expect(circles(folderGraph())).toEqual([]);
  });

  it("lets only the preview and the WPS face import the pane", () => {
    const importers = [...folderGraph()].filter(([, edges]) => edges.has("taskpane")).map(([folder]) => folder);
    expect(importers.sort()).toEqual(["preview", "wps"]);
  });

  it("finds a circle where there is one", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(circles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("reaches Excel.run in src/host/office only", () => {
    const callers = files.filter((file) => /\bExcel\.run\s*\(/u.test(fs.readFileSync(file, "utf8"))).map((file) => path.relative(SRC, file));
    expect(callers.length).toBeGreaterThan(0);
    expect(callers.filter((file) => !file.startsWith(`host${path.sep}office${path.sep}`))).toEqual([]);
  });

  // The WPS declarations make `Application`, `Et` and `WPS` global to every file the compiler sees: this keeps
  // their use (and the reference that brings them) in the WPS adapter.
  it("touches WPS's object model in src/host/wps only", () => {
    const wps = /et-jsapi-declare|\b(Et|WPS|Kso)\.[A-Z]|\bApplication\.(ActiveWorkbook|ApiEvent)|\bwps\.[A-Z]/u;
    const users = files.filter((file) => wps.test(fs.readFileSync(file, "utf8"))).map((file) => path.relative(SRC, file));
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((file) => !file.startsWith(`host${path.sep}wps${path.sep}`))).toEqual([]);
  });
});
