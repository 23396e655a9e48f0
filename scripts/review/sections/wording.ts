// The rest of the wording, side by side in every language: self-care steps, routes, the learn
// section and every string on the screens.
import { locales } from '../../../src/i18n/locales.js';
import type { Messages } from '../../../src/i18n/messages.js';
import type { Route } from '../../../src/triage/types.js';
import { code, em, h, orList, p, strong } from '../document.js';
import type { Block, Inline, Table } from '../document.js';
import { languageName, localeCodes, questions, ROUTES, voiced } from '../rules-and-wording.js';
import { SECTIONS } from './titles.js';

/** Rows keyed by a label, one column per locale; a locale without the key shows "(missing)". */
function byKeyTable(
  first: string,
  keys: readonly string[],
  pick: (m: Messages, key: string) => Inline[] | undefined,
): Table {
  return {
    kind: 'table',
    head: [first, ...localeCodes.map(languageName)],
    rows: keys.map((key) => [[code(key)], ...localeCodes.map((c) => pick(locales[c], key) ?? [em('(missing)')])]),
    lang: [undefined, ...localeCodes],
  };
}

const indexKeys = (name: string, lengths: readonly number[]) =>
  Array.from({ length: Math.max(0, ...lengths) }, (_, i) => `${name} ${i + 1}`);
const at = <T>(list: readonly T[], key: string): T | undefined => list[Number(key.split(' ').at(-1)) - 1];

export function wordingSection(): Block[] {
  const all = localeCodes.map((c) => locales[c]);
  const routeUsers = (r: Route): Inline[] => {
    const users = questions.flatMap((q) =>
      q.options.filter((o) => o.route === r || o.extraRoute === r).map((o): Inline[] => [code(`${q.id}.${o.id}`)]),
    );
    return users.length ? orList(users, 'and') : ['—'];
  };
  const learnKeys: string[] = [];
  const sectionCount = Math.max(...all.map((m) => m.learn.sections.length));
  for (let s = 0; s < sectionCount; s++) {
    learnKeys.push(`section ${s + 1} heading`);
    const items = Math.max(...all.map((m) => m.learn.sections[s]?.items.length ?? 0));
    for (let i = 0; i < items; i++) learnKeys.push(`section ${s + 1} item ${i + 1}`);
  }
  const learnPick = (m: Messages, key: string): Inline[] | undefined => {
    const [, s, kind, i] = key.split(' ');
    const section = m.learn.sections[Number(s) - 1];
    const text = kind === 'heading' ? section?.heading : section?.items[Number(i) - 1];
    return text === undefined ? undefined : kind === 'heading' ? [strong(text)] : [text];
  };
  const uiKeys: string[] = [];
  for (const key of Object.keys(all[0].ui)) {
    const value = (all[0].ui as Record<string, unknown>)[key];
    if (Array.isArray(value))
      uiKeys.push(
        ...indexKeys(
          key,
          all.map((m) => ((m.ui as Record<string, unknown>)[key] as unknown[]).length),
        ),
      );
    else uiKeys.push(key);
  }
  for (const m of all.slice(1)) for (const key of Object.keys(m.ui)) if (!(key in all[0].ui)) uiKeys.push(key);
  const uiPick = (m: Messages, key: string): Inline[] | undefined => {
    const ui = m.ui as unknown as Record<string, string | readonly string[] | undefined>;
    const [name] = key.split(' ');
    const value = ui[name];
    const text = Array.isArray(value) ? at(value, key) : (value as string | undefined);
    return text === undefined ? undefined : [text];
  };
  return [
    h(2, SECTIONS.wording),
    h(3, 'Self-care steps'),
    p('Shown on a ', code('self-care'), ' result.'),
    byKeyTable(
      'Step',
      indexKeys(
        'step',
        all.map((m) => m.selfCare.steps.length),
      ),
      (m, key) => {
        const text = at(m.selfCare.steps, key);
        return text === undefined ? undefined : voiced(text);
      },
    ),
    h(3, 'Get help sooner if'),
    byKeyTable(
      'Item',
      indexKeys(
        'item',
        all.map((m) => m.selfCare.sooner.length),
      ),
      (m, key) => {
        const text = at(m.selfCare.sooner, key);
        return text === undefined ? undefined : voiced(text);
      },
    ),
    h(3, 'Routes'),
    p('Where a same-day or appointment result sends the patient, in the order the answers were asked.'),
    {
      kind: 'table',
      head: ['Route', ...localeCodes.map(languageName), 'Given by'],
      rows: ROUTES.map((r) => [[code(r)], ...localeCodes.map((c) => voiced(locales[c].routes[r])), routeUsers(r)]),
      lang: [undefined, ...localeCodes, undefined],
    },
    h(3, 'Learn section'),
    p('The general education shown beside the checker.'),
    byKeyTable('Part', learnKeys, learnPick),
    h(3, 'Screen wording'),
    p('Every other string on the screens, the printed summary and the announcements for screen readers.'),
    byKeyTable('Key', uiKeys, uiPick),
  ];
}
