/**
 * The pane's reader (readPickedFile: the browser's DecompressionStream and TextDecoder, Node 18+ has both)
 * against the command line's (openWorkbookForReading: zlib and iconv-lite), on every fixture: the same sheets
 * and grids, or the same refusal naming the file. And the browser entry pulls in nothing of Node's.
 */
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../../engine/grid";
import { WorkbookError } from "../port";
import { readPickedFile } from "./browserRead";
import { openWorkbookForReading } from "./index";
import { canStreamInflate, streamInflateRaw } from "./inflate";
import { READ_LIMITS } from "./limits";
import { sheetsOfBytes } from "./sheetsOfBytes";

jest.setTimeout(120_000);

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");

async function spreadsheets(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder);
  return names.filter((name) => /\.(xlsx|csv)$/iu.test(name)).map((name) => path.join(folder, name));
}

type Reading = { sheets: SheetGrid[] } | { refused: unknown; message: string };

async function reading(read: () => Promise<SheetGrid[]>): Promise<Reading> {
  try {
    return { sheets: await read() };
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    return { refused: error.problem, message: error.message };
  }
}

/** The command line's reading: every sheet of the file (a .csv's one), or its refusal. */
const cliReading = (file: string) =>
  reading(async () => {
    const workbook = await openWorkbookForReading(file);
    return Promise.all((await workbook.sheetNames()).map((name) => workbook.readSheet(name)));
  });

const paneReading = (file: string) =>
  reading(async () => {
    const bytes = new Uint8Array(await fs.readFile(file));
    return readPickedFile({ name: path.basename(file), size: bytes.length, bytes: async () => bytes });
  });

describe("the pane's reader gives the command line's grids", () => {
  it("runs on the browser's DecompressionStream here (not a fallback)", () => {
    expect(canStreamInflate()).toBe(true);
  });

  it.each(["", "places", "bad"])("on the fixtures in test/fixtures/%s", async (folder) => {
    const files = await spreadsheets(path.join(FIXTURES, folder));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const [cli, pane] = [await cliReading(file), await paneReading(file)];
      expect({ file, reading: pane }).toEqual({ file, reading: cli });
    }
    // Both kinds of file, and refusals among the bad ones: the comparison compares something.
    if (folder === "places") expect(files.filter((f) => f.endsWith(".xlsx")).length).toBeGreaterThan(5);
    if (folder === "bad") {
      const refused = await Promise.all(files.map(paneReading));
      expect(refused.filter((r) => "refused" in r).length).toBeGreaterThan(3);
    }
  });

  it("refuses past the same limits with the same message", async () => {
    const file = path.join(FIXTURES, "2021_上半年执行情况.xlsx");
    const bytes = new Uint8Array(await fs.readFile(file));
    const limits = { ...READ_LIMITS, maxCells: 200 };
    const pane = await reading(() => sheetsOfBytes(bytes, "2021_上半年执行情况.xlsx", { inflateRaw: streamInflateRaw }, limits));
    const cli = await reading(async () => {
      const workbook = await openWorkbookForReading(file, { limits: { maxCells: 200 } });
      return [await workbook.readSheet((await workbook.sheetNames())[0])];
    });
    expect(pane).toEqual(cli);
    expect(pane).toMatchObject({ refused: { reason: "file/too-many-cells" } });
  });

  it("refuses a file over the size limit from its size, without reading it", async () => {
    const bytes = jest.fn(async () => new Uint8Array(0));
    const refused = await reading(() => readPickedFile({ name: "全市汇总.xlsx", size: READ_LIMITS.maxFileBytes + 1, bytes }));
    expect(refused).toMatchObject({ refused: { reason: "file/too-large", params: { file: "全市汇总.xlsx", megabytes: 51, limit: 50 } } });
    expect(bytes).not.toHaveBeenCalled();
  });

  it("says which file this Office cannot unpack, and still reads a .csv, where there is no DecompressionStream", async () => {
    const kept = globalThis.DecompressionStream;
    // @ts-expect-error: an older web view, without it
    delete globalThis.DecompressionStream;
    try {
      const xlsx = await paneReading(path.join(FIXTURES, "2021_上半年执行情况.xlsx"));
      expect(xlsx).toMatchObject({ refused: { reason: "file/pane-cannot-unzip", params: { file: "2021_上半年执行情况.xlsx" } } });
      expect((xlsx as { message: string }).message).toMatch(/^无法读取文件 "2021_上半年执行情况\.xlsx"：.*另存为 \.csv/u);
      const csv = path.join(FIXTURES, "2021_上半年执行情况.gb18030.csv");
      expect(await paneReading(csv)).toEqual(await cliReading(csv));
    } finally {
      globalThis.DecompressionStream = kept;
    }
  });
});

/** The files a module imports, relative ones followed, with every package or builtin it names. */
function importsOf(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gmu)]
    .filter((m) => !/^(?:import|export)\s+type\s/u.test(m[0]))
    .map((m) => m[1]);
  seen.set(
    file,
    specifiers.filter((s) => !s.startsWith(".")),
  );
  for (const s of specifiers.filter((s) => s.startsWith("."))) {
    const base = path.resolve(path.dirname(file), s);
    const target = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => {
      try {
        return readFileSync(candidate) !== null;
      } catch {
        return false;
      }
    });
    if (target) importsOf(target, seen);
  }
  return seen;
}

describe("the browser entry", () => {
  it("imports nothing of Node's, nor a package that needs its Buffer (webpack 5 has no polyfills)", () => {
    const graph = importsOf(path.join(__dirname, "browserRead.ts"));
    expect(graph.size).toBeGreaterThan(8);
    const packages = [...new Set([...graph.values()].flat())].sort();
    expect(packages).toEqual(["papaparse", "saxes"]);
  });
});
