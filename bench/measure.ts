import * as os from "node:os";

export interface Measurement {
  name: string;
  /** What one run does, in words a reader of BENCHMARKS.md understands. */
  workload: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** Heap retained by one run's result (after GC), in MB. */
  heapMb: number;
  /** Peak resident memory of the process that ran it, in MB, where it ran in a process of its own. */
  peakMb?: number;
  /** Goal, as text, and whether it was met; absent when there is no goal. */
  goal?: string;
  met?: boolean;
  extra?: Record<string, string | number>;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * Times `run` after warm-up runs, and measures the heap its result keeps alive. Run node with --expose-gc
 * so the heap figure is not noise.
 */
export function measure<T>(name: string, workload: string, run: () => T, options: { runs?: number; warmup?: number } = {}): Measurement {
  const runs = options.runs ?? 20;
  for (let i = 0; i < (options.warmup ?? 3); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  void kept;
  times.sort((a, b) => a - b);
  return {
    name,
    workload,
    runs,
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)],
    heapMb: Math.max(0, heapMb),
  };
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}
