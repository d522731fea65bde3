import { targetShares } from "./targetProgress";

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
});
