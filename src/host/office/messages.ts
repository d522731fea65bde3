/**
 * Every sentence the Office adapter shows a user, Chinese first then English (the pane may run in either
 * language and these come from below it), each saying what to do next.
 */
export const officeMessages = {
  sheetNotFound: (sheet: string) =>
    `找不到工作表“${sheet}”，它可能刚被重命名或删除。请切换到要处理的工作表后重试。(Worksheet "${sheet}" not found; select the sheet and try again.)`,
  tooLarge: (sheet: string) =>
    `工作表“${sheet}”的内容超出了 Excel 单次传输的上限。请删除不需要的行列，或把台账拆分到几个工作表后重试。(Sheet "${sheet}" is too large for one Excel request; remove unused rows and columns or split it.)`,
  sheetTooLarge: (sheet: string, extent: string, cells: number) =>
    `工作表“${sheet}”的数据范围 ${extent} 共 ${cells.toLocaleString("en-US")} 个单元格，超过 5,000,000 的上限；通常是远处误输入的单元格，请按 Ctrl+End 找到并删除后重试。(Sheet "${sheet}" spans ${extent}, over 5,000,000 cells; press Ctrl+End to find and delete the stray cell.)`,
  writeFailed: (detail: string) => `写入工作表失败：${detail}。请检查工作簿是否受保护或处于共享只读状态后重试。(Writing the sheets failed: ${detail}.)`,
  badSheetName: (name: string, reason: string) => `工作表名称“${name}”无效：${reason}。(Invalid sheet name "${name}".)`,
  badCellValue: (sheet: string, cell: string, reason: string) => `工作表“${sheet}”的单元格 ${cell} 无法写入：${reason}。(Cannot write ${sheet}!${cell}.)`,
  badMerge: (sheet: string, range: string) =>
    `工作表“${sheet}”的合并区域 ${range} 无效或与其他合并区域重叠。(Invalid or overlapping merge ${range} in "${sheet}".)`,
  importFailed: (file: string, detail: string) =>
    `无法导入文件“${file}”：${detail}。请确认它是未加密的 .xlsx 工作簿后重试。(Could not import "${file}": ${detail}. Use an unencrypted .xlsx workbook.)`,
  cellEditMode: "Excel 正处于单元格编辑状态，无法读写工作表。请按 Enter 或 Esc 结束编辑后重试。(Excel is editing a cell: press Enter or Esc, then try again.)",
  needsNewerExcel: (feature: string, version: string) =>
    `此版本的 Excel 不支持“${feature}”（需要 ExcelApi ${version}）。请更新 Office，或使用 Microsoft 365 / Excel 网页版。(This Excel lacks ExcelApi ${version}, needed for ${feature}.)`,
};
