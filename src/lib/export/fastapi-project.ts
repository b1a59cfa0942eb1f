// A model version as a FastAPI project to take home: a zip with the app (python/*.py, the
// same for every version), the version's weights, scaler and names as JSON, the answers
// the playground gave for the iris rows (for its tests), requirements and a README.
import { strToU8, zipSync } from 'fflate';
import { denseNetwork } from '../ml/dense-forward';
import type { SerializedModel } from '../ml/serialize';
import { fastApiReadme } from './fastapi-readme';
import compatPy from './python/compat.py?raw';
import mainPy from './python/main.py?raw';
import modelPy from './python/model.py?raw';
import testMainPy from './python/test_main.py?raw';

/** One iris row and what the playground answered for it. */
export interface ExpectedAnswer {
  features: readonly number[];
  prediction: string;
  class_index: number;
  probabilities: Record<string, number>;
}

export interface FastApiExport {
  name: string;
  version: number;
  /** The aliases that pointed at this version when it was exported. */
  aliases: readonly string[];
  model: SerializedModel;
  expected: readonly ExpectedAnswer[];
  /** The playground's own version (its health endpoint's `version`). */
  appVersion: string;
  /** The origin of the page that exported it, allowed to call the server (CORS). */
  origin: string;
  exportedAt: string;
}

const FASTAPI_REQUIREMENTS = `# pip install -r requirements.txt
fastapi[standard]>=0.92
numpy>=1.24
pytest>=7
requests>=2.28
`;

/** The folder the project unpacks into, and the name of its zip. */
export function fastApiFolder(name: string, version: number): string {
  return `${name}-v${version}-fastapi`;
}

function weightsJson(input: FastApiExport): object {
  const { model } = input;
  return {
    name: input.name,
    version: input.version,
    aliases: input.aliases,
    feature_names: model.featureNames,
    class_names: model.classNames,
    scaler: model.scaler,
    // Kernels as rows of inputs (inputs x units), as NumPy's x @ kernel takes them.
    layers: denseNetwork(model).layers.map((layer) => ({
      activation: layer.activation,
      kernel: Array.from({ length: layer.inputs }, (_, i) =>
        Array.from(layer.kernel.subarray(i * layer.units, (i + 1) * layer.units)),
      ),
      bias: Array.from(layer.bias),
    })),
  };
}

/** The project as a zip; throws ForwardPassError for a model NumPy's pass cannot run. */
export function fastApiProject(input: FastApiExport): Uint8Array {
  const folder = fastApiFolder(input.name, input.version);
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  const files: Record<string, Uint8Array> = {
    'main.py': strToU8(mainPy),
    'compat.py': strToU8(compatPy),
    'model.py': strToU8(modelPy),
    'test_main.py': strToU8(testMainPy),
    'weights.json': json(weightsJson(input)),
    'export.json': json({
      app_version: input.appVersion,
      playground_origins: [input.origin],
      exported_at: input.exportedAt,
    }),
    'expected.json': json({ model: input.name, version: input.version, rows: input.expected }),
    'requirements.txt': strToU8(FASTAPI_REQUIREMENTS),
    'README.md': strToU8(
      fastApiReadme({
        name: input.name,
        version: input.version,
        features: input.expected[0]?.features ?? [5.1, 3.5, 1.4, 0.2],
        exportedAt: input.exportedAt,
      }),
    ),
  };
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, bytes]) => [`${folder}/${path}`, bytes])),
    { level: 6 },
  );
}
