// Language, theme, reading text size, annotator name, and what this copy of the app is.
import { useEffect, useId, useState } from 'react';
import { FONT_SIZES, type LanguageSetting, type ThemeSetting } from '../../db/settings';
import type { AppInfo } from '../../host/host';
import { useApp } from '../app-context';
import { BackupSection } from './BackupSection';

export function SettingsScreen() {
  const { settings, updateSetting, t, host, notify } = useApp();
  const [annotator, setAnnotator] = useState(settings.annotator);
  const [annotatorError, setAnnotatorError] = useState('');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const ids = { language: useId(), theme: useId(), fontSize: useId(), annotator: useId(), annotatorHelp: useId(), annotatorError: useId() };

  useEffect(() => {
    void host.appInfo().then(setInfo);
  }, [host]);

  async function save<K extends keyof typeof settings>(key: K, value: (typeof settings)[K]) {
    try {
      await updateSetting(key, value);
      notify(t('settings.saved'), 'success');
    } catch (error) {
      notify(t('error.generic', { message: (error as Error).message }), 'error');
    }
  }

  async function saveAnnotator() {
    const name = annotator.trim();
    if (name === settings.annotator) return;
    if (name === '') {
      setAnnotatorError(t('settings.annotator.empty'));
      return;
    }
    setAnnotatorError('');
    await save('annotator', name);
  }

  return (
    <main className="screen settings" aria-labelledby="settings-heading">
      <header className="screen-header">
        <h1 id="settings-heading">{t('settings.title')}</h1>
      </header>
      <form className="settings-form" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.language}>{t('settings.language')}</label>
          <select id={ids.language} value={settings.language} onChange={(e) => void save('language', e.target.value as LanguageSetting)}>
            <option value="system">{t('settings.language.system')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="zh-CN" lang="zh-CN">
              简体中文
            </option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.theme}>{t('settings.theme')}</label>
          <select id={ids.theme} value={settings.theme} onChange={(e) => void save('theme', e.target.value as ThemeSetting)}>
            <option value="system">{t('settings.theme.system')}</option>
            <option value="light">{t('settings.theme.light')}</option>
            <option value="dark">{t('settings.theme.dark')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.fontSize}>{t('settings.fontSize')}</label>
          <select id={ids.fontSize} value={settings.fontSize} onChange={(e) => void save('fontSize', Number(e.target.value))}>
            {FONT_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}px
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.annotator}>{t('settings.annotator')}</label>
          <input
            id={ids.annotator}
            type="text"
            value={annotator}
            maxLength={80}
            aria-describedby={`${ids.annotatorHelp} ${ids.annotatorError}`}
            aria-invalid={annotatorError !== ''}
            onChange={(e) => setAnnotator(e.target.value)}
            onBlur={() => void saveAnnotator()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void saveAnnotator();
            }}
          />
          <p id={ids.annotatorHelp} className="help">
            {t('settings.annotator.help')}
          </p>
          <p id={ids.annotatorError} className="field-error" role={annotatorError ? 'alert' : undefined}>
            {annotatorError}
          </p>
        </div>
      </form>
      <BackupSection />
      <section className="about" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('settings.about')}</h2>
        {info && (
          <p>
            {info.name} —{' '}
            {t('settings.about.version', {
              version: info.version,
              host: info.host === 'electron' ? t('settings.about.host.electron') : t('settings.about.host.web'),
            })}
          </p>
        )}
        <p className="muted">{t('settings.storage')}</p>
      </section>
    </main>
  );
}
