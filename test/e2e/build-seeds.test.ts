/**
 * One end-to-end build of the seed site into a temporary folder, checking real pages and links.
 * (Seed names appear here on purpose: this test checks the site built from the seeds.)
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/build.ts';
import type { Entity } from '../../src/model.ts';
import { buildSeedsInto } from '../helpers/build-seeds.ts';
import { findBrokenLinks, hrefsOf, htmlFiles } from '../helpers/check-links.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { PROJECT_ROOT } from '../../src/config.ts';

let out = '';
let report: BuildReport;

beforeAll(async () => {
  ({ out, report } = await buildSeedsInto('newsweave-e2e-'));
});

const page = (rel: string): Promise<string> => readFile(path.join(out, rel), 'utf8');

function entityNamed(pattern: RegExp): Entity[] {
  return report.corpus.entities.filter((e) => pattern.test(e.name) || e.aliases.some((a) => pattern.test(a.text)));
}

describe('the seed site', () => {
  it('has one page per article', async () => {
    const dirs = await readdir(path.join(out, 'articles'), { withFileTypes: true });
    const pages = dirs.filter((d) => d.isDirectory()).map((d) => d.name);
    expect(pages).toHaveLength(5);
    for (const slug of pages) expect(await page(`articles/${slug}/index.html`)).toMatch(/<h1[^>]*>/);
  });

  it('has home, actor index, timeline and the corpus export', async () => {
    for (const rel of ['index.html', 'actors/index.html', 'timeline/index.html']) {
      expect(await page(rel)).toContain('</html>');
    }
    const corpus = JSON.parse(await page('data/corpus.json')) as { articles: unknown[] };
    expect(corpus.articles).toHaveLength(5);
  });

  it.each([
    ['Joe Biden', /^(joe biden|biden)$/i, 'person'],
    ['John Kirby', /^john kirby$/i, 'person'],
    ['Iraq', /^iraq$/i, 'place'],
  ])('has an actor page for %s', async (_label, pattern, type) => {
    const [entity, ...others] = entityNamed(pattern);
    expect(entity, `no actor matching ${pattern}`).toBeDefined();
    expect(others).toHaveLength(0);
    expect(entity?.type).toBe(type);
    expect(await page(`actors/${entity?.slug}/index.html`)).toContain(entity?.name);
  });

  it('has exactly one page for Kataib Hezbollah, whatever the spelling', () => {
    const matches = entityNamed(/kata.?[ie]b hezbollah/i);
    expect(matches.map((e) => e.name)).toHaveLength(1);
    const aliases = matches[0]?.aliases.map((a) => a.text.replace(/^the /i, '')) ?? [];
    expect(aliases.some((a) => /kataib/i.test(a))).toBe(true);
    expect(aliases.some((a) => /kataeb/i.test(a))).toBe(true);
    expect(aliases.some((a) => /kata['’]ib/i.test(a))).toBe(true);
  });

  it('resolves every internal link and #s- anchor', async () => {
    const { broken, checked } = await findBrokenLinks(out);
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('links each actor page to the sentences that mention the actor', async () => {
    const slugOf = new Map(report.corpus.articles.map((a) => [a.id, a.slug]));
    for (const entity of report.corpus.entities) {
      const hrefs = new Set(hrefsOf(await page(`actors/${entity.slug}/index.html`)));
      for (const ref of entity.mentions) {
        const analysis = report.corpus.analyses.find((a) => a.articleId === ref.articleId);
        const sentence = analysis?.mentions[ref.mention]?.sentence ?? -1;
        expect(hrefs, `${entity.name}: sentence ${sentence + 1} of ${ref.articleId}`).toContain(
          `/articles/${slugOf.get(ref.articleId)}/#s-${sentence + 1}`,
        );
      }
    }
  });

  it('puts the 28 January 2024 drone attack and the 2 February 2024 strikes on the timeline', async () => {
    const html = await page('timeline/index.html');
    const items = html.split(/<li\b/).slice(1);
    const on = (date: string, words: RegExp): boolean => items.some((li) => li.includes(`datetime="${date}"`) && words.test(li));
    expect(on('2024-01-28', /drone|attack/i)).toBe(true);
    expect(on('2024-02-02', /strike/i)).toBe(true);
  });

  it('groups Iraq\'s reaction to the 2 February strikes from three outlets on a page linked both ways', async () => {
    const reaction = report.corpus.events.find((e) => e.reactsTo !== undefined && /^Reaction of Iraq to strikes/.test(e.title));
    const strikes = report.corpus.events.find((e) => e.id === reaction?.reactsTo);
    expect(new Set(reaction?.reports.map((r) => r.articleId)).size).toBe(3);
    expect(strikes?.date?.value).toBe('2024-02-02');
    const html = await page(`events/${reaction!.slug}/index.html`);
    expect(html).toContain(`href="/events/${strikes!.slug}/"`);
    expect(await page(`events/${strikes!.slug}/index.html`)).toContain(`href="/events/${reaction!.slug}/"`);
  });

  it('writes valid HTML on every page (html-validate, project rules in .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of await htmlFiles(out)) {
      // Rules are read from the project's config, whatever folder the site was built into.
      const report = await validator.validateString(await page(file), path.join(PROJECT_ROOT, 'site', file));
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows an undated article as undated, never with the build date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const corpus = await page('data/corpus.json');
    expect(corpus).not.toContain(`"published":{"value":"${today}"`);
  });
});
