// What the cross-engine journey does in a page, whatever drives it: wait for a condition,
// go to another of the app's pages, set a form control, take a screenshot.

export const STEP_TIMEOUT_MS = 20_000;
/** The viewport every engine starts with. */
export const DESKTOP = { width: 1280, height: 900 };

export const byTestId = (id) => `[data-testid="${id}"]`;

/** Waits until `predicate(arg)`, run in the page, answers true. */
export async function until(page, what, predicate, arg, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate, arg)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function isShown(selector) {
  const element = document.querySelector(selector);
  return element !== null && element.getClientRects().length > 0;
}

/** Goes to another page of the app by its hash, and waits for it to render `ready`. */
export async function show(page, hash, ready) {
  await page.evaluate((target) => {
    window.__pageLeft = document.querySelector('main h1');
    location.hash = target;
  }, hash);
  await until(
    page,
    `${hash} to show ${ready}`,
    ({ selector }) => {
      const heading = document.querySelector('main h1');
      const element = document.querySelector(selector);
      return (
        heading !== null && heading !== window.__pageLeft && element?.getClientRects().length > 0
      );
    },
    { selector: ready },
  );
}

/** Sets a form control's value as typing or choosing would, so that Svelte's bindings see it. */
export function setValue(page, selector, value) {
  return page.evaluate(
    ({ selector, value }) => {
      const control = document.querySelector(selector);
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}

/** Scrolls `selector` (else the top of the page) into view and saves a screenshot. */
export async function shoot(page, name, selector) {
  await page.evaluate((target) => {
    const element = target ? document.querySelector(target) : null;
    if (element) element.scrollIntoView({ block: 'start' });
    else scrollTo(0, 0);
  }, selector);
  await page.screenshot(name);
}
