// Runs after `npm install`: compiles the command line (src/engine, src/host, src/cli) to build/, incrementally
// as `npm run build:cli` does, so the first `npm run analyze` after an install finds it up to date.
// Skipped quietly when TypeScript is absent (an install with --omit=dev), so production installs never fail here.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
let tsc;
try {
  tsc = require.resolve("typescript/bin/tsc");
} catch {
  console.warn("taizhang: TypeScript not installed, skipping the command-line build");
  process.exit(0);
}
execFileSync(
  process.execPath,
  [tsc, "-p", path.join(__dirname, "..", "tsconfig.cli.json"), "--incremental", "--tsBuildInfoFile", path.join(__dirname, "..", "build", ".tsbuildinfo")],
  { stdio: "inherit" },
);
