// A walk over an element's descendants that stops at the first match. querySelectorAll('*') builds
// a list of every descendant first, which on Node DOMs made these yes/no questions a cost of import.

/** True when some element below `root` (not root itself) satisfies `test`. */
export function someDescendant(root: Element, test: (element: Element) => boolean): boolean {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (test(child) || someDescendant(child, test)) return true;
  }
  return false;
}
