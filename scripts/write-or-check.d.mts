/** The text of a generated file as it stands in the repository, or null when it does not exist. */
export function committedText(path: string): string | null;
/** Writes each file, or with --check (or `check: true`) only compares and fails when one is stale. */
export function writeOrCheck(files: Record<string, string>, how: { hint: string; check?: boolean }): boolean;
