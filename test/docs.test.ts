import * as fs from "node:fs";
import * as path from "node:path";
import { generateDocs, loadCode, REGENERATE } from "../scripts/gen-docs";

// The reference tables of docs/ are made from the code (scripts/gen-docs.js); here from src/, so a change to a
// rule, a message, a status word or a command's usage fails until the docs are rewritten.
describe("the generated docs", () => {
  const docs = generateDocs(loadCode(path.join(__dirname, "..", "src")));

  it.each(Object.keys(docs))(`docs/%s is what the code says (run \`${REGENERATE}\` if not)`, (name) => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "docs", name), "utf8");
    expect(committed).toBe(docs[name]);
  });

  it("lists every issue code once", () => {
    const codes = [...docs["validation.md"].matchAll(/^\| `([a-z-]+\/[a-z-]+)` \|/gmu)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(20);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
