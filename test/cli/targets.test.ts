import * as fs from "node:fs";
import { fixture, runCli, runJson } from "./runCli";
import type { TargetJson } from "../../src/cli/commands/targets";

interface GoldTarget {
  id: string;
  metric: string;
  value: string;
  unit: string;
  qualifier: string;
}

function gold(): GoldTarget[] {
  const [header, ...rows] = fs
    .readFileSync(fixture("gold/targets_2021.dev.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t"));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])) as unknown as GoldTarget);
}

const sameValue = (a: number | string, b: string) => (typeof a === "number" ? Math.abs(a - Number(b)) < 1e-9 : a === b);

describe("taizhang targets", () => {
  it("finds the dev gold's targets in the 2021 breakdown, per 序号, with value, unit, qualifier and metric", async () => {
    const { targets } = await runJson<{ targets: TargetJson[] }>(["targets", fixture("2021_责任分解.xlsx")]);
    const expected = gold();
    const used = new Set<TargetJson>();
    let found = 0;
    let allFields = 0;
    for (const g of expected) {
      const hit = targets.find((t) => !used.has(t) && t.seq === g.id && sameValue(t.value, g.value) && t.unit === g.unit);
      if (!hit) continue;
      used.add(hit);
      found++;
      const qualifiersOk = g.qualifier
        .split(";")
        .filter(Boolean)
        .every((q) => hit.qualifiers.includes(q));
      if (qualifiersOk && hit.metric.includes(g.metric.slice(0, 2))) allFields++;
    }
    const goldIds = new Set(expected.map((g) => g.id));
    const predicted = targets.filter((t) => goldIds.has(t.seq ?? "")).length;
    const recall = found / expected.length;
    const precision = found / predicted;
    expect((2 * (precision * recall)) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
    expect(allFields / expected.length).toBeGreaterThanOrEqual(0.9);
  });

  it("reads --text and prints JSON without row or seq", async () => {
    const { targets } = await runJson<{ targets: TargetJson[] }>(["targets", "--text", "社会消费品零售总额增长5.5%以上，新增国家高新技术企业500家"]);
    expect(targets).toEqual([
      expect.objectContaining({
        metric: "社会消费品零售总额",
        verb: "增长",
        value: 5.5,
        unit: "%",
        qualifier: "以上",
        comparator: ">=",
        raw: "社会消费品零售总额增长5.5%以上",
      }),
      expect.objectContaining({ metric: "国家高新技术企业", verb: "新增", value: 500, unit: "家", qualifier: "", comparator: "=" }),
    ]);
    expect(targets[0]).not.toHaveProperty("row");
  });

  it("reads an indicator table as name plus target, and plan prose by line", async () => {
    const indicators = await runJson<{ targets: TargetJson[] }>(["targets", fixture("2024_主要目标.xlsx")]);
    expect(indicators.targets[0]).toMatchObject({ sheet: "2024主要目标", seq: "1", metric: "地区生产总值", value: 6, unit: "%", qualifier: "左右" });
    const prose = await runJson<{ targets: TargetJson[] }>(["targets", fixture("2020_计划.txt")]);
    expect(prose.targets.find((t) => t.raw.includes("固定资产投资增长12%"))).toMatchObject({ row: 7, value: 12, unit: "%" });
    expect(prose.targets.every((t) => t.seq === undefined && typeof t.row === "number")).toBe(true);
  });

  it("asks for exactly one of FILE and --text", async () => {
    expect((await runCli(["targets"])).code).toBe(2);
    expect((await runCli(["targets", fixture("2021_责任分解.xlsx"), "--text", "x"])).code).toBe(2);
  });
});
