import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { parseCuration } from '../../src/ingest/parse-curation.ts';
import type { ArticleId, Corpus, Entity, EntityId, EntityType, Slug } from '../../src/model.ts';
import { duplicatesPage, mergeSnippet } from '../../src/site/duplicates-page.ts';
import { siteContext } from '../../src/site/site-context.ts';
import { buildSiteData } from '../../src/site/site-data.ts';
import { fixtureCorpus } from '../fixtures/corpus/corpus.ts';

/** An invented actor with `n` mentions. */
function actor(name: string, type: EntityType, n: number): Entity {
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    id: id as EntityId,
    slug: id as Slug,
    name,
    type,
    typeVotes: { [type]: n },
    aliases: [{ text: name, count: n, rule: 'exact' }],
    mentions: Array.from({ length: n }, (_, i) => ({ articleId: 'a' as ArticleId, mention: i })),
    articles: ['a' as ArticleId],
  };
}

const page = (entities: Entity[], prefix = '/') => duplicatesPage(siteContext({ ...fixtureCorpus, entities } as Corpus, prefix));

describe('duplicatesPage', () => {
  const entities = [
    actor('Tessaly Marrow', 'person', 2),
    actor('Jon Marrow', 'person', 5),
    actor('Orvane Trust', 'organization', 1),
    actor('Orvanne Trust', 'organization', 3),
    actor('Orvane', 'place', 4), // another type: never paired with the trust
  ];

  it('lists each pair, more mentioned actor first, highest score first, with a merge rule', () => {
    const { pairs, path, href, aliasFile } = page(entities);
    expect({ path, href, aliasFile }).toEqual({ path: '/actors/duplicates/', href: '/actors/duplicates/', aliasFile: 'newsweave.aliases.yml' });
    expect(pairs.map((p) => [p.a.text, p.a.count, p.b.text, p.b.count, p.typeLabel, p.reason])).toEqual([
      ['Orvanne Trust', 3, 'Orvane Trust', 1, 'organisation', 'same consonant skeleton'],
      ['Jon Marrow', 5, 'Tessaly Marrow', 2, 'person', 'same surname'],
    ]);
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort().reverse());
    expect(pairs[0]!.score).toMatch(/^\d\.\d\d$/);
    expect(pairs[0]!.a.href).toBe('/actors/orvanne-trust/');
    expect(pairs[0]!.snippet).toBe('merge:\n  - ["Orvanne Trust", "Orvane Trust"]\n');
  });

  it('applies the path prefix to links', () => {
    const { href, actorsHref, pairs } = page(entities, '/news/');
    expect([href, actorsHref, pairs[0]!.b.href]).toEqual(['/news/actors/duplicates/', '/news/actors/', '/news/actors/orvane-trust/']);
  });

  it.each([
    ['no actors', []],
    ['actors of different types', [actor('Orvane Trust', 'organization', 1), actor('Orvane Trusts', 'place', 1)]],
    ['unlike names', [actor('Tessaly Marrow', 'person', 1), actor('Hollin Gate', 'person', 1)]],
  ])('has no pairs with %s', (_, list) => {
    expect(page(list).pairs).toEqual([]);
  });

  it('is part of the site data', () => {
    expect(buildSiteData(fixtureCorpus, { pathPrefix: '/', siteTitle: 'x' }).duplicates.path).toBe('/actors/duplicates/');
  });
});

describe('mergeSnippet', () => {
  it.each([
    ['plain names', 'Orvane Trust', 'Orvanne Trust'],
    ['quotes and backslashes', 'The "Old" Trust', 'Back\\slash'],
    ['YAML syntax in names', '- [x]: #y', '{a: b}, &c *d'],
    ['markup', '<script>alert(1)</script>', 'A & B'],
  ])('is a valid alias-file rule for %s', (_, a, b) => {
    const snippet = mergeSnippet(a, b);
    expect(load(snippet)).toEqual({ merge: [[a, b]] });
    expect(parseCuration(snippet, 'f.yml').curation.merge).toEqual([{ names: [a, b], line: 2 }]);
  });
});
