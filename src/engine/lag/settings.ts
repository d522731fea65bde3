/**
 * What counts as "clearly" behind or ahead, in one place and named, so a supervision office can tune it.
 * Ratios are of the annual quantity (0.5 = half the year's target done).
 */
export interface LagSettings {
  /** Behind pace by more than this (in ratio points) is yellow: 序时进度 50%, done 44% → behind by 0.06. */
  yellowShortfall: number;
  /**
   * Done less than this share of the expected pace is red: 序时进度 50%, done 20% → 0.4 of pace. Also a growth
   * rate under this share of the target rate (2.9% against 6%) is red.
   */
  redShareOfPace: number;
  /** Ahead of pace by more than this counts as ahead. */
  aheadMargin: number;
  /**
   * A growth or decline rate short of the task's target rate by more than this many percentage points is
   * behind (compared as it is, not against the pace): 5.9% against "增长6%左右" is not.
   */
  rateShortfall: number;
}

export const DEFAULT_LAG_SETTINGS: LagSettings = {
  yellowShortfall: 0.05,
  redShareOfPace: 0.5,
  aheadMargin: 0.15,
  rateShortfall: 0.3,
};
