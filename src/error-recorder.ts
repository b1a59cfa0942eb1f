// For browser tests only: with `?record-errors` in the address, keeps what the console would
// show as an error or warning (uncaught errors, unhandled rejections, refused loads, CSP
// refusals, the app's own console.error and console.warn) in sessionStorage, where a test
// whose driver cannot read the console (WebKit's) finds it, across reloads. Imported first, by
// the page and by ReDoc's frame (which shares the page's sessionStorage and reads its flag).

const STORAGE_KEY = 'recorded-errors';

function record(line: string): void {
  const lines = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as string[];
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...lines, line]));
}

/** Records the event after every listener has run, unless one of them handled it. */
function unlessHandled(event: Event, line: string): void {
  setTimeout(() => {
    if (!event.defaultPrevented) record(line);
  });
}

function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

/** Keeps what the app itself writes to the console as an error or warning. */
function recordConsoleProblems(): void {
  const { error, warn } = console;
  console.error = (...values: unknown[]) => {
    record(`console.error: ${values.map(describe).join(' ')}`);
    error.apply(console, values);
  };
  console.warn = (...values: unknown[]) => {
    record(`console.warn: ${values.map(describe).join(' ')}`);
    warn.apply(console, values);
  };
}

function recording(): boolean {
  try {
    return new URLSearchParams((window.top ?? window).location.search).has('record-errors');
  } catch {
    // Framed by another site, whose address is not ours to read: not a test.
    return false;
  }
}

if (recording()) {
  // Capturing, so that a script, image or style that fails to load is seen too.
  addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) {
        unlessHandled(
          event,
          `${describe(event.error ?? event.message)} at ${event.filename}:${event.lineno}`,
        );
      } else if (event.target instanceof Element) {
        // An element with no address fails without a word on the console.
        const address = event.target.getAttribute('src') ?? event.target.getAttribute('href');
        if (address) record(`failed to load ${address}`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => {
    unlessHandled(event, `unhandled rejection: ${describe(event.reason)}`);
  });
  addEventListener('securitypolicyviolation', (event) => {
    const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
    record(`CSP refused ${event.effectiveDirective} ${event.blockedURI} at ${where}`);
  });
  recordConsoleProblems();
}
