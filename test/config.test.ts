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

  it('turns the cache off with null', () => {
    expect(resolveOptions({ cacheDir: null }, '/w').cacheDir).toBeNull();
  });
});
