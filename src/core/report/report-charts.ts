// Inline SVG pictures for the HTML report: the summary bar chart, the article map and the legend swatches.
// Plain strings, no DOM; every label is escaped and every picture carries a text title for screen readers.
import type { ClaimStatus, Tag } from '../model';
import { TAGS } from '../model';
import type { ArticleSummary, TextRange } from './article-summary';
import { escapeHtml } from './html-escape';
import { CLAIM_STATUSES } from './report-input';
import type { ReportText } from './report-strings';
import { statusKey, tagKey } from './report-strings';
import { STATUS_COLOURS, TAG_STYLES } from './tag-style';

const WIDTH = 640;
const LABEL_WIDTH = 150;
const ROW = 24;
const BAR_HEIGHT = 16;

/** Pattern fills that tell the tags apart in grey print: solid, two stripes ("double"), zigzag hatching. */
function tagPatternDefs(prefix: string): string {
  const defs: string[] = [];
  for (const tag of TAGS) {
    const { colour } = TAG_STYLES[tag];
    const id = `${prefix}-${tag}`;
    if (tag === 'opinion') {
      defs.push(`<pattern id="${id}" width="8" height="16" patternUnits="userSpaceOnUse"><rect width="8" height="16" fill="${colour}"/></pattern>`);
    } else if (tag === 'fact') {
      defs.push(
        `<pattern id="${id}" width="8" height="16" patternUnits="userSpaceOnUse"><rect width="8" height="16" fill="${colour}"/>` +
          `<rect y="5" width="8" height="2" fill="#fff"/><rect y="10" width="8" height="2" fill="#fff"/></pattern>`,
      );
    } else {
      defs.push(
        `<pattern id="${id}" width="8" height="16" patternUnits="userSpaceOnUse"><rect width="8" height="16" fill="${colour}"/>` +
          `<path d="M0 11 L2 7 L4 11 L6 7 L8 11" fill="none" stroke="#fff" stroke-width="1.6"/></pattern>`,
      );
    }
  }
  return `<defs>${defs.join('')}</defs>`;
}

function svgOpen(width: number, height: number, titleId: string, title: string, description?: string): string {
  const desc = description ? `<desc>${escapeHtml(description)}</desc>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${titleId}" class="chart">` +
    `<title id="${titleId}">${escapeHtml(title)}</title>${desc}`
  );
}

interface Bar {
  label: string;
  value: number;
  fill: string;
}

function barRows(bars: Bar[], top: number, max: number): string {
  const span = WIDTH - LABEL_WIDTH - 50;
  return bars
    .map((bar, index) => {
      const y = top + index * ROW;
      const length = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * span) : 0;
      return (
        `<text x="${LABEL_WIDTH - 8}" y="${y + 12}" text-anchor="end" class="chart-label">${escapeHtml(bar.label)}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${span}" height="${BAR_HEIGHT}" fill="#f1f1f1"/>` +
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}" fill="${bar.fill}"/>` +
        `<text x="${(LABEL_WIDTH + length + 6).toFixed(1)}" y="${y + 12}" class="chart-value">${bar.value}</text>`
      );
    })
    .join('');
}

/** Two bar groups: claims per tag, then fact claims per status. */
export function summaryChartSvg(summary: ArticleSummary, t: ReportText, idPrefix: string): string {
  const patterns = `${idPrefix}-chart`;
  const tagBars: Bar[] = TAGS.map((tag) => ({ label: t(tagKey(tag)), value: summary.byTag[tag].count, fill: `url(#${patterns}-${tag})` }));
  const statusBars: Bar[] = CLAIM_STATUSES.map((status: ClaimStatus) => ({
    label: t(statusKey(status)),
    value: summary.factStatus[status],
    fill: STATUS_COLOURS[status],
  }));
  const max = Math.max(1, ...tagBars.map((b) => b.value), ...statusBars.map((b) => b.value));
  const statusTop = 30 + TAGS.length * ROW + 30;
  const height = statusTop + CLAIM_STATUSES.length * ROW + 4;
  return (
    svgOpen(WIDTH, height, `${idPrefix}-chart-title`, t('chart.title')) +
    tagPatternDefs(patterns) +
    `<text x="0" y="16" class="chart-heading">${escapeHtml(t('chart.tags'))}</text>` +
    barRows(tagBars, 26, max) +
    `<text x="0" y="${statusTop - 10}" class="chart-heading">${escapeHtml(t('chart.facts'))}</text>` +
    barRows(statusBars, statusTop, max) +
    '</svg>'
  );
}

export interface MapMark {
  tag: Tag;
  range: TextRange;
  /** Shown as the mark's tooltip title: the claim number and quote. */
  label: string;
}

/** A strip per tag as long as the article, with each claim drawn where it sits. */
export function articleMapSvg(marks: MapMark[], textLength: number, t: ReportText, idPrefix: string): string {
  const left = 110;
  const span = WIDTH - left - 10;
  const rowHeight = 26;
  const top = 4;
  const height = top + TAGS.length * rowHeight + 18;
  const patterns = `${idPrefix}-map`;
  const scale = (offset: number): number => left + (textLength > 0 ? (offset / textLength) * span : 0);
  const rows = TAGS.map((tag, index) => {
    const y = top + index * rowHeight;
    const drawn = marks
      .filter((mark) => mark.tag === tag)
      .map((mark) => {
        const x = scale(mark.range.start);
        const width = Math.max(6, scale(mark.range.end) - x);
        return `<rect x="${x.toFixed(1)}" y="${y + 2}" width="${width.toFixed(1)}" height="16" fill="url(#${patterns}-${tag})"><title>${escapeHtml(mark.label)}</title></rect>`;
      })
      .join('');
    return (
      `<text x="${left - 8}" y="${y + 14}" text-anchor="end" class="chart-label">${escapeHtml(t(tagKey(tag)))}</text>` +
      `<rect x="${left}" y="${y + 2}" width="${span}" height="16" fill="#f1f1f1" stroke="#bbb" stroke-width="0.5"/>` +
      drawn
    );
  }).join('');
  const axisY = top + TAGS.length * rowHeight + 12;
  return (
    svgOpen(WIDTH, height, `${idPrefix}-map-title`, t('map.title'), t('map.description')) +
    tagPatternDefs(patterns) +
    rows +
    `<text x="${left}" y="${axisY}" class="chart-axis">${escapeHtml(t('map.start'))}</text>` +
    `<text x="${left + span}" y="${axisY}" text-anchor="end" class="chart-axis">${escapeHtml(t('map.end'))}</text>` +
    '</svg>'
  );
}

/** A small sample of a tag's pattern for the legend. */
export function tagSwatchSvg(tag: Tag, idPrefix: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 16" width="32" height="16" aria-hidden="true" class="swatch">` +
    tagPatternDefs(idPrefix) +
    `<rect width="32" height="16" fill="url(#${idPrefix}-${tag})"/></svg>`
  );
}
