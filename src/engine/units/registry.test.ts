import { builtinRegistry, canonicalUnits, createRegistry, extendRegistry, namedUnits, UNIT_KINDS } from "./registry";

describe("builtinRegistry (Jiaxing)", () => {
  const registry = builtinRegistry();

  it("finds canonical names, bracketed second names and names with other bracket widths as written", () => {
    expect(registry.lookup("市财政局")).toMatchObject({ via: "canonical", entry: { name: "市财政局", kind: "市级部门" } });
    expect(registry.lookup("市委组织部(市委人才办)")).toMatchObject({ via: "variant", entry: { name: "市委组织部" } });
    expect(registry.lookup("嘉兴经济技术开发区(国际商务区)")).toMatchObject({ via: "variant", entry: { kind: "功能区" } });
    expect(registry.lookup("各县(市、区)政府")).toMatchObject({ via: "canonical", entry: { name: "各县（市、区）政府" } });
  });

  it("maps names written without 市 and short forms to the canonical name", () => {
    expect(registry.lookup("长三角发展办")).toMatchObject({ via: "alias", entry: { name: "市长三角发展办" } });
    expect(registry.lookup("交通运输局")).toMatchObject({ via: "alias", entry: { name: "市交通运输局" } });
    expect(registry.lookup("市发改委")).toMatchObject({ via: "alias", entry: { name: "市发展改革委" } });
    expect(registry.canonical("经信局")).toBe("市经信局");
  });

  it("knows renamings with the year the new name took effect", () => {
    expect(registry.lookup("嘉兴银保监分局")).toMatchObject({
      via: "former",
      until: 2023,
      entry: { name: "国家金融监督管理总局嘉兴监管分局", kind: "垂直管理" },
    });
  });

  it("does not invent aliases for party bodies (市委…)", () => {
    expect(registry.lookup("委组织部")).toBeNull();
  });

  it("suggests the nearest registered names for an unknown one", () => {
    expect(registry.lookup("市发展和改革委员会")).toBeNull();
    expect(registry.suggest("市发展和改革委员会", 3)[0]).toBe("市发展改革委");
    expect(registry.suggest("完全无关", 3)).toEqual([]);
  });

  it("splits registered units run together, and nothing else", () => {
    expect(registry.segment("各县(市、区)政府嘉兴经济技术开发区(国际商务区)")).toEqual(["各县(市、区)政府", "嘉兴经济技术开发区(国际商务区)"]);
    expect(registry.segment("市财政局市税务局")).toEqual(["市财政局", "市税务局"]);
    expect(registry.segment("市财政局")).toBeNull();
    expect(registry.segment("市火星局市财政局")).toBeNull();
  });

  it("names each unit of a list once, canonical, with the piece that named it first", () => {
    const names = ["市财政局市税务局", "财政局", "市火星局", "发改委"];
    expect(namedUnits(registry, names)).toEqual([
      { canonical: "市财政局", written: "市财政局" },
      { canonical: "市税务局", written: "市税务局" },
      { canonical: "市火星局", written: "市火星局" },
      { canonical: "市发展改革委", written: "发改委" },
    ]);
    expect(canonicalUnits(registry, names)).toEqual(["市财政局", "市税务局", "市火星局", "市发展改革委"]);
    expect(namedUnits(registry, [])).toEqual([]);
  });

  it("gives every entry a known kind", () => {
    for (const entry of registry.entries) expect(UNIT_KINDS).toContain(entry.kind);
  });
});

describe("extendRegistry", () => {
  it("adds another city's units and lets the clerk's entry override a built-in one", () => {
    const base = createRegistry([{ name: "市财政局", kind: "市级部门", aliases: [] }]);
    const extended = extendRegistry(base, [
      { name: "市财政局", kind: "其他", aliases: ["财政"] },
      { name: "杭州市发展改革委", kind: "市级部门", aliases: ["杭州发改委"] },
    ]);
    expect(extended.lookup("市财政局")?.entry.kind).toBe("其他");
    expect(extended.lookup("财政")).toMatchObject({ via: "alias", entry: { name: "市财政局" } });
    expect(extended.lookup("杭州发改委")).toMatchObject({ via: "alias", entry: { name: "杭州市发展改革委" } });
    expect(extended.entries).toHaveLength(2);
    expect(base.lookup("杭州发改委")).toBeNull();
  });
});
