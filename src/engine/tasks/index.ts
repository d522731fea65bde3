export { taskRecords, targetText, taskTargetText, type TaskLine, type TaskRecord } from "./taskRecords";
