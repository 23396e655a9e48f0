// Editor support generated from custom-elements.json: VS Code custom HTML data and JetBrains
// web-types. With --check it fails when the committed files are stale.
import { readFileSync } from 'node:fs';
import { writeOrCheck } from './write-or-check.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'spasm-checker');

// "'full' | 'checker' | 'learn'" -> ['full', 'checker', 'learn']
const literals = (type) => (type?.text.match(/'[^']*'/g) ?? []).map((v) => v.slice(1, -1));

export function vscodeData() {
  return {
    version: 1.1,
    tags: [
      {
        name: element.tagName,
        description: element.summary ?? element.description,
        attributes: element.attributes.map((a) => ({
          name: a.name,
          description: a.description,
          ...(literals(a.type).length ? { values: literals(a.type).map((name) => ({ name })) } : {}),
        })),
        references: [{ name: 'README', url: 'https://www.npmjs.com/package/spasm-checker' }],
      },
    ],
  };
}

export function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: [
          {
            name: element.tagName,
            description: element.summary ?? element.description,
            attributes: element.attributes.map((a) => ({
              name: a.name,
              description: a.description,
              value: literals(a.type).length
                ? { type: 'enum', kind: 'plain', enum: literals(a.type) }
                : { type: a.type?.text ?? 'string', kind: 'plain' },
            })),
            events: element.events.map((e) => ({ name: e.name, description: e.description })),
            css: {
              properties: element.cssProperties.map((p) => ({ name: p.name, description: p.description })),
              parts: element.cssParts.map((p) => ({ name: p.name, description: p.description })),
            },
          },
        ],
      },
    },
  };
}

export const files = {
  'vscode.html-custom-data.json': vscodeData,
  'web-types.json': webTypes,
};
const text = (data) => `${JSON.stringify(data, null, 2)}\n`;

if (process.argv[1]?.endsWith('editor-data.mjs')) {
  const fresh = Object.fromEntries(Object.entries(files).map(([file, make]) => [file, text(make())]));
  writeOrCheck(fresh, { hint: 'run "npm run analyze" and commit it.' });
}
