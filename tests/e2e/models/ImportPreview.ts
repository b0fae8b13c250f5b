// The import flow as a user sees it: the Import button and its file chooser, the cleanup preview with
// its blocks, reason chips and details, and the offers made when the library already has the article.
import { expect, type Locator, type Page } from '@playwright/test';
import { importWithShortcut } from './import-shortcut';

export class ImportPreview {
  constructor(private readonly page: Page) {}

  /** Clicks "Import…" in the navigation bar and hands the files to the browser's file chooser. */
  async importFiles(paths: string | string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('group', { name: /^(Import|导入)$/ }).getByRole('button', { name: /^(Import…|导入…)$/ }).click();
    await (await chooser).setFiles(paths);
  }

  /** Presses Ctrl+O, the import shortcut, and hands the files to the file chooser it opens. */
  async importWithShortcut(paths: string | string[]): Promise<void> {
    await importWithShortcut(this.page, paths);
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /Cleanup preview|导入预览/ });
  }

  heading(): Locator {
    return this.dialog().getByRole('heading', { level: 2 });
  }

  field(name: RegExp): Locator {
    return this.dialog().getByRole('textbox', { name });
  }

  title(): Locator {
    return this.field(/^(Title|标题)$/);
  }

  author(): Locator {
    return this.field(/^(Author|作者)$/);
  }

  date(): Locator {
    return this.field(/^(Published|发布日期)/);
  }

  site(): Locator {
    return this.field(/^(Site|网站)$/);
  }

  url(): Locator {
    return this.field(/^(Source URL|原文网址)$/);
  }

  blocks(): Locator {
    return this.dialog().locator('ol.preview-blocks > li');
  }

  removedBlocks(): Locator {
    return this.blocks().filter({ has: this.page.locator('.reason-chip') });
  }

  keptBlocks(): Locator {
    return this.dialog().locator('ol.preview-blocks > li[data-kept="true"]');
  }

  /** The block whose text contains `text`. */
  block(text: string): Locator {
    return this.blocks().filter({ hasText: text });
  }

  /** The visible reason chip of the block containing `text`. */
  reasonOf(text: string): Locator {
    return this.block(text).locator('.reason-chip');
  }

  async restore(text: string): Promise<void> {
    await this.block(text).getByRole('button', { name: /^(Restore block|恢复第)/ }).click();
  }

  async drop(text: string): Promise<void> {
    await this.block(text).getByRole('button', { name: /^(Drop block|删去第)/ }).click();
  }

  button(name: RegExp): Locator {
    return this.dialog().getByRole('button', { name });
  }

  saveButton(): Locator {
    return this.button(/^(Save to library|保存到文库)$/);
  }

  async save(): Promise<void> {
    await this.saveButton().click();
    await expect(this.dialog()).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.button(/^(Cancel|取消)$/).click();
    await expect(this.dialog()).toBeHidden();
  }

  toasts(): Locator {
    return this.page.locator('.toasts');
  }
}
