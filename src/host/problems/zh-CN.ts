import { MAX_CELL_TEXT } from "../../engine/grid";
import type { CellWriteRule, ExcelFeature, NotRegularKind, ProblemCatalogue, SheetNameRule } from "./index";

const SUPPORTED = ".xlsx、.csv";

const cannotRead = (file: string, why: string) => `无法读取文件 "${file}"：${why}`;
const cannotWrite = (file: string, why: string) => `无法保存文件 "${file}"：${why}`;
const count = (n: number) => n.toLocaleString("en-US");

const SHEET_NAME_RULES: Record<SheetNameRule, string> = {
  empty: "名称不能为空",
  "too-long": "名称不能超过 31 个字符",
  "bad-chars": "名称不能包含 * ? : \\ / [ ]",
  quote: "名称首尾不能是单引号",
  reserved: "“History” 是保留名称，不能用作工作表名称",
  duplicate: "同一批次中出现了两次",
};

const CELL_RULES: Record<CellWriteRule, string> = {
  "not-finite": "数值不是有限数（NaN 或无穷大）",
  "bad-type": "只能写入文本、数字、逻辑值或空值",
  "too-long": `文本超过表格文件格式的上限（每个单元格 ${MAX_CELL_TEXT} 个字符）`,
  "bad-address": "行号或列号无效",
  "merged-cell": "该单元格属于合并区域且不是左上角单元格",
};

const NOT_REGULAR: Record<NotRegularKind, string> = {
  device: "设备文件",
  fifo: "管道（FIFO）",
  socket: "套接字",
  other: "特殊文件",
};

/** A file whose content would grow past a limit when read: too large, with what and the limit. */
const tooLarge = (file: string, what: string) => cannotRead(file, `${what}，文件过大，已停止读取；请删除多余内容或拆分后再试`);

const FEATURES: Record<ExcelFeature, string> = {
  summary: "生成汇总表",
  "fix-cells": "修复单元格",
  "status-dropdown": "状态下拉选项",
  "mark-rows": "标记滞后行",
  "remove-marks": "清除标记",
  "import-file": "从文件导入",
  "save-settings": "保存设置",
};

/** The host's problems in Chinese, the product's language: each sentence says what to do next. */
export const zhCN: ProblemCatalogue = {
  "file/not-found": ({ file }) => cannotRead(file, "找不到该文件，请检查路径和文件名"),
  "file/is-folder": ({ file }) => cannotRead(file, "这是一个文件夹，不是文件"),
  "file/unreadable": ({ file, detail }) => cannotRead(file, `没有读取权限或文件被占用（${detail}）`),
  "file/not-regular": ({ file, kind }) => cannotRead(file, `这是一个${NOT_REGULAR[kind]}，不是普通文件，不会读取；请指定一个 .xlsx 或 .csv 文件`),
  "file/symlink-loop": ({ file }) => cannotRead(file, "符号链接（快捷方式）循环指向自身，找不到真正的文件；请改用文件的实际路径"),
  "file/unsupported-type": ({ file, extension }) => cannotRead(file, `不支持 ${extension || "无扩展名"} 文件，只能读取 ${SUPPORTED}`),
  "file/not-text": ({ file }) => cannotRead(file, "这不是文本文件（计划文本应为 .txt）"),
  "file/not-spreadsheet": ({ file }) => cannotRead(file, "文件已损坏或不是有效的 Excel 工作簿"),
  "file/zip-not-workbook": ({ file }) => cannotRead(file, "这是一个压缩包或其他 Office 文档（如 Word），不是 Excel 工作簿"),
  "file/other-office-document": ({ file }) => cannotRead(file, "这是一个 Word 或其他 Office 文档，不是 Excel 工作簿"),
  "file/corrupt": ({ file }) => cannotRead(file, "文件已损坏或不完整（可能下载或复制时中断），请重新获取，或在 Excel 或 WPS 中打开后另存"),
  "file/encrypted": ({ file }) => cannotRead(file, "文件设置了打开密码（已加密），请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后再试"),
  "file/ole-not-workbook": ({ file }) =>
    cannotRead(file, "这是一个 OLE 复合文档（如 Outlook 邮件、安装包或其他旧版 Office 文件），其中没有 Excel 工作簿，也没有加密的工作簿"),
  "file/pane-cannot-unzip": ({ file }) =>
    cannotRead(file, "此版本 Office 的任务窗格无法解压 .xlsx 文件；请把它另存为 .csv（UTF-8）后再选，或更新 Office，或改用命令行汇总"),
  "file/legacy-xls": ({ file }) => cannotRead(file, "这是旧版 .xls（或 WPS .et）格式，请在 Excel 或 WPS 中打开并“另存为” .xlsx 后再试"),
  "file/binary-csv": ({ file }) => cannotRead(file, "文件内容不是文本，不是有效的 CSV 文件"),
  "file/empty": ({ file }) => cannotRead(file, "文件是空的（0 字节）"),
  "file/no-content": ({ file }) => cannotRead(file, "文件中没有任何内容"),
  "file/no-sheets": ({ file }) => cannotRead(file, "工作簿中没有工作表"),
  "file/only-empty-sheets": ({ file }) => cannotRead(file, "所有工作表都是空的，没有可读取的内容"),
  "file/too-large": ({ file, megabytes, limit }) => cannotRead(file, `文件太大（${megabytes} MB，上限 ${limit} MB），请拆分后再试`),
  "file/too-many-parts": ({ file, limit }) => tooLarge(file, `压缩包中的部件超过 ${count(limit)} 个的上限`),
  "file/inflates-too-large": ({ file, limit }) => tooLarge(file, `解压后的内容超过 ${count(limit)} MB 的上限（压缩后很小、解压后异常膨胀）`),
  "file/too-many-cells": ({ file, sheet, limit }) =>
    tooLarge(file, `${sheet === null ? "各工作表的单元格合计" : `工作表“${sheet}”的单元格`}超过 ${count(limit)} 个的上限`),
  "file/too-many-rows": ({ file, sheet, limit }) => tooLarge(file, `工作表“${sheet}”的行数超过 ${count(limit)} 行的上限`),
  "file/too-many-merges": ({ file, sheet, limit }) => tooLarge(file, `工作表“${sheet}”的合并单元格区域超过 ${count(limit)} 个的上限`),
  "file/too-many-strings": ({ file, limit }) => tooLarge(file, `共享文本表中的文本超过 ${count(limit)} 条的上限`),
  "file/sheet-too-large": ({ file, sheet, extent, cells, farCells }) =>
    cannotRead(
      file,
      `工作表“${sheet}”的数据范围 ${extent} 共 ${count(cells)} 个单元格，超过 5,000,000 的上限；通常是远处误输入的单元格（${farCells.join("、")}），请删除后再试`,
    ),
  "file/sheet-not-found": ({ file, sheet, names }) => `文件 "${file}" 中没有名为 "${sheet}" 的工作表（现有：${names.join("、") || "无"}）。`,

  "save/same-as-input": ({ file }) => cannotWrite(file, "不能覆盖正在读取的原文件，请另选一个文件名"),
  "save/not-xlsx": ({ file }) => cannotWrite(file, "只能保存为 .xlsx 文件"),
  "save/no-folder": ({ file, folder }) => cannotWrite(file, `文件夹 "${folder}" 不存在`),
  "save/folder-is-file": ({ file, folder }) => cannotWrite(file, `"${folder}" 是一个文件，不是文件夹；请另选一个文件夹`),
  "save/exists": ({ file, folder, others }) =>
    cannotWrite(
      file,
      `文件夹 "${folder}" 中已有同名文件${others > 0 ? `（另有 ${count(others)} 个同名文件）` : ""}，未写入任何文件；请换一个文件夹，或确认可以替换后加 --force`,
    ),
  "save/busy": ({ file }) => cannotWrite(file, "目标文件正被其他程序（如 Excel）占用或没有写入权限，请关闭后重试"),
  "save/disk-full": ({ file }) => cannotWrite(file, "磁盘空间不足，已有的文件未改动；请清理空间或另选位置后重试"),
  "save/read-only": ({ file }) => cannotWrite(file, "该位置只读，已有的文件未改动；请另选位置保存"),
  "save/file-read-only": ({ file }) => cannotWrite(file, "该文件是只读的（或没有写入权限），未改动；请另选文件名，或先取消只读"),
  "save/is-folder": ({ path }) => cannotWrite(path, "这是一个已有的文件夹，不是文件；请指定文件夹中的一个 .xlsx 文件名"),
  "save/not-a-file": ({ path, kind }) => cannotWrite(path, `这是${NOT_REGULAR[kind]}，不是普通文件，不能写入；请指定一个 .xlsx 文件`),
  "save/broken-link": ({ file, points }) =>
    cannotWrite(file, `这是一个符号链接${points ? `（指向 "${points}"）` : ""}，但它指向的文件不存在或链接形成循环；请另选文件名`),
  "save/failed": ({ file, detail }) => cannotWrite(file, `写入失败（${detail}）`),

  "output/bad-sheet-name": ({ name, rule }) => `工作表名称“${name}”无效：${SHEET_NAME_RULES[rule]}。`,
  "output/bad-cell-value": ({ sheet, cell, rule }) => `工作表“${sheet}”的单元格 ${cell} 无法写入：${CELL_RULES[rule]}。`,
  "output/bad-merge": ({ sheet, range }) => `工作表“${sheet}”的合并区域 ${range} 无效或与其他合并区域重叠。`,

  "sheet/not-found": ({ sheet }) => `找不到工作表“${sheet}”，它可能刚被重命名或删除。请切换到要处理的工作表后重试。`,
  "sheet/too-large-for-request": ({ sheet }) => `工作表“${sheet}”的内容超出了 Excel 单次传输的上限。请删除不需要的行列，或把台账拆分到几个工作表后重试。`,
  "sheet/too-many-cells": ({ sheet, extent, cells }) =>
    `工作表“${sheet}”的数据范围 ${extent} 共 ${count(cells)} 个单元格，超过 5,000,000 的上限；通常是远处误输入的单元格，请按 Ctrl+End 找到并删除后重试。`,
  "excel/write-failed": ({ detail }) => `写入工作表失败：${detail}。请检查工作簿是否受保护或处于共享只读状态后重试。`,
  "excel/import-failed": ({ file, detail }) => `无法导入文件“${file}”：${detail}。请确认它是未加密的 .xlsx 工作簿后重试。`,
  "excel/cell-edit-mode": () => "Excel 正处于单元格编辑状态，无法读写工作表。请按 Enter 或 Esc 结束编辑后重试。",
  "excel/needs-newer": ({ feature, version }) =>
    `此版本的 Excel 不支持“${FEATURES[feature]}”（需要 ExcelApi ${version}）。请更新 Office，或使用 Microsoft 365 / Excel 网页版。`,
  "memory/cannot-read-files": ({ file }) => `无法在此读取文件“${file}”。`,
  "wps/cannot-import": ({ file }) => `WPS 表格中暂不能导入文件“${file}”。请在 WPS 中打开该文件，把工作表复制到本工作簿后重试。`,
};
