// The interface language: English or Korean, remembered in localStorage, and the
// translate helper that every visible string goes through.
import { en, type MessageKey } from './en';
import { ko } from './ko';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, ko };
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

  set(locale: Locale): void {
    this.current = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }
}

export const locale = new LocaleState();

export type MessageParams = Record<string, string | number>;

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: MessageParams): string {
  const message = catalogs[locale.current][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
