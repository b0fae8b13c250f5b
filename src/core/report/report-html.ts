// The HTML report: one self-contained file (inline styles and SVG, no scripts, nothing fetched) that reads
// well on screen and prints with no claim split across pages. All user text is escaped here.
import { TAGS, STANCES, RELIABILITY_RATINGS } from '../model';
import type { ReportInput } from './report-input';
import { CLAIM_STATUSES } from './report-input';
import type { ReportArticle, ReportClaim, ReportLink } from './report-article';
import { prepareReportArticle } from './report-article';
import type { ReportText } from './report-strings';
import { reliabilityKey, reportText, stanceKey, statusKey, tagKey } from './report-strings';
import { escapeHtml, linkableUrl } from './html-escape';
import { formatReportDate, formatShare } from './report-format';
import { articleMapSvg, summaryChartSvg, tagSwatchSvg } from './report-charts';
import { reportStylesheet } from './report-styles';
import type { Source } from '../model';

/** No script, no remote fetch: even if escaping ever failed, the browser would refuse to run or load anything. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Escaped text with line breaks kept. */
const multiline = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

function link(url: string, label?: string): string {
  const href = linkableUrl(url);
  const text = escapeHtml(label ?? url);
  return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
}

function valueOr(value: string, t: ReportText): string {
  return value.trim() === '' ? `<span class="empty">${escapeHtml(t('meta.unknown'))}</span>` : escapeHtml(value);
}

function articleHeader(entry: ReportArticle, t: ReportText, headingId: string): string {
  const { article } = entry;
  const rows: [string, string][] = [
    [t('meta.author'), valueOr(article.author, t)],
    [t('meta.site'), valueOr(article.siteName, t)],
    [t('meta.published'), article.publishedDate ? escapeHtml(formatReportDate(article.publishedDate)) : valueOr('', t)],
    [t('meta.sourceUrl'), article.sourceUrl ? link(article.sourceUrl) : valueOr('', t)],
    [t('meta.imported'), article.importedAt ? escapeHtml(formatReportDate(article.importedAt)) : valueOr('', t)],
    [t('meta.annotators'), entry.annotators.length ? escapeHtml(entry.annotators.join(', ')) : `<span class="empty">${escapeHtml(t('meta.none'))}</span>`],
    [t('meta.contentHash'), `<span class="hash">${escapeHtml(article.contentHash)}</span>`],
  ];
  const title = article.title.trim() || t('report.untitled');
  return (
    `<h2 id="${headingId}">${escapeHtml(title)}</h2>` +
    `<dl class="meta">${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>`
  );
}

function summarySection(entry: ReportArticle, t: ReportText, idPrefix: string): string {
  const { summary } = entry;
  const tagRows = TAGS.map((tag) => {
    const s = summary.byTag[tag];
    return `<tr><td><span class="badge tag-${tag}">${escapeHtml(t(tagKey(tag)))}</span></td><td class="number">${s.count}</td><td class="number">${formatShare(s.share)}</td></tr>`;
  }).join('');
  const statusRows = CLAIM_STATUSES.map(
    (status) => `<tr><td><span class="badge status-${status}">${escapeHtml(t(statusKey(status)))}</span></td><td class="number">${summary.factStatus[status]}</td></tr>`,
  ).join('');
  const marks = entry.claims.flatMap((c, index) =>
    c.range ? [{ tag: c.claim.tag, range: c.range, label: `${index + 1}. ${c.quote}` }] : [],
  );
  const unplaced = summary.unplacedCount > 0 ? `<p class="empty">${escapeHtml(t('summary.unplaced', { count: summary.unplacedCount }))}</p>` : '';
  return (
    `<section class="summary"><h3>${escapeHtml(t('summary.heading'))}</h3>` +
    `<p>${escapeHtml(t('summary.claimCount', { count: summary.claimCount }))}</p>` +
    // Side by side so the summary, chart and map usually fit on the article's first page.
    '<div class="summary-tables">' +
    `<table><caption>${escapeHtml(t('chart.tags'))}</caption><thead><tr><th>${escapeHtml(t('summary.tag'))}</th><th>${escapeHtml(t('summary.claims'))}</th><th>${escapeHtml(t('summary.share'))}</th></tr></thead><tbody>${tagRows}</tbody></table>` +
    `<table><caption>${escapeHtml(t('summary.factStatus'))}</caption><thead><tr><th>${escapeHtml(t('summary.status'))}</th><th>${escapeHtml(t('summary.claims'))}</th></tr></thead><tbody>${statusRows}</tbody></table>` +
    '</div>' +
    unplaced +
    `<figure>${summaryChartSvg(summary, t, idPrefix)}<figcaption>${escapeHtml(t('chart.title'))}</figcaption></figure>` +
    `<figure>${articleMapSvg(marks, summary.textLength, t, idPrefix)}<figcaption><strong>${escapeHtml(t('map.title'))}.</strong> ${escapeHtml(t('map.description'))}</figcaption></figure>` +
    '</section>'
  );
}

function sourceCitation(source: Source): string {
  const parts: string[] = [];
  if (source.author) parts.push(escapeHtml(source.author));
  parts.push(`<cite>${escapeHtml(source.title || source.url || source.id)}</cite>`);
  if (source.publisher) parts.push(escapeHtml(source.publisher));
  if (source.publishedDate) parts.push(escapeHtml(formatReportDate(source.publishedDate)));
  return parts.join(', ');
}

function claimLink(entry: ReportLink, t: ReportText): string {
  const { link: l, source } = entry;
  const url = source.url ? ` ${link(source.url)}` : '';
  const quote = l.quote.trim() ? `<span class="link-quote">${escapeHtml(t('claims.linkQuote'))}${t('punct.colon')}“${multiline(l.quote)}”</span>` : '';
  return (
    `<li><span class="stance stance-${l.stance}">${escapeHtml(t(stanceKey(l.stance)))}</span> ` +
    `[${entry.number}] ${sourceCitation(source)}.${url}${quote}</li>`
  );
}

function claimItem(entry: ReportClaim, index: number, t: ReportText, includeNotes: boolean, idPrefix: string): string {
  const { claim, status } = entry;
  const mark = `<mark class="mark-${claim.tag}">${escapeHtml(entry.quote)}</mark>`;
  let quote = mark;
  if (entry.context) {
    const { before, after, cutBefore, cutAfter } = entry.context;
    quote =
      (cutBefore ? '<span class="cut">…</span>' : '') +
      `<span class="context">${escapeHtml(before)}</span>${mark}<span class="context">${escapeHtml(after)}</span>` +
      (cutAfter ? '<span class="cut">…</span>' : '');
  }
  const unplaced = entry.range ? '' : ` <span class="badge">${escapeHtml(t('claims.unplaced'))}</span>`;
  const annotator = claim.annotator ? `<span class="claim-annotator">${escapeHtml(t('claims.annotator'))}${t('punct.colon')}${escapeHtml(claim.annotator)}</span>` : '';
  const note = includeNotes && claim.note.trim() ? `<p class="claim-note"><strong>${escapeHtml(t('claims.note'))}${t('punct.colon')}</strong>${multiline(claim.note)}</p>` : '';
  const sources = entry.links.length
    ? `<ul class="claim-sources" aria-label="${escapeHtml(t('claims.sources'))}">${entry.links.map((l) => claimLink(l, t)).join('')}</ul>`
    : `<p class="empty">${escapeHtml(t('claims.noSources'))}</p>`;
  return (
    `<li class="claim claim-${claim.tag}" id="${idPrefix}-claim-${index + 1}">` +
    `<div class="claim-head"><span class="claim-number">${index + 1}.</span>` +
    `<span class="badge tag-${claim.tag}">${escapeHtml(t(tagKey(claim.tag)))}</span>` +
    `<span class="badge status-${status}">${escapeHtml(t(statusKey(status)))}</span>${unplaced}${annotator}</div>` +
    `<blockquote class="claim-quote">${quote}</blockquote>${note}${sources}</li>`
  );
}

function claimsSection(entry: ReportArticle, input: ReportInput, t: ReportText, idPrefix: string, totalClaims: number): string {
  let body: string;
  if (entry.claims.length > 0) {
    body = `<ol class="claims">${entry.claims.map((c, i) => claimItem(c, i, t, input.options.includeNotes, idPrefix)).join('')}</ol>`;
  } else {
    body = `<p class="empty">${escapeHtml(t(totalClaims === 0 ? 'claims.none' : 'claims.noneMatching'))}</p>`;
  }
  return `<section class="claims-section"><h3>${escapeHtml(t('claims.heading'))}</h3>${body}</section>`;
}

function bibliographySection(entry: ReportArticle, t: ReportText): string {
  if (entry.bibliography.length === 0) {
    return `<section><h3>${escapeHtml(t('sources.heading'))}</h3><p class="empty">${escapeHtml(t('sources.none'))}</p></section>`;
  }
  const items = entry.bibliography.map((source) => {
    const accessed = source.accessedDate ? ` <span class="nowrap">(${escapeHtml(t('sources.accessed', { date: formatReportDate(source.accessedDate) }))})</span>` : '';
    const url = source.url ? ` ${link(source.url)}${accessed}` : '';
    const reason = source.reliabilityReason.trim() ? ` — ${escapeHtml(source.reliabilityReason)}` : '';
    const excerpt = source.excerpt.trim() ? `<span class="link-quote">${escapeHtml(t('sources.excerpt'))}${t('punct.colon')}“${multiline(source.excerpt)}”</span>` : '';
    return (
      `<li>${sourceCitation(source)}.${url}` +
      `<br><span class="reliability">${escapeHtml(t('sources.reliability'))}${t('punct.colon')}<strong>${escapeHtml(t(reliabilityKey(source.reliability)))}</strong>${reason}</span>${excerpt}</li>`
    );
  });
  return `<section><h3>${escapeHtml(t('sources.heading'))}</h3><ol class="bibliography">${items.join('')}</ol></section>`;
}

function legendSection(t: ReportText): string {
  const tags = TAGS.map(
    (tag) =>
      `<dt>${tagSwatchSvg(tag, `legend-${tag}`)}<mark class="mark-${tag}">${escapeHtml(t(tagKey(tag)))}</mark></dt><dd>${escapeHtml(t(`tag.${tag}.definition`))}</dd>`,
  ).join('');
  const statuses = CLAIM_STATUSES.map(
    (status) => `<dt><span class="badge status-${status}">${escapeHtml(t(statusKey(status)))}</span></dt><dd>${escapeHtml(t(`status.${status}.definition`))}</dd>`,
  ).join('');
  const stances = STANCES.map(
    (stance) => `<dt><span class="stance stance-${stance}">${escapeHtml(t(stanceKey(stance)))}</span></dt><dd>${escapeHtml(t(`stance.${stance}.definition`))}</dd>`,
  ).join('');
  const ratings = RELIABILITY_RATINGS.map(
    (rating) => `<dt>${escapeHtml(t(reliabilityKey(rating)))}</dt><dd>${escapeHtml(t(`reliability.${rating}.definition`))}</dd>`,
  ).join('');
  return (
    `<section class="legend"><h2>${escapeHtml(t('legend.heading'))}</h2>` +
    `<h3>${escapeHtml(t('legend.tags'))}</h3><dl>${tags}</dl>` +
    `<h3>${escapeHtml(t('legend.statuses'))}</h3><dl>${statuses}</dl>` +
    `<h3>${escapeHtml(t('legend.stances'))}</h3><dl>${stances}</dl>` +
    `<h3>${escapeHtml(t('legend.reliability'))}</h3><dl>${ratings}</dl></section>`
  );
}

function articleLang(language: string): string {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? ` lang="${language}"` : '';
}

export function filterDescription(input: ReportInput, t: ReportText): string | null {
  const { tags, statuses } = input.options;
  if (tags.length === TAGS.length && statuses.length === CLAIM_STATUSES.length) return null;
  return t('report.filtered', {
    tags: tags.map((tag) => t(tagKey(tag))).join(', '),
    statuses: statuses.map((status) => t(statusKey(status))).join(', '),
  });
}

export function reportTitle(input: ReportInput, t: ReportText): string {
  const only = input.articles.length === 1 ? input.articles[0]!.article.title.trim() : '';
  return only ? t('report.titleOne', { title: only }) : t('report.title');
}

export function buildReportHtml(input: ReportInput): string {
  const t = reportText(input.locale);
  const prepared = input.articles.map((a) => prepareReportArticle(a, input.options));
  const title = reportTitle(input, t);
  const filter = filterDescription(input, t);
  const contents =
    prepared.length > 1
      ? `<nav aria-label="${escapeHtml(t('report.contents'))}"><h2>${escapeHtml(t('report.contents'))}</h2><ol class="contents">${prepared
          .map((p, i) => `<li><a href="#article-${i + 1}">${escapeHtml(p.article.title.trim() || t('report.untitled'))}</a></li>`)
          .join('')}</ol></nav>`
      : '';
  const articles = prepared
    .map((entry, i) => {
      const idPrefix = `a${i + 1}`;
      return (
        // The article's own language lets the browser pick the right CJK glyphs inside an English report.
        `<article class="report-article" aria-labelledby="article-${i + 1}"${articleLang(entry.article.language)}>` +
        articleHeader(entry, t, `article-${i + 1}`) +
        summarySection(entry, t, idPrefix) +
        claimsSection(entry, input, t, idPrefix, input.articles[i]!.claims.length) +
        bibliographySection(entry, t) +
        '</article>'
      );
    })
    .join('\n');
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${escapeHtml(input.locale)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="generator" content="Claimlens ${escapeHtml(input.appVersion)}">` +
    `<title>${escapeHtml(title)}</title><style>${reportStylesheet()}</style></head>\n<body>` +
    `<header><h1>${escapeHtml(title)}</h1>` +
    `<p class="generated">${escapeHtml(t('report.generated', { date: formatReportDate(input.generatedAt), version: input.appVersion }))}</p>` +
    (filter ? `<p class="filtered">${escapeHtml(filter)}</p>` : '') +
    `</header>${contents}\n<main>${articles}</main>\n${legendSection(t)}</body></html>\n`
  );
}
