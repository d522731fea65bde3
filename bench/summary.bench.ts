import { aggregateByUnit } from "../src/engine/aggregate";
import { detectLag, resolveAsOf } from "../src/engine/lag";
import { analyzeWorkbook } from "../src/engine/pipeline";
import { recognizeSheet } from "../src/engine/recognize";
import { defaultVocabulary } from "../src/engine/status/vocabulary";
import { buildSummaryTabs } from "../src/engine/summary";
import { taskRecords } from "../src/engine/tasks";
import { builtinRegistry } from "../src/engine/units/registry";
import { measure, type Measurement } from "./measure";
import { largeProgressSheet } from "./validate.bench";

export async function summaryBenchmarks(): Promise<Measurement[]> {
  const grid = await largeProgressSheet(10_000);
  const registry = builtinRegistry();
  const vocabulary = defaultVocabulary();
  const asOf = resolveAsOf({ given: "2021-06-30" });
  const recognition = recognizeSheet(grid);
  const tasks = taskRecords(grid, recognition);
  const lagAndSummary = () => {
    const lag = tasks.map((task) => ({ task, result: detectLag(task, vocabulary, asOf) }));
    const aggregation = aggregateByUnit(
      lag.map(({ task, result }) => ({ task, lag: result })),
      registry,
    );
    return buildSummaryTabs({ asOf, aggregation, lag, issues: [] });
  };
  const core = measure(
    "lag + aggregation + summary model",
    `${tasks.length} tasks of a 10,000-row progress report (real H1 rows repeated), as-of 2021-06-30`,
    lagAndSummary,
    { runs: 5, warmup: 1 },
  );
  const whole = measure(
    "analyzeWorkbook (everything)",
    "recognition, validation, lag, aggregation and tabs on the same sheet",
    () => analyzeWorkbook([grid], { registry, vocabulary, asOf: "2021-06-30" }),
    { runs: 5, warmup: 1 },
  );
  return [core, whole];
}
