/**
 * What counts as "clearly" behind or ahead, in one place and named, so a supervision office can tune it.
 * Ratios are of the annual quantity (0.5 = half the year's target done).
 */
export interface LagSettings {
  /** Behind pace by more than this (in ratio points) is yellow: 序时进度 50%, done 44% → behind by 0.06. */
  yellowShortfall: number;
  /** Done less than this share of the expected pace is red: 序时进度 50%, done 20% → 0.4 of pace. */
  redShareOfPace: number;
  /** Ahead of pace by more than this counts as ahead. */
  aheadMargin: number;
}

export const DEFAULT_LAG_SETTINGS: LagSettings = {
  yellowShortfall: 0.05,
  redShareOfPace: 0.5,
  aheadMargin: 0.15,
};
