export { tailoringKey } from "./keys";
export {
  exportTailoring,
  filenameStem,
  getTailoring,
  listTailorings,
  type TailoringExport,
  type TailoringSummary,
} from "./read";
export { type TailorResumeRequest, tailorResumeToJob } from "./start";
export {
  loadTailorInputs,
  markTailoringFailed,
  persistTailoringStep,
  tailorStep,
  verifyStep,
} from "./steps";
export type { TailoringView } from "./views";
