// Telling the Content Security Policy's reports of blocked actions apart from real console errors.

/**
 * Chromium reports every inline event handler attribute (onclick=…) and every <base href> of imported
 * markup as a CSP violation the moment it is parsed, even in an inert DOMParser document, and says
 * "The action has been blocked". Those reports are the policy doing its work on hostile input, not
 * errors of the app, so tests that import such pages accept them; any other console error still fails.
 */
export function acceptBlockedCspReports(consoleErrors: string[]): void {
  const blocked = /^(Executing inline event handler|Setting the document's base URI to .*) violates the following Content Security Policy directive.*The action has been blocked\.$/s;
  const others = consoleErrors.filter((message) => !blocked.test(message));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}
