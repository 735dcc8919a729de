/**
 * The mdast node mark-body wraps quotes and mentions in, and the mdast-util-to-hast handler that turns it into its
 * element. A node of our own, rather than `data.hName`/`hProperties` on an existing type, keeps the tree honest
 * and skips the deep copy mdast-util-to-hast makes of every `hProperties`.
 */
import type { Parent, PhrasingContent } from 'mdast';
import type { Element, Properties } from 'hast';
import type { State } from 'mdast-util-to-hast';

/** A quote or mention mark: becomes `<tagName ...properties>` around its children. */
export interface MarkNode extends Parent {
  type: 'datelineMark';
  tagName: string;
  properties: Properties;
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    datelineMark: MarkNode;
  }
  interface RootContentMap {
    datelineMark: MarkNode;
  }
}

/** mdast-util-to-hast handlers for the mark node. */
export const markHandlers = {
  datelineMark(state: State, node: MarkNode): Element {
    const element: Element = { type: 'element', tagName: node.tagName, properties: node.properties, children: state.all(node) as Element['children'] };
    state.patch(node, element);
    return element;
  },
};
