// The report's one stylesheet, inlined into the HTML so the file stands alone. Print rules keep each
// claim, source and chart on one page and keep colours when printed.
import { TAGS } from '../model';
import { STATUS_COLOURS, TAG_STYLES } from './tag-style';
import { CLAIM_STATUSES } from './report-input';

function tagRules(): string {
  return TAGS.map((tag) => {
    const { colour, underline } = TAG_STYLES[tag];
    return (
      `.mark-${tag}{background:${colour}1f;text-decoration:underline ${underline} ${colour};` +
      `text-decoration-thickness:${underline === 'double' ? '1.5px' : '2px'};text-underline-offset:3px;text-decoration-skip-ink:none}` +
      `.tag-${tag}{border-color:${colour};color:${colour}}` +
      `.claim-${tag}{border-left-color:${colour}}`
    );
  }).join('\n');
}

function statusRules(): string {
  return CLAIM_STATUSES.map((status) => `.status-${status}{border-color:${STATUS_COLOURS[status]};background:${STATUS_COLOURS[status]}26}`).join('\n');
}

export function reportStylesheet(): string {
  return `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0 auto;max-width:52rem;padding:2rem 1.5rem;color:#1b1b1b;background:#fff;
 font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.35rem;margin:2.5rem 0 .5rem;padding-top:.5rem;border-top:3px solid #1b1b1b}
h3{font-size:1.1rem;margin:1.75rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
a{color:#0b5394;overflow-wrap:anywhere}
.generated,.filtered{color:#555;margin:.25rem 0}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.75rem 0}
.meta dt{font-weight:600;color:#444}
.meta dd{margin:0;overflow-wrap:anywhere}
.hash{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8rem;word-break:break-all}
table{border-collapse:collapse;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
.summary-tables{display:flex;flex-wrap:wrap;gap:.5rem 2.5rem;align-items:flex-start}
th,td{border-bottom:1px solid #ddd;padding:.3rem .75rem .3rem 0;text-align:left;vertical-align:top}
td.number{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}
figcaption{font-size:.85rem;color:#555;margin-top:.25rem}
.chart{max-width:36rem;display:block;font-size:13px}
.chart-heading{font-weight:600;font-size:13px}
.chart-label,.chart-value,.chart-axis{font-size:12px;fill:#333}
.chart-axis{fill:#666}
.claims{list-style:none;padding:0;margin:0}
.claim{border-left:5px solid #999;padding:.5rem 0 .6rem .9rem;margin:0 0 1.1rem}
.claim-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline;font-size:.9rem}
.claim-number{font-weight:700;min-width:1.6rem}
.badge{display:inline-block;border:1.5px solid #999;border-radius:3px;padding:0 .4rem;font-size:.8rem;font-weight:600;line-height:1.5}
.claim-annotator{color:#555;font-size:.85rem}
.claim-quote{margin:.4rem 0;padding:0;font-size:1rem}
.claim-quote .cut{color:#888}
.context{color:#444}
mark{color:inherit;padding:0 1px}
.claim-note{margin:.3rem 0;white-space:normal}
.claim-sources{margin:.3rem 0 0;padding-left:1.1rem;font-size:.9rem}
.claim-sources li{margin:.15rem 0}
.stance{font-weight:600}
.stance-supports{color:#1f6f4a}
.stance-contradicts{color:#a33d00}
.stance-context{color:#555}
.link-quote{display:block;color:#444;font-style:italic}
.bibliography{padding-left:1.6rem}
.bibliography li{margin:0 0 .5rem}
.reliability{font-size:.85rem;color:#444}
.empty{font-style:italic;color:#555}
.nowrap{white-space:nowrap}
.legend dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:.25rem 0 1rem}
.legend dt{font-weight:600;display:flex;gap:.5rem;align-items:center}
.legend dd{margin:0}
.swatch{vertical-align:middle}
.contents{padding-left:1.4rem}
${tagRules()}
${statusRules()}
@page{size:A4;margin:16mm 14mm}
@media print{
 body{max-width:none;padding:0;font-size:11pt}
 a{color:inherit}
 .claim,.bibliography li,figure,tr,.meta,.legend dl>*{break-inside:avoid;page-break-inside:avoid}
 h2,h3,h4{break-after:avoid;page-break-after:avoid}
 .report-article+.report-article{break-before:page;page-break-before:always}
 .legend{break-before:page;page-break-before:always}
}
`;
}
