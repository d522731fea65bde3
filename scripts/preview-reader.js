#!/usr/bin/env node
// The preview server's reader: one workbook read in a process of its own, started by scripts/preview.js with a
// memory limit (V8's --max-old-space-size, and the watch below). A file that needs more memory than that (a zip
// bomb: a few MB whose sheet inflates to gigabytes) ends this process, not the server, and whatever it
// allocated goes with it. It reads with the file adapter the command line uses (build/, from npm run build:cli).
const path = require("node:path");
const { Worker } = require("node:worker_threads");

const files = require(path.join(__dirname, "..", "build", "host", "files"));

// V8's heap limit does not cover buffers, and a zip's entries are inflated into buffers before they become text:
// a 2 GB bomb took 4.2 GB that way, in one synchronous stretch no timer of this thread could interrupt. So a
// thread of its own watches the whole process's memory and ends it past the same limit (the server passes it
// in megabytes), after a line on stderr that tells the server why.
const watch = new Worker(
  `const fs = require("node:fs");
  const { workerData: limit } = require("node:worker_threads");
  setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss <= limit) return;
    fs.writeSync(2, "taizhang preview reader: out of memory (" + Math.round(rss / 1048576) + " MB)\\n");
    process.kill(process.pid, "SIGKILL");
  }, 20);`,
  { eval: true, workerData: Number(process.argv[2]) * 1024 * 1024 },
);
watch.unref();

/** The grids, and what the pane needs to know its own sheets there: the file's settings and very hidden sheets. */
async function contentOf(workbook) {
  const names = await workbook.sheetNames();
  const sheets = await Promise.all(names.map((name) => workbook.readSheet(name)));
  return { sheets, settings: await workbook.readSettings(), veryHidden: workbook.veryHiddenSheets() };
}

/** The job: { path } a file on disk (the sample, or the file named on the command line), or { bytes, name } an upload. */
async function read(job) {
  if (job.bytes === undefined) {
    const workbook = await files.openWorkbookFile(job.path);
    return { file: path.basename(job.path), ...(await contentOf(workbook)) };
  }
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const workbook = await files.openWorkbookBytes(bytes, job.name);
  return { file: job.name, ...(await contentOf(workbook)) };
}

process.once("message", async (job) => {
  let reply;
  try {
    reply = { json: JSON.stringify(await read(job)) };
  } catch (error) {
    // A problem of the file is data the server words in the page's language; anything else is Node's own
    // text, for the server's terminal only.
    reply = error && error.problem ? { problem: error.problem, code: error.code } : { failed: String((error && error.stack) || error) };
  }
  process.send(reply, () => process.exit(0));
});
