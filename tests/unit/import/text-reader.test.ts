import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, documentText } from '../../../src/core/document-text';
import type { Block } from '../../../src/core/model';
import { keptBlocks, type Extraction } from '../../../src/import/extraction';
import { readPlainText } from '../../../src/import/text-reader';
import { SEED_PATH } from '../../shared-material';


function texts(blocks: readonly Block[]): string[] {
  return blocks.map(blockText);
}

function removedWith(extraction: Extraction, reason: string): string[] {
  return extraction.candidates.filter((c) => c.removed === reason).map((c) => blockText(c.block));
}

describe('readPlainText on the seed article copied from a news portal', () => {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const seedLines = seed.split(/\r?\n/).map((line) => line.trim());
  const extraction = readPlainText(seed, '000_6d1aa85c79b1b4ee.txt');
  const kept = keptBlocks(extraction.candidates);
  const keptText = documentText(kept);

  it('finds the title, author, date, site and language', () => {
    // Compared with what the file holds, punctuation and all.
    const titleLine = seedLines.find((line) => line.startsWith('亚洲五国元首飞抵美国'));
    expect(titleLine).toBe('亚洲五国元首飞抵美国,特朗普将借这个机会,好好给中俄上眼药?');
    expect(extraction.metadata.title).toBe(titleLine);
    expect(extraction.metadata.author).toBe('胡麒牧博士');
    expect(extraction.metadata.publishedDate).toBe('2026-02-25');
    expect(extraction.metadata.language).toBe('zh-CN');
    expect(extraction.metadata.siteName).toBe('网易');
    expect(extraction.format).toBe('text');
  });

  it('keeps the body in order from its first to its last paragraph, without repeating the title', () => {
    const paragraphs = kept.filter((block) => block.type === 'paragraph');
    expect(blockText(paragraphs[0] as Block).startsWith('当中亚五国元首相继飞抵华盛顿')).toBe(true);
    expect(blockText(paragraphs.at(-1) as Block).endsWith('中亚的未来,将是这一宏大叙事的最佳注脚。')).toBe(true);
    expect(blockText(kept.at(-1) as Block)).toBe(paragraphs.at(-1) && blockText(paragraphs.at(-1) as Block));
    // Every body line of the file between the first and the last paragraph is there, in file order.
    const first = seedLines.findIndex((line) => line.startsWith('当中亚五国元首相继飞抵华盛顿'));
    const last = seedLines.findIndex((line) => line.endsWith('中亚的未来,将是这一宏大叙事的最佳注脚。'));
    const bodyLines = seedLines.slice(first, last + 1).filter((line) => line !== '');
    expect(texts(kept)).toEqual(bodyLines);
    expect(keptText).not.toContain(extraction.metadata.title);
  });

  it('keeps the three image captions as captions', () => {
    const images = kept.filter((block) => block.type === 'image');
    expect(images.map(blockText)).toEqual([
      '托卡耶夫9月下旬会见特朗普',
      '2023年拜登主持召开“5+1”峰会,与中亚元首会晤',
      '阿斯塔纳一列轻轨列车被吊装到轨道上',
    ]);
    for (const image of images) {
      expect(image.type === 'image' && image.src === undefined && image.remoteSrc === undefined).toBe(true);
      expect(image.type === 'image' && image.alt).toBe(blockText(image));
    }
  });

  it('drops the portal around the article, each with a reason', () => {
    for (const furniture of ['网易首页', '分享至', '特别声明', 'Notice: The content above', '相关推荐', '8000元相亲餐', '2919文章数', '8311关注度', '往期回顾', '头条要闻', '无障碍浏览']) {
      expect(keptText).not.toContain(furniture);
    }
    expect(kept.some((block) => blockText(block) === '0')).toBe(false);
    expect(removedWith(extraction, 'navigation')[0]).toMatch(/^网易首页 > 网易号 > 正文/);
    expect(removedWith(extraction, 'share-widget')).toEqual(['0', '分享至']);
    expect(removedWith(extraction, 'disclaimer')).toHaveLength(3);
    expect(removedWith(extraction, 'related-links')).toContain('8000元相亲餐男子尿遁逃单!女子被迫买单,婚介甩锅:与我们无关');
    expect(removedWith(extraction, 'author-panel')).toContain('2919文章数 8311关注度');
    // Nothing is silently lost: every non-blank line of the file is a candidate.
    expect(extraction.candidates).toHaveLength(seedLines.filter((line) => line !== '').length);
  });
});

// An English news page copied with Select All: menu, breadcrumb, share bar, an ad slot in the middle,
// a photo caption, a "Related" list, an author box and the footer.
const ENGLISH_PAGE = `Skip to main content
Home    World    Business    Climate    Sport    Opinion
Subscribe
Sign in
News › Climate › Europe

Rotterdam votes to raise river barriers after record storm season

The €1.3bn plan ends two years of argument over who pays to protect the low-lying south of the city.

By Jane Doe
Published 3 March 2025, 14:05
Updated 4 March 2025, 09:12

Share this article
Facebook
Twitter
Email
Copy link

Rotterdam's city council voted on Monday night to raise the barriers along the Nieuwe Maas by up to
eighty centimetres, after a winter in which the river twice came within a hand's width of the quays.
The vote, 31 to 14, followed a debate that ran past midnight.

The plan will be paid for over twenty years, mostly from a new levy on port operators. Opponents said
the levy would push shipping business to Antwerp; supporters pointed to insurance estimates suggesting
that a single serious flood would cost the city more than the whole programme.

Advertisement

"We have been lucky twice this winter, and luck is not a flood defence," the alderman for water
management, Petra Visser, told the council. She said construction on the first section could begin in
the autumn if the national government approves its share of the funding.

Workers inspect a damaged embankment near Feijenoord in February. Photograph: Robin Utrecht/Reuters

Residents of Feijenoord, where water reached the doorsteps of several streets in January, packed the
public gallery. Many applauded when the result was read out, though some said they had heard similar
promises before and would believe the barriers when they saw them.

The national water agency is expected to publish its own assessment of the plan in April.

Related
Storm season: what we know about this winter's floods
How Dutch flood insurance works, and who it leaves out
Antwerp port chief warns of 'levy war'

Jane Doe
Jane Doe is our Europe climate correspondent, based in Amsterdam.
12.4K followers

© 2025 Harbour Herald Media. All rights reserved.
Cookie settings
Privacy policy
`;

describe('readPlainText on an English news page', () => {
  const extraction = readPlainText(ENGLISH_PAGE, 'rotterdam.txt');
  const kept = keptBlocks(extraction.candidates);
  const keptText = documentText(kept);

  it('finds the headline, byline and dateline', () => {
    expect(extraction.metadata.title).toBe('Rotterdam votes to raise river barriers after record storm season');
    expect(extraction.metadata.author).toBe('Jane Doe');
    // The published date, not the later update.
    expect(extraction.metadata.publishedDate).toBe('2025-03-03');
    expect(extraction.metadata.language).toBe('en');
    expect(extraction.metadata.siteName).toBe('Harbour Herald Media');
  });

  it('keeps standfirst and body in order, with hard-wrapped lines joined', () => {
    const paragraphs = kept.filter((block) => block.type === 'paragraph').map(blockText);
    expect(paragraphs[0]).toBe('The €1.3bn plan ends two years of argument over who pays to protect the low-lying south of the city.');
    expect(paragraphs[1]).toBe(
      "Rotterdam's city council voted on Monday night to raise the barriers along the Nieuwe Maas by up to eighty centimetres, after a winter in which the river twice came within a hand's width of the quays. The vote, 31 to 14, followed a debate that ran past midnight.",
    );
    expect(paragraphs.at(-1)).toBe('The national water agency is expected to publish its own assessment of the plan in April.');
    expect(paragraphs).toHaveLength(6);
  });

  it('keeps the photo caption as a caption', () => {
    const images = kept.filter((block) => block.type === 'image');
    expect(images.map(blockText)).toEqual([
      'Workers inspect a damaged embankment near Feijenoord in February. Photograph: Robin Utrecht/Reuters',
    ]);
  });

  it('removes share bar, ad, related list, author box and footer with their reasons', () => {
    for (const furniture of ['Share this article', 'Facebook', 'Advertisement', 'Related', 'Storm season:', 'followers', 'All rights reserved', 'Cookie', 'Subscribe', 'By Jane Doe', 'Published']) {
      expect(keptText).not.toContain(furniture);
    }
    expect(removedWith(extraction, 'share-widget')).toEqual(['Share this article', 'Facebook', 'Twitter', 'Email', 'Copy link']);
    expect(removedWith(extraction, 'advertisement')).toEqual(['Advertisement']);
    expect(removedWith(extraction, 'related-links')).toEqual([
      'Related',
      "Storm season: what we know about this winter's floods",
      'How Dutch flood insurance works, and who it leaves out',
      "Antwerp port chief warns of 'levy war'",
    ]);
    expect(removedWith(extraction, 'author-panel')).toContain('12.4K followers');
    expect(removedWith(extraction, 'disclaimer')).toEqual(['© 2025 Harbour Herald Media. All rights reserved.']);
    expect(removedWith(extraction, 'metadata-line')).toEqual(
      expect.arrayContaining(['Rotterdam votes to raise river barriers after record storm season', 'By Jane Doe', 'Published 3 March 2025, 14:05']),
    );
  });
});

describe('readPlainText on a file that is just paragraphs', () => {
  const essay = [
    'Why the night bus matters',
    '',
    'Every night after midnight, the N29 carries cleaners, nurses, bakers and bar staff across the city. For many of them it is the only way home, and the timetable decides how long their working day really is.',
    '',
    'When the transport authority proposed cutting the route to one bus an hour, it called the change a modest saving. The riders who wrote to the consultation described something else: waits at unlit stops, missed connections and, for some, a taxi fare they cannot afford.',
    '',
    'A city that depends on night workers should plan for them as carefully as it plans for commuters.',
    '',
  ].join('\n');

  it('keeps every paragraph, removes nothing and takes the first short line as title', () => {
    const extraction = readPlainText(essay, 'night-bus.txt');
    expect(extraction.metadata.title).toBe('Why the night bus matters');
    expect(extraction.candidates.filter((c) => c.removed).map((c) => blockText(c.block))).toEqual(['Why the night bus matters']);
    const kept = keptBlocks(extraction.candidates);
    expect(kept.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kept.map(blockText)).toEqual(essay.split('\n').slice(2).filter((line) => line !== ''));
    expect(extraction.metadata.author).toBe('');
    expect(extraction.metadata.publishedDate).toBe('');
    expect(extraction.metadata.language).toBe('en');
  });

  it('handles a Chinese text with one paragraph per line and no blank lines', () => {
    const text = [
      '县城的夜晚',
      '晚上十点以后,县城的街道就安静下来,只有几家烧烤摊还亮着灯。',
      '摊主老陈说,这几年回乡的年轻人多了,生意也比以前好做一些。',
      '但他也承认,真正留下来的人并不多,过完年,大多数人还是要回到城里打工。',
    ].join('\n');
    const extraction = readPlainText(text, 'county.txt');
    expect(extraction.metadata.title).toBe('县城的夜晚');
    expect(extraction.metadata.language).toBe('zh-CN');
    expect(keptBlocks(extraction.candidates).map(blockText)).toEqual(text.split('\n').slice(1));
  });

  it('falls back to the file name when the text has no title line', () => {
    const extraction = readPlainText(
      'The first sentence of this note is already a full paragraph, with commas, clauses and a full stop at the end.\n',
      'notes/meeting-notes.txt',
    );
    expect(extraction.metadata.title).toBe('meeting-notes');
    expect(keptBlocks(extraction.candidates)).toHaveLength(1);
  });
});

describe('readPlainText on a Chinese news site page with a metadata line under the title', () => {
  const page = [
    '首页 > 新闻 > 国内',
    '',
    '县城高铁开通一周年:客流翻番,年轻人回来了吗?',
    '',
    '2025-03-03 10:15:22  来源:江畔日报  作者:林晓舟',
    '',
    '分享到:微信 微博 QQ空间',
    '',
    '去年三月,县城高铁站正式启用。一年来,车站累计发送旅客超过一百二十万人次,是开通前长途汽车站客流的两倍多。车站广场上的出租车司机说,周末从省城回来的年轻人明显多了。',
    '',
    '在车站对面的商业街,几家新开的咖啡馆和民宿生意红火。返乡创业的小王告诉记者,他去年辞去了在深圳的工作,回到老家开了一家民宿。',
    '',
    '广告',
    '',
    '专家认为,高铁只是县城发展的条件之一,能否留住年轻人,关键还在于产业和就业机会。县里今年计划新建两个产业园区。',
    '',
    '(责任编辑:王芳)',
    '',
    '相关阅读',
    '高铁进县城,房价会涨吗?',
    '返乡青年的第一年',
    '网友评论',
    '我们县也通了高铁,确实方便多了,以前回趟家要坐一天的长途汽车,现在两个小时就到了,希望以后班次再多一些。',
    '版权所有 © 2025 江畔日报社 未经授权不得转载',
  ].join('\n');
  const extraction = readPlainText(page, 'county-rail.txt');

  it('reads title, date, source and author from the lines round the title', () => {
    expect(extraction.metadata).toMatchObject({
      title: '县城高铁开通一周年:客流翻番,年轻人回来了吗?',
      author: '林晓舟',
      siteName: '江畔日报',
      publishedDate: '2025-03-03',
      language: 'zh-CN',
    });
  });

  it('keeps the three body paragraphs and gives every other line its reason', () => {
    expect(keptBlocks(extraction.candidates).map(blockText)).toEqual([
      page.split('\n')[8],
      page.split('\n')[10],
      page.split('\n')[14],
    ]);
    const reasons = Object.fromEntries(extraction.candidates.filter((c) => c.removed).map((c) => [blockText(c.block), c.removed]));
    expect(reasons).toMatchObject({
      '首页 > 新闻 > 国内': 'navigation',
      '分享到:微信 微博 QQ空间': 'share-widget',
      广告: 'advertisement',
      '(责任编辑:王芳)': 'metadata-line',
      相关阅读: 'related-links',
      '返乡青年的第一年': 'related-links',
      网友评论: 'comments',
      '版权所有 © 2025 江畔日报社 未经授权不得转载': 'disclaimer',
    });
    // A long reader comment reads like prose, but sits under the comments heading.
    expect(reasons['我们县也通了高铁,确实方便多了,以前回趟家要坐一天的长途汽车,现在两个小时就到了,希望以后班次再多一些。']).toBe('comments');
  });
});

describe('readPlainText on empty and minimal input', () => {
  it('returns no blocks and the file name as title for an empty file', () => {
    const extraction = readPlainText('\uFEFF\r\n  \r\n', 'empty.txt');
    expect(extraction.candidates).toEqual([]);
    expect(extraction.metadata.title).toBe('empty');
  });
});
