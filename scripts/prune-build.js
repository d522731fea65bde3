#!/usr/bin/env node
// Before an incremental `npm run build:cli`: tsc never deletes what it compiled earlier, so a module whose
// source was removed or became a folder (src/cli/messages.ts → src/cli/messages/) would still be found by
// require() and shadow the new code. Every build/**/*.js without its src/**/*.ts(x) is removed here.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const build = path.join(root, "build");
const src = path.join(root, "src");

function prune(dir) {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += prune(file);
      if (fs.readdirSync(file).length === 0) fs.rmdirSync(file);
    } else if (entry.name.endsWith(".js")) {
      const source = path.join(src, path.relative(build, file)).replace(/\.js$/u, "");
      if (!fs.existsSync(`${source}.ts`) && !fs.existsSync(`${source}.tsx`)) {
        fs.rmSync(file);
        removed += 1;
      }
    }
  }
  return removed;
}

const removed = prune(build);
// The compiler's record of what it built would skip the files just removed: start it afresh.
if (removed > 0) fs.rmSync(path.join(build, ".tsbuildinfo"), { force: true });
