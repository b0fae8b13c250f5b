// DOMPurify's own XSS test payloads, each wrapped in a saved-page article, imported through the app and
// opened in the reader: no dialog may open, no trap may fire, and no request may leave 127.0.0.1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { acceptBlockedCspReports } from './csp-reports';
import { scratchDir, sharedRoot } from './import-files';
import { ImportPreview } from './models/ImportPreview';

interface HostileCase {
  title: string | null;
  payload: string;
}

const cases: HostileCase[] = JSON.parse(readFileSync(join(sharedRoot, 'corpora/hostile-html/dompurify-expect.json'), 'utf8'));
/** Pages per import batch: each batch goes through the preview queue with "Save all as shown". */
const BATCH = 25;

/** A saved news page with the payload in the middle of its article, so Readability keeps it in the body. */
function hostilePage(index: number, payload: string): string {
  const prose = (n: number) =>
    `<p>Paragraph ${n} of test article ${index}. The council met on Tuesday evening to discuss the budget for the coming year, and several residents spoke about the library, the swimming pool and the bus routes that connect the villages to the town centre.</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Hostile test page ${index}</title>
<script>window.__pwned = 'head script ${index}'</script></head>
<body onload="window.__pwned='body onload ${index}'"><article><h1>Hostile test page ${index}</h1>
${prose(1)}${prose(2)}
<div>${payload}</div>
${prose(3)}${prose(4)}
</article></body></html>`;
}

test('all 223 DOMPurify payloads: imported, saved and opened without running anything or fetching anything', async ({ app, consoleErrors }) => {
  test.setTimeout(10 * 60_000);
  expect(cases.length).toBe(223);
  const dialogs: string[] = [];
  const offSite: string[] = [];
  app.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  app.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'data:', 'blob:'].includes(url.protocol) || (url.protocol === 'http:' && url.hostname !== '127.0.0.1')) offSite.push(request.url());
  });
  // Global traps: any payload that runs code calling these, or setting __pwned, is caught.
  await app.addInitScript(() => {
    const record = (what: string) => () => {
      (window as unknown as { __trapped: string[] }).__trapped.push(what);
    };
    (window as unknown as { __trapped: string[] }).__trapped = [];
    window.alert = record('alert');
    window.confirm = record('confirm') as unknown as typeof window.confirm;
    window.prompt = record('prompt') as unknown as typeof window.prompt;
  });
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  const dir = scratchDir();
  const files = cases.map((item, index) => {
    const path = join(dir, `hostile-${String(index + 1).padStart(3, '0')}.html`);
    writeFileSync(path, hostilePage(index + 1, item.payload));
    return path;
  });

  const preview = new ImportPreview(app);
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    await preview.importFiles(batch);
    await expect(preview.dialog(), `the preview of the batch from page ${start + 1}`).toBeVisible({ timeout: 60_000 });
    await preview.button(batch.length > 1 ? /^Save all as shown$/ : /^Save to library$/).click();
    await preview
      .dialog()
      .waitFor({ state: 'hidden', timeout: 60_000 })
      .catch(async () => {
        throw new Error(`The preview stayed open at “${await preview.title().inputValue()}”: ${await preview.dialog().locator('footer').innerText()}`);
      });
  }

  // Open every stored article in the reader. The Library list is windowed, so the ids are read from
  // the app's IndexedDB (read-only) rather than from the rows on screen.
  const ids = await app.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  expect(ids).toHaveLength(cases.length);
  const hrefs = ids.map((id) => `#/article/${encodeURIComponent(id)}`);
  for (const href of hrefs) {
    await app.goto(`/index.html${href}`);
    await expect(app.getByRole('article', { name: /Article text/ })).toContainText('The council met on Tuesday evening');
  }

  expect(dialogs).toEqual([]);
  expect(await app.evaluate(() => (window as unknown as { __trapped: string[]; __pwned?: string }).__trapped)).toEqual([]);
  expect(await app.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(offSite).toEqual([]);
  acceptBlockedCspReports(consoleErrors);
});
