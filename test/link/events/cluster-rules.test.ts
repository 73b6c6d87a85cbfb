import { describe, expect, it } from 'vitest';
import type { EventType, Figure, FigureUnit } from '../../../src/model.ts';
import { clusterEvents } from '../../../src/link/cluster-events.ts';
import { antecedentOf } from '../../../src/link/events/anaphor.ts';
import { reportFigures } from '../../../src/link/events/report-figures.ts';
import { titleType } from '../../../src/link/events/title-words.ts';
import type { ReportFeatures } from '../../../src/link/events/report-features.ts';
import { tinyCorpus, type TinyArticle, type TinyEvent, type TinyParagraph } from './tiny-corpus.ts';

const fig = (unit: FigureUnit, value = 3): Figure => ({ start: 0, end: 1, text: String(value), value, unit, qualifier: null, sentence: 0, category: 'other' });

describe('reportFigures: people counted by a killing are the killed', () => {
  const CASES: [string, EventType, FigureUnit[], FigureUnit[]][] = [
    ['"the killing of three guards"', 'killing', ['troops'], ['killed']],
    ['"the wounding of five people"', 'wounding', ['people'], ['wounded']],
    // false positives: left as they are
    ['a wounding that already counts its wounded ("four officials said")', 'wounding', ['wounded', 'people'], ['wounded', 'people']],
    ['an attack: its people may be attackers', 'attack', ['troops'], ['troops']],
    ['a deployment of troops', 'deployment', ['troops'], ['troops']],
  ];
  it.each(CASES)('%s', (_, type, units, expected) => expect(reportFigures(units.map((u) => fig(u)), type).map((f) => f.unit)).toEqual(expected));
});

const TARVIK = { text: 'Tarvik', entity: 'tarvik' };
const VELAN = { text: 'Velan Front', entity: 'velan-front', type: 'group' as const };
const MARCH_8 = { text: 'March 8', value: '2024-03-08' };
const article = (id: string, ...paragraphs: TinyParagraph[]): TinyArticle => ({ id, published: '2024-03-10', paragraphs });

const rocketKilled: TinyParagraph = {
  text: 'Four guards were killed by a rocket in Tarvik on March 8.', mentions: [TARVIK], times: [MARCH_8],
  events: [{ trigger: 'killed', type: 'killing', targets: ['Four guards'], places: ['Tarvik'], time: 'March 8' }],
  figures: [{ text: 'Four', value: 4, unit: 'killed' }],
};
const rocketWounded = (text: string, agent: string): TinyParagraph => ({
  text, events: [{ trigger: 'wounded', type: 'wounding', agents: [agent] }], figures: [{ text: '12', value: 12, unit: 'wounded' }],
});

describe('antecedentOf: a bare report continuing the incident told just before', () => {
  const CASES: [string, TinyParagraph[], number | null][] = [
    ['"the rocket, which also wounded 12" after "killed by a rocket"', [rocketKilled, rocketWounded('Officials said the rocket, which also wounded 12, came from the hills.', 'the rocket')], 0],
    // false positives
    ['a definite noun the earlier sentence does not name', [rocketKilled, rocketWounded('Officials said the shell, which also wounded 12, came from the hills.', 'the shell')], null],
    ['a named agent, not a description', [rocketKilled, { ...rocketWounded('Officials said Velan Front also wounded 12 people.', 'Velan Front'), mentions: [VELAN] }], null],
    ['too far back', [rocketKilled, { text: 'Markets stayed shut.' }, { text: 'Roads were closed.' }, rocketWounded('Later the rocket had wounded 12.', 'the rocket')], null],
  ];
  it.each(CASES)('%s', (_, paragraphs, expected) => {
    const input = tinyCorpus([article('a', ...paragraphs)]);
    const analysis = input.analyses[0]!;
    const last = analysis.events.length - 1;
    expect(antecedentOf(analysis, input.articles[0]!.text, last)).toBe(expected);
  });

  it('joins the antecedent\'s event, so its count is compared with other reports', () => {
    const a = article('a', rocketKilled, rocketWounded('Officials said the rocket, which also wounded 12, came from the hills.', 'the rocket'));
    const b = article('b', {
      text: 'Four guards were killed and nine wounded by a rocket in Tarvik on March 8.', mentions: [TARVIK], times: [MARCH_8],
      events: [
        { trigger: 'killed', type: 'killing', targets: ['Four guards'], places: ['Tarvik'], time: 'March 8' },
        { trigger: 'wounded', type: 'wounding', places: ['Tarvik'], time: 'March 8' },
      ],
      figures: [{ text: 'Four', value: 4, unit: 'killed' }, { text: 'nine', value: 9, unit: 'wounded' }],
    });
    const [event, ...rest] = clusterEvents(tinyCorpus([a, b]));
    expect(rest).toEqual([]);
    expect(event?.reports.some((r) => r.articleId === 'a' && r.event === 1)).toBe(true);
    expect(event?.discrepancies.find((d) => d.unit === 'wounded')?.values.map((v) => v.value)).toEqual(['12', '9']);
  });
});

describe('planned reports', () => {
  it('an undated plan does not join an event over before its article was published (it answers it)', () => {
    const plan: TinyParagraph = {
      text: 'Planned strikes on Tarvik in response to the rocket are expected.', mentions: [TARVIK],
      events: [{ trigger: 'strikes', type: 'strike', modality: 'future', places: ['Tarvik'] }],
    };
    const events = clusterEvents(tinyCorpus([article('a', rocketKilled), article('b', rocketKilled), article('c', plan)]));
    expect(events).toHaveLength(1);
    expect(events[0]!.reports.some((r) => r.articleId === 'c')).toBe(false);
  });
});

describe('negotiations: undated reports of talks group on shared participants', () => {
  const ORSA = { text: 'Orsa', entity: 'orsa' };
  const KESS = { text: 'Kessia', entity: 'kessia' };
  const talks = (text: string, agents: string[], places: string[], mentions: { text: string; entity: string }[]): TinyParagraph =>
    ({ text, mentions, events: [{ trigger: 'talks', type: 'negotiation', agents, places }] });
  it('groups two undated reports sharing agent and place', () => {
    const events = clusterEvents(tinyCorpus([
      article('a', talks('Orsa held talks in Tarvik over the ferries.', ['Orsa'], ['Tarvik'], [ORSA, TARVIK])),
      article('b', talks('Orsa joined talks in Tarvik again.', ['Orsa'], ['Tarvik'], [ORSA, TARVIK])),
    ]));
    expect(events.map((e) => e.type)).toEqual(['negotiation']);
  });
  const NOT: [string, TinyParagraph, TinyParagraph][] = [
    ['one shared actor only', talks('Orsa held talks in Tarvik.', ['Orsa'], ['Tarvik'], [ORSA, TARVIK]), talks('Orsa held talks in Kessia.', ['Orsa'], ['Kessia'], [ORSA, KESS])],
    ['nothing shared', talks('Orsa held talks in Tarvik.', ['Orsa'], ['Tarvik'], [ORSA, TARVIK]), talks('Velan Front held talks in Kessia.', ['Velan Front'], ['Kessia'], [VELAN, KESS])],
  ];
  it.each(NOT)('does not group: %s', (_, x, y) => expect(clusterEvents(tinyCorpus([article('a', x), article('b', y)]))).toEqual([]));
});

describe('title words', () => {
  const r = (type: EventType, planned = false): ReportFeatures => ({ mention: { type }, planned } as unknown as ReportFeatures);
  const CASES: [string, EventType, ReportFeatures[], EventType][] = [
    ['a killing also called an attack is titled as the attack', 'killing', [r('killing'), r('attack')], 'attack'],
    ['…or as the strike', 'wounding', [r('wounding'), r('strike')], 'strike'],
    ['a killing with no deed word stays a killing', 'killing', [r('killing')], 'killing'],
    ['a planned strike does not name a done killing', 'killing', [r('killing'), r('strike', true)], 'killing'],
    ['other types keep their noun', 'negotiation', [r('negotiation'), r('attack')], 'negotiation'],
  ];
  it.each(CASES)('%s', (_, type, reports, expected) => expect(titleType(type, reports)).toBe(expected));

  it('titles an incident by its deed and the most written description of its target', () => {
    const ORSA = { text: 'Orsa', entity: 'orsa', type: 'group' as const };
    const hit = (id: string): TinyArticle => article(id, {
      text: 'A rocket attack killed two Orsa guards in Tarvik on March 8.', mentions: [ORSA, TARVIK], times: [MARCH_8],
      events: [
        { trigger: 'attack', type: 'attack', places: ['Tarvik'], time: 'March 8' },
        { trigger: 'killed', type: 'killing', targets: ['two Orsa guards'], places: ['Tarvik'], time: 'March 8' },
      ],
      figures: [{ text: 'two', value: 2, unit: 'killed' }],
    });
    expect(clusterEvents(tinyCorpus([hit('a'), hit('b')]))[0]?.title).toBe('Attack on two Orsa guards in Tarvik');
  });
});

describe('undated background reports join the one event they retell', () => {
  const ORSA = { text: 'Orsa', entity: 'orsa', type: 'organization' as const };
  const KESS = { text: 'Kessia', entity: 'kessia' };
  const dated = (id: string, target: { text: string; entity: string }, day = MARCH_8): TinyArticle => article(id, {
    text: `Velan Front attacked ${target.text} on ${day.text}.`, mentions: [VELAN, target], times: [day],
    events: [{ trigger: 'attacked', type: 'attack', agents: ['Velan Front'], targets: [target.text], time: day.text }],
  });
  const MARCH_2 = { text: 'March 2', value: '2024-03-02' };
  const background = (text: string, agents: string[], places: string[], mentions: { text: string; entity: string; type?: 'group' | 'organization' }[]): TinyArticle =>
    article('c', { text, mentions, events: [{ trigger: 'attack', type: 'attack', agents, places }] });
  const reportsOfC = (events: ReturnType<typeof clusterEvents>): number => events.filter((e) => e.reports.some((r) => r.articleId === 'c')).length;

  it('joins: same agent and the same target, told without a date', () => {
    const events = clusterEvents(tinyCorpus([dated('a', TARVIK), dated('b', TARVIK),
      background('The crisis began with an attack by Velan Front inside Tarvik.', ['Velan Front'], ['Tarvik'], [VELAN, TARVIK])]));
    expect(events).toHaveLength(1);
    expect(reportsOfC(events)).toBe(1);
  });
  const NOT: [string, TinyArticle[]][] = [
    ['only the agent is shared', [dated('a', TARVIK), dated('b', TARVIK),
      background('The crisis began with an attack by Velan Front inside Kessia.', ['Velan Front'], ['Kessia'], [VELAN, KESS])]],
    ['two events match as well: a tie stays apart', [dated('a', TARVIK), dated('b', TARVIK), dated('d', ORSA, MARCH_2), dated('e', ORSA, MARCH_2),
      background('An attack by Velan Front on Tarvik and Orsa followed.', ['Velan Front'], ['Tarvik', 'Orsa'], [VELAN, TARVIK, ORSA])]],
    ['no agent named', [dated('a', TARVIK), dated('b', TARVIK),
      background('An attack inside Tarvik and Orsa followed.', [], ['Tarvik', 'Orsa'], [TARVIK, ORSA])]],
  ];
  it.each(NOT)('does not join: %s', (_, articles) => expect(reportsOfC(clusterEvents(tinyCorpus(articles)))).toBe(0));
});

describe('title agents: allies named together, not rival attributions', () => {
  const ORSA = { text: 'Orsa', entity: 'orsa', type: 'organization' as const };
  const strike = (id: string, agents: string, mentions: { text: string; entity: string; type?: 'group' | 'organization' }[]): TinyArticle => article(id, {
    text: `${agents} struck Tarvik on March 8.`, mentions: [...mentions, TARVIK], times: [MARCH_8],
    events: [{ trigger: 'struck', type: 'strike', agents: [agents], places: ['Tarvik'], time: 'March 8' }],
  });
  it('names both allies when the reports name them together', () => {
    const events = clusterEvents(tinyCorpus([strike('a', 'Orsa and Velan Front', [ORSA, VELAN]), strike('b', 'Orsa and Velan Front', [ORSA, VELAN])]));
    expect(events[0]?.title).toBe('Strikes by Orsa and Velan Front in Tarvik');
  });
  it('names one when two sources blame different actors', () => {
    const events = clusterEvents(tinyCorpus([strike('a', 'Orsa', [ORSA]), strike('b', 'Velan Front', [VELAN])]));
    expect(events[0]?.title).toBe('Strikes by Orsa in Tarvik');
  });
});

describe('a backer named inside a participant is not the actor', () => {
  const ORSA = { text: 'Orsa', entity: 'orsa', type: 'organization' as const };
  const KESS = { text: 'Kessia', entity: 'kessia' };
  const attack = (id: string, agent: string): TinyArticle => article(id, {
    text: `${agent} attacked Tarvik on March 8.`, mentions: [ORSA, KESS, TARVIK].filter((m) => agent.includes(m.text) || m === TARVIK), times: [MARCH_8],
    events: [{ trigger: 'attacked', type: 'attack', agents: [agent], targets: ['Tarvik'], time: 'March 8' }],
  });
  const CASES: [string, string, string][] = [
    ['"a Kessia-backed Orsa unit": Orsa, not its backer', 'A Kessia-backed Orsa unit', 'Attack by Orsa on Tarvik'],
    ['"a Kessia-based Orsa unit": Orsa, not its base', 'A Kessia-based Orsa unit', 'Attack by Orsa on Tarvik'],
    // false positive: "-led" names who led it
    ['"a Kessia-led Orsa unit": both', 'A Kessia-led Orsa unit', 'Attack by Kessia and Orsa on Tarvik'],
  ];
  it.each(CASES)('%s', (_, agent, title) => expect(clusterEvents(tinyCorpus([attack('a', agent), attack('b', agent)]))[0]?.title).toBe(title));
});

describe('title agents described when no actor is named', () => {
  const attack = (id: string, agent: string): TinyArticle => article(id, {
    text: `${agent} attacked Tarvik on March 8.`, mentions: [TARVIK], times: [MARCH_8],
    events: [{ trigger: 'attacked', type: 'attack', agents: [agent], targets: ['Tarvik'], time: 'March 8' }],
  });
  const CASES: [string, string, string, string][] = [
    ['the description the reports write most', 'Armed groups', 'armed groups', 'Attack by armed groups on Tarvik'],
    // false positives: a one-word or pronoun-led description names nobody
    ['a single word', 'Gunmen', 'Gunmen', 'Attack on Tarvik'],
    ['a demonstrative', 'Those fighters', 'Those fighters', 'Attack on Tarvik'],
  ];
  it.each(CASES)('%s', (_, a, b, title) => expect(clusterEvents(tinyCorpus([attack('a', a), attack('b', b)]))[0]?.title).toBe(title));
});

describe('reports that place one day\'s deed in two places the other never names are two incidents', () => {
  const KESS = { text: 'Kessia', entity: 'kessia' };
  const shelled = (id: string, text: string, places: string[], mentions: { text: string; entity: string }[]): TinyArticle => article(id, {
    text, mentions: [VELAN, ...mentions], times: [MARCH_8],
    events: [{ trigger: 'shelled', type: 'strike', agents: ['Velan Front'], places, time: 'March 8' }],
  });
  const tarvik = shelled('a', 'Velan Front shelled Tarvik on March 8.', ['Tarvik'], [TARVIK]);
  it('joins when one report names the other\'s place in its sentence', () => {
    const events = clusterEvents(tinyCorpus([tarvik, shelled('b', 'Velan Front shelled Kessia, near Tarvik, on March 8.', ['Kessia'], [KESS, TARVIK])]));
    expect(events).toHaveLength(1);
  });
  it('joins when neither says where', () => {
    const events = clusterEvents(tinyCorpus([shelled('a', 'Velan Front shelled the town on March 8.', [], []), shelled('b', 'Velan Front shelled the port on March 8.', [], [])]));
    expect(events).toHaveLength(1);
  });
  it('keeps apart two places named by one report each (same agent, same day)', () => {
    expect(clusterEvents(tinyCorpus([tarvik, shelled('b', 'Velan Front shelled Kessia on March 8.', ['Kessia'], [KESS])]))).toHaveLength(0);
  });
});

describe('reactions: one country\'s statements about a deed done on its soil, across articles', () => {
  const CHILE = { text: 'Chile', entity: 'chile' };
  const PERU = { text: 'Peru', entity: 'peru' };
  const strike: TinyParagraph = {
    text: 'Chile struck targets in Peru on March 8.', mentions: [CHILE, PERU], times: [MARCH_8],
    events: [{ trigger: 'struck', type: 'strike', agents: ['Chile'], places: ['Peru'], time: 'March 8' }],
  };
  /** "X said …", with the deed it names in its own words ("the strikes", "killed"), if any. */
  const said = (speaker: string, rest: string, mention: { text: string; entity: string; type?: 'organization' | 'group' }, deed?: TinyEvent): TinyParagraph => ({
    text: `${speaker} said ${rest}`, mentions: [mention], events: [{ trigger: 'said', type: 'statement', agents: [speaker] }, ...(deed ? [deed] : [])],
  });
  const theStrikes: TinyEvent = { trigger: 'strikes', type: 'strike' };
  const killed: TinyEvent = { trigger: 'killed', type: 'killing' };
  const ownStrike: TinyParagraph = {
    text: 'Lima struck rebel camps in Peru on March 8.', mentions: [{ text: 'Lima', entity: 'peru' }, PERU], times: [MARCH_8],
    events: [{ trigger: 'struck', type: 'strike', agents: ['Lima'], places: ['Peru'], time: 'March 8' }],
  };
  const MINISTRY = { text: 'Peruvian Foreign Ministry', entity: 'peruvian-foreign-ministry', type: 'organization' as const };
  const reactions = (articles: TinyArticle[]) => clusterEvents(tinyCorpus(articles)).filter((e) => e.reactsTo !== undefined);

  it('groups the statements of Peru\'s voices after reports of the strikes, and links the strikes', () => {
    const events = clusterEvents(tinyCorpus([
      article('a', strike, said('The Peruvian Foreign Ministry', 'the strikes were illegal.', MINISTRY, theStrikes)),
      article('b', strike, said('Peru', 'the raid killed civilians.', PERU, killed)),
    ]));
    const reaction = events.find((e) => e.reactsTo !== undefined);
    expect(reaction?.title).toBe('Reaction of Peru to strikes by Chile in Peru');
    expect(reaction?.type).toBe('statement');
    expect(reaction?.reports.map((r) => r.articleId)).toEqual(['a', 'b']);
    expect(events.find((e) => e.id === reaction?.reactsTo)?.type).toBe('strike');
  });
  const NOT: [string, TinyArticle[]][] = [
    ['the agent\'s own account', [article('a', strike, said('Chile', 'the strikes hit their targets.', CHILE, theStrikes)), article('b', strike, said('Chile', 'the raid killed rebels.', CHILE, killed))]],
    ['a state\'s account of its own deed on its own soil', [
      article('a', ownStrike, said('Peru', 'the strikes hit their targets.', PERU, theStrikes)), article('b', ownStrike, said('Peru', 'the raid killed rebels.', PERU, killed)),
    ]],
    ['a statement on something else right after the report', [article('a', strike, said('Peru', 'exports rose.', PERU)), article('b', strike, said('Peru', 'exports fell.', PERU))]],
    ['speakers who do not speak for the state', [
      article('a', strike, said('Peruvian analysts', 'the strikes were illegal.', { text: 'Peruvian', entity: 'peru' })),
      article('b', strike, said('Peruvian analysts', 'the raid broke the truce.', { text: 'Peruvian', entity: 'peru' })),
    ]],
    ['statements far from any report of the deed', [
      article('a', strike, { text: 'Markets stayed shut.' }, said('Peru', 'exports rose.', PERU)),
      article('b', strike, { text: 'Roads were closed.' }, said('Peru', 'exports fell.', PERU)),
    ]],
    ['a reaction told by one article only', [article('a', strike, said('Peru', 'the strikes were illegal.', PERU)), article('b', strike)]],
  ];
  it.each(NOT)('no reaction: %s', (_, articles) => expect(reactions(articles)).toHaveLength(0));
});
