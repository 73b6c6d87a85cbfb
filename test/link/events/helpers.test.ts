import { describe, expect, it } from 'vitest';
import { attachFigures } from '../../../src/link/events/attach-figures.ts';
import { bearingBefore, bearingsConflict } from '../../../src/link/events/compass.ts';
import { datesCompatible, daysDiffer } from '../../../src/link/events/compatible-dates.ts';
import { reportDate, type ReportDate } from '../../../src/link/events/event-date.ts';
import { eventFamily, isClusteredType } from '../../../src/link/events/event-family.ts';
import { eventTitle } from '../../../src/link/events/event-title.ts';
import type { EventMention, EventType, Figure, FigureUnit, TimeExpression } from '../../../src/model.ts';

const day = (value: string): ReportDate => ({ value, precision: 'day', from: value, to: value });
const span = (value: string, precision: ReportDate['precision'], from: string, to: string): ReportDate => ({ value, precision, from, to });

describe('datesCompatible', () => {
  const CASES: [string, ReportDate, ReportDate, boolean][] = [
    ['the same day', day('2024-01-28'), day('2024-01-28'), true],
    ['days one apart (tolerance)', day('2024-01-27'), day('2024-01-28'), true],
    ['a day inside a week', day('2024-01-28'), span('2024-W04', 'week', '2024-01-22', '2024-01-28'), true],
    ['a day inside a month', day('2024-01-28'), span('2024-01', 'month', '2024-01-01', '2024-01-31'), true],
    // False positives.
    ['days two apart', day('2024-01-26'), day('2024-01-28'), false],
    ['a day just after a week (no tolerance for coarse dates)', day('2024-01-29'), span('2024-W04', 'week', '2024-01-22', '2024-01-28'), false],
    ['different years', span('2020', 'year', '2020-01-01', '2020-12-31'), day('2024-01-28'), false],
  ];
  it.each(CASES)('%s', (_, a, b, expected) => {
    expect(datesCompatible(a, b)).toBe(expected);
    expect(datesCompatible(b, a)).toBe(expected);
  });
  it('flags only two days that differ as a date discrepancy', () => {
    expect(daysDiffer(day('2024-01-27'), day('2024-01-28'))).toBe(true);
    expect(daysDiffer(day('2024-01-28'), span('2024-W04', 'week', '2024-01-22', '2024-01-28'))).toBe(false);
    // A night ("Friday night") runs into the next day: it does not contradict that day.
    expect(daysDiffer(span('2024-01-26', 'day', '2024-01-26', '2024-01-27'), day('2024-01-27'))).toBe(false);
    expect(daysDiffer(span('2024-01-26', 'day', '2024-01-26', '2024-01-27'), day('2024-01-28'))).toBe(true);
  });
});

const mention = (type: EventType, start: number, extra: Partial<EventMention> = {}): EventMention => ({
  start, end: start + 5, type, trigger: 'x', sentence: 0, modality: 'asserted', agents: [], targets: [], places: [], time: 0, timeBasis: 'clause', ...extra,
});
const speaker = (index: number, start = 55): EventMention['agents'][number] => ({ start, end: start + 3, text: 'it', mention: index });
const time = (text: string, value: string, start = 100): TimeExpression => ({ start, end: start + text.length, text, type: 'date', value, basis: 'relative', explanation: '', sentence: 0 });

describe('reportDate', () => {
  const CASES: [string, EventMention, TimeExpression, EventMention[], string | null][] = [
    ['a stated day', mention('attack', 0), time('January 28', '2024-01-28'), [], '2024-01-28'],
    ['a week', mention('attack', 0), time('last week', '2024-W04'), [], '2024-W04'],
    ['a weekday resolved past publication for a happened event → none (the resolution is wrong)', mention('killing', 0), time('Saturday', '2024-02-03'), [], null],
    ['any day past publication for a happened event → none', mention('killing', 0), time('February 10', '2024-02-10'), [], null],
    ['a planned event after publication keeps its date', mention('strike', 0, { modality: 'future' }), time('February 10', '2024-02-10'), [], '2024-02-10'],
    ['a vague reference → none', mention('attack', 0), time('recently', 'PAST_REF'), [], null],
    ['a time from an earlier sentence → none', mention('attack', 0, { timeBasis: 'nearest' }), time('January 28', '2024-01-28'), [], null],
    ['a speech verb between trigger and time → none', mention('killing', 0), time('Thursday', '2024-02-01'), [mention('statement', 50)], null],
    ['a trigger of the same family in between (coordination) → kept', mention('wounding', 0), time('Monday', '2024-01-29'), [mention('killing', 50)], '2024-01-29'],
    // "On Thursday, the army said it had shelled …": a speaker reporting its own action.
    ['a fronted time over a self-report → kept', mention('strike', 60, { agents: [speaker(7)] }), time('Thursday', '2024-02-01', 0), [mention('statement', 40, { agents: [speaker(7, 20)] })], '2024-02-01'],
    ['a fronted time over a report of another actor\'s action → none', mention('strike', 60, { agents: [speaker(8)] }), time('Thursday', '2024-02-01', 0), [mention('statement', 40, { agents: [speaker(7, 20)] })], null],
    ['a time after the self-report ("…, the army said on Thursday") → none', mention('strike', 0, { agents: [speaker(7)] }), time('Thursday', '2024-02-01', 100), [mention('statement', 40, { agents: [speaker(7, 20)] })], null],
  ];
  it.each(CASES)('%s', (_, m, t, others, expected) => {
    expect(reportDate(m, [t], '2024-02-02', [m, ...others])?.value ?? null).toBe(expected);
  });
});

const figure = (unit: FigureUnit, start: number): Figure => ({ start, end: start + 2, text: '12', value: 12, unit, qualifier: null, sentence: 0, category: 'other' });

describe('attachFigures', () => {
  const events = [mention('attack', 0), mention('killing', 30), mention('wounding', 60), mention('statement', 90)];
  const CASES: [string, Figure, number | null][] = [
    ['killed → the killing, not the nearer wounding', figure('killed', 56), 1],
    ['wounded → the wounding', figure('wounded', 20), 2],
    ['targets → the attack', figure('targets', 88), 0],
    ['an age belongs to no event', figure('age', 32), null],
  ];
  it.each(CASES)('%s', (_, f, expected) => {
    const attached = attachFigures(events, [f]);
    expect([...attached.entries()].find(([, figures]) => figures.includes(0))?.[0] ?? null).toBe(expected);
  });
  it('never gives a figure to a statement or to an event in another sentence', () => {
    expect(attachFigures([mention('statement', 0), mention('attack', 10, { sentence: 1 })], [figure('people', 3)]).size).toBe(0);
  });
});

describe('compass words', () => {
  const CASES: [string, string, boolean][] = [
    ['a base in northeastern ', 'in northwest ', true],
    ['in southern ', 'in northern ', true],
    ['in north ', 'in northeastern ', false],
    ['in eastern ', 'in south-east ', false],
  ];
  it.each(CASES)('%s vs %s → conflict %s', (a, b, expected) => expect(bearingsConflict(bearingBefore(a)!, bearingBefore(b)!)).toBe(expected));
  it('finds no compass word before a plain place', () => expect(bearingBefore('a base in ')).toBeNull());
});

describe('event family and title', () => {
  it('treats violence words as one family and keeps statements out', () => {
    expect(['attack', 'strike', 'killing', 'wounding'].map((t) => eventFamily(t as EventType))).toEqual(['violence', 'violence', 'violence', 'violence']);
    expect(eventFamily('visit')).toBe('visit');
    expect([isClusteredType('statement'), isClusteredType('threat'), isClusteredType('arrest')]).toEqual([false, false, true]);
  });
  const CASES: [Parameters<typeof eventTitle>[0], string][] = [
    [{ type: 'attack', target: 'Atlantis forces', place: 'Freedonia' }, 'Attack on Atlantis forces in Freedonia'],
    [{ type: 'killing', agent: 'Rebels', target: 'Tom Vale' }, 'Killing by Rebels of Tom Vale'],
    [{ type: 'attack', target: 'two Orsa ferries', place: 'Orsa' }, 'Attack on two Orsa ferries'],
    [{ type: 'strike', place: 'Freedonia' }, 'Strikes in Freedonia'],
  ];
  it.each(CASES)('%j → %s', (parts, expected) => expect(eventTitle(parts)).toBe(expected));
});
