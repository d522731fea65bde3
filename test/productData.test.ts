import { readFileSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..");

/**
 * What the product ships lives in data/ (the sample the command line and the preview open, the published
 * Jiaxing material the built-in history is generated from); the tests keep their own copies in test/fixtures.
 * The copies must not drift apart.
 */
describe("the product's data and the tests' copies", () => {
  it.each([
    ["data/sample.xlsx", "test/fixtures/sample.xlsx"],
    ...["2020_计划.txt", "2021_责任分解.csv", "2021_专项行动.csv", "2021_民生实事.csv", "2024_责任分解.csv", "2024_主要目标.csv", "2024_计划.txt"].map(
      (name) => [`data/jiaxing/${name}`, `test/fixtures/${name}`],
    ),
  ])("%s is %s byte for byte", (shipped, copy) => {
    expect(readFileSync(path.join(ROOT, shipped)).equals(readFileSync(path.join(ROOT, copy)))).toBe(true);
  });
});
