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
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (url.pathname === "/api/workbook") {
        return send(response, 200, TYPES[".json"], await readSample());
      }
      if (url.pathname === "/api/open" && request.method === "POST") {
        const chunks = [];
        let size = 0;
        for await (const chunk of request) {
          size += chunk.length;
          if (size > MAX_UPLOAD) return send(response, 413, TYPES[".json"], JSON.stringify({ error: "文件超过 50 MB。File larger than 50 MB." }));
          chunks.push(chunk);
        }
        const workbook = await files().openWorkbookBytes(Buffer.concat(chunks), "uploaded.xlsx");
        return send(response, 200, TYPES[".json"], JSON.stringify({ file: "uploaded.xlsx", sheets: await sheetsOf(workbook) }));
      }
      const name = url.pathname === "/" ? "preview.html" : decodeURIComponent(url.pathname.slice(1));
      const target = path.join(dist, name);
      if (!target.startsWith(dist + path.sep) || !fs.existsSync(target)) return send(response, 404, "text/plain", "not found");
      return send(response, 200, TYPES[path.extname(target)] ?? "application/octet-stream", fs.readFileSync(target));
    } catch (error) {
      return send(response, 400, TYPES[".json"], JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
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
  start({ sample }).then(({ url }) => {
    console.log(`台账助手预览 Taizhang preview: ${url}  (Ctrl+C 停止 to stop)`);
  });
}
