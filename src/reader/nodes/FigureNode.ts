// An image with its caption as one block of the reader. The picture (or, when the importer kept no
// bytes, a placeholder) is part of this node's own DOM and holds no text; the caption's text and marks
// are the node's children, rendered inside the <figcaption>. So the block's DOM text is exactly the
// caption, as in the article's normalised text.
import { ElementNode, type EditorConfig, type ElementDOMSlot, type LexicalNode, type NodeKey } from 'lexical';

export class FigureNode extends ElementNode {
  __src: string;
  __alt: string;
  /** The caption's text, to avoid showing the same words twice when the alt text repeats it. */
  __captionText: string;

  override $config() {
    return this.config('claimlens-figure', { extends: ElementNode });
  }

  constructor(src = '', alt = '', captionText = '', key?: NodeKey) {
    super(key);
    this.__src = src;
    this.__alt = alt;
    this.__captionText = captionText;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__src = prevNode.__src;
    this.__alt = prevNode.__alt;
    this.__captionText = prevNode.__captionText;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const figure = document.createElement('figure');
    figure.className = 'reader-figure';
    if (this.__src.startsWith('data:')) {
      const image = document.createElement('img');
      image.src = this.__src;
      image.alt = this.__alt;
      image.loading = 'lazy';
      image.decoding = 'async';
      figure.append(image);
    } else {
      // No picture was embedded (remote images are never fetched). The alt text is drawn by CSS from
      // data-alt, so it is visible and announced (role=img) without adding text the offsets would count.
      const placeholder = document.createElement('div');
      placeholder.className = 'image-placeholder';
      placeholder.setAttribute('role', 'img');
      placeholder.setAttribute('aria-label', this.__alt);
      placeholder.dataset.alt = this.__alt.trim() === this.__captionText.trim() ? '' : this.__alt;
      figure.append(placeholder);
    }
    figure.append(document.createElement('figcaption'));
    return figure;
  }

  override updateDOM(): boolean {
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const caption = element.querySelector(':scope > figcaption');
    return caption instanceof HTMLElement ? super.getDOMSlot(element).withElement(caption) : super.getDOMSlot(element);
  }

  override isInline(): false {
    return false;
  }

  override canBeEmpty(): true {
    return true;
  }
}

export function $createFigureNode(src: string | undefined, alt: string, captionText: string): FigureNode {
  return new FigureNode(src ?? '', alt, captionText);
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
