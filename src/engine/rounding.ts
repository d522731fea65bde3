/**
 * Rounds as Excel's ROUND does, so a figure copied from the add-in matches the clerk's own formula: halves away
 * from zero (−31.25 → −31.3), and on the decimal the value shows, not its binary approximation (1.005 → 1.01,
 * where 1.005 × 100 is 100.4999… in floating point). Excel keeps 15 significant digits; so does this.
 */
export function roundHalfAway(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** digits;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / scale;
  // No "−0": an unchanged figure reads 0.
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A share (0.5) as the percentage a clerk reads ("50%"), rounded half away from zero to `digits` decimals. */
export function percentText(share: number, digits = 1): string {
  return `${roundHalfAway(share * 100, digits)}%`;
}
