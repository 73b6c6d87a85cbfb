import { describe, expect, it } from 'vitest';
import { analyzeAll, MIN_ARTICLES_FOR_WORKERS, type AnalysisOutcome } from '../../src/build/analyze-pool.ts';
import { articleFromText } from '../../src/ingest/article-from-text.ts';
import type { Article } from '../../src/model.ts';

const towns = ['Lisbon', 'Porto', 'Braga', 'Faro', 'Evora', 'Coimbra', 'Leiria', 'Aveiro', 'Viseu', 'Tomar'];
const articles: Article[] = towns.map((town, i) =>
  articleFromText(`a${i}`, `Mayor Ines Duarte opened a bridge in ${town} on Monday, officials said.`, '2023-05-03'),
);

function summary(outcomes: readonly AnalysisOutcome[]): string[] {
  return outcomes.map((o) => ('analysis' in o ? `${o.analysis.articleId}:${o.analysis.mentions.map((m) => m.text).join('|')}` : `error:${o.error}`));
}

describe('analyzeAll', () => {
  it('has enough articles here to start a worker', () => {
    expect(articles.length).toBeGreaterThanOrEqual(MIN_ARTICLES_FOR_WORKERS);
  });

  it.each([0, 1, 2])('gives the same analyses, in input order, with jobs=%i', async (jobs) => {
    const done: string[] = [];
    const outcomes = await analyzeAll(articles, 'test', { jobs, onDone: (a) => done.push(a.id) });
    expect(summary(outcomes)).toEqual(towns.map((town, i) => `a${i}:Ines Duarte|${town}`));
    expect([...done].sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('handles an empty batch', async () => {
    expect(await analyzeAll([], 'test', { jobs: 2 })).toEqual([]);
  });
});
