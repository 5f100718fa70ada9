// Axis arithmetic for the charts, kept apart from the SVG so it can be tested: "nice" round ticks that
// include zero for counts, and a band scale for periods.

/** Round tick values covering [min, max], about `count` of them, in steps of 1, 2 or 5 × 10ⁿ. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.5 : 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(round(v, step));
  if (ticks[ticks.length - 1] < max) ticks.push(round(ticks[ticks.length - 1] + step, step));
  return ticks;
}

function round(v: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(decimals));
}

/** The y-range to draw: from zero for values that are all positive (a count that starts at 0 reads honestly). */
export function yDomain(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return [Math.min(0, lo), hi <= 0 ? 0 : hi];
}

/** Linear map from a domain to a range. */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Centres of `n` equal bands over [r0, r1]. */
export function bandCentres(n: number, [r0, r1]: [number, number]): number[] {
  const width = (r1 - r0) / Math.max(1, n);
  return Array.from({ length: n }, (_, i) => r0 + width * (i + 0.5));
}
