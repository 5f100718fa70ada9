//! A chart's value axis: the range, nice tick steps and how many decimals the tick labels need.
//! Total over every finite value: a hostile package once carried -1.8e308, and the span of such a
//! range overflows to infinity, which made the tick count `usize::MAX`. The model refuses values
//! over 10^12 today, but a template can write any number into a chart block, so the axis must hold
//! on its own.

/// Values are drawn clamped to this magnitude, so every difference of two of them is finite.
const MAGNITUDE: f64 = 1e300;
/// More ticks than this is never nice; it only happens when rounding went wrong somewhere.
const MAX_TICKS: usize = 20;

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The first and last tick: the plot's bottom and top.
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
    /// Decimals every tick label needs to tell the ticks apart.
    pub decimals: usize,
    /// Where bars start: zero, the template's `y_min`, or the axis's bottom.
    pub base: f64,
}

/// A value as the axis draws it: finite values clamped to ±[`MAGNITUDE`], others dropped.
pub fn drawable(v: f64) -> Option<f64> {
    v.is_finite().then(|| v.clamp(-MAGNITUDE, MAGNITUDE))
}

/// Steps of 1, 2, 2.5 or 5 times a power of ten giving about five intervals.
fn nice_step(range: f64) -> f64 {
    let raw = (range / 5.0).max(f64::MIN_POSITIVE);
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 2.5 {
        2.5
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

impl Axis {
    /// The axis over `values` (non-finite ones are ignored), starting at zero for values that are
    /// all positive unless `y_min` says otherwise.
    pub fn of(values: impl IntoIterator<Item = f64>, y_min: Option<f64>) -> Axis {
        let (mut lo, mut hi) = values
            .into_iter()
            .filter_map(drawable)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
                (a.min(v), b.max(v))
            });
        if lo > hi {
            (lo, hi) = (0.0, 1.0);
        }
        let base = y_min
            .and_then(drawable)
            .unwrap_or(if lo >= 0.0 { 0.0 } else { lo });
        lo = lo.min(base);
        // A flat series still gets an axis one unit tall (or a billionth of its size, should one
        // unit vanish in the rounding of a huge value).
        let least = 1e-9f64.max(lo.abs().max(hi.abs()) * 1e-9);
        if hi - lo < least {
            hi = lo + least.max(1.0);
        }
        let step = nice_step(hi - lo);
        let lo_t = (lo / step).floor() * step;
        let hi_t = (hi / step).ceil() * step;
        let count = ((hi_t - lo_t) / step).round();
        let (lo, hi, ticks) = if count.is_finite() && (1.0..=MAX_TICKS as f64).contains(&count) {
            let ticks = (0..=count as usize)
                .map(|i| lo_t + i as f64 * step)
                .collect();
            (lo_t, hi_t, ticks)
        } else {
            (lo, hi, vec![lo, hi])
        };
        Axis {
            lo,
            hi,
            decimals: decimals_for(step),
            base,
            ticks,
        }
    }

    /// Where `v` sits between the bottom (0) and the top (1) of the axis.
    pub fn fraction(&self, v: f64) -> f32 {
        let t = (drawable(v).unwrap_or(self.lo) - self.lo) / (self.hi - self.lo);
        if t.is_finite() {
            t.clamp(-1.0, 2.0) as f32
        } else {
            0.0
        }
    }
}

fn decimals_for(step: f64) -> usize {
    if step >= 1.0 {
        0
    } else if ((step * 10.0) - (step * 10.0).round()).abs() < 1e-9 {
        1
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_nice() {
        assert_eq!(nice_step(4190.0), 1000.0);
        assert_eq!(nice_step(100.0), 20.0);
        assert_eq!(nice_step(12.0), 2.5);
    }

    #[test]
    fn an_ordinary_series_starts_at_zero() {
        let axis = Axis::of([412.0, 388.0, 430.0], None);
        assert_eq!(axis.ticks, vec![0.0, 100.0, 200.0, 300.0, 400.0, 500.0]);
        assert_eq!(
            (axis.lo, axis.hi, axis.base, axis.decimals),
            (0.0, 500.0, 0.0, 0)
        );
    }

    #[test]
    fn extremes_give_a_few_finite_ticks() {
        let cases: [&[f64]; 9] = [
            &[-f64::MAX],
            &[f64::MAX, -f64::MAX],
            &[f64::MIN_POSITIVE / 4.0],
            &[-0.0],
            &[-0.0, 0.0],
            &[7.0, 7.0, 7.0],
            &[1e12, 1e12],
            &[f64::NAN, f64::INFINITY],
            &[],
        ];
        for values in cases {
            let axis = Axis::of(values.iter().copied(), None);
            assert!(
                (2..=MAX_TICKS + 1).contains(&axis.ticks.len()),
                "{values:?}: {axis:?}"
            );
            assert!(
                axis.ticks.iter().all(|t| t.is_finite()),
                "{values:?}: {axis:?}"
            );
            assert!(axis.lo < axis.hi, "{values:?}: {axis:?}");
            for &v in values {
                let f = axis.fraction(v);
                assert!(f.is_finite() && (-1.0..=2.0).contains(&f), "{v}: {f}");
            }
        }
    }
}
