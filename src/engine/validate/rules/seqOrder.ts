import { isPlainDigits } from "../../text";
import type { Finding, Rule } from "../rule";

/**
 * 序号 must run 1, 2, 3 … : after a section heading it may restart at 1 (专项行动 table) or run on (主要目标
 * table); continuation rows are not gaps, and sub-numbers ("1.2") are left alone.
 */
export const seqOrder: Rule = {
  id: "seqOrder",
  // The rows' numbers, which are part of their types.
  reads: [],
  check({ table }) {
    const col = table.columns.seq ?? table.columns.task;
    if (col === undefined) return [];
    const findings: Finding[] = [];
    let previous = 0;
    let seen = new Set<number>();
    let afterSection = false;
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.type === "section") {
        afterSection = true;
        continue;
      }
      if (row.type !== "task" || row.seq === null || !isPlainDigits(row.seq)) continue;
      const n = Number(row.seq);
      if (afterSection && n === 1) {
        previous = 0;
        seen = new Set();
      }
      afterSection = false;
      if (seen.has(n)) {
        findings.push({ code: "seq/duplicate", severity: "error", row: row.index, col, params: { seq: n } });
      } else if (n < previous) {
        findings.push({ code: "seq/out-of-order", severity: "warning", row: row.index, col, params: { seq: n, previous } });
      } else if (n > previous + 1) {
        findings.push({
          code: "seq/gap",
          severity: "warning",
          row: row.index,
          col,
          params: { seq: n, missingFrom: previous + 1, missingTo: n - 1 },
        });
      }
      seen.add(n);
      previous = Math.max(previous, n);
    }
    return findings;
  },
};
