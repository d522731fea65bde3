import type { MatchConfidence } from "./confidence";

/** Each level as a clerk reads it, Chinese first, with what to do about it. */
export const CONFIDENCE_WORDS: Record<MatchConfidence, { zh: string; en: string; adviceZh: string; adviceEn: string }> = {
  certain: { zh: "确定", en: "certain", adviceZh: "可直接引用", adviceEn: "can be used as is" },
  likely: { zh: "较可能", en: "likely", adviceZh: "引用前请看一眼", adviceEn: "check before use" },
  tentative: { zh: "仅供参考", en: "tentative", adviceZh: "把握低，请核对后再用", adviceEn: "weak match: verify before use" },
};
