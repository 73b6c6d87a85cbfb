import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/analyze/nlp.ts';
import { findTimeExpressions } from '../../src/analyze/time-expressions.ts';
import type { TimeExpression } from '../../src/model.ts';

function times(sentence: string, published: string | null): TimeExpression[] {
  return findTimeExpressions(sentence, parseText(sentence, [{ start: 0, end: sentence.length }]), published);
}

interface Expected {
  readonly text: string;
  readonly value: string;
  readonly type: TimeExpression['type'];
  readonly precision?: TimeExpression['precision'];
}

// Publication dates used below: 2024-02-02 is a Friday; 2023-06-14 a Wednesday; 2024-02-03 a Saturday.
const FRI = '2024-02-02';
const WED = '2023-06-14';
const SAT = '2024-02-03';

const CASES: readonly [string, string | null, Expected][] = [
  // Absolute dates
  ['The talks opened on Jan. 28 in Doha.', FRI, { text: 'Jan. 28', value: '2024-01-28', type: 'date', precision: 'day' }],
  ['The vote was held on November 3, 2020, after a long campaign.', FRI, { text: 'November 3, 2020', value: '2020-11-03', type: 'date', precision: 'day' }],
  ['Parliament met on 28 January 2022.', FRI, { text: '28 January 2022', value: '2022-01-28', type: 'date', precision: 'day' }],
  ['The strike happened on 7 October.', FRI, { text: '7 October', value: '2023-10-07', type: 'date', precision: 'day' }],
  ['A report dated Mar 9th 2021 was leaked.', FRI, { text: 'Mar 9th 2021', value: '2021-03-09', type: 'date', precision: 'day' }],
  ['The file was created on 2023-11-30 by the clerk.', FRI, { text: '2023-11-30', value: '2023-11-30', type: 'date', precision: 'day' }],
  ['Posted 05 March, 2019 by the desk.', FRI, { text: '05 March, 2019', value: '2019-03-05', type: 'date', precision: 'day' }],
  ['The ceasefire began on Dec. 4, 2022.', FRI, { text: 'Dec. 4, 2022', value: '2022-12-04', type: 'date', precision: 'day' }],
  ['They signed it on the 3rd of March.', WED, { text: 'the 3rd of March', value: '2023-03-03', type: 'date', precision: 'day' }],
  ['The plant closed in March 2021.', FRI, { text: 'March 2021', value: '2021-03', type: 'date', precision: 'month' }],
  ['The company was founded in 2009.', FRI, { text: '2009', value: '2009', type: 'date', precision: 'year' }],
  ['Music changed in the 1960s.', FRI, { text: 'the 1960s', value: '196', type: 'date', precision: 'decade' }],
  ['Prices rose through the 2000s.', FRI, { text: 'the 2000s', value: '200', type: 'date', precision: 'decade' }],
  ['The bridge opened in summer 2022.', FRI, { text: 'summer 2022', value: '2022-SU', type: 'date', precision: 'season' }],
  ['Profits fell in the second quarter of 2023.', FRI, { text: 'the second quarter of 2023', value: '2023-Q2', type: 'date', precision: 'quarter' }],
  ['Flooding returned in mid-September.', FRI, { text: 'mid-September', value: '2023-09', type: 'date', precision: 'month' }],
  ['Growth slowed in early 2022.', FRI, { text: 'early 2022', value: '2022', type: 'date', precision: 'year' }],
  ['Rains have fallen since November.', FRI, { text: 'November', value: '2023-11', type: 'date', precision: 'month' }],
  ['The election will be held in November.', FRI, { text: 'November', value: '2024-11', type: 'date', precision: 'month' }],
  ['The summit will open on April 12.', FRI, { text: 'April 12', value: '2024-04-12', type: 'date', precision: 'day' }],
  ['The mayor visited the port in May.', WED, { text: 'May', value: '2023-05', type: 'date', precision: 'month' }],
  // Weekdays by tense
  ['The minister resigned on Tuesday.', FRI, { text: 'Tuesday', value: '2024-01-30', type: 'date', precision: 'day' }],
  ['The minister resigned on Friday.', FRI, { text: 'Friday', value: '2024-02-02', type: 'date', precision: 'day' }],
  ['The minister will resign on Tuesday.', FRI, { text: 'Tuesday', value: '2024-02-06', type: 'date', precision: 'day' }],
  ['The court said on Monday that it will rule on Thursday.', WED, { text: 'Thursday', value: '2023-06-15', type: 'date', precision: 'day' }],
  ['The court said on Monday that it will rule on Thursday.', WED, { text: 'Monday', value: '2023-06-12', type: 'date', precision: 'day' }],
  ['Crews arrived last Friday.', FRI, { text: 'last Friday', value: '2024-01-26', type: 'date', precision: 'day' }],
  ['The panel meets next Tuesday.', FRI, { text: 'next Tuesday', value: '2024-02-06', type: 'date', precision: 'day' }],
  ['The report lands this Monday.', WED, { text: 'this Monday', value: '2023-06-12', type: 'date', precision: 'day' }],
  ['Shelling resumed early Sunday.', WED, { text: 'early Sunday', value: '2023-06-11', type: 'date', precision: 'day' }],
  ['Shelling resumed Thursday night.', FRI, { text: 'Thursday night', value: '2024-02-01TNI', type: 'time', precision: 'time' }],
  ['Rescuers searched the rubble Sunday morning.', WED, { text: 'Sunday morning', value: '2023-06-11TMO', type: 'time', precision: 'time' }],
  // Relative to publication
  ['The port reopened today.', FRI, { text: 'today', value: '2024-02-02', type: 'date', precision: 'day' }],
  ['The port reopened yesterday.', FRI, { text: 'yesterday', value: '2024-02-01', type: 'date', precision: 'day' }],
  ['The port reopens tomorrow.', FRI, { text: 'tomorrow', value: '2024-02-03', type: 'date', precision: 'day' }],
  ['The band plays tonight.', FRI, { text: 'tonight', value: '2024-02-02TNI', type: 'time', precision: 'time' }],
  ['Talks collapsed last week.', FRI, { text: 'last week', value: '2024-W04', type: 'date', precision: 'week' }],
  ['Talks resume this week.', FRI, { text: 'this week', value: '2024-W05', type: 'date', precision: 'week' }],
  ['Talks resume next week.', FRI, { text: 'next week', value: '2024-W06', type: 'date', precision: 'week' }],
  ['Sales dipped last month.', FRI, { text: 'last month', value: '2024-01', type: 'date', precision: 'month' }],
  ['Sales will recover next month.', FRI, { text: 'next month', value: '2024-03', type: 'date', precision: 'month' }],
  ['Turnout was low last year.', FRI, { text: 'last year', value: '2023', type: 'date', precision: 'year' }],
  ['Turnout is low this year.', FRI, { text: 'this year', value: '2024', type: 'date', precision: 'year' }],
  ['The law passed earlier this year.', WED, { text: 'earlier this year', value: '2023', type: 'date', precision: 'year' }],
  ['The fire started two days ago.', FRI, { text: 'two days ago', value: '2024-01-31', type: 'date', precision: 'day' }],
  ['The fire started three weeks ago.', FRI, { text: 'three weeks ago', value: '2024-W02', type: 'date', precision: 'week' }],
  ['The siege began nearly four months ago.', FRI, { text: 'nearly four months ago', value: '2023-10', type: 'date', precision: 'month' }],
  ['The mine closed four years ago.', FRI, { text: 'four years ago', value: '2020', type: 'date', precision: 'year' }],
  ['The mine closed a year ago.', FRI, { text: 'a year ago', value: '2023', type: 'date', precision: 'year' }],
  ['More flights are expected in the coming weeks.', FRI, { text: 'the coming weeks', value: 'FUTURE_REF', type: 'date' }],
  ['The station was recently repainted.', FRI, { text: 'recently', value: 'PAST_REF', type: 'date' }],
  ['Such raids were common in the past.', FRI, { text: 'the past', value: 'PAST_REF', type: 'date' }],
  ['The plant currently employs 400 workers.', FRI, { text: 'currently', value: 'PRESENT_REF', type: 'date' }],
  ['Prices have doubled over the past three years.', FRI, { text: 'the past three years', value: 'P3Y', type: 'duration' }],
  ['Rebels shelled the city over the weekend.', WED, { text: 'the weekend', value: '2023-W23-WE', type: 'date', precision: 'week' }],
  // Durations and sets
  ['The truce would last 40 days.', FRI, { text: '40 days', value: 'P40D', type: 'duration' }],
  ['The country emerged from a four-year war.', FRI, { text: 'four-year', value: 'P4Y', type: 'duration' }],
  ['The meeting lasted two hours.', FRI, { text: 'two hours', value: 'PT2H', type: 'duration' }],
  ['Repairs could take several weeks.', FRI, { text: 'several weeks', value: 'PXW', type: 'duration' }],
  ['The 135-day strike ended.', FRI, { text: '135-day', value: 'P135D', type: 'duration' }],
  ['He served 20 years in office.', FRI, { text: '20 years', value: 'P20Y', type: 'duration' }],
  ['The feud has lasted for decades.', FRI, { text: 'decades', value: 'PXDE', type: 'duration' }],
  ['The fair is held every year.', FRI, { text: 'every year', value: 'P1Y', type: 'set' }],
  ['The ferry sails daily.', FRI, { text: 'daily', value: 'P1D', type: 'set' }],
  ['Inspectors visit each month.', FRI, { text: 'each month', value: 'P1M', type: 'set' }],
  ['The report is published annually.', FRI, { text: 'annually', value: 'P1Y', type: 'set' }],
  ['Trains run twice a week.', FRI, { text: 'twice a week', value: 'P1W', type: 'set' }],
  // Times of day
  ['The curfew starts at midnight.', FRI, { text: 'midnight', value: '2024-02-02T24:00', type: 'time', precision: 'time' }],
  ['Sirens sounded at 8 p.m. on Wednesday.', FRI, { text: '8 p.m.', value: '2024-01-31T20:00', type: 'time', precision: 'time' }],
  ['The blast came at 10:30 local time.', FRI, { text: '10:30 local time', value: '2024-02-02T10:30', type: 'time', precision: 'time' }],
  // Ranges: one expression per year
  ['He led the agency from 2015 to 2019.', FRI, { text: '2015', value: '2015', type: 'date', precision: 'year' }],
  ['He led the agency from 2015 to 2019.', FRI, { text: '2019', value: '2019', type: 'date', precision: 'year' }],
  // Wider coverage
  ['The treaty expires at the end of 2027.', FRI, { text: 'the end of 2027', value: '2027', type: 'date', precision: 'year' }],
  ['Elections are due by the end of the year.', FRI, { text: 'the end of the year', value: '2024', type: 'date', precision: 'year' }],
  ['The city grew fast during the 19th century.', FRI, { text: 'the 19th century', value: '18', type: 'date', precision: 'century' }],
  ['The vote is scheduled for March 5.', FRI, { text: 'March 5', value: '2024-03-05', type: 'date', precision: 'day' }],
  ['The stadium will be reopened in October.', FRI, { text: 'October', value: '2024-10', type: 'date', precision: 'month' }],
  ['The video runs 12 min in total.', FRI, { text: '12 min', value: 'PT12M', type: 'duration' }],
  ['She told NBC\'s “Meet the Press” Sunday that talks had stalled.', WED, { text: 'Sunday', value: '2023-06-11', type: 'date', precision: 'day' }],
  ['Sirens sounded overnight in the capital.', FRI, { text: 'overnight', value: '2024-02-01TNI', type: 'time', precision: 'time' }],
  ['The strike on Saturday hit a depot, officials said.', FRI, { text: 'Saturday', value: '2024-01-27', type: 'date', precision: 'day' }],
  // Issue 4, item 1: more forms
  ['The fund closed on Apr 8th 2022.', FRI, { text: 'Apr 8th 2022', value: '2022-04-08', type: 'date', precision: 'day' }],
  ['The mayor resigned on Friday.', SAT, { text: 'Friday', value: '2024-02-02', type: 'date', precision: 'day' }],
  ['The mayor will resign on Friday.', SAT, { text: 'Friday', value: '2024-02-09', type: 'date', precision: 'day' }],
  ['Output recovered in late 2023.', FRI, { text: 'late 2023', value: '2023', type: 'date', precision: 'year' }],
  ['Ferries stopped in mid-October.', FRI, { text: 'mid-October', value: '2023-10', type: 'date', precision: 'month' }],
  ['Within two years the plan had failed.', FRI, { text: 'two years', value: 'P2Y', type: 'duration' }],
  ['The truce held for the first time since the weekend.', WED, { text: 'the weekend', value: '2023-W23-WE', type: 'date', precision: 'week' }],
  // Item 3: a year-less date is the latest one on or before publication unless the clause is future
  ['The report on the March 20 raid is out.', FRI, { text: 'March 20', value: '2023-03-20', type: 'date', precision: 'day' }],
  ['Officials say the talks on March 5 went well.', FRI, { text: 'March 5', value: '2023-03-05', type: 'date', precision: 'day' }],
  ['The strike hit on May 3.', FRI, { text: 'May 3', value: '2023-05-03', type: 'date', precision: 'day' }],
  ['The agency plans to hold a vote on March 5.', FRI, { text: 'March 5', value: '2024-03-05', type: 'date', precision: 'day' }],
  ['Talks are expected to resume on March 5.', FRI, { text: 'March 5', value: '2024-03-05', type: 'date', precision: 'day' }],
  ['The firm reported profits in the third quarter.', FRI, { text: 'the third quarter', value: '2023-Q3', type: 'date', precision: 'quarter' }],
  ['Profits will rise in the first quarter.', WED, { text: 'the first quarter', value: '2024-Q1', type: 'date', precision: 'quarter' }],
  ['Both sides might want to return to the pre-March 5 borders.', FRI, { text: 'March 5', value: '2023-03-05', type: 'date', precision: 'day' }],
  ['Fighting eased in April, which is rare.', FRI, { text: 'April', value: '2023-04', type: 'date', precision: 'month' }],
  // Tense of "were killed" (an untagged auxiliary) is past even after a modal elsewhere
  ['Nobody knows how they would react after two guards were shot on Saturday.', FRI, { text: 'Saturday', value: '2024-01-27', type: 'date', precision: 'day' }],
  // Holidays: fixed-date and Easter-based resolve; moving ones are underspecified
  ['The troops were home for Christmas.', FRI, { text: 'Christmas', value: '2023-12-25', type: 'date', precision: 'day' }],
  ['The deal will be signed before Christmas.', FRI, { text: 'Christmas', value: '2024-12-25', type: 'date', precision: 'day' }],
  ['The market opened on Christmas Eve 2021.', FRI, { text: 'Christmas Eve 2021', value: '2021-12-24', type: 'date', precision: 'day' }],
  ['Crowds gathered on New Year’s Day.', FRI, { text: 'New Year’s Day', value: '2024-01-01', type: 'date', precision: 'day' }],
  ['Churches filled on Good Friday.', WED, { text: 'Good Friday', value: '2023-04-07', type: 'date', precision: 'day' }],
  ['Last Easter the church was full.', FRI, { text: 'Last Easter', value: '2023-04-09', type: 'date', precision: 'day' }],
  ['Shops close early on Halloween.', FRI, { text: 'Halloween', value: '2023-10-31', type: 'date', precision: 'day' }],
  ['Fighting paused during Ramadan.', FRI, { text: 'Ramadan', value: 'XXXX-XX-XX', type: 'date' }],
  ['Families travel over Thanksgiving.', FRI, { text: 'Thanksgiving', value: 'XXXX-XX-XX', type: 'date' }],
  ['Markets shut for Eid al-Fitr 2023.', FRI, { text: 'Eid al-Fitr 2023', value: '2023', type: 'date', precision: 'year' }],
  // Decades in words, and short year ranges
  ['He grew up in the nineties.', FRI, { text: 'the nineties', value: '199', type: 'date', precision: 'decade' }],
  ['Rents doubled in the early eighties.', FRI, { text: 'the early eighties', value: '198', type: 'date', precision: 'decade' }],
  ['The 1990s were a hard decade.', FRI, { text: 'The 1990s', value: '199', type: 'date', precision: 'decade' }],
  ['In the 1990s growth was fast.', FRI, { text: 'the 1990s', value: '199', type: 'date', precision: 'decade' }],
  ['Sales peaked in the 1980s and then fell.', FRI, { text: 'the 1980s', value: '198', type: 'date', precision: 'decade' }],
  ['The project ran from 2019-22 in three towns.', FRI, { text: '2019', value: '2019', type: 'date', precision: 'year' }],
  ['The project ran from 2019-22 in three towns.', FRI, { text: '22', value: '2022', type: 'date', precision: 'year' }],
  ['The drought of 1998–2003 hurt farmers.', FRI, { text: '1998', value: '1998', type: 'date', precision: 'year' }],
  ['The drought of 1998–2003 hurt farmers.', FRI, { text: '2003', value: '2003', type: 'date', precision: 'year' }],
  // Counted from the narrated time (same or previous sentence), else from publication
  ['The dam broke on March 5, 2019. A year later, the town was rebuilt.', FRI, { text: 'A year later', value: '2020', type: 'date', precision: 'year' }],
  ['The dam broke on March 5, 2019. Two days later, the town was empty.', FRI, { text: 'Two days later', value: '2019-03-07', type: 'date', precision: 'day' }],
  ['The strike hit on May 3. The following day, talks resumed.', FRI, { text: 'The following day', value: '2023-05-04', type: 'date', precision: 'day' }],
  ['The mine opened in 2019. Later that year it flooded.', FRI, { text: 'Later that year', value: '2019', type: 'date', precision: 'year' }],
  ['The bridge fell on 4 June 2020, and the mayor quit the same day.', FRI, { text: 'the same day', value: '2020-06-04', type: 'date', precision: 'day' }],
  ['Rebels took the town on June 2, 2021. The next morning they left.', FRI, { text: 'The next morning', value: '2021-06-03TMO', type: 'time', precision: 'time' }],
  ['Talks stalled. The ceasefire had collapsed the previous week.', FRI, { text: 'the previous week', value: '2024-W04', type: 'date', precision: 'week' }],
  ['Fighting broke out. Three weeks earlier, envoys had met.', FRI, { text: 'Three weeks earlier', value: '2024-W02', type: 'date', precision: 'week' }],
  // Undated articles keep TIMEX3 placeholders
  ['The dam burst on March 14.', null, { text: 'March 14', value: 'XXXX-03-14', type: 'date', precision: 'day' }],
  ['The dam burst yesterday.', null, { text: 'yesterday', value: 'XXXX-XX-XX', type: 'date', precision: 'day' }],
  ['The dam burst last week.', null, { text: 'last week', value: 'XXXX-WXX', type: 'date', precision: 'week' }],
  ['The dam burst on Friday.', null, { text: 'Friday', value: 'XXXX-WXX-5', type: 'date', precision: 'day' }],
];

describe('findTimeExpressions: values', () => {
  it.each(CASES)('%s (published %s) → %o', (sentence, published, expected) => {
    const found = times(sentence, published).find((t) => t.text === expected.text);
    expect(found, `no expression '${expected.text}' in ${JSON.stringify(times(sentence, published).map((t) => t.text))}`).toBeDefined();
    expect({ text: found?.text, value: found?.value, type: found?.type, ...(expected.precision ? { precision: found?.precision } : {}) })
      .toEqual(expected);
  });
});

// Each: sentence, and a substring that must not be (part of) a time expression.
const FALSE_POSITIVES: readonly [string, string][] = [
  ['Theresa May said the plan was sound.', 'May'],
  ['It may rain later in the week, forecasters said.', 'may'],
  ['Thousands of protesters march through the capital.', 'march'],
  ['The March was planned by students.', 'March'],
  ['The story first ran in the Sunday Times.', 'Sunday'],
  ['He told Fox News Sunday that the plan would work.', 'Sunday'],
  ['Rockets hit Tower 22 near the border.', '22'],
  ['Members invoked Article 5 of the treaty.', '5'],
  ['The council adopted Resolution 2334 unopposed.', '2334'],
  ['A Boeing 737 landed safely.', '737'],
  ['Two F-16 jets escorted the plane.', '16'],
  ['The fund raised $2 billion for schools.', '2'],
  ['The blast killed 34 people.', '34'],
  ['Militants fired 107mm rockets at the base.', '107'],
  ['They drove along Route 66 for fun.', '66'],
  ['Apollo 11 carried three astronauts.', '11'],
  ['Winston was taken to Room 101.', '101'],
  ['Call the hotline at 555-2020 for help.', '2020'],
  ['United sealed a 2-1 win at home.', '2-1'],
  ['About 2000 soldiers were deployed.', '2000'],
  ['The 46-year-old driver was unhurt.', '46-year'],
  ['Officials met on February 30 to talk.', 'February 30'],
  ['Critics fear the fall of the government.', 'fall'],
  ['She won a second term in office.', 'second'],
  ['A quarter of the vote went to the party.', 'quarter'],
  ['The story appeared in the Daily Mail.', 'Daily'],
  ['Sullivan appeared on ABC\'s This Week with a warning.', 'This Week'],
  // A decade as a modifier or part of a name (issue 4, item 7)
  ['The 1990s band reunited for one night.', '1990s'],
  ['She joined a 1980s pop group last spring.', '1980s'],
  ['The 1970s club closed its doors.', '1970s'],
  ['He wore a 1960s-style suit.', '1960s'],
  ['The nineties group split up.', 'nineties'],
  ['She is in her twenties.', 'twenties'],
  // Holiday names that are not dates
  ['A Christmas tree was lit in the square.', 'Christmas'],
  ['The ship reached Christmas Island.', 'Christmas'],
  ['Talks on the Good Friday Agreement stalled.', 'Good Friday'],
  ['Merry Christmas to all our readers.', 'Christmas'],
  ['The Easter Rising is taught in schools.', 'Easter'],
  // Numbers that look like a short range
  ['Ordinance 2019-22 was repealed.', '2019-22'],
  ['The home side won 2019-18 on aggregate points.', '2019-18'],
];

describe('findTimeExpressions: false positives', () => {
  it.each(FALSE_POSITIVES)('%s: not "%s"', (sentence, phrase) => {
    const at = sentence.indexOf(phrase);
    const hits = times(sentence, FRI).filter((t) => t.start < at + phrase.length && t.end > at);
    expect(hits.map((t) => `${t.text} ${t.value}`)).toEqual([]);
  });
});

describe('findTimeExpressions: bookkeeping', () => {
  it('gives offsets, sentence index, basis, anchor and explanation', () => {
    const text = 'Rain fell all day. The bridge collapsed last Friday.';
    const [t] = times(text, FRI);
    expect(t).toMatchObject({ start: text.indexOf('last Friday'), end: text.length - 1, sentence: 1, basis: 'relative', anchor: FRI });
    expect(t?.explanation).toContain('2024-02-02 (Fri)');
  });

  it('infers a missing year and says so', () => {
    const [t] = times('The airport shut on December 20.', FRI);
    expect(t).toMatchObject({ value: '2023-12-20', basis: 'year-inferred', anchor: FRI });
  });

  it('marks stated, vague and unresolved values', () => {
    expect(times('It happened on 4 May 2021.', FRI)[0]?.basis).toBe('stated');
    expect(times('It happened recently.', FRI)[0]?.basis).toBe('vague');
    expect(times('It happened yesterday.', null)[0]?.basis).toBe('unresolved');
  });

  it('flags a date after publication in a past-tense clause', () => {
    const [t] = times('The troops withdrew next month.', FRI);
    expect(t?.flags).toContain('after-publication-in-past-clause');
  });

  it('returns sorted, non-overlapping expressions, longest first', () => {
    const out = times('On Friday, Feb. 2, 2024, and two days ago, the 40-day talks failed.', FRI);
    expect(out.map((t) => t.text)).toEqual(['Friday, Feb. 2, 2024', 'two days ago', '40-day']);
  });

  it('says when a year-less date in a present-tense clause was read as past', () => {
    const t = times('The report on the March 20 raid is out.', FRI).find((x) => x.text === 'March 20');
    expect(t).toMatchObject({ basis: 'year-inferred', anchor: FRI });
    expect(t?.explanation).toMatch(/on or before the publication date \(present tense clause, not future\)/);
  });

  it('names the reference time of "a year later", or says it fell back to publication', () => {
    const narrated = times('The dam broke on March 5, 2019. A year later, it was rebuilt.', FRI).find((x) => x.text === 'A year later');
    expect(narrated).toMatchObject({ basis: 'relative', anchor: '2019-03-05' });
    expect(narrated?.explanation).toContain("from 'March 5, 2019'");
    const fallback = times('A year later, it was rebuilt.', FRI)[0];
    expect(fallback).toMatchObject({ value: '2025', anchor: FRI });
    expect(fallback?.explanation).toContain('from the publication date');
    // Counted from publication into the future while the clause is past: flagged, not hidden.
    expect(fallback?.flags).toContain('after-publication-in-past-clause');
    expect(times('A year later, it was rebuilt.', null)[0]).toMatchObject({ value: 'XXXX', basis: 'unresolved' });
  });

  it('does not reach back more than one sentence for a reference time', () => {
    const text = 'The dam broke on March 5, 2019. Crews came. Rain fell. The following day, it was quiet.';
    expect(times(text, FRI).find((x) => x.text === 'The following day')?.value).toBe('2024-02-03');
  });

  it('never throws on odd input', () => {
    expect(() => times('', FRI)).not.toThrow();
    expect(findTimeExpressions('text', { sentences: [], people: [], places: [], organizations: [] }, FRI)).toEqual([]);
    expect(() => times('On 99/99/9999 at 25:99 in 0000s.', 'not-a-date')).not.toThrow();
  });
});
