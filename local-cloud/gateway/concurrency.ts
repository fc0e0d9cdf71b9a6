// How many function invocations the local gateway runs at once; the rest wait their turn. The
// platform spreads a burst over many instances; one local process running thousands at once
// would only make each one's database calls queue past the SDK's 15 s timeout.
export class Semaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

export const invocations = new Semaphore(
  Math.max(1, Number(process.env.LOCAL_FN_CONCURRENCY ?? 32)),
);
