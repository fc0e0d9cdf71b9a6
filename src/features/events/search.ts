// The search box on 活动: every word typed must appear in the title, place or type (any order).
import type { EventSummary } from '../../../domain/events/contract';

export function matchEvents<E extends Pick<EventSummary, 'title' | 'location' | 'type'>>(
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
