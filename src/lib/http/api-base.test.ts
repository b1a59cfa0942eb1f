import { describe, expect, it } from 'vitest';
import { apiRootOf, checkApiBase } from './api-base';

const OWN = 'https://learner.github.io/ml-playground/';

describe('the API base URL a learner types', () => {
  it('takes a server on this computer, with or without the scheme or the last slash', () => {
    expect(checkApiBase('http://127.0.0.1:8000', OWN)).toEqual({ base: 'http://127.0.0.1:8000/' });
    expect(checkApiBase('  127.0.0.1:8000/ ', OWN)).toEqual({ base: 'http://127.0.0.1:8000/' });
    expect(checkApiBase('localhost:8000', OWN)).toEqual({ base: 'http://localhost:8000/' });
    expect(checkApiBase('http://localhost:5173/app?x=1#top', OWN)).toEqual({
      base: 'http://localhost:5173/app/',
    });
  });

  it('takes the playground itself', () => {
    expect(checkApiBase(OWN, OWN)).toEqual({ base: OWN });
  });

  it('refuses what the page may not reach, or what is not an http address', () => {
    expect(checkApiBase('https://example.com', OWN)).toEqual({ problem: 'not-local' });
    expect(checkApiBase('http://192.168.0.7:8000', OWN)).toEqual({ problem: 'not-local' });
    expect(checkApiBase('ftp://127.0.0.1', OWN)).toEqual({ problem: 'not-http' });
    expect(checkApiBase('http://', OWN)).toEqual({ problem: 'not-http' });
    expect(checkApiBase('', OWN)).toEqual({ problem: 'not-http' });
  });

  it('puts the API below the base', () => {
    expect(apiRootOf('http://127.0.0.1:8000/')).toBe('http://127.0.0.1:8000/api/');
    expect(apiRootOf(OWN)).toBe('https://learner.github.io/ml-playground/api/');
  });
});
