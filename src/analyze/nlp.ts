/**
 * The only module that imports compromise. It parses text once and hands the rest of the
 * code plain, typed values (tokens with tags and offsets, sentences, compromise's own
 * people / places / organisation spans), never compromise views.
 */
import nlp from 'compromise';
import type { Span } from '../model.ts';

export interface Token extends Span {
  /** Surface text of the word, without surrounding punctuation. */
  readonly text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  readonly normal: string;
  /** compromise's part-of-speech tags ("ProperNoun", "PastTense", "Honorific" …). */
  readonly tags: readonly string[];
  /** Punctuation and spaces before / after the word, as in the text. */
  readonly pre: string;
  readonly post: string;
  /** compromise's dictionary form (infinitive / singular: "struck" → "strike"), when it knows one. */
  readonly root?: string;
}

export interface ParsedSentence extends Span {
  /** Index of the paragraph (in the spans given to `parseText`) it belongs to. */
  readonly paragraph: number;
  readonly tokens: readonly Token[];
  readonly tense: 'past' | 'present' | 'future' | null;
}

export interface ParsedText {
  readonly sentences: readonly ParsedSentence[];
  /** compromise's own named-entity spans, offsets into the whole text. */
  readonly people: readonly Span[];
  readonly places: readonly Span[];
  readonly organizations: readonly Span[];
}

interface JsonOffset {
  start: number;
  length: number;
}
interface JsonTerm {
  text: string;
  normal?: string;
  tags?: string[];
  pre?: string;
  post?: string;
  root?: string;
  offset: JsonOffset;
}
interface JsonSentence {
  terms: JsonTerm[];
}
interface JsonMatch {
  offset: JsonOffset;
  terms?: JsonTerm[];
}

const adjectives = new Map<string, boolean>();

/** Whether compromise's lexicon reads a word, lower-cased and alone, as an adjective ("parliamentary"). */
export function isLexiconAdjective(word: string): boolean {
  const key = word.toLowerCase();
  let known = adjectives.get(key);
  if (known === undefined) {
    known = nlp(key).has('#Adjective');
    adjectives.set(key, known);
  }
  return known;
}

/**
 * Parses each paragraph separately (compromise would otherwise run a headline-style line
 * without a full stop into the next paragraph) and maps every offset back into `text`.
 */
export function parseText(text: string, paragraphs: readonly Span[]): ParsedText {
  const sentences: ParsedSentence[] = [];
  const people: Span[] = [];
  const places: Span[] = [];
  const organizations: Span[] = [];

  paragraphs.forEach((para, paragraph) => {
    const slice = text.slice(para.start, para.end);
    if (slice.trim() === '') return;
    const doc = nlp(slice);
    doc.compute('root'); // fills each term's `root` (dictionary form), used by event triggers
    const json = doc.json({ offset: true, terms: { offset: true } }) as JsonSentence[];
    for (const s of json) {
      const tokens = s.terms.map((t) => toToken(t, para.start));
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (!first || !last) continue;
      // Opening quotes/brackets belong to the sentence; compromise keeps them in `pre`.
      const start = first.start - leadingPunctuation(first.pre).length;
      const end = last.end + trailingPunctuation(last.post).length;
      sentences.push({ start, end, paragraph, tokens, tense: tenseOf(tokens) });
    }
    const spans = (view: { json: (o: object) => unknown }): Span[] =>
      (view.json({ offset: true }) as JsonMatch[]).map((m) => ({
        start: para.start + m.offset.start,
        end: para.start + m.offset.start + m.offset.length,
      }));
    people.push(...spans(doc.people()));
    places.push(...spans(doc.places()));
    organizations.push(...spans(doc.organizations()));
  });

  return { sentences, people, places, organizations };
}

function toToken(t: JsonTerm, base: number): Token {
  const start = base + t.offset.start;
  return {
    text: t.text,
    normal: t.normal ?? t.text.toLowerCase(),
    tags: t.tags ?? [],
    pre: t.pre ?? '',
    post: t.post ?? '',
    ...(typeof t.root === 'string' ? { root: t.root } : {}),
    start,
    end: start + t.offset.length,
  };
}

function leadingPunctuation(pre: string): string {
  return pre.replace(/^\s+/, '');
}

function trailingPunctuation(post: string): string {
  return post.replace(/\s+$/, '');
}

/**
 * Tense of the first finite verb outside quotation marks: "will"/"going to" make it future,
 * a past-tense verb (or "has/had" + participle) past, a present-tense verb present.
 */
function tenseOf(tokens: readonly Token[]): ParsedSentence['tense'] {
  let quoted = false;
  for (const [i, t] of tokens.entries()) {
    if (/["“”]/.test(t.pre)) quoted = !quoted;
    if (!quoted) {
      const has = (tag: string): boolean => t.tags.includes(tag);
      if (t.normal === 'will' || t.normal === "'ll" || (t.normal === 'going' && tokens[i + 1]?.normal === 'to')) {
        return 'future';
      }
      if (has('PastTense')) return 'past';
      if (has('Verb') && (t.normal === 'has' || t.normal === 'have' || t.normal === 'had')) {
        const next = tokens[i + 1];
        if (next && (next.tags.includes('Participle') || next.tags.includes('PastTense'))) return 'past';
      }
      if (has('PresentTense') && !has('Auxiliary')) return 'present';
    }
    if (/["“”]/.test(t.post)) quoted = !quoted;
  }
  return null;
}
