import { stallWords } from "./stallWords";

describe("stallWords", () => {
  it("finds words that say work stopped or has not begun, with their clause", () => {
    expect(stallWords("1.持续提升服务水平。2.省级和市级出口名牌申报工作还未开展,目前出口名牌企业数为113家。")).toEqual([
      { word: "还未开展", clause: "省级和市级出口名牌申报工作还未开展" },
    ]);
    expect(stallWords("东方学院转设工作目前处于暂停状态,方案需进一步研究").map((s) => s.word)).toEqual(["暂停"]);
    expect(stallWords("项目尚未开工；验收延期").map((s) => s.word)).toEqual(["尚未开工", "延期"]);
  });

  it("does not read a negated word or ordinary progress", () => {
    expect(stallWords("全部项目按期推进,未出现延期,无暂停")).toEqual([]);
    expect(stallWords("正稳步推进地块选址工作")).toEqual([]);
  });
});
