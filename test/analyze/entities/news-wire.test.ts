/**
 * Name finding on wire-style news: datelines, match reports, company and body names, titles,
 * surnames with particles. Each table pairs the names a rule must find with sentences where it
 * must not fire (common capitalised words, sentence openers, months, days, headline words).
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analyze/mentions.ts';
import { parseText } from '../../../src/analyze/nlp.ts';
import { findDateline } from '../../../src/analyze/entities/dateline.ts';
import { isMatchReport } from '../../../src/analyze/entities/sports-clubs.ts';
import type { Mention } from '../../../src/model.ts';

/** One paragraph per line, as the ingest stage makes them for plain text. */
function mentionsOf(text: string): Mention[] {
  const paragraphs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return findMentions(text, parseText(text, paragraphs));
}

const spans = (text: string): string[] => mentionsOf(text).map((m) => `${m.text}:${m.type}`);

const check = (table: Array<[string, string[]]>): void => {
  it.each(table)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
};

describe('datelines: the filing place is a place, the agency an organisation', () => {
  check([
    ['OSLO (Reuters) - Prices rose in March, the statistics office said.', ['OSLO:place', 'Reuters:organization']],
    ['LIMA, Peru (AP) — Protesters blocked roads on Monday.', ['LIMA:place', 'Peru:place', 'AP:organization']],
    ['SANTO DOMINGO, May 2 (Reuters) - Power returned to most homes.', ['SANTO DOMINGO:place', 'Reuters:organization']],
    ['WHITEHORSE, Yukon (CP) — Crews cleared the highway.', ['WHITEHORSE:place', 'Yukon:place', 'CP:organization']],
    ['GENEVA -- Talks resumed at dawn.', ['GENEVA:place']],
  ]);
  // The word that opens the story is capitalised by position: only backing makes it a name.
  check([
    ['ACCRA (Reuters) - Gunmen on motorbikes robbed a bank.', ['ACCRA:place', 'Reuters:organization']],
    ['QUITO (Reuters) - Tens of thousands marched on Friday.', ['QUITO:place', 'Reuters:organization']],
    ['DAKAR (Reuters) - Floodwaters rose overnight.', ['DAKAR:place', 'Reuters:organization']],
    ['HANOI (Reuters) - Vietnam cut its rate.', ['HANOI:place', 'Reuters:organization', 'Vietnam:place']],
  ]);
  it('finds no dateline in running text or in a headline', () => {
    const tokens = (text: string) => parseText(text, [{ start: 0, end: text.length }]).sentences[0]!.tokens;
    expect(findDateline(tokens('The NATO summit (in June) - was short.'))).toBeNull();
    expect(findDateline(tokens('MARKETS RALLY AS RATES FALL'))).toBeNull();
    expect(findDateline(tokens('NATO - the alliance - met on Friday.'))).toBeNull();
    expect(findDateline(tokens('OSLO (Reuters) - Prices rose.'))).toMatchObject({ place: [0, 0], agency: [1, 1], body: 2 });
  });
  it('keeps a dateline a place when a club of the same name plays in the story', () => {
    const text = 'PORTO, Portugal (Reuters) - Porto beat Braga 3-1 on Sunday to go top of the league, with striker Tiago Mendes scoring twice after a penalty.';
    expect(spans(text).slice(0, 4)).toEqual(['PORTO:place', 'Portugal:place', 'Reuters:organization', 'Porto:organization']);
  });
});

describe('match reports: a town stands for its club', () => {
  check([
    ['Leeds beat Everton 2-0 on Saturday as the home side moved third in the league table with two late goals from a substitute.', ['Leeds:organization', 'Everton:organization']],
    ['After the 1-1 league draw at home, Lyon coach Marco Ferri praised his striker, saying the point kept the title race open.', ['Lyon:organization', 'Marco Ferri:person']],
  ]);
  check([
    // A result verb without a match report: the city stays a place.
    ['Voters in Leeds beat the odds on Thursday, the council said.', ['Leeds:place']],
    // In a match report, "in X" is still the place, and a country is its national team's place.
    ['Chile beat Peru 2-1 in Santiago after a late goal from substitute Ana Rojas, and the league season resumes next week.', ['Chile:place', 'Peru:place', 'Santiago:place', 'Ana Rojas:person']],
  ]);
  it('needs a score and several sports words', () => {
    expect(isMatchReport('The committee voted 7-2 to cut rates on Thursday.')).toBe(false);
    expect(isMatchReport('Lyon beat Nice 3-1, their first league win of the season, with the striker scoring a penalty.')).toBe(true);
    expect(isMatchReport('The board voted 5-4 to sell the unit; the final vote won support after the firm lost its title case.')).toBe(false);
    // A court ruling with sports-like words is not a match: the score is no result.
    expect(isMatchReport('The court ruled 6-3 that the league must pay the coach a penalty, and the defender of the squad drew criticism.')).toBe(false);
    expect(isMatchReport('Porto drew 1-1 with Braga in the league, the striker scoring from the penalty spot.')).toBe(true);
  });
});

describe('names with particles, titles and nationality words', () => {
  check([
    ['Talks were led by Ana Lucía de la Torre on Friday.', ['Ana Lucía de la Torre:person']],
    ['Pieter Willem van der Berg resigned.', ['Pieter Willem van der Berg:person']],
    ['Paula Ramos de los Santos spoke. De los Santos said the vote was fair.', ['Paula Ramos de los Santos:person', 'De los Santos:person']],
    ['Inspector Rahul Verma led the raid.', ['Rahul Verma:person']],
    ['Superintendent Grace Otieno said two men were held.', ['Grace Otieno:person']],
    ['The EU Trade Commissioner Anna Berg spoke.', ['EU:organization', 'Anna Berg:person']],
    ['Agriculture Minister Joseph Banda visited farms.', ['Joseph Banda:person']],
    ['Mining Minister Dewi Lestari announced the ban.', ['Dewi Lestari:person']],
    ['She beat Czech Lucie Horakova in three sets.', ['Czech:group', 'Lucie Horakova:person']],
  ]);
  check([
    ['The UN High Commissioner for Refugees appealed for funds.', ['UN High Commissioner for Refugees:organization']],
    ['The Commission on Human Rights and the Department of Justice opened inquiries.', ['Commission on Human Rights:organization', 'Department of Justice:organization']],
    ['Leaders of the United Arab Emirates and Kenya met in May.', ['United Arab Emirates:place', 'Kenya:place']],
    ['Korean Air Lines cancelled the flight over the Indian Ocean.', ['Korean Air Lines:organization', 'Indian Ocean:place']],
    ['De facto control passed to the army in June.', []],
  ]);
});

describe('organisation names', () => {
  check([
    ['The Securities and Exchange Commission fined the firm.', ['Securities and Exchange Commission:organization']],
    ['The Disaster Risk Reduction and Management Office said 12 died.', ['Disaster Risk Reduction and Management Office:organization']],
    ['The Centres for Disease Control and Prevention issued a warning.', ['Centres for Disease Control and Prevention:organization']],
    ['The Economic Community of Central African States met in Libreville.', ['Economic Community of Central African States:organization', 'Libreville:place']],
    ['The Joint Chamber of Commerce in Tbilisi said members were worried.', ['Joint Chamber of Commerce in Tbilisi:organization']],
    ["The National Farmers' Union called a strike.", ["National Farmers' Union:organization"]],
    ['The banned Lashkar-e-Jhangvi claimed the attack.', ['Lashkar-e-Jhangvi:organization']],
    ['Shares of PT Sinar Nusantara rose.', ['PT Sinar Nusantara:organization']],
    ['Daewon Shipbuilding won the order.', ['Daewon Shipbuilding:organization']],
    ['Police arrested a leader of the Golfo Cartel.', ['Golfo Cartel:organization']],
    ['The African Development Bank approved the loan.', ['African Development Bank:organization']],
    ['The Kenya Competition and Consumer Authority opened an inquiry.', ['Kenya Competition and Consumer Authority:organization']],
    ['Stockport Rovers drew with Halden Athletic on Saturday.', ['Stockport Rovers:organization', 'Halden Athletic:organization']],
    ['The minister told Radio Soleil that prices would fall.', ['Radio Soleil:organization']],
  ]);
  check([
    // Without "the", "and" joins two names.
    ['A deal between Google and Samsung Electronics fell through.', ['Google:organization', 'Samsung Electronics:organization']],
    ['Talks between the Netherlands and Ghana Cocoa Board stalled.', ['Netherlands:place', 'Ghana Cocoa Board:organization']],
    // A national body's nationality word is split off; a continent's adjective is not.
    ['The Chilean Ministry of Mining said output fell.', ['Chilean:group', 'Ministry of Mining:organization']],
    // Competitions and festivals are no actors.
    ['She won the Australian Open and the Davis Cup.', []],
    ['The Open University opened a campus.', ['Open University:organization']],
  ]);
  it('gives a company short name the type of the full name', () => {
    expect(spans('Kestrel Motor Corp cut jobs on Monday. Kestrel said sales fell.')).toEqual([
      'Kestrel Motor Corp:organization',
      'Kestrel:organization',
    ]);
    expect(spans('Talvik Shipping raised its rates. Talvik said fuel costs rose.')).toEqual(['Talvik Shipping:organization', 'Talvik:organization']);
  });
  it('keeps a short name that is a place where the text puts it in a place', () => {
    expect(spans('Kestrel Motor Corp built a plant in Kestrel.')).toEqual(['Kestrel Motor Corp:organization', 'Kestrel:place']);
    expect(spans('The Nairobi Securities Exchange fell. Nairobi was calm.')).toEqual(['Nairobi Securities Exchange:organization', 'Nairobi:place']);
  });
  check([
    ['Economists at Halvard expected a cut.', ['Halvard:organization']],
    ['Analysts at Brevik said demand was weak.', ['Brevik:organization']],
    ['Workers at Leeds went home.', ['Leeds:place']],
  ]);
});

describe('places by context', () => {
  check([
    ['Most deaths were in Masbate and Biliran, officials said.', ['Masbate:place', 'Biliran:place']],
    ['On Monday, Masbate Governor Elena Cruz said rescuers were out.', ['Masbate:place', 'Elena Cruz:person']],
    ['Floods hit the Sirajganj and Jamalpur districts.', ['Sirajganj:place', 'Jamalpur:place']],
  ]);
  check([
    ['Speaking in Geneva, WHO chief Ama Mensah warned of cholera.', ['Geneva:place', 'WHO:organization', 'Ama Mensah:person']],
    ['Central Bank Governor Paulo Neves held rates.', ['Central Bank:organization', 'Paulo Neves:person']],
    ['He met the Zorva and Kelto groups.', ['Zorva:organization', 'Kelto:organization']],
  ]);
});

describe('sentence openers that compromise reads as names', () => {
  check([
    ['Retail investors lost money on Tuesday.', []],
    ['Foreign investors sold bonds in May.', []],
    ['Greenpeace activists boarded the ship, Greenpeace said.', ['Greenpeace:organization', 'Greenpeace:organization']],
    ['Kenya raised rates on Monday.', ['Kenya:place']],
  ]);
});
