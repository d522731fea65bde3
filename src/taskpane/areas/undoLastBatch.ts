import { revertLastBatch } from "../../app/check";
import type { WorkbookPort } from "../../host/port";
import type { Messages } from "../../i18n";

/**
 * 撤销: the fix journal's last batch (a check's fixes, a merge of returns) put back, said in the clerk's words —
 * how many cells were restored and which the clerk had changed since (left as they are), or that there was none.
 */
export async function undoLastBatch(workbook: WorkbookPort, messages: Messages): Promise<string> {
  const reverted = await revertLastBatch(workbook);
  return reverted
    ? messages.areas.reverted(
        reverted.restored,
        reverted.conflicts.map((c) => `${c.sheet}!${c.cell}`),
      )
    : messages.areas.nothingToRevert;
}
