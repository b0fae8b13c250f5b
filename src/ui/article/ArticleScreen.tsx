// The Article screen: metadata header and tag legend over the reader, the Claims panel beside it, the
// selection toolbar and the overlap menu; tagging keys, undo and redo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkExternalUrl } from '../../core/external-url';
import type { Article, Claim, Tag } from '../../core/model';
import { ArticleReader, type ReaderHandle, type ReaderSelection } from '../../reader/ArticleReader';
import { ReaderGeometry } from '../../reader/dom-offsets';
import { SelectionToolbar } from '../../reader/SelectionToolbar';
import { useApp } from '../app-context';
import { ClaimActions } from '../claims/claim-actions';
import type { ClaimStore } from '../claims/claim-store';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { OverlapMenu } from '../claims/OverlapMenu';
import { markLook, TAG_KEYS, tagLabel } from '../claims/tag-look';
import { TagLegend } from '../claims/TagLegend';
import { useArticleClaims } from '../claims/use-article-claims';
import { useRoute } from '../router';
import { isTypingTarget } from '../shell/use-global-shortcuts';
import { useLiveQuery } from '../use-live-query';
import { ArticleHeader } from './ArticleHeader';
import './article.css';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z';

export function ArticleScreen({ articleId }: { articleId: string }) {
  const { db, t } = useApp();
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId]);
  const claims = useArticleClaims(db, article && !article.deletedAt ? article : null);
  if (article === undefined || (article && !article.deletedAt && claims === null)) {
    return <main className="screen article-screen" aria-busy="true" />;
  }
  if (article === null || article.deletedAt || claims === null) {
    return (
      <main className="screen article">
        <p role="alert">{t('article.notFound')}</p>
        <a href="#/library">{t('nav.back')}</a>
      </main>
    );
  }
  // A re-extracted article has a new text; everything below is rebuilt for it.
  return <ArticleWorkspace key={article.contentHash} article={article} store={claims.store} newlyOrphaned={claims.newlyOrphaned} />;
}

function ArticleWorkspace({ article, store, newlyOrphaned }: { article: Article; store: ClaimStore; newlyOrphaned: number }) {
  const services = useApp();
  const { t, notify, host, settings } = services;
  const route = useRoute();
  const geometry = useMemo(() => new ReaderGeometry(article.blocks), [article.blocks]);
  const reader = useRef<ReaderHandle>(null);

  // The actions live as long as the article is open; they read the latest settings and strings.
  const latest = useRef({ t, notify, annotator: settings.annotator });
  useEffect(() => {
    latest.current = { t, notify, annotator: settings.annotator };
  });
  const [announcement, setAnnouncement] = useState('');
  const actions = useMemo(
    () =>
      new ClaimActions(store, {
        db: services.db,
        articleId: article.id,
        articleText: article.text,
        annotator: () => latest.current.annotator,
        report: (message, kind) => latest.current.notify(message, kind),
        announce: (message) => setAnnouncement(message),
        t: (key, params) => latest.current.t(key, params),
      }),
    [store, services.db, article.id, article.text],
  );

  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const [noteMode, setNoteMode] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [focusNoteOf, setFocusNoteOf] = useState<string | null>(null);
  const [overlap, setOverlap] = useState<{ ids: string[]; rect: DOMRect } | null>(null);
  const [reattachId, setReattachId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);

  // Writing a note moves focus (and the document selection) into the toolbar's field; the passage
  // chosen before stays the one the claim is made for.
  const noteModeRef = useRef(false);
  useEffect(() => {
    noteModeRef.current = noteMode;
  }, [noteMode]);
  const onSelection = useCallback((next: ReaderSelection | null) => {
    if (next === null && noteModeRef.current) return;
    setSelection(next);
  }, []);

  const tagSelection = useCallback(
    (tag: Tag, note = '') => {
      const range = reader.current?.selection() ?? selection;
      if (!range) return;
      actions.create(tag, range.start, range.end, note);
      setSelection(null);
      setNoteMode(false);
      reader.current?.focus();
      // Keys continue after the new claim.
      reader.current?.placeCaret(range.end);
    },
    [actions, selection],
  );

  const reattachSelection = useCallback(() => {
    const range = reader.current?.selection() ?? selection;
    if (!range || !reattachId) return;
    reader.current?.collapseSelection();
    if (actions.reattach(reattachId, range.start, range.end)) setReattachId(null);
    setSelection(null);
  }, [actions, reattachId, selection]);

  const closeToolbar = useCallback(() => {
    reader.current?.collapseSelection();
    setSelection(null);
    setNoteMode(false);
    reader.current?.focus();
  }, []);

  const toggleCollapsed = useCallback(() => setCollapsed((value) => !value), []);

  const showClaim = useCallback((claimId: string) => {
    reader.current?.showClaim(claimId, true);
  }, []);

  const openClaim = useCallback((claimId: string | null) => {
    setOpenId(claimId);
    setFocusNoteOf(null);
    if (claimId) setCollapsed(false);
  }, []);

  const requestNote = useCallback((claimId: string) => {
    setOpenId(claimId);
    setFocusNoteOf(claimId);
    setCollapsed(false);
  }, []);

  const onOpenClaims = useCallback(
    (ids: string[], rect: DOMRect) => {
      if (ids.length === 1) openClaim(ids[0]);
      else setOverlap({ ids, rect });
    },
    [openClaim],
  );

  const onOpenLink = useCallback(
    (href: string) => {
      const check = checkExternalUrl(href);
      if (check.ok) void host.openExternal(check.url);
    },
    [host],
  );

  // Keys of the screen: tagging the selection, undo and redo.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && (key === 'z' || (!isMac && key === 'y' && !event.shiftKey))) {
        if (isTypingTarget(event.target)) return;
        event.preventDefault();
        void (key === 'y' || event.shiftKey ? actions.redo() : actions.undo());
        return;
      }
      if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      // The live selection decides, not the toolbar's state: that follows a frame later, and a key
      // pressed right after a keyboard selection step must still tag it.
      if (selection === null && reader.current?.selection() == null) return;
      const tag = TAG_KEYS[event.key];
      if (tag) {
        event.preventDefault();
        tagSelection(tag);
      } else if (key === 'n') {
        event.preventDefault();
        setNoteMode(true);
      } else if (key === 'r' && reattachId) {
        event.preventDefault();
        reattachSelection();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        closeToolbar();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, selection, tagSelection, reattachSelection, reattachId, closeToolbar]);

  // #/article/<id>/claim/<claimId> opens the article at that claim.
  const routedClaim = route.screen === 'article' ? route.claimId : undefined;
  useEffect(() => {
    if (!routedClaim) return;
    const frame = window.requestAnimationFrame(() => {
      reader.current?.showClaim(routedClaim, true);
      openClaim(routedClaim);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [routedClaim, openClaim]);

  useEffect(() => {
    if (newlyOrphaned > 0) latest.current.notify(latest.current.t('toast.reanchored', { count: newlyOrphaned }), 'info');
  }, [newlyOrphaned]);

  const lookOf = useMemo(() => markLook(t), [t]);
  const toolbarLabels = useMemo(
    () => ({
      toolbar: t('reader.toolbar'),
      tags: { opinion: tagLabel(t, 'opinion'), fact: tagLabel(t, 'fact'), unsupported: tagLabel(t, 'unsupported') },
      note: t('toolbar.note'),
      notePlaceholder: t('toolbar.notePlaceholder'),
      noteHint: t('toolbar.noteHint'),
      reattach: t('toolbar.reattach'),
    }),
    [t],
  );
  const overlapClaims = overlap ? overlap.ids.flatMap((id) => store.snapshot().byId.get(id) ?? []) : [];

  return (
    <main className="screen article-screen" lang={article.language || undefined}>
      <div className="article-layout" data-panel={collapsed ? 'collapsed' : 'open'}>
        <div className="reader-pane">
          <ArticleHeader article={article} />
          <TagLegend />
          <ArticleReader
            article={article}
            geometry={geometry}
            claims={store}
            lookOf={lookOf}
            label={t('reader.label')}
            isMac={isMac}
            onSelection={onSelection}
            onOpenClaims={onOpenClaims}
            onOpenLink={onOpenLink}
            handleRef={reader}
          />
        </div>
        <ClaimsPanel
          store={store}
          actions={actions}
          openId={openId}
          focusNoteOf={focusNoteOf}
          collapsed={collapsed}
          reattachId={reattachId}
          undoKeys={UNDO_KEYS}
          onToggleCollapsed={toggleCollapsed}
          onOpen={openClaim}
          onShow={showClaim}
          onNoteRequest={requestNote}
          onReattach={setReattachId}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {selection && (
        <SelectionToolbar
          rect={selection.rect}
          labels={toolbarLabels}
          noteMode={noteMode}
          canReattach={reattachId !== null}
          onTag={tagSelection}
          onNote={() => setNoteMode(true)}
          onReattach={reattachSelection}
          onClose={closeToolbar}
        />
      )}
      {overlap && overlapClaims.length > 0 && (
        <OverlapMenu
          claims={overlapClaims as Claim[]}
          rect={overlap.rect}
          onChoose={(claimId) => {
            setOverlap(null);
            openClaim(claimId);
          }}
          onClose={() => {
            setOverlap(null);
            reader.current?.focus();
          }}
        />
      )}
    </main>
  );
}
