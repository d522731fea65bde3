/**
 * How much one file may cost to read. ExcelJS builds its whole model of a workbook in memory (measured: about
 * 650 bytes a cell with a value, and three to four bytes for every byte of XML it parses), so the limits are
 * counted from the file before ExcelJS starts. Over a limit, reading costs the file's bytes and a scan of them
 * (under 110 MB for every attack in test/limits); within them, one job stays under 1 GB.
 */
export interface ReadLimits {
  /** The file itself, before anything is unpacked. */
  maxFileBytes: number;
  /** Parts in an .xlsx (a real workbook has tens; a zip of a hundred thousand junk entries takes minutes). */
  maxZipEntries: number;
  /** All parts of an .xlsx unpacked, as declared in the zip's directory and as actually inflated. */
  maxInflatedBytes: number;
  /**
   * Cells in one file: an .xlsx's <c> and <row> elements and merged cells in all its sheets (and no more <si>
   * than that), or a .csv's fields.
   */
  maxCells: number;
  /** Merged areas in one sheet: ExcelJS checks each new one against all before it, so time grows as their square. */
  maxMerges: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB,
  maxZipEntries: 10_000,
  // The benchmark's 50,000-row 台账 unpacks to 29 MB. Measured through `analyze`: 74 MB of shared strings and
  // cells cost 630 MB; a million cells and 48 MB of blank XML 918 MB (files made with test/limits/hostileFiles.ts).
  maxInflatedBytes: 80 * MB,
  // A million numeric cells cost ExcelJS about 650 MB, a million empty rows 800 MB. The benchmark's 50,000
  // rows are 250,000 cells.
  maxCells: 800_000,
  // 10,000 merged areas took ExcelJS 11 s to load, 30,000 took 182 s.
  maxMerges: 10_000,
};

/** Sizes in messages are whole megabytes, rounded up. */
export const megabytes = (bytes: number): number => Math.ceil(bytes / MB);
