// Settings › Backup as a user sees it: back up to a download, restore from a chosen file.
import type { Download, Locator, Page } from '@playwright/test';

export class BackupSettings {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: /Main|主导航/ }).getByRole('link', { name: /Settings|设置/ }).click();
  }

  section(): Locator {
    return this.page.getByRole('region', { name: /^(Backup|备份)$/ });
  }

  /** Backs up and returns the downloaded file (the web host saves through a download). */
  async backUp(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.section().getByRole('button', { name: /Back up library|备份文库/ }).click();
    return download;
  }

  /** Chooses a file in the restore file picker. */
  async chooseBackupFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section().getByRole('button', { name: /Restore from backup|从备份恢复/ }).click();
    await (await chooser).setFiles(file);
  }

  refusal(): Locator {
    return this.section().getByRole('alert');
  }
}
