// Answers to a search can arrive out of order: a short query over many entries may finish after
// the longer one typed next. Only the answer to the latest request is let through.

export type LatestOnly<Q, R> = {
  /** Runs `query`; `onResult` or `onError` hear of it only if no later request was made. */
  request(query: Q, onResult: (result: R) => void, onError: (reason: unknown) => void): void;
  /** Forgets the request in flight, so its answer is dropped. */
  cancel(): void;
};

export function latestOnly<Q, R>(run: (query: Q) => Promise<R>): LatestOnly<Q, R> {
  let latest = 0;
  return {
    request(query, onResult, onError) {
      const ticket = ++latest;
      run(query).then(
        (result) => ticket === latest && onResult(result),
        (reason) => ticket === latest && onError(reason),
      );
    },
    cancel() {
      latest += 1;
    },
  };
}
