import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.ts';
import type { GoldArticle } from '../../src/eval/gold.ts';
import { prf, scoreEntities } from '../../src/eval/score-entities.ts';
import { scoreTimes } from '../../src/eval/score-times.ts';
import type { Analysis, Corpus, Entity, EntityId, EntityType, Mention, Slug, TimeExpression } from '../../src/model.ts';

const TEXT = 'Mayor Ana Lima met Lima officials in Porto on Monday. Lima said the Port Authority agreed.';
const article = { ...articleFromText('a', TEXT, '2023-05-03'), file: 'a.txt' };

function mention(text: string, type: EntityType, from = 0): Mention {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text, type, sentence: 0, name: text, evidence: [] };
}
function entity(id: string, type: EntityType): Entity {
  return { id: id as EntityId, slug: id as Slug, name: id, type, typeVotes: {}, aliases: [], mentions: [], articles: [article.id] };
}
const time: TimeExpression = {
  start: TEXT.indexOf('on Monday'), end: TEXT.indexOf('on Monday') + 9, text: 'on Monday', type: 'date', value: '2023-05-01',
  basis: 'relative', explanation: '', sentence: 0,
};

function corpus(mentions: Mention[], ids: string[], entities: Entity[], times: TimeExpression[] = []): Corpus {
  const analysis: Analysis = { articleId: article.id, analyzerVersion: 't', sentences: [], mentions, times, events: [], quotes: [], figures: [], diagnostics: [] };
  return {
    generator: { name: 'newsweave', version: 't' }, articles: [article], analyses: [analysis],
    mentionEntities: [ids as EntityId[]], entities, events: [], timeline: [], undated: [], diagnostics: [],
  };
}

const gold: GoldArticle = {
  file: 'a.txt', title: 't', published: '2023-05-03', byline: null, outlet: null,
  entities: [
    { name: 'Ana Lima', type: 'person', aliases: ['Ana Lima', 'Lima'], mentions: 2 },
    { name: 'Porto', type: 'place', aliases: ['Porto'], mentions: 1 },
    { name: 'Port Authority', type: 'organization', aliases: ['Port Authority'], mentions: 1 },
  ],
  times: [{ text: 'on Monday', value: '2023-05-01', basis: '', offset: TEXT.indexOf('on Monday') }],
};

describe('prf', () => {
  it.each([
    [1, 0, 0, 1, 1, 1],
    [1, 1, 0, 0.5, 1, 2 / 3],
    [0, 0, 3, 0, 0, 0],
  ])('tp %i fp %i fn %i', (tp, fp, fn, p, r, f) => {
    const s = prf(tp, fp, fn);
    expect([s.precision, s.recall, s.f1].map((x) => +x.toFixed(6))).toEqual([p, r, f].map((x) => +x.toFixed(6)));
  });
});

describe('scoreEntities', () => {
  it('counts a complete actor, a missing one, a split and a spurious page', () => {
    const c = corpus(
      [mention('Ana Lima', 'person'), mention('Porto', 'place'), mention('Lima', 'person', TEXT.indexOf('Lima said')), mention('Mayor', 'person')],
      ['ana-lima', 'porto', 'lima', 'mayor'],
      [entity('ana-lima', 'person'), entity('porto', 'place'), entity('lima', 'person'), entity('mayor', 'person')],
    );
    const s = scoreEntities(c, [gold], null);
    expect(s.gold).toBe(3);
    expect(s.found).toBe(2);
    expect(s.complete).toBe(1); // Porto; Ana Lima is split into two actors
    expect(s.splitPages).toBe(1);
    expect(s.spuriousPages).toBe(1);
    expect(s.byType.organization.fn).toBe(1);
    expect(s.byType.place).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('scoreTimes', () => {
  it('aligns gold offsets and checks values', () => {
    const s = scoreTimes(corpus([], [], [], [time]), [gold], new Map([['a.txt', TEXT]]));
    expect(s.strict).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.rightValue).toBe(1);
    expect(s.publishedRight).toBe(1);
  });

  it('counts a wrong value as found but not right', () => {
    const s = scoreTimes(corpus([], [], [], [{ ...time, value: '2023-05-08' }]), [gold], new Map([['a.txt', TEXT]]));
    expect(s.relaxed.tp).toBe(1);
    expect(s.rightValue).toBe(0);
  });
});
