/**
 * A pair of consecutive progress reports of one task list, built from the published 2021 H1 report because no
 * real pair of another place's consecutive reports was found in the stored pages (see the report of issue 25,
 * 上期对比): the current report is the published H1 report as it is (截至2021年6月30日); the previous one is
 * the same task list as a 一季度 report (截至2021年3月31日) with the edits below, each what clerks do between
 * two reports. This is second-best material: the edits are ours, the tasks, units and H1 texts are real.
 */
import * as fs from "node:fs";
import type { CellValue, SheetGrid } from "../../src/engine/grid";
import { parseCsv } from "../../src/host/files/csv";
import { fixture } from "../cli/runCli";

export const CURRENT_TITLE = "2021年政府工作报告重点工作上半年执行情况";
export const PREVIOUS_TITLE = "2021年政府工作报告重点工作一季度执行情况";

/** What a 一季度 report says of a task on pace with nothing to show yet: one line, no figures. */
export const Q1_GENERIC = "已制定年度工作方案，明确责任分工，按计划推进。";

/** The previous report's own progress and status of a task (by its 序号), where it is not the generic line. */
export const Q1_EDITS: Record<string, { progress: string; status: string }> = {
  // Behind in Q1 already (连续滞后 with H1's 部分滞后).
  "9": { progress: "苏台高速(嘉兴段)施工图设计尚在省交通运输厅审查,骑塘枢纽先行段桩基施工进度滞后。", status: "部分滞后" },
  "79": { progress: "“运动家”智慧体育社区建设进度12%,低于序时进度。", status: "部分滞后" },
  // Behind in Q1, on pace in H1 (已恢复).
  "8": { progress: "通苏嘉甬铁路可研审批前置尚未完成,进度滞后。", status: "进度滞后" },
  "30": { progress: "44个省市县长工程项目落地9个,“六个千亿”工程项目完成投资60.3亿元,完成年度计划的13.8%。", status: "部分滞后" },
  // Copied forward: the H1 text word for word (50, 96), with only spaces and punctuation changed (95), with
  // only the period changed (20).
  "50": { progress: "", status: "按时推进" },
  "96": { progress: "", status: "按时推进" },
  "95": { progress: "截至6月底 办公费，印刷费等非刚性、非重点项目支出同比下降20.78%", status: "按时推进" },
  "20": { progress: "中高端人才保持“净流入”态势,1-3月全市新引进高层次人才2873名。", status: "按时推进" },
};

/** 44's task as the Q1 report worded it (the H1 report reworded it): matched by its text and 序号. */
export const Q1_TASK_44 = "实施数字经济“一号工程2.0版”,数字化改造工业企业600家,形成5个数字经济百亿产业集群,打造“互联网+”高地。";

/** A task of the Q1 report that the H1 report no longer lists (上期有、本期无). */
export const Q1_ONLY: CellValue[] = ["97", "筹办世界互联网大会乌镇峰会,提升峰会服务保障水平。", "峰会筹备工作方案已上报。", "桐乡市政府", "按时推进"];

/** 51 is new in H1: the Q1 report has no row for it (本期新增). */
export const H1_ONLY_SEQ = "51";

function h1Rows(): CellValue[][] {
  return parseCsv(fs.readFileSync(fixture("2021_上半年执行情况.csv"), "utf8")).filter((row) => row.some((cell) => cell !== null));
}

/** The published H1 report, under its title. */
export function currentReport(name = "2021上半年执行情况"): SheetGrid {
  const [header, ...rows] = h1Rows();
  return { name, values: [[CURRENT_TITLE], header, ...rows], merges: [] };
}

/** The 一季度 report built from it (see the comment at the top). */
export function previousReport(name = "2021一季度执行情况"): SheetGrid {
  const [header, ...rows] = h1Rows();
  const values: CellValue[][] = [[PREVIOUS_TITLE], header];
  let skipping = false;
  for (const row of rows) {
    const seq = String(row[0] ?? "");
    // A task's continuation rows (empty 序号) go with it.
    if (seq !== "") skipping = seq === H1_ONLY_SEQ;
    if (skipping) continue;
    const edit = seq === "" ? undefined : Q1_EDITS[seq];
    const task = seq === "44" ? Q1_TASK_44 : row[1];
    const progress = edit === undefined ? Q1_GENERIC : edit.progress === "" ? row[2] : edit.progress;
    const status = edit === undefined ? "按时推进" : edit.status;
    values.push([row[0], task, progress, row[3], status]);
  }
  values.push(Q1_ONLY);
  return { name, values, merges: [] };
}
