// Waiting until the browser has painted the current frame, to do work the user need not wait for
// (storing a change already shown) after what they are waiting for (the highlight) is on screen.
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  // A rAF callback runs just before the frame is painted; a task queued from it runs after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
