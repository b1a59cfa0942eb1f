import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { acceptedLanguage } from './openapi-language';
import { OPENAPI_KO } from './openapi-ko';
import { call, useApiServer } from './testing';

useApiServer();

async function fetchDocument(query = '', headers: Record<string, string> = {}) {
  const answer = await call('GET', `api/openapi.json${query}`, { token: null, headers });
  expect(answer.status).toBe(200);
  return answer;
}

const PAYLOAD_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * Every prose text of a document by where it is: the `summary` and `description` strings
 * of operations, tags, info, parameters, responses and schema fields (field names under
 * `properties` are walked into, never read as texts; examples are payload).
 */
function texts(node: unknown, at = '', keysAreNames = false): Map<string, string> {
  const found = new Map<string, string>();
  if (node === null || typeof node !== 'object') return found;
  for (const [key, value] of Object.entries(node)) {
    const here = `${at}/${key}`;
    if (!keysAreNames && PAYLOAD_KEYS.has(key)) continue;
    if (!keysAreNames && (key === 'summary' || key === 'description') && typeof value === 'string')
      found.set(here, value);
    else
      for (const entry of texts(value, here, !keysAreNames && key === 'properties'))
        found.set(...entry);
  }
  return found;
}

/** The document with every prose text blanked: what must not change with the language. */
function withoutTexts(node: unknown, keysAreNames = false): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutTexts(item));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (keysAreNames) return [key, withoutTexts(value)];
      if (PAYLOAD_KEYS.has(key)) return [key, value];
      if ((key === 'summary' || key === 'description') && typeof value === 'string')
        return [key, '…'];
      return [key, withoutTexts(value, key === 'properties')];
    }),
  );
}

const HANGUL = /[\uac00-\ud7a3]/;

describe('GET /api/openapi.json in Korean', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { body, headers } = await fetchDocument('?lang=ko');
    expect(headers.get('Content-Language')).toBe('ko');
    expect(body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has Korean for every summary and description, and the catalog nothing else', async () => {
    const english = texts((await fetchDocument()).body);
    const korean = texts((await fetchDocument('?lang=ko')).body);
    expect([...korean.keys()]).toEqual([...english.keys()]);
    // Operations, tags, parameters, responses and fields: a few hundred texts in all.
    expect(english.size).toBeGreaterThan(300);
    const untranslated = [...english].filter(
      ([where, text]) => korean.get(where) === text || !HANGUL.test(korean.get(where) ?? ''),
    );
    expect(untranslated.map(([where, text]) => `${where}: ${text}`)).toEqual([]);
    // An entry whose English text the document no longer has is dead: edit or drop it.
    const used = new Set(english.values());
    expect(Object.keys(OPENAPI_KO).filter((text) => !used.has(text))).toEqual([]);
  });

  it('keeps paths, operation ids, field names, examples and values in English', async () => {
    const english = (await fetchDocument()).body;
    const korean = (await fetchDocument('?lang=ko')).body;
    expect(withoutTexts(korean)).toEqual(withoutTexts(english));
  });

  it('answers Accept-Language: ko as ?lang=ko, and ?lang wins over the header', async () => {
    const asked = (await fetchDocument('?lang=ko')).body;
    expect((await fetchDocument('', { 'Accept-Language': 'ko' })).body).toEqual(asked);
    const browser = { 'Accept-Language': 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7' };
    expect((await fetchDocument('', browser)).body).toEqual(asked);
    const english = (await fetchDocument()).body;
    expect((await fetchDocument('?lang=en', browser)).body).toEqual(english);
  });

  it('stays English by default, for lang=en, and for a language it does not have', async () => {
    const english = await fetchDocument();
    expect(english.headers.get('Content-Language')).toBe('en');
    expect(english.headers.get('Vary')).toBe('Accept-Language');
    expect(english.body.info.description).toMatch(/^The REST API/);
    for (const query of ['?lang=en', '?lang=fr', '?lang=', '?lang=ko-KR']) {
      expect((await fetchDocument(query)).body, query).toEqual(english.body);
    }
    const french = { 'Accept-Language': 'fr-FR,fr;q=0.9' };
    expect((await fetchDocument('', french)).body).toEqual(english.body);
  });

  it('documents the lang parameter', async () => {
    const { body } = await fetchDocument('?lang=ko');
    const operation = body.paths['/api/openapi.json'].get;
    expect(operation.parameters).toEqual([
      expect.objectContaining({
        name: 'lang',
        in: 'query',
        required: false,
        schema: { type: 'string', enum: ['en', 'ko'] },
      }),
    ]);
  });
});

describe('acceptedLanguage', () => {
  it('takes the most wanted language the document has, else English', () => {
    expect(acceptedLanguage(null)).toBe('en');
    expect(acceptedLanguage('')).toBe('en');
    expect(acceptedLanguage('*')).toBe('en');
    expect(acceptedLanguage('ko')).toBe('ko');
    expect(acceptedLanguage('KO-kr')).toBe('ko');
    expect(acceptedLanguage('en-US,en;q=0.9,ko;q=0.8')).toBe('en');
    expect(acceptedLanguage('fr-FR, ko;q=0.5, en;q=0.4')).toBe('ko');
    expect(acceptedLanguage('en;q=0.2, ko;q=0.7')).toBe('ko');
    expect(acceptedLanguage('ko;q=0, en;q=0.1')).toBe('en');
    expect(acceptedLanguage('ko;q=abc')).toBe('en');
  });
});
