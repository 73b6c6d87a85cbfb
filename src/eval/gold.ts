/**
 * The shape of the hand-checked gold files (test/fixtures/gold, a development set).
 * Only the fields the scorers read are typed.
 */
import type { EntityType } from '../model.ts';

export interface GoldEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: number;
}

export interface GoldTime {
  readonly text: string;
  /** TIMEX3-style value; null for durations and vague references. */
  readonly value: string | null;
  readonly basis: string;
  /** Offset of `text` in the raw source file. */
  readonly offset: number;
}

export interface GoldArticle {
  /** Source file name, e.g. "001_….txt". */
  readonly file: string;
  readonly title: string;
  readonly published: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly entities: readonly GoldEntity[];
  readonly times: readonly GoldTime[];
}

export interface GoldCorpusEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly articles: Readonly<Record<string, { readonly aliases: readonly string[]; readonly mentions: number }>>;
  readonly all_aliases: readonly string[];
}

export interface GoldCorpusEventReport {
  readonly file: string;
  readonly date?: string | null;
  readonly figures?: Readonly<Record<string, number | string>>;
}

export interface GoldCorpusEvent {
  readonly id: string;
  readonly summary: string;
  readonly type: string;
  readonly articles: readonly GoldCorpusEventReport[];
}

export interface GoldDiscrepancy {
  readonly topic: string;
  readonly values: Readonly<Record<string, string>>;
  readonly event: string;
}

export interface GoldCorpus {
  readonly entities: readonly GoldCorpusEntity[];
  /** Events reported by several articles, and where their reports disagree. */
  readonly events?: readonly GoldCorpusEvent[];
  readonly discrepancies?: readonly GoldDiscrepancy[];
}
