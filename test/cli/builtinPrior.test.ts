import { goldRows } from "../fixtureSheets";
import { fixture, runCli, runJson, type MatchJson } from "./runCli";

/** The 2021 material as files, in the order the bundle holds it. */
const FILES_2021 = ["2021_责任分解.csv", "2021_专项行动.csv", "2021_民生实事.csv"];
const priorFiles = (names: string[]) => names.flatMap((name) => ["--prior", fixture(name)]);

/** Each current row with its priors as text, seq, row and score, and its changes: what must not depend on where the prior came from. */
function essence({ matches }: MatchJson) {
  return matches.map((m) => ({
    row: m.row,
    seq: m.seq,
    prior: m.prior.map((p) => ({ row: p.row, seq: p.seq, task: p.task, score: p.score })),
    changes: m.changes,
  }));
}

const gold = goldRows;

/**
 * Top-1 accuracy as test/engine/matching.gold.test.ts counts it (low-confidence rows left out, "-" right when
 * both say none). The gold's ids are 序号 of the 2021 breakdown: a first prior from another table counts as wrong.
 */
function accuracy({ matches }: MatchJson, breakdownSheet: string): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (const row of gold("match_2024_to_2021.dev.tsv")) {
    if (row.confidence === "low") continue;
    total++;
    const first = matches.find((m) => m.seq === row.id2024)?.prior[0];
    const predicted = first === undefined ? "-" : first.sheet === breakdownSheet ? first.seq : `${first.sheet}#${first.seq}`;
    if (row.id2021.split(";").includes(predicted ?? "")) right++;
  }
  return { right, total };
}

describe("--prior builtin:YEAR", () => {
  let builtin: MatchJson;
  let files: MatchJson;
  beforeAll(async () => {
    builtin = await runJson<MatchJson>(["match", fixture("2024_责任分解.xlsx"), "--prior", "builtin:2021"]);
    files = await runJson<MatchJson>(["match", fixture("2024_责任分解.xlsx"), ...priorFiles(FILES_2021)]);
  });

  it("matches 2024 against the bundled 2021 exactly as against the 2021 files", () => {
    expect(builtin.matches).toHaveLength(117);
    expect(essence(builtin)).toEqual(essence(files));
    expect(builtin.matches.filter((m) => m.prior.length > 0).length).toBeGreaterThan(50);
  });

  it("names the bundled sources so they read well: 内置·嘉兴2021 and the table", () => {
    const retail = builtin.matches.find((m) => m.seq === "5");
    expect(retail?.prior[0]).toMatchObject({ file: "内置·嘉兴2021", sheet: "2021责任分解", seq: "37" });
    const sheets = new Set(builtin.matches.flatMap((m) => m.prior.map((p) => `${p.file} ${p.sheet}`)));
    for (const s of sheets) expect(["内置·嘉兴2021 2021责任分解", "内置·嘉兴2021 2021专项行动", "内置·嘉兴2021 2021民生实事"]).toContain(s);
  });

  it("gives the same accuracy on the development gold as the files do", () => {
    const ours = accuracy(builtin, "2021责任分解");
    expect(ours).toEqual(accuracy(files, "2021_责任分解"));
    expect(ours.right / ours.total).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps the JSON shape of a file prior", () => {
    const keys = (m: MatchJson["matches"][number]) => ({ match: Object.keys(m), prior: m.prior.map((p) => Object.keys(p)) });
    expect(builtin.matches.map(keys)).toEqual(files.matches.map(keys));
  });

  it("brings a year's plan prose as a source of its own", async () => {
    const { matches } = await runJson<MatchJson>(["match", fixture("2021_责任分解.xlsx"), "--prior", "builtin:2020"]);
    const fromFile = await runJson<MatchJson>(["match", fixture("2021_责任分解.xlsx"), "--prior", fixture("2020_计划.txt")]);
    expect(essence({ matches })).toEqual(essence(fromFile));
    const priors = matches.flatMap((m) => m.prior);
    expect(priors.length).toBeGreaterThan(10);
    for (const p of priors) expect(p).toMatchObject({ file: "内置·嘉兴2020·2020计划", sheet: null, seq: null });
  });

  it("refuses a year that is not bundled, naming the bundled ones, in Chinese or with --lang en-US in English", async () => {
    const { code, out, err } = await runCli(["match", fixture("2024_责任分解.xlsx"), "--prior", "builtin:2022", "--json"]);
    expect(code).toBe(2);
    const message = "没有内置的“2022”年资料；内置年份：2020、2021、2024（例如 --prior builtin:2024）。";
    expect(JSON.parse(out).error).toMatchObject({
      code: "usage",
      message,
      reason: "unknown-builtin-year",
      params: { text: "2022", years: [2020, 2021, 2024] },
    });
    expect(err.split("\n")[0]).toBe(message);
    expect(err).toContain("--prior FILE|builtin:YEAR");
    const english = await runCli(["match", fixture("2024_责任分解.xlsx"), "--prior", "builtin:2022", "--lang", "en-US"]);
    expect(english.code).toBe(2);
    expect(english.err.split("\n")[0]).toBe('No built-in material for "2022"; built-in years: 2020, 2021, 2024 (e.g. --prior builtin:2024).');
  });

  it("works wherever --prior is taken: analyze and summarize add 上年对比 from the bundle", async () => {
    const summary = await runJson<{ tabs: { name: string; values: unknown[][] }[] }>(["summarize", fixture("2024_责任分解.xlsx"), "--prior", "builtin:2021"]);
    const fromFiles = await runJson<{ tabs: { name: string; values: unknown[][] }[] }>(["summarize", fixture("2024_责任分解.xlsx"), ...priorFiles(FILES_2021)]);
    const prior = summary.tabs.find((t) => t.name === "上年对比");
    expect(prior).toBeDefined();
    expect(prior?.values.length).toBe(fromFiles.tabs.find((t) => t.name === "上年对比")?.values.length);
    expect(JSON.stringify(prior?.values)).toContain("内置·嘉兴2021 2021责任分解 序号 37");
    const analysis = await runCli(["analyze", fixture("2024_责任分解.xlsx"), "--prior", "builtin:2021", "--json"]);
    expect(analysis.code).toBe(0);
    const bad = await runCli(["summarize", fixture("2024_责任分解.xlsx"), "--prior", "builtin:1999", "--json"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("内置年份：2020、2021、2024");
  });
});
