import { fixture, runCli, runJson, type MatchJson } from "./runCli";

/** `match --json` with each task counted once: the earlier sheet's task a task repeats, and the counts. */
interface CountedMatchJson {
  matches: (MatchJson["matches"][number] & { duplicateOf: { sheet: string | null; row: number; seq: string | null } | null })[];
  distinctTasks: number;
  duplicates: number;
}

describe("taizhang match", () => {
  it("gives every 2024 task its 2021 task(s) or none, with the change of each comparable target", async () => {
    const { matches } = await runJson<MatchJson>(["match", fixture("2024_责任分解.xlsx"), "--prior", fixture("2021_责任分解.xlsx")]);
    expect(matches).toHaveLength(117);
    const retail = matches.find((m) => m.seq === "5");
    expect(retail?.prior[0]).toMatchObject({ file: "2021_责任分解.xlsx", sheet: "2021责任分解", seq: "37" });
    expect(retail?.changes).toEqual([
      {
        metric: "社会消费品零售总额",
        unit: "%",
        prior: 7,
        current: 5.5,
        delta: -1.5,
        deltaKind: "points",
        text: "社会消费品零售总额：7% → 5.5%（−1.5个百分点）",
      },
    ]);
    expect(matches.find((m) => m.seq === "1")?.prior).toEqual([]);
    expect(matches.find((m) => m.seq === "1")?.changes).toEqual([]);
  });

  it("shows a change only where the two targets measure the same thing, rounded as Excel rounds (issue 20)", async () => {
    const { matches } = await runJson<MatchJson>(["match", fixture("2024_责任分解.xlsx"), "--prior", "builtin:2021"]);
    const texts = (seq: string) => matches.find((m) => m.seq === seq)?.changes.map((c) => c.text);
    expect(texts("4")).toEqual(["固定资产投资：8% → 6%（−2个百分点）"]);
    expect(texts("5")).toEqual(["社会消费品零售总额：7% → 5.5%（−1.5个百分点）"]);
    // (11 − 16) / 16 = −31.25%: Excel's ROUND gives −31.3, halves away from zero.
    expect(texts("10")).toEqual(["城镇新增就业：16万人 → 11万人（−31.3%）"]);
    expect(texts("39")).toEqual(["国家级专精特新“小巨人”企业：10家 → 50家（+400%）"]);
    // 2021's 2000亿元 is all new loans, its 6000名 all high-level talent: named beside, never a change.
    const loans = matches.find((m) => m.seq === "36");
    expect(loans?.changes).toEqual([]);
    expect(loans?.notComparable).toEqual([
      {
        current: "新增制造业中长期贷款320亿元",
        prior: "新增贷款2000亿元以上",
        reason: "scope",
        why: "口径不同：今年多“制造业中长期”",
        text: "不可比：新增制造业中长期贷款320亿元／上年 新增贷款2000亿元以上（口径不同：今年多“制造业中长期”）",
        incomparable: { kind: "scope", firstOnly: "制造业中长期", secondOnly: "" },
      },
    ]);
    const talent = matches.find((m) => m.seq === "19");
    expect(talent?.changes.map((c) => c.metric)).not.toContain("省级以上高层次人才");
    expect(talent?.notComparable.map((p) => p.why)).toContain("口径不同：今年多“省级以上”");
    // Every kept prior says how sure it is, in one of three words.
    const levels = new Set(matches.flatMap((m) => m.prior.map((p) => p.confidence)));
    expect([...levels].every((level) => ["certain", "likely", "tentative"].includes(level))).toBe(true);
    expect(levels.has("certain")).toBe(true);
  });

  it("prints the lines about targets in the chosen language; the JSON keeps its Chinese texts", async () => {
    const args = ["match", fixture("2024_责任分解.xlsx"), "--prior", "builtin:2021"];
    const { code, out } = await runCli([...args, "--lang", "en-US"]);
    expect(code).toBe(0);
    expect(out).toContain("      社会消费品零售总额: 7% → 5.5% (−1.5 percentage points)\n");
    expect(out).toContain(
      "      Not comparable: 新增制造业中长期贷款320亿元 / prior year 新增贷款2000亿元以上 (different scope: this year adds “制造业中长期”)\n",
    );
    expect(out).toMatch(/^ {6}Not compared: this year .+; prior year .+$/mu);
    expect(out).not.toMatch(/不可比：|未能比较：|个百分点|持平/u);
    const chinese = await runCli(args);
    expect(chinese.out).toContain("      社会消费品零售总额：7% → 5.5%（−1.5个百分点）\n");
    expect(chinese.out).toMatch(/^ {6}未能比较：今年 .+；上年 .+$/mu);
    const { matches } = await runJson<MatchJson>([...args, "--lang", "en-US"]);
    expect(matches.find((m) => m.seq === "5")?.changes[0].text).toBe("社会消费品零售总额：7% → 5.5%（−1.5个百分点）");
  });

  it("counts a task once where two sheets hold it: the H1 report repeats the breakdown's tasks", async () => {
    const args = ["match", fixture("sample.xlsx"), "--sheet", "2021责任分解", "--sheet", "2021上半年执行情况", "--prior", "builtin:2020"];
    const json = await runJson<CountedMatchJson>(args);
    expect(json.matches).toHaveLength(196);
    expect([json.distinctTasks, json.duplicates]).toEqual([100, 96]);
    const repeats = json.matches.filter((m) => m.duplicateOf !== null);
    expect(repeats.every((m) => m.sheet === "2021上半年执行情况" && m.duplicateOf?.sheet === "2021责任分解")).toBe(repeats.length === 96);
    const matched = json.matches.filter((m) => m.sheet === "2021责任分解" && m.prior.length > 0).length;
    const { out } = await runCli(args);
    expect(out).toContain(`共 100 项（另有 96 项与「2021责任分解」重复，只计一次），找到上年对应 ${matched} 项，无对应 ${100 - matched} 项。`);
    const english = await runCli([...args, "--lang", "en-US"]);
    expect(english.out).toContain(
      `100 tasks (another 96 repeat tasks of "2021责任分解" and are counted once): ${matched} matched to last year's, ${100 - matched} without.`,
    );
  });

  it("takes several priors: a sheet and plan prose, naming the file of each", async () => {
    const { matches } = await runJson<MatchJson>([
      "match",
      fixture("2021_责任分解.xlsx"),
      "--prior",
      fixture("2020_计划.txt"),
      "--prior",
      fixture("2024_主要目标.xlsx"),
    ]);
    const fromProse = matches.flatMap((m) => m.prior).filter((p) => p.file === "2020_计划.txt");
    expect(fromProse.length).toBeGreaterThan(10);
    for (const p of fromProse) expect(p).toMatchObject({ sheet: null, seq: null });
    expect(matches.find((m) => m.seq === "7")?.prior[0]?.task).toContain("嘉湖");
  });

  it("works on CSV input and asks for --prior", async () => {
    const { matches } = await runJson<MatchJson>(["match", fixture("2021_上半年执行情况.csv"), "--prior", fixture("2021_责任分解.csv")]);
    expect(matches.filter((m) => m.prior.length > 0)).toHaveLength(96);
    const { code, err } = await runCli(["match", fixture("2021_责任分解.xlsx")]);
    expect(code).toBe(2);
    expect(err).toContain("--prior");
  });
});

describe("taizhang match within one workbook", () => {
  it("matches one sheet against another of the same workbook (--sheet, --prior-sheet)", async () => {
    const { matches } = await runJson<MatchJson>(["match", fixture("sample.xlsx"), "--sheet", "2024责任分解", "--prior-sheet", "2021责任分解"]);
    expect(matches).toHaveLength(117);
    expect(matches.find((m) => m.seq === "5")?.prior[0]).toMatchObject({ file: "sample.xlsx", sheet: "2021责任分解", seq: "37" });
    const { code, err } = await runCli(["match", fixture("sample.xlsx"), "--prior-sheet", "没有这张表"]);
    expect(code).toBe(2);
    expect(err).toContain("没有这张表");
  });
});
