/**
 * The one data model shared by every stage. Types only: no logic lives here.
 *
 * Every value is JSON-serialisable and readonly, so a stage's output can be cached,
 * snapshotted and published as a data export. Offsets are UTF-16 indices into
 * `Article.text` (end exclusive), the same indices JavaScript strings use.
 */

/** A string that has been checked to be of one kind of id. */
type Brand<T, B extends string> = T & { readonly __brand: B };

/** Stable id of an article: its path under the input folder, without extension. */
export type ArticleId = Brand<string, 'ArticleId'>;
/** Stable id of a resolved actor (derived from its canonical name). */
export type EntityId = Brand<string, 'EntityId'>;
/** A URL path segment: lower-case ASCII letters, digits and hyphens. */
export type Slug = Brand<string, 'Slug'>;

// ─── Ingest ────────────────────────────────────────────────────────────────

/** How a metadata value was obtained. */
export type MetaBasis =
  /** Given in the file's YAML front matter. */
  | 'front-matter'
  /** Printed in the article (a dateline, a byline, the headline line). */
  | 'stated'
  /** Deduced from the text or from other articles; shown as inferred. */
  | 'inferred'
  /** Not known. */
  | 'unknown';

/** One metadata field together with its provenance. */
export interface MetaField<T> {
  /** The value, or null when unknown. */
  readonly value: T | null;
  /** How the value was obtained. */
  readonly basis: MetaBasis;
  /** 1-based line in the source file the value was read from, when it came from one line. */
  readonly line?: number;
  /** A short human explanation of the basis ("dateline 'Posted by … on Feb 8th 2024'"). */
  readonly note?: string;
}

export interface ArticleMeta {
  /** Headline. */
  readonly title: MetaField<string>;
  /** Publication date as an ISO calendar date (YYYY-MM-DD). */
  readonly published: MetaField<string>;
  /** Outlet / publisher name. */
  readonly source: MetaField<string>;
  /** Original URL. */
  readonly url: MetaField<string>;
  /** Byline author(s). */
  readonly author: MetaField<string>;
}

/** A block of body text. */
export interface Paragraph {
  /** Offset of the first character in `Article.text`. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** Markdown block it came from; plain-text paragraphs are `paragraph`. */
  readonly kind: 'paragraph' | 'heading' | 'list-item' | 'blockquote';
}

/** A line of the input that was recognised as page furniture and left out of the body. */
export interface RemovedLine {
  /** 1-based line number in the source file. */
  readonly line: number;
  readonly text: string;
  /** Why it was left out ("reading-time note", "repeated headline", "dateline", …). */
  readonly reason: string;
}

export interface Article {
  readonly id: ArticleId;
  readonly slug: Slug;
  /** Path of the source file relative to the input folder, with forward slashes. */
  readonly file: string;
  readonly format: 'text' | 'markdown';
  readonly meta: ArticleMeta;
  /** The normalised body text (NFC, `\n` line ends, paragraphs separated by one blank line). */
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** For each paragraph, the 1-based source line it starts on (for diagnostics). */
  readonly paragraphLines: readonly number[];
  /** Header and boilerplate lines kept out of the body. */
  readonly removed: readonly RemovedLine[];
  /** Hex SHA-256 of the source bytes. */
  readonly sourceHash: string;
}

// ─── Analyze ───────────────────────────────────────────────────────────────

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  /** 0-based index within the article; the page anchor is `#s-<index + 1>`. */
  readonly index: number;
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
  /** Dominant grammatical tense of the main verbs, used to resolve bare weekdays and months. */
  readonly tense: 'past' | 'present' | 'future' | null;
}

export type EntityType = 'person' | 'organization' | 'place' | 'group';

export interface Mention extends Span {
  /** The surface form exactly as in the text. */
  readonly text: string;
  readonly type: EntityType;
  /** Index of the containing sentence. */
  readonly sentence: number;
  /**
   * The name stripped of titles, possessives and a leading "the": what resolution compares.
   * For a demonym ("Iraqi") this is the demonym itself.
   */
  readonly name: string;
  /** Title or honorific found before the name ("President", "Mr."), not part of the span. */
  readonly title?: string;
  /** For a nationality word typed `group`: the country it refers to ("Iraq"). */
  readonly country?: string;
  /** Short labels of the evidence that decided the type ("compromise:Person", "cue:Ministry"). */
  readonly evidence: readonly string[];
}

/** TIMEX3 type of a time expression. */
export type TimeType = 'date' | 'time' | 'duration' | 'set';

/** How fine a resolved date value is. */
export type Precision =
  | 'time'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'year'
  | 'decade'
  | 'century';

/** How a time expression got its value. */
export type TimeBasisKind =
  /** The expression states the full value ("2 February 2024"). */
  | 'stated'
  /** Resolved against the publication date ("last Friday", "yesterday"). */
  | 'relative'
  /** A year-less date given the year that puts it nearest the publication date. */
  | 'year-inferred'
  /** A vague reference (PRESENT_REF etc.) or a duration/set with no anchor needed. */
  | 'vague'
  /** A relative expression in an undated article: the value cannot be known. */
  | 'unresolved';

export interface TimeExpression extends Span {
  readonly text: string;
  readonly type: TimeType;
  /** TIMEX3-style value: 2024-02-02, 2024-W05, 2024-02, 2024, P40D, PAST_REF, XXXX-01-28 … */
  readonly value: string;
  /** Precision of the value, for dates. */
  readonly precision?: Precision;
  readonly basis: TimeBasisKind;
  /** Plain-words explanation: "'last Friday' against publication date 2024-02-02". */
  readonly explanation: string;
  /** The date it was resolved against, when relative. */
  readonly anchor?: string;
  /** Index of the containing sentence. */
  readonly sentence: number;
  /** Warnings, e.g. "after-publication-in-past-clause". */
  readonly flags?: readonly string[];
}

/** A problem with one input, reported without stopping the build. */
export interface Diagnostic {
  /** Source file relative to the input folder. */
  readonly file: string;
  /** 1-based line, when known. */
  readonly line?: number;
  readonly column?: number;
  readonly severity: 'error' | 'warning' | 'info';
  /** Stable machine id of the rule that fired ("empty-file", "front-matter-invalid"). */
  readonly ruleId: string;
  readonly reason: string;
}

/** Everything found in one article. Pure function of (Article, analyzer version). */
export interface Analysis {
  readonly articleId: ArticleId;
  readonly analyzerVersion: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpression[];
  readonly diagnostics: readonly Diagnostic[];
}

// ─── Link ──────────────────────────────────────────────────────────────────

/** Why a surface form was merged into an actor. */
export type MergeRule =
  | 'exact'
  | 'title-stripped'
  | 'surname'
  | 'acronym'
  | 'defined-acronym'
  | 'spelling-variant'
  | 'demonym'
  | 'curated';

export interface Alias {
  readonly text: string;
  readonly count: number;
  /** The rule that merged it into the actor ("exact" for the canonical form itself). */
  readonly rule: MergeRule;
}

/** Where one mention of an actor stands. */
export interface MentionRef {
  readonly articleId: ArticleId;
  /** Index into that article's `Analysis.mentions`. */
  readonly mention: number;
}

export interface Entity {
  readonly id: EntityId;
  readonly slug: Slug;
  /** Canonical display name. */
  readonly name: string;
  readonly type: EntityType;
  /** Mention counts per type: the evidence behind `type`. */
  readonly typeVotes: Readonly<Partial<Record<EntityType, number>>>;
  readonly aliases: readonly Alias[];
  readonly mentions: readonly MentionRef[];
  /** Articles it appears in, in corpus order. */
  readonly articles: readonly ArticleId[];
  /** For a `group` derived from a nationality word, the country actor it belongs to. */
  readonly country?: EntityId;
}

/** One dated entry on the timeline. */
export interface TimelineItem {
  readonly articleId: ArticleId;
  /** Index into the article's `Analysis.times`. */
  readonly time: number;
  readonly value: string;
  readonly precision: Precision;
  /** First and last calendar day the value covers (ISO), for ordering and filtering. */
  readonly from: string;
  readonly to: string;
  readonly sentence: number;
}

/** The whole site's data: what the templates and the data exports receive. */
export interface Corpus {
  readonly generator: { readonly name: 'newsweave'; readonly version: string };
  readonly articles: readonly Article[];
  /** Analyses in the same order as `articles`. */
  readonly analyses: readonly Analysis[];
  /** For each article (same order), the entity each mention resolved to (parallel to `mentions`). */
  readonly mentionEntities: readonly (readonly EntityId[])[];
  readonly entities: readonly Entity[];
  readonly timeline: readonly TimelineItem[];
  /** Undated items (time expressions whose value could not be placed on a calendar). */
  readonly undated: readonly { readonly articleId: ArticleId; readonly time: number }[];
  readonly diagnostics: readonly Diagnostic[];
}
