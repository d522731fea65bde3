#!/usr/bin/env node
// `npm run publish:wps [-- --base-url http://server/path]`: from the built add-in folder (dist-wps/, npm run
// build:wps) writes, in dist-wps-publish/, what an office's IT department deploys:
// - taizhang_<version>/      the add-in folder, named as WPS names installed add-ins (name_version);
// - taizhang_<version>.zip   the same folder packed, for offline mode;
// - jsplugins.xml            offline mode: each WPS downloads the archive named by url and unpacks it;
// - jsplugins.online.xml     online mode: url names the served folder and WPS loads the pages from it.
// The format is the one WPS documents for its JSPluginsServer (<jsplugins><jsplugin name type url version/>):
// WPS 基础接口 / 加载项 API 参考 / WPS 加载项可用性; type "et" is WPS 表格. WPS's own `wpsjs publish` packs 7z;
// whether every WPS build unpacks a .zip too is not confirmed (documentation shows .7z): docs/wps.md says how
// to repack. Documentation only: no WPS ran here.
const fs = require("node:fs");
const path = require("node:path");
const JSZip = require("jszip");

const root = path.join(__dirname, "..");
const NAME = "taizhang";

const escapeXml = (text) => String(text).replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);

/** jsplugins.xml naming one add-in of WPS 表格 (type "et"). */
function jspluginsXml({ name, version, url }) {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n` +
    `  <jsplugin name="${escapeXml(name)}" type="et" url="${escapeXml(url)}" version="${escapeXml(version)}"/>\n` +
    `</jsplugins>\n`
  );
}

function filesUnder(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), relative) : [relative];
  });
}

/** Writes the deployment files; returns what it wrote. */
async function publish({ distDir, outDir, version, baseUrl }) {
  for (const needed of ["index.html", "ribbon.xml", "taskpane.html"]) {
    if (!fs.existsSync(path.join(distDir, needed))) {
      throw new Error(`${path.join(distDir, needed)} 不存在：先运行 npm run build:wps。`);
    }
  }
  const folderName = `${NAME}_${version}`;
  const base = baseUrl.replace(/\/+$/u, "");
  fs.rmSync(outDir, { recursive: true, force: true });
  const folder = path.join(outDir, folderName);
  fs.mkdirSync(folder, { recursive: true });
  fs.cpSync(distDir, folder, { recursive: true });

  const zip = new JSZip();
  for (const file of filesUnder(distDir)) zip.file(`${folderName}/${file}`, fs.readFileSync(path.join(distDir, file)));
  const archive = path.join(outDir, `${folderName}.zip`);
  fs.writeFileSync(archive, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

  const offline = path.join(outDir, "jsplugins.xml");
  fs.writeFileSync(offline, jspluginsXml({ name: NAME, version, url: `${base}/${folderName}.zip` }));
  const online = path.join(outDir, "jsplugins.online.xml");
  fs.writeFileSync(online, jspluginsXml({ name: NAME, version, url: `${base}/${folderName}/` }));
  return { folder, archive, offline, online };
}

function argument(name) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (require.main === module) {
  const version = require(path.join(root, "package.json")).version;
  const baseUrl = argument("--base-url") ?? "http://localhost:8080/taizhang";
  publish({ distDir: path.join(root, "dist-wps"), outDir: path.join(root, "dist-wps-publish"), version, baseUrl }).then(
    (written) => {
      for (const file of Object.values(written)) console.log(path.relative(root, file));
      if (!argument("--base-url")) console.log("提示：jsplugins.xml 里的地址是 http://localhost:8080/taizhang；部署时用 --base-url 写上内网服务器的地址。");
    },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}

module.exports = { publish, jspluginsXml, NAME };
