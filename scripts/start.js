// `npm start`: sideload the add-in. On Windows and macOS office-addin-debugging starts the dev server and
// opens Excel with manifest.xml, when it is installed (it is not a dependency: it pulls a native keychain
// module that cannot build offline). On Linux there is no desktop Excel, so this prints how to sideload
// into Excel on the web and exits 0: `npm start` must never fail an install or CI on Linux.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");

const steps = [
  "台账助手：在 Excel 网页版中加载（旁加载）",
  "  1. 运行 npm run dev-server（在 https://localhost:3000 提供加载项），并保持运行；",
  "     首次使用请在浏览器中打开 https://localhost:3000/taskpane.html 并接受自签名证书。",
  "  2. 在 Excel 网页版中打开一个工作簿：插入 → 加载项 → 上传我的加载项 → 选择本项目的 manifest.xml。",
  "  3. 在“开始”选项卡点击“打开台账助手”。",
  "",
  "Taizhang: sideload into Excel on the web",
  "  1. Run npm run dev-server (serves the add-in on https://localhost:3000) and keep it running;",
  "     the first time, open https://localhost:3000/taskpane.html in the browser and accept the self-signed certificate.",
  "  2. In Excel on the web, open a workbook: Insert → Add-ins → Upload My Add-in → choose this project's manifest.xml.",
  "  3. On the Home tab, choose Open Taizhang.",
];

function printSteps() {
  console.log(steps.join("\n"));
}

function main() {
  if (process.platform === "linux") {
    printSteps();
    return 0;
  }
  // --no-install: use office-addin-debugging only if it is already there, never download it on the fly.
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--no-install", "office-addin-debugging", "start", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error || result.status !== 0) {
    console.log("");
    console.log("未能自动旁加载（需要 office-addin-debugging：npm install --no-save office-addin-debugging）。请按以下步骤手动加载。");
    console.log("Automatic sideloading did not run (it needs office-addin-debugging: npm install --no-save office-addin-debugging). Sideload by hand:");
    console.log("");
    printSteps();
  }
  return 0;
}

process.exitCode = main();
