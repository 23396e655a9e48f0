// Typed events for the host page. They say what happened, never what the patient answered.

/** What a `spasm-checker-action` event says was used. */
export type ActionKind = 'call-emergency' | 'call-clinic' | 'book' | 'print' | 'copy';

const init = { bubbles: true, composed: true } as const;

/** The first answer was submitted. */
export class SpasmCheckerStartEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('spasm-checker-start', { ...init, detail: {} });
  }
}

/** A question is shown after Continue or Back; `step` is 1-based. */
export class SpasmCheckerStepEvent extends CustomEvent<{ step: number }> {
  constructor(step: number) {
    super('spasm-checker-step', { ...init, detail: { step } });
  }
}

/** A result is shown; `level` only when the webmaster opted in with `share-level`. */
export class SpasmCheckerCompleteEvent extends CustomEvent<{ level?: string }> {
  constructor(level?: string) {
    super('spasm-checker-complete', { ...init, detail: level ? { level } : {} });
  }
}

/** The patient started again. */
export class SpasmCheckerRestartEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('spasm-checker-restart', { ...init, detail: {} });
  }
}

/** A call to action was used. */
export class SpasmCheckerActionEvent extends CustomEvent<{ kind: ActionKind }> {
  constructor(kind: ActionKind) {
    super('spasm-checker-action', { ...init, detail: { kind } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'spasm-checker-start': SpasmCheckerStartEvent;
    'spasm-checker-step': SpasmCheckerStepEvent;
    'spasm-checker-complete': SpasmCheckerCompleteEvent;
    'spasm-checker-restart': SpasmCheckerRestartEvent;
    'spasm-checker-action': SpasmCheckerActionEvent;
  }
}
