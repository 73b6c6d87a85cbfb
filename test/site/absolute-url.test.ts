import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/site/absolute-url.ts';

describe('absoluteUrl', () => {
  it.each([
    ['https://example.org/', '/', 'https://example.org/'],
    ['https://example.org/', '/actors/jane-roe/', 'https://example.org/actors/jane-roe/'],
    ['https://example.org/news/', '/actors/jane-roe/', 'https://example.org/news/actors/jane-roe/'],
    ['https://example.org/news/', '/', 'https://example.org/news/'],
    ['https://example.org/news/', '/feed/articles.xml', 'https://example.org/news/feed/articles.xml'],
    [null, '/actors/', null],
  ])('%s + %s → %s', (base, path, expected) => {
    expect(absoluteUrl(base, path)).toBe(expected);
  });
});
