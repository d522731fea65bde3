import { defaultVocabulary } from "../status/vocabulary";
import { taskRecords } from "../tasks";
import { resolveAsOf } from "./asOf";
import { detectLag } from "./detectLag";
import { renderLagReason } from "./messages";

const vocabulary = defaultVocabulary();
const midYear = resolveAsOf({ given: "2021-06-30" });

function lagOf(progress: string, status: string, asOf = midYear) {
  const [task] = taskRecords({
    name: "s",
    merges: [],
    values: [
      ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"],
      [1, "推进老年人家庭适老化改造。", progress, "市民政局", status],
    ],
  });
  return detectLag(task, vocabulary, asOf);
}

describe("detectLag", () => {
  it("takes the status: 进度滞后 red, 部分滞后 yellow, 按时推进 green, empty none", () => {
    expect(lagOf("推进中。", "进度滞后")).toMatchObject({ category: "behind", flag: "red" });
    expect(lagOf("推进中。", "部分滞后")).toMatchObject({ category: "behind", flag: "yellow" });
    expect(lagOf("推进中。", "按时推进")).toMatchObject({ category: "on_track", flag: "green" });
    expect(lagOf("推进中。", "未启动")).toMatchObject({ category: "not_started", flag: "red" });
    expect(lagOf("推进中。", "")).toMatchObject({ category: "unknown", flag: "none" });
  });

  it("flags numbers clearly behind 序时进度 even under 按时推进, and says why with the numbers", () => {
    const result = lagOf("全年计划完成适老化改造2225户,目前已完成改造150户。", "按时推进");
    expect(result).toMatchObject({ category: "behind", flag: "red" });
    expect(result.reasons.map((r) => r.code)).toEqual(["status/on-pace", "numbers/behind", "status/contradicted"]);
    expect(renderLagReason(result.reasons[1])).toBe("“全年计划完成适老化改造2225户,目前已完成改造150户”（150/2225户，完成 6.7%），低于序时进度 50%");
  });

  it("is yellow when modestly behind, green when on or ahead of pace", () => {
    expect(lagOf("完成年度计划的40%。", "按时推进").flag).toBe("yellow");
    expect(lagOf("完成年度计划的48%。", "按时推进").flag).toBe("green");
    expect(lagOf("完成年度计划的80%。", "按时推进").reasons.map((r) => r.code)).toContain("numbers/ahead");
  });

  it("compares against the pace of the as-of date", () => {
    const september = resolveAsOf({ given: "2021-09-30" });
    expect(lagOf("完成年度计划的60%。", "按时推进", september).flag).toBe("yellow");
    expect(lagOf("完成年度计划的60%。", "按时推进").flag).toBe("green");
  });

  it("flags words that say work is paused or not started", () => {
    const result = lagOf("转设工作目前处于暂停状态。", "按时推进");
    expect(result).toMatchObject({ category: "behind", flag: "yellow" });
    expect(result.reasons.map((r) => renderLagReason(r))).toContain("进展情况提到“暂停”：转设工作目前处于暂停状态");
  });

  it("judges numbers without a date only by status and words", () => {
    const noDate = resolveAsOf({});
    expect(lagOf("完成年度计划的10%。", "按时推进", noDate).flag).toBe("green");
  });
});
