// `import text from './en.js?json-text'`: that module's default export as one string of JSON, made
// at build time by scripts/wording-as-json.ts (the one-file builds only; tsc and the tests never
// load these imports).
declare module '*?json-text' {
  const json: string;
  export default json;
}
