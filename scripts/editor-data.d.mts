export function vscodeData(): unknown;
export function webTypes(): unknown;
export const files: Record<string, () => unknown>;
