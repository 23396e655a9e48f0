// The review document as structured data: blocks of inline text, built by the sections and
// rendered twice (render-markdown.ts, render-html.ts) so both formats always say the same.

export type Inline =
  | string
  | { readonly code: string }
  | { readonly strong: string }
  | { readonly em: string }
  | { readonly url: string }
  | { readonly text: string; readonly href: string }
  | { readonly br: true };
export type Cell = readonly Inline[];

export interface Table {
  readonly kind: 'table';
  readonly head: readonly string[];
  readonly rows: readonly Cell[][];
  /** The language of each column's text, for the HTML lang attribute. */
  readonly lang?: readonly (string | undefined)[];
  /** The language of each row's text after its first cell, when rows are languages. */
  readonly rowLang?: readonly (string | undefined)[];
  readonly className?: string;
}
export type Block =
  | { readonly kind: 'h'; readonly level: 1 | 2 | 3; readonly text: Cell }
  | { readonly kind: 'p'; readonly text: Cell }
  | { readonly kind: 'ul'; readonly items: readonly Cell[]; readonly checklist?: boolean }
  | { readonly kind: 'ol'; readonly items: readonly Cell[] }
  | Table;

export const BR: Inline = { br: true };
export const code = (text: string): Inline => ({ code: text });
export const strong = (text: string): Inline => ({ strong: text });
export const em = (text: string): Inline => ({ em: text });
export const h = (level: 1 | 2 | 3, ...text: Inline[]): Block => ({ kind: 'h', level, text });
export const p = (...text: Inline[]): Block => ({ kind: 'p', text });
/** Lines of a cell, separated by line breaks. */
export const lines = (...parts: Cell[]): Inline[] => parts.flatMap((part, i) => (i ? [BR, ...part] : [...part]));
/** "a, b or c", each item a cell. */
export const orList = (items: readonly Cell[], word = 'or'): Inline[] =>
  items.flatMap((item, i) => [...(i === 0 ? [] : i === items.length - 1 ? [` ${word} `] : [', ']), ...item]);

/** The text without its markup, to derive a heading's anchor. */
export const plain = (text: Cell): string =>
  text
    .map((x) =>
      typeof x === 'string'
        ? x
        : 'code' in x
          ? x.code
          : 'strong' in x
            ? x.strong
            : 'em' in x
              ? x.em
              : 'url' in x
                ? x.url
                : 'href' in x
                  ? x.text
                  : ' ',
    )
    .join('');

/** The anchor GitHub gives a heading, used for the HTML ids too. */
export const slug = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
