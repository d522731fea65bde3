import fc from "fast-check";
import { StableOrder } from "./stableOrder";

describe("StableOrder", () => {
  it("orders positions by key, ties in position order, with one pass or several", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.array(fc.nat(), { maxLength: 300 }), (keyLimit, raw) => {
        const keys = Int32Array.from(raw, (k) => k % keyLimit);
        const order = new StableOrder(keys.length, keyLimit);
        // Twice, as the matcher calls it task after task with the same scratch arrays.
        for (let round = 0; round < 2; round++) {
          const expected = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b] || a - b);
          expect(Array.from(order.of(keys, keys.length).subarray(0, keys.length))).toEqual(expected);
          keys.reverse();
        }
      }),
      { numRuns: 300 },
    );
  });
});
