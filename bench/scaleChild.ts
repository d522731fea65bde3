/**
 * One size of the scale benchmark in a process of its own, so its peak memory is its own: builds this
 * year's progress report and last year's breakdown of `rows` rows each and runs the full analysis.
 *
 * `node scaleChild.js ROWS RUNS`: a warm-up, then RUNS timed runs; prints {medianMs, p95Ms, runs, peakRssMb,
 * tasks}. The peak here includes what earlier runs left for the garbage collector.
 * `node scaleChild.js ROWS once`: one analysis, as a user's job runs it (the command line, or the pane
 * once); prints {ms, inputRssMb, peakRssMb, tasks}: the peak before the analysis (Node, the fixtures read
 * with ExcelJS, the generated sheets) and the peak of the whole process.
 */
import { builtinRegistry } from "../src/engine/units/registry";
import { defaultVocabulary } from "../src/engine/status/vocabulary";
import { fullAnalysis, yearPair } from "./workload";

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  const { current, prior } = await yearPair(rows);
  const registry = builtinRegistry();
  const vocabulary = defaultVocabulary();
  if (process.argv[3] === "once") {
    const inputRssMb = peakRssMb();
    const start = process.hrtime.bigint();
    const tasks = fullAnalysis(current, prior, registry, vocabulary).sheets[0].tasks.length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    process.stdout.write(JSON.stringify({ ms, inputRssMb, peakRssMb: peakRssMb(), tasks }));
    return;
  }
  const runs = Number(process.argv[3] ?? 3);
  let tasks = 0;
  fullAnalysis(current, prior, registry, vocabulary); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    tasks = fullAnalysis(current, prior, registry, vocabulary).sheets[0].tasks.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], p95Ms: times[times.length - 1], runs, peakRssMb: peakRssMb(), tasks }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
