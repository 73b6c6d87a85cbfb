import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/analyze/mentions.ts';
import { parseText } from '../../src/analyze/nlp.ts';
import type { Mention } from '../../src/model.ts';

/** Paragraphs = blocks separated by blank lines, as the ingest stage makes them. */
function mentionsOf(text: string): Mention[] {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return findMentions(text, parseText(text, paragraphs));
}

const spans = (text: string): string[] => mentionsOf(text).map((m) => `${m.text}:${m.type}`);

describe('findMentions: spans and types', () => {
  const table: Array<[string, string[]]> = [
    ['The rally in Lisbon drew thousands.', ['Lisbon:place']],
    ['Olaf Brandt met the Ministry of Transport on Tuesday.', ['Olaf Brandt:person', 'Ministry of Transport:organization']],
    ['Analysts at the Council on Regional Security disagreed.', ['Council on Regional Security:organization']],
    ['The Northern Liberation Front claimed the attack.', ['Northern Liberation Front:organization']],
    ['Troops crossed into Canada from the United States.', ['Canada:place', 'United States:place']],
    ['A report by the U.S. Treasury alarmed NATO members.', ['U.S. Treasury:organization', 'NATO:organization']],
    ['Officials said the WTO would rule.', ['WTO:organization']],
    ['Prime Minister Ingrid Solberg spoke first.', ['Ingrid Solberg:person']],
    ['Mr. Halvorsen declined to comment.', ['Halvorsen:person']],
    ['Staff Sgt. Marcus Delaney Reed, 31, of Dayton, Ohio, was hurt.', ['Marcus Delaney Reed:person', 'Dayton:place', 'Ohio:place']],
    ['He spoke in Al-Qasr after the raid.', ['Al-Qasr:place']],
    ['Talks with Ahmed bin Rashid al-Nuaimi ended.', ['Ahmed bin Rashid al-Nuaimi:person']],
    ['She joined Global Relief Foundation in 2019.', ['Global Relief Foundation:organization']],
    ['Troops reached the Gulf of Finland by night.', ['Gulf of Finland:place']],
    ['The Red Sea route is closed.', ['Red Sea:place']],
    ['Militants fired on Camp 7 overnight.', ['Camp 7:place']],
    ['Kenneth “Buzz” Aldane Jr. retired.', ['Kenneth “Buzz” Aldane Jr:person']],
    ['Reporters from Tokyo and Berlin arrived.', ['Tokyo:place', 'Berlin:place']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });
});

describe('findMentions: titles, possessives and names', () => {
  it('keeps the title out of the span and records it', () => {
    const [m] = mentionsOf('Defence Minister Lena Varga resigned.');
    expect(m).toMatchObject({ text: 'Lena Varga', name: 'Lena Varga', title: 'Defence Minister', type: 'person' });
  });
  it('cuts a possessive from the span and the name', () => {
    const [m] = mentionsOf("Spain's government fell.");
    expect(m).toMatchObject({ text: 'Spain', name: 'Spain', type: 'place' });
  });
  it('ends a name at a possessive, with straight and curly apostrophes', () => {
    expect(spans('Chile’s Socialist Party won.')).toEqual(['Chile:place', 'Socialist Party:organization']);
  });
  it('carries a title across compromise\'s false sentence break after an abbreviation', () => {
    const [m] = mentionsOf('The letter was signed by Spc. Dana Whitfield, 22.');
    expect(m).toMatchObject({ name: 'Dana Whitfield', title: 'Spc.', type: 'person' });
  });
  it('splits hyphen-joined places', () => {
    expect(spans('Shelling hit the Peru-Ecuador border.')).toEqual(['Peru:place', 'Ecuador:place']);
  });
  it('types a bare surname like the full name introduced earlier', () => {
    const ms = mentionsOf('Olaf Brandt arrived on Monday. Brandt said little.');
    expect(ms.map((m) => `${m.name}:${m.type}`)).toEqual(['Olaf Brandt:person', 'Brandt:person']);
  });
  it('sets the sentence index', () => {
    const ms = mentionsOf('Rain fell. Snow fell in Oslo.');
    expect(ms[0]).toMatchObject({ name: 'Oslo', sentence: 1 });
  });
});

describe('findMentions: nationality words', () => {
  const table: Array<[string, string, string, string]> = [
    ['Chilean officials met on Friday.', 'Chilean', 'Chile', 'demonym:adjective'],
    ['Thousands of Peruvians marched.', 'Peruvians', 'Peru', 'demonym:plural'],
    ['Americans voted early.', 'Americans', 'United States', 'demonym:plural'],
  ];
  it.each(table)('%s', (sentence, name, country, evidence) => {
    const m = mentionsOf(sentence).find((x) => x.name === name);
    expect(m).toMatchObject({ type: 'group', country });
    expect(m?.evidence).toContain(evidence);
  });
});

describe('findMentions: false positives', () => {
  const table: Array<[string, string[]]> = [
    ['However, the talks collapsed.', []],
    ['The talks collapsed.', []],
    ['But nobody came.', []],
    ['Even so, prices rose.', []],
    ['Officials declined to comment.', []],
    ['Sources close to the talks said no.', []],
    ['Instead, they waited.', []],
    ['Under the deal, taxes fall.', []],
    ['In March the rains came on a Monday.', []],
    ['Live Story', []],
    ['Breaking News', []],
    ['I think it worked.', []],
    ['The President spoke at length.', []],
    ['Tired Voters Face Long Queues At Polls', []],
    ['SHOCK AS PRICES SOAR AGAIN', []],
    ['Chapter XII was missing.', []],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });
});

describe('findMentions: headline-like text only yields backed names', () => {
  it('keeps gazetteer names and body names, drops capitalised words', () => {
    const text = 'Voters In Kenya Face Long Queues As Odinga Rallies\n\nRaila Odinga addressed crowds in Nairobi.';
    expect(spans(text)).toEqual(['Kenya:place', 'Odinga:person', 'Raila Odinga:person', 'Nairobi:place']);
  });
});

describe('findMentions: output shape', () => {
  it('is sorted and non-overlapping', () => {
    const ms = mentionsOf('Olaf Brandt of the Ministry of Transport flew from Oslo to the United States with NATO staff.');
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
  it('is pure: the same input gives the same output', () => {
    const text = 'Ingrid Solberg met NATO in Brussels.';
    expect(mentionsOf(text)).toEqual(mentionsOf(text));
  });
});

describe('findMentions: what the text says the name is', () => {
  const typeOf = (sentence: string, name: string): string | undefined => mentionsOf(sentence).find((m) => m.text === name)?.type;
  it.each([
    ['Fighters of the Zarat Bakum militia crossed the river.', 'Zarat Bakum', 'organization'],
    ['Zarat Bakum, a pro-government militia, denied the claim.', 'Zarat Bakum', 'organization'],
    ['Zarat Bakum, a senior official, denied the claim.', 'Zarat Bakum', 'person'],
    ['The Orvel Tamsin group claimed the attack.', 'Orvel Tamsin', 'organization'],
  ])('%s → %s is %s', (sentence, name, type) => {
    expect(typeOf(sentence, name)).toBe(type);
  });

  // False positives: nouns after a person that do not make the person an organisation.
  it.each([
    ['The Joe Marlow administration cut taxes.', 'Joe Marlow', 'person'],
    ['Anna Keller, the group leader, spoke first.', 'Anna Keller', 'person'],
  ])('%s → %s stays %s', (sentence, name, type) => {
    expect(typeOf(sentence, name)).toBe(type);
  });
});

describe('findMentions: sentence-initial names, headlines and quoted titles', () => {
  const table: Array<[string, string[]]> = [
    // An unknown word that opens a sentence as the subject of a saying verb.
    ['Okonjo said the talks had failed.', ['Okonjo:person']],
    ['The plan collapsed, said Wanjiku.', ['Wanjiku:person']],
    // A name ending in an organisation head opens a sentence even when its first word is a verb.
    ['State Department officials declined to comment.', ['State Department:organization']],
    // A Title Case line without a full stop is a headline: only gazetteer and known names count.
    ['Storms Batter Coastal Towns in Northern Chile', ['Chile:place']],
    ['Peru, Bolivia Sign Deal to Share Lake Water', ['Peru:place', 'Bolivia:place']],
    // Quoted titles of programmes and books are no actors; the names outside them are.
    ['Ann Roe spoke on “Meet the Voters” on Sunday.', ['Ann Roe:person']],
    ['He told "Inside with Dana Fox" that Lima would wait.', ['Lima:place']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });
});

describe('findMentions: false positives of the sentence-initial and quoted-title rules', () => {
  const table: Array<[string, string[]]> = [
    ['Residents said the water had risen.', []],
    ['Officials said nothing.', []],
    ['Yesterday said it all.', []],
    ['Critics said the plan was flawed.', []],
    ['March said to be the wettest month.', []],
    // A quoted single word and a quoted sentence are not titles: their names stay.
    ['Talks in “Geneva” failed.', ['Geneva:place']],
    ['He said: "Tokyo will respond, and soon," and left.', ['Tokyo:place']],
    // A nickname inside a name is not a title.
    ['Kenneth “Buzz” Aldane Jr. retired.', ['Kenneth “Buzz” Aldane Jr:person']],
    // A line without a full stop but in sentence case is no headline: its names are all found.
    ['Ana Ruiz signs a water deal with Chile', ['Ana Ruiz:person', 'Chile:place']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });
});

describe('findMentions: company words, bodies, places by context (issue 3)', () => {
  const table: Array<[string, string[]]> = [
    ['Regulators fined Korvane Software for the outage.', ['Korvane Software:organization']],
    ['Analysts expect Brannvik Energi to raise output.', ['Brannvik Energi:organization']],
    ['Lawmakers in the Rajya Sabha walked out.', ['Rajya Sabha:organization']],
    ['The bill went back to the Vestry Duma.', ['Vestry Duma:organization']],
    ['Delegates were sent to the Orvan Kesh for the vote.', ['Orvan Kesh:organization']],
    ['A spokeswoman for Tavlor said the fleet was grounded.', ['Tavlor:organization']],
    ['Shares of Morrenex fell sharply.', ['Morrenex:organization']],
    ['Fighters seized a village south of Qarqosh.', ['Qarqosh:place']],
    ['Tanks entered the Ein Sultan refugee camp.', ['Ein Sultan:place']],
    ['Shells hit the northern town, Deir Mazra, overnight.', ['Deir Mazra:place']],
    ['Its spokesman, Tomas Okeke, declined to comment.', ['Tomas Okeke:person']],
    ['Cyclone Amara hit the coast of Oman.', ['Oman:place']],
    ['Lee Min-seo chaired the meeting in Busan.', ['Lee Min-seo:person', 'Busan:place']],
    ['Park Ha-eun and Choi Jun-ho signed the deal.', ['Park Ha-eun:person', 'Choi Jun-ho:person']],
    ['Khalid al-Zubaidi was appointed envoy.', ['Khalid al-Zubaidi:person']],
    ['Supporters of the All Farmers Congress marched.', ['All Farmers Congress:organization']],
    ['Officials from UNICEF and WHO met in Quito.', ['UNICEF:organization', 'WHO:organization', 'Quito:place']],
    ['A White House National Economic Council aide spoke.', ['White House:organization', 'National Economic Council:organization']],
    ['A spokesman for the Danish Ministry of Culture said no.', ['Danish:group', 'Ministry of Culture:organization']],
    ['Attacks stopped after the militia Saraya Nour withdrew.', ['Saraya Nour:organization']],
    ['Club Atletico Norte beat Sporting Vale 2-0.', ['Club Atletico Norte:organization', 'Sporting Vale:organization']],
    ['Volunteers of the Palestinian Red Crescent arrived.', ['Palestinian Red Crescent:organization']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });

  const falsePositives: Array<[string, string[]]> = [
    ['Ottawa-based lawyers and Kyiv-born artists met.', ['Ottawa:place', 'Kyiv:place']],
    ['The Supreme Court Bar Association protested.', ['Supreme Court Bar Association:organization']],
    ['The Syrian Democratic Forces advanced.', ['Syrian Democratic Forces:organization']],
    ['All Americans deserve a vote.', ['Americans:group']],
    ['A lawyer for Okonjo said the charges were false.', ['Okonjo:person']],
    ['A banner read WHO WE ARE in red.', []],
    ['Critics of Arabic-language media complained.', []],
    ['Tomas Okeke, the spokesman, declined to comment.', ['Tomas Okeke:person']],
  ];
  it.each(falsePositives)('no false name or type: %s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });

  it('takes lower-case title words into a capitalised title', () => {
    const [m] = mentionsOf('The rally was led by former President Alma Reyes.');
    expect(m).toMatchObject({ text: 'Alma Reyes', title: 'former President', type: 'person' });
  });

  it('splits a nationality off a name the article also uses without it', () => {
    const text = 'Fighters of the Iraqi Saraya Nour Brigades shelled the base. Saraya Nour later withdrew.';
    expect(spans(text)).toEqual(['Iraqi:group', 'Saraya Nour Brigades:organization', 'Saraya Nour:organization']);
  });

  it('lets a place apposition out-vote compromise\'s person guess in the same article', () => {
    const text = 'Strikes hit the southern city, Beit Sahour, on Monday.\n\nTroops moved to capture Beit Sahour.';
    expect(mentionsOf(text).map((m) => m.type)).toEqual(['place', 'place']);
  });
});
