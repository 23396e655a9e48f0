export function snippetAfter(markdown: string, marker: string, lang?: string): string;
export const MARKERS: Record<'paste' | 'strictCsp' | 'wordpressCsp' | 'reserve', [string, string]>;
export function docSnippet(markdown: string, name: keyof typeof MARKERS): string;
export function policyOf(headerLine: string): string;
