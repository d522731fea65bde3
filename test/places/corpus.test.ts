/**
 * Every line of every reading of other places' sheets (test/fixtures/places), as the engine reads it. The
 * readings were written before the tool was run on them and are never edited to fit it: where the tool and a
 * reading disagree, the tool is fixed, or the line is listed in KNOWN_MISSES with why it is not (yet).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkReading, PLACES, readings, type Check } from "./corpus";
import { KNOWN_MISSES } from "./knownMisses";
import { placesTable, TABLE_END, TABLE_START } from "./placesTable";

const key = (id: string, check: Check) => `${id} | ${check.aspect} | ${check.item}`;

describe("other places' sheets, read as a careful reader read them", () => {
  const all = readings();

  it("the corpus spans at least 15 sheets, 10 places and 5 provinces", () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((r) => r.place.name)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((r) => r.place.province)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(all.map((r) => [r.id, r] as const))("%s", async (id, reading) => {
    const checks = await checkReading(reading);
    const misses = checks
      .filter((check) => !check.ok && KNOWN_MISSES[key(id, check)] === undefined)
      .map((check) => ({ line: key(id, check), expected: check.expected, actual: check.actual }));
    expect(misses).toEqual([]);
    // A known miss that the tool now reads right is taken off the list.
    const fixed = checks.filter((check) => check.ok && KNOWN_MISSES[key(id, check)] !== undefined).map((check) => key(id, check));
    expect(fixed).toEqual([]);
  });
});

describe("the table of places in test/fixtures/places/README.md", () => {
  it("is what the readings and the engine say today", async () => {
    const file = path.join(PLACES, "README.md");
    const readme = fs.readFileSync(file, "utf8");
    const table = await placesTable();
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END) + TABLE_END.length;
    const current = start >= 0 && end > start ? readme.slice(start, end) : "";
    if (process.env.UPDATE_PLACES_README === "1" && current !== table) {
      fs.writeFileSync(file, start >= 0 ? readme.slice(0, start) + table + readme.slice(end) : `${readme}\n${table}\n`);
      return;
    }
    expect(current).toBe(table);
  });
});
