// Windowing for long lists: only the rows in (and just around) the visible part of a scrolling box
// are rendered, so 5,000 articles cost as much as 30.
import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  first: number;
  last: number;
  /** Space above and below the rendered rows, so the scroll bar reflects every row. */
  padTop: number;
  padBottom: number;
}

const OVERSCAN = 8;

export function computeWindow(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + OVERSCAN);
  return { first, last, padTop: first * rowHeight, padBottom: Math.max(0, (rowCount - last) * rowHeight) };
}

export function useWindowedRows(scroller: RefObject<HTMLElement | null>, rowHeight: number, rowCount: number) {
  const [view, setView] = useState({ scrollTop: 0, height: 800 });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView({ scrollTop: element.scrollTop, height: element.clientHeight || 800 }));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [scroller]);

  /** Scrolls just enough for row `index` to be fully visible. */
  const scrollToRow = useCallback(
    (index: number, headerHeight = 0) => {
      const element = scroller.current;
      if (!element) return;
      const top = index * rowHeight;
      const visibleTop = element.scrollTop;
      const visibleBottom = visibleTop + element.clientHeight - headerHeight;
      if (top < visibleTop) element.scrollTop = top;
      else if (top + rowHeight > visibleBottom) element.scrollTop = top + rowHeight - element.clientHeight + headerHeight;
      setView({ scrollTop: element.scrollTop, height: element.clientHeight || 800 });
    },
    [scroller, rowHeight],
  );

  return { window: computeWindow(view.scrollTop, view.height, rowHeight, rowCount), scrollToRow };
}
