import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { type Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { blankPaddedWorkbook } from "./zipBomb";

/**
 * The preview server as an attacker meets it: it answers only to its own Host (DNS rebinding), takes a file only
 * from its own page (the page's token in a header of its own, the right Content-Type, its own Origin), so another
 * site's no-cors POST is never read; and a zip bomb sent by the page costs an error in the clerk's words, not
 * the server: its memory stays where it was and it goes on serving the workbook it had.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { start } = require("../../scripts/preview.js") as {
  start: (o: { port: number }) => Promise<{ server: Server; url: string; reads: () => number }>;
};

const root = path.join(__dirname, "..", "..");
const FIXTURES = path.join(root, "test", "fixtures");
const RESULTS = path.join(root, "test-results");
const CSV = fs.readFileSync(path.join(FIXTURES, "2021_民生实事.csv"));
const CHINESE = /[\u4e00-\u9fa5]/u;
/** What a clerk must never be shown: Node's or V8's own text. */
const NODE_TEXT = /Error\b|heap|ENOENT|errno|\bat \w|\.js:\d|stack/u;

interface Reply {
  status: number;
  text: string;
}

function call(url: string, options: http.RequestOptions = {}, body?: Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, options, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** The token as the page gets it: from the page the server serves. */
async function pageToken(url: string): Promise<string> {
  const page = await call(url);
  const token = /<meta name="taizhang-preview-token" content="([^"]+)"/u.exec(page.text)?.[1];
  if (!token) throw new Error("the served page carries no token");
  return token;
}

function errorOf(reply: Reply): { code: string; message: string } {
  return (JSON.parse(reply.text) as { error: { code: string; message: string } }).error;
}

describe("the preview server, in this process", () => {
  let server: Server;
  let url = "";
  let reads: () => number;
  let host = "";
  let token = "";
  /** Every request the server received, as "METHOD path": a refusal must be of a request that did arrive. */
  const received: string[] = [];

  beforeAll(async () => {
    ({ server, url, reads } = await start({ port: 0 }));
    server.on("request", (request: http.IncomingMessage) => received.push(`${request.method} ${request.url?.split("?")[0]}`));
    host = new URL(url).host;
    token = await pageToken(url);
  });

  afterAll(() => server?.close());

  /** A file sent to /api/open as the page sends it, with any header replaced or (undefined) left out. */
  function upload(headers: Record<string, string | undefined>, body: Buffer = CSV, pathname = "api/open?name=x.csv"): Promise<Reply> {
    const own: Record<string, string | undefined> = {
      Host: host,
      Origin: `http://${host}`,
      "Content-Type": "application/octet-stream",
      "X-Taizhang-Token": token,
      ...headers,
    };
    const sent = Object.fromEntries(Object.entries(own).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return call(new URL(pathname, url).href, { method: "POST", headers: sent }, body);
  }

  it("answers only to its own Host, on every route: a rebound name or another port is refused", async () => {
    const port = new URL(url).port;
    expect((await call(`${url}api/workbook`, { headers: { Host: `localhost:${port}` } })).status).toBe(200);
    for (const foreign of ["evil.example", `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, "127.0.0.1", `[::1]:${port}`]) {
      for (const route of ["api/workbook", "", "preview.html"]) {
        const reply = await call(`${url}${route}`, { headers: { Host: foreign } });
        expect([foreign, route, reply.status]).toEqual([foreign, route, 403]);
        expect(errorOf(reply)).toEqual(expect.objectContaining({ code: "host/forbidden", message: expect.stringMatching(CHINESE) }));
      }
    }
    const before = reads();
    const posted = await upload({ Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` });
    expect(posted.status).toBe(403);
    expect(errorOf(posted).code).toBe("host/forbidden");
    expect(reads()).toBe(before);
  });

  it("gives its token only in its page, a new one each start", async () => {
    expect(token).toMatch(/^[\w-]{40,}$/u);
    const other = await start({ port: 0 });
    try {
      expect(await pageToken(other.url)).not.toBe(token);
    } finally {
      other.server.close();
    }
    expect((await call(`${url}api/workbook`)).text).not.toContain(token);
  });

  it("reads a file sent with the page's token, and refuses, unread, one without it or with another type or origin", async () => {
    const before = reads();
    const accepted = await upload({});
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.text)).toEqual(expect.objectContaining({ file: "x.csv" }));
    expect(reads()).toBe(before + 1);

    const refused: [string, Record<string, string | undefined>][] = [
      ["no token", { "X-Taizhang-Token": undefined }],
      ["another token", { "X-Taizhang-Token": "x".repeat(token.length) }],
      ["a form's type", { "Content-Type": "application/x-www-form-urlencoded" }],
      ["a no-cors fetch's type", { "Content-Type": "text/plain;charset=UTF-8" }],
      ["no type", { "Content-Type": undefined }],
      ["another origin", { Origin: "http://evil.example" }],
      ["an opaque origin", { Origin: "null" }],
      ["another site, as the browser says", { "Sec-Fetch-Site": "cross-site" }],
    ];
    for (const [what, headers] of refused) {
      const reply = await upload(headers);
      expect([what, reply.status]).toEqual([what, 403]);
      expect(errorOf(reply)).toEqual({ code: "upload/forbidden", reason: "upload/forbidden", message: "只接受本预览页面发送的文件。" });
    }
    expect(errorOf(await upload({ "X-Taizhang-Token": undefined }, CSV, "api/open?name=x.csv&lang=en-US")).message).toBe(
      "Only this preview page may send files.",
    );
    // Any other request that sends something: refused without the token, and with it not taken either.
    expect((await upload({ "X-Taizhang-Token": undefined }, CSV, "api/workbook")).status).toBe(403);
    expect((await upload({}, CSV, "api/workbook")).status).toBe(405);
    expect((await call(`${url}api/open`, { method: "OPTIONS", headers: { Origin: "http://evil.example" } })).status).toBe(403);
    expect(reads()).toBe(before + 1);
  });

  it("never reads what a page of another origin sends, with no-cors or with a guessed token", async () => {
    const evil = http.createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end("<!doctype html><title>another site</title>");
    });
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(evil.address() as { port: number }).port}/`);
      const before = reads();
      const arrivedBefore = received.filter((r) => r.endsWith(" /api/open")).length;
      const outcomes = await page.evaluate(
        async ({ target, bytes }) => {
          const body = new Uint8Array(bytes);
          const noCors = await fetch(target, { method: "POST", mode: "no-cors", body }).then(
            (response) => response.type,
            (error: unknown) => `failed: ${String(error)}`,
          );
          const guessed = await fetch(target, {
            method: "POST",
            headers: { "Content-Type": "application/octet-stream", "X-Taizhang-Token": "guess" },
            body,
          }).then(
            (response) => `answered ${response.status}`,
            () => "blocked",
          );
          return { noCors, guessed };
        },
        { target: `${url}api/open?name=x.csv`, bytes: [...CSV] },
      );
      // The browser sent the no-cors POST (its answer is opaque to the page) and asked first for the other
      // (a preflight), which the server refused: neither reached a reader.
      expect(outcomes).toEqual({ noCors: "opaque", guessed: "blocked" });
      const arrived = received.filter((r) => r.endsWith(" /api/open")).slice(arrivedBefore);
      expect(arrived).toEqual(expect.arrayContaining(["POST /api/open", "OPTIONS /api/open"]));
      expect(arrived.filter((r) => r === "POST /api/open")).toHaveLength(1);
      expect(reads()).toBe(before);
    } finally {
      await browser?.close();
      evil.close();
    }
  }, 180_000);
});

/** The server's resident and peak memory, in MB (Linux: /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Math.round(Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "mu").exec(status)?.[1] ?? NaN) / 1024);
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/** The processes whose parent is `pid` (Linux: /proc/N/stat, whose fourth field, after the name, is the parent). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/u.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

/** The largest peak of the server's child processes (its readers) while `during` runs, sampled. */
async function childrenPeak<T>(pid: number, during: Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = 0;
  const sample = () => {
    for (const child of childrenOf(pid)) {
      try {
        // A reader that is ending has no memory figures left (NaN).
        const { peak: childPeak } = memoryOf(child);
        if (Number.isFinite(childPeak)) peak = Math.max(peak, childPeak);
      } catch {
        // A reader that just ended: the figure is a report, not a check.
      }
    }
  };
  const timer = setInterval(sample, 100);
  try {
    return { result: await during, peak };
  } finally {
    clearInterval(timer);
  }
}

describe("a zip bomb sent by the page, to a server in a process of its own", () => {
  let child: ChildProcess;
  let url = "";
  let token = "";

  beforeAll(async () => {
    const script = `require(${JSON.stringify(path.join(root, "scripts", "preview.js"))}).start({ port: 0 }).then(({ url }) => console.log(url))`;
    child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        const line = /^(http:\/\/\S+)\n/mu.exec(out);
        if (line) resolve(line[1]);
      });
      child.once("exit", (code) => reject(new Error(`the preview server exited (${code})`)));
    });
    token = await pageToken(url);
  }, 120_000);

  afterAll(() => child?.kill());

  it("costs an error in Chinese naming the file, and the server keeps its memory and its workbook", async () => {
    const sample = await call(`${url}api/workbook`);
    expect(sample.status).toBe(200);
    const pid = child.pid ?? 0;
    const before = memoryOf(pid);
    const send = (name: string, bytes: Buffer) =>
      call(
        `${url}api/open?name=${encodeURIComponent(name)}`,
        { method: "POST", headers: { "Content-Type": "application/octet-stream", "X-Taizhang-Token": token } },
        bytes,
      );

    // The same workbook with 2 MB of blanks is a workbook like any other: the bomb is refused for its size only.
    const small = await send("小台账.xlsx", blankPaddedWorkbook(2));
    expect(small.status).toBe(200);
    expect(JSON.parse(small.text)).toEqual({
      file: "小台账.xlsx",
      sheets: [expect.objectContaining({ name: "Sheet1", values: [["台账"]] })],
      settings: {},
      veryHidden: [],
    });

    // 2 MB on the wire, a sheet of 2000 MiB (2.1 GB) inflated.
    const bomb = blankPaddedWorkbook(2000);
    const { result: reply, peak: readerPeak } = await childrenPeak(pid, send("炸弹.xlsx", bomb));
    const after = memoryOf(pid);
    expect(reply.status).toBe(400);
    const error = errorOf(reply);
    expect(error.message).toContain("炸弹.xlsx");
    expect(error.message).toMatch(CHINESE);
    expect(error.message).not.toMatch(NODE_TEXT);

    // The server goes on serving the workbook it had.
    const again = await call(`${url}api/workbook`);
    expect(again.status).toBe(200);
    expect(again.text).toBe(sample.text);

    const figures = {
      bombBytes: bomb.length,
      inflatedBytes: 2000 * 1024 * 1024,
      code: error.code,
      message: error.message,
      serverRssBeforeMb: before.rss,
      serverRssAfterMb: after.rss,
      serverPeakMb: after.peak,
      readerPeakMb: readerPeak,
    };
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, "preview-bomb-memory.json"), `${JSON.stringify(figures, null, 2)}\n`);
    console.log("preview server and a 2 GB zip bomb:", figures);
    // Generous bounds: the server itself only ever holds the 2 MB upload; the inflating is the reader's.
    expect(after.rss - before.rss).toBeLessThan(100);
    expect(after.peak).toBeLessThan(before.rss + 200);
  }, 600_000);
});
