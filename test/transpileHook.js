/**
 * Lets a child process require the TypeScript source (`node -r test/transpileHook.js …`), for tests that need
 * code in a process of its own (a FIFO that would block, exit codes, a process that is killed): each module
 * is transpiled as it is required, as ts-jest does in-process, so no build is needed and the source under test
 * is what runs. CHILD_CLI_CACHE names a folder that keeps the transpiled modules for the next run.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const cache = process.env.CHILD_CLI_CACHE;

function transpile(source, filename) {
  const ts = require("typescript");
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  return ts.transpileModule(source, { fileName: filename, compilerOptions: options }).outputText;
}

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const cached = cache && path.join(cache, `${crypto.createHash("sha256").update(filename).update("\0").update(source).digest("hex")}.js`);
  let code = cached && fs.existsSync(cached) ? fs.readFileSync(cached, "utf8") : undefined;
  if (code === undefined) {
    code = transpile(source, filename);
    if (cached) fs.writeFileSync(cached, code);
  }
  module._compile(code, filename);
};
