// The Article screen's Export menu and its dialogs as a user drives them, plus tagging a passage by
// selecting it and pressing the tag key (1, 2 or 3), which is how keyboard users tag.
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type TagKey = '1' | '2' | '3';
export const TAG_KEY = { opinion: '1', fact: '2', unsupported: '3' } as const satisfies Record<string, TagKey>;

export interface SavedFile {
  name: string;
  path: string;
  bytes: Buffer;
  text: string;
}

export async function savedFile(download: Download): Promise<SavedFile> {
  const path = await download.path();
  const bytes = await readFile(path);
  return { name: download.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
}

export class ArticleExport {
  constructor(private readonly page: Page) {}

  reader(): Locator {
    return this.page.getByRole('article', { name: /Article text|文章正文/ });
  }

  claimItems(): Locator {
    return this.page.getByRole('complementary', { name: /^(Claims|论断)$/ }).getByRole('list', { name: /Claims in article order|按文章顺序排列的论断/ }).locator(':scope > li');
  }

  /** Selects the passage in the reader (as a drag or Shift+arrows would) and tags it with its key. */
  async tagPassage(quote: string, key: TagKey): Promise<void> {
    const before = await this.claimItems().count();
    const found = await this.reader().evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      const starts: number[] = [];
      let all = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        starts.push(all.length);
        nodes.push(node);
        all += node.data;
      }
      const at = all.indexOf(text);
      if (at === -1) return false;
      const locate = (offset: number) => {
        let i = starts.length - 1;
        while (starts[i]! > offset) i -= 1;
        return { node: nodes[i]!, offset: offset - starts[i]! };
      };
      const from = locate(at);
      const to = locate(at + text.length - 1);
      from.node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset + 1);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }, quote);
    if (!found) throw new Error(`"${quote}" is not in the reader`);
    await expect(this.page.getByRole('toolbar', { name: /Tag the selection|标注所选内容/ })).toBeVisible();
    await this.page.keyboard.press(key);
    await expect(this.claimItems()).toHaveCount(before + 1);
  }

  menuButton(): Locator {
    return this.page.getByRole('button', { name: /^(Export|导出)$/ });
  }

  menu(): Locator {
    return this.page.getByRole('menu', { name: /Export this article|导出本文/ });
  }

  async openMenu(): Promise<void> {
    await this.menuButton().click();
    await expect(this.menu()).toBeVisible();
  }

  menuItem(name: string | RegExp): Locator {
    return this.menu().getByRole('menuitem', { name });
  }

  optionsDialog(): Locator {
    return this.page.getByRole('dialog', { name: /Export report|导出报告/ });
  }

  /** Report ▸ format, then the options dialog's Export button; returns the downloaded file. */
  async exportReport(format: 'HTML' | 'Markdown', adjust?: (dialog: Locator) => Promise<void>): Promise<SavedFile> {
    await this.openMenu();
    await this.menuItem(new RegExp(`^${format}`)).click();
    const dialog = this.optionsDialog();
    await expect(dialog).toBeVisible();
    if (adjust) await adjust(dialog);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^(Export|导出)$/ }).click();
    return savedFile(await download);
  }

  /** A Data item or "Export pack…": the file downloads straight away. */
  async exportDirect(item: string | RegExp): Promise<SavedFile> {
    await this.openMenu();
    const download = this.page.waitForEvent('download');
    await this.menuItem(item).click();
    return savedFile(await download);
  }

  async importAnnotations(path: string): Promise<Locator> {
    await this.openMenu();
    const chooser = this.page.waitForEvent('filechooser');
    await this.menuItem(/Import annotations|导入标注/).click();
    await (await chooser).setFiles(path);
    const dialog = this.page.getByRole('dialog', { name: /Imported annotations|标注导入结果/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
