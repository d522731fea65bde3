/**
 * How far behind 序时进度 a figure must be to flag a task (LagSettings.yellowShortfall), chosen by cross-validation
 * on the readings of other places' sheets: leave one sheet out, choose on the others, score on it. The in-sample
 * score is reported beside the cross-validated one; a value that raises the first and lowers the second is not
 * an improvement.
 */
import { DEFAULT_LAG_SETTINGS, type LagSettings } from "../../src/engine/lag";
import { lagOfSheet } from "../../src/engine/pipeline/sheetLag";
import { recognizeSheet } from "../../src/engine/recognize";
import { defaultVocabulary } from "../../src/engine/status/vocabulary";
import { readings, readingSheet } from "./corpus";

export const CANDIDATES = [0.02, 0.05, 0.08, 0.1, 0.12, 0.15];

interface Labelled {
  sheet: string;
  lagging: boolean;
  /** Whether the tool flags it, per candidate value. */
  flagged: boolean[];
}

async function labelled(): Promise<Labelled[]> {
  const vocabulary = defaultVocabulary();
  const rows: Labelled[] = [];
  for (const reading of readings()) {
    const { grid: named } = await readingSheet(reading);
    const grid = { ...named, name: "Sheet1" };
    const recognition = recognizeSheet(grid);
    const runs = CANDIDATES.map((yellowShortfall) => {
      const settings: LagSettings = { ...DEFAULT_LAG_SETTINGS, yellowShortfall };
      return new Map(lagOfSheet(grid, recognition, vocabulary, { settings }).lag.map((l) => [l.task.row, l.result.flag]));
    });
    for (const table of reading.tables) {
      for (const task of table.tasks) {
        if (task.lagging !== true && task.lagging !== false) continue;
        rows.push({
          sheet: reading.id,
          lagging: task.lagging,
          flagged: runs.map((run) => run.get(task.rows[0]) === "red" || run.get(task.rows[0]) === "yellow"),
        });
      }
    }
  }
  return rows;
}

const accuracy = (rows: readonly Labelled[], c: number) => rows.filter((r) => r.flagged[c] === r.lagging).length;

/** The candidate that does best on the rows; of equal ones, the one nearest the value in use (no change for nothing). */
function best(rows: readonly Labelled[]): number {
  const current = DEFAULT_LAG_SETTINGS.yellowShortfall;
  let chosen = 0;
  for (let c = 1; c < CANDIDATES.length; c++) {
    const gain = accuracy(rows, c) - accuracy(rows, chosen);
    if (gain > 0 || (gain === 0 && Math.abs(CANDIDATES[c] - current) < Math.abs(CANDIDATES[chosen] - current))) chosen = c;
  }
  return chosen;
}

export interface Calibration {
  tasks: number;
  /** Correct per candidate, on all labelled tasks. */
  inSample: { value: number; correct: number }[];
  /** The value chosen on all the data, and its in-sample accuracy. */
  chosen: number;
  inSampleAccuracy: number;
  /** Leave-one-sheet-out: each sheet scored with the value chosen on the others. */
  crossValidatedAccuracy: number;
}

export async function calibrateYellowShortfall(): Promise<Calibration> {
  const rows = await labelled();
  const sheets = [...new Set(rows.map((r) => r.sheet))];
  let correct = 0;
  for (const sheet of sheets) {
    const c = best(rows.filter((r) => r.sheet !== sheet));
    correct += accuracy(
      rows.filter((r) => r.sheet === sheet),
      c,
    );
  }
  const chosen = best(rows);
  return {
    tasks: rows.length,
    inSample: CANDIDATES.map((value, c) => ({ value, correct: accuracy(rows, c) })),
    chosen: CANDIDATES[chosen],
    inSampleAccuracy: accuracy(rows, chosen) / rows.length,
    crossValidatedAccuracy: correct / rows.length,
  };
}
