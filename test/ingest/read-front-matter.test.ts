import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/ingest/read-front-matter.ts';

describe('readFrontMatter', () => {
  it.each([
    ['---\ntitle: Hi\n---\nBody\n', { title: 'Hi' }, 'Body\n', 3],
    ['---\ntitle: Hi\nauthor: [A, B]\n---\n\nBody', { title: 'Hi', author: ['A', 'B'] }, '\nBody', 4],
    ['---\n---\nBody', {}, 'Body', 2],
    ['---  \ntitle: x\n---\t\nBody', { title: 'x' }, 'Body', 3],
    ['No front matter\n---\nhere', {}, 'No front matter\n---\nhere', 0],
  ])('%j', (text, data, body, lineCount) => {
    const fm = readFrontMatter(text);
    expect(fm.data).toEqual(data);
    expect(fm.body).toBe(body);
    expect(fm.lineCount).toBe(lineCount);
    expect(fm.error).toBeUndefined();
  });

  it('parses YAML dates as Date objects (the caller reads the raw text instead)', () => {
    const fm = readFrontMatter('---\ndate: 2024-02-02\n---\n');
    expect(fm.data.date).toBeInstanceOf(Date);
    expect(fm.raw).toBe('date: 2024-02-02\n');
  });
});

describe('readFrontMatter: not front matter, or broken', () => {
  it.each([
    ['a lone rule', '---\nJust a rule and text', 0],
    ['dashes with text', '--- not yaml\nBody\n---\n', 0],
    ['four dashes', '----\ntitle: x\n----\nBody', 0],
  ])('%s is body text', (_name, text, lineCount) => {
    const fm = readFrontMatter(text);
    expect(fm.lineCount).toBe(lineCount);
    expect(fm.body).toBe(text);
  });

  it.each([
    ['bad indentation', '---\ntitle: ok\n  bad: [x\nother: y\n---\nBody'],
    ['unclosed quote', '---\ntitle: "open\n---\nBody'],
    ['a list, not a mapping', '---\n- a\n- b\n---\nBody'],
  ])('%s → error with a file line, body kept', (_name, text) => {
    const fm = readFrontMatter(text);
    expect(fm.error?.line).toBeGreaterThanOrEqual(2);
    expect(fm.error?.reason).toBeTruthy();
    expect(fm.data).toEqual({});
    expect(fm.body).toBe('Body');
  });
});
