import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Measurement } from "./measure";
import { saveGrid, yearPair } from "./workload";

const ROOT = path.join(__dirname, "..", "..");

interface ChildResult {
  medianMs: number;
  p95Ms: number;
  runs: number;
  peakRssMb: number;
  tasks: number;
}

interface OnceResult {
  ms: number;
  inputRssMb: number;
  peakRssMb: number;
}

/** Full analysis at one size, measured in a fresh process (see scaleChild.ts): warm runs, or one cold job. */
function child<T>(rows: number, mode: number | "once"): T {
  const out = execFileSync(process.execPath, [path.join(__dirname, "scaleChild.js"), String(rows), String(mode)], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out) as T;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A step of `taizhang analyze` in a fresh process (cliJob.ts): reading the two files alone, or the whole job. */
function cliJob<T>(mode: "read" | "read-model" | "job", currentFile: string, priorFile: string): T {
  const out = execFileSync(process.execPath, [path.join(__dirname, "cliJob.js"), mode, currentFile, priorFile], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out) as T;
}

/**
 * `taizhang analyze` on a 50,000-row .xlsx with a prior year of the same size: the whole process under GNU time
 * (wall time with Node's start, peak memory), and, each in fresh processes, reading the two files against the
 * whole job run through the command line's main(): what the analysis after reading costs, as a share of reading.
 */
async function cliAnalyze(rows: number): Promise<{
  ms: number;
  peakRssMb: number | null;
  readMs: number;
  readModelMs: number;
  readPeakRssMb: number;
  readModelPeakRssMb: number;
  jobMs: number;
  jobPeakRssMb: number;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-scale-"));
  const { current, prior } = await yearPair(rows);
  const [currentFile, priorFile] = [path.join(dir, "current.xlsx"), path.join(dir, "prior.xlsx")];
  await saveGrid(current, currentFile);
  await saveGrid(prior, priorFile);
  // Reading as analyze reads (streamed), and as a command that writes reads (ExcelJS's model), side by side.
  const streamed = [0, 1, 2].map(() => cliJob<{ readMs: number; peakRssMb: number }>("read", currentFile, priorFile));
  const modelled = [0, 1, 2].map(() => cliJob<{ readMs: number; peakRssMb: number }>("read-model", currentFile, priorFile));
  const jobs = [0, 1, 2].map(() => cliJob<{ jobMs: number; peakRssMb: number }>("job", currentFile, priorFile));
  const args = [path.join(ROOT, "bin", "taizhang.js"), "analyze", currentFile, "--prior", priorFile, "--as-of", "2021-06-30", "--json"];
  const start = process.hrtime.bigint();
  // GNU time reports the peak resident memory of the whole run on stderr; without it, time alone.
  const timer = fs.existsSync("/usr/bin/time");
  const result = timer
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`analyze failed: ${result.stderr}`);
  const kb = timer ? Number(result.stderr.trim().split("\n").pop()) : NaN;
  return {
    ms,
    peakRssMb: Number.isFinite(kb) ? kb / 1024 : null,
    readMs: median(streamed.map((r) => r.readMs)),
    readModelMs: median(modelled.map((r) => r.readMs)),
    readPeakRssMb: Math.max(...streamed.map((r) => r.peakRssMb)),
    readModelPeakRssMb: Math.max(...modelled.map((r) => r.peakRssMb)),
    jobMs: median(jobs.map((j) => j.jobMs)),
    jobPeakRssMb: Math.max(...jobs.map((j) => j.peakRssMb)),
  };
}

export async function scaleBenchmarks(): Promise<Measurement[]> {
  const sizes = [
    { rows: 1_000, runs: 9 },
    { rows: 10_000, runs: 9 },
    { rows: 50_000, runs: 3 },
  ];
  const results = sizes.map(({ rows, runs }) => ({ rows, ...child<ChildResult>(rows, runs), once: child<OnceResult>(rows, "once") }));
  const perRow = (r: { rows: number; medianMs: number }) => (r.medianMs / r.rows) * 1000;
  const measurements: Measurement[] = results.map((r) => ({
    name: `full analysis, ${r.rows.toLocaleString("en-US")} rows`,
    workload: `recognise + validate + match a prior year of ${r.rows.toLocaleString("en-US")} rows + lag + aggregate + tabs; progress report rows recombined from the 2021 H1 report, prior from the 2021 breakdown`,
    runs: r.runs,
    medianMs: r.medianMs,
    p95Ms: r.p95Ms,
    heapMb: 0,
    // The memory of one job: a fresh process that analyses once (its peak includes Node and the inputs).
    peakMb: r.once.peakRssMb,
    goal: r.rows === 10_000 ? "< 300 ms" : r.rows === 50_000 ? "< 2,000 ms and < 500 MB" : undefined,
    met: r.rows === 10_000 ? r.medianMs < 300 : r.rows === 50_000 ? r.medianMs < 2000 && r.once.peakRssMb < 500 : undefined,
    extra: {
      tasks: r.tasks,
      "µs per row": perRow(r).toFixed(1),
      "first (cold) run ms": r.once.ms.toFixed(0),
      "peak RSS before the analysis MB": r.once.inputRssMb.toFixed(0),
      "peak RSS over warm-up + timed runs MB": r.peakRssMb.toFixed(0),
    },
  }));
  const [small, , large] = results;
  // Near-linear: the cost of a row at 50,000 rows against its cost at 1,000.
  measurements.push({
    name: "growth 1,000 → 50,000 rows",
    workload: "µs per row at 50,000 ÷ µs per row at 1,000 (1.0 is linear)",
    runs: 1,
    medianMs: 0,
    p95Ms: 0,
    heapMb: 0,
    goal: "near-linear (< 1.5)",
    met: perRow(large) / perRow(small) < 1.5,
    extra: { ratio: (perRow(large) / perRow(small)).toFixed(2) },
  });
  const cli = await cliAnalyze(50_000);
  const analysisMs = cli.jobMs - cli.readMs;
  const ratio = analysisMs / cli.readMs;
  // The goal was set when reading built ExcelJS's model; against that reading too, for the record.
  const ratioToModel = analysisMs / cli.readModelMs;
  measurements.push(
    {
      name: "taizhang analyze (CLI), 50,000 rows",
      workload: "node bin/taizhang.js analyze on a 50,000-row .xlsx --prior a 50,000-row .xlsx --json: reading both files, the full analysis, JSON out",
      runs: 1,
      medianMs: cli.ms,
      p95Ms: cli.ms,
      heapMb: 0,
      peakMb: cli.peakRssMb ?? undefined,
    },
    {
      name: "analyze: analysis after reading ÷ reading, 50,000 rows",
      workload:
        "the same job through the command line's main() in a fresh process, against reading the two files alone as analyze reads them (streamed, readSheets) in another, and as a writing command reads them (ExcelJS's model, loadWorkbook) in a third; median of 3 each. Peak RSS: the job's process",
      runs: 3,
      medianMs: cli.jobMs,
      p95Ms: cli.jobMs,
      heapMb: 0,
      peakMb: cli.jobPeakRssMb,
      goal: "≤ 1.0×",
      met: ratio <= 1,
      extra: {
        ratio: ratio.toFixed(2),
        "reading ms": cli.readMs.toFixed(0),
        "analysis after reading ms": analysisMs.toFixed(0),
        "ratio to reading with ExcelJS's model": ratioToModel.toFixed(2),
        "reading with the model ms": cli.readModelMs.toFixed(0),
        "peak RSS reading streamed / with the model MB": `${cli.readPeakRssMb.toFixed(0)} / ${cli.readModelPeakRssMb.toFixed(0)}`,
      },
    },
    {
      name: "analyze: the job's peak memory, 50,000 rows",
      workload: "the largest of the three jobs' peak RSS above (reading both files, the analysis, the JSON thrown away), in their own processes",
      runs: 3,
      medianMs: 0,
      p95Ms: 0,
      heapMb: 0,
      peakMb: cli.jobPeakRssMb,
      goal: "< 500 MB",
      met: cli.jobPeakRssMb < 500,
    },
  );
  return measurements;
}
