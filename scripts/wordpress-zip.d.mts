export const SOURCE: string;
export const SLUG: string;
export const PLACEHOLDER: string;
export function zipName(version: string): string;
export function pluginFiles(version: string, bundle?: string): Record<string, Uint8Array>;
