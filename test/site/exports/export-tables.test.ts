import { describe, expect, test } from 'vitest';
import type { Corpus, Event, EventId, Slug } from '../../../src/model.ts';
import { exportTables } from '../../../src/site/exports/export-tables.ts';
import type { ExportTable } from '../../../src/site/exports/export-table.ts';
import { siteContext } from '../../../src/site/site-context.ts';
import { fixtureCorpus } from '../../fixtures/corpus/corpus.ts';

const tablesOf = (corpus: Corpus, prefix = '/'): Map<string, ExportTable> =>
  new Map(exportTables(siteContext(corpus, prefix)).map((t) => [t.name, t]));
const tables = tablesOf(fixtureCorpus);

/** The rows of a table as objects keyed by column. */
function records(table: ExportTable | undefined): Record<string, string | number | null>[] {
  if (!table) throw new Error('no such table');
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.key, row[i] ?? null])));
}
const rowsOf = (name: string, corpus?: Corpus) => records((corpus ? tablesOf(corpus) : tables).get(name));

const LOCATION = ['article', 'sentence', 'sentence_start', 'sentence_end', 'start', 'end'];
const countOf = (pick: (a: Corpus['analyses'][number]) => readonly unknown[]) =>
  fixtureCorpus.analyses.reduce((n, a) => n + pick(a).length, 0);

describe('exportTables on the fixture corpus', () => {
  test('lists the tables in a fixed order', () => {
    expect([...tables.keys()]).toEqual(['articles', 'actors', 'mentions', 'events', 'quotes', 'figures', 'timeline']);
  });

  test.each<[string, readonly string[], number]>([
    ['articles', ['id', 'slug', 'file', 'title', 'published', 'published_basis', 'source', 'author', 'url', 'page'], fixtureCorpus.articles.length],
    ['actors', ['id', 'name', 'type', 'aliases', 'mentions', 'articles', 'page'], fixtureCorpus.entities.length],
    ['mentions', [...LOCATION, 'text', 'type', 'actor'], countOf((a) => a.mentions)],
    [
      'events',
      [
        'event', 'event_title', 'event_page', 'reacts_to', 'type', 'trigger', 'date', 'date_precision', 'date_basis', 'date_found',
        'agents', 'agent_actors', 'targets', 'target_actors', 'places', 'place_actors', 'figures', 'modality', ...LOCATION, 'page',
      ],
      countOf((a) => a.events),
    ],
    ['quotes', [...LOCATION, 'speaker', 'speaker_actor', 'speaker_via', 'quote', 'page'], countOf((a) => a.quotes)],
    ['figures', [...LOCATION, 'value', 'unit', 'qualifier', 'text', 'noun', 'category', 'event', 'page'], countOf((a) => a.figures)],
    ['timeline', ['value', 'precision', 'from', 'to', ...LOCATION, 'text', 'basis', 'explanation', 'page'], fixtureCorpus.timeline.length],
  ])('%s: columns in order, one row per item, every column explained', (name, keys, rowCount) => {
    const table = tables.get(name)!;
    expect(table.columns.map((c) => c.key)).toEqual(keys);
    expect(table.rows).toHaveLength(rowCount);
    expect(rowCount).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(keys.length);
    for (const column of table.columns) expect(column.meaning.length, column.key).toBeGreaterThan(5);
  });

  test.each<[string, string]>([
    ['mentions', 'text'],
    ['events', 'trigger'],
    ['quotes', 'quote'],
    ['figures', 'text'],
    ['timeline', 'text'],
  ])('%s: start/end cut the %s column out of the article text, inside its sentence', (name, textKey) => {
    for (const row of rowsOf(name)) {
      const article = fixtureCorpus.articles.find((a) => a.id === row.article)!;
      const [start, end] = [Number(row.start), Number(row.end)];
      expect(article.text.slice(start, end)).toBe(row[textKey]);
      expect(Number(row.sentence_start)).toBeLessThanOrEqual(start);
      expect(end).toBeLessThanOrEqual(Number(row.sentence_end));
      const sentence = fixtureCorpus.analyses[fixtureCorpus.articles.indexOf(article)]!.sentences[Number(row.sentence)]!;
      expect([sentence.start, sentence.end]).toEqual([row.sentence_start, row.sentence_end]);
    }
  });

  test.each(['events', 'quotes', 'figures', 'timeline'])('%s: page links to the sentence', (name) => {
    for (const row of rowsOf(name)) {
      const slug = fixtureCorpus.articles.find((a) => a.id === row.article)!.slug;
      expect(row.page).toBe(`/articles/${slug}/#s-${Number(row.sentence) + 1}`);
    }
  });

  test('every URL carries the path prefix', () => {
    const prefixed = tablesOf(fixtureCorpus, '/news/');
    for (const name of ['articles', 'actors', 'events']) {
      for (const row of records(prefixed.get(name))) expect(String(row.page)).toMatch(/^\/news\//);
    }
  });

  test('articles: unknown values are empty, markup in a title is plain text', () => {
    const stall = rowsOf('articles').find((r) => r.id === 'stall')!;
    expect(stall).toMatchObject({ published: null, published_basis: 'unknown', author: null, url: null, title: 'Talks "stall" <script>alert(1)</script>' });
  });

  test('actors: sorted by id, aliases joined with |, counts', () => {
    const actors = rowsOf('actors');
    const ids = actors.map((r) => String(r.id));
    expect(ids).toEqual([...ids].sort());
    expect(actors.find((r) => r.id === 'abdel-fattah-el-sisi')).toMatchObject({ aliases: 'Abdel Fattah el-Sisi|Sisi', mentions: 2, articles: 1 });
  });

  test('mentions: each names the actor it resolved to', () => {
    const sisi = rowsOf('mentions').filter((r) => r.actor === 'abdel-fattah-el-sisi').map((r) => r.text);
    expect(sisi).toEqual(['Abdel Fattah el-Sisi', 'Sisi']);
  });

  test('quotes: speaker as written, resolved actor and how it was found', () => {
    expect(rowsOf('quotes')[0]).toMatchObject({ speaker: 'he', speaker_actor: 'abdel-fattah-el-sisi', speaker_via: 'pronoun', quote: 'The talks will go on' });
  });
});

describe('events.csv: one row per event report', () => {
  const events = rowsOf('events');

  test('a clustered report carries its event, the date it gives and the figures attached to it', () => {
    const attack = events.filter((r) => r.type === 'attack');
    expect(attack.map((r) => [r.event, r.date, r.date_basis, r.figures])).toEqual([
      ['attack/2024-01-27/checkpoint', '2024-01-27', 'relative', 'wounded=34'],
      ['attack/2024-01-27/checkpoint', '2024-01-28', 'stated', 'wounded=more than 40'],
    ]);
    expect(attack[0]).toMatchObject({ event_title: 'Rocket attack on a checkpoint', event_page: '/events/rocket-attack-on-a-checkpoint/', targets: 'a checkpoint' });
  });

  test('participants as written, and the ids of those that are actors', () => {
    expect(events[0]).toMatchObject({ agents: 'Egypt|Qatar', agent_actors: 'egypt|qatar', places: 'Cairo', place_actors: 'cairo', targets: null });
    const sisi = events.find((r) => r.event === 'negotiation/2024-W05/sisi')!;
    expect(sisi).toMatchObject({ targets: 'them', target_actors: null, date: '2024-W05', date_precision: 'week' });
  });

  test('mentions in no event are still listed, with an empty event id', () => {
    const loose = events.filter((r) => r.event === null);
    expect(loose.map((r) => [r.trigger, r.modality])).toEqual([['talks', 'future'], ['said', 'asserted']]);
    expect(loose.every((r) => r.event_title === null && r.event_page === null && r.figures === null)).toBe(true);
  });

  test('with no events grouped, every event mention is a report of no event', () => {
    const ungrouped = rowsOf('events', { ...fixtureCorpus, events: [] });
    expect(ungrouped).toHaveLength(countOf((a) => a.events));
    expect(ungrouped.every((r) => r.event === null && r.figures === null)).toBe(true);
    expect(rowsOf('figures', { ...fixtureCorpus, events: [] }).every((r) => r.event === null)).toBe(true);
  });

  test('a mention grouped into two events gives two rows; a figure attached to both names both', () => {
    const first = fixtureCorpus.events[0]!;
    const twin: Event = { ...first, id: 'attack/twin' as EventId, slug: 'twin' as Slug, title: 'Twin', reports: [first.reports[0]!] };
    const doubled = rowsOf('events', { ...fixtureCorpus, events: [...fixtureCorpus.events, twin] });
    expect(doubled).toHaveLength(events.length + 1);
    const report = first.reports[0]!;
    const trigger = fixtureCorpus.analyses[0]!.events[report.event]!;
    expect(doubled.filter((r) => r.start === trigger.start && r.article === report.articleId).map((r) => r.event)).toEqual([first.id, 'attack/twin']);
    const figure = rowsOf('figures', { ...fixtureCorpus, events: [...fixtureCorpus.events, twin] })[0]!;
    expect(figure.event).toBe(`${first.id}|attack/twin`);
  });
});

describe('figures.csv', () => {
  test('value, unit, qualifier, and the event each figure belongs to', () => {
    expect(rowsOf('figures').map((r) => [r.value, r.unit, r.qualifier, r.noun, r.event])).toEqual([
      [34, 'wounded', null, 'people', 'attack/2024-01-27/checkpoint'],
      [40, 'wounded', 'more than', 'people', 'attack/2024-01-27/checkpoint'],
    ]);
  });
});

describe('timeline.csv', () => {
  test('in timeline order, with the days each value covers', () => {
    const rows = rowsOf('timeline');
    expect(rows.map((r) => r.from)).toEqual(fixtureCorpus.timeline.map((t) => t.from));
    expect(rows.find((r) => r.value === '2024-W05')).toMatchObject({ precision: 'week', from: '2024-01-29', to: '2024-02-04', text: 'this week' });
  });
});
