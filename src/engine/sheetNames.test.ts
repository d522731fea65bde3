import { MAX_SHEET_NAME, sheetNameFrom, sheetNameProblem } from "./sheetNames";

/** Half of a surrogate pair without its other half: text Excel cannot show and XML cannot hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const EMOJI = "😀";
const EXT_B = "𠀀"; // U+20000, a CJK Extension B character: two code units, as an emoji

describe("sheetNameProblem", () => {
  it("refuses an empty name, or one of spaces, or no text at all", () => {
    expect(sheetNameProblem("")).toBe("empty");
    expect(sheetNameProblem("   ")).toBe("empty");
    expect(sheetNameProblem(undefined)).toBe("empty");
    expect(sheetNameProblem(12)).toBe("empty");
  });

  it("counts length as Excel does, in UTF-16 code units", () => {
    expect(sheetNameProblem("某".repeat(MAX_SHEET_NAME))).toBeNull();
    expect(sheetNameProblem("某".repeat(MAX_SHEET_NAME + 1))).toBe("too-long");
    // 16 characters, 32 code units.
    expect(sheetNameProblem(EMOJI.repeat(16))).toBe("too-long");
    expect(sheetNameProblem(EXT_B.repeat(15) + "某")).toBeNull();
  });

  it.each(["[", "]", ":", "*", "?", "/", "\\"])("refuses %s anywhere in the name", (char) => {
    expect(sheetNameProblem(`市${char}局`)).toBe("bad-chars");
  });

  it("refuses a quote at either end, not inside", () => {
    expect(sheetNameProblem("'市局")).toBe("quote");
    expect(sheetNameProblem("市局'")).toBe("quote");
    expect(sheetNameProblem("O'Brien")).toBeNull();
  });

  it("refuses History in any case, and only the whole word", () => {
    expect(sheetNameProblem("History")).toBe("reserved");
    expect(sheetNameProblem("HISTORY")).toBe("reserved");
    expect(sheetNameProblem("History1")).toBeNull();
  });
});

describe("sheetNameFrom", () => {
  it("writes forbidden characters as _ and white space runs as one space", () => {
    expect(sheetNameFrom("[市]局:一/二\\三*?", "单位")).toBe("_市_局_一_二_三__");
    expect(sheetNameFrom("市财政局\n（市国资委）\t 2021", "单位")).toBe("市财政局 （市国资委） 2021");
  });

  it("drops quotes and spaces at either end, keeping those inside", () => {
    expect(sheetNameFrom("'市局'", "单位")).toBe("市局");
    expect(sheetNameFrom("  ' 市局 '' ", "单位")).toBe("市局");
    expect(sheetNameFrom("O'Brien", "单位")).toBe("O'Brien");
  });

  it("cuts to 31 code units, then drops a quote or space the cut left at the end", () => {
    expect(sheetNameFrom("某".repeat(40), "单位")).toBe("某".repeat(MAX_SHEET_NAME));
    expect(sheetNameFrom(`${"某".repeat(30)}'尾`, "单位")).toBe("某".repeat(30));
    expect(sheetNameFrom(`${"某".repeat(30)} 尾`, "单位")).toBe("某".repeat(30));
    expect(sheetNameFrom(`${"某".repeat(29)} '尾`, "单位")).toBe("某".repeat(29));
  });

  it("never cuts a surrogate pair in half", () => {
    expect(sheetNameFrom(`${"某".repeat(30)}${EMOJI}`, "单位")).toBe("某".repeat(30));
    expect(sheetNameFrom(EXT_B.repeat(16), "单位")).toBe(EXT_B.repeat(15));
    expect(sheetNameFrom(`${"某".repeat(29)}${EMOJI}尾`, "单位")).toBe(`${"某".repeat(29)}${EMOJI}`);
  });

  it("gives the fallback for nothing left or the reserved name", () => {
    expect(sheetNameFrom("", "单位")).toBe("单位");
    expect(sheetNameFrom(" ''' ", "Sheet1")).toBe("Sheet1");
    expect(sheetNameFrom("History", "单位")).toBe("单位");
    expect(sheetNameFrom(" history ", "Sheet1")).toBe("Sheet1");
  });

  it("makes a name the check takes from every hard text", () => {
    const hard = [
      "",
      "'",
      "History",
      "[]:*?/\\",
      `${"某".repeat(30)}'`,
      `'${"某".repeat(40)}'`,
      `${"某".repeat(30)}${EMOJI}`,
      `${EMOJI.repeat(20)}`,
      `${"a".repeat(30)}${EXT_B}${EXT_B}`,
      `${"a".repeat(30)}  '' 'b`,
      "\u3000市局\u3000",
    ];
    for (const text of hard) {
      const name = sheetNameFrom(text, "单位");
      expect(sheetNameProblem(name)).toBeNull();
      expect(name).not.toMatch(LONE_SURROGATE);
    }
  });
});
