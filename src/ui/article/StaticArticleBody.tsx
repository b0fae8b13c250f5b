// A plain rendering of the block document (links open outside the app through the host).
import type { Block, Inline } from '../../core/model';
import { useApp } from '../app-context';

function Inlines({ inlines }: { inlines: Inline[] }) {
  const { host } = useApp();
  return (
    <>
      {inlines.map((inline, index) => {
        let node: React.ReactNode = inline.text;
        if (inline.bold) node = <strong>{node}</strong>;
        if (inline.italic) node = <em>{node}</em>;
        if (inline.href) {
          const href = inline.href;
          node = (
            <a
              href={href}
              onClick={(event) => {
                event.preventDefault();
                void host.openExternal(href);
              }}
            >
              {node}
            </a>
          );
        }
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + 1)}` as 'h2';
      return (
        <Heading>
          <Inlines inlines={block.inlines} />
        </Heading>
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
          {block.src ? <img src={block.src} alt={block.alt} /> : <div className="image-placeholder">{block.alt}</div>}
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

export function StaticArticleBody({ blocks }: { blocks: Block[] }) {
  return (
    <article className="reader">
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </article>
  );
}
