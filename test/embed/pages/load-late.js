// Loads the one-file build only after the page has been painted, as a late, async embed would.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    const script = document.createElement('script');
    script.src = '/dist/spasm-checker.js';
    document.body.append(script);
  }),
);
