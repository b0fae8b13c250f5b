// One block of the cleanup preview: its content as it will be stored, greyed with a reason chip when
// removed, and a real Drop/Restore button whose accessible name says which block it acts on.
import { memo, type ReactNode } from 'react';
import { blockText, inlinesText } from '../../core/document-text';
import type { Block, Inline } from '../../core/model';
import type { RemovalReason } from '../../import/extraction';
import type { Translate } from '../app-context';
import { removalReasonKey } from './removal-reason-label';

const EXCERPT_LENGTH = 36;

function excerptOf(block: Block): string {
  const text = (block.type === 'image' && block.caption.length === 0 ? block.alt : blockText(block)).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : text;
}

/** Inline runs as plain styled text: links are shown but not followed from the preview. */
function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) => {
        let node: ReactNode = inline.text;
        if (inline.bold) node = <strong>{node}</strong>;
        if (inline.italic) node = <em>{node}</em>;
        if (inline.href) node = <span className="preview-link" title={inline.href}>{node}</span>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

function BlockContent({ block, t }: { block: Block; t: Translate }) {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${Math.min(block.level + 2, 6)}` as 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Tag className="preview-heading">
          <Inlines inlines={block.inlines} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines inlines={block.inlines} />
        </p>
      );
    case 'quote':
      return (
        <blockquote>
          <Inlines inlines={block.inlines} />
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines inlines={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'image':
      return (
        <figure>
          {block.src ? (
            <img src={block.src} alt={block.alt} />
          ) : (
            <div className="image-placeholder">{block.alt ? t('preview.block.picture', { alt: block.alt }) : t('preview.block.pictureNoAlt')}</div>
          )}
          {block.caption.length > 0 && (
            <figcaption>
              <Inlines inlines={block.caption} />
            </figcaption>
          )}
        </figure>
      );
    case 'preformatted':
      return <pre>{block.text}</pre>;
  }
}

export interface PreviewBlockProps {
  index: number;
  block: Block;
  kept: boolean;
  /** Why the importer removed it; undefined for blocks it kept. */
  extractedReason: RemovalReason | undefined;
  t: Translate;
  onToggle(index: number): void;
}

export const PreviewBlock = memo(function PreviewBlock({ index, block, kept, extractedReason, t, onToggle }: PreviewBlockProps) {
  const reason: RemovalReason = extractedReason ?? 'removed-by-user';
  const excerpt = excerptOf(block) || inlinesText(block.type === 'image' ? block.caption : []);
  const label = t(kept ? 'preview.block.drop' : 'preview.block.restore', { n: index + 1, excerpt });
  return (
    <li className={kept ? 'preview-block' : 'preview-block removed'} data-kept={kept}>
      <div className="preview-block-content">
        <BlockContent block={block} t={t} />
      </div>
      <div className="preview-block-side">
        {!kept && <span className="reason-chip">{t(removalReasonKey(reason))}</span>}
        <button type="button" className="button small block-toggle" aria-label={label} title={label} onClick={() => onToggle(index)}>
          {t(kept ? 'preview.block.dropShort' : 'preview.block.restoreShort')}
        </button>
      </div>
    </li>
  );
});
