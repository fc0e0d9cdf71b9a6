// h5 only: Taro's page containers scroll but cannot take keyboard focus (axe-core, serious:
// scrollable-region-focusable); give each page container a tab stop as it is added.
export function focusablePages(root: ParentNode & Node = document.body): () => void {
  const mark = () => {
    for (const el of Array.from(root.querySelectorAll('.taro_page:not([tabindex])')))
      el.setAttribute('tabindex', '0');
  };
  mark();
  if (typeof MutationObserver === 'undefined') return () => {};
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length > 0)) mark();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
