/**
 * Lines of the readings the tool does not read as the reader did, each with the reason; keyed
 * "id | aspect | item". A line is taken off when the tool reads it right (corpus.test.ts checks).
 */
export const KNOWN_MISSES: Readonly<Record<string, string>> = {
  "chongchuan-2023-minsheng-nov | lag | 序号 26 (row 5)":
    "分类池 17 of 20 (85%) by the end of November (91.7%) is 6.7 points behind pace: behind by the cross-validated threshold (5 points, lagCalibration.ts); the reader went by the unit's 是否达序 = 是",
  "fenghua-2025-minsheng-jun | columns | table 1 target":
    "具体完成情况 holds each sub-project's goal for the year (当年完成, 开工建设): the header says progress and the cells are status-like words, so the tool gives the column no role rather than guess",
  "huainan-2023-nuanminxin-mar | targets | 序号 四.4 (row 16) 医护比达到1:1":
    "a ratio of two counts has no value in one unit; reading it as 1 would compare it with counts (targets/NOTES.md)",
  "linan-2023-zhongdian-h1 | lag | 序号 1 (row 3)":
    "the reader set 0.9万吨标准煤 (能耗) against 3万吨标煤 (用能): two spellings of the unit and of the metric the tool does not equate",
  "putuo-2021-zhibiao-h1 | asOf | as-of date":
    "the sheet writes no year (上半年 only): the tool reads 06-30 and leaves the year unsaid; the reader took 2021 from the web page",
  "shaoxing-2020-zhongdian-q1 | lag | 序号 2 (row 4)":
    "the task's goal has no figure (有效投资增长高于经济增长); a decline (下降12.7%) is read against figures only",
  "shapingba-2021-yuqi-q1 | asOf | as-of date":
    "the sheet writes no year: the tool reads 一季度 as 03-31 and leaves the year unsaid; the reader took 2021 from the web page",
  "wenzhou-2018-minsheng-jun | done | 序号 4 (row 6)":
    "两个比率已达到目标: the tool compares levels (资源化利用率达到92%以上) only as growth rates are compared, and reads no 'done' from them",
  "xicheng-2020-zhongdian-year | done | 序号 2 (row 4)":
    "完成调整后方案目标 (the adjusted target met): the tool reads 'done' only from words that say the year's task is done",
  "yueqing-2022-minsheng-aug | done | 序号 1 (row 2)":
    "the sheet's own 完成率 column says 72% while the text says 完成率达100%: the tool goes by the column, the reader by the text",
  "yueyang-2019-minsheng-nov | targets | 序号 7 (row 14) 平江17":
    "a per-county part of the 21 read from the same cell; bare numbers inside a sentence are not read (road numbers, parts counted twice)",
  "yueyang-2019-minsheng-nov | targets | 序号 7 (row 14) 汩罗4": "as 平江17",
  "yueyang-2019-minsheng-nov | asOf | as-of date":
    "the sheet writes no year (1-11月 only): the tool reads 11-30 and leaves the year unsaid; the reader took 2019 from the web page",
  "yueyanglou-2017-minsheng-aug | lag | 序号 8 (row 10)":
    "the 完成数 cell is empty and the note says 设备购进中: an empty cell is not a zero, so the tool shows no figure",
};
