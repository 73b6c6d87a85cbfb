/**
 * The visual timeline: windows per zoom, axis granularity, marks vs density bins, filter keys on
 * marks, escaping, determinism, and size at 10,000 events.
 */
import { describe, expect, test } from 'vitest';
import { axisTicks } from '../../../src/site/timeline-svg/axis-ticks.ts';
import { binEnd, binStart, binUnit } from '../../../src/site/timeline-svg/bin-unit.ts';
import { dayOf, isoOf } from '../../../src/site/timeline-svg/days.ts';
import type { DatedItem, EventMark, Zoom } from '../../../src/site/timeline-svg/items.ts';
import { markFamily } from '../../../src/site/timeline-svg/mark-family.ts';
import { packRows } from '../../../src/site/timeline-svg/pack-rows.ts';
import { MAX_MARKS, timelineSvg } from '../../../src/site/timeline-svg/timeline-svg.ts';
import { timelineVisual } from '../../../src/site/timeline-svg/timeline-visual.ts';
import { zoomWindow } from '../../../src/site/timeline-svg/zoom-window.ts';

const TYPES = ['attack', 'strike', 'statement', 'negotiation', 'arrest', 'election'];

function event(i: number, from: string, to = from, extra: Partial<EventMark> = {}): EventMark {
  return {
    key: `e-${String(i).padStart(5, '0')}`, title: `Event ${i}`, href: `/events/e-${i}/`, type: TYPES[i % TYPES.length]!,
    weight: 1 + (i % 5), from, to, actors: [`actor-${i % 7}`], month: from.slice(0, 7), year: '',
    anchor: `m-${from.slice(0, 7)}`, heading: from.slice(0, 7), ...extra,
  };
}

function ref(i: number, from: string, to = from): DatedItem {
  return { key: `r-${i}`, title: `Ref ${i}`, from, to, actors: [], month: from.slice(0, 7), year: '', anchor: `m-${from.slice(0, 7)}`, heading: from.slice(0, 7) };
}

/** `n` events spread one a day from `start`, wrapping every `days` days. */
function many(n: number, start: string, days: number): EventMark[] {
  return Array.from({ length: n }, (_, i) => event(i, isoOf(dayOf(start) + (i % days))));
}

const svgOf = (v: ReturnType<typeof timelineVisual>, zoom: Zoom): string => v!.views.find((x) => x.zoom === zoom)!.svg;
const count = (svg: string, pattern: RegExp): number => (svg.match(pattern) ?? []).length;

describe('timelineVisual', () => {
  test('no items: nothing to draw', () => {
    expect(timelineVisual([], [])).toBeNull();
  });

  test.each([
    ['one event', [event(1, '2024-02-02')], [], 'day', 1],
    ['one reference, no events', [], [ref(1, '2024-02-02')], 'day', 0],
    ['events spanning years', [event(1, '2019-05-01'), event(2, '2024-02-02')], [], 'year', 2],
    ['a decade-precision event and a day', [event(1, '2020-01-01', '2029-12-31'), event(2, '2024-02-02')], [], 'year', 2],
    ['two months', [event(1, '2024-01-01'), event(2, '2024-03-15')], [], 'month', 2],
  ])('%s: opens at the finest zoom showing everything', (_, events, refs, initial, marksInYear) => {
    const v = timelineVisual(events, refs)!;
    expect(v.views.map((x) => x.zoom)).toEqual(['year', 'month', 'day']);
    expect(v.initial).toBe(initial);
    expect(count(svgOf(v, 'year'), /class="tl-mark /g)).toBe(marksInYear);
    for (const view of v.views) {
      expect(view.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="nw-timeline"')).toBe(true);
      expect(view.svg).toContain(`<g class="tl-axis tick-${view.zoom}">`);
    }
  });

  test('the decade event is drawn as a bar across the year view, clipped to the day view', () => {
    const v = timelineVisual([event(1, '2020-01-01', '2029-12-31'), event(2, '2024-02-02')], [])!;
    expect(svgOf(v, 'year')).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" rx="3"\/>/);
    const day = svgOf(v, 'day');
    expect(day).toContain('href="/events/e-1/"');
    expect(v.views.find((x) => x.zoom === 'year')!.caption).toContain('1 Jan 2020 to 31 Dec 2029');
  });

  test('a long range: month and day views show the busiest window and link to the rest of the list', () => {
    const events = [...many(30, '2024-01-10', 20), event(900, '2019-06-01'), event(901, '2026-06-01')];
    const v = timelineVisual(events, [])!;
    expect(v.initial).toBe('year');
    const day = v.views.find((x) => x.zoom === 'day')!;
    expect(day.caption).toMatch(/^The busiest 60 days, 10 Jan 2024 to 9 Mar 2024: 30 events/);
    expect(day.earlier).toEqual({ href: '#m-2019-06', text: '2019-06' });
    expect(day.later).toEqual({ href: '#m-2026-06', text: '2026-06' });
    expect(v.views.find((x) => x.zoom === 'year')!.earlier).toBeNull();
  });

  test('same input, byte-identical output, whatever the input order', () => {
    const events = many(300, '2023-01-01', 400);
    const a = timelineVisual(events, [ref(1, '2023-05-05')]);
    const b = timelineVisual([...events].reverse(), [ref(1, '2023-05-05')]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test('titles, hrefs and filter keys are escaped', () => {
    const e = event(1, '2024-02-02', '2024-02-02', { title: 'A <b>"bad"</b> & \'odd\' title', href: '/events/a?b=1&c=2/', actors: ['x"y'] });
    const svg = svgOf(timelineVisual([e], [])!, 'day');
    expect(svg).toContain('<title>A &lt;b&gt;&quot;bad&quot;&lt;/b&gt; &amp; &#39;odd&#39; title</title>');
    expect(svg).toContain('href="/events/a?b=1&amp;c=2/"');
    expect(svg).toContain('data-actors="x&quot;y"');
    expect(svg).not.toContain('<b>');
  });

  test('marks carry the list items\' filter keys and a family class', () => {
    const e = event(0, '2024-02-02', '2024-02-02', { month: '', year: '2024', anchor: 'y-2024' });
    const svg = svgOf(timelineVisual([e], [ref(1, '2024-02-03')])!, 'day');
    expect(svg).toContain('class="tl-mark f-violence" data-actors="actor-0" data-month="" data-year="2024" data-type="attack"');
    expect(svg).toMatch(/<a href="#m-2024-02" class="tl-ref" data-actors="" data-month="2024-02">/);
  });

  test('10,000 events: density bars with counts per unit, every event counted once, small SVGs', () => {
    const events = many(10_000, '2021-01-01', 3 * 365);
    const refs = Array.from({ length: 10_000 }, (_, i) => ref(i, isoOf(dayOf('2021-01-01') + (i % 1000))));
    const v = timelineVisual(events, refs)!;
    for (const view of v.views) {
      expect(view.svg).not.toContain('class="tl-mark');
      expect(view.caption).toContain('bars count items per');
      expect(view.svg.length).toBeLessThan(100_000);
      // Bin tooltips add up to the events in view.
      const inView = Number(/: (\d+) events/.exec(view.caption)![1]);
      const total = [...view.svg.matchAll(/<title>(\d+) events?, /g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(total).toBe(inView);
    }
    expect(v.views.find((x) => x.zoom === 'year')!.caption).toContain('per month');
  });
});

describe('timelineSvg at the threshold', () => {
  test.each([
    [MAX_MARKS, false],
    [MAX_MARKS + 1, true],
  ])('%i events in view: binned %s', (n, binned) => {
    const events = many(n, '2024-01-01', 50);
    const window = zoomWindow('day', events.map((e) => ({ from: dayOf(e.from), to: dayOf(e.to) })), events.map((e) => dayOf(e.from)));
    const drawn = timelineSvg(window, events, []);
    expect(drawn.binned !== null).toBe(binned);
    expect(count(drawn.svg, /class="tl-mark /g)).toBe(binned ? 0 : n);
  });
});

describe('axis granularity per zoom', () => {
  test.each([
    ['year', '2019-01-01', '2025-01-01', ['2019', '2020', '2021', '2022', '2023', '2024']],
    ['month', '2024-01-01', '2024-04-01', ['Jan', 'Feb', 'Mar']],
    ['day', '2024-02-01', '2024-02-04', ['1', '2', '3']],
  ] as const)('%s ticks', (zoom, from, to, labels) => {
    const [start, end] = [dayOf(from), dayOf(to)];
    expect(axisTicks(zoom, start, end, 936 / (end - start)).labelled.map((t) => t.label)).toEqual(labels);
  });

  test('a century on the year axis labels every 20 years at most', () => {
    const [start, end] = [dayOf('1900-01-01'), dayOf('2025-01-01')];
    const labels = axisTicks('year', start, end, 936 / (end - start)).labelled.map((t) => t.label);
    expect(labels[0]).toBe('1900');
    expect(labels.length).toBeLessThanOrEqual(25);
  });
});

describe('windows, bins, rows, families', () => {
  test.each([
    ['short range fits', 'day', ['2024-02-01', '2024-02-03'], ['2024-02-01', '2024-02-08'], false],
    ['month view of a quarter', 'month', ['2024-01-15', '2024-03-02'], ['2024-01-01', '2024-04-01'], false],
    ['year view rounds to years', 'year', ['2023-06-01', '2024-02-02'], ['2023-01-01', '2025-01-01'], false],
    ['day view of a year: the earliest busiest window', 'day', ['2023-01-01', '2023-12-31'], ['2023-01-01', '2023-03-02'], true],
    ['a window past the last item slides back', 'day', ['2023-01-01', '2023-12-01', '2023-12-31'], ['2023-11-02', '2024-01-01'], true],
  ] as const)('%s', (_, zoom, days, [start, end], partial) => {
    const spans = days.map((d) => ({ from: dayOf(d), to: dayOf(d) }));
    const w = zoomWindow(zoom, spans, spans.map((s) => s.from));
    expect([isoOf(w.start), isoOf(w.end), w.partial]).toEqual([start, end, partial]);
  });

  test.each([
    ['week bins stop at the month', 'week', '2024-01-31', '2024-01-29', '2024-02-01'],
    ['a week from the 1st', 'week', '2024-02-02', '2024-02-01', '2024-02-05'],
    ['month', 'month', '2024-02-29', '2024-02-01', '2024-03-01'],
    ['decade', 'decade', '2024-02-29', '2020-01-01', '2030-01-01'],
  ] as const)('bin: %s', (_, unit, day, start, end) => {
    const s = binStart(unit, dayOf(day));
    expect([isoOf(s), isoOf(binEnd(unit, s))]).toEqual([start, end]);
  });

  test('bin unit is the finest at least 4 px wide', () => {
    expect([16, 1, 0.3, 0.05, 0.005].map((px) => binUnit(px))).toEqual(['day', 'week', 'month', 'year', 'decade']);
  });

  test.each([
    ['none', [], []],
    ['one', [[0, 10]], [0]],
    ['overlap stacks, a gap reuses the row', [[0, 10], [5, 15], [20, 30]], [0, 1, 0]],
    ['beyond max rows overlaps the earliest freed row', [[0, 10], [1, 11], [2, 12]], [0, 1, 0]],
  ] as const)('rows: %s', (_, extents, rows) => {
    expect(packRows(extents.map(([left, right]) => ({ left, right })), 2)).toEqual(rows);
  });

  test('families', () => {
    expect(['attack', 'arrest', 'visit', 'threat', 'sanction', 'unknown'].map(markFamily)).toEqual(['violence', 'security', 'diplomacy', 'speech', 'civic', 'speech']);
  });
});
