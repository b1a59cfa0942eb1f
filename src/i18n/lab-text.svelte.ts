// The labs' texts in the interface language: each catalog is fetched when the Labs page
// first needs it (never with the first paint), and `lt` reads it as `t` reads the app's.
import { locale, type Locale, type MessageParams } from './i18n.svelte';
import type { LabTextKey } from './labs-en';

type LabCatalog = Record<LabTextKey, string>;

class LabTexts {
  catalogs = $state.raw<Partial<Record<Locale, LabCatalog>>>({});

  async load(language: Locale): Promise<void> {
    if (this.catalogs[language]) return;
    const catalog =
      language === 'ko' ? (await import('./labs-ko')).labsKo : (await import('./labs-en')).labsEn;
    this.catalogs = { ...this.catalogs, [language]: catalog };
  }
}

export const labTexts = new LabTexts();

/** The lab text for `key` in the current language (English while Korean loads). */
export function lt(key: string, params?: MessageParams): string {
  const catalog = labTexts.catalogs[locale.current] ?? labTexts.catalogs.en;
  const message = (catalog as Record<string, string> | undefined)?.[key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
