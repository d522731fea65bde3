// Prints jest's totals as one plain line ("tests: N passed, N failed") from its --json output file.
const fs = require("node:fs");
const file = process.argv[2] ?? "test-results/jest.json";
const result = JSON.parse(fs.readFileSync(file, "utf8"));
console.log(`tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests} skipped`);
process.exit(result.numFailedTests === 0 && result.numTotalTests > 0 ? 0 : 1);
