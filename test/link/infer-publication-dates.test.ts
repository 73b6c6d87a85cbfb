import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyze-article.ts';
import { articleFromText } from '../../src/ingest/article-from-text.ts';
import { inferPublicationDates } from '../../src/link/infer-publication-dates.ts';
import type { Article, ArticleId } from '../../src/model.ts';

/** A small invented corpus: [id, text, published or null]. Analysed for real, as the build does. */
type Doc = readonly [string, string, string | null];

function infer(docs: readonly Doc[]): Map<ArticleId, { value: string; note: string }> {
  const articles: Article[] = docs.map(([id, text, published]) => articleFromText(id, text, published));
  return inferPublicationDates(articles, articles.map((a) => analyzeArticle(a, 'test')));
}

// A dock strike in an invented port; 2031-03-14 is a Friday, 2031-03-12 a Wednesday.
const STRIKE_REPORT: Doc = [
  'dated-strike',
  'Dock workers in Valmora walked off the job on Wednesday, halting cargo traffic at the Port of Valmora. ' +
    'The Harbour Workers Union said the stoppage would go on until wages rise. ' +
    'Transport minister Elena Varga met union leaders in Valmora on Thursday to discuss the pay dispute.',
  '2031-03-14',
];
const OFFER_REPORT: Doc = [
  'undated-offer',
  'Transport minister Elena Varga on Thursday offered dock workers a pay rise as the stoppage at the Port of Valmora entered its second day. ' +
    'The Harbour Workers Union said it would put the offer to its members.',
  null,
];
// The same union a year before (2030-03-15, a Friday) and the talks that failed on March 10, 2031.
const EARLIER_STRIKE: Doc = [
  'dated-earlier',
  'Dock workers in Valmora walked off the job on Wednesday after pay talks broke down at the Port of Valmora. ' +
    'The Harbour Workers Union blamed Transport minister Elena Varga.',
  '2030-03-15',
];
const TALKS_REPORT: Doc = [
  'dated-talks',
  'Pay talks between the Harbour Workers Union and Transport minister Elena Varga collapsed on March 10 in Valmora. ' +
    'Dock workers at the Port of Valmora walked off the job on Wednesday.',
  '2031-03-14',
];
const WALKOUT_REPORT: Doc = [
  'undated-walkout',
  'Dock workers in Valmora walked off the job on Wednesday at the Port of Valmora. ' +
    'The Harbour Workers Union said pay talks with Transport minister Elena Varga collapsed on March 10.',
  null,
];

describe('inferPublicationDates: dates it infers', () => {
  const cases: readonly { name: string; docs: readonly Doc[]; id: string; value: string; noteHas: readonly string[] }[] = [
    {
      name: 'weekday in the lead, dated by a related article that reports the same event on that day',
      docs: [STRIKE_REPORT, OFFER_REPORT],
      id: 'undated-offer',
      value: '2031-03-13',
      noteHas: ["'Thursday'", 'sentence 1', 'published 2031-03-14', 'that Thursday at 2031-03-13', 'it may be a day later'],
    },
    {
      name: 'a year-less day dated by a related article rules out the same weekday a year earlier',
      docs: [EARLIER_STRIKE, TALKS_REPORT, WALKOUT_REPORT],
      id: 'undated-walkout',
      value: '2031-03-12',
      noteHas: ["'Wednesday'", "'March 10' = 2031-03-10"],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = infer(c.docs).get(c.id as ArticleId);
      expect(got?.value).toBe(c.value);
      for (const part of c.noteHas) expect(got?.note).toContain(part);
    });
  }
});

describe('inferPublicationDates: controls for the false positives below (one decisive change each)', () => {
  const cases: readonly { name: string; docs: readonly Doc[]; value: string }[] = [
    {
      name: 'a stated past date before the candidates does not block it',
      docs: [STRIKE_REPORT, ['u', 'Transport minister Elena Varga on Thursday offered dock workers a pay rise at the Port of Valmora. The Harbour Workers Union first threatened a stoppage on 2 May 2030.', null]],
      value: '2031-03-13',
    },
    {
      name: 'a bare weekday in a past clause is the news day',
      docs: [STRIKE_REPORT, ['u', 'Transport minister Elena Varga met dock workers on Thursday to discuss the stoppage at the Port of Valmora. The Harbour Workers Union said it hoped for a deal.', null]],
      value: '2031-03-13',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(infer(c.docs).get('u' as ArticleId)?.value).toBe(c.value);
    });
  }

  it('without the article that dates the year-less day, a weekday a year apart is ambiguous', () => {
    const talksWithoutDay: Doc = [
      'dated-talks',
      'Dock workers at the Port of Valmora walked off the job on Wednesday. The Harbour Workers Union blamed Transport minister Elena Varga.',
      '2031-03-14',
    ];
    expect([...infer([EARLIER_STRIKE, talksWithoutDay, WALKOUT_REPORT]).keys()]).toEqual([]);
  });
});

describe('inferPublicationDates: stays unknown (false positives)', () => {
  const cases: readonly { name: string; docs: readonly Doc[] }[] = [
    {
      name: 'no related dated article (the only dated one is another story)',
      docs: [
        ['dated-football', 'Riverton Rovers beat Ashford City 2-1 on Thursday in front of a record crowd at Mill Lane.', '2031-03-14'],
        OFFER_REPORT,
      ],
    },
    {
      name: 'no dated article at all',
      docs: [OFFER_REPORT, ['undated-other', 'The Harbour Workers Union on Thursday thanked Elena Varga for the offer at the Port of Valmora.', null]],
    },
    {
      name: 'contradictory evidence: the article states a past date after every candidate day',
      docs: [
        STRIKE_REPORT,
        [
          'undated-offer',
          'Transport minister Elena Varga on Thursday offered dock workers a pay rise at the Port of Valmora. ' +
            'The Harbour Workers Union first threatened a stoppage on 2 May 2031.',
          null,
        ],
      ],
    },
    {
      name: 'only a future-tense weekday in the lead',
      docs: [
        STRIKE_REPORT,
        [
          'undated-plan',
          'Transport minister Elena Varga will meet dock workers on Thursday to discuss the stoppage at the Port of Valmora. ' +
            'The Harbour Workers Union said it hoped for a deal.',
          null,
        ],
      ],
    },
    {
      name: 'a weekday with a relation ("last Thursday") is not the day of the news',
      docs: [
        STRIKE_REPORT,
        [
          'undated-last',
          'Transport minister Elena Varga offered dock workers a pay rise last Thursday at the Port of Valmora. ' +
            'The Harbour Workers Union said it would answer soon.',
          null,
        ],
      ],
    },
    {
      name: 'ambiguous: the year-less day fixes the year, but nothing fixes which Sunday',
      docs: [
        STRIKE_REPORT,
        [
          'undated-vote',
          'Dock workers at the Port of Valmora voted on Sunday to continue the strike that began on March 12, the Harbour Workers Union said. ' +
            'Transport minister Elena Varga said talks would resume.',
          null,
        ],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect([...infer(c.docs).keys()]).toEqual([]);
    });
  }

  it('never touches an article that already has a date', () => {
    const dated: Doc = [OFFER_REPORT[0], OFFER_REPORT[1], '2031-03-20'];
    expect(infer([STRIKE_REPORT, dated]).has(dated[0] as ArticleId)).toBe(false);
  });
});

describe('inferPublicationDates: never the build date', () => {
  const dir = path.resolve(import.meta.dirname, '../../src/link');
  const files = [
    path.join(dir, 'infer-publication-dates.ts'),
    ...readdirSync(path.join(dir, 'publication')).map((f) => path.join(dir, 'publication', f)),
  ];
  for (const file of files) {
    it(`${path.basename(file)} reads no clock`, () => {
      const source = readFileSync(file, 'utf8');
      expect(source).not.toMatch(/Date\.now|new Date\(\s*\)|performance\.now|process\.hrtime/);
    });
  }
});
