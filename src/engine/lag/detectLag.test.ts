import { defaultVocabulary } from "../status/vocabulary";
import { taskRecords, type TaskLine, type TaskRecord } from "../tasks";
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

/** A task of another place's report, with the columns the recognition fills (完成数, 目标, 完成率). */
function taskOf(task: string, ...lines: Partial<TaskLine>[]): TaskRecord {
  // Cast: the line's other fields (content, measure …) are "" or empty here, as taskRecords makes them.
  const full = lines.map(
    (line, i) =>
      ({
        row: 3 + i,
        text: i === 0 ? task : "",
        units: ["县教育局"],
        coUnits: [],
        progress: "",
        status: "",
        target: "",
        content: "",
        measure: "",
        done: "",
        rate: "",
        leaders: [],
        ...line,
      }) as TaskLine,
  );
  return { sheet: "s", row: 3, seq: "1", kind: "progress", section: null, lines: full, text: task, units: ["县教育局"], coUnits: [] } as TaskRecord;
}

const october = resolveAsOf({ title: "2022年度民生实事未完成项目进度表(截至10月31日)" });
const codes = (result: { reasons: { code: string }[] }) => result.reasons.map((r) => r.code);
const texts = (result: { reasons: Parameters<typeof renderLagReason>[0][] }, locale: "zh-CN" | "en-US" = "zh-CN") =>
  result.reasons.map((r) => renderLagReason(r, locale));

describe("detectLag on other places' reports", () => {
  it("reads a status phrase by the term it contains, and says so", () => {
    const result = detectLag(taskOf("新建公办园5所。", { status: "部分项目进度滞后" }), vocabulary, october);
    expect(result).toMatchObject({ category: "behind", flag: "yellow" });
    expect(texts(result)).toEqual(["进展状态为“部分项目进度滞后”（按“进度滞后”判断）"]);
    expect(texts(result, "en-US")).toEqual(['Status is "部分项目进度滞后", read as "进度滞后" (partly behind)']);
    expect(detectLag(taskOf("新建公办园5所。", { status: "严重滞后" }), vocabulary, october)).toMatchObject({ category: "behind", flag: "red" });
    expect(detectLag(taskOf("新建公办园5所。", { status: "提前完成年度任务。" }), vocabulary, october)).toMatchObject({ category: "done", flag: "green" });
  });

  it("reads a progress cell that is a percentage against the pace, and its comment's words", () => {
    const behind = detectLag(taskOf("新建公办园5所。", { progress: "80%(新区实验幼儿园进度滞后)" }), vocabulary, october);
    expect(behind).toMatchObject({ category: "behind", flag: "yellow" });
    expect(codes(behind)).toEqual(["status/empty", "numbers/on-pace", "words/stalled"]);
    expect(texts(behind)[1]).toBe("“80%”（完成 80%），接近序时进度 83.3%");
    const slow = detectLag(taskOf("x", { progress: "57%(赤溪、灵溪偏慢)" }), vocabulary, october);
    expect(slow).toMatchObject({ category: "behind", flag: "yellow" });
    expect(codes(slow)).toEqual(["status/empty", "numbers/behind", "words/behind"]);
    const severe = detectLag(taskOf("x", { progress: "22%(严重滞后)" }), vocabulary, october);
    expect(codes(severe)).toEqual(["status/empty", "numbers/behind", "words/behind"]);
    expect(severe.reasons.map((r) => r.flag)).toEqual(["none", "red", "red"]);
    // With no status, figures on pace say the task is on track.
    expect(detectLag(taskOf("x", { progress: "95%" }), vocabulary, october)).toMatchObject({ category: "on_track", flag: "green" });
    expect(codes(detectLag(taskOf("x", { progress: "同比增长6%" }), vocabulary, october))).toEqual(["status/empty"]);
  });

  it("reads 完成数 against 目标, and says both numbers and the pace", () => {
    const result = detectLag(taskOf("新增城镇就业", { target: "1300人", done: "700" }), vocabulary, october);
    expect(result).toMatchObject({ category: "behind", flag: "yellow" });
    expect(texts(result)[1]).toBe("完成 700人，目标 1300人（完成 53.8%），低于序时进度 83.3%");
    expect(texts(result, "en-US")[1]).toBe("700人 done of a 1300人 target (53.8%), behind the 83.3% pace");
    expect(codes(detectLag(taskOf("提升公路安全设施", { target: "提升公路安全设施", done: "700" }), vocabulary, october))).toEqual(["status/empty"]);
  });

  it("reads a 完成率 cell however Excel shows it, and says the rate and the pace", () => {
    const rate = (cell: string) => detectLag(taskOf("x", { rate: cell, status: "正常推进" }), vocabulary, october);
    expect(rate("0.54")).toMatchObject({ category: "behind", flag: "yellow" });
    expect(rate("54")).toMatchObject({ category: "behind", flag: "yellow" });
    expect(rate("54%")).toMatchObject({ category: "behind", flag: "yellow" });
    expect(texts(rate("0.54"))[1]).toBe("完成率“0.54”（54%），低于序时进度 83.3%");
    expect(texts(rate("0.54"), "en-US")[1]).toBe('completion rate "0.54" (54%), behind the 83.3% pace');
    expect(codes(rate("215%"))).toEqual(["status/on-pace", "numbers/ahead"]);
    expect(rate("0.3")).toMatchObject({ flag: "red" });
  });

  it("sets growth rates against the target rate as they are", () => {
    const h1 = resolveAsOf({ title: "2025年区政府工作报告目标任务上半年推进情况汇总表" });
    const gdp = detectLag(taskOf("地区生产总值增长6%以上。", { progress: "地区生产总值同比增长2.9%。" }), vocabulary, h1);
    expect(gdp).toMatchObject({ category: "behind", flag: "red" });
    expect(texts(gdp)[1]).toBe("“地区生产总值同比增长2.9%”（2.9%）未达年度目标“地区生产总值增长6%以上”（6%）；增速直接比较，不按序时折算");
    expect(detectLag(taskOf("全体居民人均可支配收入增长6%。", { progress: "全体居民人均可支配收入同比增长4.7%。" }), vocabulary, h1)).toMatchObject({
      flag: "yellow",
    });
    const investment = detectLag(taskOf("工业投资增长12%。", { progress: "工业投资同比增长23.5%。" }), vocabulary, h1);
    expect(investment).toMatchObject({ category: "on_track", flag: "green" });
    expect(codes(investment)).toEqual(["status/empty", "rates/on-target"]);
  });

  it("with no status, takes the category from the figures: the year's quantity reached on every count is done", () => {
    expect(detectLag(taskOf("新增城镇就业", { target: "1300人", done: "1400" }), vocabulary, october)).toMatchObject({ category: "done", flag: "green" });
    expect(detectLag(taskOf("x", { rate: "101.54%" }), vocabulary, october).category).toBe("done");
    expect(detectLag(taskOf("x", { rate: "99%" }), vocabulary, october).category).toBe("ahead");
    expect(detectLag(taskOf("x", { rate: "85%" }), vocabulary, october).category).toBe("on_track");
    // A status, when there is one, is what the category says; the figures are reasons beside it.
    expect(detectLag(taskOf("x", { rate: "101.54%", status: "按时推进" }), vocabulary, october).category).toBe("on_track");
    // A cell that says in words that the target is met.
    expect(detectLag(taskOf("x", { rate: "达到目标60元" }), vocabulary, october).category).toBe("done");
  });

  it("goes by the sheet's own 完成率, not by a figure picked out of the text", () => {
    // 8 of the 60 schools are the new ones; the 完成率 column says where the task stands.
    const result = detectLag(
      taskOf("吸收60所民办幼儿园为“公助园”。", { progress: "新吸收8所公助园,总数达到了60所。", rate: "72%" }),
      vocabulary,
      resolveAsOf({ given: "2022-08-31" }),
    );
    expect(result).toMatchObject({ flag: "green" });
    expect(codes(result)).toEqual(["status/empty", "numbers/on-pace"]);
  });

  it("compares a growth figure whose metric is left unsaid, or written negative, with the task's one rate goal", () => {
    const late = resolveAsOf({ given: "2024-10-31" });
    expect(
      detectLag(taskOf("全社会固定资产投资增长6%。", { progress: "1-10月份全区固定资产投资完成354.1亿元,同比增长0.1%。" }), vocabulary, late),
    ).toMatchObject({ category: "behind", flag: "red" });
    const year = resolveAsOf({ given: "2020-12-31" });
    expect(
      detectLag(
        taskOf("地区生产总值增长6%左右。", { progress: "增速由年初设定的6%左右调整为正增长。地区生产总值初步核算数50610595万元,增幅-1.1%。" }),
        vocabulary,
        year,
      ),
    ).toMatchObject({ category: "behind", flag: "red" });
    // Another metric's growth is not the goal's.
    expect(codes(detectLag(taskOf("地区生产总值增长6%。", { progress: "工业投资同比增长23.5%。" }), vocabulary, late))).toEqual(["status/empty"]);
  });

  it("makes a task whose text says it is all done done, when the status says nothing", () => {
    const done = detectLag(taskOf("x", { progress: "提前完成年度任务。" }), vocabulary, october);
    expect(done).toMatchObject({ category: "done", flag: "green" });
    expect(texts(done)).toEqual(["进展状态为空", "进展情况写“提前完成年度任务”，视为已完成"]);
    expect(detectLag(taskOf("x", { progress: "已完成。" }), vocabulary, october).category).toBe("done");
    expect(texts(detectLag(taskOf("x", { progress: "项目稳步推进,截至目前已完成全年目标任务。" }), vocabulary, october), "en-US")[1]).toBe(
      'Progress text says "已完成全年目标任务", read as done: 截至目前已完成全年目标任务',
    );
    expect(detectLag(taskOf("x", { progress: "已完成投资3亿元" }), vocabulary, october).category).toBe("unknown");
    // The status decides when there is one; figures behind pace outweigh the words.
    expect(detectLag(taskOf("x", { progress: "已完成。", status: "按时推进" }), vocabulary, october).category).toBe("on_track");
    expect(detectLag(taskOf("x", { progress: "全面完成", rate: "0.3" }), vocabulary, october).category).toBe("behind");
  });

  it("reads behind words of the progress text as evidence against the status", () => {
    const result = detectLag(taskOf("x", { progress: "受资金影响，项目推进缓慢。", status: "按时推进" }), vocabulary, october);
    expect(result).toMatchObject({ category: "behind", flag: "yellow" });
    expect(codes(result)).toEqual(["status/on-pace", "words/behind", "status/contradicted"]);
    expect(texts(result)[1]).toBe("进展情况说“推进缓慢”：项目推进缓慢");
  });
});
