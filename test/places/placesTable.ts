/**
 * The table of places the product has been tried on (test/fixtures/places/README.md), made from the readings
 * and from what the engine reads of them, so it cannot drift from either.
 */
import { checkReading, readings, type Check, type Reading } from "./corpus";
import { KNOWN_MISSES } from "./knownMisses";

const LEVELS: Record<string, string> = { city: "市", county: "县", district: "区", department: "部门", township: "乡镇" };

/** "6/6" for the checks of an aspect, with the known misses counted apart ("5/6, 1 known"). */
function tally(id: string, checks: readonly Check[], aspects: readonly Check["aspect"][]): string {
  const of = checks.filter((c) => aspects.includes(c.aspect));
  if (of.length === 0) return "—";
  const ok = of.filter((c) => c.ok).length;
  const known = of.filter((c) => !c.ok && KNOWN_MISSES[`${id} | ${c.aspect} | ${c.item}`] !== undefined).length;
  return `${ok}/${of.length}${known > 0 ? ` (${known} known)` : ""}`;
}

function row(reading: Reading, checks: readonly Check[]): string {
  const tasks = reading.tables.reduce((n, t) => n + t.tasks.length, 0);
  const lagging = reading.tables.reduce((n, t) => n + t.tasks.filter((task) => task.lagging === true).length, 0);
  const source = reading.source.url ? `[${reading.source.title}](${reading.source.url})` : reading.source.title;
  const cells = [
    `\`${reading.id}\``,
    `${reading.place.name}（${reading.place.province}，${LEVELS[reading.place.level] ?? reading.place.level}）`,
    String(reading.year),
    reading.kind,
    `${tasks}${lagging > 0 ? `，滞后 ${lagging}` : ""}`,
    tally(reading.id, checks, ["tables", "header", "columns", "rows"]),
    tally(reading.id, checks, ["units", "co", "leaders"]),
    tally(reading.id, checks, ["asOf", "lag", "done"]),
    tally(reading.id, checks, ["targets"]),
    source.replace(/\|/gu, "\\|"),
  ];
  return `| ${cells.join(" | ")} |`;
}

export const TABLE_START = "<!-- places table: made by test/places/placesTable.ts; UPDATE_PLACES_README=1 npx jest test/places rewrites it -->";
export const TABLE_END = "<!-- end of places table -->";

export async function placesTable(): Promise<string> {
  const lines = [
    TABLE_START,
    "| ID | 地区 Place | 年 | 类型 Kind | 任务 Tasks | 表头·列·行 Recognition | 单位 Units | 进度 Lag | 目标 Targets | 来源 Source |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const reading of readings()) lines.push(row(reading, await checkReading(reading)));
  lines.push(TABLE_END);
  return lines.join("\n");
}
