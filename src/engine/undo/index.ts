export { JOURNAL_SHEET, journalLayout, planRevert, readJournal, recordBatch, type FixBatch, type JournalEntry, type RevertPlan } from "./fixJournal";
