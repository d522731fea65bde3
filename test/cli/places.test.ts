/**
 * The command line on other places' sheets: the place it reads, Jiaxing's knowledge kept to Jiaxing's sheets, and
 * a file without a table never a silent zero.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fixture, runCli, runJson } from "./runCli";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-places-"));

interface AnalyzeJson {
  place: { name: string | null; jiaxing: boolean; evidence: { source: string; text: string }[] };
  prior: unknown;
  lag: { tasks: number; red: number; yellow: number };
  units: { unit: string; kind: string; tasks: number; lead: number }[];
  sheetsWithoutTable: unknown[];
}

describe("taizhang on another place's sheet", () => {
  it("reads the place from the title, compares with no built-in year, and flags the lagging tasks", async () => {
    const dir = tmp();
    // 苍南's October report under a title that names the county (the published page's own heading).
    const source = fs.readFileSync(fixture("places/cangnan-2022-minsheng-oct.csv"), "utf8");
    const file = path.join(dir, "进度.csv");
    fs.writeFileSync(file, source.replace("2022年度市县民生实事", "苍南县2022年度市县民生实事"));
    const analysis = await runJson<AnalyzeJson>(["analyze", file]);
    expect(analysis.place).toMatchObject({ name: "苍南县", jiaxing: false });
    expect(analysis.place.evidence[0]).toMatchObject({ source: "title" });
    expect(analysis.prior).toBeNull();
    expect(analysis.lag).toEqual({ tasks: 13, red: 1, yellow: 5 });
    // Its own units under their own names, no Jiaxing kind.
    expect(analysis.units.find((u) => u.unit === "县教育局")).toMatchObject({ kind: "未登记", tasks: 3, lead: 3 });
    const text = await runCli(["analyze", file]);
    expect(text.out).toContain("地区：苍南县（依据：标题");
    expect(text.out).toContain("内置的上年资料只有嘉兴市的，不用于苍南县的表");
  });

  it("makes no Jiaxing fix of a district's bare 教育局, and tells one unit spelled two ways", async () => {
    const dir = tmp();
    const file = path.join(dir, "南湖区2024年重点工作.csv");
    fs.writeFileSync(
      file,
      "序号,主要工作任务,责任单位\n1,推进教育共同体建设。,教育局\n2,新建幼儿园2所。,区教育局、区财政局\n3,建设四好农村路55公里。,交通运输局\n",
    );
    const { issues } = await runJson<{ issues: { code: string; cell: string; fix: unknown; message: string }[] }>(["validate", file]);
    expect(issues.filter((i) => i.code.startsWith("units/")).map((i) => [i.code, i.cell, i.fix])).toEqual([["units/variant", "C2", null]]);
    expect(issues[0].message).toContain("“教育局”与本表的“区教育局”（C3）似指同一单位");
  });

  it("still applies Jiaxing's registry and built-in years to Jiaxing's own sheets", async () => {
    const analysis = await runJson<AnalyzeJson>(["analyze", fixture("2024_责任分解.xlsx")]);
    expect(analysis.place).toMatchObject({ name: "嘉兴市", jiaxing: true });
    expect(analysis.prior).not.toBeNull();
    const { issues } = await runJson<{ issues: { code: string }[] }>(["validate", fixture("2021_上半年执行情况.csv")]);
    expect(issues.some((i) => i.code === "units/alias")).toBe(true);
  });

  it("shows why each column got its role", async () => {
    const inspected = await runJson<{ sheets: { tables: { columns: Record<string, string | null>; why: Record<string, string> }[] }[] }>([
      "inspect",
      fixture("places/yueyang-2019-minsheng-nov.csv"),
    ]);
    const [table] = inspected.sheets[0].tables;
    expect(table.columns).toMatchObject({ task: "B", target: "E", done: "F", rate: "G", units: "H", measure: "D" });
    expect(table.why.units).toBe("header 备  注 (no word for units) + unit names (13 of 13)");
  });
});

describe("a file without a table", () => {
  it("names the sheet and the row that came closest, and exits 2, for every command", async () => {
    const dir = tmp();
    const file = path.join(dir, "名单.csv");
    fs.writeFileSync(file, "序号,责任单位,备注\n1,县教育局,无\n2,县财政局,无\n");
    for (const command of ["inspect", "validate", "lag", "targets", "analyze"]) {
      const result = await runCli([command, file]);
      expect([command, result.code]).toEqual([command, 2]);
      expect(result.out + result.err).toContain("第 1 行（序号、责任单位、备注）最像表头，但找不到写任务的列");
    }
    const json = await runCli(["lag", file, "--json"]);
    expect(JSON.parse(json.out).error).toMatchObject({
      code: "table/none",
      file,
      sheets: [{ sheet: "名单", rowsExamined: 3, closest: { row: 1, lacks: "no-task" } }],
    });
  });

  it("names a sheet without a table beside one with a table, and goes on", async () => {
    const result = await runCli(["lag", fixture("sample.xlsx"), "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).sheetsWithoutTable).toEqual([]);
  });
});
