export { taskRecords, type TaskLine, type TaskRecord } from "./taskRecords";
