// Cue phrases, in Chinese and English, that mark a line of a copied web page as page furniture rather
// than article: share widgets, navigation, disclaimers, "related" lists, ads, comments, author panels.
import type { RemovalReason } from './extraction';

export interface Cue {
  reason: RemovalReason;
  /**
   * True when the cue heads a section (a "Related" list, the comments, an author panel): the short lines
   * after it belong to the same section until another cue or the article itself.
   */
  startsSection: boolean;
}

// Lines that are nothing but the cue (and perhaps a count or colon). Matched against the whole line.
const WHOLE_LINE_CUES: ReadonlyArray<[RegExp, RemovalReason, boolean]> = [
  [/^(分享到|分享至|分享|转发|收藏|点赞|打赏|举报|微信|微博|新浪微博|QQ空间|QQ|朋友圈|复制链接|扫一扫|扫码分享|打印|字号|share( this( article| story| page| on)?)?|tweet|email|e-mail|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|copy link|copied|print|save|gift( this)? article|listen( to this article)?|\d+ shares?)[:：]?$/i, 'share-widget', false],
  [/^(advertisement|advert|sponsored( content)?|ad|ads|广告|推广|赞助内容|story continues below( this)? advertisement|continue reading (the main story|below)|skip advertisement|article continues (below|after advertisement))$/i, 'advertisement', false],
  [/^(相关(推荐|阅读|文章|新闻|链接|报道|专题)?|热点推荐|热门(推荐|文章|新闻)?|推荐阅读|延伸阅读|猜你喜欢|为你推荐|更多(精彩|阅读|新闻|内容)?|往期回顾|精彩推荐|今日推荐|.{0,4}要闻|related( (articles|stories|content|coverage|reading|topics|news))?|more (from|on|stories|like this|news)\b.*|read (more|next)|recommended( for you| stories| reading)?|you may also like|you might also like|most (read|popular|viewed|shared)|trending( now)?|also read|top stories|editor'?s picks|latest( news| stories)?|what to read next)[:：]?(\s+(全部|all|more|更多))?$/i, 'related-links', true],
  [/^(评论|网友评论|发表评论|我来说两句|全部评论|热门评论|(\d+\s*)?条评论|comments?|\d+\s+comments?|comments?\s*\(\d+\)|join the conversation|leave a (comment|reply)|show comments|view comments|sign in to comment)[:：]?$/i, 'comments', true],
  [/^(关于作者|作者简介|作者介绍|about the author|about (him|her|them)|author profile|more by this author)[:：]?$/i, 'author-panel', true],
  [/^(skip to (main )?content|skip navigation|menu|main menu|home|search|sign in|log ?in|log ?out|subscribe|register|newsletters?|首页|网站首页|登录|注册|退出|搜索|下载(客户端|app)|打开app|申请入驻|返回顶部|back to top|无障碍浏览.*|进入关怀版|关怀版|cookie (settings|preferences|policy)|accept( all)? cookies|privacy policy|terms (of use|of service|and conditions)|contact us|联系我们|关于我们|网站地图|sitemap)$/i, 'navigation', false],
];

// Cues at the start of a longer line: a disclaimer or copyright notice is a sentence that opens with them.
const LEADING_CUES: ReadonlyArray<[RegExp, RemovalReason]> = [
  [/^(分享到|分享至|转发到|share (this )?(article |story |page )?(on|via|to)|share this (article|story|page))\s*[:：]/i, 'share-widget'],
  [/^(share|post|pin|send) (on|to|via) (facebook|twitter|x|google\+?( plus)?|linkedin|reddit|pinterest|whatsapp|email|telegram)\b/i, 'share-widget'],
  [/^(please )?(accept|manage|reject)( all| our)? (cookies|privacy|cookie (settings|preferences))/i, 'navigation'],
  [/^(sign up|subscribe|register) (for|to) (our |the )?(free )?(daily |weekly )?newsletters?\b/i, 'navigation'],
  [/^(print|email|save|share) (this )?(article|story|page)$|^(all |more )?shar(e|ing) (services|options)$/i, 'share-widget'],
  [/^((特别|免责|版权)?声明|版权所有|免责条款|风险提示|notice|disclaimer|copyright|©|\(c\)\s*\d{4}|all rights reserved|the views expressed|this (article|story|content) (is|was|has been) (for|provided|originally|produced|published)|本文(仅代表|系|为|转载|来源于)|(本|该)(平台|网站|站)仅提供|未经(授权|许可)|转载请|如有侵权)/i, 'disclaimer'],
  [/^(related|read more|see also|also read|more on this|相关阅读|延伸阅读|推荐阅读|相关链接)\s*[:：]/i, 'related-links'],
  [/^(tags?|topics?|keywords?|filed under|标签|关键词|关键字|专题)\s*[:：]/i, 'navigation'],
  [/^(责任编辑|编辑|校对|审核|审校|监制|策划|值班编辑|editor|edited by|reporting by|additional reporting)\s*[:：丨|]?/i, 'metadata-line'],
];

// Phrases that make a sentence a disclaimer wherever they stand in it.
const ANYWHERE_DISCLAIMER =
  /(仅提供信息存储服务|仅代表作者(本人)?观点|不代表本(站|网|平台)|all rights reserved|only provides information storage|does not (necessarily )?reflect the views|未经(本网|本站)?(授权|许可),?(不得|禁止)转载)/i;

// A breadcrumb: three or more short segments joined by > › » / | or two segments ending in 正文/Article.
const BREADCRUMB = /^([^>›»|/]{1,16}\s*[>›»|/]\s*){2,}[^>›»|/]{0,16}$|^[^>›»]{1,16}\s*[>›»]\s*(正文|article|news|story)\b/iu;

export function cueOf(line: string): Cue | undefined {
  // Editors' notes are often bracketed: "(责任编辑:王芳)", "[Advertisement]".
  const text = line
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^[(（[【]\s*(.*?)\s*[)）\]】]$/u, '$1');
  for (const [pattern, reason, startsSection] of WHOLE_LINE_CUES) {
    if (pattern.test(text)) return { reason, startsSection };
  }
  if (BREADCRUMB.test(text)) return { reason: 'navigation', startsSection: false };
  for (const [pattern, reason] of LEADING_CUES) {
    if (pattern.test(text)) return { reason, startsSection: false };
  }
  if (ANYWHERE_DISCLAIMER.test(text)) return { reason: 'disclaimer', startsSection: false };
  return undefined;
}

/**
 * Whether the line is an author panel's counters ("2919文章数 8311关注度", "12.4K followers · 210 articles"):
 * the surest sign of the panel, and the author's name sits just above it.
 */
export function isAuthorCounterLine(line: string): boolean {
  const counters = line.match(/[\d.,]+\s*[万千kKmM]?\s*(文章数|文章|篇文章|关注度|关注|粉丝|获赞|阅读量|作品|followers?|following|articles|posts|stories|subscribers)|(文章数|关注度|粉丝|获赞|followers?|articles|posts)\s*[:：]?\s*[\d.,]+/giu);
  return (counters?.length ?? 0) >= 1 && line.replace(/\s+/g, '').length <= 40;
}

/** Words that caption an image: photo credits and picture labels. */
export const CAPTION_CUE =
  /(^|\s|[(（])(photo(graph)?|picture|image|illustration|credit|source|图片来源|图源|图片|图为|资料图)\s*[:：/]|(getty images|reuters|afp|ap photo|epa|shutterstock|alamy|pa media|新华社记者.*摄|视觉中国|图虫创意|东方IC)\s*\)?$|^[▲△↑]|摄$/iu;

/** A photo credit closing the line ("… in February. Photograph: Robin Utrecht/Reuters"): a caption even if it reads like a sentence. */
export const CAPTION_CREDIT_AT_END =
  /(photo(graph)?|picture|image|illustration|credit|图片来源|图源|摄影)\s*[:：/]\s*[^.。:：]{2,60}$|[(（](photo|image|credit)[^)）]{2,60}[)）]$|\b(getty images|reuters|afp|ap photo|epa)\)?$/iu;
