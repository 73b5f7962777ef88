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
