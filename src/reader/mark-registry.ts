// Which MarkNodes show which claims: an id -> node keys map kept by a mutation listener, so a claim's
// highlight can be found (scrolled to, flashed, recoloured) without searching the tree. Node keys live
// only here, in memory; they are never stored.
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';

/** Sets a mark element's attributes (colour, overlap, title) from the claims it shows. */
export type MarkDecorator = (element: HTMLElement, ids: readonly string[]) => void;

export class MarkRegistry {
  private readonly keysById = new Map<string, Set<NodeKey>>();
  private readonly idsByKey = new Map<NodeKey, readonly string[]>();

  /** Starts tracking marks of `editor`; returns the unsubscribe. */
  register(editor: LexicalEditor, decorate: MarkDecorator): () => void {
    return editor.registerMutationListener(
      MarkNode,
      (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            this.forget(key);
            if (mutation === 'destroyed') continue;
            const node = $getNodeByKey(key);
            if (!$isMarkNode(node)) continue;
            const ids = node.getIDs();
            this.remember(key, ids);
            const element = editor.getElementByKey(key);
            if (element) decorate(element, ids);
          }
        });
      },
      { skipInitialization: false },
    );
  }

  keysOf(claimId: string): NodeKey[] {
    return [...(this.keysById.get(claimId) ?? [])];
  }

  idsOf(key: NodeKey): readonly string[] {
    return this.idsByKey.get(key) ?? [];
  }

  /** The mark elements of one claim, in document order. */
  elementsOf(editor: LexicalEditor, claimId: string): HTMLElement[] {
    const elements = this.keysOf(claimId).flatMap((key) => {
      const element = editor.getElementByKey(key);
      return element ? [element] : [];
    });
    return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  private remember(key: NodeKey, ids: readonly string[]): void {
    this.idsByKey.set(key, ids);
    for (const id of ids) {
      let keys = this.keysById.get(id);
      if (!keys) {
        keys = new Set();
        this.keysById.set(id, keys);
      }
      keys.add(key);
    }
  }

  private forget(key: NodeKey): void {
    const ids = this.idsByKey.get(key);
    if (!ids) return;
    this.idsByKey.delete(key);
    for (const id of ids) {
      const keys = this.keysById.get(id);
      keys?.delete(key);
      if (keys?.size === 0) this.keysById.delete(id);
    }
  }
}
