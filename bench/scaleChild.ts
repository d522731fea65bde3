/**
 * One size of the scale benchmark in a process of its own, so its peak memory is its own: builds this
 * year's progress report and last year's breakdown of `rows` rows each, runs the full analysis, and prints
 * {medianMs, runs, peakRssMb, tasks} as JSON.
 */
import { builtinRegistry } from "../src/engine/units/registry";
import { defaultVocabulary } from "../src/engine/status/vocabulary";
import { fullAnalysis, yearPair } from "./workload";

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 3);
  const { current, prior } = await yearPair(rows);
  const registry = builtinRegistry();
  const vocabulary = defaultVocabulary();
  let tasks = 0;
  fullAnalysis(current, prior, registry, vocabulary); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    tasks = fullAnalysis(current, prior, registry, vocabulary).sheets[0].tasks.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], p95Ms: times[times.length - 1], runs, peakRssMb, tasks }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
