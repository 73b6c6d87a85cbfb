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
/** Stable id of a cross-article event (derived from its type, date and participants). */
export type EventId = Brand<string, 'EventId'>;

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
  /**
   * For a descriptive mention built around a name ("US forces", "Iraqi government", "the Smith
   * administration"): the name inside it, as a CoNLL-style name finder marks it ("US" place,
   * "Iraqi" group, "Smith" person). Absent when the whole span is the name.
   */
  readonly core?: Span & { readonly type: EntityType };
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

/** Kind of happening an event trigger denotes (see src/analyze/events/trigger-lexicon.ts). */
export type EventType =
  | 'attack'
  | 'strike'
  | 'killing'
  | 'wounding'
  | 'arrest'
  | 'statement'
  | 'threat'
  | 'negotiation'
  | 'agreement'
  | 'withdrawal'
  | 'deployment'
  | 'sanction'
  | 'election'
  | 'protest'
  | 'visit'
  /** A standing count stated as a fact of the moment (a population, troops stationed somewhere, people sheltering); not a toll. */
  | 'tally';

/** Whether the text reports the event as happened, denied, conditional or still to come. */
export type EventModality = 'asserted' | 'negated' | 'hypothetical' | 'future';

/** Someone or something taking part in an event: an entity mention or a described noun phrase. */
export interface Participant extends Span {
  readonly text: string;
  /** Index into `Analysis.mentions` when the participant is (or contains) a mention. */
  readonly mention?: number;
}

/** One event reported in one clause; the span is its trigger word(s). */
export interface EventMention extends Span {
  readonly type: EventType;
  /** The trigger as written ("airstrikes", "killed"). */
  readonly trigger: string;
  /** Index of the containing sentence. */
  readonly sentence: number;
  readonly modality: EventModality;
  /** Who did it (subject side, or "by X" in the passive). */
  readonly agents: readonly Participant[];
  /** Who or what it was done to (object side, "against/on/at X"). */
  readonly targets: readonly Participant[];
  /** Place mentions governed by in/near/at/across… */
  readonly places: readonly Participant[];
  /** Index into `Analysis.times`, or null when no time governs the event. */
  readonly time: number | null;
  /** Where the time came from: the event's own clause/sentence, or the nearest earlier one in the paragraph. */
  readonly timeBasis: 'clause' | 'nearest' | null;
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

/** How a quote's speaker was found. */
export type SpeakerVia =
  /** Attribution right after the quote ("…," she said / "…," said Lee). */
  | 'said-after'
  /** A speech verb before the quote in the same sentence (Lee said that "…"). */
  | 'said-before'
  /** "according to X". */
  | 'according-to'
  /** "the statement said": whoever last spoke in a statement, else the last organisation. */
  | 'statement'
  /** A pronoun ("he said") resolved to the person it refers to. */
  | 'pronoun'
  /** A quote with no attribution of its own continues the previous quote's speaker. */
  | 'previous-speaker'
  /** Fallback: the nearest person named before the quote in its sentence. */
  | 'nearest-person';

export interface QuoteSpeaker {
  /** The speaker as written at the attribution ("the official", "he", "Lee") or as resolved. */
  readonly text: string;
  /** Index into `Analysis.mentions` when the speaker is (or resolves to) a named mention. */
  readonly mention?: number;
  readonly via: SpeakerVia;
}

/** A direct quotation; start/end cover the quoted words, without the quote marks. */
export interface Quote extends Span {
  /** The quoted words without the marks (paragraph breaks of a multi-paragraph quote as one space). */
  readonly text: string;
  /** Index of the sentence the quote starts in. */
  readonly sentence: number;
  /** Who said it, or null when the text does not say. */
  readonly speaker: QuoteSpeaker | null;
}

/** What a figure counts: a casualty class, a kind of thing, or a measure. */
export type FigureUnit =
  | 'killed'
  | 'wounded'
  | 'hostages'
  | 'people'
  | 'troops'
  | 'targets'
  | 'munitions'
  | 'attacks'
  | 'money'
  | 'days'
  | 'percent'
  | 'fraction'
  | 'age'
  | 'count';

/** Hedge or vague amount stated with a figure. */
export type FigureQualifier =
  | 'about'
  | 'more than'
  | 'at least'
  | 'nearly'
  | 'up to'
  | 'fewer than'
  | 'several'
  | 'dozens'
  | 'hundreds'
  | 'thousands'
  | 'tens of thousands'
  | 'hundreds of thousands'
  | 'millions';

/** A numeric claim; start/end cover the number as written ("more than 85" → "85"). */
export interface Figure extends Span {
  /** The number as written ("2,500", "three", "$ 2 billion"). */
  readonly text: string;
  /** The value; null for vague amounts ("dozens of strikes"). */
  readonly value: number | null;
  readonly unit: FigureUnit;
  /** The counted noun as written ("soldiers", "drones"), when there is one. */
  readonly noun?: string;
  readonly qualifier: FigureQualifier | null;
  /** Index of the containing sentence. */
  readonly sentence: number;
  /** Broad class for grouping: casualties, hostages, troops, targets, attacks, money or other. */
  readonly category: 'casualties' | 'hostages' | 'troops' | 'targets' | 'attacks' | 'money' | 'other';
}

/** Everything found in one article. Pure function of (Article, analyzer version). */
export interface Analysis {
  readonly articleId: ArticleId;
  readonly analyzerVersion: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpression[];
  /** Events per clause, in text order. */
  readonly events: readonly EventMention[];
  /** Direct quotations with their speakers, in text order. */
  readonly quotes: readonly Quote[];
  /** Numeric claims, in text order. */
  readonly figures: readonly Figure[];
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
  /** What the alias file changed about this actor, so its page can say so; absent when nothing. */
  readonly curated?: readonly CuratedChange[];
}

/** One kind of change an alias file rule made to an actor. */
export type CuratedChange = 'merge' | 'split' | 'type' | 'name';

/**
 * Hand-made corrections to actor resolution, read from the optional alias file beside the
 * articles (`newsweave.aliases.yml`). Applied after automatic resolution; every rule keeps
 * the 1-based line it came from so a rule that matches nothing can be reported there.
 */
export interface Curation {
  /** The alias file, relative to the input folder. */
  readonly file: string;
  /** Make these names one actor. */
  readonly merge: readonly CurationMerge[];
  /** Take these names out of the actor they were merged into, as an actor of their own. */
  readonly split: readonly CurationName[];
  /** Force an actor's type. */
  readonly type: readonly CurationType[];
  /** Give an actor another display name. */
  readonly rename: readonly CurationRename[];
  /** Not an actor at all: mentions with these names are dropped before resolution. */
  readonly ignore: readonly CurationName[];
}

/** One name in a curation rule, with the line it was written on. */
export interface CurationName {
  readonly name: string;
  readonly line: number;
}

export interface CurationMerge {
  /** Names of the actors to merge (any alias of each), at least two. */
  readonly names: readonly string[];
  /** Display name of the merged actor; the first of `names` when absent. */
  readonly name?: string;
  readonly line: number;
}

export interface CurationType {
  readonly name: string;
  readonly type: EntityType;
  readonly line: number;
}

export interface CurationRename {
  /** Any alias of the actor. */
  readonly from: string;
  /** Its new display name. */
  readonly to: string;
  readonly line: number;
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

/** Where one report of an event stands: an event mention in one article. */
export interface EventReport {
  readonly articleId: ArticleId;
  /** Index into that article's `Analysis.events`. */
  readonly event: number;
  /** Indices into that article's `Analysis.figures` that belong to this report. */
  readonly figures: readonly number[];
  /** The date this report gives the event, when its time expression places it on the calendar. */
  readonly date?: { readonly value: string; readonly precision: Precision; readonly from: string; readonly to: string };
  /** True for a report of the event as planned or expected (modality `future`), not as happened. */
  readonly planned?: boolean;
}

/** A paragraph that repeats an earlier one (a repost, wire copy, a paragraph pasted twice). */
export interface RepeatedPassage {
  readonly articleId: ArticleId;
  /** Index into that article's `paragraphs`. */
  readonly paragraph: number;
  /** The first occurrence it repeats. */
  readonly of: { readonly articleId: ArticleId; readonly paragraph: number };
  /** Jaccard similarity of the two paragraphs' word shingles, 0–1. */
  readonly similarity: number;
}

/** A place where the reports of one event disagree. */
export interface Discrepancy {
  /** What differs: a count (killed, wounded, targets …), the date, or the place. */
  readonly kind: 'count' | 'date' | 'place';
  /** For a count: the figure unit compared ("wounded"). */
  readonly unit?: string;
  /** Each differing value with the report it comes from. */
  readonly values: readonly {
    readonly articleId: ArticleId;
    /** The value as compared: "34", "more than 40", "2024-01-27", "northeastern Jordan". */
    readonly value: string;
    /** Index of the sentence it was read from. */
    readonly sentence: number;
  }[];
  /** Plain-words summary: "wounded: 34 (…) vs more than 40 (…)". */
  readonly summary: string;
  /**
   * True when the values could all be right: counts whose hedged ranges overlap ("about 85" vs
   * "more than 85"), or days given by reports that share no count (perhaps two days of one campaign).
   */
  readonly minor?: boolean;
}

/** One real-world event: the reports of it across articles, grouped. */
export interface Event {
  readonly id: EventId;
  readonly slug: Slug;
  readonly type: EventType;
  /** Short human title generated from type, participants and place ("Strike on X in Y"). */
  readonly title: string;
  /** The date the reports agree on most, with its precision; null when no report dates it. */
  readonly date: { readonly value: string; readonly precision: Precision } | null;
  readonly agents: readonly EntityId[];
  readonly targets: readonly EntityId[];
  readonly places: readonly EntityId[];
  /** Every report, in corpus order. */
  readonly reports: readonly EventReport[];
  readonly discrepancies: readonly Discrepancy[];
  /** For a reaction (one country's statements about an event done to it or on its soil): the event it answers. */
  readonly reactsTo?: EventId;
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
  /** Asserted event mentions grouped into real-world events across articles. */
  readonly events: readonly Event[];
  /** Paragraphs that repeat an earlier paragraph; their events, quotes and figures are not counted again. Absent in older data. */
  readonly repeats?: readonly RepeatedPassage[];
  readonly timeline: readonly TimelineItem[];
  /** Undated items (time expressions whose value could not be placed on a calendar). */
  readonly undated: readonly { readonly articleId: ArticleId; readonly time: number }[];
  readonly diagnostics: readonly Diagnostic[];
}
