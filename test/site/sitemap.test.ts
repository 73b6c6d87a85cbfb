import { describe, expect, it } from 'vitest';
import { pagePathOfFile, sitemapXml } from '../../src/site/sitemap.ts';

describe('sitemapXml', () => {
  it('lists each URL once, sorted and escaped', () => {
    const xml = sitemapXml(['https://e.org/b/', 'https://e.org/a/?x=1&y=2', 'https://e.org/b/']);
    expect(xml).toBe([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      '  <url><loc>https://e.org/a/?x=1&amp;y=2</loc></url>',
      '  <url><loc>https://e.org/b/</loc></url>',
      '</urlset>',
      '',
    ].join('\n'));
  });

  it('is an empty urlset for no pages', () => {
    expect(sitemapXml([])).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>');
  });
});

describe('pagePathOfFile', () => {
  it.each([
    ['index.html', '/'],
    ['actors/index.html', '/actors/'],
    ['actors/jane-roe/index.html', '/actors/jane-roe/'],
    ['actors\\jane-roe\\index.html', '/actors/jane-roe/'],
    ['other.html', '/other.html'],
    ['404.html', null],
    ['style.css', null],
    ['data/corpus.json', null],
    ['notindex.html', '/notindex.html'],
  ])('%j → %j', (file, expected) => {
    expect(pagePathOfFile(file)).toBe(expected);
  });
});
