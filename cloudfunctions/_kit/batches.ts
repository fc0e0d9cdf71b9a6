// Work on many items a few at a time: each batch runs in parallel, batches one after another, so a
// long list never opens hundreds of database requests at once.

/** Runs `fn` on every item, `size` at a time (the next batch starts when the last one is done). */
export async function inBatches<T>(
  items: readonly T[],
  size: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}
