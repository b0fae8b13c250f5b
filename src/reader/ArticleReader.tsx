// The reader: a read-only Lexical view of the article's block document with the claims drawn as marks.
// It owns no claim data; it follows a claims source, refills only the blocks whose marks changed, and
// reports selections and clicks on highlights to the screen around it.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { LinkNode } from '@lexical/link';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $isElementNode, $setSelection, SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import { memo, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { Article, Claim } from '../core/model';
import { $createBlockNode, $refillBlockNode } from './block-nodes';
import { BlockMarkIndex } from './claim-marks';
import type { ReaderGeometry } from './dom-offsets';
import { applySelectionCommand, selectionCommandFor, type TextSelection } from './keyboard-selection';
import { MarkRegistry } from './mark-registry';
import { FigureNode } from './nodes/FigureNode';
import { PreformattedNode } from './nodes/PreformattedNode';
import { ReaderListItemNode, ReaderListNode } from './nodes/ReaderListNode';
import { TextStepper } from './text-stepping';
import './reader.css';

/** Where the reader gets its claims: a snapshot and a way to hear about changes. */
export interface ClaimsFeed {
  snapshot(): { claims: readonly Claim[]; byId: ReadonlyMap<string, Claim> };
  subscribe(listener: () => void): () => void;
}

/** How a mark looks for the claims it shows. */
export interface MarkLook {
  /** The tag whose colour the mark takes: the innermost (last) claim's. */
  tag: string;
  /** Every tag under the mark, for overlaps. */
  tags: string[];
  title: string;
}

export interface ReaderSelection {
  start: number;
  end: number;
  /** Where the selection is on screen, for placing the toolbar. */
  rect: DOMRect;
}

export interface ReaderHandle {
  /** Scrolls the claim's highlight into view and flashes it; false when it has none. */
  showClaim(claimId: string, flash: boolean): boolean;
  /** The current selection in the reader, as article offsets. */
  selection(): { start: number; end: number } | null;
  /** Collapses the selection to its end, keeping the place for the next keyboard step. */
  collapseSelection(): void;
  /** Sets where keyboard selection continues from (shown as a collapsed selection once painted). */
  placeCaret(offset: number): void;
  focus(): void;
}

export interface ArticleReaderProps {
  article: Article;
  geometry: ReaderGeometry;
  claims: ClaimsFeed;
  lookOf: (ids: readonly string[], byId: ReadonlyMap<string, Claim>) => MarkLook;
  label: string;
  isMac: boolean;
  onSelection: (selection: ReaderSelection | null) => void;
  onOpenClaims: (ids: string[], rect: DOMRect) => void;
  onOpenLink: (href: string) => void;
  handleRef: Ref<ReaderHandle>;
}

const THEME = {
  mark: 'claim-mark',
  markOverlap: 'claim-mark-overlap',
  link: 'reader-link',
  quote: 'reader-quote',
  paragraph: 'reader-paragraph',
  text: { bold: 'reader-bold', italic: 'reader-italic' },
};

export const ArticleReader = memo(function ArticleReader(props: ArticleReaderProps) {
  const { article, geometry, claims } = props;
  // The first build carries the marks of the claims known at opening, so the text appears once,
  // already highlighted; later changes come through the feed and touch only the blocks they change.
  const index = useMemo(() => {
    const built = new BlockMarkIndex(geometry.ranges, article.text.length);
    built.update(claims.snapshot().claims);
    return built;
    // Built once per reader: the feed keeps it up to date afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'claimlens-reader',
      editable: false,
      theme: THEME,
      nodes: [HeadingNode, QuoteNode, LinkNode, MarkNode, FigureNode, PreformattedNode, ReaderListNode, ReaderListItemNode],
      onError: (error: Error) => console.error('Reader error', error),
      editorState: () => {
        const root = $getRoot();
        root.clear();
        root.append(...article.blocks.map((block, blockIndex) => $createBlockNode(block, index.spans(blockIndex))));
      },
    }),
    [article.blocks, index],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="reader"
            role="article"
            aria-label={props.label}
            // Lexical marks a read-only editor as a read-only textbox; as an article those attributes
            // do not apply (and assistive technology would be told about a text field that is not one).
            aria-readonly={undefined}
            aria-autocomplete={undefined}
            tabIndex={0}
            spellCheck={false}
            lang={article.language || undefined}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ReaderBehaviour {...props} index={index} />
    </LexicalComposer>
  );
});

function ReaderBehaviour({
  article,
  geometry,
  claims,
  lookOf,
  isMac,
  onSelection,
  onOpenClaims,
  onOpenLink,
  handleRef,
  index,
}: ArticleReaderProps & { index: BlockMarkIndex }) {
  const [editor] = useLexicalComposerContext();
  const registry = useMemo(() => new MarkRegistry(), []);
  const stepper = useMemo(() => new TextStepper(article.text, geometry.ranges, article.language || 'en'), [article, geometry]);
  // Callbacks change identity with every render of the screen; the listeners read the latest ones.
  const latest = useRef({ lookOf, onSelection, onOpenClaims, onOpenLink, byId: claims.snapshot().byId });
  // Where keyboard selection continues after a claim was made: kept here at once, shown as a DOM
  // selection only after the highlight is painted (moving the selection makes the browser lay out).
  const pendingCaret = useRef<number | null>(null);
  useEffect(() => {
    latest.current = { ...latest.current, lookOf, onSelection, onOpenClaims, onOpenLink };
  });

  useEffect(() => {
    const decorate = (element: HTMLElement, ids: readonly string[]) => {
      const look = latest.current.lookOf(ids, latest.current.byId);
      element.dataset.claimIds = ids.join(' ');
      element.dataset.tag = look.tag;
      element.title = look.title;
      if (ids.length > 1) {
        element.dataset.overlap = String(ids.length);
        element.dataset.tags = look.tags.join(' ');
      } else {
        delete element.dataset.overlap;
        delete element.dataset.tags;
      }
    };

    const syncClaims = () => {
      const snapshot = claims.snapshot();
      const previous = latest.current.byId;
      latest.current.byId = snapshot.byId;
      const changed = index.update(snapshot.claims);
      if (changed.length > 0) {
        // Discrete, so the DOM is updated before this returns and the highlight paints in the next frame.
        editor.update(
          () => {
            const root = $getRoot();
            for (const blockIndex of changed) {
              const node = root.getChildAtIndex(blockIndex);
              if ($isElementNode(node)) $refillBlockNode(node, article.blocks[blockIndex], index.spans(blockIndex));
            }
            $setSelection(null);
          },
          { discrete: true, tag: [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] },
        );
      }
      // A new tag or note changes only how existing marks look, not the nodes: recolour them in place.
      for (const claim of snapshot.claims) {
        const before = previous.get(claim.id);
        if (before === undefined || (before.tag === claim.tag && before.note === claim.note)) continue;
        for (const element of registry.elementsOf(editor, claim.id)) {
          decorate(element, (element.dataset.claimIds ?? claim.id).split(' '));
        }
      }
    };

    return mergeRegister(registry.register(editor, decorate), claims.subscribe(syncClaims), editor.registerRootListener((root) => (root ? listenToRoot(root) : undefined)));

    function listenToRoot(root: HTMLElement): () => void {
      let frame = 0;
      const reportSelection = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          const selection = window.getSelection();
          const offsets = geometry.selectionOffsets(root, selection);
          if (!selection || !offsets || offsets.anchor === offsets.focus || selection.rangeCount === 0) {
            latest.current.onSelection(null);
            return;
          }
          latest.current.onSelection({
            start: Math.min(offsets.anchor, offsets.focus),
            end: Math.max(offsets.anchor, offsets.focus),
            rect: selectionRect(selection),
          });
        });
      };
      const onClick = (event: MouseEvent) => {
        if (!(event.target instanceof Element)) return;
        const mark = event.target.closest<HTMLElement>('mark[data-claim-ids]');
        const link = event.target.closest<HTMLAnchorElement>('a[href]');
        if (link) event.preventDefault();
        const selection = window.getSelection();
        // A click that ends a drag selects text; it does not open anything.
        if (selection && !selection.isCollapsed && root.contains(selection.anchorNode)) return;
        if (mark && root.contains(mark) && !(link && (event.ctrlKey || event.metaKey))) {
          latest.current.onOpenClaims(mark.dataset.claimIds!.split(' '), mark.getBoundingClientRect());
        } else if (link) {
          latest.current.onOpenLink(link.getAttribute('href') ?? '');
        }
      };
      const onKeyDown = (event: KeyboardEvent) => {
        const command = selectionCommandFor(event, isMac);
        if (command === null) return;
        event.preventDefault();
        const caret = pendingCaret.current;
        pendingCaret.current = null;
        const current = caret !== null ? { anchor: caret, focus: caret } : geometry.selectionOffsets(root, window.getSelection());
        const next = applySelectionCommand(command, current, firstVisibleOffset(root, geometry), stepper, geometry.ranges);
        if (next === null) return;
        if (geometry.select(root, next.anchor, next.focus)) revealFocus(root, geometry, next);
      };
      document.addEventListener('selectionchange', reportSelection);
      window.addEventListener('scroll', reportSelection, true);
      root.addEventListener('click', onClick);
      root.addEventListener('keydown', onKeyDown);
      return () => {
        cancelAnimationFrame(frame);
        document.removeEventListener('selectionchange', reportSelection);
        window.removeEventListener('scroll', reportSelection, true);
        root.removeEventListener('click', onClick);
        root.removeEventListener('keydown', onKeyDown);
      };
    }
  }, [editor, registry, claims, geometry, article, stepper, isMac, index]);

  useImperativeHandle(
    handleRef,
    () => ({
      showClaim(claimId, flash) {
        const elements = registry.elementsOf(editor, claimId);
        if (elements.length === 0) return false;
        elements[0].scrollIntoView({ block: 'center', behavior: 'instant' });
        if (flash) flashElements(elements);
        return true;
      },
      selection() {
        const root = editor.getRootElement();
        const offsets = root ? geometry.selectionOffsets(root, window.getSelection()) : null;
        if (!offsets || offsets.anchor === offsets.focus) return null;
        return { start: Math.min(offsets.anchor, offsets.focus), end: Math.max(offsets.anchor, offsets.focus) };
      },
      collapseSelection() {
        const selection = window.getSelection();
        const root = editor.getRootElement();
        if (selection && root && selection.anchorNode && root.contains(selection.anchorNode)) selection.collapseToEnd();
      },
      placeCaret(offset) {
        pendingCaret.current = offset;
        requestAnimationFrame(() =>
          setTimeout(() => {
            const root = editor.getRootElement();
            // Unless a key already used it, or the reader selected something else meanwhile.
            if (pendingCaret.current !== offset || !root) return;
            pendingCaret.current = null;
            const selection = window.getSelection();
            if (selection && !selection.isCollapsed && root.contains(selection.anchorNode)) return;
            geometry.select(root, offset, offset);
          }, 0),
        );
      },
      focus() {
        const root = editor.getRootElement();
        if (root && document.activeElement !== root) root.focus({ preventScroll: true });
      },
    }),
    [editor, registry, geometry],
  );

  return null;
}

function selectionRect(selection: Selection): DOMRect {
  const range = selection.getRangeAt(0);
  const rects = range.getClientRects();
  // The first line of the selection: the toolbar goes above where the reader started selecting.
  return rects.length > 0 ? rects[0] : range.getBoundingClientRect();
}

function flashElements(elements: HTMLElement[]): void {
  for (const element of elements) {
    element.classList.remove('claim-flash');
    // Restart the animation when the same claim is flashed twice in a row.
    void element.offsetWidth;
    element.classList.add('claim-flash');
    element.addEventListener('animationend', () => element.classList.remove('claim-flash'), { once: true });
  }
}

/** The offset of the first text in view, where keyboard selection starts when nothing is selected. */
function firstVisibleOffset(root: HTMLElement, geometry: ReaderGeometry): number {
  const box = root.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 8;
  for (const child of Array.from(root.children)) {
    const rect = child.getBoundingClientRect();
    if (rect.bottom < top) continue;
    const x = rect.left + 4;
    const y = Math.max(rect.top, top) + 4;
    const position = caretAt(x, y);
    if (position && root.contains(position.node)) {
      const offset = geometry.offsetOf(root, position.node, position.offset);
      if (offset !== null) return offset;
    }
    return geometry.offsetOf(root, root, Array.prototype.indexOf.call(root.children, child) as number) ?? 0;
  }
  return 0;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  return null;
}

/** Keeps the moving end of a keyboard selection on screen. */
function revealFocus(root: HTMLElement, geometry: ReaderGeometry, selection: TextSelection): void {
  const point = geometry.pointAt(root, selection.focus, selection.focus < selection.anchor ? 'forward' : 'backward');
  const element = point?.node instanceof Element ? point.node : point?.node.parentElement;
  element?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
}

