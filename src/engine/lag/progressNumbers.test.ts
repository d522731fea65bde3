import { completionShares } from "./progressNumbers";

const ratios = (text: string) => completionShares(text).map((s) => [s.raw, Math.round(s.ratio * 1000) / 1000]);

describe("completionShares", () => {
  it("reads shares of the annual quantity in the ways progress reports write them", () => {
    expect(ratios("已完成投资,完成年度计划的68.4%,完工率69.5%")).toEqual([["完成年度计划的68.4%", 0.684]]);
    expect(ratios("完成全年目标任务的82.8%")).toEqual([["完成全年目标任务的82.8%", 0.828]]);
    expect(ratios("项目开工率100%,投资完成率69.67%")).toEqual([["完成率69.67%", 0.697]]);
    expect(ratios("“运动家”智慧体育社区上半年进度48.6%。")).toEqual([["进度48.6%", 0.486]]);
    expect(ratios("占今年计划完成投资65.4%")).toEqual([["占今年计划完成投资65.4%", 0.654]]);
  });

  it("reads counts against the year's plan", () => {
    expect(completionShares("完成54个(年度计划82个)")).toEqual([{ raw: "完成54个(年度计划82个)", ratio: 54 / 82, done: 54, planned: 82, unit: "个" }]);
    expect(completionShares("适老化改造完成150/2225户")[0]).toMatchObject({ done: 150, planned: 2225, unit: "户" });
    const plan = completionShares("3.全年计划完成困难老年人家庭适老化改造2225户,目前已完成改造150户,其余已完成改造前评估工作");
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ done: 150, planned: 2225, unit: "户" });
  });

  it("leaves rates that are not completion, and shares of a multi-year total", () => {
    expect(completionShares("全市好评率达99.98%,同比增长33.69%,覆盖率达76.78%")).toEqual([]);
    expect(completionShares("大运河文化公园已完成总投资的34%")).toEqual([]);
    expect(completionShares("1-6月完成投资4215万元")).toEqual([]);
  });
});
