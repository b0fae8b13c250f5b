// Folds CJK radical code points back to the ideographs they look like. Fonts draw a radical and its
// ideograph with one glyph, and a PDF's ToUnicode table may name the radical (⻜ U+2EDC for 飞,
// ⾈ U+2F88 for 舟), which would break search and claim quotes.

// Radicals Supplement code points with no Unicode decomposition that stand for a whole character.
const SUPPLEMENT_TO_IDEOGRAPH: Record<string, string> = {
  '⺁': '厂', '⺇': '几', '⺊': '卜', '⺓': '幺', '⺜': '日', '⺝': '月', '⺠': '民', '⺩': '王', '⺼': '月',
  '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻑': '長', '⻓': '长', '⻔': '门', '⻘': '青',
  '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻡': '首', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯',
  '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀',
};

export function foldCjkRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/gu, (radical) => {
    // Kangxi radicals (U+2F00–U+2FD5) and two supplement ones decompose to their ideograph.
    const folded = radical.normalize('NFKC');
    return folded !== radical ? folded : (SUPPLEMENT_TO_IDEOGRAPH[radical] ?? radical);
  });
}
