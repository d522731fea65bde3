import { groupBy } from "./collections";

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
