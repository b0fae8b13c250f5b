// The Article screen as a user sees it: the reader, its selection toolbar and the Claims panel.
import { expect, type Locator, type Page } from '@playwright/test';
import { importWithShortcut } from './import-shortcut';

export type TagName = 'Opinion' | 'Fact' | 'Unsupported';

export class ArticleScreen {
  constructor(private readonly page: Page) {}

  /**
   * Imports a file through the Import button's file chooser and saves it from the cleanup preview
   * (when the app shows one), ending on the article.
   */
  async openByImport(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /^(Import article…|Import…|导入文章…|导入…)$/ }).first().click();
    await (await chooser).setFiles(path);
    await this.saveFromPreview(false);
  }

  /** The same with the keyboard only: Ctrl+O, then Ctrl+Enter in the preview presses "Save to library". */
  async openByImportWithKeyboard(path: string): Promise<void> {
    await importWithShortcut(this.page, path);
    await this.saveFromPreview(true);
  }

  private async saveFromPreview(keyboard: boolean): Promise<void> {
    const save = this.page.getByRole('button', { name: /^(Save to library|保存到文库)$/ });
    await expect(this.reader().or(save).first()).toBeVisible({ timeout: 20_000 });
    if (await save.isVisible()) {
      if (keyboard) {
        await expect(save).toBeEnabled();
        await this.page.keyboard.press('Control+Enter');
      } else {
        await save.click();
      }
    }
    await expect(this.reader()).toBeVisible({ timeout: 20_000 });
  }

  reader(): Locator {
    return this.page.getByRole('article', { name: /Article text|文章正文/ });
  }

  toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: /Tag the selection|标注所选内容/ });
  }

  claimsPanel(): Locator {
    return this.page.getByRole('complementary', { name: /^(Claims|论断)$/ });
  }

  claimList(): Locator {
    return this.claimsPanel().getByRole('list', { name: /Claims in article order|按文章顺序排列的论断/ });
  }

  /** The list entries (one button each) of the Claims panel, in article order. */
  claimItems(): Locator {
    return this.claimList().locator(':scope > li > button');
  }

  claimItem(quote: string): Locator {
    return this.claimItems().filter({ hasText: quote });
  }

  /** Highlight elements whose text is (part of) the given quote. */
  marks(): Locator {
    return this.reader().locator('mark');
  }

  /**
   * Where the text `quote` sits on screen: the viewport points just inside its first and last
   * characters, found from the DOM text after scrolling it into view.
   */
  async quotePoints(quote: string): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
    const points = await this.reader().evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      const starts: number[] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        starts.push(all.length);
        nodes.push(node);
        all += node.data;
      }
      const at = all.indexOf(text);
      if (at === -1) return null;
      const locate = (offset: number) => {
        let index = starts.length - 1;
        while (starts[index] > offset) index -= 1;
        return { node: nodes[index], offset: offset - starts[index] };
      };
      const first = locate(at);
      const last = locate(at + text.length - 1);
      first.node.parentElement!.scrollIntoView({ block: 'center' });
      const rectOf = (point: { node: Text; offset: number }) => {
        const range = document.createRange();
        range.setStart(point.node, point.offset);
        range.setEnd(point.node, point.offset + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      };
      const a = rectOf(first);
      const b = rectOf(last);
      return {
        start: { x: a.left + 1, y: (a.top + a.bottom) / 2 },
        end: { x: b.right - 1, y: (b.top + b.bottom) / 2 },
      };
    }, quote);
    if (!points) throw new Error(`"${quote}" is not in the reader`);
    return points;
  }

  /** Selects the text with a real mouse drag from its first to its last character. */
  async dragSelect(quote: string): Promise<void> {
    // Blocks far from view render lazily (content-visibility), so scrolling can still move the text for a
    // frame or two: measure until two measurements a couple of frames apart agree.
    let points = await this.quotePoints(quote);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const again = await this.quotePoints(quote);
      const stable = JSON.stringify(again) === JSON.stringify(points);
      points = again;
      if (stable) break;
    }
    const { start, end } = points;
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await this.page.mouse.move(end.x, end.y, { steps: 4 });
    await this.page.mouse.up();
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(quote);
  }

  async selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  /** Tags the current selection with a toolbar button. */
  async tagWithToolbar(tag: TagName | string): Promise<void> {
    await this.toolbar().getByRole('button', { name: tag, exact: true }).click();
  }

  /** Waits until no claim in the panel says it is still being saved. */
  async expectAllSaved(): Promise<void> {
    await expect(this.claimsPanel().getByText(/^(Saving…|正在保存…)$/)).toHaveCount(0);
  }

  /** Reloads the page once every change is stored, as a user would after seeing it saved. */
  async reloadWhenSaved(): Promise<void> {
    await this.expectAllSaved();
    await this.page.reload();
  }

  /** The tag a highlight shows: its data-tag plus the computed decoration, as a user would see it. */
  async markLook(text: string): Promise<{ tag: string | null; color: string; style: string; background: string }> {
    const mark = this.marks().filter({ hasText: text }).first();
    return mark.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        tag: element.getAttribute('data-tag'),
        color: style.textDecorationColor,
        style: style.textDecorationStyle,
        background: style.backgroundColor,
      };
    });
  }

  /** The whole highlighted text of each claim, keyed by the tag its first mark shows. */
  async highlightedQuotes(): Promise<{ quote: string; tag: string }[]> {
    return this.reader().evaluate((root) => {
      const byClaim = new Map<string, { quote: string; tag: string }>();
      for (const mark of Array.from(root.querySelectorAll<HTMLElement>('mark[data-claim-ids]'))) {
        for (const id of mark.dataset.claimIds!.split(' ')) {
          const entry = byClaim.get(id) ?? { quote: '', tag: '' };
          entry.quote += mark.textContent ?? '';
          if (mark.dataset.claimIds === id) entry.tag = mark.dataset.tag ?? '';
          byClaim.set(id, entry);
        }
      }
      return [...byClaim.values()];
    });
  }
}
