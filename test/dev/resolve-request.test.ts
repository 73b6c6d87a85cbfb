import { describe, expect, it } from 'vitest';
import { resolveRequest } from '../../src/dev/resolve-request.ts';

const root = '/srv/site';

describe('resolveRequest', () => {
  it.each([
    ['/', '/', { kind: 'file', file: '/srv/site/index.html' }],
    ['/', '/actors/jane-roe/', { kind: 'file', file: '/srv/site/actors/jane-roe/index.html' }],
    ['/', '/style.css?v=1', { kind: 'file', file: '/srv/site/style.css' }],
    ['/', '/search/?q=jane#x', { kind: 'file', file: '/srv/site/search/index.html' }],
    ['/', '/caf%C3%A9.txt', { kind: 'file', file: '/srv/site/café.txt' }],
    ['/news/', '/news/', { kind: 'file', file: '/srv/site/index.html' }],
    ['/news/', '/news/pagefind/pagefind.js', { kind: 'file', file: '/srv/site/pagefind/pagefind.js' }],
    ['/news/', '/news', { kind: 'redirect', location: '/news/' }],
    ['/news/', '/actors/', { kind: 'not-found' }],
    ['/', '/../etc/passwd', { kind: 'file', file: '/srv/site/etc/passwd' }],
    // Dot segments are resolved by the URL parser and so stay inside the site folder.
    ['/', '/%2e%2e/%2e%2e/etc/passwd', { kind: 'file', file: '/srv/site/etc/passwd' }],
    ['/', '/a/%2e%2e%2f%2e%2e%2f..%2fetc', { kind: 'not-found' }],
    ['/', '/%00', { kind: 'not-found' }],
    ['/', '/%E0%A4%A', { kind: 'not-found' }],
  ])('prefix %s, %s', (prefix, url, expected) => {
    expect(resolveRequest(root, prefix, url)).toEqual(expected);
  });
});
