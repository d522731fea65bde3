// Runs before `npm test` (the pretest script), so the README's test command works on a fresh clone: installs
// what the tests need when it is missing — Debian's Chromium and CJK fonts for the browser tests (without the
// fonts Chinese renders as boxes in the screenshots), LibreOffice to open the summary workbooks the tests
// write, xmllint for the chart parts, and the npm packages. Uses only Node's own modules: node_modules may not exist yet.
const { execFileSync, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const projectRoot = path.join(__dirname, "..");

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function hasCjkFont() {
  const listed = spawnSync("fc-list", { encoding: "utf8" });
  return listed.status === 0 && /noto.*cjk/i.test(listed.stdout);
}

function run(command, args) {
  execFileSync(command, args, { stdio: "inherit", cwd: projectRoot });
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const packages = [
  ...(fs.existsSync(chromium) ? [] : ["chromium"]),
  ...(hasCjkFont() ? [] : ["fonts-noto-cjk"]),
  ...(onPath("soffice") ? [] : ["libreoffice-calc-nogui"]),
  // pdftotext, pdfinfo and pdftoppm read the printed tabs back (test/cli/summarize.test.ts).
  ...(onPath("pdftotext") && onPath("pdfinfo") && onPath("pdftoppm") ? [] : ["poppler-utils"]),
  // xmllint checks the chart parts the file adapter adds to a package are well-formed (src/host/files/charts.test.ts).
  ...(onPath("xmllint") ? [] : ["libxml2-utils"]),
];
if (packages.length > 0) {
  if (!onPath("apt-get")) {
    console.error(`taizhang: 测试需要 / the tests need: ${packages.join(" ")} — no apt-get here, please install them (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log(`taizhang: installing ${packages.join(" ")}`);
  const aptGet = [...(process.getuid?.() === 0 ? [] : ["sudo"]), "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
  const apt = (args) => run(aptGet[0], [...aptGet.slice(1), ...args]);
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "--no-install-recommends", ...packages]);
}

// npm records what it installed in node_modules/.package-lock.json: missing, or older than the lock, means the
// packages are not (all) there. `npm ci` rejects this lock here (the registry lacks other platforms' optional
// binaries), so install from the committed lock with `npm install`, which keeps the locked versions.
const installed = path.join(projectRoot, "node_modules", ".package-lock.json");
const lock = path.join(projectRoot, "package-lock.json");
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) {
  const npm = process.env.npm_execpath;
  if (npm) run(process.execPath, [npm, "install", "--no-audit", "--no-fund"]);
  else run("npm", ["install", "--no-audit", "--no-fund"]);
}
