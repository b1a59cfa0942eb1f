// Hash routing (#/train, #/runs/<id>, #/train?model=mlp...): works on GitHub Pages with no
// server rewrites, and the address bar always names the page, its subject and its setup.

export const ROUTES = [
  'home',
  'learn',
  'data',
  'train',
  'runs',
  'compare',
  'models',
  'evaluate',
  'deploy',
  'predict',
  'docs',
  'redoc',
  'console',
  'settings',
] as const;
export type RouteName = (typeof ROUTES)[number];

export function hrefFor(route: RouteName, subpath = '', query = ''): string {
  const path =
    route === 'home' ? '#/' : `#/${route}${subpath ? `/${encodeURIComponent(subpath)}` : ''}`;
  return query ? `${path}?${query}` : path;
}

/** A model version's own page: #/models/<name>/<version>. */
export function versionHref(name: string, version: number): string {
  return `${hrefFor('models', name)}/${version}`;
}

interface Location {
  readonly name: RouteName | 'not-found';
  /** What follows the route's name (a run id), decoded; '' when nothing does. */
  readonly subpath: string;
  readonly query: string;
}

function parse(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name = '', ...rest] = path.split('/');
  let subpath: string;
  try {
    subpath = decodeURIComponent(rest.join('/'));
  } catch {
    return { name: 'not-found', subpath: '', query };
  }
  if (name === '') return { name: 'home', subpath, query };
  const known = (ROUTES as readonly string[]).includes(name);
  return { name: known ? (name as RouteName) : 'not-found', subpath, query };
}

class HashRouter {
  #location = $state<Location>(parse(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.#location = parse(location.hash)));
  }

  get current(): RouteName | 'not-found' {
    return this.#location.name;
  }
  get subpath(): string {
    return this.#location.subpath;
  }
  get query(): string {
    return this.#location.query;
  }

  /** Rewrites the address's query (a page's setup) without a new history entry. */
  replaceQuery(query: string): void {
    const path = location.hash.split('?')[0] || '#/';
    history.replaceState(history.state, '', query ? `${path}?${query}` : path);
    this.#location = { ...this.#location, query };
  }
}

export const router = new HashRouter();
