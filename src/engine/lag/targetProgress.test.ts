import { extractTargets } from "../targets";
import { figuresAgainstTargets, targetShares } from "./targetProgress";

const shares = (task: string, progress: string) => targetShares(task, progress).map((s) => [s.done, s.planned, s.unit, Math.round(s.ratio * 100)]);

describe("targetShares", () => {
  it("sets figures of the progress text against the task's own annual targets", () => {
    expect(shares("争取全年为企业减负250亿元。", "1-6月,为企业减负67.5亿元。")).toEqual([[67.5, 250, "亿元", 27]]);
    expect(shares("新增高标准农田6万亩。", "新建高标准农田3.12万亩。")).toEqual([[3.12, 6, "万亩", 52]]);
  });

  it("converts 万 and plain units, and pairs each figure with the metric that agrees best", () => {
    expect(shares("腾退低效用地2万亩。", "腾退低效用地8000亩。")).toEqual([[0.8, 2, "万亩", 40]]);
    expect(shares("新建小微企业园20家，入驻小微企业1000家。", "新建成小微企业园9家，入驻小微企业500家以上。")).toEqual([
      [9, 20, "家", 45],
      [500, 1000, "家", 50],
    ]);
  });

  it("reads nothing from rates, other metrics or a task without targets", () => {
    expect(shares("地区生产总值增长6%。", "地区生产总值增长8.5%。")).toEqual([]);
    expect(shares("新增上市企业12家。", "新增高新技术企业300家。")).toEqual([]);
    expect(shares("推进项目建设。", "完成投资3亿元。")).toEqual([]);
  });

  it("does not read a % sign as a share of a quantity", () => {
    expect(shares("新增城镇就业1300人。", "完成年度任务的60%。")).toEqual([]);
  });
});

const rates = (task: string, progress: string) => figuresAgainstTargets(progress, extractTargets(task)).rates.map((r) => [r.goal.value, r.value, r.raw]);

describe("rate comparisons", () => {
  it("sets a growth rate the progress reports beside the task's target rate, unscaled", () => {
    expect(rates("地区生产总值增长6%以上。", "地区生产总值同比增长2.9%。")).toEqual([[6, 2.9, "地区生产总值同比增长2.9%"]]);
    expect(rates("固定资产投资增长8%以上。", "1-6月,全市固定资产投资增速12.7%")).toEqual([[8, 12.7, "全市固定资产投资增速12.7%"]]);
  });

  it("turns a decline into a negative growth, and reads a decline target as such", () => {
    expect(rates("规上工业增加值增长3.5%。", "规上工业增加值同比下降1.2%")).toEqual([[3.5, -1.2, "规上工业增加值同比下降1.2%"]]);
    expect(rates("单位GDP能耗下降3%。", "单位GDP能耗下降2%")).toEqual([[3, 2, "单位GDP能耗下降2%"]]);
  });

  it("passes over the target restated in the progress text", () => {
    expect(rates("地区生产总值增长6%。", "年度目标为地区生产总值增长6%，上半年地区生产总值增长2.9%")).toEqual([[6, 2.9, "上半年地区生产总值增长2.9%"]]);
  });

  it("reads no rate of another metric, and none without a rate target", () => {
    expect(rates("地区生产总值增长6%。", "工业投资同比增长23.5%")).toEqual([]);
    expect(rates("新增城镇就业1300人。", "同比增长6%")).toEqual([]);
    expect(rates("覆盖率达到95%。", "覆盖率达到92%")).toEqual([]);
  });
});
