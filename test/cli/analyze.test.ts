import { fixture, runCli, runJson } from "./runCli";

interface AnalyzeJson {
  file: string;
  sheets: { name: string; tables: { kind: string; tasks: number }[]; issues: { total: number; fixable: number; byCode: Record<string, number> } }[];
}

interface PriorGroupJson {
  sheets: string[];
  sources: string[];
  auto: boolean;
  tasks: number;
  matched: number;
  distinctTasks: number;
  distinctMatched: number;
  duplicates: number;
  duplicatesOf: { sheet: string; of: string; tasks: number }[];
}

interface PriorMatchJson {
  sheet: string;
  seq: string;
  prior: { source: string; score: number }[];
  changes: { metric: string; unit: string; prior: number; current: number; delta: number; deltaKind: string }[];
  duplicateOf: { sheet: string; row: number; seq: string } | null;
}

describe("taizhang analyze", () => {
  it("runs on the bundled sample when no file is given", async () => {
    const report = await runJson<AnalyzeJson>(["analyze"]);
    expect(report.file).toMatch(/sample\.xlsx$/u);
    expect(report.sheets.map((s) => [s.name, s.tables.map((t) => [t.kind, t.tasks])])).toEqual([
      ["2021责任分解", [["tasks", 100]]],
      ["2021上半年执行情况", [["progress", 96]]],
      ["2024责任分解", [["tasks", 117]]],
      ["2024主要目标", [["indicators", 20]]],
    ]);
    const h1 = report.sheets[1].issues;
    expect(h1.byCode["status/empty"]).toBe(1);
    expect(h1.byCode["units/unknown"]).toBeUndefined();
    expect(report.sheets[3].issues.total).toBe(0);
  });

  it("looks up last year's targets: the bundled year before each sheet's when no --prior is given", async () => {
    const report = await runJson<{ prior: { groups: PriorGroupJson[]; matches: PriorMatchJson[] } }>(["analyze"]);
    expect(report.prior.groups.map((g) => [g.sheets, g.sources, g.auto])).toEqual([
      [["2021责任分解", "2021上半年执行情况"], ["内置·嘉兴2020·2020计划"], true],
      [["2024责任分解", "2024主要目标"], ["内置·嘉兴2021"], true],
    ]);
    for (const group of report.prior.groups) expect(group.matched).toBe(report.prior.matches.filter((m) => group.sheets.includes(m.sheet)).length);
    // The issue's own example: 社会消费品零售总额 增长7%以上 in 2021, 5.5% in 2024.
    const retail = report.prior.matches.find((m) => m.sheet === "2024责任分解" && m.seq === "5");
    expect(retail?.prior[0].source).toBe("内置·嘉兴2021");
    expect(retail?.changes.map((c) => [c.metric, c.prior, c.current, c.delta, c.unit])).toEqual([["社会消费品零售总额", 7, 5.5, -1.5, "%"]]);
  });

  it("counts a task once where the H1 report repeats the breakdown's, in the JSON and the text", async () => {
    const report = await runJson<{ prior: { groups: PriorGroupJson[]; matches: PriorMatchJson[] } }>(["analyze"]);
    const [y2021, y2024] = report.prior.groups;
    // Every task of the report is one of the breakdown's: 100 tasks, not 196.
    expect(y2021).toMatchObject({
      tasks: 196,
      distinctTasks: 100,
      duplicates: 96,
      duplicatesOf: [{ sheet: "2021上半年执行情况", of: "2021责任分解", tasks: 96 }],
    });
    const breakdown = report.prior.matches.filter((m) => m.sheet === "2021责任分解");
    expect(breakdown.every((m) => m.duplicateOf === null)).toBe(true);
    expect(report.prior.matches.filter((m) => m.sheet === "2021上半年执行情况").every((m) => m.duplicateOf?.sheet === "2021责任分解")).toBe(true);
    expect(y2021.distinctMatched).toBe(breakdown.length);
    expect(y2021.matched).toBeGreaterThan(y2021.distinctMatched);
    // The breakdown and the indicator table of 2024 share no task.
    expect(y2024).toMatchObject({ distinctTasks: y2024.tasks, distinctMatched: y2024.matched, duplicates: 0, duplicatesOf: [] });

    const { out } = await runCli(["analyze"]);
    expect(out).toContain(
      `「2021责任分解」「2021上半年执行情况」对照 内置·嘉兴2020·2020计划（未指定 --prior，按表的年份选用内置上一年资料）：100 项（另有 96 项与「2021责任分解」重复，只计一次）中找到上年对应 ${breakdown.length} 项。`,
    );
    // Tasks with a changed target, each once (a 持平 alone is no change).
    const changed = report.prior.matches.filter((m) => m.duplicateOf === null && m.changes.some((c) => c.deltaKind !== "same")).length;
    expect(out).toContain(`可比目标有变化的任务 ${changed} 项`);
    expect(out).not.toMatch(/^ {4}2021上半年执行情况 序号/mu);

    const english = await runCli(["analyze", "--lang", "en-US"]);
    expect(english.out).toContain(`: ${breakdown.length} of 100 tasks matched (another 96 repeat tasks of "2021责任分解" and are counted once).`);
  });

  it("prints the changes in English with --lang en-US, metric names as written", async () => {
    const { out } = await runCli(["analyze", "--lang", "en-US"]);
    expect(out).toContain("    2024责任分解, no. 5: 社会消费品零售总额: 7% → 5.5% (−1.5 percentage points)\n");
    expect(out).toContain("    2021责任分解, no. 37: 社会消费品零售总额: 8% → 7% (−1 percentage point)\n");
    expect(out).not.toMatch(/个百分点|持平|不可比/u);
  });

  it("uses the --prior file instead, and prints the changes in the terminal", async () => {
    const report = await runJson<{ prior: { groups: PriorGroupJson[] } }>(["analyze", fixture("2024_责任分解.xlsx"), "--prior", fixture("2021_责任分解.xlsx")]);
    expect(report.prior.groups.map((g) => [g.sheets, g.sources, g.auto])).toEqual([[["2024责任分解"], ["2021_责任分解.xlsx"], false]]);
    const { code, out } = await runCli(["analyze", fixture("2024_责任分解.xlsx"), "--prior", fixture("2021_责任分解.xlsx")]);
    expect(code).toBe(0);
    expect(out).toContain("2. 上年对比");
    expect(out).toContain("2024责任分解 序号 5：社会消费品零售总额：7% → 5.5%（−1.5个百分点）");
  });

  it("prints a short summary and what to do next", async () => {
    const { code, out } = await runCli(["analyze", fixture("2021_上半年执行情况.xlsx")]);
    expect(code).toBe(0);
    expect(out).toContain("进展情况表 96 项");
    expect(out).toContain("2021上半年执行情况!E17  进展状态为空。");
    expect(out).toContain("taizhang fix");
  });

  it("names the file when it cannot be read", async () => {
    const { code, err } = await runCli(["analyze", fixture("bad/not-a-spreadsheet.xlsx")]);
    expect(code).toBe(2);
    expect(err).toContain("not-a-spreadsheet.xlsx");
  });
});

describe("taizhang analyze with --out", () => {
  it("writes the summary tabs and reports the lagging tasks and units", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-analyze-"));
    const out = path.join(dir, "汇总.xlsx");
    const report = await runJson<{ out: string; lag: { tasks: number; red: number; yellow: number }; units: { unit: string; tasks: number }[] }>([
      "analyze",
      "--out",
      out,
    ]);
    expect(report.out).toBe(out);
    expect(report.lag.tasks).toBe(96);
    expect(report.lag.red + report.lag.yellow).toBeGreaterThanOrEqual(6);
    expect(report.units.find((u) => u.unit === "市科技局")?.tasks).toBe(12);
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  });
});
