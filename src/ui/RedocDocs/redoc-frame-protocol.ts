// The messages between the docs page and its ReDoc frame (redoc.html): the frame says it is
// ready, the page sends the OpenAPI document in the interface language, the frame says
// whether ReDoc rendered it. Both ends check the origin and the type.

export type FrameMessage =
  { type: 'redoc:ready' } | { type: 'redoc:rendered' } | { type: 'redoc:failed'; error: string };

export type PageMessage = { type: 'redoc:document'; document: unknown; language: string };

const FRAME_TYPES = new Set(['redoc:ready', 'redoc:rendered', 'redoc:failed']);

export function isFrameMessage(data: unknown): data is FrameMessage {
  return typeof data === 'object' && data !== null && FRAME_TYPES.has((data as FrameMessage).type);
}

export function isPageMessage(data: unknown): data is PageMessage {
  return (
    typeof data === 'object' && data !== null && (data as PageMessage).type === 'redoc:document'
  );
}
