// The tfjs runtime the app uses: core + layers + the cpu backend, selected explicitly
// (WebGL is SwiftShader in headless browsers and 10x slower for models this small).
// Import this module only through loadTf() so that tfjs stays out of the first paint.
import * as tfc from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';

export const tf = { ...tfc, ...tfl };

/** Starts tfjs on `backend` (the one loadTf() names) and answers the ready runtime. */
export async function initTf(backend: string): Promise<typeof tf> {
  // Production mode skips tfjs's per-op correctness checks; our inputs are validated first.
  tfc.enableProdMode();
  if (tfc.getBackend() !== backend) {
    const ok = await tfc.setBackend(backend);
    if (!ok) throw new Error(`tfjs could not start its ${backend} backend`);
  }
  await tfc.ready();
  return tf;
}
