import { describe, expect, it } from 'vitest';
import { goldQualifier, goldUnitClass, unitCompatible, type GoldFigure } from '../../src/eval/score-figures.ts';
import type { Figure, FigureUnit } from '../../src/model.ts';

const gold = (unit: string): GoldFigure => ({ claim: '', value: 1, unit, category: 'other', sentence: '' });
const ours = (unit: FigureUnit, noun?: string): Figure => ({
  start: 0, end: 1, text: '1', value: 1, unit, qualifier: null, sentence: 0, category: 'other', ...(noun ? { noun } : {}),
});

describe('gold labels', () => {
  const classes: Array<[string, FigureUnit | null]> = [
    ['soldiers killed', 'killed'],
    ['people wounded', 'wounded'],
    ['lives', 'killed'],
    ['USD', 'money'],
    ['years (age)', 'age'],
    ['hostages', 'hostages'],
    ['fraction of population', 'fraction'],
    ['drones', null],
  ];
  it.each(classes)('unit "%s" → %s', (label, expected) => expect(goldUnitClass(label)).toBe(expected));

  const qualifiers: Array<[string | undefined, string | null]> = [
    ['over', 'more than'],
    ['around', 'about'],
    ['approximately (~)', 'about'],
    ['at least', 'at least'],
    [undefined, null],
  ];
  it.each(qualifiers)('qualifier %s → %s', (label, expected) => expect(goldQualifier(label)).toBe(expected));
});

describe('unitCompatible', () => {
  const compatible: Array<[string, Figure]> = [
    ['soldiers killed', ours('killed', 'troops')],
    ['drones', ours('munitions', 'drones')],
    ['prisoners', ours('people', 'detainees')],
    ['signatures', ours('count', 'signatures')],
  ];
  it.each(compatible)('"%s" accepts %j', (label, figure) => expect(unitCompatible(gold(label), figure)).toBe(true));

  const incompatible: Array<[string, Figure]> = [
    ['soldiers killed', ours('wounded', 'soldiers')],
    ['drones', ours('attacks', 'strikes')],
    ['USD', ours('people')],
  ];
  it.each(incompatible)('"%s" rejects %j', (label, figure) => expect(unitCompatible(gold(label), figure)).toBe(false));
});
