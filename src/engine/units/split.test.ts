import { splitUnitList, unitNames } from "./split";

const kinds = (text: string) => splitUnitList(text).separators.map((s) => s.kind);

describe("splitUnitList", () => {
  it("reads a well-formed list with no separator problems", () => {
    const parsed = splitUnitList("市发展改革委、市统计局、市经信局");
    expect(parsed.parts.map((p) => p.text)).toEqual(["市发展改革委", "市统计局", "市经信局"]);
    expect(parsed.separators).toEqual([]);
    expect(parsed.normalized).toBe("市发展改革委、市统计局、市经信局");
  });

  it("keeps a 、 inside brackets as part of the name", () => {
    expect(unitNames("市教育局、各县（市、区）政府")).toEqual(["市教育局", "各县（市、区）政府"]);
    expect(unitNames("各县(市、区)政府、嘉兴港区")).toEqual(["各县(市、区)政府", "嘉兴港区"]);
    expect(kinds("市教育局、各县（市、区）政府")).toEqual([]);
  });

  it("names each kind of wrong separator and normalises to 、", () => {
    expect(kinds("南湖区政府、 秀洲区政府")).toEqual(["stray-space"]);
    expect(kinds("市财政局，市税务局")).toEqual(["comma"]);
    expect(kinds("市财政局,市税务局")).toEqual(["comma"]);
    expect(kinds("市财政局；市税务局")).toEqual(["semicolon"]);
    expect(kinds("市财政局 市税务局")).toEqual(["space"]);
    expect(kinds("市财政局\n市税务局")).toEqual(["line-break"]);
    expect(kinds("市财政局、\n市税务局")).toEqual(["line-break"]);
    expect(kinds("市财政局、、市税务局")).toEqual(["extra"]);
    expect(kinds("市财政局、")).toEqual(["extra"]);
    expect(kinds("、市财政局")).toEqual(["extra"]);
    for (const text of ["南湖区政府、 秀洲区政府", "南湖区政府，秀洲区政府", "南湖区政府\r\n秀洲区政府", "南湖区政府、秀洲区政府、"]) {
      expect(splitUnitList(text).normalized).toBe("南湖区政府、秀洲区政府");
    }
  });

  it("gives offsets that point back into the cell text", () => {
    const text = "市财政局、 市税务局";
    for (const part of splitUnitList(text).parts) expect(text.slice(part.start, part.end)).toBe(part.text);
  });

  it("reads an empty or blank cell as no units", () => {
    expect(splitUnitList("").parts).toEqual([]);
    expect(splitUnitList("   ").parts).toEqual([]);
  });
});

describe("a space before a bracketed aside", () => {
  it("keeps the aside with its name and reports the space as stray", () => {
    const parsed = splitUnitList("市财政局 嘉兴经济技术开发区 （国际商务区）");
    expect(parsed.parts.map((p) => p.text)).toEqual(["市财政局", "嘉兴经济技术开发区 （国际商务区）"]);
    expect(parsed.separators.map((s) => s.kind)).toEqual(["space", "stray-space"]);
    expect(parsed.normalized).toBe("市财政局、嘉兴经济技术开发区（国际商务区）");
  });
});

describe("unitNames of other places' cells", () => {
  it("keeps a bracketed aside on its own line with its unit, and a collective named in pieces as one", () => {
    expect(unitNames("区应急管理局\n(安委办)")).toEqual(["区应急管理局(安委办)"]);
    expect(unitNames("区金融办,各乡、街道办事处")).toEqual(["区金融办", "各乡、街道办事处"]);
    expect(unitNames("各县、市、区")).toEqual(["各县、市、区"]);
    // Two units of their own are still two.
    expect(unitNames("县教育局、县财政局")).toEqual(["县教育局", "县财政局"]);
  });
});
