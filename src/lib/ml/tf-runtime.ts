// The tfjs runtime the app uses: core + layers + the cpu backend, selected explicitly
// (WebGL is SwiftShader in headless browsers and 10x slower for models this small).
// Import this module only through loadTf() so that tfjs stays out of the first paint.
import * as tfc from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import { TF_BACKEND } from './load-tf';

export const tf = { ...tfc, ...tfl };

export async function initTf(): Promise<typeof tf> {
  // Production mode skips tfjs's per-op correctness checks; our inputs are validated first.
  tfc.enableProdMode();
  if (tfc.getBackend() !== TF_BACKEND) {
    const ok = await tfc.setBackend(TF_BACKEND);
    if (!ok) throw new Error('tfjs could not start its cpu backend');
  }
  await tfc.ready();
  return tf;
}
