/** The README's Performance section, written from the contents of bench/results.json. */
export function performanceSection(results: unknown): string;
/** The README with its Performance section replaced, everything else as it was. */
export function withPerformanceSection(readme: string, results: unknown): string;
/** Writes README.md's section from bench/results.json (unless check); tells whether it was fresh. */
export function writeReadmeSection(options?: { check?: boolean }): boolean;
