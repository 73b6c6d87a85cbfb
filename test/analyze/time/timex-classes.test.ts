/**
 * Table-driven rows for classes of time expressions found by reading the timex-dev errors:
 * each rule with sentences that must give a value and look-alikes that must give nothing.
 * Publication dates: 2024-02-02 is a Friday, 2023-06-14 a Wednesday, 2022-10-05 a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/analyze/nlp.ts';
import { findTimeExpressions } from '../../../src/analyze/time-expressions.ts';

const FRI = '2024-02-02';
const WED = '2023-06-14';
const OCT = '2022-10-05';

function times(sentence: string, published: string): { text: string; type: string; value: string }[] {
  return findTimeExpressions(sentence, parseText(sentence, [{ start: 0, end: sentence.length }]), published).map((t) => ({ text: t.text, type: t.type, value: t.value }));
}

// [rule, sentence, publication date, expected text, type, value]
const FOUND: readonly [string, string, string, string, string, string][] = [
  ['modal clause, year-less date', 'The library may stay shut until Feb. 20 for repairs.', FRI, 'Feb. 20', 'date', '2024-02-20'],
  ['modal clause, month', 'Ferries could resume sailing in March if the storms pass.', FRI, 'March', 'date', '2024-03'],
  ['modal clause, month (past side)', 'The minister said the board would rule in December.', FRI, 'December', 'date', '2023-12'],
  ['adverb between modal and verb', 'The council will next vote on March 14.', FRI, 'March 14', 'date', '2024-03-14'],
  ['schedule verb in the present', 'The festival opens on April 3 in the old harbour.', FRI, 'April 3', 'date', '2024-04-03'],
  ['schedule verb in the present, weekday', 'The new bridge reopens Tuesday after repairs.', FRI, 'Tuesday', 'date', '2024-02-06'],
  ['schedule verb, short object, then the date', 'The club plays Leeds on March 9 at home.', FRI, 'March 9', 'date', '2024-03-09'],
  ['schedule verb, a holiday as its object', 'Shops now face a lean Christmas, traders say.', WED, 'Christmas', 'date', '2023-12-25'],
  // …only with the date close after it: an everyday present verb does not make a plan.
  ['present verb, date not its own', 'The former mayor faces charges over a riot in January.', FRI, 'January', 'date', '2024-01'],
  ['schedule verb, date not its own', 'The port reopens after the storm in December.', FRI, 'December', 'date', '2023-12'],
  ['"is due on"', 'The audit is due on March 1, officials say.', FRI, 'March 1', 'date', '2024-03-01'],
  ['intent verb with an object before "to"', 'Traders expect the central bank to cut rates in April.', FRI, 'April', 'date', '2024-04'],
  ['"hope to"', 'Organisers hope to finish the stadium by November.', FRI, 'November', 'date', '2024-11'],
  ['noun after a determiner is no verb', 'She scored in the 3-0 win on Saturday, her first goal since August.', FRI, 'Saturday', 'date', '2024-01-27'],
  ['clock time then day', 'The trial resumes at 9 a.m. Monday in the county court.', WED, '9 a.m. Monday', 'time', '2023-06-19T09:00'],
  ['noon then day', 'Ballots were counted until noon Saturday.', FRI, 'noon Saturday', 'time', '2024-01-27T12:00'],
  ['clock time takes the previous sentence\'s day', 'The match was played on Tuesday. Fans left the ground after 10 p.m.', FRI, '10 p.m.', 'time', '2024-01-30T22:00'],
  ['part of the narrated day', 'The dam burst on Sunday. Villagers fled in the evening.', WED, 'the evening', 'time', '2023-06-11TEV'],
  ['fiscal year', 'Revenue doubled in fiscal 2022, the group said.', FRI, 'fiscal 2022', 'date', 'FY2022'],
  ['fiscal year, FY', 'The FY2025 budget adds 400 nurses.', FRI, 'FY2025', 'date', 'FY2025'],
  ['year between determiner and noun', 'Voters rejected the 2019 referendum by a wide margin.', FRI, '2019', 'date', '2019'],
  ['year after determiner and adjective', 'A cancelled 2020 tournament was never rescheduled.', FRI, '2020', 'date', '2020'],
  ['month listed after a month', 'Sales fell between January and May.', WED, 'May', 'date', '2023-05'],
  ['month before a noun after a possessive', 'The party chose its candidate at its March congress.', WED, 'March', 'date', '2023-03'],
  ['a round hundred is a century', 'The chapel dates from the 1400s.', FRI, 'the 1400s', 'date', '14'],
  ['the 1900s stay a decade', 'Steel output peaked in the 1900s.', FRI, 'the 1900s', 'date', '190'],
  ['"this" season after it ended', 'Tourism recovered strongly this summer.', OCT, 'this summer', 'date', '2022-SU'],
  ['plural weekday', 'The market is held on Saturdays near the river.', FRI, 'Saturdays', 'set', 'XXXX-WXX-6'],
  ['amount a year', 'Fees will rise 4% a year until the loan is repaid.', FRI, 'a year', 'set', 'P1Y'],
  ['amount a day', 'The refinery processes 90,000 barrels a day.', FRI, 'a day', 'set', 'P1D'],
  ['a year after a dated year is a duration', 'In 2019 a year passed without rain.', FRI, 'a year', 'duration', 'P1Y'],
  ['the N units to', 'Prices rose 6% in the 12 months to December.', FRI, 'the 12 months', 'duration', 'P12M'],
  ['holiday after "beyond"', 'The curfew will last beyond Christmas.', WED, 'Christmas', 'date', '2023-12-25'],
  ['holiday after an adjective', 'Hotels reported a quiet Easter.', WED, 'Easter', 'date', '2023-04-09'],
  ['a number and its noun before "a day"', 'The plant treats 40 tonnes a day.', FRI, 'a day', 'set', 'P1D'],
  ['an amount, then "a day after": a stretch, not a rate', 'Gunmen killed 12 guards a day after the truce.', FRI, 'a day', 'duration', 'P1D'],
  ['an amount, then "a week before"', 'The party fielded 300 candidates a week before the vote.', FRI, 'a week', 'duration', 'P1W'],
  ['the previous quarter', 'Profit rose in the second quarter of 2023 after falling in the previous quarter.', FRI, 'the previous quarter', 'date', '2023-Q1'],
  ['month of last year', 'The port has been closed since June of last year.', FRI, 'June of last year', 'date', '2023-06'],
  ['month-day then this year', 'Exams start on May 6 this year, a week early.', FRI, 'May 6', 'date', '2024-05-06'],
  ['start of last unit', 'The bridge closed at the start of last week.', WED, 'the start of last week', 'date', '2023-W23'],
];

describe('time expression classes: found with the right value', () => {
  it.each(FOUND)('%s: %s', (_rule, sentence, published, text, type, value) => {
    expect(times(sentence, published)).toContainEqual({ text, type, value });
  });
});

// [rule, sentence, publication date, text that must not be tagged]
const NOT_FOUND: readonly [string, string, string, string][] = [
  ['a number glued to letters is no day', 'The launch used a Long March 7A rocket.', FRI, 'March 7'],
  ['a quarter as a fraction', 'The plant cut its water use by a quarter.', FRI, 'a quarter'],
  ['a count after a determiner', 'The 1500 metres final was moved indoors.', FRI, '1500'],
  ['a count noun after a year-like number', 'The 2000 people at the rally were sent home.', FRI, '2000'],
  ['"The March" as a noun', 'The March was organised by nurses.', FRI, 'March'],
  ['modal "may" after a pronoun', 'They may publish the figures later.', FRI, 'may'],
  ['a plural weekday in a name', 'Tickets went on sale at Fridays Bar and Grill.', FRI, 'Fridays'],
  ['a model number', 'The airline grounded its Boeing 737 fleet.', FRI, '737'],
  ['a tournament name', 'Fans travelled to Euro 2024 in large numbers.', FRI, '2024'],
  ['a disease name', 'COVID-19 cases fell in the region.', FRI, '19'],
  ['a building number', 'Offices in Tower 42 were evacuated.', FRI, '42'],
  ['a quarter of something', 'A quarter of the budget went to roads.', FRI, 'A quarter'],
  ['a morning of a named day is left to the date rules', 'Residents recalled the morning of the flood.', FRI, 'the morning'],
];

describe('time expression classes: look-alikes are not tagged', () => {
  it.each(NOT_FOUND)('%s: %s', (_rule, sentence, published, text) => {
    expect(times(sentence, published).map((t) => t.text)).not.toContain(text);
  });
});
