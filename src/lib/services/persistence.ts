// Asks the browser to keep this site's data under storage pressure (navigator.storage.persist),
// once there is something worth keeping: after a training run is recorded.

/** Answers whether the workspace is (now) persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  return (await storage.persisted()) || storage.persist();
}
