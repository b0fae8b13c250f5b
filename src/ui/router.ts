// Hash routes (#/library, #/article/<id>, #/settings, #/sources): they survive reloads and need no server support.
import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'library' }
  | { screen: 'article'; articleId: string; claimId?: string }
  | { screen: 'settings' }
  | { screen: 'sources' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const article = /^\/article\/([^/?#]+)(?:\/claim\/([^/?#]+))?$/.exec(path);
  if (article) {
    const articleId = decodeURIComponent(article[1]);
    return article[2] ? { screen: 'article', articleId, claimId: decodeURIComponent(article[2]) } : { screen: 'article', articleId };
  }
  if (path === '/settings') return { screen: 'settings' };
  if (path === '/sources') return { screen: 'sources' };
  return { screen: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/library';
    case 'settings':
      return '#/settings';
    case 'sources':
      return '#/sources';
    case 'article':
      return `#/article/${encodeURIComponent(route.articleId)}${route.claimId ? `/claim/${encodeURIComponent(route.claimId)}` : ''}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
