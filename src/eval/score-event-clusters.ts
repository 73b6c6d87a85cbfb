/**
 * Scores corpus events against the gold's cross-article events (corpus.gold.json `events`) and
 * discrepancies. The corpus gold names each report by article, date and figures only, so each
 * report is anchored to the per-article gold events of its article that have a compatible type
 * (attack/strike/killing/wounding as one family; gold `other`/`statement` accept any) and the
 * same date or a shared figure value; those events' sentences are where our report must be.
 * A report with no anchor is satisfied by any report of ours from its article.
 * A gold event is grouped when ONE of our events holds a report at every gold report's anchor.
 * A gold discrepancy is surfaced when the event of ours covering most of its gold event's reports
 * carries a discrepancy of the same kind (date, place, else count) with values from at least two
 * of the gold's articles.
 */
import type { Corpus, Discrepancy, Event } from '../model.ts';
import { locateSentence, type GoldEventArticle } from './score-events.ts';
import { goldArticle } from './gold-article-index.ts';
import type { GoldCorpusEvent, GoldDiscrepancy } from './gold.ts';

export interface ClusterScore {
  readonly gold: number;
  readonly grouped: number;
  readonly discrepancies: number;
  readonly surfaced: number;
  /** Our events, and how many of them hold reports from two or more articles. */
  readonly events: number;
  readonly failures: readonly string[];
}

const VIOLENCE = new Set(['attack', 'strike', 'killing', 'wounding']);

function typesMatch(corpusType: string, goldType: string): boolean {
  if (corpusType === 'other' || corpusType === 'statement') return true;
  return corpusType === goldType || (VIOLENCE.has(corpusType) && VIOLENCE.has(goldType));
}

/** Every number written in a gold figure value: ">40" → 40, "around 1,200" → 1200. */
export function goldNumbers(value: number | string): number[] {
  if (typeof value === 'number') return [value];
  return [...value.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

function figureNumbers(figures: Readonly<Record<string, number | string>> | undefined): Set<number> {
  return new Set(Object.values(figures ?? {}).flatMap(goldNumbers));
}

/** The kind a gold topic names; words in parentheses qualify it ("death toll (same date)" is a count). */
export function discrepancyKind(topic: string): Discrepancy['kind'] {
  const head = topic.replace(/\([^)]*\)/g, ' ');
  if (/\bdate\b/i.test(head)) return 'date';
  if (/\b(location|place)\b/i.test(head)) return 'place';
  return 'count';
}

/** A per-article gold event with the fields anchoring reads (score-events types only the rest). */
interface GoldArticleEvent {
  readonly type: string;
  readonly sentence: string;
  readonly date?: string | null;
  readonly figures?: Readonly<Record<string, number | string>>;
}

interface Anchor {
  readonly articleId: string;
  /** Our sentence indices that may hold the report; null: any sentence of the article. */
  readonly sentences: ReadonlySet<number> | null;
}

function anchorsOf(event: GoldCorpusEvent, corpus: Pick<Corpus, 'articles' | 'analyses'>, gold: readonly GoldEventArticle[]): Anchor[] {
  return event.articles.flatMap((report) => {
    const built = goldArticle(corpus, report.file);
    if (!built) return [];
    const { article, analysis } = built;
    const numbers = figureNumbers(report.figures);
    const candidates = (gold.find((g) => g.file === report.file)?.events ?? []) as readonly GoldArticleEvent[];
    const sentences = new Set<number>();
    for (const g of candidates) {
      const sameDate = !!report.date && g.date === report.date;
      const sharedFigure = [...figureNumbers(g.figures)].some((n) => numbers.has(n));
      if (!typesMatch(event.type, g.type) || !(sameDate || sharedFigure)) continue;
      for (const s of locateSentence(article.text, analysis.sentences, g.sentence) ?? []) sentences.add(s);
    }
    return [{ articleId: article.id, sentences: sentences.size > 0 ? sentences : null }];
  });
}

function covers(event: Event, anchor: Anchor, corpus: Pick<Corpus, 'articles' | 'analyses'>): boolean {
  return event.reports.some((r) => {
    if (r.articleId !== anchor.articleId) return false;
    if (anchor.sentences === null) return true;
    const analysis = corpus.analyses.find((a) => a.articleId === r.articleId);
    const mention = analysis?.events[r.event];
    return !!mention && anchor.sentences.has(mention.sentence);
  });
}

export function scoreEventClusters(
  corpus: Pick<Corpus, 'articles' | 'analyses' | 'events'>,
  goldEvents: readonly GoldCorpusEvent[],
  goldDiscrepancies: readonly GoldDiscrepancy[],
  goldArticles: readonly GoldEventArticle[],
): ClusterScore {
  const failures: string[] = [];
  const best = new Map<string, Event>();
  let grouped = 0;
  for (const g of goldEvents) {
    const anchors = anchorsOf(g, corpus, goldArticles);
    const ranked = corpus.events
      .map((e) => ({ e, covered: anchors.filter((a) => covers(e, a, corpus)) }))
      .sort((x, y) => y.covered.length - x.covered.length);
    const top = ranked[0];
    if (top && top.covered.length >= 2) best.set(g.id, top.e);
    if (top && anchors.length > 0 && top.covered.length === anchors.length) {
      grouped++;
      continue;
    }
    const missing = anchors.filter((a) => !top?.covered.includes(a)).map((a) => `${a.articleId.slice(0, 3)}${a.sentences ? ` s${[...a.sentences].join('/')}` : ''}`);
    failures.push(`${g.id} "${g.summary}": best ${top?.e.slug ?? 'none'} covers ${top?.covered.length ?? 0}/${anchors.length}; missing ${missing.join(', ')}`);
  }
  let surfaced = 0;
  for (const d of goldDiscrepancies) {
    const kind = discrepancyKind(d.topic);
    const files = new Set(Object.keys(d.values).map((f) => f.replace(/\.[^.]+$/, '')));
    const event = best.get(d.event);
    const hit = event?.discrepancies.find((x) => x.kind === kind && new Set(x.values.map((v) => v.articleId).filter((id) => files.has(id))).size >= 2);
    if (hit) surfaced++;
    else failures.push(`${d.event} discrepancy "${d.topic}" (${kind}): ${event ? `not among ${event.slug}'s ${event.discrepancies.map((x) => x.unit ?? x.kind).join(', ') || 'none'}` : 'no event of ours groups it'}`);
  }
  return { gold: goldEvents.length, grouped, discrepancies: goldDiscrepancies.length, surfaced, events: corpus.events.length, failures };
}
