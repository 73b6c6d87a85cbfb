/**
 * The headline figures of `npm run eval`, by key, as fractions (held-out ones only when those
 * texts are present): what the method page quotes (src/site/measured-accuracy.ts) and what the
 * end-to-end test recomputes to keep it true.
 */
import type { Corpus } from '../model.ts';
import type { GoldArticle, GoldCorpus } from './gold.ts';
import type { HeldOutScore } from './held-out.ts';
import { scoreEntities } from './score-entities.ts';
import { scoreEventClusters } from './score-event-clusters.ts';
import { scoreEvents } from './score-events.ts';
import { scoreFigures } from './score-figures.ts';
import { scoreQuotes } from './score-quotes.ts';
import type { SpanScore } from './score-spans.ts';
import { scoreTimes } from './score-times.ts';

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

export function accuracyFigures(
  corpus: Corpus,
  gold: readonly GoldArticle[],
  goldCorpus: GoldCorpus | null,
  rawByFile: ReadonlyMap<string, string>,
  nerDev: SpanScore,
  heldOut: HeldOutScore,
): Record<string, number> {
  const e = scoreEntities(corpus, gold, goldCorpus);
  const t = scoreTimes(corpus, gold, rawByFile);
  const ev = scoreEvents(corpus, gold);
  const q = scoreQuotes(corpus, gold);
  const f = scoreFigures(corpus, gold);
  const c = scoreEventClusters(corpus, goldCorpus?.events ?? [], goldCorpus?.discrepancies ?? [], gold);
  const held = {
    ...(heldOut.names ? { 'heldout-names-f1': heldOut.names.score.byType.all.f1 } : {}),
    ...(heldOut.times ? { 'heldout-times-relaxed-f1': heldOut.times.score.relaxed.f1, 'heldout-times-value-f1': heldOut.times.score.value.f1 } : {}),
  };
  return {
    'entities-f1': e.byType.all.f1,
    'actors-complete': ratio(e.complete, e.gold),
    'actors-spurious': ratio(e.spuriousPages, e.actorPages),
    'times-relaxed-f1': t.relaxed.f1,
    'times-value': ratio(t.rightValue, t.gold),
    published: ratio(t.publishedRight, t.articles),
    'events-recall': ratio(ev.found, ev.gold),
    'quotes-speaker': ratio(q.rightSpeaker, q.gold),
    'figures-recall': ratio(f.found, f.gold),
    'names-span-f1': nerDev.byType.all.f1,
    'events-grouped': ratio(c.grouped, c.gold),
    'discrepancies-surfaced': ratio(c.surfaced, c.discrepancies),
    ...held,
  };
}
