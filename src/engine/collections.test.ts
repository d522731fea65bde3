import { boundedMemo, countDice, groupBy, setDice } from "./collections";

test("groupBy keeps first-seen group order and item order", () => {
  const cells = [
    { sheet: "2024责任分解", cell: "C5" },
    { sheet: "2021责任分解", cell: "B3" },
    { sheet: "2024责任分解", cell: "C9" },
  ];
  expect([...groupBy(cells, (c) => c.sheet)].map(([sheet, group]) => [sheet, group.map((c) => c.cell)])).toEqual([
    ["2024责任分解", ["C5", "C9"]],
    ["2021责任分解", ["B3"]],
  ]);
  expect(groupBy([], (c: { sheet: string }) => c.sheet).size).toBe(0);
});

test("boundedMemo computes each text once, and starts afresh past its limit", () => {
  const computed: string[] = [];
  const length = boundedMemo((text: string) => {
    computed.push(text);
    return text.length;
  }, 2);
  expect([length("市财政局"), length("市财政局"), length("市商务局")]).toEqual([4, 4, 4]);
  expect(computed).toEqual(["市财政局", "市商务局"]);
  length("市税务局"); // the third text: the two known are forgotten
  length("市财政局");
  expect(computed).toEqual(["市财政局", "市商务局", "市税务局", "市财政局"]);
});

describe("Dice's coefficient", () => {
  it("of sets: twice the shared items over both sizes, 0 with an empty side", () => {
    expect(setDice(new Set(["市发", "发改", "改委"]), new Set(["发改", "改委", "改局"]))).toBeCloseTo(4 / 6);
    expect(setDice(new Set(["a"]), new Set<string>())).toBe(0);
  });

  it("of multisets: repeats count as often as both sides hold them", () => {
    const counts = (...items: string[]) => groupCounts(items);
    expect(countDice(counts("推进", "推进", "建设"), counts("推进", "建设", "建设"))).toBeCloseTo(4 / 6);
    expect(countDice(counts(), counts())).toBe(0);
    expect(countDice(counts("推进"), counts())).toBe(0);
  });
});

function groupCounts(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
