/// <reference types="et-jsapi-declare" />
/**
 * The worksheet functions (=TAIZHANG.TARGETS(B2) …) registered in WPS 表格 through WPS's own function API: the
 * same implementations as Excel's (src/functions/functions.ts), wrapped only where WPS hands values over or takes
 * them back differently. The one place the function API of WPS is touched.
 *
 * What rests on which source (no WPS ran here; documentation only):
 * - [kdocs] WPS 开放平台, "WPS 加载项自定义函数",
 *   https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html :
 *   functions of a 表格 add-in are called from formulas as 命名空间.函数名(…); synchronous calls only ("暂不支持异步调用");
 *   WPS supports them from version 12.1.0.20540; `wps.AddCustomFunction` registers a function with its metadata,
 *   and then no functions.json / manifest.xml is needed; they are listed under 插入函数 → 用户定义.
 * - [declare] et-jsapi-declare 2.5.0 (Kingsoft's declarations), addon.et.d.ts: `AddCustomFunction(namespace, name,
 *   callback, metadata?: { description?, result: { type? }, parameters: { name?, type?, description? }[] })` on the
 *   global `wps` / `Application` (index.d.ts: both are the same merged root). The types are plain strings there.
 * - [wpsjs] wpsjs 2.2.2's 表格 template, functions.js: JSDoc types string / number / boolean for arguments.
 * Not documented anywhere found, so guessed here and listed in docs/wps.md for a person to confirm:
 * - what a range argument arrives as: an array of rows is expected (as Excel passes it); a Range object is read
 *   through its Value2 in case WPS passes one; one cell given for a range becomes a 1×1 block;
 * - how an omitted argument and a blank cell arrive: undefined, read as null (what Excel passes for both);
 * - whether an array of rows returned spills into the cells below (Excel's dynamic arrays): returned as is;
 * - error values: the declarations offer no CustomFunctions.Error, so an error is returned as its code's text
 *   ("#N/A", "#VALUE!"; src/wps/functions.ts), which the cell shows as Excel shows the error (its hover message
 *   is lost, and ISNA() does not see it).
 */
/**
 * One worksheet function: its metadata (custom-functions-metadata's, from the JSDoc of functions.ts) and code
 * whose results WPS can take (src/wps/functions.ts turns error values into their codes' text).
 */
export interface WorksheetFunction {
  id: string;
  description?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
  implementation: (...args: unknown[]) => unknown;
}

/** What the registration uses of WPS's global root ([declare] WPS.EtAddonRoot). */
export type WpsFunctionRoot = Pick<WPS.EtAddonRoot, "AddCustomFunction">;

/** Whether this WPS has the function API ([kdocs]: from 12.1.0.20540; older versions lack the member). */
export function hasFunctionApi(root: unknown): root is WpsFunctionRoot {
  return typeof root === "object" && root !== null && typeof (root as Partial<WpsFunctionRoot>).AddCustomFunction === "function";
}

/** An argument as Excel would pass it: undefined as null, a Range by its Value2, one cell for a range as 1×1. */
export function fromWpsArgument(value: unknown, block: boolean): unknown {
  let given = value === undefined ? null : value;
  if (typeof given === "object" && given !== null && !Array.isArray(given) && "Value2" in given) given = (given as { Value2: unknown }).Value2 ?? null;
  if (block && given !== null && !Array.isArray(given)) return [[given]];
  // A blank cell inside a range: undefined in a Value2 array (as the WPS adapter reads it), null in Excel's.
  if (Array.isArray(given)) return given.map((row: unknown) => (Array.isArray(row) ? row.map((cell: unknown) => cell ?? null) : row));
  return given;
}

/**
 * Registers each function under the namespace (=TAIZHANG.TARGETS …). Returns how many were registered: none when
 * this WPS has no function API, so the ribbon and the pane still load in an older WPS.
 */
export function registerWpsFunctions(root: unknown, namespace: string, functions: readonly WorksheetFunction[]): number {
  if (!hasFunctionApi(root)) return 0;
  for (const fn of functions) {
    const blocks = fn.parameters.map((p) => p.dimensionality === "matrix");
    const callback = (...args: unknown[]) => fn.implementation(...fn.parameters.map((_, i) => fromWpsArgument(args[i], blocks[i])));
    root.AddCustomFunction(namespace, fn.id, callback, {
      description: fn.description,
      // [declare] has no dimensionality: a block result is described as "any", as Excel's metadata says for unions.
      result: { type: fn.result.dimensionality === "matrix" ? "any" : (fn.result.type ?? "any") },
      parameters: fn.parameters.map((p) => ({ name: p.name, type: p.dimensionality === "matrix" ? "any" : (p.type ?? "any"), description: p.description })),
    });
  }
  return functions.length;
}
