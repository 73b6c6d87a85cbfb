import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_OPTIONS, resolveOptions } from '../src/config.ts';

describe('resolveOptions', () => {
  it('resolves folders against the working directory and keeps defaults', () => {
    const o = resolveOptions({}, '/work/x');
    expect(o.input).toBe('/work/x/seeds');
    expect(o.output).toBe('/work/x/_site');
    expect(o.jobs).toBe(DEFAULT_OPTIONS.jobs);
  });

  it.each([
    ['/', '/'],
    ['news', '/news/'],
    ['/news', '/news/'],
    ['/a/b/', '/a/b/'],
  ])('path prefix %j → %j', (given, expected) => {
    expect(resolveOptions({ pathPrefix: given }, '/w').pathPrefix).toBe(expected);
  });

  it.each([
    [{ jobs: -1 }, /jobs/],
    [{ jobs: 1.5 }, /jobs/],
    [{ pathPrefix: '/a b/' }, /path-prefix/],
    [{ pathPrefix: '/"><script>/' }, /path-prefix/],
    [{ input: 'site', output: 'site' }, /output folder/],
    [{ input: 'site/in', output: 'site' }, /output folder/],
  ])('rejects %j', (overrides, message) => {
    expect(() => resolveOptions(overrides, '/w')).toThrow(ConfigError);
    expect(() => resolveOptions(overrides, '/w')).toThrow(message);
  });

  it.each([
    [{}, null, '/'],
    [{ baseUrl: 'https://example.org' }, 'https://example.org/', '/'],
    [{ baseUrl: 'https://example.org/news' }, 'https://example.org/news/', '/news/'],
    [{ baseUrl: ' http://Example.org:8080/a/b/ ' }, 'http://example.org:8080/a/b/', '/a/b/'],
    [{ baseUrl: 'https://example.org/news/', pathPrefix: 'news' }, 'https://example.org/news/', '/news/'],
  ])('base URL %j → %j with path prefix %j', (overrides, baseUrl, prefix) => {
    const o = resolveOptions(overrides, '/w');
    expect(o.baseUrl).toBe(baseUrl);
    expect(o.pathPrefix).toBe(prefix);
  });

  it.each([
    [{ baseUrl: 'example.org/news/' }, /absolute URL/],
    [{ baseUrl: 'ftp://example.org/' }, /http or https/],
    [{ baseUrl: 'javascript:alert(1)' }, /http or https/],
    [{ baseUrl: 'https://example.org/?q=1' }, /query/],
    [{ baseUrl: 'https://u:p@example.org/' }, /credentials/],
    [{ baseUrl: 'https://example.org/a b/' }, /characters/],
    [{ baseUrl: 'https://example.org/news/', pathPrefix: '/other/' }, /disagree/],
  ])('rejects the base URL in %j', (overrides, message) => {
    expect(() => resolveOptions(overrides, '/w')).toThrow(ConfigError);
    expect(() => resolveOptions(overrides, '/w')).toThrow(message);
  });

  it('turns the cache off with null', () => {
    expect(resolveOptions({ cacheDir: null }, '/w').cacheDir).toBeNull();
  });
});
