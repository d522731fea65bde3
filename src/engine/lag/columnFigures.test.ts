import { doneOfTarget, percentCellShare, quantityOf, rateShare } from "./columnFigures";

const ratio = (share: { ratio: number } | null) => (share === null ? null : Math.round(share.ratio * 1000) / 1000);

describe("percentCellShare", () => {
  it.each([
    ["80%", 0.8, "80%"],
    ["95%", 0.95, "95%"],
    ["98.4%", 0.984, "98.4%"],
    ["80%(新区实验幼儿园进度滞后)", 0.8, "80%"],
    ["57%（赤溪、灵溪偏慢）", 0.57, "57%"],
    ["22%(严重滞后)", 0.22, "22%"],
    ["８５％", 0.85, "85%"],
    ["已完成80%，正在验收", 0.8, "已完成80%"],
  ])("reads %s as the completion share", (cell, share, raw) => {
    expect(percentCellShare(cell)).toEqual({ ratio: expect.closeTo(share, 10), raw, from: "cell" });
  });

  it.each(["同比增长6%", "全市好评率达99.98%", "进度80%", "完成率77%", "推进中", "80"])("does not read %s", (cell) => {
    expect(percentCellShare(cell)).toBeNull();
  });
});

describe("rateShare", () => {
  it.each([
    ["0.54", 0.54],
    ["54", 0.54],
    ["54%", 0.54],
    ["215%", 2.15],
    ["1", 1],
    ["1.2", 1.2],
    ["1.5", 1.5],
    ["1.6", 0.016],
    ["0", 0],
  ])("reads the rate cell %s as %s", (cell, share) => {
    expect(ratio(rateShare(cell))).toBe(share);
  });

  it("keeps the cell as written and reads nothing from text", () => {
    expect(rateShare("0.54")).toEqual({ ratio: 0.54, raw: "0.54", from: "rate" });
    expect(rateShare("")).toBeNull();
    expect(rateShare("较好")).toBeNull();
  });
});

describe("doneOfTarget", () => {
  it("divides done by target when both are quantities of one unit, or one has none", () => {
    expect(doneOfTarget("700人", "1300人")).toEqual({ ratio: 700 / 1300, raw: "700人/1300人", done: 700, planned: 1300, unit: "人", from: "columns" });
    expect(ratio(doneOfTarget("700", "1300人"))).toBe(0.538);
    expect(ratio(doneOfTarget("700", "1300"))).toBe(0.538);
    expect(ratio(doneOfTarget("7000人", "1.3万人"))).toBe(0.538);
    expect(ratio(doneOfTarget("1,200", "2,000户"))).toBe(0.6);
    expect(ratio(doneOfTarget("1500户", "完成棚户区改造2836户"))).toBe(0.529);
  });

  it("counts bare figures in the 计量单位 column's unit", () => {
    expect(doneOfTarget("3.1", "5.2", "万人")).toMatchObject({ done: 31000, planned: 52000, unit: "人" });
    expect(ratio(doneOfTarget("31000人", "5.2", "万人"))).toBe(0.596);
    expect(doneOfTarget("3.1", "5.2", "%")).toBeNull();
  });

  it("reads nothing from a target that is no quantity, a rate, another unit or a count far past the target", () => {
    expect(doneOfTarget("700", "提升公路安全设施")).toBeNull();
    expect(doneOfTarget("90%", "95%")).toBeNull();
    expect(doneOfTarget("5个", "1300人")).toBeNull();
    expect(doneOfTarget("5000", "1000")).toBeNull();
    expect(doneOfTarget("", "1300")).toBeNull();
  });
});

describe("quantityOf", () => {
  it("reads a number with its multiplier and unit, and qualifiers around it", () => {
    expect(quantityOf("3.5万亩")).toEqual({ value: 35000, unit: "亩" });
    expect(quantityOf("1300人以上")).toEqual({ value: 1300, unit: "人" });
    expect(quantityOf("约20亿元")).toEqual({ value: 2e9, unit: "元" });
    expect(quantityOf("2个百分点")).toBeNull();
  });
});
