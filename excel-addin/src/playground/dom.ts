/**
 * The playground pages draw with DOM calls only: text goes in through textContent, never as HTML,
 * so a cell holding `<img onerror=…>` shows those characters.
 */

/** The grid lines of the drawn sheets. */
export const BORDER = '1px solid #d1d1d1';

/** A new element with its text (as text) and inline style. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, style: Partial<CSSStyleDeclaration> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  Object.assign(node.style, style);
  return node;
}

/**
 * A table that may be wider than a narrow window, in a box of its own that scrolls sideways so the
 * page does not (WCAG 1.4.10 reflow: a grid is two-dimensional content, which may scroll both ways
 * — https://www.w3.org/WAI/WCAG21/Understanding/reflow.html). The box is a named region and a tab
 * stop, so a keyboard user can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function scrollBox(label: string, table: HTMLTableElement): HTMLDivElement {
  const box = element('div', undefined, { overflowX: 'auto', maxWidth: '100%' });
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', label);
  box.tabIndex = 0;
  box.appendChild(table);
  return box;
}
