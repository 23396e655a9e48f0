// The review document as GitHub-flavoured Markdown (docs/clinical-review.md).
import type { Block, Cell } from './document.js';

/** Escapes text for Markdown (including table cells): the characters GitHub would read as markup. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\n/g, ' ');

const safeUrl = (url: string) => url.replace(/[|<>\s]/g, (c) => encodeURIComponent(c));

/** `**text**` with any spaces at its ends moved outside, where GitHub still reads it as emphasis. */
function emphasis(text: string, mark: string): string {
  const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return core ? `${lead}${mark}${escapeMarkdown(core)}${mark}${trail}` : text;
}

function inlineMarkdown(text: Cell): string {
  return text
    .map((x) => {
      if (typeof x === 'string') return escapeMarkdown(x);
      if ('code' in x) return `\`${x.code.replace(/\|/g, '\\|')}\``;
      if ('strong' in x) return emphasis(x.strong, '**');
      if ('em' in x) return emphasis(x.em, '*');
      if ('url' in x) return `<${safeUrl(x.url)}>`;
      if ('href' in x) return `[${escapeMarkdown(x.text)}](${safeUrl(x.href)})`;
      return '<br>';
    })
    .join('');
}

/** The whole document as Markdown, blocks separated by a blank line. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'h':
        out.push(`${'#'.repeat(block.level)} ${inlineMarkdown(block.text)}`);
        break;
      case 'p':
        out.push(inlineMarkdown(block.text));
        break;
      case 'ul':
        out.push(block.items.map((item) => `- ${block.checklist ? '[ ] ' : ''}${inlineMarkdown(item)}`).join('\n'));
        break;
      case 'ol':
        out.push(block.items.map((item, i) => `${i + 1}. ${inlineMarkdown(item)}`).join('\n'));
        break;
      case 'table': {
        const row = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
        out.push(
          [
            row(block.head.map(escapeMarkdown)),
            row(block.head.map(() => '---')),
            ...block.rows.map((cells) => row(cells.map(inlineMarkdown))),
          ].join('\n'),
        );
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
