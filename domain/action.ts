// An action's name and the function it belongs to; no schemas here, so the app's main package can use it.

/** The function an action belongs to: "events.signup" → "events". */
export function functionOf(action: string): string {
  const dot = action.indexOf('.');
  return dot === -1 ? action : action.slice(0, dot);
}
