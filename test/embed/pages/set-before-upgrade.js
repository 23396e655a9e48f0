// Runs before the bundle: a host page (or framework) sets a property on the not-yet-defined element.
document.querySelector('spasm-checker').clinicPhone = '555 010 9999';
