import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/analyze/nlp.ts';
import { findTimeExpressions } from '../../../src/analyze/time-expressions.ts';
import { eventsOf } from './analyze-text.ts';

/**
 * Who did what to whom, one block of rows per construction: rows where the rule applies and
 * rows where it must not. Sentence, trigger → agents, targets (texts).
 */
const CASES: [string, string, string[], string[]][] = [
  // Introductory phrase before the subject: skipped when falling back to the sentence subject.
  ['Further afield, the Zembla movement, which controls parts of Ruritania, has attacked ships in the Baltic Sea.', 'attacked', ['the Zembla movement'], ['ships']],
  ['Overnight, the rebel army, which holds the hills, shelled the town.', 'shelled', ['the rebel army'], ['the town']],
  ['On Saturday, the rebel group, which holds the north, attacked a convoy.', 'attacked', ['the rebel group'], ['a convoy']],
  ['After attacking the town, the rebels fled.', 'attacking', ['the rebels'], ['the town']],
  // …but a subordinate clause with a subject of its own keeps it (compromise tags "after" a preposition).
  ['After rebels attacked the town, the army withdrew.', 'attacked', ['rebels'], ['the town']],
  ['Fighting resumed after the rebels attacked the town.', 'attacked', ['the rebels'], ['the town']],
  // …but not a first phrase that is the subject.
  ['Meanwhile the rebels, who hold the north, attacked the town.', 'attacked', ['the rebels'], ['the town']],
  ['Freedonia, which borders Atlantis, attacked the port.', 'attacked', ['Freedonia'], ['the port']],

  // "from X" after a violent event noun names the actor; a direction or area does not.
  ['The raids drew retaliatory strikes from Freedonia and Atlantis.', 'strikes', ['Freedonia and Atlantis'], []],
  ['Cargo ships have come under frequent attack from Zembla\'s rebels.', 'attack', ['Zembla\'s rebels'], ['Cargo ships']],
  ['The town was under attack from the rebels.', 'attack', ['the rebels'], ['The town']],
  ['Attacks from the sea have increased.', 'Attacks', [], []],
  ['Attacks from the north of Zembla have increased.', 'Attacks', [], []],
  ['The strikes from last week damaged the bridge.', 'strikes', [], []],
  ['Rebels launched an attack from their positions near the river.', 'attack', ['Rebels'], []],

  // Support verb: its subject is the agent, past adverbs, times and "a wave of".
  ['The army now regularly carries out strikes against the rebels in Zembla.', 'strikes', ['The army'], ['the rebels']],
  ['Freedonia and Atlantis on Saturday launched a new wave of strikes on rebel camps.', 'strikes', ['Freedonia and Atlantis'], ['rebel camps']],
  ['The militia launched an offensive on the city.', 'launched', ['The militia'], ['the city']],
  ['Talks between the army and the rebels failed, and the rebels attacked the town.', 'attacked', ['the rebels'], ['the town']],

  // A participle after the event noun with a by-phrase.
  ['The navy continued its patrols, including strikes against the pirates carried out by Freedonian and Atlantian forces over the last weeks.', 'strikes', ['Freedonian and Atlantian forces'], ['the pirates']],
  ['The bombing was claimed by a militant group.', 'bombing', ['a militant group'], []],
  ['Attacks on civilians were condemned by the United Nations.', 'Attacks', [], ['civilians']],

  // ", hitting …": a participial clause takes the subject of the verb before it (none if passive).
  ['Freedonia launched strikes in Zembla on Saturday, hitting around 35 targets linked to the rebels.', 'hitting', ['Freedonia'], ['35 targets linked to the rebels']],
  ['The bomb exploded in the market, killing five people.', 'killing', ['The bomb'], ['five people']],
  ['The convoy was ambushed near the pass, killing two guards.', 'killing', [], ['two guards']],
  ['The general noted that the rebels were retreating, adding that the army would press on.', 'adding', ['The general'], []],
  ['Gunmen killed over 300 people.', 'killed', ['Gunmen'], ['over 300 people']],

  // An -s word after a preposition, possessive or name with no object is a noun; its modifier the agent.
  ['The planned targets for Freedonian strikes in Zembla include fuel depots.', 'strikes', ['Freedonian'], []],
  ['Officials said Atlantis strikes on the port killed five people.', 'strikes', ['Atlantis'], ['the port']],
  ['Freedonia\'s raids on the border towns continued.', 'raids', ['Freedonia\'s'], ['the border towns']],
  // …but a verb with an object or particle stays a verb.
  ['Freedonia strikes rebel camps.', 'strikes', ['Freedonia'], ['rebel camps']],
  ['The army strikes back at the rebels.', 'strikes', ['The army'], ['the rebels']],
  // An event noun brought on by a causative gerund ("…, drawing strikes") is done to the gerund's subject.
  ['The Zembla movement has attacked shipping in the Gulf, drawing retaliatory strikes from Freedonia and Atlantis.', 'strikes', ['Freedonia and Atlantis'], ['The Zembla movement']],
  ['Protesters blocked the main roads, prompting arrests by the police.', 'arrests', ['the police'], ['Protesters']],
  ['Ruritania invaded its neighbour, drawing sanctions from the European Union.', 'sanctions', [], ['Ruritania']],
  // …not a gerund without a comma, nor one that is not causative, nor a protest (not done to its causer).
  ['The navy, drawing on new strikes from Atlantis, attacked the port.', 'attacked', ['The navy'], ['the port']],
  ['The rebels seized the town, prompting protests in the capital.', 'protests', [], []],
  ['The army shelled the town, killing two guards and wounding five.', 'killing', ['The army'], ['two guards']],

  // A target phrase keeps its owner: "targets linked to X", "sites used by X".
  ['Freedonia launched strikes in Zembla on Saturday, hitting 35 targets linked to the rebels.', 'hitting', ['Freedonia'], ['35 targets linked to the rebels']],
  ['Police raided sites used by the gang.', 'raided', ['Police'], ['sites used by the gang']],
  // …not a verb that happens to follow ("targets, linked to …" is an aside; "used" with no "by").
  ['Police raided sites, linked to the gang by informants.', 'raided', ['Police'], ['sites']],
  ['Police raided sites used for storage.', 'raided', ['Police'], ['sites']],

  // A relative clause after "N in PLACE" is about N; after a common noun the nearest phrase stays.
  ['The armed groups in Zembla that attacked the base are backed by Ruritania.', 'attacked', ['The armed groups'], ['the base']],
  ['Police in Lima who arrested the man were praised.', 'arrested', ['Police'], ['the man']],
  ['The rebels who attacked the base fled.', 'attacked', ['The rebels'], ['the base']],
  ['Ruritania backs the militias in the north that attacked the base.', 'attacked', ['the north'], ['the base']],

  // "by" a border or roadside says where, not who.
  ['Three soldiers were killed by the Chile-Peru border last week.', 'killed', [], ['Three soldiers']],
  ['Two guards were killed by a roadside bomb.', 'killed', ['a roadside bomb'], ['Two guards']],
  ['The convoy was attacked by rebels near the river.', 'attacked', ['rebels'], ['The convoy']],

  // "by X" after an event noun: the whole phrase, not cut at the search window.
  ['The attack by rebel fighters killed two guards.', 'attack', ['rebel fighters'], []],
];

describe('event arguments by construction', () => {
  it.each(CASES)('%s [%s]', (sentence, trigger, agents, targets) => {
    const event = eventsOf(sentence).find((e) => e.trigger === trigger);
    expect(event?.agents.map((p) => p.text)).toEqual(agents);
    expect(event?.targets.map((p) => p.text)).toEqual(targets);
  });

  it('does not take a labour strike in "a wave of strikes" for a military one', () => {
    expect(eventsOf('Thousands of workers joined a wave of strikes in the capital.').filter((e) => e.type === 'strike')).toEqual([]);
  });

  it('does not locate an event at its from-agent', () => {
    const event = eventsOf('The raids drew retaliatory strikes from Freedonia.').find((e) => e.trigger === 'strikes');
    expect(event?.agents.map((p) => p.text)).toEqual(['Freedonia']);
    expect(event?.places).toEqual([]);
  });

  it('keeps a statement free of the targets of what it reports', () => {
    const event = eventsOf('Officials said Atlantis strikes on the port killed five people.').find((e) => e.type === 'statement');
    expect(event?.targets).toEqual([]);
  });
});

/** Text, trigger → date of the event (null: none). Publication 2024-03-08. */
const BOUNDS: [string, string, string | null][] = [
  ['There were attacks against the troops well before 3 March, he said on Thursday.', 'attacks', null],
  ['The rebels attacked the town before 1 March, and the army struck back on 4 March.', 'attacked', null],
  ['The rebels attacked the town after 1 March.', 'attacked', null],
  ['On 2 March the rebels gathered. They attacked the town ahead of 4 March.', 'attacked', null],
  // Not bounds: the date of the event itself, or the start of its span.
  ['The rebels attacked the town before dawn on 1 March.', 'attacked', '2024-03-01'],
  ['The rebels have attacked the town since 1 March.', 'attacked', '2024-03-01'],
  ['The rebels attacked the town on Monday, three days before the vote on 9 March.', 'attacked', '2024-03-04'],
  ['The rebels attacked the town before 1 March, and the army struck back on 4 March.', 'struck', '2024-03-04'],
  // "by" names the day of what did it far more often than a deadline.
  ['The port was hit by Tuesday\'s missile strikes, officials said.', 'missile strikes', '2024-03-05'],
  ['The army will withdraw its troops by 5 April.', 'withdraw', '2024-04-05'],
];

describe('event time bounds', () => {
  it.each(BOUNDS)('%s [%s]', (text, trigger, value) => {
    const published = '2024-03-08';
    const event = eventsOf(text, published).find((e) => e.trigger === trigger);
    expect(event).toBeDefined();
    expect(event!.time === null ? null : timeValue(text, published, event!.time)).toBe(value);
  });
});

function timeValue(text: string, published: string, index: number): string | undefined {
  return findTimeExpressions(text, parseText(text, [{ start: 0, end: text.length }]), published)[index]?.value;
}
