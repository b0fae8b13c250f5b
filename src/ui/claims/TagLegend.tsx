// The three tags, each with its colour, underline style and one sentence on what it means.
import { TAGS } from '../../core/model';
import { useApp } from '../app-context';
import { tagLabel } from './tag-look';

export function TagLegend() {
  const { t } = useApp();
  return (
    <ul className="tag-legend" aria-label={t('legend.label')}>
      {TAGS.map((tag) => (
        <li key={tag}>
          <span className="legend-sample" data-tag={tag}>
            {tagLabel(t, tag)}
          </span>{' '}
          <span className="legend-text">{t(`tag.${tag}.help`)}</span>
        </li>
      ))}
    </ul>
  );
}
