// Lint by grep: src/ holds no code that runs untrusted HTML, reaches the network, stores or logs
// answers, or writes inline styles that a strict Content-Security-Policy would block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/unsafeHTML|unsafeSVG|unsafeStatic|unsafeCSS/, 'unsafe Lit directives'],
  [/\.innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write/, 'HTML from strings'],
  [/\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*['"`]/, 'code from strings'],
  [/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|\bimport\s*\(/, 'network or dynamic loading'],
  [/localStorage|sessionStorage|document\.cookie|indexedDB|caches\.open|cookieStore/, 'storage'],
  [/console\.(log|info|debug|table)\s*\(/, 'logging (only console.warn for webmaster mistakes)'],
  [/\sstyle\s*=\s*["'$]/, 'inline style attributes (blocked by a strict CSP)'],
];

test('src/ has no unsafe HTML, eval, network, storage, logging or inline styles', () => {
  const hits: string[] = [];
  for (const file of files('src')) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const [pattern, what] of forbidden)
          if (pattern.test(line)) hits.push(`${file}:${i + 1} ${what}: ${line.trim()}`);
      });
  }
  assert.deepEqual(hits, []);
});

test('the check itself catches each pattern', () => {
  const samples = [
    'el.innerHTML = x',
    "fetch('/x')",
    'localStorage.setItem()',
    'eval(code)',
    'html`<p style="color:red">`',
    'console.log(answers)',
    'unsafeHTML(x)',
  ];
  for (const sample of samples)
    assert.ok(
      forbidden.some(([p]) => p.test(sample)),
      sample,
    );
});
