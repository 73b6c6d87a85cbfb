/**
 * Builds small invented corpora for the event tests: each paragraph is one sentence, and
 * mentions, times, events and figures are given by their words (first occurrence in their
 * paragraph), so no offset is counted by hand.
 */
import type {
  Analysis, Article, ArticleId, Entity, EntityId, EntityType, EventMention, EventType, Figure, FigureQualifier, FigureUnit, Mention,
  Participant, Slug, TimeExpression,
} from '../../../src/model.ts';
import type { ClusterInput } from '../../../src/link/cluster-events.ts';

export interface TinyEvent {
  readonly trigger: string;
  readonly type: EventType;
  readonly modality?: EventMention['modality'];
  readonly agents?: readonly string[];
  readonly targets?: readonly string[];
  readonly places?: readonly string[];
  /** Words of a time in the same paragraph. */
  readonly time?: string;
}

export interface TinyParagraph {
  readonly text: string;
  /** Words naming an actor, with the actor id and type. */
  readonly mentions?: readonly { readonly text: string; readonly entity: string; readonly type?: EntityType }[];
  readonly times?: readonly { readonly text: string; readonly value: string }[];
  readonly events?: readonly TinyEvent[];
  readonly figures?: readonly { readonly text: string; readonly value: number | null; readonly unit: FigureUnit; readonly qualifier?: FigureQualifier }[];
}

export interface TinyArticle {
  readonly id: string;
  readonly published: string | null;
  readonly source?: string;
  readonly paragraphs: readonly TinyParagraph[];
}

const field = <T>(value: T | null) => ({ value, basis: value === null ? ('unknown' as const) : ('front-matter' as const) });

export function tinyCorpus(specs: readonly TinyArticle[]): ClusterInput & { analyses: Analysis[]; articles: Article[] } {
  const entityTypes = new Map<string, EntityType>();
  const articles: Article[] = [];
  const analyses: Analysis[] = [];
  const mentionEntities: EntityId[][] = [];
  for (const spec of specs) {
    let text = '';
    const paragraphs: Article['paragraphs'][number][] = [];
    const mentions: Mention[] = [];
    const entities: EntityId[] = [];
    const times: TimeExpression[] = [];
    const events: EventMention[] = [];
    const figures: Figure[] = [];
    spec.paragraphs.forEach((p, index) => {
      if (index > 0) text += '\n\n';
      const base = text.length;
      text += p.text;
      paragraphs.push({ start: base, end: text.length, kind: 'paragraph' });
      const at = (words: string): { start: number; end: number } => {
        const i = p.text.indexOf(words);
        if (i < 0) throw new Error(`tiny corpus: "${words}" not in "${p.text}"`);
        return { start: base + i, end: base + i + words.length };
      };
      const firstMention = mentions.length;
      for (const m of p.mentions ?? []) {
        const type = m.type ?? 'place';
        entityTypes.set(m.entity, type);
        mentions.push({ ...at(m.text), text: m.text, type, sentence: index, name: m.text, evidence: ['test'] });
        entities.push(m.entity as EntityId);
      }
      const firstTime = times.length;
      for (const t of p.times ?? []) {
        times.push({ ...at(t.text), text: t.text, type: 'date', value: t.value, basis: 'stated', explanation: '', sentence: index });
      }
      const participant = (words: string): Participant => {
        const span = at(words);
        const m = mentions.findIndex((x, i) => i >= firstMention && x.start >= span.start && x.end <= span.end);
        return { ...span, text: words, ...(m >= 0 ? { mention: m } : {}) };
      };
      for (const e of p.events ?? []) {
        const time = e.time === undefined ? null : firstTime + (p.times ?? []).findIndex((t) => t.text === e.time);
        events.push({
          ...at(e.trigger), type: e.type, trigger: e.trigger, sentence: index, modality: e.modality ?? 'asserted',
          agents: (e.agents ?? []).map(participant), targets: (e.targets ?? []).map(participant), places: (e.places ?? []).map(participant),
          time, timeBasis: time === null ? null : 'clause',
        });
      }
      for (const f of p.figures ?? []) {
        figures.push({ ...at(f.text), text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier ?? null, sentence: index, category: 'other' });
      }
    });
    const id = spec.id as ArticleId;
    articles.push({
      id, slug: spec.id as Slug, file: `${spec.id}.txt`, format: 'text',
      meta: { title: field(spec.id), published: field(spec.published), source: field(spec.source ?? null), url: field(null), author: field(null) },
      text, paragraphs, paragraphLines: paragraphs.map((_, i) => i + 1), removed: [], sourceHash: '',
    });
    analyses.push({
      articleId: id, analyzerVersion: 'test', mentions, times, events, figures, quotes: [], diagnostics: [],
      sentences: paragraphs.map((p, index) => ({ start: p.start, end: p.end, index, paragraph: index, tense: 'past' })),
    });
    mentionEntities.push(entities);
  }
  const entities: Entity[] = [...entityTypes].map(([id, type]) => ({
    id: id as EntityId, slug: id as Slug, name: id.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()), type,
    typeVotes: {}, aliases: [], mentions: [], articles: [],
  }));
  return { articles, analyses, mentionEntities, entities };
}
