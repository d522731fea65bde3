/**
 * Every sentence the file adapter shows a user, Chinese first then English, in one place so that a later
 * translation or wording review touches one file. `file` is the name as the user typed or sees it.
 */

const SUPPORTED = ".xlsx、.csv";

const cannotRead = (file: string, zh: string, en: string) => `无法读取文件 "${file}"：${zh} (${en})`;
const cannotWrite = (file: string, zh: string, en: string) => `无法保存文件 "${file}"：${zh} (${en})`;

export const fileMessages = {
  notFound: (file: string) => cannotRead(file, "找不到该文件，请检查路径和文件名", "file not found"),
  isFolder: (file: string) => cannotRead(file, "这是一个文件夹，不是文件", "this is a folder, not a file"),
  unreadable: (file: string, detail: string) => cannotRead(file, `没有读取权限或文件被占用（${detail}）`, `permission denied or file in use: ${detail}`),
  unsupportedType: (file: string, extension: string) =>
    cannotRead(file, `不支持 ${extension || "无扩展名"} 文件，只能读取 ${SUPPORTED}`, `unsupported file type ${extension || "(none)"}; use ${SUPPORTED}`),
  notText: (file: string) => cannotRead(file, "这不是文本文件（计划文本应为 .txt）", "not a text file (a plan should be .txt)"),
  notSpreadsheet: (file: string) => cannotRead(file, "文件已损坏或不是有效的 Excel 工作簿", "file is corrupt or not an .xlsx workbook"),
  zipNotWorkbook: (file: string) =>
    cannotRead(file, "这是一个压缩包或其他 Office 文档（如 Word），不是 Excel 工作簿", "this is a zip or another Office document, not an Excel workbook"),
  otherOfficeDocument: (file: string) => cannotRead(file, "这是一个 Word 或其他 Office 文档，不是 Excel 工作簿", "this is a Word or other Office document"),
  corrupt: (file: string) => cannotRead(file, "文件已损坏或不完整（可能下载或复制时中断），请重新获取或在 Excel 中打开后另存", "file is corrupt or truncated"),
  encrypted: (file: string) =>
    cannotRead(
      file,
      "文件设置了打开密码（已加密），请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后再试",
      "the workbook is password-protected; remove the password in Excel first",
    ),
  legacyXls: (file: string) =>
    cannotRead(file, "这是旧版 .xls（或 WPS .et）格式，请在 Excel 或 WPS 中打开并“另存为” .xlsx 后再试", "old .xls format; open it in Excel and save as .xlsx"),
  binaryCsv: (file: string) => cannotRead(file, "文件内容不是文本，不是有效的 CSV 文件", "the file is not text, so not a CSV file"),
  emptyFile: (file: string) => cannotRead(file, "文件是空的（0 字节）", "the file is empty (0 bytes)"),
  noContent: (file: string) => cannotRead(file, "文件中没有任何内容", "the file has no content"),
  noSheets: (file: string) => cannotRead(file, "工作簿中没有工作表", "the workbook has no worksheets"),
  onlyEmptySheets: (file: string) => cannotRead(file, "所有工作表都是空的，没有可读取的内容", "every worksheet is empty"),
  tooLarge: (file: string, megabytes: number, limit: number) =>
    cannotRead(file, `文件太大（${megabytes} MB，上限 ${limit} MB），请拆分后再试`, `file too large (${megabytes} MB, limit ${limit} MB)`),
  sheetTooLarge: (file: string, sheet: string, extent: string, cells: number, farCells: readonly string[]) =>
    cannotRead(
      file,
      `工作表“${sheet}”的数据范围 ${extent} 共 ${cells.toLocaleString("en-US")} 个单元格，超过 5,000,000 的上限；` +
        `通常是远处误输入的单元格（${farCells.join("、")}），请删除后再试`,
      `sheet "${sheet}" spans ${extent}, ${cells.toLocaleString("en-US")} cells, over the 5,000,000 limit; delete stray cells such as ${farCells.join(", ")}`,
    ),
  sheetNotFound: (file: string, sheet: string, names: readonly string[]) =>
    `文件 "${file}" 中没有名为 "${sheet}" 的工作表（现有：${names.join("、") || "无"}）。No sheet "${sheet}" in "${file}".`,

  writeSameAsInput: (file: string) =>
    cannotWrite(file, "不能覆盖正在读取的原文件，请另选一个文件名", "refusing to overwrite the input file; choose another name"),
  writeNotXlsx: (file: string) => cannotWrite(file, "只能保存为 .xlsx 文件", "can only save as .xlsx"),
  writeNoFolder: (file: string, folder: string) => cannotWrite(file, `文件夹 "${folder}" 不存在`, `folder "${folder}" does not exist`),
  writeBusy: (file: string) =>
    cannotWrite(file, "目标文件正被其他程序（如 Excel）占用或没有写入权限，请关闭后重试", "the file is open in another program (e.g. Excel) or not writable"),
  writeDiskFull: (file: string) =>
    cannotWrite(
      file,
      "磁盘空间不足，已有的文件未改动；请清理空间或另选位置后重试",
      "the disk is full; any existing file is unchanged — free some space or choose another place",
    ),
  writeReadOnly: (file: string) =>
    cannotWrite(file, "该位置只读，已有的文件未改动；请另选位置保存", "the place is read-only; any existing file is unchanged — choose another place"),
  writeFailed: (file: string, detail: string) => cannotWrite(file, `写入失败（${detail}）`, `write failed: ${detail}`),
  badSheetName: (name: string, reason: string) => `工作表名称 "${name}" 无效：${reason}。Invalid sheet name "${name}".`,
  badCellValue: (sheet: string, cell: string, reason: string) => `工作表 "${sheet}" 的单元格 ${cell} 无法写入：${reason}。Cannot write ${sheet}!${cell}.`,
  cellRules: {
    badAddress: "行号或列号无效 (invalid row or column)",
    mergedCell: "该单元格属于合并区域且不是左上角单元格 (inside a merged area, not its top-left cell)",
  },
  badMerge: (sheet: string, range: string) =>
    `工作表 "${sheet}" 的合并区域 ${range} 无效或与其他合并区域重叠。Invalid or overlapping merge ${range} in "${sheet}".`,
};
