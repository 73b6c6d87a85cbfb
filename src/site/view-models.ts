/**
 * What the templates receive: one view model per page, every URL already decided (`path` is where a
 * page is written, `href` is how other pages link to it, with the path prefix applied). Strings here
 * are plain text, to be escaped by the templates; only `bodyHtml` is markup.
 */
import type { Diagnostic, EntityType, RemovedLine } from '../model.ts';

export interface Link {
  readonly text: string;
  readonly href: string;
}

/** Plain text with some stretches marked (a mention or time in its sentence). */
export interface TextPart {
  readonly text: string;
  readonly mark: boolean;
}

/** A date for display: readable text plus the machine value when it is valid for `<time datetime>`. */
export interface DateView {
  readonly text: string;
  readonly datetime: string | null;
  /** The value was inferred, not stated: pages say so next to it. */
  readonly inferred?: boolean;
}

export interface ArticleLink extends Link {
  /** Publication date, or "Undated". */
  readonly date: DateView;
  readonly source: string | null;
}

export interface ActorLink extends Link {
  readonly type: EntityType;
  readonly count: number;
}

export interface ActorGroup {
  readonly type: EntityType;
  /** Plural heading ("People"). */
  readonly label: string;
  readonly actors: readonly ActorLink[];
}

export interface MetaRow {
  readonly label: string;
  /** The value as text; "Undated" / "unknown" when missing. */
  readonly text: string;
  /** For a URL value, the link (only http(s) URLs). For the date, its datetime. */
  readonly href: string | null;
  readonly datetime: string | null;
  /** How the value was obtained: "front matter", "stated in the text, line 3", "inferred: …", "unknown". */
  readonly basis: string;
}

/** One time expression of an article, as listed in its sidebar. */
export interface ArticleDate {
  /** The words in the text ("last Friday"). */
  readonly text: string;
  readonly date: DateView;
  readonly precision: string | null;
  readonly basis: string;
  readonly explanation: string;
  /** `#s-N` on the same page. */
  readonly sentenceHref: string;
  readonly sentenceNumber: number;
  /** Warnings on the resolved date (e.g. after publication in a past-tense clause). */
  readonly flags?: readonly DateFlag[];
}

export interface DiagnosticView {
  readonly severity: Diagnostic['severity'];
  readonly ruleId: string;
  readonly reason: string;
  /** "stall.txt:1" */
  readonly location: string;
}

export interface ArticlePage {
  readonly path: string;
  readonly href: string;
  readonly slug: string;
  readonly title: string;
  readonly file: string;
  readonly date: DateView;
  readonly source: string | null;
  readonly meta: readonly MetaRow[];
  readonly bodyHtml: string;
  readonly actorGroups: readonly ActorGroup[];
  readonly dates: readonly ArticleDate[];
  readonly removed: readonly RemovedLine[];
  readonly diagnostics: readonly DiagnosticView[];
  readonly sentenceCount: number;
}

/** A sentence quoted on another page, linked back to where it stands. */
export interface SentenceQuote {
  readonly href: string;
  readonly number: number;
  readonly parts: readonly TextPart[];
}

export interface ActorArticleMentions {
  readonly article: ArticleLink;
  readonly sentences: readonly SentenceQuote[];
  readonly mentionCount: number;
}

export interface ActorPage {
  readonly path: string;
  readonly href: string;
  readonly slug: string;
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly typeLabel: string;
  /** Mention counts per type, highest first: the evidence behind `type`. */
  readonly typeVotes: readonly { readonly type: EntityType; readonly label: string; readonly count: number }[];
  readonly aliases: readonly { readonly text: string; readonly count: number; readonly rule: string; readonly ruleExplanation: string }[];
  readonly mentionCount: number;
  readonly articleCount: number;
  readonly mentionsByArticle: readonly ActorArticleMentions[];
  /** For a nationality group, the country actor. */
  readonly country: ActorLink | null;
  /** For a country, the nationality groups that point to it. */
  readonly groups: readonly ActorLink[];
  readonly sameSentence: readonly ActorLink[];
  readonly sameArticle: readonly ActorLink[];
  readonly firstSeen: DateView | null;
  readonly lastSeen: DateView | null;
}

export interface ActorIndexPage {
  readonly path: string;
  readonly href: string;
  readonly groups: readonly ActorGroup[];
  readonly total: number;
}

/** Two actors that may be one person, organisation, group or place, for the site's owner to review. */
export interface DuplicatePair {
  /** The more mentioned of the two first. */
  readonly a: ActorLink;
  readonly b: ActorLink;
  readonly typeLabel: string;
  /** Why the names look alike ("similar spelling", "same surname"). */
  readonly reason: string;
  /** Similarity from 0 to 1, two decimals. */
  readonly score: string;
  /** Lines for the alias file that merge the two (plain text, to be escaped). */
  readonly snippet: string;
}

export interface DuplicatesPage {
  readonly path: string;
  readonly href: string;
  readonly actorsHref: string;
  /** File name of the alias file, as the owner should create it in the input folder. */
  readonly aliasFile: string;
  /** Highest score first. */
  readonly pairs: readonly DuplicatePair[];
}

export interface TimelineEntry {
  /** The words in the text. */
  readonly text: string;
  readonly date: DateView;
  readonly value: string;
  readonly precision: string | null;
  /** The calendar days a week, quarter or season covers ("29 January – 4 February 2024"), else null. */
  readonly range: string | null;
  readonly basis: string;
  readonly explanation: string;
  readonly sentence: SentenceQuote;
  readonly article: ArticleLink;
}

/** A warning on a resolved date, in words ("after publication"). */
export interface DateFlag {
  /** The model's flag id ("after-publication-in-past-clause"). */
  readonly id: string;
  /** A few words for a tag. */
  readonly label: string;
  /** One sentence saying what to check. */
  readonly explanation: string;
}

/** A timeline entry with what the page's filters read (written as `data-*` attributes). */
export interface TimelineItemView extends TimelineEntry {
  /** Slugs of the actors mentioned in the item's sentence, in order of first mention. */
  readonly actors: readonly string[];
  /** "2024-02" for items within a month; "" for coarser items and undated ones. */
  readonly month: string;
  /** For items coarser than a month, the year or years of their heading ("2024", "2020-2029"); else "". */
  readonly year: string;
  readonly flags: readonly DateFlag[];
}

export interface TimelineGroup {
  /** "February 2024", "Across 2024", "2020–2024". */
  readonly label: string;
  /** Fragment id of the heading, e.g. "m-2024-02". */
  readonly anchor: string;
  /** What the month filter selects: the month ("2024-02") or the years ("2024", "2020-2029"). */
  readonly key: string;
  /** Number of items in the group: `entries` and `more` together. */
  readonly count: number;
  /** The first items (at most 50), shown open. */
  readonly entries: readonly TimelineItemView[];
  /** The rest, shown folded ("N more in February 2024") so a big month stays readable. */
  readonly more: readonly TimelineItemView[];
}

/** An actor the timeline can be filtered by. */
export interface TimelineActorOption {
  readonly slug: string;
  readonly name: string;
  /** Timeline items (dated and undated) whose sentence mentions the actor. */
  readonly count: number;
}

export interface TimelinePage {
  readonly path: string;
  readonly href: string;
  /** The filter script, relative to the page so it also loads from file://. */
  readonly scriptHref: string;
  readonly groups: readonly TimelineGroup[];
  /** The first undated items (at most 50). */
  readonly undated: readonly TimelineItemView[];
  /** The remaining undated items, shown folded. */
  readonly undatedMore: readonly TimelineItemView[];
  readonly undatedCount: number;
  readonly datedCount: number;
  /** Actors of the items, most items first. */
  readonly actors: readonly TimelineActorOption[];
  /** Too many items to lay out at once: off-screen groups skip layout until scrolled to. */
  readonly large: boolean;
}

export interface HomePage {
  readonly path: string;
  readonly href: string;
  readonly articleCount: number;
  readonly undatedCount: number;
  /** Earliest and latest publication dates, ignoring undated articles. */
  readonly dateRange: { readonly from: DateView; readonly to: DateView } | null;
  readonly topActors: readonly ActorGroup[];
  /** Articles by publication date, undated last. */
  readonly articles: readonly ArticleLink[];
  /** The latest-dated timeline entries, newest first. */
  readonly latest: readonly TimelineEntry[];
  readonly problemCount: number;
}

export interface AboutPage {
  readonly path: string;
  readonly href: string;
  readonly generator: string;
  readonly counts: { readonly articles: number; readonly actors: number; readonly mentions: number; readonly dated: number; readonly undated: number };
  readonly timeBases: readonly { readonly basis: string; readonly label: string; readonly explanation: string; readonly count: number }[];
  readonly mergeRules: readonly { readonly rule: string; readonly explanation: string; readonly count: number }[];
  readonly metaBases: readonly { readonly label: string; readonly explanation: string }[];
  readonly diagnostics: readonly DiagnosticView[];
}

export interface SiteData {
  readonly title: string;
  readonly pathPrefix: string;
  readonly stylesheetHref: string;
  readonly nav: readonly (Link & { readonly key: string })[];
  readonly home: HomePage;
  readonly articles: readonly ArticlePage[];
  readonly actorIndex: ActorIndexPage;
  /** Likely duplicate actors, for owners (linked from the actor index). */
  readonly duplicates: DuplicatesPage;
  readonly actors: readonly ActorPage[];
  readonly timeline: TimelinePage;
  readonly about: AboutPage;
  readonly data: { readonly path: string; readonly href: string; readonly json: string };
  readonly notFound: { readonly path: string };
}
