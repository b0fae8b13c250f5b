// Shared test fixture: a page of the web host that fails the test on any console error or page error.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[]; app: Page }>({
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  app: async ({ page, consoleErrors }, use) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto('/index.html');
    await use(page);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };
