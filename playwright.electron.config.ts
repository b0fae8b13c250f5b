import { defineConfig } from '@playwright/test';

// Electron tests launch the built app (out/main) with Playwright's _electron; they skip where the
// Electron binary is not installed.
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
});
