/** Test helper: a text of our own making analysed for state voices, each distinct name one entity. */
import type { EntityId, EventMention } from '../../../src/model.ts';
import { countryOf, demonymOf } from '../../../src/analyze/entities/gazetteer.ts';
import type { VoiceContext } from '../../../src/link/events/state-voice.ts';
import { eventsAndMentionsOf } from '../../analyze/events/analyze-text.ts';

export function analyzeForVoices(text: string): {
  ctx: VoiceContext;
  events: EventMention[];
  countryName: (id: EntityId) => string | undefined;
  personId: (name: string) => EntityId | undefined;
} {
  const { events, mentions, sentences } = eventsAndMentionsOf(text);
  // A nationality word is its country's entity, as entity resolution makes it.
  // A person is one entity under every form of the name, as resolution makes it: keyed by the surname.
  const nameOf = (m: (typeof mentions)[number]): string =>
    m.type === 'place' || m.country ? (m.country ?? demonymOf(m.name)?.country ?? m.name) : m.type === 'person' ? (m.name.split(' ').at(-1) as string) : m.name;
  const entities = mentions.map((m) => nameOf(m) as unknown as EntityId);
  const types = new Map(mentions.map((m) => [nameOf(m), m.country ? 'place' : m.type]));
  const ctx: VoiceContext = {
    analysis: { articleId: 'a' as never, sentences, mentions, events, times: [], quotes: [], figures: [] } as never,
    entities,
    text,
    // As in a corpus that names each country somewhere: every country is an entity.
    countryEntity: (c) => c as unknown as EntityId,
    entity: (id) => {
      const name = id as unknown as string;
      return types.has(name) ? { name, type: types.get(name) as string } : countryOf(name) ? { name, type: 'place' } : undefined;
    },
  };
  return {
    ctx,
    events,
    countryName: (id) => countryOf(id as unknown as string)?.country ?? (id as unknown as string),
    personId: (name) => mentions.find((m) => m.type === 'person' && m.name === name)?.name.split(' ').at(-1) as unknown as EntityId | undefined,
  };
}
