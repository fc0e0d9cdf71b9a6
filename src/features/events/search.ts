// The search box on 活动: every word typed must appear in the title, place or type (any order).
export function matchEvents<E extends { title: string; location: string; type: string }>(
  items: readonly E[],
  query: string,
): E[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((e) => {
    const text = `${e.title} ${e.location} ${e.type}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
