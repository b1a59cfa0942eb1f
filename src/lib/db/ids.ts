// Identifiers: MLflow-style run ids (32 lowercase hex) and friendly run names.

export function newRunId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const ADJECTIVES = [
  'bold',
  'calm',
  'eager',
  'gentle',
  'keen',
  'lucid',
  'merry',
  'quick',
  'sunny',
  'wise',
];
const NOUNS = [
  'heron',
  'iris',
  'lynx',
  'otter',
  'panda',
  'petal',
  'robin',
  'sepal',
  'tiger',
  'wren',
];

/** A readable name such as "keen-otter-417", as MLflow gives unnamed runs. */
export function newRunName(): string {
  const [a = 0, n = 0, k = 0] = crypto.getRandomValues(new Uint16Array(3));
  return `${ADJECTIVES[a % ADJECTIVES.length]}-${NOUNS[n % NOUNS.length]}-${k % 1000}`;
}
