import { diffPieces, excerpt, leavesOut, visibleBlanks, type DiffPiece } from "./textDiff";

const same = (text: string): DiffPiece => ({ kind: "same", text });
const removed = (text: string): DiffPiece => ({ kind: "removed", text });
const added = (text: string): DiffPiece => ({ kind: "added", text });
const gap: DiffPiece = { kind: "gap" };

describe("diffPieces", () => {
  it.each([
    ["a half-width comma", "已开工,进展顺利。", "已开工，进展顺利。", [same("已开工"), removed(","), added("，"), same("进展顺利。")]],
    ["a unit's 市", "交通运输局", "市交通运输局", [added("市"), same("交通运输局")]],
    [
      "a line break between units, and two names",
      "长三角发展办\n交通运输局",
      "市长三角发展办、市交通运输局",
      [added("市"), same("长三角发展办"), removed("\n"), added("、市"), same("交通运输局")],
    ],
    ["nothing", "不变", "不变", [same("不变")]],
  ])("marks exactly the characters changed: %s", (_what, before, after, pieces) => {
    expect(diffPieces(before, after)).toEqual(pieces);
  });
});

describe("excerpt", () => {
  const long = (n: number, from = 0) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + from + i)).join("");

  it("keeps 12 characters each side of a change, and a gap for the rest", () => {
    const before = `${long(30)},${long(30, 100)}`;
    const after = `${long(30)}，${long(30, 100)}`;
    expect(excerpt(diffPieces(before, after))).toEqual([gap, same(long(12, 18)), removed(","), added("，"), same(long(12, 100)), gap]);
  });

  it("keeps the text between two changes near each other, and cuts it between two far apart", () => {
    const near = `甲,${long(36)},乙`;
    expect(excerpt(diffPieces(near, near.replace(/,/gu, "，")))).toEqual(diffPieces(near, near.replace(/,/gu, "，")));
    const far = `甲,${long(37)},乙`;
    expect(excerpt(diffPieces(far, far.replace(/,/gu, "，")))).toEqual([
      same("甲"),
      removed(","),
      added("，"),
      same(long(12)),
      gap,
      same(long(12, 25)),
      removed(","),
      added("，"),
      same("乙"),
    ]);
  });

  it("leaves short cells whole, and never cuts a character outside the BMP in half", () => {
    expect(excerpt(diffPieces("交通运输局", "市交通运输局"))).toEqual([added("市"), same("交通运输局")]);
    expect(leavesOut(excerpt(diffPieces("交通运输局", "市交通运输局")))).toBe(false);
    const rare = "𠀀".repeat(20);
    const pieces = excerpt(diffPieces(`${rare},`, `${rare}，`));
    expect(pieces).toEqual([gap, same("𠀀".repeat(12)), removed(","), added("，")]);
    expect(leavesOut(pieces)).toBe(true);
  });

  it("shows a text with no change whole", () => {
    expect(excerpt([same(long(40))])).toEqual([same(long(40))]);
  });
});

describe("visibleBlanks", () => {
  it("draws the blanks a fix takes out", () => {
    expect(visibleBlanks(" 甲\n乙\u3000")).toBe("␣甲↵乙␣");
  });
});
