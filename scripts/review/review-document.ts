// The whole review document: the sections in reading order, rendered as Markdown and as HTML.
import type { Block } from './document.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { adviceSection } from './sections/advice.js';
import { attention } from './sections/attention.js';
import { contents, header } from './sections/header.js';
import { howTo } from './sections/how-to.js';
import { invariantsSection } from './sections/invariants.js';
import { levelsSection } from './sections/levels.js';
import { questionsSection } from './sections/questions.js';
import { signOff } from './sections/sign-off.js';
import { sourcesSection } from './sections/sources.js';
import { TITLE } from './sections/titles.js';
import { vignettesSection } from './sections/vignettes.js';
import { wordingSection } from './sections/wording.js';

/** The review document as Markdown and as a printable, self-contained HTML page. */
export function clinicalReview(): { markdown: string; html: string } {
  const blocks: Block[] = [
    ...header(),
    ...contents(),
    ...howTo(),
    ...attention(),
    ...levelsSection(),
    ...questionsSection(),
    ...adviceSection(),
    ...wordingSection(),
    ...invariantsSection(),
    ...vignettesSection(),
    ...sourcesSection(),
    ...signOff(),
  ];
  return { markdown: renderMarkdown(blocks), html: renderHtml(blocks, TITLE) };
}
