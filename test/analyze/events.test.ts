import { describe, expect, it } from 'vitest';
import { eventsOf, labels } from './events/analyze-text.ts';

/** Sentence → events that must be found (type:trigger). */
const FOUND: [string, string[]][] = [
  ['Rebel fighters attacked an army convoy near the northern border on Tuesday.', ['attack:attacked']],
  ['The navy launched airstrikes against militant camps in the south.', ['strike:airstrikes']],
  ['Rebels launched rockets at the base.', ['attack:launched']],
  ['An air strike on a market wounded nine shoppers.', ['strike:air strike', 'wounding:wounded']],
  ['Gunmen killed four guards at a checkpoint outside Lagos.', ['killing:killed']],
  ['The assassination of the mayor shocked the town.', ['killing:assassination']],
  ['Police arrested two suspects after the bombing.', ['arrest:arrested', 'attack:bombing']],
  ['The man was charged with murder on Monday.', ['arrest:charged']],
  ['The ministry said in a statement that the border would stay closed.', ['statement:said']],
  ['The rebels threatened to blockade the port.', ['threat:threatened']],
  ['Mediators presented a new ceasefire proposal to both sides.', ['negotiation:proposal']],
  ['The two parties signed an agreement in Geneva.', ['agreement:signed']],
  ['The army began to withdraw its troops from the valley.', ['withdrawal:withdraw']],
  ['The government deployed 2,000 troops to the capital.', ['deployment:deployed']],
  ['The treasury imposed sanctions on three shipping firms.', ['sanction:sanctions']],
  ['The president signed an executive order banning the imports.', ['sanction:order']],
  ['Voters chose a new parliament in the election on Sunday.', ['election:election']],
  ['Thousands of students protested outside the parliament building.', ['protest:protested']],
  ['The foreign minister will visit Nairobi next week.', ['visit:visit']],
  ['Insurgents fired rockets at the airport overnight.', ['attack:fired']],
  ['Soldiers opened fire on the crowd.', ['attack:fire']],
  ['The warplanes had hit several weapons depots before dawn.', ['strike:hit']],
];

/** Sentence → event types that must NOT be reported (figurative or unrelated senses). */
const NOT_FOUND: [string, string][] = [
  ['Dock workers went on strike over pay on Monday.', 'strike'],
  ['The union called a general strike for next week.', 'strike'],
  ['The two companies struck a deal late on Friday.', 'strike'],
  ['The senator died of a heart attack at his home.', 'attack'],
  ['The minister came under fire for the budget cuts.', 'attack'],
  ['The club fired its coach after the defeat.', 'attack'],
  ['Shares hit a record high in early trading.', 'strike'],
  ['The phone needs a charge every night.', 'arrest'],
  ['Staff moved into the new election offices downtown.', 'election'],
  ['He works in order to pay his rent.', 'sanction'],
  ['The so-called reform changed nothing.', 'statement'],
];

describe('findEvents', () => {
  it.each(FOUND)('%s', (sentence, expected) => {
    const found = labels(eventsOf(sentence));
    for (const e of expected) expect(found).toContain(e);
  });

  it.each(NOT_FOUND)('no false event in: %s', (sentence, type) => {
    expect(eventsOf(sentence).map((e) => e.type)).not.toContain(type);
  });

  it('keeps one event when a sentence repeats the same strikes', () => {
    const events = eventsOf('The air force carried out strikes on the depot, and the strikes destroyed it.');
    expect(events.filter((e) => e.type === 'strike')).toHaveLength(1);
  });

  it('makes no second event of a participle describing an event noun ("the strikes launched on …")', () => {
    expect(labels(eventsOf('The rebels mourned the victims of the strikes launched on their camps on Monday.'))).toEqual(['strike:strikes']);
  });

  it('reports nothing for a headline-style line of another story', () => {
    expect(eventsOf('Protest Leaders Attack New Labour Strike Rules')).toEqual([]);
  });

  it('gives the trigger offsets into the text and the sentence index', () => {
    const text = 'It rained. Troops attacked the town.';
    const [event] = eventsOf(text).filter((e) => e.type === 'attack');
    expect(event && text.slice(event.start, event.end)).toBe('attacked');
    expect(event?.sentence).toBe(1);
  });
});
