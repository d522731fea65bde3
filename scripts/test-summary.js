// Prints jest's totals as one plain line ("tests: N passed, N failed, N skipped") from its --json output
// files: the unit tests and the browser tests, summed.
const fs = require("node:fs");
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["test-results/jest.json", "test-results/e2e.json"];
let passed = 0;
let failed = 0;
let skipped = 0;
let total = 0;
for (const file of files) {
  if (!fs.existsSync(file)) {
    console.error(`test-summary: ${file} is missing (did that test run?)`);
    failed++;
    continue;
  }
  const result = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests;
  total += result.numTotalTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && total > 0 ? 0 : 1);
