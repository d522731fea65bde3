import * as fs from "node:fs";
import Papa from "papaparse";
import { fixture, runCli, runJson } from "./runCli";

interface LagJson {
  asOf: string | null;
  pace: number | null;
  source: string;
  tasks: { sheet: string; row: number; seq: string; status: string; category: string; flag: string; reasons: string[] }[];
}

/** 序号 → 进展状态 straight from the published CSV, not through the product. */
function publishedStatuses(): Map<string, string> {
  const rows = Papa.parse<string[]>(fs.readFileSync(fixture("2021_上半年执行情况.csv"), "utf8")).data;
  return new Map(
    rows
      .slice(1)
      .filter((r) => r[0]?.trim())
      .map((r) => [r[0].trim(), (r[4] ?? "").trim()]),
  );
}

describe("taizhang lag on the 2021 H1 report", () => {
  it("flags every task whose status says 部分滞后 or 进度滞后, red or yellow", async () => {
    const report = await runJson<LagJson>(["lag", fixture("2021_上半年执行情况.xlsx")]);
    expect(report).toMatchObject({ asOf: "2021-06-30", pace: 0.5, source: "title" });
    expect(report.tasks).toHaveLength(96);
    const statuses = publishedStatuses();
    const lagging = [...statuses].filter(([, s]) => s === "部分滞后" || s === "进度滞后").map(([seq]) => seq);
    expect(lagging.length).toBeGreaterThanOrEqual(4);
    for (const seq of lagging) {
      const task = report.tasks.find((t) => t.seq === seq);
      expect(task?.category).toBe("behind");
      expect(task?.flag).toBe(statuses.get(seq) === "进度滞后" ? "red" : "yellow");
    }
  });

  it("finds tasks marked 按时推进 whose numbers or words say otherwise, and explains each", async () => {
    const report = await runJson<LagJson>(["lag", fixture("2021_上半年执行情况.xlsx")]);
    const contradicted = report.tasks.filter((t) => t.status === "按时推进" && (t.flag === "red" || t.flag === "yellow"));
    // 33 还未开展, 85 暂停 (words); 38 减负67.5/250亿元, 46 上市3/12家, 77 绿色工厂7/25家 (figures against the
    // task's own targets); 88 适老化改造150/2225户 (the plan and the count in the progress text).
    expect(contradicted.map((t) => t.seq)).toEqual(["33", "38", "46", "77", "85", "88"]);
    const bySeq = (seq: string) => contradicted.find((t) => t.seq === seq);
    expect(bySeq("88")?.flag).toBe("red");
    expect(bySeq("88")?.reasons.some((r) => r.includes("150/2225户") && r.includes("低于序时进度 50%"))).toBe(true);
    expect(bySeq("38")?.reasons.some((r) => r.includes("67.5/250亿元"))).toBe(true);
    expect(bySeq("33")?.reasons.some((r) => r.includes("还未开展"))).toBe(true);
  });

  it("uses the given --as-of date and reads the CSV's period from its name", async () => {
    const september = await runJson<LagJson>(["lag", fixture("2021_上半年执行情况.xlsx"), "--as-of", "2021-09-30"]);
    expect(september).toMatchObject({ asOf: "2021-09-30", pace: 0.75, source: "given" });
    const csv = await runJson<LagJson>(["lag", fixture("2021_上半年执行情况.csv")]);
    expect(csv).toMatchObject({ asOf: "2021-06-30", source: "title" });
  });

  it("rejects a malformed date and says what it expects", async () => {
    const { code, err } = await runCli(["lag", fixture("2021_上半年执行情况.xlsx"), "--as-of", "June"]);
    expect(code).toBe(2);
    expect(err).toContain("YYYY-MM-DD");
  });

  it("prints only the red and yellow tasks with their reasons, then the counts", async () => {
    const { out } = await runCli(["lag", fixture("2021_上半年执行情况.xlsx")]);
    expect(out).toContain("截止 2021-06-30，序时进度 50%（依据：标题“上半年”）");
    expect(out).toContain("[红] 2021上半年执行情况 第 94 行 序号 88");
    expect(out).not.toContain("[绿]");
    expect(out).toMatch(/共 96 项：红 \d+，黄 \d+，绿 \d+，无法判断 1。/u);
  });
});
