// The Settings screen as a user sees it.
import type { Locator, Page } from '@playwright/test';

export class SettingsScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: /Settings|设置/ }).click();
  }

  language(): Locator {
    return this.page.getByLabel(/^(Language|界面语言)$/);
  }

  theme(): Locator {
    return this.page.getByLabel(/^(Theme|主题)$/);
  }

  annotator(): Locator {
    return this.page.getByLabel(/^(Annotator name|标注者姓名)$/);
  }

  async setAnnotator(name: string): Promise<void> {
    await this.annotator().fill(name);
    await this.annotator().press('Enter');
  }
}
