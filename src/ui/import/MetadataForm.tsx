// The editable details at the top of the cleanup preview, each with its inline problem message.
import { useId } from 'react';
import type { Translate } from '../app-context';
import type { MessageKey } from '../../i18n/messages';
import type { MetadataFieldName, MetadataFields, MetadataProblems } from './metadata-fields';

const FIELDS: Array<{ name: MetadataFieldName; label: MessageKey; wide?: boolean; inputMode?: 'url' | 'numeric'; placeholder?: string }> = [
  { name: 'title', label: 'preview.field.title', wide: true },
  { name: 'author', label: 'preview.field.author' },
  { name: 'publishedDate', label: 'preview.field.date', inputMode: 'numeric', placeholder: 'YYYY-MM-DD' },
  { name: 'siteName', label: 'preview.field.site' },
  { name: 'sourceUrl', label: 'preview.field.url', wide: true, inputMode: 'url', placeholder: 'https://' },
];

export function MetadataForm({
  fields,
  problems,
  language,
  t,
  onChange,
}: {
  fields: MetadataFields;
  problems: MetadataProblems;
  language: string;
  t: Translate;
  onChange(name: MetadataFieldName, value: string): void;
}) {
  const id = useId();
  return (
    <fieldset className="preview-metadata">
      <legend>{t('preview.details')}</legend>
      {FIELDS.map((field) => {
        const problem = problems[field.name];
        const inputId = `${id}-${field.name}`;
        const errorId = `${inputId}-error`;
        return (
          <div key={field.name} className={field.wide ? 'field wide' : 'field'}>
            <label htmlFor={inputId}>{t(field.label)}</label>
            <input
              id={inputId}
              type="text"
              value={fields[field.name]}
              lang={field.name === 'sourceUrl' || field.name === 'publishedDate' ? undefined : language || undefined}
              inputMode={field.inputMode}
              placeholder={field.placeholder}
              spellCheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
              onChange={(event) => onChange(field.name, event.target.value)}
            />
            {problem && (
              <p id={errorId} className="field-error" role="alert">
                {t(problem.key, problem.params)}
              </p>
            )}
          </div>
        );
      })}
      {language && <p className="help">{t('preview.language', { language })}</p>}
    </fieldset>
  );
}
