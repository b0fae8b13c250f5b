// Preformatted text (code, poetry, tables kept as text) as one block of the reader: a <pre> whose text
// keeps its line breaks as "\n" characters, exactly as in the normalised text.
import { ElementNode, type LexicalNode } from 'lexical';

export class PreformattedNode extends ElementNode {
  override $config() {
    return this.config('claimlens-preformatted', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const pre = document.createElement('pre');
    pre.className = 'reader-pre';
    return pre;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $createPreformattedNode(): PreformattedNode {
  return new PreformattedNode();
}

export function $isPreformattedNode(node: LexicalNode | null | undefined): node is PreformattedNode {
  return node instanceof PreformattedNode;
}
