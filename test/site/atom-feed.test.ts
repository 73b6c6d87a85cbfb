import { describe, expect, it } from 'vitest';
import { atomDate, atomXml, EMPTY_FEED_UPDATED, tagUri, type AtomFeed } from '../../src/site/atom-feed.ts';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'tag:example.org,2024:feed/articles',
  title: 'Site & <news>',
  selfHref: 'https://example.org/feed/articles.xml',
  alternateHref: 'https://example.org/',
  author: 'Site',
  generator: { name: 'newsweave', version: '1.0.0' },
  entries,
});

describe('atomXml', () => {
  it('escapes every text and attribute', () => {
    const xml = atomXml(feed([{
      id: 'tag:x,2024:article/a', title: '<script>alert("x")</script> & more', updated: '2024-02-02T00:00:00Z',
      href: '/articles/a/?x=1&y="2"', summary: "It's <b>bold</b>", authors: ['A & B'],
    }]));
    expect(xml).toContain('<title>Site &amp; &lt;news&gt;</title>');
    expect(xml).toContain('<title type="text">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</title>');
    expect(xml).toContain('href="/articles/a/?x=1&amp;y=&quot;2&quot;"');
    expect(xml).toContain('<summary type="text">It&apos;s &lt;b&gt;bold&lt;/b&gt;</summary>');
    expect(xml).toContain('<author><name>A &amp; B</name></author>');
    expect(xml).not.toContain('<script>');
  });

  it('drops characters XML cannot hold', () => {
    const xml = atomXml(feed([{ id: 'i', title: 'bell\u0007 here', updated: '2024-01-01T00:00:00Z', href: '/', summary: '', authors: [] }]));
    expect(xml).toContain('<title type="text">bell here</title>');
  });

  it.each([
    [[], EMPTY_FEED_UPDATED],
    [['2024-02-02T00:00:00Z'], '2024-02-02T00:00:00Z'],
    [['2024-01-05T00:00:00Z', '2024-03-01T00:00:00Z', '2024-02-02T00:00:00Z'], '2024-03-01T00:00:00Z'],
  ])('the feed is updated at the latest entry (%j)', (dates, expected) => {
    const xml = atomXml(feed(dates.map((updated, i) => ({ id: `e${i}`, title: 't', updated, href: '/', summary: '', authors: [] }))));
    expect(xml).toContain(`  <updated>${expected}</updated>\n  <link rel="self"`);
  });

  it('is a well-formed document with entries in the given order and no build time', () => {
    const xml = atomXml(feed([
      { id: 'b', title: 'B', updated: '2024-02-02T00:00:00Z', href: '/b/', summary: 's', authors: [] },
      { id: 'a', title: 'A', updated: '2024-01-01T00:00:00Z', href: '/a/', summary: '', authors: [] },
    ]));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml.indexOf('<id>b</id>')).toBeLessThan(xml.indexOf('<id>a</id>'));
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.match(/<\/entry>/g)).toHaveLength(2);
    expect(xml).not.toContain('<summary type="text"></summary>');
  });
});

describe('tagUri', () => {
  it.each([
    ['example.org', '2024', 'article/2024/cairo-talks', 'tag:example.org,2024:article/2024/cairo-talks'],
    ['newsweave', '2024', 'article/a b', 'tag:newsweave,2024:article/a%20b'],
    ['newsweave', '2024', 'article/café', 'tag:newsweave,2024:article/caf%C3%A9'],
    ['newsweave', '2024', 'article/<x>"', 'tag:newsweave,2024:article/%3Cx%3E%22'],
  ])('tag:%s,%s:%s', (authority, date, specific, expected) => {
    expect(tagUri(authority, date, specific)).toBe(expected);
  });
});

describe('atomDate', () => {
  it.each([
    ['2024-02-02', '2024-02-02T00:00:00Z'],
    ['2024-02', '2024-02-01T00:00:00Z'],
    ['2024', '2024-01-01T00:00:00Z'],
    ['2024-W05', null],
    ['2024-SU', null],
    ['PAST_REF', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(atomDate(value)).toBe(expected);
  });
});
