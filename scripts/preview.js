#!/usr/bin/env node
// `npm run preview`: serves the built pane (dist-preview/, built apart from the add-in's dist/) beside a grid view of a workbook, on 127.0.0.1 only, so
// a new user sees the product without Excel. The workbook is read here with the file adapter: the bundled
// sample, a file named on the command line, or one the user opens in the page (sent to this local server).
// Only its own page can use it: the Host must be this server's own address, and a request that sends a file
// must carry the token the server wrote into that page (a header no other site's form or fetch can send).
// Each file is read in a process of its own with a memory limit (scripts/preview-reader.js), one at a time, so
// a bad file costs an error message, not the server.
const { fork } = require("node:child_process");
const crypto = require("node:crypto");
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist-preview");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};
const MAX_UPLOAD = 50 * 1024 * 1024;
const UPLOAD_TYPE = "application/octet-stream";
const UPLOAD_EXTENSIONS = [".xlsx", ".xlsm", ".csv"];
/** The header that carries the page's token, and the page's <meta> that hands it over (src/preview/preview.tsx). */
const TOKEN_HEADER = "x-taizhang-token";
const TOKEN_META = "taizhang-preview-token";
/** The reader's heap limit: a job of the file adapter stays under 1 GB (issue 23). */
const READER_MEMORY_MB = 1024;

/** What the server itself may refuse or fail at, in the page's language. */
const SERVER_MESSAGES = {
  "upload/forbidden": {
    "zh-CN": () => "只接受本预览页面发送的文件。",
    "en-US": () => "Only this preview page may send files.",
  },
  "upload/too-large": {
    "zh-CN": () => "文件超过 50 MB，请拆分后再试。",
    "en-US": () => "The file is larger than 50 MB; split it and try again.",
  },
  "host/forbidden": {
    "zh-CN": () => "预览只在本机地址 127.0.0.1 或 localhost 上提供。",
    "en-US": () => "The preview answers only on 127.0.0.1 or localhost.",
  },
  "method/not-allowed": {
    "zh-CN": () => "预览服务器不接受此请求。",
    "en-US": () => "The preview server does not take this request.",
  },
  // The reader stopped at its memory limit (a zip bomb, or a workbook too large for the preview), or died or
  // failed on something the file adapter does not word: the file is named either way, details go to the terminal.
  "reader/out-of-memory": {
    "zh-CN": ({ file }) =>
      `文件“${file}”太大或已损坏，无法在预览中打开（读取它需要的内存超过预览的上限 ${READER_MEMORY_MB} MB）。请在 Excel 中打开检查，或拆分后再试。`,
    "en-US": ({ file }) =>
      `The file "${file}" is too large or damaged to open in the preview (reading it needs more than the preview's ${READER_MEMORY_MB} MB of memory). Open it in Excel to check it, or split it and try again.`,
  },
  "reader/failed": {
    "zh-CN": ({ file }) => `文件“${file}”可能已损坏，无法在预览中打开（读取时出错，详情见启动预览的终端窗口）。请在 Excel 中打开检查。`,
    "en-US": ({ file }) =>
      `The file "${file}" may be damaged and cannot be opened in the preview (reading it failed; the terminal that started the preview shows the details). Open it in Excel to check it.`,
  },
  "server/failed": {
    "zh-CN": () => "预览服务器处理此请求时出错，详情见启动预览的终端窗口。",
    "en-US": () => "The preview server failed on this request; the terminal that started it shows the details.",
  },
};

/** The uploaded file's own name, reduced to a base name with a known extension (else read as .xlsx). */
function uploadName(given) {
  const base = path.basename(String(given ?? "")).replace(/[\u0000-\u001f]/gu, "");
  return base && UPLOAD_EXTENSIONS.includes(path.extname(base).toLowerCase()) ? base : `${base || "uploaded"}.xlsx`;
}

/**
 * Whether the browser named this server by its own address. A page of another site whose name it resolves to
 * 127.0.0.1 (DNS rebinding) sends its own name as Host, and would otherwise read the workbook as same-origin.
 */
function ownHost(request) {
  const host = String(request.headers.host ?? "").toLowerCase();
  const port = request.socket.localPort;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Whether a request that sends something (any method but GET and HEAD) comes from this server's own page. Only
 * that page holds the token; a header of its own is what another site's form or no-cors fetch cannot send, and
 * a cross-origin fetch that asks to send it is refused at the preflight (this server answers no CORS). Origin,
 * the browser's Sec-Fetch-Site and the Content-Type are checked besides, so a request is refused on each count.
 */
function fromOwnPage(request, token) {
  const origin = request.headers.origin;
  const site = request.headers["sec-fetch-site"];
  const type = String(request.headers["content-type"] ?? "")
    .split(";")[0]
    .trim()
    .toLowerCase();
  const given = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ""));
  return (
    (origin === undefined || origin.toLowerCase() === `http://${String(request.headers.host).toLowerCase()}`) &&
    (site === undefined || site === "same-origin") &&
    type === UPLOAD_TYPE &&
    given.length === token.length &&
    crypto.timingSafeEqual(given, token)
  );
}

/** The page as served: the template's HTML with this server's token in a <meta> only that page can read. */
function pageWithToken(html, token) {
  const withToken = html.replace(/<head[^>]*>/iu, (head) => `${head}<meta name="${TOKEN_META}" content="${token}">`);
  if (withToken === html) throw new Error(`${TOKEN_META}: the built page has no <head>`);
  return withToken;
}

/** A host problem as data and as a sentence in the page's language (the catalogue of src/host/problems). */
function problemBody({ problem, code }, lang) {
  const { problemText } = require(path.join(root, "build", "host", "problems"));
  return { code, reason: problem.reason, message: problemText(problem, lang) };
}

function errorJson(reason, lang, params = {}) {
  return JSON.stringify({ error: { code: reason, reason, message: SERVER_MESSAGES[reason][lang](params) } });
}

function refuse(response, status, reason, lang) {
  return send(response, status, TYPES[".json"], errorJson(reason, lang));
}

/**
 * Reads one file in a reader process of its own (scripts/preview-reader.js) with a memory limit. Resolves with
 * the reader's reply: { json } the page's workbook, { problem, code } the file adapter's problem, { failed } an
 * error that is no such problem, or { crashed } when the reader died without a reply (ended by its own watch
 * past the limit, out of V8's heap, or otherwise).
 */
function readApart(job) {
  return new Promise((resolve, reject) => {
    const reader = fork(path.join(__dirname, "preview-reader.js"), [String(READER_MEMORY_MB)], {
      execArgv: [`--max-old-space-size=${READER_MEMORY_MB}`],
      serialization: "advanced", // the upload's bytes go as bytes, not as JSON
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    // V8's out-of-memory report goes to this terminal as it comes; its last lines say why the reader died.
    let stderr = "";
    reader.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString("utf8")).slice(-4096);
    });
    let settled = false;
    reader.once("message", (reply) => {
      settled = true;
      reader.kill(); // its work is done: nothing it holds outlives the reply
      resolve(reply);
    });
    // Failing to start it, or to send to a reader that already died (then "close" follows with its exit).
    reader.on("error", (error) => {
      if (settled || reader.pid !== undefined) return;
      settled = true;
      reject(error);
    });
    // "close", not "exit": by then every message the reader sent has arrived.
    reader.once("close", (code, signal) => {
      if (settled) return;
      settled = true;
      // SIGKILL: the reader's own watch of its memory, or the system's out-of-memory killer.
      resolve({ crashed: { outOfMemory: /out of memory/iu.test(stderr) || signal === "SIGKILL", exit: code ?? signal } });
    });
    reader.send(job);
  });
}

/** The reader's reply as the page gets it: the workbook, or an error in the page's language naming the file. */
function answer(reply, file, lang) {
  if (reply.json !== undefined) return { status: 200, body: reply.json };
  if (reply.problem) return { status: 400, body: JSON.stringify({ error: problemBody(reply, lang) }) };
  if (reply.failed) console.error(reply.failed);
  const outOfMemory = Boolean(reply.crashed?.outOfMemory);
  if (reply.crashed) console.error(`预览未能读取 ${file}：${outOfMemory ? `内存超过 ${READER_MEMORY_MB} MB` : `读取进程退出 (${reply.crashed.exit})`}`);
  return { status: 400, body: errorJson(outOfMemory ? "reader/out-of-memory" : "reader/failed", lang, { file }) };
}

/** Runs tasks one after another: one reader at a time keeps the preview's memory to one job's. */
function oneAtATime() {
  let last = Promise.resolve();
  return (task) => {
    const run = last.then(task);
    last = run.catch(() => undefined);
    return run;
  };
}

/**
 * The sample as the page asks for it, read once and kept while the file is unchanged on disk (same size and
 * modification time): ExcelJS took 0.1–0.8 s per read of a 500-row sheet, on the path of every page load.
 */
function sampleReader(sample, read) {
  let cached = null;
  return async () => {
    let key;
    try {
      const stat = await fs.promises.stat(sample);
      key = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return read({ path: sample }); // the file adapter's own message says what is wrong with the file
    }
    if (cached?.key !== key) {
      const reply = read({ path: sample });
      cached = { key, reply };
      // A failed read is not kept: the next request tries again.
      const forget = () => {
        if (cached?.reply === reply) cached = null;
      };
      reply.then((r) => r.json === undefined && forget(), forget);
    }
    return cached.reply;
  };
}

function send(response, status, type, body) {
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  response.end(body);
}

function createServer(sample) {
  // This start's token: the page served below carries it, every request that sends a file must.
  const token = Buffer.from(crypto.randomBytes(32).toString("base64url"));
  let reads = 0;
  const queue = oneAtATime();
  const read = (job) => queue(() => (reads++, readApart(job)));
  const readSample = sampleReader(sample, read);
  // Read before the first request, while the browser starts; its error, if any, is the request's to report.
  readSample().catch(() => undefined);
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const lang = require(path.join(root, "build", "engine", "language")).languageFromTag(url.searchParams.get("lang"));
    if (!ownHost(request)) return refuse(response, 403, "host/forbidden", lang);
    const reading = request.method === "GET" || request.method === "HEAD";
    if (!reading && !fromOwnPage(request, token)) return refuse(response, 403, "upload/forbidden", lang);
    try {
      if (url.pathname === "/api/open" && request.method === "POST") {
        if (Number(request.headers["content-length"]) > MAX_UPLOAD) return refuse(response, 413, "upload/too-large", lang);
        const chunks = [];
        let size = 0;
        for await (const chunk of request) {
          size += chunk.length;
          if (size > MAX_UPLOAD) return refuse(response, 413, "upload/too-large", lang);
          chunks.push(chunk);
        }
        // The name the clerk's file has: it decides .xlsx or .csv, and the messages and the pane name it.
        const fileName = uploadName(url.searchParams.get("name"));
        const { status, body } = answer(await read({ bytes: Buffer.concat(chunks), name: fileName }), fileName, lang);
        return send(response, status, TYPES[".json"], body);
      }
      if (!reading) return refuse(response, 405, "method/not-allowed", lang);
      if (url.pathname === "/api/workbook") {
        const { status, body } = answer(await readSample(), path.basename(sample), lang);
        return send(response, status, TYPES[".json"], body);
      }
      const name = url.pathname === "/" ? "preview.html" : decodeURIComponent(url.pathname.slice(1));
      const target = path.join(dist, name);
      if (!target.startsWith(dist + path.sep) || !fs.existsSync(target)) return send(response, 404, "text/plain", "not found");
      if (name === "preview.html") return send(response, 200, TYPES[".html"], pageWithToken(fs.readFileSync(target, "utf8"), token.toString()));
      return send(response, 200, TYPES[path.extname(target)] ?? "application/octet-stream", fs.readFileSync(target));
    } catch (error) {
      // Node's own text goes to this terminal, not to the page.
      console.error(error);
      return refuse(response, 500, "server/failed", lang);
    }
  });
  return { server, reads: () => reads };
}

/**
 * Starts the server; resolves with its address. Port 0 picks a free port (the browser tests use that). `reads`
 * counts the files handed to a reader, so the tests can tell a refused request never reached one.
 */
function start({ port = 3001, sample = path.join(root, "data", "sample.xlsx") } = {}) {
  if (!fs.existsSync(path.join(dist, "preview.html"))) throw new Error("dist-preview/preview.html is missing: run npm run build first.");
  const { server, reads } = createServer(sample);
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, reads, url: `http://127.0.0.1:${server.address().port}/` })));
}

module.exports = { start };

if (require.main === module) {
  const sample = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  if (sample !== undefined && !fs.existsSync(sample)) {
    console.error(`找不到文件 "${process.argv[2]}"，预览未启动。请检查路径和文件名。(File not found: ${process.argv[2]}; the preview did not start.)`);
    process.exit(2);
  }
  start({ sample }).then(({ url }) => {
    console.log(`台账助手预览 Taizhang preview: ${url}  (Ctrl+C 停止 to stop)`);
    // The same pane as the WPS加载项 shows it, over the WPS adapter on the model of WPS 表格 (docs/wps.md).
    console.log(`WPS 表格（模型）WPS model: ${url}?host=wps`);
  });
}
