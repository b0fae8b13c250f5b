// The full Library as a user works with it: searching, collections, filters, the Trash.
import type { Locator, Page } from '@playwright/test';

export class LibraryCatalog {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: /Main|主导航/ }).getByRole('link', { name: /^(Library|文库)$/ }).click();
  }

  /** Imports a sample through the "Try a sample article" chooser, then comes back to the Library. */
  async addSample(title: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: /Try a sample article|试用示例文章/ }).first().click();
    await this.page.getByRole('region', { name: /Sample articles|示例文章/ }).getByRole('button', { name: title }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.open();
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /Search the library|搜索文库/ });
  }

  async search(query: string): Promise<void> {
    await this.searchBox().fill(query);
  }

  results(): Locator {
    return this.page.getByRole('region', { name: /Search the library|搜索文库/ });
  }

  resultLinks(): Locator {
    return this.results().getByRole('link');
  }

  highlights(): Locator {
    return this.results().locator('mark');
  }

  table(): Locator {
    return this.page.getByRole('table');
  }

  articleRow(title: string | RegExp): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async select(title: string | RegExp): Promise<void> {
    await this.articleRow(title).getByRole('checkbox').check();
  }

  collectionsNav(): Locator {
    return this.page.getByRole('navigation', { name: /Collections|合集/ });
  }

  async createCollection(name: string): Promise<void> {
    await this.collectionsNav().getByRole('button', { name: /New collection|新建合集/ }).click();
    await this.collectionsNav().getByRole('textbox', { name: /Collection name|合集名称/ }).fill(name);
    await this.collectionsNav().getByRole('textbox', { name: /Collection name|合集名称/ }).press('Enter');
  }

  async showPlace(name: string | RegExp): Promise<void> {
    await this.collectionsNav().getByRole('button', { name }).click();
  }

  async addSelectedTo(collection: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /Add to collection|加入合集/ }).selectOption({ label: collection });
  }

  async moveSelectedToTrash(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Move to Trash|移到废纸篓)$/ }).click();
  }
}
