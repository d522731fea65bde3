import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Papa from "papaparse";
import { openWorkbookFile } from "../../src/host/files";
import { previousReport } from "../cycle/h1Pair";
import { fixture, runCli, runJson } from "./runCli";

interface Item {
  classes: string[];
  reasons: Record<string, string>;
  current: { seq: string; units: string[]; status: string } | null;
  previous: { seq: string; status: string } | null;
  match: { how: string; certainty: string } | null;
}
interface CompareJson {
  current: { sheet: string; asOf: string; pace: number };
  previous: { sheet: string; asOf: string; pace: number };
  counts: Record<string, number>;
  matched: number;
  pairs: Item[];
  unmatched: { current: Item[]; previous: Item[] };
  out: string | null;
  written: string[];
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-compare-"));

/** The Q1 report built from the H1 report (test/cycle/h1Pair.ts), as a clerk's .csv file. */
function previousCsv(dir: string): string {
  const file = path.join(dir, "2021一季度执行情况.csv");
  fs.writeFileSync(file, Papa.unparse(previousReport().values.map((row) => row.map((cell) => (cell === null ? "" : String(cell))))));
  return file;
}

const H1 = fixture("2021_上半年执行情况.xlsx");

describe("taizhang compare", () => {
  it("sets the published H1 report beside its Q1 report: classes, reasons, units, unmatched (--json)", async () => {
    const report = await runJson<CompareJson>(["compare", H1, "--previous", previousCsv(tmp())]);
    expect(report.current).toMatchObject({ asOf: "2021-06-30", pace: 0.5 });
    expect(report.previous).toMatchObject({ asOf: "2021-03-31", pace: 0.25 });
    const seqs = (cls: string) => report.pairs.filter((p) => p.classes.includes(cls)).map((p) => p.current!.seq);
    expect(seqs("stillBehind")).toEqual(["9", "79"]);
    expect(seqs("recovered")).toEqual(["8", "30"]);
    expect(seqs("notUpdated")).toEqual(["20", "50", "95", "96"]);
    expect(report.counts).toMatchObject({ stillBehind: 2, recovered: 2, doneSince: 0, notUpdated: 4, added: 1, gone: 1 });
    expect(report.matched).toBe(95);
    expect(report.unmatched.current.map((i) => i.current!.seq)).toEqual(["51"]);
    expect(report.unmatched.previous.map((i) => i.previous!.seq)).toEqual(["97"]);
    const nine = report.pairs.find((p) => p.current!.seq === "9")!;
    expect(nine.current!.units).toEqual(["交通运输局"]);
    expect(nine.match).toMatchObject({ how: "same", certainty: "确定" });
    expect(nine.reasons.stillBehind).toMatch(/^上期（截至2021年3月31日，序时进度25%）滞后：进展状态为“部分滞后”/u);
    expect(report.out).toBeNull();
  });

  it("writes the 上期对比 tab into a copy with --out, leaving the input as it was", async () => {
    const dir = tmp();
    const out = path.join(dir, "上期对比.xlsx");
    const before = fs.readFileSync(H1);
    const { code, out: text } = await runCli(["compare", H1, "--previous", previousCsv(dir), "--out", out]);
    expect(code).toBe(0);
    expect(text).toContain("连续滞后（2）：上期、本期都滞后，宜列入重点督办");
    expect(text).toContain(`已生成 上期对比，写入 ${out}；原文件未改动。`);
    expect(fs.readFileSync(H1).equals(before)).toBe(true);
    const workbook = await openWorkbookFile(out);
    const names = await workbook.sheetNames();
    expect(names).toContain("上期对比");
    const tab = await workbook.readSheet("上期对比");
    expect(String(tab.values[0][0])).toMatch(/^上期对比 · 台账助手生成于/u);
    expect(tab.values[1][0]).toBe("本期（截至2021年6月30日，序时进度50%）；上期（截至2021年3月31日，序时进度25%）");
  });

  it("compares two sheets of one workbook with --previous-sheet", async () => {
    const dir = tmp();
    const out = path.join(dir, "both.xlsx");
    const first = path.join(dir, "first.xlsx");
    await runCli(["compare", H1, "--previous", previousCsv(dir), "--out", first]);
    // The copy holds the H1 sheet and the 上期对比 tab: comparing the H1 sheet with itself finds everything carried over.
    const report = await runJson<CompareJson>(["compare", first, "--previous-sheet", "2021上半年执行情况", "--out", out]);
    expect(report.previous.sheet).toBe("2021上半年执行情况");
    expect(report.counts.notUpdated).toBeGreaterThan(80);
    expect(report.written).toEqual(["上期对比"]);
  });

  it("warns when the previous report is of another year: two places' reports of the corpus", async () => {
    const report = await runJson<CompareJson & { warnings: { code: string; message: string }[] }>([
      "compare",
      fixture("places/shaoxing-2021-zhongdian-h1.csv"),
      "--previous",
      fixture("places/shaoxing-2020-zhongdian-q1.csv"),
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual(["other-year"]);
    expect(report.warnings[0].message).toMatch(/^注意：两期报告不属同一年度/u);
  });

  it("asks for the previous report when none is given", async () => {
    const { code, err } = await runCli(["compare", H1]);
    expect(code).toBe(2);
    expect(err).toContain("compare 需要上一期报告：--previous FILE（另一个文件），或 --previous-sheet NAME（本文件中的工作表）。");
  });

  it("refuses a malformed --previous-as-of in words", async () => {
    const { code, err } = await runCli(["compare", H1, "--previous", H1, "--previous-as-of", "3月31日"]);
    expect(code).toBe(2);
    expect(err).toContain('--as-of 需要日期，格式 YYYY-MM-DD（例如 2021-06-30），收到 "3月31日"');
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  const pdftotext = ["/usr/bin/pdftotext"].find((p) => fs.existsSync(p));
  (soffice && pdftotext ? it : it.skip)(
    "prints the tab whole in LibreOffice: headings, the reasons' figures, page numbers",
    async () => {
      const dir = tmp();
      const out = path.join(dir, "compare.xlsx");
      await runCli(["compare", H1, "--previous", previousCsv(dir), "--out", out]);
      execFileSync(soffice as string, ["--headless", "--convert-to", "pdf", "--outdir", dir, out], { timeout: 120_000, env: { ...process.env, HOME: dir } });
      const text = execFileSync(pdftotext as string, [path.join(dir, "compare.pdf"), "-"], { encoding: "utf8" });
      const flat = text.replace(/\s+/gu, "");
      for (const heading of ["连续滞后（2）", "新增滞后（8）", "已恢复（2）", "新近完成（0）", "进展未更新（4）", "本期新增任务（1）", "上期有、本期无（1）"])
        expect(flat).toContain(heading);
      expect(flat).toContain("“清洁生产企业24家”（24/100家，完成24%），低于序时进度50%");
      expect(flat).toMatch(/第\d+页共\d+页/u);
    },
    150_000,
  );
});
