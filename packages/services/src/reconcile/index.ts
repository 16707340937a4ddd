export { defaultEventScanLimits, type EventScanLimits, reconcileEventsStep } from "./reconcile-events";
export {
  defaultObjectScanLimits,
  type ObjectScanLimits,
  reconcileObjectsStep,
} from "./reconcile-objects";
export {
  defaultReconcileLimits,
  type ReconcileLimits,
  reconcileCodes,
  reconcileRecordsStep,
} from "./reconcile-records";
export {
  reconcileAtStartName,
  reconcileExecutionName,
  reconcileSlotMinutes,
  startReconcile,
} from "./start-reconcile";
