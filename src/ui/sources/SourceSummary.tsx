// One source as a reader sees it: title (a link that opens outside the app), who, when, reliability.
import { useState } from 'react';
import type { Source } from '../../core/model';
import { checkSourceUrl } from '../../core/source-url';
import { useApp } from '../app-context';
import { openSourceLink } from './open-source-link';

export function sourceTitle(source: Source, untitled: string): string {
  return source.title || source.url || untitled;
}

export function SourceSummary({ source, headingLevel = 'strong' }: { source: Source; headingLevel?: 'strong' | 'h2' | 'h3' }) {
  const { host, t } = useApp();
  const [openError, setOpenError] = useState('');
  const title = sourceTitle(source, t('sources.untitled'));
  const url = source.url ? checkSourceUrl(source.url) : null;
  const Heading = headingLevel;
  const meta = [source.publisher, source.author, source.publishedDate].filter(Boolean).join(' · ');

  return (
    <div className="source-summary">
      <Heading className="source-title">
        {url?.ok ? (
          <a
            href={url.url}
            title={t('sources.openNamed', { title })}
            onClick={(event) => {
              event.preventDefault();
              void openSourceLink(host, t, url.url).then(setOpenError);
            }}
          >
            {title}
          </a>
        ) : (
          title
        )}
      </Heading>
      <p className="source-meta">
        {meta && <span>{meta}</span>}
        <span className={`reliability reliability-${source.reliability}`} title={source.reliabilityReason || undefined}>
          {t(`sources.form.reliability.${source.reliability}`)}
          {source.reliabilityReason && <span className="visually-hidden">: {source.reliabilityReason}</span>}
        </span>
        {source.archivedText && <span className="archived-chip">{t('sources.archived')}</span>}
      </p>
      {source.url && <p className="source-url">{source.url}</p>}
      {source.excerpt && <blockquote className="source-excerpt">{source.excerpt}</blockquote>}
      {openError && (
        <p className="field-error" role="alert">
          {openError}
        </p>
      )}
    </div>
  );
}
