// The Library screen as a user sees it.
import type { Locator, Page } from '@playwright/test';

export class LibraryScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/index.html#/library');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /Import article|导入文章/ });
  }

  async openSample(title: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: /Try a sample article|试用示例文章/ }).click();
    await this.page.getByRole('region', { name: /Sample articles|示例文章/ }).getByRole('button', { name: title }).click();
  }

  articleLink(title: string | RegExp): Locator {
    return this.page.getByRole('table').getByRole('link', { name: title });
  }
}
