#!/usr/bin/env node
// `npm run preview`: serves the built pane (dist-preview/, built apart from the add-in's dist/) beside a grid view of a workbook, on 127.0.0.1 only, so
// a new user sees the product without Excel. The workbook is read here with the file adapter: the bundled
// sample, a file named on the command line, or one the user opens in the page (sent to this local server).
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

/** What the server itself may refuse, in the page's language. */
const SERVER_MESSAGES = {
  "upload/forbidden": { "zh-CN": "只接受本预览页面发送的文件。", "en-US": "Only this preview page may send files." },
  "upload/too-large": { "zh-CN": "文件超过 50 MB，请拆分后再试。", "en-US": "The file is larger than 50 MB; split it and try again." },
  "host/forbidden": { "zh-CN": "预览只在本机地址 127.0.0.1 或 localhost 上提供。", "en-US": "The preview answers only on 127.0.0.1 or localhost." },
  "server/failed": {
    "zh-CN": "预览服务器处理此请求时出错，详情见启动预览的终端窗口。",
    "en-US": "The preview server failed on this request; the terminal that started it shows the details.",
  },
};

/** The uploaded file's own name, reduced to a base name with a known extension (else read as .xlsx). */
function uploadName(given) {
  const base = path.basename(String(given ?? "")).replace(/[\u0000-\u001f]/gu, "");
  return base && UPLOAD_EXTENSIONS.includes(path.extname(base).toLowerCase()) ? base : `${base || "uploaded"}.xlsx`;
}

function localHost(request) {
  const host = String(request.headers.host ?? "").replace(/:\d+$/u, "");
  return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
}

function sameOrigin(request) {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host}`;
}

/** A host problem as data and as a sentence in the page's language (the catalogue of src/host/problems). */
function problemBody(error, lang) {
  let message = error.message;
  try {
    message = require(path.join(root, "build", "host", "problems")).problemText(error.problem, lang);
  } catch {
    // Built before the catalogue existed: the error's own (Chinese) sentence.
  }
  return { code: error.code, reason: error.problem.reason, message };
}

function refuse(response, status, reason, lang) {
  return send(response, status, TYPES[".json"], JSON.stringify({ error: { code: reason, reason, message: SERVER_MESSAGES[reason][lang] } }));
}

function files() {
  // The compiled file adapter (npm install builds it through the prepare script).
  return require(path.join(root, "build", "host", "files"));
}

async function sheetsOf(workbook) {
  const names = await workbook.sheetNames();
  return Promise.all(names.map((name) => workbook.readSheet(name)));
}

/**
 * The sample as the page asks for it, read once and kept while the file is unchanged on disk (same size and
 * modification time): ExcelJS took 0.1–0.8 s per read of a 500-row sheet, on the path of every page load.
 */
function sampleReader(sample) {
  let cached = null;
  const read = async () => {
    const workbook = await files().openWorkbookFile(sample);
    return JSON.stringify({ file: path.basename(sample), sheets: await sheetsOf(workbook) });
  };
  return async () => {
    let key;
    try {
      const stat = await fs.promises.stat(sample);
      key = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return read(); // the file adapter's own message says what is wrong with the file
    }
    if (cached?.key !== key) {
      const body = read();
      cached = { key, body };
      // A failed read is not kept: the next request tries again.
      body.catch(() => {
        if (cached?.body === body) cached = null;
      });
    }
    return cached.body;
  };
}

function send(response, status, type, body) {
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  response.end(body);
}

function createServer(sample) {
  const readSample = sampleReader(sample);
  // Read before the first request, while the browser starts; its error, if any, is the request's to report.
  readSample().catch(() => undefined);
  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const lang = require(path.join(root, "build", "engine", "language")).languageFromTag(url.searchParams.get("lang"));
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
    if (!localHost(request)) return refuse(response, 403, "host/forbidden", lang);
    try {
      if (url.pathname === "/api/workbook") {
        return send(response, 200, TYPES[".json"], await readSample());
      }
      if (url.pathname === "/api/open" && request.method === "POST") {
        // Only the page itself may send a file: a simple cross-site form or no-cors POST carries another
        // Origin or a Content-Type a browser sends without asking (text/plain, form data); both are refused.
        if (!sameOrigin(request) || request.headers["content-type"] !== UPLOAD_TYPE) return refuse(response, 403, "upload/forbidden", lang);
        const chunks = [];
        let size = 0;
        for await (const chunk of request) {
          size += chunk.length;
          if (size > MAX_UPLOAD) return refuse(response, 413, "upload/too-large", lang);
          chunks.push(chunk);
        }
        // The name the clerk's file has: it decides .xlsx or .csv, and the messages and the pane name it.
        const fileName = uploadName(url.searchParams.get("name"));
        const workbook = await files().openWorkbookBytes(Buffer.concat(chunks), fileName);
        return send(response, 200, TYPES[".json"], JSON.stringify({ file: fileName, sheets: await sheetsOf(workbook) }));
      }
      const name = url.pathname === "/" ? "preview.html" : decodeURIComponent(url.pathname.slice(1));
      const target = path.join(dist, name);
      if (!target.startsWith(dist + path.sep) || !fs.existsSync(target)) return send(response, 404, "text/plain", "not found");
      return send(response, 200, TYPES[path.extname(target)] ?? "application/octet-stream", fs.readFileSync(target));
    } catch (error) {
      // The file adapter's problems are written for the clerk; anything else is Node's own text, which
      // goes to this terminal, not to the page.
      if (error && error.problem) return send(response, 400, TYPES[".json"], JSON.stringify({ error: problemBody(error, lang) }));
      console.error(error);
      return refuse(response, 500, "server/failed", lang);
    }
  });
}

/** Starts the server; resolves with its address. Port 0 picks a free port (the browser tests use that). */
function start({ port = 3001, sample = path.join(root, "data", "sample.xlsx") } = {}) {
  if (!fs.existsSync(path.join(dist, "preview.html"))) throw new Error("dist-preview/preview.html is missing: run npm run build first.");
  const server = createServer(sample);
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
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
  });
}
