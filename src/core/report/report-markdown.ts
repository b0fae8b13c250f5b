// The Markdown report: the same content as the HTML report in plain text that renders cleanly on GitHub,
// GitLab, Obsidian and the like. User text is escaped; tables only for the small summary counts.
import { RELIABILITY_RATINGS, STANCES, TAGS } from '../model';
import type { Source } from '../model';
import type { ReportInput } from './report-input';
import { CLAIM_STATUSES } from './report-input';
import type { ReportArticle, ReportClaim } from './report-article';
import { prepareReportArticle } from './report-article';
import type { ReportText } from './report-strings';
import { reliabilityKey, reportText, stanceKey, statusKey, tagKey } from './report-strings';
import { escapeMarkdown, escapeMarkdownLines, markdownUrl } from './markdown-escape';
import { linkableUrl } from './html-escape';
import { formatReportDate, formatShare } from './report-format';
import { filterDescription, reportTitle } from './report-html';

/** The locale's colon without its trailing space: Markdown needs a real space after a closing `**`. */
const colon = (t: ReportText): string => t('punct.colon').trim();

const orUnknown = (value: string, t: ReportText): string => (value.trim() ? escapeMarkdown(value) : `_${escapeMarkdown(t('meta.unknown'))}_`);

function citation(source: Source): string {
  const parts: string[] = [];
  if (source.author) parts.push(escapeMarkdown(source.author));
  parts.push(`*${escapeMarkdown(source.title || source.url || source.id)}*`);
  if (source.publisher) parts.push(escapeMarkdown(source.publisher));
  if (source.publishedDate) parts.push(escapeMarkdown(formatReportDate(source.publishedDate)));
  return parts.join(', ');
}

function articleHeader(entry: ReportArticle, t: ReportText): string[] {
  const { article } = entry;
  const url = article.sourceUrl ? markdownUrl(linkableUrl(article.sourceUrl), article.sourceUrl) : orUnknown('', t);
  return [
    `## ${escapeMarkdown(article.title.trim() || t('report.untitled'))}`,
    '',
    `- **${escapeMarkdown(t('meta.author'))}${colon(t)}** ${orUnknown(article.author, t)}`,
    `- **${escapeMarkdown(t('meta.site'))}${colon(t)}** ${orUnknown(article.siteName, t)}`,
    `- **${escapeMarkdown(t('meta.published'))}${colon(t)}** ${orUnknown(article.publishedDate && formatReportDate(article.publishedDate), t)}`,
    `- **${escapeMarkdown(t('meta.sourceUrl'))}${colon(t)}** ${url}`,
    `- **${escapeMarkdown(t('meta.imported'))}${colon(t)}** ${orUnknown(article.importedAt && formatReportDate(article.importedAt), t)}`,
    `- **${escapeMarkdown(t('meta.annotators'))}${colon(t)}** ${entry.annotators.length ? escapeMarkdown(entry.annotators.join(', ')) : `_${escapeMarkdown(t('meta.none'))}_`}`,
    `- **${escapeMarkdown(t('meta.contentHash'))}${colon(t)}** \`${article.contentHash.replace(/`/g, '')}\``,
    '',
  ];
}

function summary(entry: ReportArticle, t: ReportText): string[] {
  const s = entry.summary;
  const lines = [
    `### ${escapeMarkdown(t('summary.heading'))}`,
    '',
    escapeMarkdown(t('summary.claimCount', { count: s.claimCount })),
    '',
    `| ${escapeMarkdown(t('summary.tag'))} | ${escapeMarkdown(t('summary.claims'))} | ${escapeMarkdown(t('summary.share'))} |`,
    '| --- | ---: | ---: |',
    ...TAGS.map((tag) => `| ${escapeMarkdown(t(tagKey(tag)))} | ${s.byTag[tag].count} | ${escapeMarkdown(formatShare(s.byTag[tag].share))} |`),
    '',
    `**${escapeMarkdown(t('summary.factStatus'))}**`,
    '',
    `| ${escapeMarkdown(t('summary.status'))} | ${escapeMarkdown(t('summary.claims'))} |`,
    '| --- | ---: |',
    ...CLAIM_STATUSES.map((status) => `| ${escapeMarkdown(t(statusKey(status)))} | ${s.factStatus[status]} |`),
    '',
  ];
  if (s.unplacedCount > 0) lines.push(`_${escapeMarkdown(t('summary.unplaced', { count: s.unplacedCount }))}_`, '');
  return lines;
}

function claimLines(entry: ReportClaim, index: number, t: ReportText, includeNotes: boolean): string[] {
  const { claim } = entry;
  const indent = '   ';
  const head = [
    `**${escapeMarkdown(t(tagKey(claim.tag)))}**`,
    escapeMarkdown(t(statusKey(entry.status))),
    ...(entry.range ? [] : [`_${escapeMarkdown(t('claims.unplaced'))}_`]),
    ...(claim.annotator ? [`${escapeMarkdown(t('claims.annotator'))}${colon(t)} ${escapeMarkdown(claim.annotator)}`] : []),
  ].join(' · ');
  // Spaces around the bold quote keep `**` a valid delimiter when the quote starts or ends with
  // punctuation next to CJK text, where CommonMark would otherwise print the asterisks.
  const bold = `**${escapeMarkdown(entry.quote.trim())}**`;
  const quote = entry.context
    ? `${entry.context.cutBefore ? '…' : ''}${escapeMarkdown(entry.context.before)}${/\S$/.test(entry.context.before) ? ' ' : ''}${bold}` +
      `${/^\S/.test(entry.context.after) ? ' ' : ''}${escapeMarkdown(entry.context.after)}${entry.context.cutAfter ? '…' : ''}`
    : bold;
  const lines = [`${index + 1}. ${head}`, '', `${indent}> ${quote}`, ''];
  if (includeNotes && claim.note.trim()) lines.push(`${indent}*${escapeMarkdown(t('claims.note'))}${colon(t)}* ${escapeMarkdownLines(claim.note, indent)}`, '');
  if (entry.links.length === 0) {
    lines.push(`${indent}_${escapeMarkdown(t('claims.noSources'))}_`, '');
  } else {
    for (const { link, source, number } of entry.links) {
      const url = source.url ? ` ${markdownUrl(linkableUrl(source.url), source.url)}` : '';
      const passage = link.quote.trim() ? ` — ${escapeMarkdown(t('claims.linkQuote'))}${colon(t)} “${escapeMarkdown(link.quote)}”` : '';
      lines.push(`${indent}- **${escapeMarkdown(t(stanceKey(link.stance)))}** \\[${number}\\] ${citation(source)}\\.${url}${passage}`);
    }
    lines.push('');
  }
  return lines;
}

function bibliography(entry: ReportArticle, t: ReportText): string[] {
  const lines = [`### ${escapeMarkdown(t('sources.heading'))}`, ''];
  if (entry.bibliography.length === 0) return [...lines, `_${escapeMarkdown(t('sources.none'))}_`, ''];
  entry.bibliography.forEach((source, index) => {
    const accessed = source.accessedDate ? ` (${escapeMarkdown(t('sources.accessed', { date: formatReportDate(source.accessedDate) }))})` : '';
    const url = source.url ? ` ${markdownUrl(linkableUrl(source.url), source.url)}${accessed}` : '';
    const reason = source.reliabilityReason.trim() ? ` — ${escapeMarkdown(source.reliabilityReason)}` : '';
    lines.push(`${index + 1}. ${citation(source)}\\.${url}\\`);
    lines.push(`   ${escapeMarkdown(t('sources.reliability'))}${colon(t)} **${escapeMarkdown(t(reliabilityKey(source.reliability)))}**${reason}`);
  });
  return [...lines, ''];
}

function legend(t: ReportText): string[] {
  const term = (label: string, definition: string): string => `- **${escapeMarkdown(label)}**: ${escapeMarkdown(definition)}`;
  return [
    `## ${escapeMarkdown(t('legend.heading'))}`,
    '',
    `### ${escapeMarkdown(t('legend.tags'))}`,
    '',
    ...TAGS.map((tag) => term(t(tagKey(tag)), t(`tag.${tag}.definition`))),
    '',
    `### ${escapeMarkdown(t('legend.statuses'))}`,
    '',
    ...CLAIM_STATUSES.map((status) => term(t(statusKey(status)), t(`status.${status}.definition`))),
    '',
    `### ${escapeMarkdown(t('legend.stances'))}`,
    '',
    ...STANCES.map((stance) => term(t(stanceKey(stance)), t(`stance.${stance}.definition`))),
    '',
    `### ${escapeMarkdown(t('legend.reliability'))}`,
    '',
    ...RELIABILITY_RATINGS.map((rating) => term(t(reliabilityKey(rating)), t(`reliability.${rating}.definition`))),
    '',
  ];
}

export function buildReportMarkdown(input: ReportInput): string {
  const t = reportText(input.locale);
  const lines = [
    `# ${escapeMarkdown(reportTitle(input, t))}`,
    '',
    `_${escapeMarkdown(t('report.generated', { date: formatReportDate(input.generatedAt), version: input.appVersion }))}_`,
    '',
  ];
  const filter = filterDescription(input, t);
  if (filter) lines.push(escapeMarkdown(filter), '');
  input.articles.forEach((articleInput) => {
    const entry = prepareReportArticle(articleInput, input.options);
    lines.push(...articleHeader(entry, t), ...summary(entry, t), `### ${escapeMarkdown(t('claims.heading'))}`, '');
    if (entry.claims.length === 0) {
      lines.push(`_${escapeMarkdown(t(articleInput.claims.length === 0 ? 'claims.none' : 'claims.noneMatching'))}_`, '');
    }
    entry.claims.forEach((claim, index) => lines.push(...claimLines(claim, index, t, input.options.includeNotes)));
    lines.push(...bibliography(entry, t));
  });
  lines.push(...legend(t));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
