import { percentText, roundHalfAway } from "./rounding";

describe("roundHalfAway rounds as Excel's ROUND", () => {
  it.each([
    [-31.25, 1, -31.3],
    [31.25, 1, 31.3],
    [0.125, 2, 0.13],
    [-0.125, 2, -0.13],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.5, 0, -2],
    [2.5, 0, 3],
    [66.66666, 1, 66.7],
    [-0.04, 1, 0],
    [1234.5678, 2, 1234.57],
  ])("ROUND(%p, %p) = %p", (value, digits, expected) => {
    expect(roundHalfAway(value, digits)).toBe(expected);
  });

  it("never answers −0, so an unchanged figure does not print as a decline", () => {
    expect(Object.is(roundHalfAway(-0.01, 1), 0)).toBe(true);
  });

  it("gives the 城镇新增就业 change 16万 → 11万 as Excel does: −31.3%, not −31.2%", () => {
    expect(roundHalfAway(((11 - 16) / 16) * 100, 1)).toBe(-31.3);
  });

  it("writes shares as percentages", () => {
    expect(percentText(0.4995)).toBe("50%");
    expect(percentText(0.12345, 2)).toBe("12.35%");
  });
});
