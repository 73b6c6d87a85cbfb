import { describe, expect, it } from 'vitest';
import { actorJsonLd, articleJsonLd, eventJsonLd, jsonLdText } from '../../src/site/json-ld.ts';

describe('jsonLdText', () => {
  it.each([
    ['</script><script>alert(1)</script>', '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
    ['<!-- comment', '\\u003c!-- comment'],
    ['Tom & Jerry', 'Tom \\u0026 Jerry'],
    ['line\u2028separator\u2029', 'line\\u2028separator\\u2029'],
    ['"quoted" \\ backslash', '\\"quoted\\" \\\\ backslash'],
    ['plain', 'plain'],
  ])('escapes %j for a <script> element', (name, expected) => {
    const text = jsonLdText({ name });
    expect(text).toBe(`{"name":"${expected}"}`);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ name });
  });
});

describe('articleJsonLd', () => {
  it('is a NewsArticle with the facts that are known and none that are not', () => {
    expect(articleJsonLd({
      headline: 'Talks resume', datePublished: '2024-02-02', author: 'Jane Roe', publisher: 'Example Wire',
      url: 'https://example.org/news/articles/talks/', basedOn: 'https://example.com/story',
      mentions: [{ name: 'Cairo', type: 'place', url: 'https://example.org/news/actors/cairo/' }, { name: 'Arabs', type: 'group', url: null }],
    })).toEqual({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Talks resume', datePublished: '2024-02-02',
      author: { '@type': 'Person', name: 'Jane Roe' }, publisher: { '@type': 'Organization', name: 'Example Wire' },
      url: 'https://example.org/news/articles/talks/', mainEntityOfPage: 'https://example.org/news/articles/talks/',
      isBasedOn: 'https://example.com/story',
      mentions: [{ '@type': 'Place', name: 'Cairo', url: 'https://example.org/news/actors/cairo/' }, { '@type': 'Thing', name: 'Arabs' }],
    });
  });

  it('leaves out unknown fields rather than writing null', () => {
    const ld = articleJsonLd({ headline: 'Untitled', datePublished: null, author: null, publisher: null, url: null, basedOn: null, mentions: [] });
    expect(ld).toEqual({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Untitled' });
  });
});

describe('actorJsonLd', () => {
  it.each([
    ['person', 'Person'],
    ['organization', 'Organization'],
    ['place', 'Place'],
    ['group', 'Thing'],
  ] as const)('a %s is a schema.org %s', (type, schemaType) => {
    expect(actorJsonLd({ name: 'X', type, url: null, alternateNames: [] })).toEqual({ '@context': 'https://schema.org', '@type': schemaType, name: 'X' });
  });

  it('lists other names as alternateName', () => {
    expect(actorJsonLd({ name: 'Jane Roe', type: 'person', url: 'https://e.org/actors/jane-roe/', alternateNames: ['Roe'] }).alternateName).toEqual(['Roe']);
  });
});

describe('eventJsonLd', () => {
  it.each([
    ['2024-02-02', '2024-02-02'],
    ['2024-02', '2024-02'],
    ['2024', '2024'],
    ['2024-W05', undefined],
    ['PAST_REF', undefined],
    [null, undefined],
  ])('startDate from %j is %j', (value, expected) => {
    const ld = eventJsonLd({ name: 'Strike', startDate: value, url: null, places: [], participants: [], reports: [] });
    expect(ld.startDate).toBe(expected);
  });

  it('names places, participants and the reports', () => {
    const ld = eventJsonLd({
      name: 'Strike on a depot', startDate: '2024-02-02', url: 'https://e.org/events/strike/',
      places: [{ name: 'Cairo', url: null }], participants: [{ name: 'Jane Roe', type: 'person', url: null }],
      reports: [{ name: 'Strike reported', url: 'https://e.org/articles/a/' }],
    });
    expect(ld).toMatchObject({
      '@type': 'Event', location: [{ '@type': 'Place', name: 'Cairo' }], performer: [{ '@type': 'Person', name: 'Jane Roe' }],
      subjectOf: [{ '@type': 'NewsArticle', headline: 'Strike reported', url: 'https://e.org/articles/a/' }],
    });
  });
});
