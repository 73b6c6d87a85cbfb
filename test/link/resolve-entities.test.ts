import { describe, expect, it } from 'vitest';
import { likelyDuplicates, resolveEntities } from '../../src/link/resolve-entities.ts';
import type { Analysis, Article, ArticleId, Entity, EntityType, Mention } from '../../src/model.ts';

interface Spec {
  readonly text: string;
  readonly type: EntityType;
  readonly name?: string;
  readonly title?: string;
  readonly country?: string;
  readonly evidence?: string[];
  /** The name inside a description ("US" in "US forces"): its text (a prefix of `text`) and type. */
  readonly core?: { readonly text: string; readonly type: EntityType };
}

/** Builds an article and its analysis; each spec's text is found in order in the body. */
function doc(id: string, body: string, specs: readonly Spec[]): { article: Article; analysis: Analysis } {
  let from = 0;
  const mentions: Mention[] = specs.map((s) => {
    const start = body.indexOf(s.text, from);
    if (start < 0) throw new Error(`${s.text} not in ${body}`);
    from = start + s.text.length;
    return {
      start,
      end: start + s.text.length,
      text: s.text,
      type: s.type,
      sentence: 0,
      name: s.name ?? s.text,
      ...(s.title ? { title: s.title } : {}),
      ...(s.country ? { country: s.country } : {}),
      evidence: s.evidence ?? [],
      ...(s.core ? { core: { start, end: start + s.core.text.length, type: s.core.type } } : {}),
    };
  });
  const articleId = id as ArticleId;
  const article = { id: articleId, text: body } as unknown as Article;
  return { article, analysis: { articleId, analyzerVersion: 't', sentences: [], mentions, times: [], events: [], quotes: [], figures: [], diagnostics: [] } };
}

function resolve(...docs: Array<{ article: Article; analysis: Analysis }>) {
  return resolveEntities({ articles: docs.map((d) => d.article), analyses: docs.map((d) => d.analysis) });
}

const named = (entities: readonly Entity[], name: string): Entity | undefined => entities.find((e) => e.name === name);
const aliasTexts = (e: Entity | undefined): string[] => (e?.aliases.map((a) => a.text) ?? []).sort();

describe('resolveEntities: within one article', () => {
  it('joins a surname and a titled surname to the full name introduced earlier', () => {
    const { entities, mentionEntities } = resolve(
      doc('a', 'Jane Roe spoke. Roe left. Ms. Roe returned.', [
        { text: 'Jane Roe', type: 'person', evidence: ['lexicon:FirstName'] },
        { text: 'Roe', type: 'person' },
        { text: 'Roe', type: 'person', title: 'Ms.' },
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Jane Roe', type: 'person', id: 'jane-roe', slug: 'jane-roe' });
    expect(entities[0]!.aliases).toEqual([
      { text: 'Roe', count: 2, rule: 'surname' },
      { text: 'Jane Roe', count: 1, rule: 'exact' },
    ]);
    expect(mentionEntities).toEqual([['jane-roe', 'jane-roe', 'jane-roe']]);
  });

  it('keeps two people with one surname apart and leaves the bare surname unresolved', () => {
    const { entities } = resolve(
      doc('a', 'John Smith and Jane Smith met. Smith spoke.', [
        { text: 'John Smith', type: 'person' },
        { text: 'Jane Smith', type: 'person' },
        { text: 'Smith', type: 'person' },
      ]),
    );
    expect(entities.map((e) => e.name).sort()).toEqual(['Jane Smith', 'John Smith', 'Smith']);
  });

  it('defines an acronym from "Long Name (ACR)"', () => {
    const { entities } = resolve(
      doc('a', 'The Blue River Alliance (BRX) met. BRX left.', [
        { text: 'Blue River Alliance', type: 'organization' },
        { text: 'BRX', type: 'organization' },
        { text: 'BRX', type: 'organization' },
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]!.aliases).toContainEqual({ text: 'BRX', count: 2, rule: 'defined-acronym' });
  });

  it('merges an acronym spelling the initials of a long name (ignoring of/the/and)', () => {
    const { entities } = resolve(
      doc('a', 'The Council of Northern Ports said. CNP agreed.', [
        { text: 'Council of Northern Ports', type: 'organization' },
        { text: 'CNP', type: 'organization' },
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]!.name).toBe('Council of Northern Ports');
    expect(entities[0]!.aliases).toContainEqual({ text: 'CNP', count: 1, rule: 'acronym' });
  });
});

describe('resolveEntities: across articles', () => {
  it('merges US, U.S., United States, USA and America into one place', () => {
    const { entities } = resolve(
      doc('a', 'US and U.S. and United States.', [
        { text: 'US', type: 'place' },
        { text: 'U.S.', type: 'place' },
        { text: 'United States', type: 'place' },
      ]),
      doc('b', 'USA and America.', [
        { text: 'USA', type: 'place' },
        { text: 'America', type: 'place' },
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'United States', type: 'place', articles: ['a', 'b'] });
    expect(aliasTexts(entities[0])).toEqual(['America', 'U.S.', 'US', 'USA', 'United States']);
  });

  it('merges spelling variants of the same type', () => {
    const { entities } = resolve(
      doc('a', 'Qassim Suleimani spoke.', [{ text: 'Qassim Suleimani', type: 'person' }]),
      doc('b', 'Qasem Soleimani spoke.', [{ text: 'Qasem Soleimani', type: 'person' }]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]!.aliases.map((a) => a.rule).sort()).toEqual(['exact', 'spelling-variant']);
  });

  const apart: Array<[string, string, EntityType]> = [
    ['Iran', 'Iraq', 'place'],
    ['Austria', 'Australia', 'place'],
    ['Niger', 'Nigeria', 'place'],
    ['Sudan', 'South Sudan', 'place'],
    ['John Smith', 'Jane Smith', 'person'],
  ];
  it.each(apart)('keeps %s and %s apart', (x, y, type) => {
    const { entities } = resolve(doc('a', `${x} met.`, [{ text: x, type }]), doc('b', `${y} met.`, [{ text: y, type }]));
    expect(entities).toHaveLength(2);
  });

  it('does not merge variants whose types disagree', () => {
    const { entities } = resolve(
      doc('a', 'Kataib Nasr struck.', [{ text: 'Kataib Nasr', type: 'organization' }]),
      doc('b', 'Kataeb Nasr walked.', [{ text: 'Kataeb Nasr', type: 'person' }]),
    );
    expect(entities).toHaveLength(2);
  });

  it('joins a bare surname to the one full name elsewhere in the corpus', () => {
    const { entities } = resolve(
      doc('a', 'Olaf Brandt arrived.', [{ text: 'Olaf Brandt', type: 'person' }]),
      doc('b', 'Mr. Brandt left.', [{ text: 'Brandt', type: 'person', title: 'Mr.' }]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]!.aliases).toContainEqual({ text: 'Brandt', count: 1, rule: 'surname' });
  });

  it('joins a shorter full name to the longer one elsewhere', () => {
    const { entities } = resolve(
      doc('a', 'Dana Q. Whitfield died.', [{ text: 'Dana Q. Whitfield', type: 'person' }]),
      doc('b', 'Dana Whitfield died.', [{ text: 'Dana Whitfield', type: 'person' }]),
    );
    expect(entities.map((e) => e.name)).toEqual(['Dana Q. Whitfield']);
  });

  it('joins a name and the same name with a droppable suffix', () => {
    const { entities } = resolve(
      doc('a', 'Zeta News said. Zeta agreed. The Nara Strip and Nara.', [
        { text: 'Zeta News', type: 'organization' },
        { text: 'Zeta', type: 'organization' },
        { text: 'Nara Strip', type: 'place' },
        { text: 'Nara', type: 'place' },
      ]),
    );
    expect(entities.map((e) => e.name).sort()).toEqual(['Nara Strip', 'Zeta News']);
  });
});

describe('resolveEntities: nationality words', () => {
  it('links a plural demonym group to its country and an adjective to the country', () => {
    const { entities } = resolve(
      doc('a', 'Peru voted. Peruvian officials and Peruvians cheered.', [
        { text: 'Peru', type: 'place' },
        { text: 'Peruvian', type: 'group', country: 'Peru', evidence: ['demonym:adjective'] },
        { text: 'Peruvians', type: 'group', country: 'Peru', evidence: ['demonym:plural'] },
      ]),
    );
    const peru = named(entities, 'Peru');
    const people = named(entities, 'Peruvians');
    expect(aliasTexts(peru)).toEqual(['Peru', 'Peruvian']);
    expect(peru?.aliases.find((a) => a.text === 'Peruvian')?.rule).toBe('demonym');
    expect(peru?.type).toBe('place');
    expect(people).toMatchObject({ type: 'group', country: peru?.id });
  });

  it('attaches an adjective to its people when the country is never named', () => {
    const { entities } = resolve(
      doc('a', 'Chilean workers and Chileans marched.', [
        { text: 'Chilean', type: 'group', country: 'Chile', evidence: ['demonym:adjective'] },
        { text: 'Chileans', type: 'group', country: 'Chile', evidence: ['demonym:plural'] },
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Chileans', type: 'group' });
  });

  it('names a country from its adjective alone', () => {
    const { entities } = resolve(
      doc('a', 'Chilean mediators arrived.', [{ text: 'Chilean', type: 'group', country: 'Chile', evidence: ['demonym:adjective'] }]),
    );
    expect(entities[0]).toMatchObject({ name: 'Chile', type: 'place' });
  });
});

describe('resolveEntities: types, ids and determinism', () => {
  it('types by majority vote with ties broken person > organization > place > group', () => {
    const { entities } = resolve(
      doc('a', 'Vela said. Vela said. Vela said.', [
        { text: 'Vela', type: 'organization' },
        { text: 'Vela', type: 'place' },
        { text: 'Vela', type: 'place' },
      ]),
      doc('b', 'Orin and Orin.', [
        { text: 'Orin', type: 'place' },
        { text: 'Orin', type: 'organization' },
      ]),
    );
    expect(named(entities, 'Vela')).toMatchObject({ type: 'place', typeVotes: { organization: 1, place: 2 } });
    expect(named(entities, 'Orin')?.type).toBe('organization');
  });

  it('makes colliding slugs unique in name order', () => {
    const { entities } = resolve(
      doc('a', 'Lind and Berg; Lind & Berg.', [
        { text: 'Lind and Berg', type: 'organization' },
        { text: 'Lind & Berg', type: 'organization' },
      ]),
    );
    expect(entities.map((e) => [e.name, e.id])).toEqual([
      ['Lind & Berg', 'lind-and-berg'],
      ['Lind and Berg', 'lind-and-berg-2'],
    ]);
  });

  it('gives identical output for identical input', () => {
    const build = () =>
      resolve(
        doc('a', 'Jane Roe met NATO in Peru. Roe left.', [
          { text: 'Jane Roe', type: 'person' },
          { text: 'NATO', type: 'organization' },
          { text: 'Peru', type: 'place' },
          { text: 'Roe', type: 'person' },
        ]),
      );
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('sorts entities by canonical name', () => {
    const { entities } = resolve(
      doc('a', 'Zed, Abe and Mo.', [
        { text: 'Zed', type: 'organization' },
        { text: 'Abe', type: 'organization' },
        { text: 'Mo', type: 'organization' },
      ]),
    );
    expect(entities.map((e) => e.name)).toEqual(['Abe', 'Mo', 'Zed']);
  });
});

describe('likelyDuplicates', () => {
  const { entities } = resolve(
    doc('a', 'Austria and Australia. John Smith and Jane Smith. Iran and Peru.', [
      { text: 'Austria', type: 'place' },
      { text: 'Australia', type: 'place' },
      { text: 'John Smith', type: 'person' },
      { text: 'Jane Smith', type: 'person' },
      { text: 'Iran', type: 'place' },
      { text: 'Peru', type: 'place' },
    ]),
  );
  const found = likelyDuplicates(entities);

  it('flags similar names the resolver kept apart', () => {
    expect(found).toContainEqual(expect.objectContaining({ a: 'australia', b: 'austria', reason: 'similar spelling' }));
  });
  it('flags persons sharing a surname', () => {
    expect(found).toContainEqual(expect.objectContaining({ a: 'jane-smith', b: 'john-smith', reason: 'same surname' }));
  });
  it('leaves dissimilar names alone', () => {
    expect(found.some((d) => d.a === 'iran' || d.b === 'iran')).toBe(false);
  });
});

describe('resolveEntities: shape-only guesses and nationality prefixes', () => {
  it('lets one mention typed by evidence out-vote several typed by name shape only', () => {
    const { entities } = resolve(
      doc('a', 'Zarat Bakum attacked. Zarat Bakum denied it. Zarat Bakum said. The Zarat Bakum militia left.', [
        { text: 'Zarat Bakum', type: 'person', evidence: ['shape:multiword'] },
        { text: 'Zarat Bakum', type: 'person', evidence: ['shape:multiword'] },
        { text: 'Zarat Bakum', type: 'person', evidence: ['shape:multiword'] },
        { text: 'Zarat Bakum', type: 'organization', evidence: ['context:militia'] },
      ]),
    );
    expect(named(entities, 'Zarat Bakum')).toMatchObject({ type: 'organization', typeVotes: { person: 3, organization: 1 } });
  });

  it.each([
    // [longer organisation name, base name, merged?]
    ['Chilean Zarat Bakum Brigades', 'Zarat Bakum', true],
    ['Chilean Zarat Bakum', 'Zarat Bakum', true],
    ['Zarat Bakum Brigades', 'Zarat Bakum', true],
    // A generic head word: the nationality word is what tells the two apart.
    ['Chilean Foreign Ministry', 'Foreign Ministry', false],
    ['Chilean Armed Forces', 'Armed Forces', false],
    // One-word base: too little to go on.
    ['Chilean Bakum', 'Bakum', false],
  ])('"%s" and "%s": merged %s', (long, base, merged) => {
    const { entities } = resolve(
      doc('a', `${long} spoke. ${base} spoke.`, [
        { text: long, type: 'organization', evidence: ['cue:x'] },
        { text: base, type: 'organization', evidence: ['cue:x'] },
      ]),
    );
    expect(entities).toHaveLength(merged ? 1 : 2);
  });
});

describe('resolveEntities: national institutions and official country names', () => {
  const forces = (text: string, core: string, type: EntityType): Spec => ({ text, type: 'organization', core: { text: core, type } });

  it('joins every spelling of one country\'s armed forces into one actor', () => {
    const { entities } = resolve(
      doc('a', 'US forces struck. The U.S. military said so. American forces left.', [
        forces('US forces', 'US', 'place'),
        forces('U.S. military', 'U.S.', 'place'),
        forces('American forces', 'American', 'group'),
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(aliasTexts(entities[0])).toEqual(['American forces', 'U.S. military', 'US forces']);
  });

  const apart: Array<[string, string, Spec, Spec]> = [
    ['two countries', 'Chilean forces met Peruvian forces.', forces('Chilean forces', 'Chilean', 'group'), forces('Peruvian forces', 'Peruvian', 'group')],
    ['government and forces', 'The Chilean government and Chilean forces.', forces('Chilean government', 'Chilean', 'group'), forces('Chilean forces', 'Chilean', 'group')],
    ['a person\'s administration', 'The Tanaka administration and the Sato administration.', forces('Tanaka administration', 'Tanaka', 'person'), forces('Sato administration', 'Sato', 'person')],
  ];
  it.each(apart)('keeps %s apart', (_label, body, x, y) => {
    expect(resolve(doc('a', body, [x, y])).entities).toHaveLength(2);
  });

  it('joins "the Islamic Republic" to the one country of that official name the corpus names', () => {
    const { entities } = resolve(
      doc('a', 'Iran said no. The Islamic Republic will wait.', [
        { text: 'Iran', type: 'place' },
        { text: 'Islamic Republic', type: 'place' },
      ]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]?.name).toBe('Iran');
  });

  it('leaves "the Islamic Republic" alone when two countries of that official name are named', () => {
    const { entities } = resolve(
      doc('a', 'Iran and Pakistan met. The Islamic Republic will wait.', [
        { text: 'Iran', type: 'place' },
        { text: 'Pakistan', type: 'place' },
        { text: 'Islamic Republic', type: 'place' },
      ]),
    );
    expect(entities).toHaveLength(3);
  });

  it('joins a spelling variant of a name with a droppable suffix', () => {
    const { entities } = resolve(
      doc('a', 'Kataeb Zarqa Brigades fired. Kataib Zarqa denied it.', [
        { text: 'Kataeb Zarqa Brigades', type: 'organization' },
        { text: 'Kataib Zarqa', type: 'organization' },
      ]),
    );
    expect(entities).toHaveLength(1);
  });
});
