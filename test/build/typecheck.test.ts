// `npm run typecheck` covers every file that runs: a type error planted in the demo, the benchmark
// or the scripts (TypeScript or JavaScript) must fail it. Each planted file is removed afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const planted = [
  { file: 'demo/planted-type-error.ts', text: "export const n: number = 'not a number';\n" },
  { file: 'bench/planted-type-error.ts', text: "export const n: number = 'not a number';\n" },
  { file: 'scripts/planted-type-error.ts', text: "export const n: number = 'not a number';\n" },
  { file: 'scripts/planted-type-error.mjs', text: "/** @type {number} */\nexport const n = 'not a number';\n" },
];

for (const { file, text } of planted) {
  test(`a type error in ${file} fails npm run typecheck`, () => {
    writeFileSync(file, text);
    try {
      const run = spawnSync('npm', ['run', '--silent', 'typecheck'], { encoding: 'utf8' });
      assert.notEqual(run.status, 0, 'the type check passed');
      assert.match(run.stdout + run.stderr, new RegExp(`${file.replace('.', '\\.')}\\(\\d+,`));
    } finally {
      rmSync(file, { force: true });
    }
  });
}
