// Records every Content-Security-Policy violation on the page, before anything else runs.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
);
window.errors = [];
window.addEventListener('error', (e) => window.errors.push(e.message));
