/**
 * Runs the command line (src/cli/main.ts, compiled here as it is loaded) in its own process and reports what it
 * printed, its exit code and the process's peak memory, as one JSON line on stdout:
 *   node test/limits/cliChild.js inspect FILE --json
 * Its own process, so that the peak memory is the job's alone, and a hang or a crash is the child's.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

// TypeScript files compiled one by one as they are required, as ts-jest does for the tests, and kept by their
// text's hash, so that the next child (a test runs several) loads neither TypeScript nor compiles again.
const CACHE = path.join(os.tmpdir(), "taizhang-cli-child");
fs.mkdirSync(CACHE, { recursive: true });
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const cached = path.join(CACHE, `${crypto.createHash("sha1").update(filename).update(source).digest("hex")}.js`);
  let code;
  try {
    code = fs.readFileSync(cached, "utf8");
  } catch {
    const ts = require("typescript");
    const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    code = ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
    const temporary = `${cached}.${process.pid}`;
    fs.writeFileSync(temporary, code);
    fs.renameSync(temporary, cached);
  }
  module._compile(code, filename);
};

const { main } = require(path.join(__dirname, "..", "..", "src", "cli", "main.ts"));

let out = "";
let err = "";
main(process.argv.slice(2), { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) }).then((code) => {
  // maxRSS is in kilobytes: the most memory this process held at any moment.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ code, out, err, peakMb })}\n`);
});
