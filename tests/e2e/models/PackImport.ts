// Importing packs from the Library's "Import pack…" button, and what the app then says.
import type { Locator, Page } from '@playwright/test';

export class PackImport {
  constructor(private readonly page: Page) {}

  button(): Locator {
    return this.page.getByRole('button', { name: /Import pack|导入标注包/ });
  }

  async importFiles(...paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button().click();
    await (await chooser).setFiles(paths);
  }

  /** The toasts announcing what each import did. */
  messages(): Locator {
    return this.page.getByRole('status');
  }
}
