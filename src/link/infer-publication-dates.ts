/**
 * Publication dates for undated articles, deduced from their own text and from the dated
 * articles of the same story (front matter > stated dateline > this inference). Pure; the
 * build date is never used: an article the evidence does not date stays undated.
 *
 * The evidence, in the order it is weighed:
 * 1. The lead (first sentences, past tense) names a bare weekday: the day of the news.
 *    Publication is taken as that day (news writes "on Friday" on Friday).
 * 2. Dated articles that share actors with it (≥ 2 names) are the story's other reports;
 *    candidate days are that weekday within two weeks of any of them, and not before a
 *    full date the article states in a past-tense clause.
 * 3. Each candidate is scored by how many of the article's relative and year-less
 *    expressions, resolved against it, land on days the related articles give — strongly
 *    when the two sentences share content words (the same event), weakly otherwise. A
 *    year-less date that the related articles put in another year for the same event
 *    rules the candidate out.
 * 4. The best candidate wins only if a related article dates the same event as one of
 *    the article's day-level expressions (the lead's weekday first) on it, and it clearly
 *    beats the next one; otherwise the article stays undated.
 */
import { fromDayNumber, isoWeekday, parseIsoDate, toDayNumber, formatDate } from '../time/calendar.ts';
import type { Analysis, Article, ArticleId } from '../model.ts';
import { normalizeName } from './normalize-name.ts';
import { attestedDates, type Attestation } from './publication/attested-dates.ts';
import { sharedCount } from './publication/content-words.ts';
import { readDateClues, type DateClue, type DateClues } from './publication/date-clues.ts';
import { resolveClue } from './publication/resolve-clue.ts';

export interface InferredPublication {
  /** ISO calendar date. */
  readonly value: string;
  /** Plain-words evidence, shown on the article page after "inferred:". */
  readonly note: string;
}

/** Related dated articles must share this many actor names with the undated one. */
const MIN_SHARED_NAMES = 2;
/** Candidates lie this many days either side of a related article's publication date. */
const WINDOW_DAYS = 14;
/** Sentences sharing this many content words are taken to report the same event. */
const SAME_EVENT_WORDS = 2;
const STRONG = 2;
const WEAK = 0.5;
/** The lead's day counts double: it is the news the article was written for. */
const LEAD_FACTOR = 2;
/** The winner must beat the runner-up by this much, or the evidence is called ambiguous. */
const MARGIN = 1;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface DatedReport {
  readonly article: Article;
  readonly attestations: readonly Attestation[];
}

interface Evidence {
  readonly clue: DateClue;
  readonly value: string;
  readonly weight: number;
  readonly source: { readonly report: DatedReport; readonly attestation: Attestation };
}

interface Scored {
  readonly day: string;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export function inferPublicationDates(
  articles: readonly Article[],
  analyses: readonly Analysis[],
): Map<ArticleId, InferredPublication> {
  const analysisOf = new Map(analyses.map((a) => [a.articleId, a]));
  const names = new Map(articles.map((a) => [a.id, actorNames(analysisOf.get(a.id))]));
  const dated: DatedReport[] = articles
    .filter((a) => a.meta.published.value !== null && parseIsoDate(a.meta.published.value) !== null)
    .map((article) => {
      const analysis = analysisOf.get(article.id);
      return { article, attestations: analysis ? attestedDates(article, analysis) : [] };
    });

  const out = new Map<ArticleId, InferredPublication>();
  for (const article of articles) {
    const analysis = analysisOf.get(article.id);
    if (article.meta.published.value !== null || !analysis) continue;
    const clues = readDateClues(article, analysis);
    if (!clues.lead) continue;
    const own = names.get(article.id) ?? new Set<string>();
    const related = dated.filter((d) => sharedCount(own, names.get(d.article.id) ?? new Set()) >= MIN_SHARED_NAMES);
    const decided = decide(clues, related);
    if (decided) out.set(article.id, decided);
  }
  return out;
}

function actorNames(analysis: Analysis | undefined): Set<string> {
  return new Set((analysis?.mentions ?? []).map((m) => normalizeName(m.name)).filter((n) => n.length > 0));
}

function decide(clues: DateClues, related: readonly DatedReport[]): InferredPublication | null {
  const lead = clues.lead;
  if (!lead || related.length === 0) return null;
  const scored = candidateDays(lead.weekday, related)
    .filter((day) => !clues.notBefore || day >= clues.notBefore.value)
    .map((day) => score(day, clues, related))
    .filter((s): s is Scored => s !== null)
    .sort((a, b) => b.score - a.score || a.day.localeCompare(b.day));
  const [best, second] = scored;
  if (!best) return null;
  // The day must be pinned by a same-event report of a day-level clue (the lead's first).
  const pinned = (e: Evidence): boolean => e.weight >= STRONG && (e.clue.kind === 'weekday' || e.clue.kind === 'day-offset');
  const anchor = best.evidence.find((e) => e.clue === lead && pinned(e)) ?? best.evidence.find(pinned);
  if (!anchor) return null;
  if (second && best.score - second.score < MARGIN) return null;
  return { value: best.day, note: noteFor(best, lead, anchor) };
}

/** Days with the lead's weekday within the window around each related publication date. */
function candidateDays(weekday: number, related: readonly DatedReport[]): string[] {
  const days = new Set<string>();
  for (const { article } of related) {
    const published = parseIsoDate(article.meta.published.value ?? '');
    if (!published) continue;
    const centre = toDayNumber(published);
    for (let n = centre - WINDOW_DAYS; n <= centre + WINDOW_DAYS; n++) {
      const day = fromDayNumber(n);
      if (isoWeekday(day) === weekday) days.add(formatDate(day));
    }
  }
  return [...days].sort();
}

/** The candidate's score, or null when a related article contradicts it. */
function score(day: string, clues: DateClues, related: readonly DatedReport[]): Scored | null {
  const anchor = parseIsoDate(day);
  if (!anchor) return null;
  const best = new Map<string, Evidence>();
  for (const clue of clues.clues) {
    const value = resolveClue(clue, anchor);
    if (!value) continue;
    if (clue.kind === 'month-day' && contradicted(value, clue, related)) return null;
    const factor = clue === clues.lead ? LEAD_FACTOR : 1;
    for (const report of related) {
      for (const attestation of report.attestations) {
        if (attestation.value !== value) continue;
        const weight = factor * (sharedCount(clue.words, attestation.words) >= SAME_EVENT_WORDS ? STRONG : WEAK);
        const previous = best.get(value);
        if (!previous || weight > previous.weight) best.set(value, { clue, value, weight, source: { report, attestation } });
      }
    }
  }
  const evidence = [...best.values()];
  return { day, score: evidence.reduce((sum, e) => sum + e.weight, 0), evidence };
}

/** A related article dates the same event (shared words) on this month and day of another year. */
function contradicted(value: string, clue: DateClue, related: readonly DatedReport[]): boolean {
  const monthDay = value.slice(4);
  const sameEvent = related.flatMap((r) =>
    r.attestations.filter((a) => a.value.length === 10 && a.value.slice(4) === monthDay && sharedCount(clue.words, a.words) >= SAME_EVENT_WORDS),
  );
  return sameEvent.length > 0 && sameEvent.every((a) => a.value !== value);
}

function noteFor(best: Scored, lead: DateClue & { kind: 'weekday' }, anchor: Evidence): string {
  const weekday = WEEKDAYS[lead.weekday - 1] ?? '';
  const strong = best.evidence.filter((e) => e.weight >= STRONG);
  const others = strong.filter((e) => e !== anchor).map((e) => `'${e.clue.text}' = ${e.value}`);
  const dates = [...new Set(strong.map((e) => e.source.report.article.meta.published.value ?? ''))].sort();
  const who = dates.length === 1
    ? `a related dated article (published ${dates[0]}) puts`
    : `related dated articles (published ${dates[0]} to ${dates[dates.length - 1]}) put`;
  const source = `"${shortTitle(anchor.source.report.article)}" gives ${anchor.source.attestation.how}`;
  const how = anchor.clue === lead
    ? `${who} that ${weekday} at ${best.day}: ${source} for the same event`
    : `${who} its '${anchor.clue.text}' (sentence ${anchor.clue.sentence + 1}) at ${anchor.value}: ${source} for the same event, so that ${weekday} is ${best.day}`;
  return [
    `no dateline; the lead reports the news on '${lead.text}' (sentence ${lead.sentence + 1})`,
    how,
    ...(others.length > 0 ? [`other dates agree (${others.slice(0, 4).join(', ')})`] : []),
    'publication taken as that day (it may be a day later)',
  ].join('; ');
}

function shortTitle(article: Article): string {
  const title = article.meta.title.value ?? article.file;
  return title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title;
}
