import { fixtureSheets } from "../../../test/fixtureSheets";
import { defaultVocabulary } from "../status/vocabulary";
import { builtinRegistry } from "../units/registry";
import { analyzeWorkbook, tasksOfSheets } from ".";

describe("analyzeWorkbook's afterMatching", () => {
  const options = () => ({ registry: builtinRegistry(), vocabulary: defaultVocabulary(), asOf: "2021-06-30", layTabs: false });

  it("is called once, when the prior-year matching has run and before the later steps' results exist", async () => {
    const [h1] = await fixtureSheets("2021_上半年执行情况.xlsx");
    const prior = tasksOfSheets("2021_责任分解.xlsx", await fixtureSheets("2021_责任分解.xlsx"));
    const calls: number[] = [];
    const analysis = analyzeWorkbook([h1], { ...options(), priorYear: [{ sheets: [h1.name], prior }], afterMatching: () => calls.push(calls.length) });
    expect(calls).toEqual([0]);
    // The matching it follows found last year's tasks (the H1 report restates the year's breakdown).
    expect(analysis.priorYear[0].filter((m) => m.prior.length > 0).length).toBeGreaterThan(50);
  });

  it("is not called when there is no prior year to match", async () => {
    const [h1] = await fixtureSheets("2021_上半年执行情况.xlsx");
    let called = false;
    analyzeWorkbook([h1], { ...options(), afterMatching: () => (called = true) });
    expect(called).toBe(false);
  });
});
