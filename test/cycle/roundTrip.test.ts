/**
 * The reporting cycle end to end through the command line, as a clerk runs it (issue 25): `taizhang split` the
 * published 2021 H1 report with its 进展情况 and 进展状态 emptied, each lead unit fills its rows of the file it got
 * (the co-operating units send theirs back empty), `taizhang merge` the returns into the emptied report, and the
 * merged copy is the published report again, cell for cell, with nothing reported wrong.
 */
import * as path from "node:path";
import type { SheetGrid } from "../../src/engine/grid";
import { openWorkbookFile } from "../../src/host/files";
import { fixture, runCli, runJson } from "../cli/runCli";
import { gridDifferences } from "../gridDifferences";
import { tempFolder } from "../tempFolder";
import { emptiedMaster, fillAsLeadUnit, PROGRESS, STATUS, type SplitJson } from "./leadReturns";

jest.setTimeout(300_000);

interface MergeJson {
  counts: Record<string, number>;
  withoutReturn: { row: number }[];
}

const folder = tempFolder("taizhang-cycle-");
let published: SheetGrid;

beforeAll(async () => {
  published = await (await openWorkbookFile(fixture("2021_上半年执行情况.xlsx"))).readSheet("2021上半年执行情况");
});

describe("split → fill → merge on the published H1 report", () => {
  it("gives back the published report cell for cell", async () => {
    const master = await folder.write("主表.xlsx", await emptiedMaster());
    const returns = path.join(folder.dir(), "分发");
    const split = await runJson<SplitJson>(["split", master, "--out", returns, "--json"]);
    expect(split.unlisted).toEqual([]);
    expect(split.written.length).toBe(split.units.length);
    // Every task has one lead unit (the first named): the leads add up to the 96 tasks.
    expect(split.units.reduce((sum, u) => sum + u.lead, 0)).toBe(96);
    const files = split.written.map((name) => (path.isAbsolute(name) ? name : path.join(returns, name)));
    for (const file of files) await fillAsLeadUnit(file, published);

    const out = path.join(folder.dir(), "汇总后.xlsx");
    const run = await runCli(["merge", master, ...files, "--out", out, "--json"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const merged = JSON.parse(run.out) as MergeJson;
    const back = await (await openWorkbookFile(out)).readSheet("2021上半年执行情况");
    expect(gridDifferences(back, published, 20)).toEqual([]);
    // Nothing to report: every unit sent its file, no row is new, no status differs, no 序号 or text changed.
    const { seqChanges, textChanges, unmatched, chase, conflicts } = merged.counts;
    expect({ seqChanges, textChanges, unmatched, chase, conflicts }).toEqual({ seqChanges: 0, textChanges: 0, unmatched: 0, chase: 0, conflicts: 0 });
    // A line nobody reported on is one the published report leaves empty too.
    for (const { row } of merged.withoutReturn)
      expect([row, published.values[row - 1][PROGRESS], published.values[row - 1][STATUS]]).toEqual([row, null, null]);
  });
});
