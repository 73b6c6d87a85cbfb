/**
 * What the templates receive: one view model per page, every URL already decided (`path` is where a
 * page is written, `href` is how other pages link to it, with the path prefix applied). Strings here
 * are plain text, to be escaped by the templates; only `bodyHtml` is markup.
 */
import type { Diagnostic, EntityType, RemovedLine } from '../model.ts';
import type { FeedView } from './feeds.ts';
import type { ActorVisuals, NetworkPage, PlacesPage } from './graph/site-visuals.ts';
import type { PageHead } from './page-head.ts';
import type { SearchPage } from './search-page.ts';
import type { SearchTags } from './search-tags.ts';

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
  /** Every event mention, in text order, with its modality; linked to its event page when grouped. */
  readonly events: readonly ArticleEvent[];
  readonly quotes: readonly ArticleQuote[];
  readonly figures: readonly FigureView[];
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
  /** Quotes the actor is the speaker of. */
  readonly quotes: readonly ActorQuote[];
  /** Events the actor takes part in, by role. */
  readonly events: ActorEvents;
}

/** What a page says about itself to browsers, crawlers and the search index. */
export interface PageMeta {
  readonly head: PageHead;
  readonly search: SearchTags;
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
  /** Number of events in the group: `entries` and `more` together. */
  readonly count: number;
  /** The first events (at most 50), shown open. */
  readonly entries: readonly TimelineEventView[];
  /** The rest, shown folded ("N more in February 2024") so a big month stays readable. */
  readonly more: readonly TimelineEventView[];
  /** Dated references in the month that date no event, shown folded so nothing is hidden. */
  readonly references: readonly TimelineItemView[];
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
  /** The first undated events (at most 50). */
  readonly undated: readonly TimelineEventView[];
  /** The remaining undated events, shown folded. */
  readonly undatedMore: readonly TimelineEventView[];
  /** Undated events. */
  readonly undatedCount: number;
  /** Dated events. */
  readonly datedCount: number;
  /** Dated references that date no event (in the groups' `references`). */
  readonly referenceCount: number;
  /** Undated and vague references that date no event, shown folded. */
  readonly undatedReferences: readonly TimelineItemView[];
  readonly eventsHref: string;
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
  /** The most reported events (most reports first), with a link to all events. */
  readonly keyEvents: readonly EventSummary[];
  readonly eventCount: number;
  readonly problemCount: number;
}

export interface AboutPage {
  readonly path: string;
  readonly href: string;
  readonly generator: string;
  /** What `npm run eval` measured for this version (see src/site/measured-accuracy.ts). */
  readonly accuracy: readonly { readonly label: string; readonly percent: string; readonly on: string }[];
  /** Known limits in plain words. */
  readonly limits: readonly string[];
  readonly counts: { readonly articles: number; readonly actors: number; readonly mentions: number; readonly dated: number; readonly undated: number };
  readonly timeBases: readonly { readonly basis: string; readonly label: string; readonly explanation: string; readonly count: number }[];
  readonly mergeRules: readonly { readonly rule: string; readonly explanation: string; readonly count: number }[];
  readonly metaBases: readonly { readonly label: string; readonly explanation: string }[];
  readonly diagnostics: readonly DiagnosticView[];
}

/** A file under /data/ to write: its path and its exact text. */
export interface DataFile {
  readonly path: string;
  readonly content: string;
}

/** A link to one file of the data page, with its size as built. */
export interface DataDownload {
  readonly name: string;
  readonly format: 'CSV' | 'JSON';
  readonly href: string;
  /** "12.3 kB" */
  readonly size: string;
}

/** One table of the data export, as the data page documents it. */
export interface DataTableView {
  /** File name without extension; also the section's id on the page. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly rows: number;
  readonly columns: readonly { readonly key: string; readonly meaning: string }[];
  /** The CSV file, then its JSON twin. */
  readonly downloads: readonly DataDownload[];
}

/** The data page (/data/) and the export files it documents. */
export interface DataPage {
  readonly path: string;
  readonly href: string;
  /** /data/corpus.json, written by its own template from `SiteData.data.json`. */
  readonly corpus: DataDownload;
  readonly tables: readonly DataTableView[];
  /** The CSV and JSON files of the tables, for the paginated template that writes them. */
  readonly files: readonly DataFile[];
}

export interface SiteData {
  readonly title: string;
  /** Absolute URL the site is published at, for canonical links and Open Graph; null when unknown. */
  readonly baseUrl: string | null;
  readonly search: SearchPage;
  readonly feeds: { readonly articles: FeedView; readonly events: FeedView };
  readonly pathPrefix: string;
  readonly stylesheetHref: string;
  readonly nav: readonly (Link & { readonly key: string })[];
  readonly home: HomePage;
  readonly articles: readonly (ArticlePage & PageMeta)[];
  readonly actorIndex: ActorIndexPage;
  /** Likely duplicate actors, for owners (linked from the actor index). */
  readonly duplicates: DuplicatesPage;
  readonly actors: readonly (ActorPage & PageMeta & { readonly visuals: ActorVisuals })[];
  /** The actor network and the map of places (src/site/graph, src/site/map). */
  readonly network: NetworkPage;
  readonly places: PlacesPage;
  readonly timeline: TimelinePage;
  readonly eventIndex: EventsIndexPage;
  readonly events: readonly (EventPage & PageMeta)[];
  readonly about: AboutPage;
  readonly data: { readonly path: string; readonly href: string; readonly json: string };
  /** /data/: the data page, and the CSV and JSON tables it documents. */
  readonly dataPage: DataPage;
  readonly notFound: { readonly path: string };
}

// ─── Events, quotes and figures (event pages, article sidebar, actor pages, timeline) ───

/** A few words for a tag, with one sentence saying what it means. */
export interface TagView {
  readonly label: string;
  readonly explanation: string;
}

/** One event in a list (events index, timeline, actor page, home page). */
export interface EventSummary extends Link {
  readonly slug: string;
  readonly typeLabel: string;
  /** The date the reports agree on most, or "Undated". */
  readonly date: DateView;
  readonly precision: string | null;
  /** The reports give different dates: the date shown is the one most give. */
  readonly datesDiffer: boolean;
  /** Sentences that report it (two triggers in one sentence are one report). */
  readonly reportCount: number;
  readonly articleCount: number;
  /** What the reports disagree on ("counts", "dates", "places"); empty when they agree. */
  readonly disagreements: readonly string[];
}

/** A participant or place as one report words it, linked to its actor when it is one. */
export interface ParticipantView {
  readonly text: string;
  readonly actor: ActorLink | null;
}

/** The date one report gives an event: its words, the resolved value and how it was resolved. */
export interface ReportDate {
  readonly text: string;
  readonly date: DateView;
  readonly precision: string | null;
  /** "stated", "relative to publication" … */
  readonly basis: string;
  readonly explanation: string;
  /** The time was taken from an earlier sentence of the paragraph, not the event's own clause. */
  readonly borrowed: boolean;
  /** The sentence the time expression stands in. */
  readonly href: string;
  readonly sentenceNumber: number;
}

/** A numeric claim: "more than 40 people (wounded)". */
export interface FigureView {
  /** The number with its qualifier and noun, as a reader would say it. */
  readonly text: string;
  /** What it counts ("wounded"). */
  readonly unit: string;
  readonly href: string;
  readonly sentenceNumber: number;
}

export interface EventReportView {
  readonly article: ArticleLink;
  /** The outlet, or the article's title when the outlet is unknown. */
  readonly outlet: string;
  readonly outletKnown: boolean;
  /** The trigger(s) as written ("hit"; "killed, strike" when one sentence reports it twice). */
  readonly trigger: string;
  /** Set for reports of the event as planned, not as happened. */
  readonly modality: TagView | null;
  readonly date: ReportDate | null;
  readonly agents: readonly ParticipantView[];
  readonly targets: readonly ParticipantView[];
  readonly places: readonly ParticipantView[];
  readonly figures: readonly FigureView[];
  /** The sentence with the trigger marked, linked to where it stands. */
  readonly sentence: SentenceQuote;
}

/** One value a report gives where the reports disagree. */
export interface DiscrepancyValue {
  /** As compared ("more than 40"), dates readable ("28 January 2024"). */
  readonly text: string;
  readonly datetime: string | null;
  readonly outlet: string;
  readonly article: ArticleLink;
  readonly href: string;
  readonly sentenceNumber: number;
}

export interface DiscrepancyView {
  /** "Counts differ: wounded", "Dates differ". */
  readonly label: string;
  readonly summary: string;
  /** The values could all be right (see `Discrepancy.minor`), with the tag that says so and why; null otherwise. */
  readonly minor: { readonly label: string; readonly why: string } | null;
  readonly values: readonly DiscrepancyValue[];
}

/** A link to an event page. */
export interface EventLink {
  readonly href: string;
  readonly text: string;
}

export interface EventPage {
  readonly path: string;
  readonly href: string;
  readonly slug: string;
  readonly title: string;
  readonly typeLabel: string;
  readonly date: DateView;
  readonly precision: string | null;
  readonly datesDiffer: boolean;
  /** How the date was obtained: "given by 1 of 2 reports: relative to publication ('on Saturday' …)". */
  readonly dateBasis: string;
  readonly agents: readonly ActorLink[];
  readonly targets: readonly ActorLink[];
  readonly places: readonly ActorLink[];
  /** Headings of the participant rows; no target row when the type has none (a tally). */
  readonly roles: { readonly agents: string; readonly targets: string | null };
  readonly articleCount: number;
  /** For a reaction: the event it answers. */
  readonly reactsTo: EventLink | null;
  /** The reactions to this event, one per country that answered it. */
  readonly reactions: readonly EventLink[];
  /** One card per sentence that reports the event (reports in one sentence share a card). */
  readonly reports: readonly EventReportView[];
  readonly discrepancies: readonly DiscrepancyView[];
  readonly indexHref: string;
}

export interface EventsIndexPage {
  readonly path: string;
  readonly href: string;
  /** Dated events in calendar order. */
  readonly dated: readonly EventSummary[];
  readonly undated: readonly EventSummary[];
  readonly total: number;
  /** Events whose reports disagree somewhere. */
  readonly disputedCount: number;
}

/** One event mention in an article's sidebar. */
export interface ArticleEvent {
  readonly trigger: string;
  readonly typeLabel: string;
  /** Negated, hypothetical or future; null when reported as happened. */
  readonly modality: TagView | null;
  /** The event page, when the mention was grouped into an event. */
  readonly event: EventSummary | null;
  /** The sentence on this page (`#s-N`). */
  readonly sentenceHref: string;
  readonly sentenceNumber: number;
}

export interface SpeakerView {
  /** As written at the attribution ("he", "the official"). */
  readonly text: string;
  readonly actor: ActorLink | null;
  /** How the speaker was found, in words. */
  readonly via: string;
  /** The speaker was worked out (a pronoun, the previous speaker …), not read from an attribution. */
  readonly inferred: boolean;
}

export interface ArticleQuote {
  readonly text: string;
  readonly speaker: SpeakerView | null;
  readonly sentenceHref: string;
  readonly sentenceNumber: number;
}

/** A quote on its speaker's page. */
export interface ActorQuote {
  readonly text: string;
  readonly via: string;
  readonly inferred: boolean;
  readonly article: ArticleLink;
  /** The sentence with the quoted words marked. */
  readonly sentence: SentenceQuote;
}

/** The events an actor takes part in, by role. */
export interface ActorEvents {
  readonly asAgent: readonly EventSummary[];
  readonly asTarget: readonly EventSummary[];
  readonly atPlace: readonly EventSummary[];
}

/** One event on the timeline, with what the filters read. */
export interface TimelineEventView extends EventSummary {
  /** The calendar days a week, quarter or season covers, else null. */
  readonly range: string | null;
  /** How the date was obtained. */
  readonly basis: string;
  /** Per article reporting it: the outlet, the first sentence quoted, links to its other sentences. */
  readonly reports: readonly {
    readonly outlet: string;
    readonly sentence: SentenceQuote;
    readonly more: readonly { readonly href: string; readonly number: number }[];
  }[];
  /** Slugs of the event's participants and the actors in its sentences. */
  readonly actors: readonly string[];
  readonly month: string;
  readonly year: string;
}
