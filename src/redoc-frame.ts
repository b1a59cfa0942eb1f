// The ReDoc frame's entry (redoc.html): ReDoc's standalone bundle renders the OpenAPI document
// the docs page posts. ReDoc lives in a frame of its own because it writes its section ids
// into the address's hash and keeps window listeners for as long as its React root lives,
// which its bundle gives no way to unmount: the frame keeps both away from the app's hash
// router and ends them when the page leaves. It is loaded only by #/redoc.
import './error-recorder';
import redocBundle from 'redoc/bundles/redoc.standalone.js?url';
import { isPageMessage, type FrameMessage } from './ui/RedocDocs/redoc-frame-protocol';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", sans-serif';
const OPTIONS = {
  // Its search runs in a blob: worker, which the policy's worker-src 'self' refuses.
  disableSearch: true,
  expandResponses: '200,201,202',
  jsonSampleExpandLevel: 2,
  requiredPropsFirst: true,
  nativeScrollbars: true,
  theme: {
    colors: { primary: { main: '#4f46e5' } },
    typography: {
      fontFamily: FONT,
      headings: { fontFamily: FONT },
      code: {
        fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
      },
    },
  },
};

/**
 * ReDoc's menu footer shows Redocly's logo from Redocly's CDN; this site loads nothing from
 * elsewhere (its policy refuses, and offline there is no elsewhere). In this frame, which
 * runs ReDoc alone, an image from another origin gets an empty address instead, so that the
 * logo hides itself (ReDoc drops it on its error) without a refused request. Both ways of
 * giving an image its address are covered: in WebKit the logo's came through the attribute.
 */
function keepImagesHome(): void {
  const home = (value: string) => {
    const url = new URL(value, location.href);
    return url.origin === location.origin || url.protocol === 'data:';
  };
  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  if (!src?.set) return;
  const setSource = (image: HTMLImageElement, value: string) => src.set?.call(image, value);
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...src,
    set(this: HTMLImageElement, value: string) {
      setSource(this, home(value) ? value : '');
    },
  });
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called on its element below
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    const foreign =
      this instanceof HTMLImageElement && name.toLowerCase() === 'src' && !home(value);
    setAttribute.call(this, name, foreign ? '' : value);
  };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const tell = (message: FrameMessage) => parent.postMessage(message, location.origin);

/**
 * The bundle is UMD: as a module it would require() a module named "null", as a classic
 * script (this site's own file, as the policy wants) it sets window.Redoc.
 */
function loadRedoc(): Promise<NonNullable<Window['Redoc']>> {
  return new Promise((resolve, reject) => {
    const script = window.document.createElement('script');
    script.src = redocBundle;
    script.onload = () =>
      window.Redoc ? resolve(window.Redoc) : reject(new Error('ReDoc did not load'));
    script.onerror = () => reject(new Error(`could not load ${redocBundle}`));
    window.document.head.append(script);
  });
}

async function render(document: unknown): Promise<void> {
  const element = window.document.getElementById('redoc');
  if (!element) throw new Error('redoc.html has no #redoc element');
  keepImagesHome();
  const Redoc = await loadRedoc();
  Redoc.init(document, OPTIONS, element, (error) =>
    tell(error ? { type: 'redoc:failed', error: describe(error) } : { type: 'redoc:rendered' }),
  );
}

// One document per frame: the page opens a new frame for another language.
let rendering = false;
addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  if (!isPageMessage(event.data) || rendering) return;
  rendering = true;
  window.document.documentElement.lang = event.data.language;
  render(event.data.document).catch((error: unknown) =>
    tell({ type: 'redoc:failed', error: describe(error) }),
  );
});
tell({ type: 'redoc:ready' });
