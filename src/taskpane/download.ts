/**
 * Offers bytes as a file download. Works where the host lets a page download (Excel on the web, the preview);
 * Excel's desktop task pane often drops it (office-js issues #1511, #2700, #3385), which the pane says beside
 * its download buttons.
 */
export function offerDownload(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the file only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The .xlsx type, for a workbook offered as a download. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
