import { foldText } from "../text";
import { halfWidthPunctuationPositions, toFullWidthPunctuation } from "./punctuation";

describe("toFullWidthPunctuation", () => {
  it.each([
    ["推动嘉兴综合保税区扩区,增强园区平台承载能力。", "推动嘉兴综合保税区扩区，增强园区平台承载能力。"],
    ["1-6月完成投资110.95亿元,引进世界500强项目3个", "1-6月完成投资110.95亿元，引进世界500强项目3个"],
    ["嘉兴经济技术开发区(国际商务区)", "嘉兴经济技术开发区（国际商务区）"],
    ["社会事业发展三年行动计划(2021-2023)", "社会事业发展三年行动计划（2021-2023）"],
    ["主要包括:交通;能源", "主要包括：交通；能源"],
    ["增长6%,同比提高", "增长6%，同比提高"],
  ])("%s", (before, after) => {
    expect(toFullWidthPunctuation(before)).toBe(after);
    // A fix never changes meaning: folding width gives back the same text.
    expect(foldText(toFullWidthPunctuation(before))).toBe(foldText(before));
  });

  it.each(["G60科创走廊", "PM2.5年均浓度", "1,000万元", "8:30召开", "1-6月", "Hello, world (test)", "110.95亿元"])("leaves %s alone", (text) => {
    expect(halfWidthPunctuationPositions(text)).toEqual([]);
    expect(toFullWidthPunctuation(text)).toBe(text);
  });

  it("makes a mark beside one it makes full width full width too, so that a second pass finds nothing", () => {
    // Found by the property test: "((推进" became "(（推进", and then the first "(" stood beside a full-width one.
    for (const [before, after] of [
      ["((推进", "（（推进"],
      ["推进;,", "推进；，"],
      ["推进 ; ,", "推进 ； ，"],
      ["a,(推进)", "a，（推进）"],
      ["(a ;)推进", "（a ；）推进"],
      ["1,(推进)", "1，（推进）"],
    ]) {
      expect([before, toFullWidthPunctuation(before)]).toEqual([before, after]);
      expect(halfWidthPunctuationPositions(after)).toEqual([]);
    }
  });

  it("still leaves a mark between digits alone beside a full-width one", () => {
    expect(toFullWidthPunctuation("1,2(推进)")).toBe("1,2（推进）");
  });

  it("judges a mark the same with or without the white space the other fixes remove", () => {
    // Found by the property test: joining "=SUM(A1)" and "序号" made the brackets Chinese only after the fix.
    for (const [spaced, joined] of [
      ["=SUM(A1)\r\n序号", "=SUM(A1)序号"],
      ["园区\n(国际商务区)", "园区(国际商务区)"],
      ["交通\u3000,能源", "交通,能源"],
      ["Hello (test)\t\n", "Hello (test)"],
    ]) {
      expect([spaced, halfWidthPunctuationPositions(spaced).length]).toEqual([spaced, halfWidthPunctuationPositions(joined).length]);
    }
  });
});
