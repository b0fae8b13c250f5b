// The services every screen uses: database, host, settings, strings and notifications.
import { createContext, useContext } from 'react';
import type { ClaimlensDatabase } from '../db/database';
import type { AppSettings } from '../db/settings';
import type { Host } from '../host/host';
import type { Locale } from '../i18n/define-messages';
import type { MessageKey } from '../i18n/messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export type ToastKind = 'info' | 'success' | 'error';

export interface AppServices {
  db: ClaimlensDatabase;
  host: Host;
  settings: AppSettings;
  locale: Locale;
  t: Translate;
  updateSetting<K extends keyof AppSettings>(key: K, value: AppSettings[K]): Promise<void>;
  notify(message: string, kind?: ToastKind): void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp must be used inside the app frame.');
  return services;
}
