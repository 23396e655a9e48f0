// Loaded before every browser test file (see web-test-runner.config.mjs): the tests run Lit's
// development build, and any warning it gives (a property shadowed by a class field, an update
// scheduled after an update, a template mistake) fails the test that caused it. Nothing here may
// import Lit: this must run before Lit's modules do.
declare global {
  // Lit's own record of the warnings it has given (see Lit's issueWarning).
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

// "Lit is in dev mode" is what we asked for; every other Lit warning is a bug.
globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

/** Lit's warnings end with a link to their explanation on lit.dev. */
export const isLitWarning = (message: unknown): boolean => /lit\.dev\/msg\//.test(String(message));

const caught: string[] = [];

/** Takes note of a Lit warning (console capture helpers call this for what they intercept). */
export function noteLitWarning(message: unknown): void {
  if (isLitWarning(message)) caught.push(String(message));
}

const warn = console.warn;
console.warn = function (...args: unknown[]) {
  noteLitWarning(args[0]);
  return warn.apply(this, args);
};

/** The Lit warnings since the last check, cleared (for the test that proves the catcher works). */
export const takeLitWarnings = (): string[] => caught.splice(0);

afterEach(function () {
  const found = takeLitWarnings();
  if (found.length) throw new Error(`Lit warned during "${this.currentTest?.fullTitle()}":\n${found.join('\n')}`);
});
