// The Sources screen (every source, where it is used, edit, merge, delete) as a user sees it.
import type { Locator, Page } from '@playwright/test';

export class SourcesScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: /^(Sources|来源)$/ }).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  cards(): Locator {
    return this.page.locator('.source-cards > li');
  }

  card(title: string | RegExp): Locator {
    return this.cards().filter({ has: this.page.getByRole('heading', { level: 2, name: title }) });
  }

  mergeDialog(): Locator {
    return this.page.getByRole('dialog', { name: /Merge duplicate sources|合并重复的来源/ });
  }

  deleteDialog(): Locator {
    return this.page.getByRole('dialog', { name: /Delete source|删除来源/ });
  }

  /** Starts merging the given card's source into another, choosing the one to keep by its label. */
  async startMerge(card: Locator, keepLabel: string): Promise<void> {
    await card.getByRole('button', { name: /^(Merge .* into another source|将.*合并到另一个来源)$/ }).click();
    await this.mergeDialog().getByLabel(/^(Choose the source to keep|选择要保留的来源)$/).selectOption({ label: keepLabel });
  }

  async startDelete(card: Locator): Promise<void> {
    await card.getByRole('button', { name: /^(Delete “.*”|删除《.*》)$/ }).click();
  }
}
