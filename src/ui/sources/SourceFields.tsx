// The fields of one source (link, title, publisher, author, dates, excerpt, reliability, note), shared
// by the add-source form and the Sources screen's editor. Errors are tied to their fields.
import { RELIABILITY_RATINGS, type Reliability } from '../../core/model';
import type { SourceDraft } from '../../db/source-repository';
import { useApp, type Translate } from '../app-context';
import type { SourceFieldErrors } from './source-form-state';
import { sourceUrlProblemMessage } from './source-url-message';

type ErrorField = keyof SourceFieldErrors;

export function fieldErrorMessage(t: Translate, errors: SourceFieldErrors, field: ErrorField): string {
  const error = errors[field];
  if (!error) return '';
  if (error.key === 'url') return sourceUrlProblemMessage(t, error.problem);
  return error.key === 'date' ? t('sources.error.date') : t('sources.error.needTitleOrUrl');
}

export function SourceFields({
  idPrefix,
  value,
  errors,
  onChange,
  hideUrl = false,
}: {
  idPrefix: string;
  value: SourceDraft;
  errors: SourceFieldErrors;
  onChange: (change: Partial<SourceDraft>) => void;
  hideUrl?: boolean;
}) {
  const { t } = useApp();
  const id = (name: string) => `${idPrefix}-${name}`;
  const errorProps = (field: ErrorField, help?: string) => {
    const describedBy = [errors[field] ? id(`${field}-error`) : '', help ?? ''].filter(Boolean).join(' ');
    return { 'aria-invalid': errors[field] ? true : undefined, 'aria-describedby': describedBy || undefined };
  };
  const errorText = (field: ErrorField) =>
    errors[field] ? (
      <p id={id(`${field}-error`)} className="field-error">
        {fieldErrorMessage(t, errors, field)}
      </p>
    ) : null;

  return (
    <div className="source-fields">
      {!hideUrl && (
        <div className="field">
          <label htmlFor={id('url')}>{t('sources.form.url')}</label>
          <input id={id('url')} type="url" inputMode="url" autoComplete="off" spellCheck={false} value={value.url} onChange={(e) => onChange({ url: e.target.value })} {...errorProps('url')} />
          {errorText('url')}
        </div>
      )}
      <div className="field">
        <label htmlFor={id('title')}>{t('sources.form.sourceTitle')}</label>
        <input id={id('title')} value={value.title} onChange={(e) => onChange({ title: e.target.value })} {...errorProps('title')} />
        {errorText('title')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('publisher')}>{t('sources.form.publisher')}</label>
          <input id={id('publisher')} value={value.publisher} onChange={(e) => onChange({ publisher: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('author')}>{t('sources.form.author')}</label>
          <input id={id('author')} value={value.author} onChange={(e) => onChange({ author: e.target.value })} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('publishedDate')}>{t('sources.form.publishedDate')}</label>
          <input
            id={id('publishedDate')}
            value={value.publishedDate}
            placeholder="2024-05-03"
            onChange={(e) => onChange({ publishedDate: e.target.value })}
            {...errorProps('publishedDate', id('publishedDate-help'))}
          />
          <p id={id('publishedDate-help')} className="help">
            {t('sources.form.publishedDate.help')}
          </p>
          {errorText('publishedDate')}
        </div>
        <div className="field">
          <label htmlFor={id('accessedDate')}>{t('sources.form.accessedDate')}</label>
          <input id={id('accessedDate')} type="date" value={value.accessedDate} onChange={(e) => onChange({ accessedDate: e.target.value })} {...errorProps('accessedDate')} />
          {errorText('accessedDate')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('excerpt')}>{t('sources.form.excerpt')}</label>
        <textarea id={id('excerpt')} rows={2} value={value.excerpt} onChange={(e) => onChange({ excerpt: e.target.value })} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('reliability')}>{t('sources.form.reliability')}</label>
          <select id={id('reliability')} value={value.reliability} onChange={(e) => onChange({ reliability: e.target.value as Reliability })}>
            {RELIABILITY_RATINGS.map((rating) => (
              <option key={rating} value={rating}>
                {t(`sources.form.reliability.${rating}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('reliabilityReason')}>{t('sources.form.reliabilityReason')}</label>
          <input id={id('reliabilityReason')} value={value.reliabilityReason} onChange={(e) => onChange({ reliabilityReason: e.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('note')}>{t('sources.form.note')}</label>
        <textarea id={id('note')} rows={2} value={value.note} onChange={(e) => onChange({ note: e.target.value })} />
      </div>
    </div>
  );
}
