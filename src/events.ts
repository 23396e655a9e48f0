// Typed events for the host page. They say what happened, never what the patient answered.
import type { Level } from './triage/types.js';

/** What a `spasm-checker-action` event says was used. */
export type ActionKind = 'call-emergency' | 'call-clinic' | 'book' | 'print' | 'copy';

/** Every event bubbles and crosses the shadow boundary, so the host page can listen anywhere. */
class SpasmCheckerEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(`spasm-checker-${type}`, { bubbles: true, composed: true, detail });
  }
}

/** The first answer was submitted. */
export class SpasmCheckerStartEvent extends SpasmCheckerEvent<Record<string, never>> {
  constructor() {
    super('start', {});
  }
}

/** A question is shown after Continue or Back; `step` is 1-based. */
export class SpasmCheckerStepEvent extends SpasmCheckerEvent<{ step: number }> {
  constructor(step: number) {
    super('step', { step });
  }
}

/** A result is shown; `level` only when the webmaster opted in with `share-level`. */
export class SpasmCheckerCompleteEvent extends SpasmCheckerEvent<{ level?: Level }> {
  constructor(level?: Level) {
    super('complete', level ? { level } : {});
  }
}

/** The patient started again. */
export class SpasmCheckerRestartEvent extends SpasmCheckerEvent<Record<string, never>> {
  constructor() {
    super('restart', {});
  }
}

/** A call to action was used. */
export class SpasmCheckerActionEvent extends SpasmCheckerEvent<{ kind: ActionKind }> {
  constructor(kind: ActionKind) {
    super('action', { kind });
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
