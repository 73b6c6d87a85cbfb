import { describe, expect, test } from 'vitest';
import { actorGraph, type ActorGraph } from '../../../src/site/graph/actor-graph.ts';
import { graphSvg } from '../../../src/site/graph/graph-svg.ts';
import { layoutGraph } from '../../../src/site/graph/layout-graph.ts';
import { escapeXml, num } from '../../../src/site/graph/svg-text.ts';
import type { EntityId } from '../../../src/model.ts';
import { miniCorpus } from './mini-corpus.ts';

const size = { width: 400, height: 300 };
const draw = (graph: ActorGraph, centre?: string) =>
  graphSvg(layoutGraph(graph, { ...size, centre: centre as EntityId | undefined }), {
    id: 'g', title: 'Test <graph>', href: (n) => `/actors/${n.slug}/`, labels: 3, centre: centre as EntityId | undefined,
  });

const cases = {
  empty: actorGraph(miniCorpus({}, [])),
  one: actorGraph(miniCorpus({ A: 'person' }, [{ sentences: [['A']] }])),
  disconnected: actorGraph(miniCorpus(
    { A: 'person', B: 'person', C: 'place', D: 'place', E: 'group' },
    [{ sentences: [['A', 'B'], ['C', 'D'], ['E']], events: [{ type: 'strike', agents: ['A'], targets: ['B'] }] }],
  )),
  star: actorGraph(miniCorpus(
    { Hub: 'organization', ...Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`N${i}`, 'person' as const])) },
    [{ sentences: Array.from({ length: 14 }, (_, i) => ['Hub', `N${i}`]) }],
  )),
};

describe('layout', () => {
  test.each(Object.entries(cases))('%s: every node inside the box, coordinates rounded to 0.1', (_, graph) => {
    const layout = layoutGraph(graph, size);
    expect(layout.nodes).toHaveLength(graph.nodes.length);
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(size.width);
      expect(n.y + n.r).toBeLessThanOrEqual(size.height);
      expect(Math.round(n.x * 10) / 10).toBe(n.x);
    }
  });

  test('one node sits in the middle', () => {
    expect(layoutGraph(cases.one, size).nodes.map((n) => [n.x, n.y])).toEqual([[200, 150]]);
  });

  test('the centre of a neighbourhood stays in the middle', () => {
    const hub = layoutGraph(cases.star, { ...size, centre: 'Hub' as EntityId }).nodes.find((n) => n.id === 'Hub')!;
    expect([hub.x, hub.y]).toEqual([200, 150]);
  });

  test('more mentions, bigger circle', () => {
    const nodes = layoutGraph(cases.star, size).nodes;
    expect(nodes.find((n) => n.id === 'Hub')!.r).toBeGreaterThan(nodes.find((n) => n.id === 'N0')!.r);
  });
});

describe('SVG', () => {
  test.each(Object.entries(cases))('%s: the same graph gives byte-identical SVG', (_, graph) => {
    expect(draw(graph)).toBe(draw(graph));
  });

  test('every node is a link with a tooltip', () => {
    const svg = draw(cases.disconnected);
    expect(svg.match(/<a href="\/actors\/[a-e]\/" class="node t-\w+"><title>/g)).toHaveLength(5);
    expect(svg).toContain('<title>A (person), 1 mention</title>');
  });

  test('interactions are arrows with their types; co-occurrences are plain lines', () => {
    const svg = draw(cases.disconnected);
    expect(svg).toMatch(/<path class="edge act" d="M[\d. ]+Q[\d. ]+" stroke-width="[\d.]+" marker-end="url\(#g-arrow\)"><title>A → B: strike<\/title><\/path>/);
    expect(svg).toMatch(/<path class="edge co" d="(M[\d.]+ [\d.]+L[\d.]+ [\d.]+){2}" stroke-width="0.8"\/>/);
  });

  test('only the top nodes are labelled; the centre is outlined', () => {
    const svg = draw(cases.star, 'Hub');
    const drawing = svg.slice(0, svg.indexOf('class="legend"'));
    expect(drawing.match(/<text x=/g)).toHaveLength(3);
    expect(svg).toContain('class="node t-organization centre"');
  });

  test('an empty graph is still a valid drawing with its legend', () => {
    const svg = draw(cases.empty);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 400 \d+"/);
    expect(svg).not.toContain('<a ');
    expect(svg).toContain('class="legend"');
  });

  test('names, titles and hrefs are escaped', () => {
    const evil = '<script>alert("x")</script> & \'co\'';
    const graph = actorGraph(miniCorpus({ [evil]: 'person', B: 'place' }, [{ sentences: [[evil, 'B']] }]));
    const svg = graphSvg(layoutGraph(graph, size), { id: 'x"y', title: 'a<b', href: () => '/a?b=1&c="2"', labels: 5 });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(svg).toContain('href="/a?b=1&amp;c=&quot;2&quot;"');
    expect(svg).toContain('<title id="x&quot;y-t">a&lt;b</title>');
  });
});

describe('svg text helpers', () => {
  test.each([
    ['plain', 'plain'],
    ['<&>"\'', '&lt;&amp;&gt;&quot;&#39;'],
    ['', ''],
  ])('escapeXml(%j)', (input, output) => expect(escapeXml(input)).toBe(output));

  test.each([
    [1.25, '1.3'],
    [-0.04, '0'],
    [100, '100'],
    [-12.349, '-12.3'],
  ])('num(%d) = %s', (input, output) => expect(num(input)).toBe(output));
});
