// Dataset digests: SHA-256 (hex) of the canonical CSV, as MLflow records dataset inputs.
import { canonicalCsv, type Dataset } from './csv';

export async function datasetDigest(dataset: Dataset): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalCsv(dataset));
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}
