import { describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/model.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

const site = buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'Cairo talks' });
const [talks, stall] = site.articles;
const actor = (slug: string) => site.actors.find((a) => a.slug === slug)!;

describe('URLs', () => {
  test('pages have the documented paths', () => {
    expect(site.home.path).toBe('/');
    expect(talks!.path).toBe('/articles/ceasefire-talks-resume-in-cairo/');
    expect(site.actorIndex.path).toBe('/actors/');
    expect(actor('hamas').path).toBe('/actors/hamas/');
    expect(site.timeline.path).toBe('/timeline/');
    expect(site.eventIndex.path).toBe('/events/');
    expect(site.events.map((e) => e.path)).toEqual([
      '/events/rocket-attack-on-a-checkpoint/', '/events/sisi-meets-negotiators-in-cairo/', '/events/talks-in-cairo/',
    ]);
    expect(site.about.path).toBe('/about/');
    expect(site.data.path).toBe('/data/corpus.json');
  });

  test('a path prefix applies to every href but not to paths', () => {
    const prefixed = buildSiteData(fixtureCorpus, { pathPrefix: 'news', siteTitle: 'x' });
    expect(prefixed.pathPrefix).toBe('/news/');
    expect(prefixed.articles[0]!.path).toBe('/articles/ceasefire-talks-resume-in-cairo/');
    expect(prefixed.articles[0]!.href).toBe('/news/articles/ceasefire-talks-resume-in-cairo/');
    expect(prefixed.stylesheetHref).toBe('/news/style.css');
    expect(prefixed.nav.every((n) => n.href.startsWith('/news/'))).toBe(true);
    expect(prefixed.articles[0]!.bodyHtml).toContain('href="/news/actors/egypt/"');
    expect(prefixed.actors[0]!.mentionsByArticle[0]!.sentences[0]!.href).toMatch(/^\/news\/articles\/.+\/#s-\d+$/);
  });

  test('quoted sentences link to their anchor', () => {
    const sisi = actor('abdel-fattah-el-sisi');
    expect(sisi.mentionsByArticle[0]!.sentences.map((s) => s.href)).toEqual([
      '/articles/ceasefire-talks-resume-in-cairo/#s-2',
      '/articles/ceasefire-talks-resume-in-cairo/#s-5',
    ]);
  });
});

describe('article page', () => {
  test('metadata shows its basis', () => {
    expect(talks!.meta.map((m) => [m.label, m.text, m.basis])).toEqual([
      ['Published', '2 February 2024', 'front matter'],
      ['Source', 'Example Wire', 'front matter'],
      ['Author', 'Jane Roe', 'stated in the text, line 3'],
      ['URL', 'https://example.org/cairo-talks', 'front matter'],
    ]);
    expect(talks!.meta[3]!.href).toBe('https://example.org/cairo-talks');
    expect(stall!.meta.map((m) => [m.text, m.basis])).toEqual([
      ['Undated', 'unknown'],
      ['Daily Example', "inferred: outlet cue 'Daily Example staff'"],
      ['unknown', 'unknown'],
      ['unknown', 'unknown'],
    ]);
  });

  test('an undated article says so and gets no datetime', () => {
    expect(stall!.date).toEqual({ text: 'Undated', datetime: null });
  });

  test('only http(s) URLs become links', () => {
    const corpus: Corpus = {
      ...fixtureCorpus,
      articles: fixtureCorpus.articles.map((a) => ({
        ...a, meta: { ...a.meta, url: { value: 'javascript:alert(1)', basis: 'front-matter' as const } },
      })),
    };
    const page = buildSiteData(corpus, { pathPrefix: '/', siteTitle: 'x' }).articles[0]!;
    expect(page.meta[3]!.href).toBeNull();
    expect(page.meta[3]!.text).toBe('javascript:alert(1)');
  });

  test('actors are grouped by type with counts', () => {
    expect(talks!.actorGroups.map((g) => [g.label, g.actors.map((a) => `${a.text}:${a.count}`)])).toEqual([
      ['People', ['Abdel Fattah el-Sisi:2']],
      ['Organisations', ['Hamas:1']],
      ['Groups', ['Qatari:1']],
      ['Places', ['Cairo:2', 'Egypt:1', 'Qatar:1']],
    ]);
  });

  test('dates link to their sentence on the same page', () => {
    expect(talks!.dates.map((d) => [d.text, d.date.text, d.precision, d.basis, d.sentenceHref])).toEqual([
      ['1 February 2024', '1 February 2024', 'day', 'stated', '#s-1'],
      ['last Friday', '26 January 2024', 'day', 'relative to publication', '#s-4'],
      ['this week', 'week 5 of 2024', 'week', 'relative to publication', '#s-5'],
      ['March', 'March 2024', 'month', 'year inferred', '#s-6'],
      ['Saturday', '27 January 2024', 'day', 'relative to publication', '#s-8'],
    ]);
  });

  test('removed lines and diagnostics are carried', () => {
    expect(talks!.removed).toEqual([{ line: 2, text: '3 min read', reason: 'reading-time note' }]);
    expect(stall!.diagnostics).toEqual([
      { severity: 'warning', ruleId: 'no-date', reason: 'No publication date found.', location: 'stall.txt:1' },
    ]);
  });

  test('the body escapes article text', () => {
    expect(stall!.bodyHtml).not.toContain('<script');
    expect(stall!.bodyHtml).not.toContain('<img');
    expect(stall!.bodyHtml).toContain('&#x3C;script>');
  });
});

describe('actor pages', () => {
  test('aliases with counts and rules, mentions grouped by article', () => {
    const sisi = actor('abdel-fattah-el-sisi');
    expect(sisi.aliases.map((a) => [a.text, a.count, a.rule])).toEqual([
      ['Abdel Fattah el-Sisi', 1, 'exact'],
      ['Sisi', 1, 'surname'],
    ]);
    expect(sisi.typeLabel).toBe('person');
    expect(sisi.mentionsByArticle).toHaveLength(1);
    expect(sisi.mentionsByArticle[0]!.sentences[1]!.parts).toEqual([
      { text: 'Sisi', mark: true },
      { text: ' met them again this week in Cairo.', mark: false },
    ]);
  });

  test('type votes are evidence, highest first, zero votes left out', () => {
    expect(actor('hamas').typeVotes).toEqual([{ type: 'organization', label: 'organisation', count: 1 }]);
  });

  test('a group links to its country and the country back', () => {
    expect(actor('qatari').country?.href).toBe('/actors/qatar/');
    expect(actor('qatar').groups.map((g) => g.href)).toEqual(['/actors/qatari/']);
  });

  test('co-occurring actors are counted per sentence and per article', () => {
    const cairo = actor('cairo');
    expect(cairo.sameSentence.map((a) => `${a.text}:${a.count}`)).toEqual(['Qatar:2', 'Abdel Fattah el-Sisi:1', 'Egypt:1']);
    expect(cairo.sameArticle.map((a) => `${a.text}:${a.count}`)).toEqual([
      'Qatar:2', 'Abdel Fattah el-Sisi:1', 'Egypt:1', 'Hamas:1', 'Qatari:1',
    ]);
    expect(cairo.mentionsByArticle.map((m) => m.article.text)).toEqual([talks!.title, stall!.title]);
    expect(cairo.firstSeen?.datetime).toBe('2024-02-02');
  });

  test('the actor index groups by type and sorts by mentions', () => {
    expect(site.actorIndex.total).toBe(6);
    expect(site.actorIndex.groups.find((g) => g.type === 'place')!.actors.map((a) => `${a.text}:${a.count}`)).toEqual([
      'Cairo:3', 'Qatar:2', 'Egypt:1',
    ]);
  });
});

describe('timeline', () => {
  test('events are in order under month headings, other dated references beside them', () => {
    expect(site.timeline.groups.map((g) => [g.label, g.anchor, g.entries.map((e) => e.text), g.references.map((r) => r.text)])).toEqual([
      ['January 2024', 'm-2024-01', ['Rocket attack on a checkpoint', 'Abdel Fattah el-Sisi meets negotiators in Cairo'], ['last Friday']],
      ['February 2024', 'm-2024-02', ['Talks between Egypt and Qatar in Cairo'], []],
      ['March 2024', 'm-2024-03', [], ['March']],
    ]);
    const friday = site.timeline.groups[0]!.references[0]!;
    expect(friday.date).toEqual({ text: '26 January 2024', datetime: '2024-01-26' });
    expect(friday.explanation).toContain('last Friday');
    expect(friday.sentence.href).toBe('/articles/ceasefire-talks-resume-in-cairo/#s-4');
    expect(friday.sentence.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['last Friday']);
    expect(friday.range).toBeNull();
    expect(site.timeline.groups[0]!.entries[1]!.range).toBe('29 January – 4 February 2024');
  });

  test('undated items are listed apart, not hidden', () => {
    expect(site.timeline.undatedReferences.map((e) => [e.text, e.basis, e.date.datetime])).toEqual([['last week', 'unresolved', null]]);
  });

  test('items coarser than a month get their own heading', () => {
    const item = { ...fixtureCorpus.timeline[0]!, value: '2024', precision: 'year' as const, from: '2024-01-01', to: '2024-12-31' };
    const corpus: Corpus = { ...fixtureCorpus, events: [], timeline: [item, ...fixtureCorpus.timeline] };
    const groups = buildSiteData(corpus, { pathPrefix: '/', siteTitle: 'x' }).timeline.groups;
    expect(groups.map((g) => g.label)).toEqual(['Across 2024', 'January 2024', 'February 2024', 'March 2024']);
  });
});

describe('home', () => {
  test('covers the corpus: count, date range ignoring undated, articles, latest dates', () => {
    expect(site.home.articleCount).toBe(2);
    expect(site.home.undatedCount).toBe(1);
    expect(site.home.dateRange).toEqual({
      from: { text: '2 February 2024', datetime: '2024-02-02' },
      to: { text: '2 February 2024', datetime: '2024-02-02' },
    });
    expect(site.home.articles.map((a) => [a.date.text, a.source, a.href])).toEqual([
      ['2 February 2024', 'Example Wire', '/articles/ceasefire-talks-resume-in-cairo/'],
      ['Undated', 'Daily Example', '/articles/talks-stall-script/'],
    ]);
    expect(site.home.latest.map((e) => e.value)).toEqual(['2024-03', '2024-02-01', '2024-W05', '2024-01-28', '2024-01-27']);
    // Key events: reported in the most articles first, calendar order among equals.
    expect(site.home.keyEvents.map((e) => e.slug)).toEqual(['rocket-attack-on-a-checkpoint', 'talks-in-cairo', 'sisi-meets-negotiators-in-cairo']);
    expect(site.home.eventCount).toBe(3);
    expect(site.home.topActors.map((g) => g.type)).toEqual(['person', 'organization', 'group', 'place']);
  });
});

describe('data export', () => {
  test('is the corpus as valid JSON with sorted keys', () => {
    const parsed = JSON.parse(site.data.json) as Corpus;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(fixtureCorpus)));
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(site.data.json).toContain('"value": "Talks \\"stall\\" <script>alert(1)</script>"');
  });

  test('does not depend on the key order the corpus was built in', () => {
    const reordered = Object.fromEntries(Object.entries(fixtureCorpus).reverse()) as unknown as Corpus;
    expect(buildSiteData(reordered, { pathPrefix: '/', siteTitle: 'Cairo talks' }).data.json).toBe(site.data.json);
  });
});

test('building twice gives identical site data', () => {
  expect(JSON.stringify(buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'Cairo talks' }))).toBe(JSON.stringify(site));
});

test('an empty corpus still builds', () => {
  const empty: Corpus = { ...fixtureCorpus, articles: [], analyses: [], mentionEntities: [], entities: [], timeline: [], undated: [], diagnostics: [] };
  const data = buildSiteData(empty, { pathPrefix: '/', siteTitle: 'x' });
  expect(data.home.dateRange).toBeNull();
  expect(data.articles).toEqual([]);
  expect(data.timeline.groups).toEqual([]);
});
