import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../src/link/apply-curation.ts';
import { buildCorpus } from '../../src/link/build-corpus.ts';
import { dropIgnoredMentions } from '../../src/link/drop-ignored-mentions.ts';
import { resolveEntities } from '../../src/link/resolve-entities.ts';
import type { Analysis, Article, ArticleId, Curation, Entity, EntityType, Mention } from '../../src/model.ts';

type Spec = readonly [text: string, type: EntityType];

/** An article whose mentions are the given names, found in order in the body. */
function doc(id: string, specs: readonly Spec[]): { article: Article; analysis: Analysis } {
  const body = specs.map(([text]) => `${text} spoke.`).join(' ');
  let from = 0;
  const mentions: Mention[] = specs.map(([text, type], i) => {
    const start = body.indexOf(text, from);
    from = start + text.length;
    return { start, end: start + text.length, text, type, sentence: i, name: text.replace(/^The /, ''), evidence: [] };
  });
  const articleId = id as ArticleId;
  return {
    article: { id: articleId, text: body } as unknown as Article,
    analysis: { articleId, analyzerVersion: 't', sentences: [], mentions, times: [], events: [], quotes: [], figures: [], diagnostics: [] },
  };
}

/** Two invented articles: one person under two spellings the resolver keeps apart, and a few others. */
const docs = [
  doc('a', [['Dana Vellor', 'person'], ['Harrow Ridge', 'place'], ['Tarn Union', 'organization'], ['Pell Yard', 'place']]),
  doc('b', [['Dana Kestrel', 'person'], ['Tarn Union', 'organization'], ['Harrow Ridge', 'place'], ['Pell Yard', 'person']]),
];
const articles = docs.map((d) => d.article);
const analyses = docs.map((d) => d.analysis);
const resolved = resolveEntities({ articles, analyses });

function curation(rules: Partial<Omit<Curation, 'file'>>): Curation {
  return { file: 'newsweave.aliases.yml', merge: [], split: [], type: [], rename: [], ignore: [], ...rules };
}
const apply = (rules: Partial<Omit<Curation, 'file'>>, input = resolved, on = analyses) =>
  applyCuration(input.entities, input.mentionEntities, curation(rules), on);
const byName = (entities: readonly Entity[], name: string): Entity | undefined => entities.find((e) => e.name === name);
const summary = (entities: readonly Entity[]) => entities.map((e) => `${e.id} ${e.type} ${e.mentions.length}`);

describe('applyCuration', () => {
  it('changes nothing without rules', () => {
    const out = apply({});
    expect(out.entities).toEqual(resolved.entities);
    expect(out.mentionEntities).toEqual(resolved.mentionEntities);
    expect(out.diagnostics).toEqual([]);
  });

  it('merges actors named by any alias; merged-in names are curated', () => {
    expect(byName(resolved.entities, 'Dana Kestrel')).toBeDefined(); // kept apart by the resolver
    const out = apply({ merge: [{ names: ['dana vellor', 'Dana Kestrel'], line: 2 }] });
    const dana = byName(out.entities, 'dana vellor')!;
    expect(dana).toMatchObject({ id: 'dana-vellor', type: 'person', articles: ['a', 'b'], curated: ['merge'] });
    expect(dana.aliases).toEqual([
      { text: 'Dana Kestrel', count: 1, rule: 'curated' },
      { text: 'Dana Vellor', count: 1, rule: 'exact' },
    ]);
    expect(out.mentionEntities.map((row) => row[0])).toEqual(['dana-vellor', 'dana-vellor']);
    expect(byName(out.entities, 'Dana Kestrel')).toBeUndefined();
  });

  it('uses the given display name for a merge', () => {
    const out = apply({ merge: [{ names: ['Dana Kestrel', 'Dana Vellor'], name: 'Dana R. Vellor', line: 2 }] });
    expect(summary(out.entities)).toContain('dana-r-vellor person 2');
    expect(byName(out.entities, 'Dana R. Vellor')!.aliases.map((a) => a.rule)).toEqual(['curated', 'curated']);
  });

  it('splits a name out of the actor it was merged into', () => {
    const merged = apply({ merge: [{ names: ['Dana Vellor', 'Dana Kestrel'], line: 2 }] });
    const out = applyCuration(merged.entities, merged.mentionEntities, curation({ split: [{ name: 'Dana Kestrel', line: 5 }] }), analyses);
    expect(summary(out.entities).filter((s) => s.startsWith('dana'))).toEqual(['dana-kestrel person 1', 'dana-vellor person 1']);
    expect(byName(out.entities, 'Dana Kestrel')).toMatchObject({ curated: ['split'], aliases: [{ text: 'Dana Kestrel', count: 1, rule: 'exact' }] });
    expect(out.mentionEntities.map((row) => row[0])).toEqual(['dana-vellor', 'dana-kestrel']);
  });

  it('forces a type and keeps the votes as evidence', () => {
    const out = apply({ type: [{ name: 'tarn union', type: 'group', line: 3 }] });
    expect(byName(out.entities, 'Tarn Union')).toMatchObject({ type: 'group', typeVotes: { organization: 2 }, curated: ['type'] });
  });

  it('renames an actor: new slug, mentions follow', () => {
    const out = apply({ rename: [{ from: "Tarn Union's", to: 'Tarn Workers Union', line: 4 }] });
    const tarn = byName(out.entities, 'Tarn Workers Union')!;
    expect(tarn).toMatchObject({ id: 'tarn-workers-union', slug: 'tarn-workers-union', curated: ['name'] });
    expect(out.mentionEntities.map((row) => row.filter((id) => id === tarn.id).length)).toEqual([1, 1]);
  });

  it('keeps the ids of actors no rule touched', () => {
    const out = apply({ rename: [{ from: 'Tarn Union', to: 'Tarn Workers Union', line: 4 }] });
    const before = resolved.entities.filter((e) => e.name !== 'Tarn Union');
    expect(out.entities.filter((e) => e.name !== 'Tarn Workers Union')).toEqual(expect.arrayContaining(before));
  });

  it('gives a changed actor a unique slug, never a reserved one', () => {
    const out = apply({ rename: [{ from: 'Tarn Union', to: 'Harrow Ridge', line: 4 }, { from: 'Dana Vellor', to: 'Duplicates', line: 5 }] });
    expect(out.entities.map((e) => e.id).sort()).toEqual(['dana-kestrel', 'duplicates-2', 'harrow-ridge', 'harrow-ridge-2', 'pell-yard']);
  });

  it.each([
    ['merge', { merge: [{ names: ['Dana Vellor', 'Nobody Here'], line: 7 }] }, "merge: no actor is named 'Nobody Here'"],
    ['split', { split: [{ name: 'Nobody Here', line: 7 }] }, "split: no actor is named 'Nobody Here'"],
    ['type', { type: [{ name: 'Nobody Here', type: 'place' as const, line: 7 }] }, "type: no actor is named 'Nobody Here'"],
    ['rename', { rename: [{ from: 'Nobody Here', to: 'X', line: 7 }] }, "rename: no actor is named 'Nobody Here'"],
  ])('warns at its line when a %s rule names no actor', (_, rules, reason) => {
    const out = apply(rules);
    expect(out.diagnostics).toEqual([{ file: 'newsweave.aliases.yml', line: 7, severity: 'warning', ruleId: 'curation-unknown-name', reason }]);
  });

  it.each([
    ['a merge of names already one actor', { merge: [{ names: ['Harrow Ridge', 'the Harrow Ridge'], line: 8 }] }],
    ['a split of an actor with no other name', { split: [{ name: 'Harrow Ridge', line: 8 }] }],
  ])('says %s has no effect', (_, rules) => {
    const out = apply(rules);
    expect(out.diagnostics.map((d) => `${d.line} ${d.severity} ${d.ruleId}`)).toEqual(['8 info curation-no-effect']);
    expect(out.entities).toEqual(resolved.entities);
  });

  it('is deterministic: the same rules give the same result', () => {
    const rules = {
      merge: [{ names: ['Dana Kestrel', 'Dana Vellor'], line: 2 }],
      type: [{ name: 'Pell Yard', type: 'place' as const, line: 3 }],
      rename: [{ from: 'Harrow Ridge', to: 'Harrow Heights', line: 4 }],
    };
    expect(JSON.stringify(apply(rules))).toBe(JSON.stringify(apply(rules)));
  });
});

describe('dropIgnoredMentions', () => {
  const withEvent: Analysis = {
    ...analyses[0]!,
    events: [
      {
        start: 0, end: 1, type: 'statement', trigger: 'spoke', sentence: 0, modality: 'asserted',
        agents: [{ start: 0, end: 1, text: 'Harrow Ridge', mention: 1 }],
        targets: [{ start: 0, end: 1, text: 'Tarn Union', mention: 2 }],
        places: [], time: null, timeBasis: null,
      },
    ],
    quotes: [{ start: 0, end: 1, text: 'x', sentence: 0, speaker: { text: 'Pell Yard', mention: 3, via: 'said-after' } }],
  };

  it('drops matching mentions and renumbers what points at the others', () => {
    const { analyses: out, diagnostics } = dropIgnoredMentions([withEvent, analyses[1]!], [{ name: "harrow ridge's", line: 2 }], 'f.yml');
    expect(diagnostics).toEqual([]);
    expect(out[0]!.mentions.map((m) => m.text)).toEqual(['Dana Vellor', 'Tarn Union', 'Pell Yard']);
    expect(out[1]!.mentions.map((m) => m.text)).toEqual(['Dana Kestrel', 'Tarn Union', 'Pell Yard']);
    expect(out[0]!.events[0]!.agents).toEqual([{ start: 0, end: 1, text: 'Harrow Ridge' }]);
    expect(out[0]!.events[0]!.targets[0]!.mention).toBe(1);
    expect(out[0]!.quotes[0]!.speaker!.mention).toBe(2);
    expect(withEvent.mentions).toHaveLength(4); // the input is not changed
  });

  it.each([
    ['no rules', []],
    ['a rule matching nothing', [{ name: 'Nobody Here', line: 3 }]],
  ])('keeps every analysis as it is with %s', (_, rules) => {
    const { analyses: out } = dropIgnoredMentions(analyses, rules, 'f.yml');
    expect(out).toEqual(analyses);
    expect(out[0]).toBe(analyses[0]);
  });

  it('warns at the line of a rule that matched no mention', () => {
    const { diagnostics } = dropIgnoredMentions(analyses, [{ name: 'Nobody Here', line: 3 }], 'f.yml');
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.ruleId}`)).toEqual(['f.yml:3 warning curation-unknown-name']);
  });

  it('leaves no actor for ignored names once resolved', () => {
    const { analyses: kept } = dropIgnoredMentions(analyses, [{ name: 'Pell Yard', line: 3 }], 'f.yml');
    const { entities, mentionEntities } = resolveEntities({ articles, analyses: kept });
    expect(entities.map((e) => e.name)).not.toContain('Pell Yard');
    expect(mentionEntities.map((row, i) => row.length === kept[i]!.mentions.length)).toEqual([true, true]);
  });
});

describe('buildCorpus with a curation', () => {
  it('ignores, then resolves, then curates, and reports every rule problem', () => {
    const rules = curation({
      ignore: [{ name: 'Pell Yard', line: 2 }],
      merge: [{ names: ['Dana Vellor', 'Dana Kestrel'], line: 4 }],
      type: [{ name: 'Nobody Here', type: 'place', line: 6 }],
    });
    const corpus = buildCorpus(articles, analyses, [], '0', rules);
    expect(corpus.entities.map((e) => e.name)).toEqual(['Dana Vellor', 'Harrow Ridge', 'Tarn Union']);
    expect(corpus.analyses.map((a) => a.mentions.length)).toEqual([3, 3]);
    expect(corpus.mentionEntities.map((row) => row.length)).toEqual([3, 3]);
    expect(corpus.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['newsweave.aliases.yml:6 curation-unknown-name']);
  });

  it('gives the same corpus as before without a curation', () => {
    expect(buildCorpus(articles, analyses, [], '0', curation({}))).toEqual(buildCorpus(articles, analyses, [], '0'));
  });

  it('keeps an actor off a reserved slug even without rules', () => {
    const named = [doc('c', [['Duplicates', 'organization'], ['Tarn Union', 'organization']])];
    const corpus = buildCorpus(named.map((d) => d.article), named.map((d) => d.analysis), [], '0');
    expect(corpus.entities.map((e) => e.id)).toEqual(['duplicates-2', 'tarn-union']);
    expect(corpus.mentionEntities).toEqual([['duplicates-2', 'tarn-union']]);
  });
});
