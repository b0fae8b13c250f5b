// Reads authors and sources out of the lines round an article: "By Jane Doe", "作者:张三", "文/李四",
// "来源:新华社", and the name line of an author panel.

import { findDate } from './text-date-patterns';

const HAN_NAME = '[\\p{Script=Han}·•]{2,12}';
const LATIN_NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|van|von|de|da|del|der|la|le|bin|al)";
const LATIN_NAME = `${LATIN_NAME_WORD}(?:\\s+${LATIN_NAME_WORD}){0,4}`;

const ENGLISH_BYLINE = new RegExp(
  `^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Aa]uthors?\\s*[:：]|[Pp]or|[Vv]on|[Pp]ar)\\s*(${LATIN_NAME}(?:\\s*(?:,|and|&)\\s*${LATIN_NAME})*)(?=$|\\s*[,|·•—–-]|\\s+(?:in|for|at|on|published|updated)\\b|\\s+\\d)`,
  'u',
);
// The label needs a separator after it ("记者 张三", "文/李四", "作者:王五"), except the reporter titles
// that are always followed by a name ("本报记者张三"); names are separated by spaces or 、.
const CHINESE_BYLINE = new RegExp(
  `(?:^|\\s)(?:(?:作者|文|撰文|撰稿|撰稿人|记者)\\s*[:：/|丨]\\s*|(?:作者|记者)\\s+|(?:本报记者|特约记者|通讯员)\\s*[:：/|丨]?\\s*)((?:${HAN_NAME}|${LATIN_NAME})(?:[\\s、]+${HAN_NAME})*)(?=$|\\s|[,，;；|丨。(（]|发布|来源|时间|\\d)`,
  'u',
);
const SOURCE_LABEL = /(?:^|\s)(?:来源|稿源|source)\s*[:：]\s*([^\s|丨,，;；]{2,30})/iu;

/** The author named on a byline line, or undefined when the line is not a byline. */
export function bylineAuthor(line: string): string | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 120) return undefined;
  const english = ENGLISH_BYLINE.exec(text);
  // "By JEFFREY GETTLEMAN JAN. 12, 2017": an upper-case month abbreviation reads like part of the name.
  if (english?.[1]) {
    return english[1]
      .replace(/\s*(?:,|&)\s*/g, ', ')
      .replace(/\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?$/i, '')
      .trim();
  }
  const chinese = CHINESE_BYLINE.exec(text);
  // Only short lines: a sentence in the body may well contain "记者 …".
  if (chinese?.[1] && text.replace(/\s/g, '').length <= 60) return chinese[1].replace(/[\s、]+/g, '、').replace(/、$/, '');
  // "Dan Goodin - Apr 16, 2015 8:02 pm UTC": a name and a timestamp, nothing else.
  const date = findDate(text);
  if (date && date.start > 0 && text.slice(date.end).replace(/[\s\p{P}]|\b(utc|gmt|[ecmp][sd]t|bst|cet)\b/giu, '') === '') {
    return nameOnLine(text.slice(0, date.start).replace(/[\s\-–—|·•,，]+$/u, ''));
  }
  return undefined;
}

/** The publisher named after 来源:/Source:, if the line is that short label. */
export function sourceLabel(line: string): string | undefined {
  const text = line.trim();
  if (text.replace(/\s/g, '').length > 60) return undefined;
  return SOURCE_LABEL.exec(text)?.[1];
}

/**
 * A line that could be a person's name on its own, as in an author panel: short, no digits, no sentence
 * punctuation. Tokens like `incentive-icons` (left-over image names of a copied page) are ignored.
 */
export function nameOnLine(line: string): string | undefined {
  const text = line
    .replace(/(^|\s)[a-z]+(?:[-_][a-z]+)+(?=\s|$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (text === '' || /[\d,，。.!?！？:：;；、()（）"“”]/u.test(text)) return undefined;
  if (new RegExp(`^${HAN_NAME}$`, 'u').test(text)) return text;
  if (new RegExp(`^${LATIN_NAME}$`, 'u').test(text) && text.split(' ').length >= 2) return text;
  return undefined;
}

/** The holder named in a copyright line ("© 2025 Harbour Herald Media. All rights reserved."). */
export function copyrightHolder(line: string): string | undefined {
  const match = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.|,，。]{2,60}?)\s*(?:[.|,，。]|all rights reserved|版权所有|$)/iu.exec(
    line.trim(),
  );
  return match?.[1]?.trim() || undefined;
}
