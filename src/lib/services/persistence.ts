// Asks the browser to keep this site's data under storage pressure (navigator.storage.persist):
// by itself once there is something worth keeping (after a training run is recorded), and
// again whenever the user asks on the Settings page.

// Firefox answers persist() with a permission prompt rather than deciding alone: asked after
// every training run, a student who said "Not now" would be asked again and again.
const OFFERED_MARK = 'persistent-storage-offered';

/** Answers whether the workspace is (now) persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  return (await storage.persisted()) || storage.persist();
}

/** Asks on the app's own initiative, the first time only; the Settings page can ask again. */
export async function offerPersistentStorage(): Promise<void> {
  if (!globalThis.navigator?.storage?.persist || localStorage.getItem(OFFERED_MARK) !== null) {
    return;
  }
  localStorage.setItem(OFFERED_MARK, '1');
  await requestPersistentStorage();
}
