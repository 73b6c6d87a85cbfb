import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../src/link/cluster-events.ts';
import { figureText } from '../../src/link/find-discrepancies.ts';
import { impliedRange } from '../../src/link/events/implied-range.ts';
import type { FigureQualifier } from '../../src/model.ts';
import { tinyCorpus, type TinyArticle } from './events/tiny-corpus.ts';

const TARVIK = { text: 'Tarvik', entity: 'tarvik' };

/** One report: an attack on Tarvik on a date, killing 3 and wounding a hedged number, in a place described by `where`. */
function report(id: string, date: { text: string; value: string }, wounded: { text: string; value: number; qualifier?: FigureQualifier }, where = 'the port of'): TinyArticle {
  const text = `A drone attack on ${date.text} killed 3 soldiers and wounded ${wounded.text} people at a base in ${where} Tarvik.`;
  return {
    id, published: '2024-03-10', source: `Outlet ${id.toUpperCase()}`,
    paragraphs: [{
      text, mentions: [TARVIK], times: [date],
      events: [
        { trigger: 'attack', type: 'attack', places: ['Tarvik'], time: date.text },
        { trigger: 'killed', type: 'killing', places: ['Tarvik'], time: date.text },
        { trigger: 'wounded', type: 'wounding', places: ['Tarvik'], time: date.text },
      ],
      figures: [
        { text: '3', value: 3, unit: 'killed' },
        { text: wounded.text.replace(/^\D+/, ''), value: wounded.value, unit: 'wounded', ...(wounded.qualifier ? { qualifier: wounded.qualifier } : {}) },
      ],
    }],
  };
}

/** A report with no figures: the same attack on Tarvik, told by its date only. */
function bare(id: string, date: { text: string; value: string }): TinyArticle {
  const velan = { text: 'Velan Front', entity: 'velan-front', type: 'group' as const };
  return {
    id, published: '2024-03-10',
    paragraphs: [{
      text: `Velan Front shelled Tarvik on ${date.text}.`, mentions: [velan, TARVIK], times: [date],
      events: [{ trigger: 'shelled', type: 'strike', agents: ['Velan Front'], places: ['Tarvik'], time: date.text }],
    }],
  };
}

const MARCH_8 = { text: 'March 8', value: '2024-03-08' };
const MARCH_9 = { text: 'March 9', value: '2024-03-09' };

function discrepancies(a: TinyArticle, b: TinyArticle) {
  const events = clusterEvents(tinyCorpus([a, b]));
  expect(events).toHaveLength(1);
  return events[0]!.discrepancies;
}

describe('findDiscrepancies', () => {
  const CASES: [string, TinyArticle, TinyArticle, string[]][] = [
    ['counts that cannot both be right', report('a', MARCH_8, { text: '34', value: 34 }), report('b', MARCH_8, { text: 'more than 40', value: 40, qualifier: 'more than' }), ['count:wounded:major']],
    ['hedged counts that can both be right (minor)', report('a', MARCH_8, { text: 'about 85', value: 85, qualifier: 'about' }), report('b', MARCH_8, { text: 'more than 85', value: 85, qualifier: 'more than' }), ['count:wounded:minor']],
    ['dates a day apart, reports sharing a count (one incident)', report('a', MARCH_8, { text: '34', value: 34 }), report('b', MARCH_9, { text: '34', value: 34 }), ['date::major']],
    ['dates a day apart, reports sharing no count (perhaps two days of one campaign)', bare('a', MARCH_8), bare('b', MARCH_9), ['date::minor']],
    ['compass words that contradict', report('a', MARCH_8, { text: '34', value: 34 }, 'northeastern'), report('b', MARCH_8, { text: '34', value: 34 }, 'northwest'), ['place::major']],
    // False positives: agreeing reports raise nothing.
    ['the same figures, date and place', report('a', MARCH_8, { text: '34', value: 34 }), report('b', MARCH_8, { text: '34', value: 34 }), []],
    ['compass words that agree (north vs northeastern)', report('a', MARCH_8, { text: '34', value: 34 }, 'north'), report('b', MARCH_8, { text: '34', value: 34 }, 'northeastern'), []],
  ];
  it.each(CASES)('%s', (_, a, b, expected) => {
    expect(discrepancies(a, b).map((d) => `${d.kind}:${d.unit ?? ''}:${d.minor ? 'minor' : 'major'}`)).toEqual(expected);
  });

  it('lists each value with its article and sentence, and summarises them by outlet', () => {
    const [d] = discrepancies(report('a', MARCH_8, { text: '34', value: 34 }), report('b', MARCH_8, { text: 'more than 40', value: 40, qualifier: 'more than' }));
    expect(d?.values).toEqual([
      { articleId: 'a', value: '34', sentence: 0 },
      { articleId: 'b', value: 'more than 40', sentence: 0 },
    ]);
    expect(d?.summary).toBe('wounded: 34 (Outlet A) vs more than 40 (Outlet B)');
  });
});

describe('impliedRange and figureText', () => {
  const CASES: [number, FigureQualifier | null, number, readonly [number, number]][] = [
    [34, null, Infinity, [34, 34]],
    [40, 'more than', Infinity, [40.4, Infinity]],
    [40, 'more than', 1.5, [40.4, 60]],
    [85, 'about', Infinity, [76.5, 93.5]],
    [10, 'up to', Infinity, [0, 10]],
  ];
  it.each(CASES)('%d %s (open factor %d)', (value, qualifier, factor, range) => {
    const [lo, hi] = impliedRange(value, qualifier, factor);
    const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10) / 10 : x);
    expect([round(lo), round(hi)]).toEqual([range[0], range[1]]);
  });
  it('writes thousands with separators and the hedge first', () => expect(figureText({ value: 27000, qualifier: 'more than' })).toBe('more than 27,000'));
});
