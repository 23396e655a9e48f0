// The one way tests read what the element says on the console: the messages are kept (joined as
// one line each) instead of printed, and Lit's own warnings still reach the catcher in
// test/setup/lit-dev-warnings.ts, so capturing never hides a Lit warning.
import { noteLitWarning } from './setup/lit-dev-warnings.js';

export interface Captured {
  readonly messages: string[];
  restore(): void;
}

/** Captures console.warn or console.error until `restore()`. */
export function captureConsole(method: 'warn' | 'error'): Captured {
  const messages: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    noteLitWarning(args[0]);
    messages.push(args.join(' '));
  };
  return { messages, restore: () => (console[method] = original) };
}
