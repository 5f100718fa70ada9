// A chart said in words, for its accessible description: what is measured, first and latest values,
// and whether that is the direction the plan wants.

interface IndicatorLike {
  name: string;
  direction: 'down' | 'up';
  observations: { period: string; value: number | null; suppressed: boolean }[];
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function describeSeries(ind: IndicatorLike, format: (n: number) => string, t: Translate): string {
  const known = ind.observations.filter((o) => !o.suppressed && o.value !== null) as { period: string; value: number }[];
  if (known.length === 0) return t('steps-statistics.describe_none', { name: ind.name });
  const first = known[0];
  const last = known[known.length - 1];
  if (known.length === 1) return t('steps-statistics.describe_one', { name: ind.name, period: first.period, value: format(first.value) });
  const change = last.value - first.value;
  const better = change === 0 ? 'same' : (change < 0) === (ind.direction === 'down') ? 'better' : 'worse';
  return t(`steps-statistics.describe_${better}`, {
    name: ind.name,
    from: first.period,
    fromValue: format(first.value),
    to: last.period,
    toValue: format(last.value),
  });
}
