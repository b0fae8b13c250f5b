// Lists of the reader. Not @lexical/list: its ListNode transform merges a list into the next one when
// both have the same type, and two adjacent list blocks would then become one node, breaking the rule
// the whole reader relies on (top-level node index = block index). These nodes only render.
import { ElementNode, type LexicalNode, type NodeKey } from 'lexical';

export class ReaderListNode extends ElementNode {
  __ordered: boolean;

  override $config() {
    return this.config('claimlens-list', { extends: ElementNode });
  }

  constructor(ordered = false, key?: NodeKey) {
    super(key);
    this.__ordered = ordered;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__ordered = prevNode.__ordered;
  }

  override createDOM(): HTMLElement {
    const list = document.createElement(this.__ordered ? 'ol' : 'ul');
    list.className = 'reader-list';
    return list;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export class ReaderListItemNode extends ElementNode {
  override $config() {
    return this.config('claimlens-list-item', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    return document.createElement('li');
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $createReaderListNode(ordered: boolean): ReaderListNode {
  return new ReaderListNode(ordered);
}

export function $createReaderListItemNode(): ReaderListItemNode {
  return new ReaderListItemNode();
}

export function $isReaderListNode(node: LexicalNode | null | undefined): node is ReaderListNode {
  return node instanceof ReaderListNode;
}
