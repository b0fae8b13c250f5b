// The Sources section of an open claim (in the Claims panel) as a user sees and uses it.
import type { Locator, Page } from '@playwright/test';

export type StanceName = 'supports' | 'contradicts' | 'context';

export class ClaimSourcesSection {
  constructor(private readonly page: Page) {}

  /** The section inside the open claim's detail. */
  section(): Locator {
    return this.page.getByRole('region', { name: /^(Sources|来源)$/ });
  }

  status(): Locator {
    return this.section().locator('.claim-sources-status');
  }

  form(): Locator {
    return this.section().getByRole('form', { name: /Add a source to this claim|为这条论断添加来源/ });
  }

  pasteBox(): Locator {
    return this.form().getByLabel(/^(Paste a link or a citation|粘贴链接或引用)$/);
  }

  async startAdding(): Promise<void> {
    await this.section().getByRole('button', { name: /^(Add source|添加来源)$/ }).click();
  }

  /** Pastes a link or citation and asks the form to read it. */
  async paste(text: string): Promise<void> {
    await this.pasteBox().fill(text);
    await this.form().getByRole('button', { name: /^(Fill in details|填入详情)$/ }).click();
  }

  field(label: RegExp): Locator {
    return this.form().getByLabel(label);
  }

  async fillDetails(details: { title?: string; publisher?: string; published?: string; reliability?: string }): Promise<void> {
    if (details.title !== undefined) await this.field(/^(Title|标题)$/).fill(details.title);
    if (details.publisher !== undefined) await this.field(/^(Publisher or site|出版方或网站)$/).fill(details.publisher);
    if (details.published !== undefined) await this.field(/^(Published|发布日期)$/).fill(details.published);
    if (details.reliability !== undefined) await this.field(/^(Reliability|可靠性)$/).selectOption(details.reliability);
  }

  async chooseStance(stance: StanceName): Promise<void> {
    await this.form().getByLabel(/^(Stance|立场)$/).selectOption(stance);
  }

  async submit(): Promise<void> {
    await this.form().getByRole('button', { name: /^(Add to claim|添加到论断)$/ }).click();
  }

  /** Picks a source already in the library by searching for it. */
  async pickExisting(search: string, title: string | RegExp): Promise<void> {
    await this.form().getByText(/^(From your sources|已有来源)$/).click();
    await this.form().getByLabel(/^(Search your sources|搜索你的来源)$/).fill(search);
    await this.form().getByRole('radio', { name: title }).check();
  }

  linkedSources(): Locator {
    return this.section().locator('.linked-sources > li');
  }

  linkedSource(title: string | RegExp): Locator {
    return this.linkedSources().filter({ hasText: title });
  }

  async setStance(title: string | RegExp, stance: StanceName): Promise<void> {
    await this.linkedSource(title).getByRole('combobox').selectOption(stance);
  }
}
