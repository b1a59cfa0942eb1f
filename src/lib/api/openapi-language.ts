// Which language the OpenAPI document is served in (`?lang=`, else Accept-Language, else
// English), and putting the document's prose into that language from a catalog.

export const DOCUMENT_LANGUAGES = ['en', 'ko'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** Translations of the document's English texts, keyed by the English text itself. */
export type DocumentCatalog = Readonly<Record<string, string>>;

export const isDocumentLanguage = (value: unknown): value is DocumentLanguage =>
  DOCUMENT_LANGUAGES.some((language) => language === value);

/**
 * The language an Accept-Language header prefers among those the document has: the
 * highest-weighted range whose primary subtag is one (`ko-KR` counts as `ko`); English
 * when none is, or when there is no header.
 */
export function acceptedLanguage(header: string | null): DocumentLanguage {
  const ranges = (header ?? '').split(',').map((part, order) => {
    const [tag = '', ...params] = part.split(';').map((s) => s.trim());
    const weight = params.find((p) => p.startsWith('q='));
    return {
      language: tag.toLowerCase().split('-')[0] ?? '',
      q: weight === undefined ? 1 : Number(weight.slice(2)),
      order,
    };
  });
  return (
    ranges
      .filter((r) => r.q > 0)
      .sort((a, b) => b.q - a.q || a.order - b.order)
      .map((r) => r.language)
      .find(isDocumentLanguage) ?? 'en'
  );
}

/** Keys whose values are payload (examples, defaults, allowed values): never translated. */
const PAYLOAD_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * A copy of `document` whose `summary` and `description` texts (operations, tags, info,
 * parameters, responses, schema fields) come from `catalog`; a text the catalog lacks
 * stays English. Names, paths, examples and every other value stay as they are.
 */
export function translateDocument<T>(document: T, catalog: DocumentCatalog): T {
  // Under `properties` the keys are field names, so a field called `description` or
  // `example` is a schema to walk into, not a text or a payload.
  const walk = (node: unknown, keysAreNames: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, false));
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (keysAreNames) return [key, walk(value, false)];
        if (PAYLOAD_KEYS.has(key)) return [key, value];
        if ((key === 'summary' || key === 'description') && typeof value === 'string') {
          return [key, catalog[value] ?? value];
        }
        return [key, walk(value, key === 'properties')];
      }),
    );
  };
  return walk(document, false) as T;
}
