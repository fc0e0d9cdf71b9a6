// The care subpackage's URLs, from the page registry (domain/pages.ts).
import { pages } from '../../../domain/pages';

type CarePage = keyof typeof pages.care;

/** e.g. careUrl("case", { id }) → the case page with its id */
export function careUrl(page: CarePage, query: Record<string, string | undefined> = {}): string {
  return (pages.care[page] as (q?: Record<string, string | undefined>) => string)(query);
}
