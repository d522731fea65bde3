/** "2021年政府工作报告…" → 2021: the title says which year the sheet is about, else the sheet's name may. */
export function sheetYear(title: string | null, sheetName: string): number | null {
  for (const text of [title ?? "", sheetName]) {
    const match = /(20\d{2})\s*年?/u.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}
