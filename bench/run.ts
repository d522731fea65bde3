import * as fs from "node:fs";
import * as path from "node:path";
import { machine, type Measurement } from "./measure";
import { liveBenchmarks } from "./live.bench";
import { matchBenchmarks } from "./match.bench";
import { matchingCv } from "./matchingCv";
import { officeBenchmarks } from "./office.bench";
import { paneBenchmarks } from "./pane.bench";
import { scaleBenchmarks } from "./scale.bench";
import { summaryBenchmarks } from "./summary.bench";
import { validateBenchmarks } from "./validate.bench";

/** Every benchmark, one run, written to BENCHMARKS.md with the machine and date (never a timed test). */
/** A suite gives measurements (tabled alike) or a section body of its own. */
const SUITES: { title: string; run: () => Promise<Measurement[] | string> }[] = [
  { title: "Validation (issue 3)", run: validateBenchmarks },
  { title: "Lag, aggregation and summary (issue 5)", run: summaryBenchmarks },
  { title: "Task pane (issue 6; needs npm run build and Chromium)", run: paneBenchmarks },
  { title: "Cross-year matching (issue 4): median ms and heap are for 5,000 × 5,000, one run", run: matchBenchmarks },
  { title: "Cross-year matching: cross-validated (issue 20)", run: async () => (await matchingCv()).markdown },
  { title: "Office adapter at scale (issue 7): round trips and payloads on the Excel model", run: officeBenchmarks },
  {
    title: "Scale (issue 7): each size in processes of its own; times are warm runs, peak RSS is a fresh process that analyses once (one job)",
    run: scaleBenchmarks,
  },
  { title: "Live re-check (issue 23): one edit against a whole check, on the Excel model", run: liveBenchmarks },
];

function table(measurements: Measurement[]): string {
  const lines = ["| benchmark | workload | median ms | p95 ms | heap MB | peak RSS MB | goal | met | notes |", "|---|---|---:|---:|---:|---:|---|---|---|"];
  for (const m of measurements) {
    const notes = Object.entries(m.extra ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
    lines.push(
      `| ${m.name} | ${m.workload} | ${m.medianMs.toFixed(1)} | ${m.p95Ms.toFixed(1)} | ${m.heapMb.toFixed(1)} | ${m.peakMb === undefined ? "" : m.peakMb.toFixed(0)} | ${m.goal ?? ""} | ${m.met === undefined ? "" : m.met ? "yes" : "**no**"} | ${notes} |`,
    );
  }
  return lines.join("\n");
}

const BENCHMARKS = path.join(__dirname, "..", "..", "BENCHMARKS.md");

/** BENCHMARKS.md with these sections in place of theirs, each marked as re-run alone on `date`. */
function mergeSections(sections: readonly string[], date: string): void {
  let text = fs.readFileSync(BENCHMARKS, "utf8");
  for (const section of sections) {
    const title = section.slice(0, section.indexOf("\n"));
    const marked = section.replace("\n\n", `\n\nRe-run alone (\`--only\`) on ${date}, on ${machine()}.\n\n`);
    const at = text.indexOf(`${title}\n`);
    if (at < 0) {
      text = `${text.trimEnd()}\n\n${marked}\n`;
      continue;
    }
    const next = text.indexOf("\n## ", at + title.length);
    text = `${text.slice(0, at)}${marked}\n${next < 0 ? "" : text.slice(next)}`;
  }
  fs.writeFileSync(BENCHMARKS, text);
}

async function main(): Promise<void> {
  // `--only WORDS` runs the suites whose title contains WORDS and prints their sections, writing no file; with
  // `--merge` too, their sections replace (or are added to) those of BENCHMARKS.md, the others left as they were.
  const only = process.argv.indexOf("--only");
  const chosen = only < 0 ? SUITES : SUITES.filter((s) => s.title.includes(process.argv[only + 1] ?? ""));
  const sections: string[] = [];
  for (const suite of chosen) {
    const result = await suite.run();
    const body = typeof result === "string" ? result : table(result);
    sections.push(`## ${suite.title}\n\n${body}`);
    console.log(`## ${suite.title}\n\n${body}\n`);
  }
  const date = new Date().toISOString().slice(0, 10);
  if (only >= 0) {
    if (process.argv.includes("--merge")) mergeSections(sections, date);
    return;
  }
  const text = `# Benchmarks\n\nWritten by \`npm run bench\` on ${date}.\nMachine: ${machine()}.\nMedian and 95th percentile of repeated runs after warm-up; heap is what one run's result keeps alive after garbage collection.\n\n${sections.join("\n\n")}\n`;
  fs.writeFileSync(BENCHMARKS, text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
