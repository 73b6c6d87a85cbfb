/**
 * Disjoint sets over 0..n-1 that remember, for every merge, the rule that justified it, so the
 * resolver can say why each alias joined its actor. Roots are always the smaller index, which
 * keeps the result independent of merge order.
 */
import type { MergeRule } from '../../model.ts';

export interface Link {
  readonly a: number;
  readonly b: number;
  readonly rule: MergeRule;
}

export class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

/**
 * For each node of one component, the rule of the link through which a breadth-first walk
 * from `root` first reached it (links visited in the order given). The root gets "exact".
 */
export function rulesFromRoot(root: number, members: readonly number[], links: readonly Link[]): Map<number, MergeRule> {
  const inComponent = new Set(members);
  const adjacent = new Map<number, Array<{ to: number; rule: MergeRule }>>();
  for (const link of links) {
    if (!inComponent.has(link.a) || !inComponent.has(link.b)) continue;
    (adjacent.get(link.a) ?? adjacent.set(link.a, []).get(link.a)!).push({ to: link.b, rule: link.rule });
    (adjacent.get(link.b) ?? adjacent.set(link.b, []).get(link.b)!).push({ to: link.a, rule: link.rule });
  }
  const rules = new Map<number, MergeRule>([[root, 'exact']]);
  const queue = [root];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const { to, rule } of adjacent.get(node) ?? []) {
      if (rules.has(to)) continue;
      rules.set(to, rule);
      queue.push(to);
    }
  }
  for (const m of members) if (!rules.has(m)) rules.set(m, 'exact');
  return rules;
}
