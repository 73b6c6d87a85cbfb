import { describe, expect, it } from 'vitest';
import { articlesFeed, eventsFeed, shorten } from '../../src/site/feeds.ts';
import { siteUrls } from '../../src/site/site-urls.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

describe('articlesFeed', () => {
  const relative = articlesFeed(fixtureCorpus, { urls: siteUrls('/news/'), siteTitle: 'Cairo <talks>', baseUrl: null });
  const absolute = articlesFeed(fixtureCorpus, { urls: siteUrls('/news/'), siteTitle: 'Cairo', baseUrl: 'https://example.org/news/' });

  it('lists dated articles only, with content-derived tag: ids', () => {
    expect(relative.xml.match(/<entry>/g)).toHaveLength(1);
    expect(relative.xml).toContain('<id>tag:newsweave,2024:article/2024/cairo-talks</id>');
    expect(relative.xml).toContain('<updated>2024-02-02T00:00:00Z</updated>');
    expect(relative.xml).toContain('<author><name>Jane Roe</name></author>');
  });

  it('links under the path prefix without a base URL, absolutely with one', () => {
    expect(relative.xml).toContain('href="/news/articles/ceasefire-talks-resume-in-cairo/"');
    expect(relative.xml).toContain('rel="self" type="application/atom+xml" href="/news/feed/articles.xml"');
    expect(absolute.xml).toContain('href="https://example.org/news/articles/ceasefire-talks-resume-in-cairo/"');
    expect(absolute.xml).toContain('<id>tag:example.org,2024:article/2024/cairo-talks</id>');
    expect(relative.path).toBe('/feed/articles.xml');
    expect(relative.href).toBe('/news/feed/articles.xml');
  });

  it('escapes the site title', () => {
    expect(relative.xml).toContain('<title>Cairo &lt;talks&gt;: articles</title>');
  });

  it('is the same for the same corpus', () => {
    expect(articlesFeed(fixtureCorpus, { urls: siteUrls('/news/'), siteTitle: 'Cairo <talks>', baseUrl: null })).toEqual(relative);
  });
});

describe('eventsFeed', () => {
  it('lists dated events linked to their pages, and is valid when there are none', () => {
    const feed = eventsFeed(fixtureCorpus, { urls: siteUrls('/'), siteTitle: 'Cairo', baseUrl: null });
    const dated = fixtureCorpus.events.filter((e) => e.date && /^\d{4}(-\d{2}){0,2}$/.test(e.date.value));
    expect(feed.xml.match(/<entry>/g) ?? []).toHaveLength(dated.length);
    for (const event of dated) expect(feed.xml).toContain(`href="/events/${event.slug}/"`);
    const empty = eventsFeed({ ...fixtureCorpus, events: [] }, { urls: siteUrls('/'), siteTitle: 'Cairo', baseUrl: null });
    expect(empty.xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(empty.xml).not.toContain('<entry>');
  });
});

describe('shorten', () => {
  it.each([
    ['Short text.', 20, 'Short text.'],
    ['  spaced\n\ntext  ', 20, 'spaced text'],
    ['The quick brown fox jumps over the lazy dog', 20, 'The quick brown fox…'],
    ['The quick, brown fox', 11, 'The quick…'],
    ['Averyveryverylongwordwithoutspaces', 10, 'Averyveryv…'],
  ])('%j at %d → %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});
