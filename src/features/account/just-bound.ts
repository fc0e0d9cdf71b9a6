// A one-time word after binding: the bind page notes who just bound, 我的 says so once.
let pending: string | null = null;

export function noteJustBound(name: string): void {
  pending = name;
}

/** The name of who just bound, once; null afterwards. */
export function takeJustBound(): string | null {
  const name = pending;
  pending = null;
  return name;
}
