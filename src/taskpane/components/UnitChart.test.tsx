/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { UnitSummary } from "../../engine/aggregate";
import { CATEGORIES, type StatusCategory } from "../../engine/status/categories";
import { CATEGORY_COLOURS, CHART_MAX_BARS } from "../../engine/summary/chartStyle";
import { truncate, UnitChart } from "./UnitChart";

function unit(name: string, counts: Partial<Record<StatusCategory, number>>, rank: number): UnitSummary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, counts[c] ?? 0])) as Record<StatusCategory, number>;
  const tasks = CATEGORIES.reduce((sum, c) => sum + byCategory[c], 0);
  return {
    unit: name,
    kind: "市级部门",
    tasks,
    lead: tasks,
    coop: 0,
    byCategory,
    byFlag: { red: 0, yellow: 0, green: 0, none: 0 },
    onPaceRate: null,
    lagging: [],
    rank,
  };
}

const UNITS = [
  unit("市经济和信息化局（市数字经济发展办公室）", { on_track: 8, behind: 2 }, 1),
  unit("市生态环境局", { ahead: 1, on_track: 7, behind: 2 }, 2),
  unit("市交通运输局", { on_track: 1, behind: 2 }, 3),
  unit("市民政局", { done: 4 }, 4),
];

function show(units: UnitSummary[], language: "zh-CN" | "en-US" = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <UnitChart units={units} language={language} />
    </FluentProvider>,
  );
}

/** The segments of one unit's bar: category and width, left to right. */
function segments(container: HTMLElement, name: string): [string, number][] {
  const bar = container.querySelector(`g[data-unit="${name}"]`) as SVGGElement;
  return [...bar.querySelectorAll("rect")].map((rect) => [rect.getAttribute("data-category") as string, Number(rect.getAttribute("width"))]);
}

describe("the pane's chart of the 部门汇总 tab", () => {
  it("is an image described by its title and its first units, in the pane's language", () => {
    show(UNITS);
    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe(
      "各单位任务进展：市经济和信息化局（市数字经济发展办公室） 按时推进 8、滞后 2；市生态环境局 进度较快 1、按时推进 7、滞后 2；市交通运输局 按时推进 1、滞后 2",
    );
    expect(screen.getByText("各单位任务进展")).toBeTruthy();
  });

  it("stacks each unit's categories in the tab's colours, bars to one scale, fitting 350 px", () => {
    const { container } = show(UNITS);
    const svg = container.querySelector("svg") as SVGSVGElement;
    const [, , width] = (svg.getAttribute("viewBox") as string).split(" ").map(Number);
    expect(width).toBeLessThanOrEqual(350);
    const first = segments(container, UNITS[0].unit);
    expect(first.map(([c]) => c)).toEqual(["on_track", "behind"]);
    // Ten tasks each for the first two units: bars of the same length.
    const length = (s: [string, number][]) => s.reduce((sum, [, w]) => sum + w, 0);
    expect(length(segments(container, UNITS[1].unit))).toBeCloseTo(length(first));
    expect(first[0][1] / first[1][1]).toBeCloseTo(4);
    const fill = (category: string) => container.querySelector(`rect[data-category="${category}"]`)?.getAttribute("fill");
    expect(fill("behind")).toBe(`#${CATEGORY_COLOURS.behind}`);
    expect(fill("done")).toBe(`#${CATEGORY_COLOURS.done}`);
    // Every bar ends inside the drawing, its count beside it.
    for (const rect of container.querySelectorAll("rect"))
      expect(Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"))).toBeLessThanOrEqual(width);
    expect(container.querySelector(`g[data-unit="市民政局"]`)?.textContent).toContain("4");
  });

  it("cuts a long unit name, the whole name in its tooltip", () => {
    const { container } = show(UNITS);
    const label = container.querySelector(`g[data-unit="${UNITS[0].unit}"] > text`) as SVGTextElement;
    expect(label.querySelector("title")?.textContent).toBe(UNITS[0].unit);
    expect(label.textContent).toContain("市经济和信息…");
    expect(truncate("市民政局", 14)).toBe("市民政局");
    expect(truncate("Finance Bureau of the City", 14)).toBe("Finance Burea…");
  });

  it("names in its legend only the categories it shows, in English with an English pane", () => {
    show(UNITS, "en-US");
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/^Task progress by unit: /u);
    const legend = screen.getByRole("list", { hidden: true });
    expect([...legend.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Ahead", "On track", "Done", "Behind"]);
  });

  it("shows the first units of the ranked list at most, and nothing without units", () => {
    const many = Array.from({ length: 30 }, (_, i) => unit(`单位${i + 1}`, { on_track: 1 }, i + 1));
    const { container, unmount } = show(many);
    expect(container.querySelectorAll("g[data-unit]")).toHaveLength(CHART_MAX_BARS);
    expect(container.querySelector(`g[data-unit="单位${CHART_MAX_BARS + 1}"]`)).toBeNull();
    unmount();
    expect(show([]).container.querySelector("svg")).toBeNull();
  });
});
