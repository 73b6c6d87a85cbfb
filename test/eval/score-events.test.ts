import { describe, expect, it } from 'vitest';
import type { Analysis, Article, ArticleId, EventMention, EventType, Sentence } from '../../src/model.ts';
import { locateSentence, scoreEvents, typeMatches } from '../../src/eval/score-events.ts';

const text = 'Rebels shelled the town on Monday. The army said it would respond. Talks resumed in Doha.';
const sentences: Sentence[] = [
  { index: 0, start: 0, end: 34, paragraph: 0, tense: 'past' },
  { index: 1, start: 35, end: 66, paragraph: 0, tense: 'past' },
  { index: 2, start: 67, end: 89, paragraph: 0, tense: 'past' },
];
const event = (type: EventType, sentence: number): EventMention => ({
  start: sentences[sentence]!.start, end: sentences[sentence]!.start + 1, type, trigger: 'x', sentence, modality: 'asserted',
  agents: [], targets: [], places: [], time: null, timeBasis: null,
});
const article = { id: 'a' as ArticleId, file: 'a.txt', text } as Article;
const analysis = { articleId: article.id, analyzerVersion: 't', sentences, mentions: [], times: [], diagnostics: [],
  events: [event('strike', 0), event('statement', 1), event('visit', 2)] } as unknown as Analysis;

describe('typeMatches', () => {
  const CASES: [string, EventType, boolean, boolean][] = [
    ['attack', 'attack', false, true],
    ['attack', 'strike', false, false],
    ['attack', 'strike', true, true],
    ['killing', 'attack', true, false],
    ['other', 'visit', true, false],
  ];
  it.each(CASES)('gold %s vs ours %s (family %s) → %s', (gold, ours, family, expected) => {
    expect(typeMatches(gold, ours, family)).toBe(expected);
  });
});

describe('locateSentence', () => {
  it('maps a verbatim gold sentence to our sentence index', () => {
    expect(locateSentence(text, sentences, 'The army said it would respond.')).toEqual([1]);
  });
  it('folds curly quotes and white space', () => {
    expect(locateSentence('He said “no”  today.', [{ index: 0, start: 0, end: 20, paragraph: 0, tense: null }], 'He said "no" today.')).toEqual([0]);
  });
  it('returns null for a sentence that is not in the text', () => {
    expect(locateSentence(text, sentences, 'Nothing like this.')).toBeNull();
  });
});

describe('scoreEvents', () => {
  const gold = [{ file: 'a.txt', events: [
    { summary: 'shelling', type: 'attack', sentence: 'Rebels shelled the town on Monday.' },
    { summary: 'army statement', type: 'statement', sentence: 'The army said it would respond.' },
    { summary: 'talks', type: 'negotiation', sentence: 'Talks resumed in Doha.' },
    { summary: 'something else', type: 'other', sentence: 'Talks resumed in Doha.' },
  ] }];
  const score = scoreEvents({ articles: [article], analyses: [analysis] }, gold);

  it('counts strict and family recall, leaving gold "other" apart', () => {
    expect(score.gold).toBe(3);
    expect(score.found).toBe(1);
    expect(score.foundFamily).toBe(2);
    expect(score.other).toEqual({ gold: 1, found: 1 });
  });
  it('reports recall per gold type and precision against the gold', () => {
    expect(score.byType['statement']).toEqual({ gold: 1, found: 1 });
    expect(score.byType['negotiation']).toEqual({ gold: 1, found: 0 });
    expect(score.predicted).toBe(3);
    expect(score.predictedMatched).toBe(2);
  });
});
