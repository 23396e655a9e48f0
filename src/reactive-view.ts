// A minimal reactive custom element over Lit's templates (lit-html): attributes mirrored to
// properties, one batched render per microtask, adopted styles, and `updateComplete`. LitElement
// does the same and more for about 3 KB gzip extra, and every byte ships to every patient.
import { render } from 'lit/html.js';
import type { TemplateResult } from 'lit/html.js';

type Values = Record<string, unknown>;

/** A CSS template tag: the text of a stylesheet, adopted once per document by the element. */
export const css = (strings: TemplateStringsArray, ...values: unknown[]): string => String.raw({ raw: strings }, ...values);

// Subclass fields must be plain assignments (tsconfig "useDefineForClassFields": false, as Lit's
// decorators also need): define-semantics fields would hide these accessors and nothing would render.
export abstract class ReactiveView extends HTMLElement {
  /** Attribute name -> property name, for the attributes a webmaster can set. */
  static attributes: Record<string, string> = {};
  /** Attributes whose presence means true. */
  static booleanAttributes: readonly string[] = [];
  /** Every property (public or internal) whose change re-renders. */
  static reactive: readonly string[] = [];
  static styles = '';

  static get observedAttributes(): string[] {
    return Object.keys(this.attributes);
  }

  /** Turns the listed properties into accessors that request a render when they change. */
  static finalize(): void {
    for (const name of this.reactive) {
      const key = Symbol(name);
      Object.defineProperty(this.prototype, name, {
        get(this: Values) {
          return this[key as unknown as string];
        },
        set(this: ReactiveView & Values, value: unknown) {
          const old = this[key as unknown as string];
          this[key as unknown as string] = value;
          if (old !== value) this.requestUpdate();
        },
        configurable: true,
      });
    }
  }

  readonly renderRoot: ShadowRoot;
  /** Resolves when the pending render (if any) is done. */
  updateComplete: Promise<boolean> = Promise.resolve(true);
  private pending = false;
  private saved: Values = {};

  constructor() {
    super();
    const type = this.constructor as typeof ReactiveView;
    // Values a page set on the element before the script defined it are own properties that hide
    // the accessors: keep them and set them again once the fields have their defaults.
    for (const name of type.reactive) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        this.saved[name] = (this as unknown as Values)[name];
        delete (this as unknown as Values)[name];
      }
    }
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.renderRoot.adoptedStyleSheets = [sheetFor(type)];
  }

  connectedCallback(): void {
    Object.assign(this, this.saved);
    this.saved = {};
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const type = this.constructor as typeof ReactiveView;
    (this as unknown as Values)[type.attributes[name]] = type.booleanAttributes.includes(name) ? value !== null : value ?? '';
  }

  /** Schedules one render for everything changed in this task. */
  requestUpdate(): void {
    if (this.pending) return;
    this.pending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.pending = false;
      if (this.isConnected) {
        this.willUpdate();
        render(this.render(), this.renderRoot, { host: this });
        this.updated();
      }
      return true;
    });
  }

  protected willUpdate(): void {}
  protected updated(): void {}
  protected abstract render(): TemplateResult;
}

const sheets = new WeakMap<object, CSSStyleSheet>();
function sheetFor(type: typeof ReactiveView): CSSStyleSheet {
  let sheet = sheets.get(type);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(type.styles);
    sheets.set(type, sheet);
  }
  return sheet;
}
