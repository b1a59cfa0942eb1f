// The API's OpenAPI document in a language, fetched through the typed client (so that it
// shows in the API's traffic like any call), for views that hand it to a renderer of their own.
import { api, detailOf, type DocumentLanguage } from '../api/client';

export async function fetchApiDocument(language: DocumentLanguage): Promise<unknown> {
  const { exchange, data } = await api.openApi(language);
  if (!data) throw new Error(`${exchange.response.status}: ${detailOf(exchange.response.body)}`);
  return data;
}
