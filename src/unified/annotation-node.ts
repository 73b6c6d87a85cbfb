/**
 * The one mdast node type our plugins add: an inline wrapper that remark-rehype turns into the
 * element named by `data.hName` (span, a, time). Registered in mdast's content maps so trees that
 * contain it still type-check.
 */
import type { Parent, PhrasingContent } from 'mdast';
import type { Properties } from 'hast';

export interface AnnotationNode extends Parent {
  type: 'annotation';
  children: PhrasingContent[];
  data: { hName: 'span' | 'a' | 'time'; hProperties: Properties };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    annotation: AnnotationNode;
  }
  interface RootContentMap {
    annotation: AnnotationNode;
  }
}
