// The interface language: English or Korean, remembered in localStorage, and the
// translate helper that every visible string goes through. Only English ships with the
// first paint; the Korean catalog is fetched before it is first shown.
import { en, type MessageKey } from './en';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<MessageKey, string>;
const catalogs: Partial<Record<Locale, Catalog>> = { en };

/** Fetches a language's catalog (once); `t` may show it afterwards. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (locale === 'ko') catalogs.ko ??= (await import('./ko')).ko;
}
const STORAGE_KEY = 'locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ko') return saved;
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

class LocaleState {
  current = $state<Locale>(initialLocale());

  constructor() {
    document.documentElement.lang = this.current;
  }

  async set(locale: Locale): Promise<void> {
    await loadCatalog(locale);
    this.current = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }
}

export const locale = new LocaleState();

export type MessageParams = Record<string, string | number>;

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: MessageParams): string {
  const message = (catalogs[locale.current] ?? en)[key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
