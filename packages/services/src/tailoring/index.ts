export { tailoringKey } from "./keys";
export { exportTailoring, filenameStem, getTailoring, type TailoringExport } from "./read";
export { type TailorResumeRequest, tailorResumeToJob } from "./start";
export {
  loadTailorInputs,
  markTailoringFailed,
  persistTailoringStep,
  tailorStep,
  verifyStep,
} from "./steps";
export type { TailoringView } from "./views";
