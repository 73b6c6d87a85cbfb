/**
 * Table-driven rows for the classes found by reading the errors of the second timex-dev batch
 * (test/fixtures/timex-dev/timex-dev-2.jsonl): plans inside present-perfect and past clauses,
 * same-day weekdays ahead, "soon", "the year" in part, years after "for" and period verbs,
 * hyphenated quarters before figures, "straight" counts. Each class has look-alikes that
 * must keep their old reading or give nothing.
 * Publication dates: 2024-02-02 is a Friday, 2023-06-14 a Wednesday, 2022-05-10 a Tuesday, 2022-10-05 a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/analyze/nlp.ts';
import { findTimeExpressions } from '../../../src/analyze/time-expressions.ts';

const FRI = '2024-02-02';
const WED = '2023-06-14';
const TUE = '2022-05-10';
const OCT = '2022-10-05';

function times(sentence: string, published: string): { text: string; type: string; value: string }[] {
  return findTimeExpressions(sentence, parseText(sentence, [{ start: 0, end: sentence.length }]), published).map((t) => ({ text: t.text, type: t.type, value: t.value }));
}

// [rule, sentence, publication date, expected text, type, value]
const FOUND: readonly [string, string, string, string, string, string][] = [
  // A present-perfect or present clause pointing ahead through "for", "until", "starting".
  ['present perfect, "for" a weekday', 'Nurses have called a walkout for Tuesday at two hospitals.', FRI, 'Tuesday', 'date', '2024-02-06'],
  ['present perfect, "for" a day date', 'The league has set the final for May 4 in the capital.', FRI, 'May 4', 'date', '2024-05-04'],
  ['present perfect, "until"', 'Ferry crossings have been suspended until Monday.', FRI, 'Monday', 'date', '2024-02-05'],
  ['present, "has until"', 'The insurer has until March 8 to file its appeal.', FRI, 'March 8', 'date', '2024-03-08'],
  ['modal, "until"', 'Schools may stay shut until Thursday.', FRI, 'Thursday', 'date', '2024-02-08'],
  ['"starting" a weekday', 'The mayor has ordered parks to close starting Wednesday.', FRI, 'Wednesday', 'date', '2024-02-07'],
  // …a past clause keeps its tense; "for" a month is not read as a plan.
  ['past perfect, "until"', 'The pass had been closed until Tuesday, a ranger said.', FRI, 'Tuesday', 'date', '2024-01-30'],
  ['present perfect, "for" a month', 'Sales for December have been revised up.', FRI, 'December', 'date', '2023-12'],
  ['present perfect, "since"', 'The road has been closed since Tuesday.', FRI, 'Tuesday', 'date', '2024-01-30'],
  // An infinitive after a past or -ing intent verb: the nearest occurrence.
  ['past intent verb, infinitive, month ahead', 'The regulator agreed on Monday to cap fares from July.', TUE, 'July', 'date', '2022-07'],
  ['past intent verb, infinitive, month behind', 'Lenders voted to freeze the fund in March.', TUE, 'March', 'date', '2022-03'],
  ['intent verb with an object', 'The court ordered the firm to pay the fine by June.', TUE, 'June', 'date', '2022-06'],
  ['"-ing" intent verb, season', 'The owners are planning to reopen the hotel in the autumn.', WED, 'the autumn', 'date', '2023-FA'],
  ['present intent verb keeps its plan', 'The agency intends to publish the audit in May.', WED, 'May', 'date', '2024-05'],
  ['a past form after a determiner is no verb', 'Clinics aim to give a second dose to all adults by the end of April.', FRI, 'the end of April', 'date', '2024-04'],
  // Same weekday as publication, future clause: that day.
  ['future, same weekday', 'Divers will search the lake again Friday morning.', FRI, 'Friday morning', 'time', '2024-02-02TMO'],
  ['future, next weekday', 'Divers will search the lake again Saturday.', FRI, 'Saturday', 'date', '2024-02-03'],
  ['"next" stays strict', 'The panel will meet next Friday.', FRI, 'next Friday', 'date', '2024-02-09'],
  // soon
  ['"soon" in a future clause', 'The ministry will publish the report soon.', FRI, 'soon', 'date', 'FUTURE_REF'],
  ['"soon" after a modal', 'A verdict could come soon, lawyers said.', FRI, 'soon', 'date', 'FUTURE_REF'],
  // the year in part
  ['"most of the year"', 'Copper prices fell for most of the year.', WED, 'the year', 'date', '2023'],
  ['"the rest of the year"', 'The plant will stay idle for the rest of the year.', WED, 'the rest of the year', 'date', '2023'],
  ['a unit "of the year"', 'It was the busiest week of the year for airports.', WED, 'the year', 'date', '2023'],
  ['"The year" as a subject', 'The year has brought record rainfall. Farmers are worried.', WED, 'The year', 'date', '2023'],
  // bare years
  ['year after "for"', 'A new census is planned for 2026.', FRI, '2026', 'date', '2026'],
  ['year after a period verb', 'The bond market ended 2023 down 4%.', FRI, '2023', 'date', '2023'],
  ['year after "began"', 'The team began 2024 with three straight wins.', FRI, '2024', 'date', '2024'],
  // hyphenated quarter before figures
  ['hyphenated quarter before profit', 'The bank posted weak third-quarter profit.', FRI, 'third-quarter', 'date', '2023-Q3'],
  ['hyphenated quarter in Q4 is this year\'s', 'Retailers expect weak fourth-quarter sales.', '2023-11-20', 'fourth-quarter', 'date', '2023-Q4'],
  ['hyphenated quarter, future', 'The chipmaker will report fourth-quarter earnings on Feb. 20.', FRI, 'fourth-quarter', 'date', '2023-Q4'],
  // straight / consecutive counts
  ['"straight" count', 'The index has risen for six straight days.', FRI, 'six straight days', 'duration', 'P6D'],
  ['"consecutive" count', 'Rain fell for nine consecutive hours.', FRI, 'nine consecutive hours', 'duration', 'PT9H'],
  // part of a season
  ['"the end of the summer"', 'The pool closed at the end of the summer.', OCT, 'the end of the summer', 'date', '2022-SU'],
];


describe('time expression classes (batch 2): found with the right value', () => {
  it.each(FOUND)('%s: %s', (_rule, sentence, published, text, type, value) => {
    expect(times(sentence, published)).toContainEqual({ text, type, value });
  });
});

// [rule, sentence, publication date, text that must not be tagged]
const NOT_FOUND: readonly [string, string, string, string][] = [
  ['"as soon as"', 'Repairs start as soon as the water recedes.', FRI, 'soon'],
  ['"soon after" an event', 'The gates opened soon after the alarm.', FRI, 'soon'],
  ['"soon" in a past narrative', 'The crowd was soon dispersed by riot police.', FRI, 'soon'],
  ['"of the year" after a title', 'She was named player of the year.', FRI, 'the year'],
  ['a title "of the year"', 'The novel won book of the year.', FRI, 'the year'],
  ['"the year before"', 'Exports grew 3% over most of the year before.', FRI, 'the year'],
  ['a count after "for"', 'The stadium was sold out for 2000 fans.', FRI, '2000'],
  ['a count after a period verb', 'The rally ended 1500 points higher.', FRI, '1500'],
  ['a flight number', 'Flight 2024 landed safely in Lisbon.', FRI, '2024'],
  ['a street number', 'The embassy at 1800 River Road was closed.', FRI, '1800'],
  ['a first-half goal is no half-year', 'He scored a first-half goal against Porto.', FRI, 'first-half'],
  ['a fourth-quarter play is no quarter', 'The team lost after a fourth-quarter fumble.', FRI, 'fourth-quarter'],
  ['a percentage is no time', 'Turnout reached 61% in the north.', FRI, '61'],
  ['"straight" without a count', 'He went straight home after the match.', FRI, 'straight'],
];

describe('time expression classes (batch 2): look-alikes are not tagged', () => {
  it.each(NOT_FOUND)('%s: %s', (_rule, sentence, published, text) => {
    expect(times(sentence, published).map((t) => t.text)).not.toContain(text);
  });
});
