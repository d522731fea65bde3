import fc from "fast-check";
import { groupBy, NumberHeap } from "./collections";

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

test("NumberHeap gives the numbers back smallest first, as a numeric sort orders them", () => {
  // -0 and 0 compare equal, so either order is sorted; the check compares with Object.is.
  const number = fc.double({ noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));
  fc.assert(
    fc.property(fc.array(number, { maxLength: 300 }), fc.nat(), (numbers, taken) => {
      const heap = new NumberHeap(numbers.length);
      heap.values.set(numbers);
      heap.heapify(numbers.length);
      const count = numbers.length === 0 ? 0 : taken % (numbers.length + 1);
      const popped = Array.from({ length: count }, () => heap.pop());
      expect(popped).toEqual([...numbers].sort((a, b) => a - b).slice(0, count));
      expect(heap.size).toBe(numbers.length - count);
    }),
  );
});
