// The app frame: loads settings, provides services, routes between screens, and handles
// app-wide input (menu commands, shortcuts, dropped files).
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { appDatabase, type ClaimlensDatabase } from '../db/database';
import { requestPersistentStorage, watchForSchemaUpgrades } from '../db/database-lifecycle';
import { DEFAULT_SETTINGS, loadSettings, saveSetting, type AppSettings } from '../db/settings';
import { currentHost } from '../host/current-host';
import { localeFromSystem } from '../i18n/define-messages';
import { translate, type MessageKey } from '../i18n/messages';
import { AppContext, type AppServices, type ToastKind } from './app-context';
import { firstScreenSettled } from './library/first-screen-prefetch';
import { LibraryScreen } from './library/LibraryScreen';
import { navigate, useRoute } from './router';
import { ShortcutsDialog } from './shell/ShortcutsDialog';
import { Toasts, type Toast } from './shell/Toasts';
import { useImportFiles } from './import/use-import-files';
import { useGlobalShortcuts } from './shell/use-global-shortcuts';
import { pickAndImportPacks } from './export/import-packs';

// Screens other than the Library load on first visit, so start-up parses only what the Library needs
// (the reader brings Lexical and the report builders with it).
const ArticleScreen = lazy(() => import('./article/ArticleScreen').then((m) => ({ default: m.ArticleScreen })));
const SettingsScreen = lazy(() => import('./settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const SourcesScreen = lazy(() => import('./sources/SourcesScreen').then((m) => ({ default: m.SourcesScreen })));

function useSystemDark(): boolean {
  const query = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

const OPENING_MESSAGES = { opening: 'app.opening', slow: 'app.openingSlow', blocked: 'app.openingBlocked' } as const;

/**
 * Shown only when opening the database is slow (a schema upgrade rewriting a large library, or
 * another window holding an older schema open): nothing for the usual fraction of a second, then a
 * line saying what is happening, then that it may take a while, or what holds it up.
 */
function OpeningLibrary({ db }: { db: ClaimlensDatabase }) {
  const [stage, setStage] = useState<'quiet' | keyof typeof OPENING_MESSAGES>('quiet');
  useEffect(() => {
    const started = performance.now();
    const timer = window.setInterval(() => {
      const waited = performance.now() - started;
      setStage(db.openBlocked ? 'blocked' : waited >= 4000 ? 'slow' : waited >= 500 ? 'opening' : 'quiet');
    }, 250);
    return () => window.clearInterval(timer);
  }, [db]);
  if (stage === 'quiet') return null;
  const locale = localeFromSystem(navigator.language);
  return (
    <p className="app-opening" role="status" lang={locale}>
      {translate(locale, OPENING_MESSAGES[stage])}
    </p>
  );
}

export function App() {
  const db = appDatabase();
  const host = currentHost();
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const nextToastId = useRef(1);
  const systemDark = useSystemDark();
  const route = useRoute();

  useEffect(() => {
    // The frame appears once the settings are read and, when the app opens on the Library, its first
    // screen too (read alongside, see main.tsx), so the list paints with the frame.
    Promise.all([loadSettings(db), firstScreenSettled()])
      .then(([loaded]) => setSettings(loaded))
      .catch((error: unknown) => {
        console.error('Settings could not be read', error);
        setSettings({ ...DEFAULT_SETTINGS });
      });
  }, [db]);

  const locale = settings ? (settings.language === 'system' ? localeFromSystem(navigator.language) : settings.language) : 'en';
  const theme = settings?.theme === 'system' || !settings ? (systemDark ? 'dark' : 'light') : settings.theme;

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = theme;
    if (settings) root.style.setProperty('--reading-size', `${settings.fontSize}px`);
    document.title = translate(locale, 'app.name');
  }, [locale, theme, settings]);

  const notify = useCallback((message: string, kind: ToastKind = 'info') => {
    const id = nextToastId.current++;
    setToasts((current) => [...current.slice(-3), { id, message, kind }]);
    window.setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== id)), kind === 'error' ? 12_000 : 5_000);
  }, []);

  // Once per window, whichever screen opens first: ask to keep storage, and give way to a newer schema
  // opened in another window.
  const localeRef = useRef(locale);
  localeRef.current = locale;
  useEffect(() => {
    void requestPersistentStorage();
    watchForSchemaUpgrades(db, () => notify(translate(localeRef.current, 'storage.upgraded'), 'error'));
  }, [db, notify]);

  const services = useMemo<AppServices | null>(() => {
    if (!settings) return null;
    return {
      db,
      host,
      settings,
      locale,
      t: (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
      async updateSetting(key, value) {
        await saveSetting(db, key, value);
        setSettings((current) => (current ? { ...current, [key]: value } : current));
      },
      notify,
    };
  }, [db, host, settings, locale, notify]);

  const importFiles = useImportFiles(services);
  const { pickAndImport, importOpenedFiles, openUrlImport } = importFiles;

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'import') void pickAndImport();
        else if (command === 'import-url') openUrlImport();
        else if (command === 'open-library') navigate({ screen: 'library' });
        else if (command === 'open-settings' || command === 'about') navigate({ screen: 'settings' });
        else if (command === 'show-shortcuts') setShowShortcuts(true);
        else if (command === 'import-pack' && services) void pickAndImportPacks(services);
      }),
    [host, pickAndImport, openUrlImport, services],
  );
  useEffect(() => host.onFilesOpened((files) => void importOpenedFiles(files)), [host, importOpenedFiles]);

  useGlobalShortcuts({
    onImport: () => void pickAndImport(),
    onShowShortcuts: () => setShowShortcuts(true),
  });

  if (!services) return <OpeningLibrary db={db} />;
  const t = services.t;

  return (
    <AppContext.Provider value={services}>
      <div className="app">
        <a className="skip-link" href="#main-content">
          {t('app.name')}
        </a>
        <nav className="app-nav" aria-label={t('nav.main')}>
          <span className="brand">{t('app.name')}</span>
          <a href="#/library" aria-current={route.screen === 'library' ? 'page' : undefined}>
            {t('nav.library')}
          </a>
          <a href="#/sources" aria-current={route.screen === 'sources' ? 'page' : undefined}>
            {t('nav.sources')}
          </a>
          <a href="#/settings" aria-current={route.screen === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
          {importFiles.actions}
        </nav>
        <div id="main-content" className="app-body">
          {route.screen === 'library' && <LibraryScreen onImport={() => void pickAndImport()} />}
          <Suspense fallback={<main className="screen" aria-busy="true" />}>
            {route.screen === 'article' && <ArticleScreen key={route.articleId} articleId={route.articleId} />}
            {route.screen === 'settings' && <SettingsScreen />}
            {route.screen === 'sources' && <SourcesScreen />}
          </Suspense>
        </div>
        {importFiles.ui}
        <Toasts toasts={toasts} t={t} onDismiss={(id) => setToasts((current) => current.filter((toast) => toast.id !== id))} />
        {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      </div>
    </AppContext.Provider>
  );
}
