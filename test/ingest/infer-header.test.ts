import { describe, expect, it } from 'vitest';
import { inferHeader, type HeaderLine } from '../../src/ingest/infer-header.ts';

const toLines = (text: string): HeaderLine[] => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const bodyOf = (text: string, knownTitle: string | null = null): string[] =>
  inferHeader(toLines(text), { knownTitle }).body.map((l) => l.text.trim()).filter(Boolean);

describe('inferHeader: metadata', () => {
  it.each([
    [
      'headline, repeat, teaser, reading time, dateline',
      'River Port Expands Its Docks\n\nRiver Port Expands Its Docks\nA short teaser sentence about the docks.\n5 min read\n14 March, 2023\n\nBody starts here.',
      { title: 'River Port Expands Its Docks', published: '2023-03-14', author: null },
    ],
    ['name line under headline', 'Dam Repairs Finish Early\n\nSara Lindqvist\nJune 3, 2022\n\nThe dam is fixed.', { title: 'Dam Repairs Finish Early', published: '2022-06-03', author: 'Sara Lindqvist' }],
    ['posted-by line first', 'Posted by Quill Writer on Mar 9th 2021\n\nMarket Day Returns To Town\nStalls opened at dawn.', { title: 'Market Day Returns To Town', published: '2021-03-09', author: 'Quill Writer' }],
    ['by-line with date', 'Schools Close For Storm\nBy Ana Lima | 4 Jan 2024\n\nAll schools shut.', { title: 'Schools Close For Storm', published: '2024-01-04', author: 'Ana Lima' }],
    ['only an update date', 'Bridge Toll Rises\nUpdated 2 May 2020 10:00 BST\n\nThe toll rose.', { title: 'Bridge Toll Rises', published: '2020-05-02', author: null }],
    ['published beats updated', 'Bridge Toll Rises\nUpdated 3 May 2020\nPublished 2 May 2020\n\nThe toll rose.', { title: 'Bridge Toll Rises', published: '2020-05-02', author: null }],
    ['name and place line', 'Drones Hit Power Plants\nRepairs will take weeks, officials say\nJane Doe in Lisbon\nFri 2 Feb 2024 19.06 GMT\n\nBody.', { title: 'Drones Hit Power Plants', published: '2024-02-02', author: 'Jane Doe' }],
    ['two names on a line', 'Harbour Deal Signed\n\nAna Lima and Tom Walsh\n5 June 2023\n\nBody.', { title: 'Harbour Deal Signed', published: '2023-06-05', author: 'Ana Lima and Tom Walsh' }],
    ['date then byline', 'My Thoughts On The Vote\nPosted on March 3, 2022 by Sam Lee\n\nBody.', { title: 'My Thoughts On The Vote', published: '2022-03-03', author: 'Sam Lee' }],
    ['byline with outlet after a comma', 'Storm Batters Coast\nBy Jane Doe and John Roe, Wirenet\nUpdated 3:45 PM EST, Fri February 2, 2024\n\nBody.', { title: 'Storm Batters Coast', published: '2024-02-02', author: 'Jane Doe and John Roe' }],
    ['bullets before the headline', 'Posted on 1 Feb 2024\n• First digest item ends here.\n• Second digest item ends here.\nCanal Reopens To Barges\nThe canal reopened.', { title: 'Canal Reopens To Barges', published: '2024-02-01', author: null }],
  ])('%s', (_name, text, expected) => {
    const header = inferHeader(toLines(text));
    expect({ title: header.title.value, published: header.published.value, author: header.author.value }).toEqual(expected);
    if (expected.published) expect(header.published).toMatchObject({ basis: 'stated', line: expect.any(Number), note: expect.stringContaining('dateline') });
  });

  it('records basis, line and note for each field', () => {
    const header = inferHeader(toLines('Dam Repairs Finish Early\n\nSara Lindqvist\nJune 3, 2022\n\nA source told The Lake Herald it was safe.'));
    expect(header.title).toEqual({ value: 'Dam Repairs Finish Early', basis: 'stated', line: 1, note: 'first headline-shaped line' });
    expect(header.author).toMatchObject({ basis: 'stated', line: 3 });
    expect(header.published).toMatchObject({ basis: 'stated', line: 4, note: "dateline 'June 3, 2022'" });
    expect(header.source).toMatchObject({ value: 'The Lake Herald', basis: 'inferred', line: 6 });
    expect(header.url).toEqual({ value: null, basis: 'unknown' });
  });

  it('reads a URL line', () => {
    const header = inferHeader(toLines('Dam Repairs Finish Early\nSource: https://example.org/dam\n\nThe dam is fixed.'));
    expect(header.url).toMatchObject({ value: 'https://example.org/dam', basis: 'stated', line: 2 });
  });

  it('uses a known title and removes its repeat', () => {
    const header = inferHeader(toLines('Dam Repairs Finish Early\n\nThe dam is fixed.'), { knownTitle: 'Dam repairs finish early' });
    expect(header.title.value).toBeNull();
    expect(header.removed).toEqual([{ line: 1, text: 'Dam Repairs Finish Early', reason: 'repeated headline' }]);
  });
});

describe('inferHeader: body', () => {
  it.each([
    ['keeps the teaser', 'Port Grows\nA teaser line that ends properly.\n\nBody.', ['A teaser line that ends properly.', 'Body.']],
    ['cuts a photo credit, keeps the caption', 'Port Grows\n\nCranes line the quay at dusk [Agency/file photo]\n\nBody.', ['Cranes line the quay at dusk', 'Body.']],
    ['removes repeated widget labels', 'Port Grows\n\nFirst para.\n\nHot Topic\n\nSecond para.\n\nHot Topic\n\nThird para.', ['First para.', 'Second para.', 'Third para.']],
    [
      'removes a related-story link between paragraphs',
      'Port Grows\n\nFirst para ends here.\n\nFishermen in the north fear the new quota will end their trade\n\nSecond para.',
      ['First para ends here.', 'Second para.'],
    ],
    ['keeps a short subheading', 'Port Grows\n\nFirst para ends here.\n\nTalks stall in the capital\n\nSecond para.', ['First para ends here.', 'Talks stall in the capital', 'Second para.']],
    ['removes footer furniture', 'Port Grows\n\nBody.\n\nOther reports by Harbour Weekly\n\nLeave a comment', ['Body.']],
  ])('%s', (_name, text, expected) => {
    expect(bodyOf(text)).toEqual(expected);
  });

  it('keeps body line count and blanks removed lines', () => {
    const lines = toLines('Port Grows\n6 min read\nBody.');
    const header = inferHeader(lines);
    expect(header.body.map((l) => l.text)).toEqual(['', '', 'Body.']);
    expect(header.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'headline'],
      [2, 'reading-time note'],
    ]);
  });
});

describe('inferHeader false positives', () => {
  it.each([
    ['a body sentence containing a date is not a dateline', 'Port Grows\n\nThe port opened on 3 March 2021 after years of work.', { published: null }],
    ['a one-line quote is not a byline', 'Port Grows\n\n"Never Again," She Said\n\nBody.', { author: null }],
    ['"May" as a verb is not a date', 'Port Grows\n\nOfficials May 5 Times Review 2024 Plans.\n\nBody.', { published: null }],
    ['a short sentence with a full stop is not a headline', 'Now things are getting worse.\n\nBody continues here.', { title: null }],
    ['a long first sentence is not a headline', 'The council voted on Monday to close the old library, which had served the town since the war, and to sell the land.', { title: null }],
    ['a name deep in the body is not a byline', `Port Grows\n\n${'Para.\n\n'.repeat(12)}Jane Doe\n\nMore.`, { author: null }],
    ['"By Friday" is not a byline', 'Port Grows\nBy Friday, the ships had gone.\n\nBody.', { author: null }],
    ['a title-case subtitle is not a byline', 'Port Grows\nNew Cranes Arrive\n\nBody.', { author: null }],
    ['a lone capitalised word is not a byline', 'Port Grows\nHarbourside\n3 May 2021\n\nBody.', { author: null }],
    ['"told Reuters" is not the outlet', 'Port Grows\n\nThree officials told Reuters the port would grow.', { source: null }],
  ])('%s', (_name, text, expected) => {
    const header = inferHeader(toLines(text));
    const got = { title: header.title.value, published: header.published.value, author: header.author.value, source: header.source.value };
    expect(got).toMatchObject(expected);
  });

  it('does not treat a sentence-ending line as a related link', () => {
    expect(bodyOf('Port Grows\n\nFirst para ends here.\n\nThe harbour master said the work will take two more years.\n\nSecond para.')).toHaveLength(3);
  });
});
