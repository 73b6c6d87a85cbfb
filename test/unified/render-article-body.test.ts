import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Analysis, Article, ArticleId, Slug } from '../../src/model.ts';
import { renderArticleBody, renderArticleBodyWithMessages } from '../../src/unified/render-article-body.ts';

const fixtures = fileURLToPath(new URL('../fixtures/unified/', import.meta.url));

interface FixtureInput {
  readonly article: Article;
  readonly analysis: Analysis;
  /** Entity id per mention (null: unresolved, rendered without a link). */
  readonly entities: readonly (string | null)[];
}

describe('fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    test(name, async () => {
      const input = JSON.parse(readFileSync(`${fixtures}${name}/input.json`, 'utf8')) as FixtureInput;
      const entity = (m: number): string | null => input.entities[m] ?? null;
      const html = renderArticleBody(input.article, input.analysis, (m) => {
        const id = entity(m);
        return id === null ? null : `/actors/${id}/`;
      }, entity);
      await expect(html).toMatchFileSnapshot(`${fixtures}${name}/output.html`);
    });
  }
});

/** A one-paragraph article with the given sentences (by offsets) and annotations. */
function render(
  text: string,
  options: {
    sentences?: readonly [number, number][];
    mentions?: readonly [number, number][];
    times?: readonly [number, number, string][];
    paragraphs?: readonly [number, number][];
  },
) {
  const article: Article = {
    id: 'a' as ArticleId, slug: 'a' as Slug, file: 'a.txt', format: 'text',
    meta: {
      title: { value: 'A', basis: 'unknown' }, published: { value: null, basis: 'unknown' },
      source: { value: null, basis: 'unknown' }, url: { value: null, basis: 'unknown' }, author: { value: null, basis: 'unknown' },
    },
    text,
    paragraphs: (options.paragraphs ?? [[0, text.length]]).map(([start, end]) => ({ start, end, kind: 'paragraph' })),
    paragraphLines: [1],
    removed: [],
    sourceHash: '',
  };
  const analysis: Analysis = {
    articleId: article.id, analyzerVersion: 'test', events: [], quotes: [], figures: [], diagnostics: [],
    sentences: (options.sentences ?? []).map(([start, end], index) => ({ start, end, index, paragraph: 0, tense: null })),
    mentions: (options.mentions ?? []).map(([start, end]) => ({
      start, end, text: text.slice(start, end), name: text.slice(start, end), type: 'person', sentence: 0, evidence: [],
    })),
    times: (options.times ?? []).map(([start, end, value]) => ({
      start, end, value, text: text.slice(start, end), type: 'date', basis: 'stated', explanation: 'x', sentence: 0,
    })),
  };
  return renderArticleBodyWithMessages(article, analysis, () => '/actors/x/');
}

/**
 * The tags of the output, in order, without attributes: enough to check nesting. Quoted attribute
 * values are dropped first (quotes inside them are always escaped), so text in a title is not a tag.
 */
function tags(html: string): string {
  return [...withoutAttributeValues(html).matchAll(/<(\/?[a-z]+)/g)].map((m) => m[1]).join(' ');
}

function withoutAttributeValues(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

describe('overlaps', () => {
  const text = 'Good Friday talks in April 1998 ended.';
  //            0    5     12    18 21    27   32
  const cases: readonly { name: string; mentions: [number, number][]; times: [number, number, string][]; expected: string; dropped?: number }[] = [
    {
      name: 'a mention that starts first wins over a time inside it',
      mentions: [[0, 11]], times: [[5, 11, '1998-04-10']],
      expected: 'p span a /a /span /p',
    },
    {
      name: 'a time that starts first wins over a mention inside it',
      mentions: [[21, 26]], times: [[21, 31, '1998-04']],
      expected: 'p span time /time /span /p',
    },
    {
      name: 'on the same start the longer one wins',
      mentions: [[21, 31]], times: [[21, 26, '1998-04']],
      expected: 'p span a /a /span /p',
    },
    {
      name: 'on an exact tie the time wins',
      mentions: [[21, 31]], times: [[21, 31, '1998-04']],
      expected: 'p span time /time /span /p',
    },
    {
      name: 'partial overlap keeps the first',
      mentions: [[12, 23]], times: [[21, 31, '1998-04']],
      expected: 'p span a /a /span /p',
    },
    {
      name: 'separate spans are both kept',
      mentions: [[0, 11]], times: [[21, 31, '1998-04']],
      expected: 'p span a /a time /time /span /p',
      dropped: 0,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { html, messages } = render(text, { sentences: [[0, text.length]], mentions: c.mentions, times: c.times });
      expect(tags(html)).toBe(c.expected);
      // Whatever is left unmarked is reported, once.
      expect(messages).toHaveLength(c.dropped ?? 1);
    });
  }

  test('an annotation crossing a sentence boundary is left unmarked, sentences stay intact', () => {
    const t = 'One two. Three four.';
    const { html, messages } = render(t, { sentences: [[0, 8], [9, 20]], mentions: [[4, 14]] });
    expect(html).toBe('<p><span class="s" id="s-1">One two.</span> <span class="s" id="s-2">Three four.</span></p>');
    expect(messages).toEqual([expect.stringContaining('crosses a sentence boundary')]);
  });

  test('a sentence crossing a paragraph is clipped; only its first piece gets the id', () => {
    const t = 'One two\n\nthree four.';
    const { html, messages } = render(t, { sentences: [[0, 20]], paragraphs: [[0, 7], [9, 20]] });
    expect(html).toBe('<p><span class="s" id="s-1">One two</span></p>\n<p><span class="s">three four.</span></p>');
    expect(messages).toEqual([expect.stringContaining('crosses a paragraph boundary')]);
  });

  test('text outside any sentence still carries its annotations', () => {
    const { html } = render('Hello Ann', { mentions: [[6, 9]] });
    expect(html).toBe('<p>Hello <a class="m m-person" href="/actors/x/">Ann</a></p>');
  });

  test('empty annotations are ignored', () => {
    const { html, messages } = render('Hello', { mentions: [[2, 2]] });
    expect(html).toBe('<p>Hello</p>');
    expect(messages).toHaveLength(1);
  });
});

describe('escaping', () => {
  const hostile: readonly string[] = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '&lt;b&gt; & <!-- comment -->',
  ];
  for (const text of hostile) {
    test(JSON.stringify(text), () => {
      const { html } = render(text, {
        sentences: [[0, text.length]],
        mentions: [[0, Math.min(3, text.length)]],
        times: [[text.length - 2, text.length, '"><x>']],
      });
      expect(html).not.toMatch(/<(script|img|svg|!--)|<a href="javascript/i);
      // Only our own elements appear as tags.
      for (const [, tag] of withoutAttributeValues(html).matchAll(/<\/?([a-z]+)/g)) expect(['p', 'span', 'a', 'time']).toContain(tag);
      expect(html).not.toContain('datetime="">');
    });
  }

  test('an entity href is an attribute value, never markup', () => {
    const t = 'Ann';
    const article = render(t, { mentions: [[0, 3]] });
    expect(article.html).toContain('href="/actors/x/"');
  });
});
