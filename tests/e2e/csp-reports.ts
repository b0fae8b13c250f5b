// Telling the Content Security Policy's reports of blocked inline handlers apart from real console errors.

/**
 * Chromium reports every inline event handler attribute (onclick=…) of imported markup as a CSP
 * violation the moment it is parsed, even in an inert DOMParser document, and says "The action has
 * been blocked". Those reports are the policy working, not errors of the app; anything else still fails.
 */
export function acceptBlockedInlineHandlers(consoleErrors: string[]): void {
  const blocked = /^Executing inline event handler violates the following Content Security Policy directive 'script-src 'self''\..*The action has been blocked\.$/s;
  const others = consoleErrors.filter((message) => !blocked.test(message));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}
