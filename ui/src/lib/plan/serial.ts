// One write at a time, the latest value wins. The app's commands run on a thread pool, so two writes of
// the same record sent back to back may land in either order: typing "Sv" then "Sve" could leave "Sv".
// A serial writer keeps one write in flight; values given meanwhile wait as one pending write of the
// newest value, sent when the flight returns. Each call settles with the write that carried its value
// (or, for a value overtaken while waiting, with the write of the newer value that replaced it).

export interface SerialWriter<T, R> {
  /** Writes `value` now, or after the write in flight, replacing any value still waiting. */
  write(value: T): Promise<R>;
}

export function serialWriter<T, R>(send: (value: T) => Promise<R>): SerialWriter<T, R> {
  let inFlight: Promise<R> | null = null;
  let waiting: { value: T; release: () => void; done: Promise<R> } | null = null;

  function start(value: T): Promise<R> {
    const flight = send(value);
    inFlight = flight;
    // Whether it succeeds or fails, the next value goes when this one is back.
    const next = () => {
      inFlight = null;
      const queued = waiting;
      waiting = null;
      if (queued) queued.release();
    };
    flight.then(next, next);
    return flight;
  }

  return {
    write(value: T): Promise<R> {
      if (!inFlight) return start(value);
      if (waiting) {
        waiting.value = value;
        return waiting.done;
      }
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const entry: { value: T; release: () => void; done: Promise<R> } = {
        value,
        release,
        done: gate.then(() => start(entry.value)),
      };
      waiting = entry;
      return entry.done;
    },
  };
}
