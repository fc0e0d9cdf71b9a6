// The trips subpackage's URLs, from the page registry (domain/pages.ts).
import { pages } from '../../../domain/pages';

type TripsPage = keyof typeof pages.trips;

export function tripsUrl(page: TripsPage, query: Record<string, string | undefined> = {}): string {
  return (pages.trips[page] as (q?: Record<string, string | undefined>) => string)(query);
}
