/// <reference types="et-jsapi-declare" />
/**
 * The worksheet functions in WPS, registered against a stand-in for WPS's function API (wps.AddCustomFunction,
 * typed by WPS's declarations): the six names under TAIZHANG with their metadata, and each callback giving what
 * the Excel function gives for the same arguments, handed over as WPS is expected to hand them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { category, prior, target, targets, units } from "../../src/functions/functions";
import { fromWpsArgument, registerWpsFunctions, type WpsFunctionRoot } from "../../src/host/wps/wpsFunctions";
import { FUNCTION_NAMESPACE, worksheetFunctions, type GeneratedFunctions } from "../../src/wps/functions";

type Registered = { namespace: string; name: string; callback: (...args: unknown[]) => unknown; metadata: Parameters<WpsFunctionRoot["AddCustomFunction"]>[3] };

/** WPS's function API as declared: records each registration. */
class FakeFunctionRoot implements WpsFunctionRoot {
  readonly registered: Registered[] = [];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the declarations type the callback as Function
  AddCustomFunction = (namespace: string, name: string, callback: Function, metadata?: Registered["metadata"]) =>
    void this.registered.push({ namespace, name, callback: callback as Registered["callback"], metadata });

  call(name: string, ...args: unknown[]): unknown {
    const fn = this.registered.find((r) => r.name === name);
    if (!fn) throw new Error(`#NAME? ${name}`);
    return fn.callback(...args);
  }
}

let generated: GeneratedFunctions;
let root: FakeFunctionRoot;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "..", "..", "src", "functions", "functions.ts"), false);
  generated = { functions: JSON.parse(result.metadataJson).functions, associate: result.associate };
});

beforeEach(() => {
  root = new FakeFunctionRoot();
  registerWpsFunctions(root, FUNCTION_NAMESPACE, worksheetFunctions(generated));
});

const TASK = "社会消费品零售总额增长5.5%以上，城镇调查失业率控制在5.5%以内";

describe("registration", () => {
  it("registers the six functions under Excel's namespace, with their descriptions and arguments", () => {
    expect(root.registered.map((r) => `${r.namespace}.${r.name}`)).toEqual([
      "TAIZHANG.TARGETS",
      "TAIZHANG.TARGET",
      "TAIZHANG.PRIOR",
      "TAIZHANG.CHANGE",
      "TAIZHANG.CATEGORY",
      "TAIZHANG.UNITS",
    ]);
    const prior = root.registered.find((r) => r.name === "PRIOR")?.metadata;
    expect(prior?.description).toMatch(/^在上年任务中找与本任务对应的一项/u);
    expect(prior?.parameters.map((p) => [p.name, p.type])).toEqual([
      ["text", "string"],
      ["priorTasks", "any"],
      ["priorTargets", "any"],
    ]);
    // A value or an error is "any", as in Excel's functions.json.
    const target = root.registered.find((r) => r.name === "TARGET")?.metadata;
    expect([target?.parameters[1].type, target?.result.type]).toEqual(["number", "any"]);
  });

  it("uses the namespace Excel's manifest names", () => {
    const manifest = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
    expect(/<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"/u.exec(manifest)?.[1]).toBe(FUNCTION_NAMESPACE);
  });

  it("registers nothing, and does not fail, in a WPS without the function API", () => {
    expect(registerWpsFunctions({}, FUNCTION_NAMESPACE, worksheetFunctions(generated))).toBe(0);
    expect(registerWpsFunctions(undefined, FUNCTION_NAMESPACE, worksheetFunctions(generated))).toBe(0);
  });

  it("refuses metadata whose function functions.ts does not export", () => {
    const wrong = { ...generated, associate: generated.associate.map((a) => (a.id === "UNITS" ? { ...a, functionName: "unitz" } : a)) };
    expect(() => worksheetFunctions(wrong)).toThrow(/UNITS/u);
  });
});

describe("results, as Excel's", () => {
  it("TARGETS returns the same rows", () => {
    expect(root.call("TARGETS", TASK)).toEqual(targets(TASK));
    expect(root.call("TARGETS", TASK)).toEqual([
      ["社会消费品零售总额", 5.5, "%", "以上"],
      ["城镇调查失业率", 5.5, "%", "以内"],
    ]);
  });

  it("TARGET with n omitted (undefined in WPS) is the first target, as with Excel's null", () => {
    expect(root.call("TARGET", TASK)).toBe(target(TASK, null as unknown as number));
    expect(root.call("TARGET", TASK, 2)).toBe(5.5);
  });

  it("an error value becomes its code, in a scalar and inside a block", () => {
    expect(root.call("TARGET", "加强党的建设")).toBe("#N/A");
    expect(root.call("TARGET", TASK, 3)).toBe("#VALUE!");
    expect(root.call("TARGETS", "加强党的建设")).toEqual([["#N/A"]]);
    expect(root.call("CATEGORY", 42)).toBe("#VALUE!");
  });

  it("PRIOR reads a range with blank cells as Excel passes it, as an array or as a Range object", () => {
    const column = [["上年任务"], ["社会消费品零售总额增长7%"], [undefined], ["城镇新增就业5万人"]];
    const excel = prior("社会消费品零售总额增长5.5%以上", column.map((row) => row.map((cell) => cell ?? null)) as string[][]);
    expect(excel[0][0]).toBe("社会消费品零售总额增长7%");
    expect(root.call("PRIOR", "社会消费品零售总额增长5.5%以上", column)).toEqual(excel);
    expect(root.call("PRIOR", "社会消费品零售总额增长5.5%以上", { Value2: column })).toEqual(excel);
  });

  it("a range argument of one cell is a 1×1 block, and a blank cell argument is null", () => {
    expect(fromWpsArgument("状态", true)).toEqual([["状态"]]);
    expect(fromWpsArgument(undefined, false)).toBeNull();
    expect(root.call("CATEGORY", "部分滞后")).toBe(category("部分滞后"));
    expect(root.call("CATEGORY", "部分滞后")).toBe("滞后");
    expect(root.call("UNITS", "市发改委、秀洲区政府")).toEqual(units("市发改委、秀洲区政府"));
    expect(root.call("CHANGE", "社会消费品零售总额增长5.5%", "社会消费品零售总额增长7%")).toBe("−1.5个百分点");
  });
});
