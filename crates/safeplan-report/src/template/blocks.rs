//! The template functions that write what Markdown cannot say: the cover, the table of contents, page
//! breaks, charts, tables and the logo, each as a fenced block with a JSON body that the engine lays out.
//! They read the plan from the shared [`Context`], so a template passes an indicator or a level and the
//! function finds the rest (source, unit, "data as of", alt text) itself.

use std::sync::{Arc, Mutex};

use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, Error, ErrorKind, State};
use safeplan_model::{IndicatorUnit, Locale, PreventionLevel};
use serde_json::{json, Value as Json};

use super::context::{Context, IndicatorView, MeasureView};
use super::format::{self, DateStyle};
use super::tables;
use super::words::Words;

/// Every block a render wrote, in call order, so an engine error inside one can be traced back to the
/// template line that called the function (see `template::locate_block`).
#[derive(Debug, Default)]
pub struct BlockLog {
    calls: Mutex<Vec<String>>,
    /// When set, the call with this index fails, and minijinja names the file and line of that call.
    fail_at: Option<usize>,
}

impl BlockLog {
    pub fn failing_at(call: usize) -> BlockLog {
        BlockLog {
            calls: Mutex::default(),
            fail_at: Some(call),
        }
    }

    pub fn calls(&self) -> Vec<String> {
        self.calls.lock().map(|c| c.clone()).unwrap_or_default()
    }

    pub(super) fn record(&self, text: String) -> Result<Value, Error> {
        let mut calls = self
            .calls
            .lock()
            .map_err(|_| Error::new(ErrorKind::InvalidOperation, "block log poisoned"))?;
        if self.fail_at == Some(calls.len()) {
            return Err(Error::new(ErrorKind::InvalidOperation, "this block"));
        }
        calls.push(text.clone());
        Ok(Value::from_safe_string(text))
    }
}

/// The plans the functions read: one for a district report; every unit's in the city plan, where the
/// `plan` in scope (bound by the unit chapter's `{% with %}`) says which one a call is about.
pub struct PlanContexts {
    plans: Vec<Context>,
}

impl PlanContexts {
    pub fn new(plans: Vec<Context>) -> PlanContexts {
        PlanContexts { plans }
    }

    pub fn all(&self) -> &[Context] {
        &self.plans
    }

    fn current(&self, state: &State) -> Result<&Context, Error> {
        if let [only] = self.plans.as_slice() {
            return Ok(only);
        }
        let id = state
            .lookup("plan")
            .and_then(|p| p.get_attr("id").ok())
            .and_then(|id| id.as_str().map(str::to_string));
        let Some(id) = id else {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                "this function prints a unit's plan: call it inside a unit chapter, where `plan` is the unit's",
            ));
        };
        self.plans.iter().find(|c| c.plan.id == id).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("no unit chapter has the plan `{id}`"),
            )
        })
    }
}

pub(super) fn fenced(kind: &str, body: &Json) -> String {
    let json = serde_json::to_string_pretty(body).unwrap_or_else(|_| "{}".to_string());
    format!("\n```{kind}\n{json}\n```\n")
}

fn bad_arg(function: &str, message: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorKind::InvalidOperation,
        format!("{function}(): {message}"),
    )
}

/// An indicator given as the context object or as its id.
fn find_indicator<'a>(
    ctx: &'a Context,
    function: &str,
    arg: &Value,
) -> Result<Option<&'a IndicatorView>, Error> {
    if arg.is_none() || arg.is_undefined() {
        return Ok(None);
    }
    let id = match arg.as_str() {
        Some(id) => id.to_string(),
        None => arg
            .get_attr("id")?
            .as_str()
            .map(str::to_string)
            .unwrap_or_default(),
    };
    match ctx.indicators.iter().find(|i| i.id == id) {
        Some(ind) => Ok(Some(ind)),
        None => Err(bad_arg(
            function,
            format!("expected an indicator (or its id), got `{arg}`"),
        )),
    }
}

/// The chart's text alternative, said from the data: the first and the last published value.
pub fn chart_alt(ind: &IndicatorView, locale: Locale) -> String {
    let w = Words::of(locale);
    let values: Vec<(&str, f64)> = ind
        .observations
        .iter()
        .filter_map(|o| o.value.map(|v| (o.period.as_str(), v)))
        .collect();
    let say = |v: f64| {
        format!(
            "{}{}",
            format::number(v, None, locale),
            format::unit_suffix(ind.unit, locale)
        )
    };
    let when = |p: &str| format::period_in_sentence(p, locale);
    let name = &ind.name;
    match values.as_slice() {
        [] => format!("{name}: {}", w.no_values),
        [(p, v)] => format!("{name} {} {} {}.", w.was, say(*v), when(p)),
        [(p1, v1), .., (p2, v2)] if v1 == v2 => {
            format!(
                "{name} {} {} {} {} {} {}.",
                w.unchanged,
                say(*v1),
                w.both,
                when(p1),
                w.and,
                when(p2)
            )
        }
        [(p1, v1), .., (p2, v2)] => {
            let verb = if v2 > v1 { w.rose } else { w.fell };
            format!(
                "{name} {verb} {} {} {} {} {} {}.",
                w.from,
                say(*v1),
                when(p1),
                w.to,
                say(*v2),
                when(p2)
            )
        }
    }
}

fn has_values(ind: &IndicatorView) -> bool {
    ind.observations.iter().any(|o| o.value.is_some())
}

/// Said instead of a chart with nothing to draw, so the reader knows the chart was not forgotten.
fn no_chart(ind: &IndicatorView, locale: Locale) -> String {
    format!(
        "\n*{}: {}*\n",
        super::markdown::escape_inline(&ind.name),
        Words::of(locale).nothing_to_chart
    )
}

fn source_line(ind: &IndicatorView, locale: Locale) -> String {
    let w = Words::of(locale);
    let mut line = if ind.source.trim().is_empty() {
        format!("{}: {}", w.source, w.not_given)
    } else {
        format!("{}: {}", w.source, ind.source.trim())
    };
    if let Some(asof) = &ind.data_as_of {
        line.push_str(&format!(
            ". {} {}",
            w.data_as_of,
            format::format_date(asof, DateStyle::Long, locale)
        ));
    }
    line
}

fn chart_json(ind: &IndicatorView, kind: Option<&str>, locale: Locale) -> Result<Json, Error> {
    let kind = match kind {
        Some(k @ ("line" | "bar")) => k,
        Some(other) => {
            return Err(bad_arg(
                "chart",
                format!("kind must be \"line\" or \"bar\", not \"{other}\""),
            ))
        }
        None if ind.observations.len() >= 3 => "line",
        None => "bar",
    };
    let y_min = if ind.unit == IndicatorUnit::Index {
        Json::Null
    } else {
        json!(0)
    };
    Ok(json!({
        "kind": kind,
        "title": ind.name,
        "unit": ind.unit.label(locale),
        "source": source_line(ind, locale),
        "alt": chart_alt(ind, locale),
        "x_labels": ind.observations.iter().map(|o| o.period_label.clone()).collect::<Vec<_>>(),
        "series": [{"name": ind.name, "values": ind.observations.iter().map(|o| o.value).collect::<Vec<_>>()}],
        "y_min": y_min,
    }))
}

fn level_of(arg: &Value) -> Result<Option<PreventionLevel>, Error> {
    if arg.is_none() || arg.is_undefined() {
        return Ok(None);
    }
    let key = match arg.as_str() {
        Some(k) => k.to_string(),
        None => arg
            .get_attr("key")?
            .as_str()
            .map(str::to_string)
            .unwrap_or_default(),
    };
    PreventionLevel::from_key(&key).map(Some).ok_or_else(|| {
        bad_arg(
            "measures_table",
            format!("unknown prevention level `{arg}` (universal, selective or indicated)"),
        )
    })
}

/// Registers every block function on the environment, each reading `ctx` and writing into `log`.
pub fn register(
    env: &mut Environment<'static>,
    ctx: Arc<PlanContexts>,
    log: Arc<BlockLog>,
    locale: Locale,
) {
    let w = Words::of(locale);
    let (c, l) = (ctx.clone(), log.clone());
    env.add_function("cover", move |state: &State, kwargs: Kwargs| -> Result<Value, Error> {
        let c = c.current(state)?;
        let mut lines: Vec<[String; 2]> = Vec::new();
        let mut line = |label: &str, value: String| {
            if !value.trim().is_empty() {
                lines.push([label.to_string(), value]);
            }
        };
        line(w.unit, c.unit.as_ref().map(|u| u.name.clone()).unwrap_or_default());
        line(w.period, c.plan.period_text.clone());
        line(w.status, c.plan.status.label(locale).to_string());
        line(w.decision_body, c.plan.decision_body.clone());
        match &c.plan.adoption_date {
            Some(d) => line(w.adopted, format::format_date(d, DateStyle::Long, locale)),
            None => line(w.date, format::format_date(&c.date, DateStyle::Long, locale)),
        }
        let kicker = match &c.unit {
            Some(u) if !u.city.trim().is_empty() => format!("{} · {}", u.name, u.city),
            Some(u) => u.name.clone(),
            None => String::new(),
        };
        let body = json!({
            "kicker": kwargs.get::<Option<String>>("kicker")?.unwrap_or(kicker),
            "title": kwargs.get::<Option<String>>("title")?.unwrap_or_else(|| c.plan.title.clone()),
            "subtitle": kwargs.get::<Option<String>>("subtitle")?.unwrap_or_else(|| w.subtitle.to_string()),
            "lines": lines,
            "logo": if c.has_logo { json!("logo") } else { Json::Null },
        });
        kwargs.assert_all_used()?;
        l.record(fenced("cover", &body))
    });
    let l = log.clone();
    env.add_function("toc", move |kwargs: Kwargs| -> Result<Value, Error> {
        let title = kwargs
            .get::<Option<String>>("title")?
            .unwrap_or_else(|| w.contents.to_string());
        let max_level = kwargs
            .get::<Option<u8>>("max_level")?
            .unwrap_or(2)
            .clamp(1, 6);
        kwargs.assert_all_used()?;
        l.record(fenced(
            "toc",
            &json!({"title": title, "max_level": max_level}),
        ))
    });
    let l = log.clone();
    env.add_function("page_break", move || -> Result<Value, Error> {
        l.record("\n```pagebreak\n```\n".to_string())
    });
    let (c, l) = (ctx.clone(), log.clone());
    env.add_function(
        "chart",
        move |state: &State, indicator: Value, kwargs: Kwargs| -> Result<Value, Error> {
            let c = c.current(state)?;
            let kind = kwargs.get::<Option<String>>("kind")?;
            kwargs.assert_all_used()?;
            let Some(ind) = find_indicator(c, "chart", &indicator)? else {
                return Err(bad_arg(
                    "chart",
                    "the indicator is none; guard the call with {% if … %}",
                ));
            };
            if !has_values(ind) {
                return l.record(no_chart(ind, locale));
            }
            l.record(fenced("chart", &chart_json(ind, kind.as_deref(), locale)?))
        },
    );
    let (c, l) = (ctx.clone(), log.clone());
    env.add_function("chart_pair", move |state: &State, left: Value, right: Value| -> Result<Value, Error> {
        let c = c.current(state)?;
        let left = find_indicator(c, "chart_pair", &left)?;
        let right = find_indicator(c, "chart_pair", &right)?;
        // A plan with only one of the two (or one with nothing published yet) still gets the chart it can
        // have, and a sentence for the other, rather than an error, an empty frame or nothing.
        let text = match (left.filter(|i| has_values(i)), right.filter(|i| has_values(i))) {
            (Some(a), Some(b)) => fenced(
                "chart-pair",
                &json!({"left": chart_json(a, None, locale)?, "right": chart_json(b, None, locale)?}),
            ),
            (Some(one), None) | (None, Some(one)) => {
                let other = [left, right].into_iter().flatten().find(|i| i.id != one.id);
                let note = other.map(|o| no_chart(o, locale)).unwrap_or_default();
                format!("{}{note}", fenced("chart", &chart_json(one, None, locale)?))
            }
            (None, None) if left.is_none() && right.is_none() => {
                return Err(bad_arg("chart_pair", "both indicators are none"))
            }
            (None, None) => [left, right].into_iter().flatten().map(|i| no_chart(i, locale)).collect(),
        };
        l.record(text)
    });
    let (c, l) = (ctx.clone(), log.clone());
    env.add_function(
        "indicator_table",
        move |state: &State, indicator: Value, kwargs: Kwargs| -> Result<Value, Error> {
            let c = c.current(state)?;
            let caption = kwargs.get::<Option<String>>("caption")?;
            kwargs.assert_all_used()?;
            let Some(ind) = find_indicator(c, "indicator_table", &indicator)? else {
                return Err(bad_arg(
                    "indicator_table",
                    "the indicator is none; guard the call with {% if … %}",
                ));
            };
            if ind.observations.is_empty() {
                return l.record(format!("\n*{}*\n", w.no_values));
            }
            l.record(fenced("table", &tables::indicator(ind, caption, locale)))
        },
    );
    let (c, l) = (ctx.clone(), log.clone());
    env.add_function(
        "measures_table",
        move |state: &State, level: Option<Value>, kwargs: Kwargs| -> Result<Value, Error> {
            let c = c.current(state)?;
            let caption = kwargs.get::<Option<String>>("caption")?;
            kwargs.assert_all_used()?;
            let level = level_of(&level.unwrap_or_default())?;
            let measures: Vec<&MeasureView> = c
                .measures
                .iter()
                .filter(|m| level.is_none() || m.level == level)
                .collect();
            if measures.is_empty() {
                return l.record(format!("\n*{}*\n", w.no_measures));
            }
            l.record(fenced(
                "table",
                &tables::measures(&measures, level.is_none(), caption, locale),
            ))
        },
    );
    let (c, l) = (ctx.clone(), log.clone());
    env.add_function(
        "targets_table",
        move |state: &State, kwargs: Kwargs| -> Result<Value, Error> {
            let c = c.current(state)?;
            let caption = kwargs.get::<Option<String>>("caption")?;
            kwargs.assert_all_used()?;
            if c.targets.is_empty() {
                return l.record(format!("\n*{}*\n", w.no_targets));
            }
            l.record(fenced(
                "table",
                &tables::targets(&c.targets, caption, locale),
            ))
        },
    );
    let (c, l) = (ctx.clone(), log.clone());
    env.add_function(
        "findings_table",
        move |state: &State, kwargs: Kwargs| -> Result<Value, Error> {
            let c = c.current(state)?;
            let caption = kwargs.get::<Option<String>>("caption")?;
            kwargs.assert_all_used()?;
            if c.findings.is_empty() {
                return l.record(format!("\n{}\n", w.no_findings));
            }
            l.record(fenced(
                "table",
                &tables::findings(&c.findings, caption, locale),
            ))
        },
    );
    let (c, l) = (ctx, log);
    env.add_function("logo", move |state: &State| -> Result<Value, Error> {
        let c = c.current(state)?;
        if !c.has_logo {
            return Ok(Value::from_safe_string(String::new()));
        }
        let owner = c.unit.as_ref().map(|u| u.name.as_str()).unwrap_or_default();
        let alt = super::markdown::escape_inline(
            &format!("{} {}", w.logo_of, owner).replace(['[', ']'], ""),
        );
        l.record(format!("\n![{}](logo)\n", alt.trim()))
    });
}
