// Turns the bytes of a text-like file (HTML, text, Markdown, an MHTML part) into a string: BOM first,
// then the declared charset, but only after checking the bytes really are in it; detection otherwise.
import type { ImportWarning } from './import-notices';
import { latin1String } from './transfer-encoding';

export interface DecodedText {
  text: string;
  /** The WHATWG encoding name the text was decoded with, e.g. 'utf-8', 'gb18030', 'windows-1252'. */
  charset: string;
  /** How the charset was chosen; shown by `claimlens extract --json`. */
  source: 'bom' | 'declared' | 'detected';
  warnings: ImportWarning[];
}

export interface DecodeOptions {
  /** A charset declared outside the bytes (an HTTP or MIME Content-Type). */
  declared?: string;
  /** Also look for `<meta charset>` / http-equiv in the first bytes. */
  html?: boolean;
}

const REPLACEMENT = '\uFFFD';

/** Maps a charset label to the name TextDecoder uses; undefined when the runtime does not know it. */
export function canonicalCharset(label: string): string | undefined {
  const cleaned = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (cleaned === '') return undefined;
  // gb2312 and gbk pages routinely contain characters only GB18030 has; the superset decodes both.
  if (cleaned === 'gb2312' || cleaned === 'gbk' || cleaned === 'x-gbk' || cleaned === 'gb_2312-80') return 'gb18030';
  try {
    const encoding = new TextDecoder(cleaned).encoding;
    // Latin-1 labels are windows-1252 in every browser; TextDecoder already maps them.
    return encoding;
  } catch {
    return undefined;
  }
}

/** The encoding announced by a byte order mark, and its length. */
export function detectBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset a page declares in its first few kilobytes (`<meta charset>` or http-equiv Content-Type). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  // Browsers look at the first 1024 bytes; saved pages often have long comments first, so look further.
  const head = latin1String(bytes.subarray(0, 8192));
  const metaCharset = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return metaCharset?.[1];
}

/** The charset parameter of a MIME Content-Type value. */
export function charsetFromContentType(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([A-Za-z0-9_.:-]+)/i.exec(contentType)?.[1];
}

/**
 * The text when the bytes are strictly valid UTF-8 (no overlongs, no surrogates; pure ASCII counts),
 * else undefined: checking and decoding in one pass.
 */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const bom = detectBom(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.length)), charset: bom.charset, source: 'bom', warnings: [] };
  }

  const declaredLabel = options.declared ?? (options.html ? sniffHtmlCharset(bytes) : undefined);
  const declared = declaredLabel ? canonicalCharset(declaredLabel) : undefined;
  const warnings: ImportWarning[] = [];
  if (declaredLabel && !declared) warnings.push({ code: 'charset-unknown', params: { declared: declaredLabel } });

  // Valid UTF-8 beyond ASCII is almost never an accident, while declarations are often stale
  // (the readability corpus's qq.com page declares gb2312 over UTF-8 bytes). Believe the bytes.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) {
    // Every character beyond ASCII takes more UTF-8 bytes than UTF-16 code units, so equal lengths mean
    // pure ASCII, without another pass over the bytes.
    if (utf8.length === bytes.length) return { text: utf8, charset: declared ?? 'utf-8', source: declared ? 'declared' : 'detected', warnings };
    if (declared && declared !== 'utf-8') warnings.push({ code: 'charset-declared-mismatch', params: { declared: declaredLabel!, actual: 'UTF-8' } });
    return { text: utf8, charset: 'utf-8', source: declared === 'utf-8' ? 'declared' : 'detected', warnings };
  }

  if (declared && declared !== 'utf-8') {
    const text = new TextDecoder(declared).decode(bytes);
    const bad = countReplacements(text);
    if (bad === 0) return { text, charset: declared, source: 'declared', warnings };
    // Decision: a declared charset with some invalid bytes is decoded with replacement characters and a
    // warning, not refused. Stray bytes (a truncated multi-byte character where a CMS cut a teaser) are
    // common in real pages and refusing would lose a readable article; the warning tells the user where
    // to look. If another charset reads the bytes without any error, that charset wins instead.
    const detected = detectCharset(bytes);
    if (detected.errors === 0) {
      warnings.push({ code: 'charset-declared-mismatch', params: { declared: declaredLabel!, actual: detected.charset } });
      return { text: detected.text, charset: detected.charset, source: 'detected', warnings };
    }
    warnings.push({ code: 'invalid-bytes', params: { count: bad, charset: declared } });
    return { text, charset: declared, source: 'declared', warnings };
  }

  // UTF-8 with a few broken sequences (a file cut mid-character, a stray Latin-1 byte) is still UTF-8:
  // in text that really is another charset nearly every non-ASCII byte fails to decode as UTF-8.
  const utf8Text = new TextDecoder('utf-8').decode(bytes);
  const utf8Errors = countReplacements(utf8Text);
  if (utf8Errors * 20 <= countNonAscii(bytes)) {
    warnings.push({ code: 'invalid-bytes', params: { count: utf8Errors, charset: 'utf-8' } });
    return { text: utf8Text, charset: 'utf-8', source: declared ? 'declared' : 'detected', warnings };
  }

  const detected = detectCharset(bytes);
  if (declared === 'utf-8') {
    warnings.push({ code: 'charset-not-utf-8', params: { actual: detected.charset } });
  }
  if (detected.errors > 0) {
    warnings.push({ code: 'invalid-bytes', params: { count: detected.errors, charset: detected.charset } });
  }
  return { text: detected.text, charset: detected.charset, source: 'detected', warnings };
}

// Characters that make up a large share of running text in each script, used to tell apart CJK
// encodings that all decode the same bytes "successfully" into different characters.
const COMMON_SIMPLIFIED = new Set(
  [...(
    '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实' +
    '日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员' +
    '解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象' +
    '完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调' +
    '深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列'
  )],
);
const COMMON_TRADITIONAL = new Set(
  [...(
    '的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實' +
    '日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員' +
    '解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象' +
    '完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根乾造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台單影具羅字愛擊流備兵連調' +
    '深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列'
  )],
);

interface Candidate {
  charset: string;
  text: string;
  errors: number;
  score: number;
}

/** Picks the most plausible charset for bytes that are not UTF-8. */
export function detectCharset(bytes: Uint8Array): { charset: string; text: string; errors: number } {
  const sample = bytes.length > 262_144 ? bytes.subarray(0, 262_144) : bytes;
  const candidates: Candidate[] = [];
  for (const charset of ['gb18030', 'big5', 'shift_jis', 'euc-kr']) {
    const text = new TextDecoder(charset).decode(sample);
    const errors = countReplacements(text);
    candidates.push({ charset, text, errors, score: cjkScore(charset, text) - errors * 5 });
  }
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  // CJK text puts most of its non-ASCII bytes into recognisably common characters; Western text in
  // windows-1252 scattered over those encodings lands on rare characters, errors and half-width kana.
  const nonAscii = countNonAscii(sample);
  if (best.score > 0 && best.score >= nonAscii / 2 / 4) {
    const text = new TextDecoder(best.charset).decode(bytes);
    return { charset: best.charset, text, errors: countReplacements(text) };
  }
  const text = new TextDecoder('windows-1252').decode(bytes);
  return { charset: 'windows-1252', text, errors: 0 };
}

function cjkScore(charset: string, text: string): number {
  let score = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (charset === 'gb18030' && COMMON_SIMPLIFIED.has(char)) score += 1;
    else if (charset === 'big5' && COMMON_TRADITIONAL.has(char)) score += 1;
    // Hiragana is the backbone of Japanese prose; Shift_JIS misreadings land on kanji or half-width kana.
    else if (charset === 'shift_jis' && code >= 0x3041 && code <= 0x309f) score += 1;
    else if (charset === 'euc-kr' && code >= 0xac00 && code <= 0xd7a3) score += 0.6;
  }
  return score;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let index = text.indexOf(REPLACEMENT); index !== -1; index = text.indexOf(REPLACEMENT, index + 1)) count += 1;
  return count;
}

function countNonAscii(bytes: Uint8Array): number {
  let count = 0;
  // An indexed loop: for…of over a typed array goes through its iterator, several times slower.
  for (let index = 0; index < bytes.length; index++) if (bytes[index]! >= 0x80) count += 1;
  return count;
}
