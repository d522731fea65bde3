import type * as ExcelJS from "exceljs";

/**
 * Escapes text the way Excel does inside .xlsx XML (ST_Xstring): characters XML cannot carry as such become
 * "_xHHHH_", and a literal "_xHHHH_" is protected as "_x005F_xHHHH_". Without this ExcelJS drops control
 * characters and every XML reader turns CR into LF, so text would not come back as written.
 */
export function escapeOoxmlText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/[\x00-\x08\x0B-\x0D\x0E-\x1F\uFFFE\uFFFF]/g, (ch) => {
    return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
  });
}

/** Text cells and rich-text runs of every sheet, escaped; returns how to put the originals back. */
function escapeWorkbookText(book: ExcelJS.Workbook): () => void {
  const undo: (() => void)[] = [];
  for (const sheet of book.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // The other cells of a merge answer with (and write through to) their master: leave them alone.
        if (cell.isMerged && cell.master !== cell) return;
        const value = cell.value;
        if (typeof value === "string") {
          const escaped = escapeOoxmlText(value);
          if (escaped === value) return;
          cell.value = escaped;
          undo.push(() => (cell.value = value));
        } else if (value && typeof value === "object" && "richText" in value) {
          const runs = value.richText.map((run) => ({ ...run, text: escapeOoxmlText(run.text) }));
          if (runs.every((run, i) => run.text === value.richText[i].text)) return;
          cell.value = { richText: runs };
          undo.push(() => (cell.value = value));
        }
      }),
    );
  }
  return () => undo.reverse().forEach((restore) => restore());
}

/** The workbook as .xlsx bytes, with text escaped for the file only (the in-memory workbook is unchanged). */
export async function workbookBytes(book: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = await xlsxBytes(book);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** workbookBytes without Node's Buffer, for the task pane (the browser has none; ExcelJS's bundle brings its own). */
export async function xlsxBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  const restore = escapeWorkbookText(book);
  try {
    const written = (await book.xlsx.writeBuffer()) as unknown as Uint8Array;
    return new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
  } finally {
    restore();
  }
}
