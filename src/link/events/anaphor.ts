/**
 * A violence report that names nothing of its own but "the drone" / "that attack" ("the drone,
 * which also wounded more than 40, was made by …") continues an incident told just before: its
 * antecedent is the nearest violence mention in the previous sentences whose sentence names the
 * same noun ("… killed by a drone near the border"). Such a report has no date or actor to cluster
 * on, so it joins its antecedent's event instead (see cluster-events.ts).
 */
import type { Analysis, EventMention } from '../../model.ts';
import { sameFamily } from './event-family.ts';

/** How many sentences back an antecedent may stand. */
const LOOKBACK = 2;
/** A definite description at the end of the agent phrase: "the drone", "that the drone", "this attack". */
const DEFINITE = /\b(?:the|this|that)\s+([a-z][a-z-]{2,})$/i;

/** The noun a mention's definite agent or target names, when it names one. */
export function definiteNoun(mention: EventMention): string | null {
  for (const p of [...mention.agents, ...mention.targets]) {
    const m = DEFINITE.exec(p.text.trim());
    if (m && p.mention === undefined) return (m[1] as string).toLowerCase();
  }
  return null;
}

/** Index into `analysis.events` of the mention this one continues, or null. */
export function antecedentOf(analysis: Analysis, text: string, event: number): number | null {
  const mention = analysis.events[event];
  if (!mention || mention.time !== null) return null;
  const noun = definiteNoun(mention);
  if (!noun) return null;
  const word = new RegExp(`\\b${noun.replace(/-/g, '\\-')}s?\\b`, 'i');
  for (let s = mention.sentence - 1; s >= Math.max(0, mention.sentence - LOOKBACK); s--) {
    const sentence = analysis.sentences[s];
    if (!sentence || !word.test(text.slice(sentence.start, sentence.end))) continue;
    const candidates = analysis.events
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.sentence === s && e.modality === 'asserted' && sameFamily(e.type, mention.type));
    if (candidates.length > 0) return (candidates.at(-1) as { i: number }).i;
  }
  return null;
}
