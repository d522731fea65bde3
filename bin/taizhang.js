#!/usr/bin/env node
// The command line runs the compiled build/ (made by `npm install` through the prepare script).
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "build", "cli", "main.js");
if (!fs.existsSync(entry)) {
  console.error("taizhang: 命令行尚未编译，请先运行 npm install（或 npm run build:cli）。");
  console.error("taizhang: the command line is not built yet; run npm install (or npm run build:cli) first.");
  process.exit(2);
}
// A reader that stops early (taizhang … | head) closes the pipe: that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
