// `npm run check:manifest`: the offline manifest checks (scripts/manifest-checks.js), then a second opinion
// from office-addin-manifest's own parser. Exits 1 with one line per problem. `npm run validate` is the
// online Microsoft validator, for machines with a network.
const path = require("node:path");
const { checkManifestFile } = require("./manifest-checks");

async function main() {
  const file = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "manifest.xml"));
  const relative = path.relative(process.cwd(), file) || file;
  let problems;
  try {
    problems = checkManifestFile(file);
  } catch (error) {
    console.error(`check-manifest: cannot read ${relative}: ${error.message}`);
    return 1;
  }
  // The package's parser is what office-addin-debugging and the validator use; if it chokes, sideloading will.
  let info = null;
  try {
    const { OfficeAddinManifest } = require("office-addin-manifest");
    info = await OfficeAddinManifest.readManifestFile(file);
  } catch (error) {
    problems.push(`office-addin-manifest cannot read the manifest: ${error.message}`);
  }
  if (problems.length > 0) {
    console.error(`check-manifest: ${relative} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  const hosts = info.hosts ? info.hosts.join(", ") : "?";
  console.log(`check-manifest: ${relative} OK — ${info.displayName} ${info.version}, id ${info.id}, hosts ${hosts}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
