/** Reader-facing words for the model's enums, in one place so every page says the same thing. */
import type { EntityType, MergeRule, Precision, TimeBasisKind } from '../model.ts';

/** Display order of actor types. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'group', 'place'];

export const TYPE_LABELS: Readonly<Record<EntityType, { one: string; many: string }>> = {
  person: { one: 'person', many: 'People' },
  organization: { one: 'organisation', many: 'Organisations' },
  group: { one: 'group', many: 'Groups' },
  place: { one: 'place', many: 'Places' },
};

export const PRECISION_LABELS: Readonly<Record<Precision, string>> = {
  time: 'time of day', day: 'day', week: 'week', month: 'month', quarter: 'quarter',
  season: 'season', year: 'year', decade: 'decade', century: 'century',
};

export const TIME_BASIS: Readonly<Record<TimeBasisKind, { label: string; explanation: string }>> = {
  stated: { label: 'stated', explanation: 'The text gives the full date.' },
  relative: {
    label: 'relative to publication',
    explanation: 'A relative expression ("last Friday", "yesterday") resolved against the article’s publication date.',
  },
  'year-inferred': {
    label: 'year inferred',
    explanation: 'A date without a year ("28 January") given the year that puts it nearest the publication date.',
  },
  vague: {
    label: 'vague',
    explanation: 'A vague reference ("recently", "in the past") or a duration; it is not placed on the calendar.',
  },
  unresolved: {
    label: 'unresolved',
    explanation: 'A relative expression in an undated article: without a publication date it cannot be placed.',
  },
};

export const MERGE_RULES: Readonly<Record<MergeRule, string>> = {
  exact: 'the same name, written the same way',
  'title-stripped': 'the same name once titles and honorifics ("President", "Mr.") are removed',
  surname: 'a surname used for a person named in full elsewhere',
  acronym: 'an acronym formed from the initials of the full name',
  'defined-acronym': 'an acronym the text defines next to the full name',
  'spelling-variant': 'a spelling or transliteration variant of the name',
  demonym: 'a nationality word ("Iraqi") linked to its country',
  curated: 'an alias listed by hand in the project’s configuration',
};
