import { lagWords, stallWords } from "./stallWords";

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

  it("finds words that say work lags, 严重滞后 as severe, in a comment too", () => {
    expect(lagWords("57%(赤溪、灵溪偏慢)")).toEqual([{ word: "偏慢", clause: "57%(赤溪、灵溪偏慢)", kind: "behind", severe: false }]);
    expect(lagWords("22%(严重滞后)")).toEqual([{ word: "严重滞后", clause: "22%(严重滞后)", kind: "behind", severe: true }]);
    expect(lagWords("项目推进缓慢，未达序时进度").map((w) => w.word)).toEqual(["推进缓慢", "未达序时"]);
    expect(lagWords("部分项目进度较慢").map((w) => w.word)).toEqual(["进度较慢"]);
  });

  it("keeps stall words apart from behind words, the longer word winning", () => {
    expect(lagWords("项目进度滞后").map((w) => [w.word, w.kind])).toEqual([["进度滞后", "stalled"]]);
    expect(stallWords("推进缓慢")).toEqual([]);
  });

  it("does not read a negated behind word", () => {
    expect(lagWords("各项目均未滞后，不存在滞后情况")).toEqual([]);
    expect(lagWords("防止工期滞后")).toEqual([]);
    expect(lagWords("有无滞后项目")).toEqual([]);
  });
});
