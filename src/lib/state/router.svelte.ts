// Hash routing (#/train, #/predict, ...): works on GitHub Pages with no server rewrites,
// and the address bar always names the page.

export const ROUTES = [
  'home',
  'data',
  'train',
  'models',
  'predict',
  'docs',
  'console',
  'settings',
] as const;
export type RouteName = (typeof ROUTES)[number];

export function hrefFor(route: RouteName): string {
  return route === 'home' ? '#/' : `#/${route}`;
}

function parse(hash: string): RouteName | 'not-found' {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if (name === '') return 'home';
  return (ROUTES as readonly string[]).includes(name) ? (name as RouteName) : 'not-found';
}

class HashRouter {
  current = $state<RouteName | 'not-found'>(parse(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.current = parse(location.hash)));
  }
}

export const router = new HashRouter();
