/** The kinds a step's main-thread time is split into, in the order printed. */
export const STEP_KINDS: string[];
/** Each kind's main-thread time per step (ms), averaged over the steps marked in a trace. */
export function stepBreakdown(
  events: { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number }[],
): {
  steps: number;
  mainThread: Record<string, number>;
  busyMs: number;
};
