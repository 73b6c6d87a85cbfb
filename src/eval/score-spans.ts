/**
 * Exact-span scoring of name recognition, CoNLL style: a predicted name counts only when its
 * start, end and type all equal a labelled one. Person, organisation and place are scored;
 * `group` labels (nationality words, peoples: CoNLL's MISC) are left out on both sides, so a
 * name finder is neither rewarded nor punished for them.
 */
import type { EntityType } from '../model.ts';
import { prf, type PRF } from './score-entities.ts';

export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** One labelled text of the development set (test/fixtures/ner-dev/*.jsonl). */
export interface SpanDocument {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly LabelledSpan[];
}

export const SCORED_TYPES = ['person', 'organization', 'place'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface SpanScore {
  readonly byType: Readonly<Record<ScoredType | 'all', PRF>>;
  /** Every wrong or missed span, for reading ("w07: missed 'X' (person)"). */
  readonly errors: readonly string[];
}

const key = (s: LabelledSpan): string => `${s.start}:${s.end}:${s.type}`;
const isScored = (type: EntityType): type is ScoredType => (SCORED_TYPES as readonly string[]).includes(type);

/** Scores `predicted` (by document id) against the labelled documents. */
export function scoreSpans(gold: readonly SpanDocument[], predicted: ReadonlyMap<string, readonly LabelledSpan[]>): SpanScore {
  const counts = Object.fromEntries([...SCORED_TYPES, 'all'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoredType | 'all',
    { tp: number; fp: number; fn: number }
  >;
  const errors: string[] = [];
  const count = (type: ScoredType, field: 'tp' | 'fp' | 'fn'): void => {
    counts[type][field]++;
    counts.all[field]++;
  };
  for (const doc of gold) {
    const wanted = doc.entities.filter((e) => isScored(e.type));
    const got = (predicted.get(doc.id) ?? []).filter((e) => isScored(e.type));
    const wantedKeys = new Set(wanted.map(key));
    const gotKeys = new Set(got.map(key));
    const quote = (s: LabelledSpan): string => `'${doc.text.slice(s.start, s.end)}' (${s.type})`;
    for (const g of got) {
      if (wantedKeys.has(key(g))) count(g.type as ScoredType, 'tp');
      else {
        count(g.type as ScoredType, 'fp');
        errors.push(`${doc.id}: spurious ${quote(g)}`);
      }
    }
    for (const w of wanted) {
      if (gotKeys.has(key(w))) continue;
      count(w.type as ScoredType, 'fn');
      errors.push(`${doc.id}: missed ${quote(w)}`);
    }
  }
  const byType = Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, prf(c.tp, c.fp, c.fn)])) as Record<ScoredType | 'all', PRF>;
  return { byType, errors };
}

/** Parses a JSONL development file; malformed lines throw with their line number. */
export function parseSpanDocuments(jsonl: string, file: string): SpanDocument[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      const doc = JSON.parse(line) as SpanDocument;
      if (typeof doc.id !== 'string' || typeof doc.text !== 'string' || !Array.isArray(doc.entities)) {
        throw new Error(`${file}:${n}: needs "id", "text" and "entities"`);
      }
      return doc;
    });
}
