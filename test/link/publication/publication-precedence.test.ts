/**
 * Issue 4, item 4: the publication date comes from front matter, else a stated dateline,
 * else inference (test/link/infer-publication-dates.test.ts), never the build date.
 * The first two links of that chain are decided at ingest; this table pins the order.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/ingest/parse-article.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const BODY = 'The bridge reopened on Friday after repairs, officials said.\n';

const CASES: readonly [string, string, string, { value: string | null; basis: string }][] = [
  ['front matter beats a different dateline', 'a.md', `---\ntitle: Bridge Reopens\ndate: 2023-07-14\n---\nJuly 10, 2023\n\n${BODY}`, { value: '2023-07-14', basis: 'front-matter' }],
  ['a dateline when there is no front matter', 'b.txt', `Bridge Reopens\n\nJuly 10, 2023\n\n${BODY}`, { value: '2023-07-10', basis: 'stated' }],
  ['an impossible front-matter date falls back to the dateline', 'c.md', `---\ntitle: Bridge Reopens\ndate: 2023-02-30\n---\nJuly 10, 2023\n\n${BODY}`, { value: '2023-07-10', basis: 'stated' }],
  ['neither: undated, not today', 'd.txt', `Bridge Reopens\n\n${BODY}`, { value: null, basis: 'unknown' }],
  ['a date inside a body sentence is not a dateline', 'e.txt', `Bridge Reopens\n\nThe bridge first opened on 3 March 2021 after years of work.\n`, { value: null, basis: 'unknown' }],
];

describe('publication date precedence', () => {
  it.each(CASES)('%s', (_name, file, source, expected) => {
    const published = parseArticle({ file, bytes: encode(source) }).article?.meta.published;
    expect({ value: published?.value ?? null, basis: published?.basis }).toEqual(expected);
  });
});
