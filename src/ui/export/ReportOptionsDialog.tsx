// The report options: format, which tags and statuses, with or without notes and context. The report
// language is the UI language, stated here so nobody wonders.
import { useState, type FormEvent } from 'react';
import { TAGS, type ClaimStatus, type Tag } from '../../core/model';
import { CLAIM_STATUSES, DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../core/report/report-input';
import { useApp } from '../app-context';
import { statusLabel, tagLabel } from '../claims/tag-look';
import { Dialog } from '../shell/Dialog';
import { FORMAT_INFO, REPORT_FORMATS, type ReportFormat } from './export-formats';

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

export function ReportOptionsDialog({
  initialFormat,
  onExport,
  onClose,
}: {
  initialFormat: ReportFormat;
  onExport: (format: ReportFormat, options: ReportOptions) => void;
  onClose: () => void;
}) {
  const { t } = useApp();
  const [format, setFormat] = useState<ReportFormat>(initialFormat);
  const [tags, setTags] = useState<Tag[]>([...DEFAULT_REPORT_OPTIONS.tags]);
  const [statuses, setStatuses] = useState<ClaimStatus[]>([...DEFAULT_REPORT_OPTIONS.statuses]);
  const [includeNotes, setIncludeNotes] = useState(DEFAULT_REPORT_OPTIONS.includeNotes);
  const [includeContext, setIncludeContext] = useState(DEFAULT_REPORT_OPTIONS.includeContext);
  const nothingChosen = tags.length === 0 || statuses.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nothingChosen) return;
    // Kept in the canonical order, so the report's filter line reads the same however they were ticked.
    onExport(format, {
      tags: TAGS.filter((tag) => tags.includes(tag)),
      statuses: CLAIM_STATUSES.filter((status) => statuses.includes(status)),
      includeNotes,
      includeContext,
    });
  };

  return (
    <Dialog title={t('export.options.title')} closeLabel={t('dialog.close')} onClose={onClose}>
      <form className="export-form" onSubmit={submit}>
        <fieldset>
          <legend>{t('export.options.format')}</legend>
          {REPORT_FORMATS.map((value) => (
            <label key={value}>
              <input type="radio" name="report-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              {t(FORMAT_INFO[value].label)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.options.tags')}</legend>
          {TAGS.map((tag) => (
            <label key={tag}>
              <input type="checkbox" checked={tags.includes(tag)} onChange={(event) => setTags((list) => toggled(list, tag, event.target.checked))} />
              {tagLabel(t, tag)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.options.statuses')}</legend>
          {CLAIM_STATUSES.map((status) => (
            <label key={status}>
              <input
                type="checkbox"
                checked={statuses.includes(status)}
                onChange={(event) => setStatuses((list) => toggled(list, status, event.target.checked))}
              />
              {statusLabel(t, status)}
            </label>
          ))}
        </fieldset>
        <fieldset className="stacked">
          <legend>{t('export.options.content')}</legend>
          <label>
            <input type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
            {t('export.options.notes')}
          </label>
          <label>
            <input type="checkbox" checked={includeContext} onChange={(event) => setIncludeContext(event.target.checked)} />
            {t('export.options.context')}
          </label>
        </fieldset>
        <p className="help">{t('export.options.language')}</p>
        {nothingChosen && (
          <p className="field-error" role="alert">
            {t('export.options.nothingChosen')}
          </p>
        )}
        <div className="export-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={nothingChosen}>
            {t('export.options.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
