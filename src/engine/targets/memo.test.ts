import { extractTargets } from "./extractTargets";
import { targetMemo } from "./memo";

test("targetMemo reads a text once and gives what extractTargets gives", () => {
  const targetsOf = targetMemo();
  const text = "新建“运动家”社区200个，城镇新增就业3.5万人以上";
  const first = targetsOf(text);
  expect(first).toEqual(extractTargets(text));
  expect(first.map((t) => t.value)).toEqual([200, 3.5]);
  expect(targetsOf(text)).toBe(first);
  // A new job starts with nothing remembered.
  expect(targetMemo()(text)).not.toBe(first);
});
