/**
 * The built dist/functions.js as Excel loads it where there is no shared runtime: a JavaScript-only runtime
 * with CustomFunctions and no window or document. It must register every function named in the built
 * functions.json, and the functions must give the same answers as the engine tests expect.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { extractTargets } from "../../src/engine/targets";

const DIST = path.join(__dirname, "..", "..", "dist");

class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Fn = (...args: unknown[]) => unknown;
const registered = new Map<string, Fn>();

beforeAll(() => {
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: Fn) => void registered.set(id, fn),
      Error: RuntimeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
  });
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
});

const call = (id: string, ...args: unknown[]) => {
  const fn = registered.get(id);
  if (!fn) throw new Error(`${id} was not registered`);
  return fn(...args);
};

describe("dist/functions.js in a runtime without a window", () => {
  it("registers exactly the functions functions.json declares", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(registered.size).toBe(6);
  });

  it("=TAIZHANG.TARGETS spills what the engine extracts", () => {
    const text = "社会消费品零售总额增长5.5%以上，新增国家高新技术企业500家";
    const rows = call("TARGETS", text) as unknown[][];
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(extractTargets(text).map((t) => [t.metric, t.value, t.unit]));
  });

  it("=TAIZHANG.CHANGE, =TAIZHANG.UNITS and =TAIZHANG.CATEGORY with a 状态词表 range give the reviewer's answers", () => {
    expect(call("CHANGE", "社会消费品零售总额增长5.5%以上", "社会消费品零售总额增长7%以上")).toBe("−1.5个百分点");
    // One cell tells no place: the units as written, unless the workbook's 单位名录 range is given.
    expect(call("UNITS", "长三角发展办、市科技局、市科技局")).toEqual([["长三角发展办"], ["市科技局"]]);
    expect(
      call("UNITS", "长三角发展办", [
        ["规范名称", "别名", "类别"],
        ["市长三角发展办", "长三角发展办", "市级部门"],
      ]),
    ).toEqual([["市长三角发展办"]]);
    expect(
      call("CATEGORY", "基本滞后", [
        ["状态", "类别"],
        ["基本滞后", "滞后"],
      ]),
    ).toBe("滞后");
  });

  it("returns the runtime's error values, never throws", () => {
    expect(call("TARGET", 42)).toMatchObject({ code: "#VALUE!" });
    expect(call("CATEGORY", "不知道")).toBeInstanceOf(RuntimeError);
  });
});
