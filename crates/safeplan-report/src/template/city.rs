//! The city plan's template stage: `city-plan/<lang>/main.md` rendered over the city's figures and
//! every unit's plan. Each unit's plan is the same [`Context`] a district report sees, listed in
//! `units`; a unit chapter binds its fields with `{% with %}` and includes the district template's
//! chapter files (`district-plan/lagesbild.md`…), whose functions (`measures_table`, `chart`…) then
//! read the unit whose `plan` is in scope. So the chapters are the district plan's own files, not copies.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::Serialize;

use super::blocks::{BlockLog, PlanContexts};
use super::context::{self, Context};
use super::{city_blocks, environment, lint, template_error, Rendered, TemplateError, ENTRY};
use crate::city::{CityData, CityRequest};

/// Where the district chapters sit among the city template's files.
pub const DISTRICT_PREFIX: &str = "district-plan/";

/// What the city template sees at the top level (docs/templates.md, "The city plan").
#[derive(Debug, Clone, Serialize)]
pub struct CityContext<'a> {
    pub locale: &'static str,
    pub date: &'a safeplan_model::IsoDate,
    pub city: &'a CityData,
    /// Every unit's plan, in the status table's order, each as a district report's context.
    pub units: &'a [Context],
    pub has_logo: bool,
}

/// The file a message should name: the city's own files under the template's name, a built-in
/// district chapter it includes under the district template's (`district-plan/sv/measures.md`), and
/// a chapter from the city's own district template under that template's name
/// (`testby/sv/measures.md`), so the user opens the file the problem is in.
fn name_file(err: &mut TemplateError, req: &CityRequest, prefix: &str) {
    let own = format!("{prefix}{DISTRICT_PREFIX}");
    let Some(rest) = err.file.strip_prefix(&own) else {
        return;
    };
    let builtin = crate::builtin::template("district-plan", req.locale).unwrap_or_default();
    let key = format!("{DISTRICT_PREFIX}{rest}");
    let name = if builtin
        .get(rest)
        .is_some_and(|text| req.template.get(&key) == Some(text))
    {
        "district-plan"
    } else if let Some(name) = req.district_name {
        name
    } else {
        return;
    };
    err.file = format!("{name}/{}/{rest}", req.locale.key());
}

fn file_prefix(req: &CityRequest) -> String {
    format!("{}/{}/", req.template_name, req.locale.key())
}

pub fn render(req: &CityRequest) -> Result<Rendered, TemplateError> {
    render_logged(req, Arc::new(BlockLog::default()))
}

/// The city template's file and line behind line `line` (1-based) of its Markdown, for an engine
/// error: as [`super::locate`] does for a district plan, with the city's names for its files.
pub fn locate(req: &CityRequest, rendered: &Rendered, line: usize) -> Option<(String, usize)> {
    let prefix = file_prefix(req);
    let (file, line) = super::locate_with(req.template, &prefix, rendered, line, |log| {
        render_logged(req, log).err()
    })?;
    let mut found = TemplateError {
        file,
        line,
        message: String::new(),
    };
    name_file(&mut found, req, &prefix);
    Some((found.file, found.line))
}

/// Renders with `log` recording the block calls (or failing at one, for [`locate`]).
fn render_logged(req: &CityRequest, log: Arc<BlockLog>) -> Result<Rendered, TemplateError> {
    let prefix = file_prefix(req);
    if !req.template.contains_key(ENTRY) {
        return Err(TemplateError {
            file: format!("{prefix}{ENTRY}"),
            line: 0,
            message: format!("the template has no `{ENTRY}`: every template starts from one"),
        });
    }
    let has_logo = req.logo.is_some_and(|l| !l.is_empty());
    let plans = Arc::new(PlanContexts::new(
        req.plans
            .iter()
            .map(|p| context::build(p.document, p.findings, req.locale, req.date, has_logo))
            .collect(),
    ));
    let units = plans.all();
    let top = CityContext {
        locale: req.locale.key(),
        date: req.date,
        city: req.city,
        units,
        has_logo,
    };
    let value = minijinja::Value::from_serialize(&top);
    // The district chapters read a unit's names (`plan`, `measures`…), bound by the unit chapter.
    let mut keys: BTreeSet<String> = super::context_keys(&top);
    if let Some(first) = units.first() {
        keys.extend(super::context_keys(first));
    } else {
        keys.extend(
            [
                "plan",
                "unit",
                "challenges",
                "indicators",
                "recorded_crime",
                "perceived_safety",
                "measures",
                "levels",
                "partners",
                "responsibilities",
                "follow_up",
                "targets",
                "findings",
                "is_draft",
            ]
            .map(String::from),
        );
    }
    let mut env = environment(req.template, plans.clone(), log.clone(), req.locale);
    env.add_filter("shift_headings", super::shift::filter);
    // The district chapters include each other by their own names (`measure.md`): inside
    // `district-plan/` a name means the file beside them.
    env.set_path_join_callback(|name, parent| {
        if parent.starts_with(DISTRICT_PREFIX) && !name.starts_with(DISTRICT_PREFIX) {
            format!("{DISTRICT_PREFIX}{name}").into()
        } else {
            name.into()
        }
    });
    city_blocks::register(&mut env, req.city, log.clone(), req.locale, has_logo);
    let located = |e: &minijinja::Error| {
        let mut err = template_error(e, req.template, &prefix);
        name_file(&mut err, req, &prefix);
        err
    };
    lint::check(&env, req.template, &keys, &prefix).map_err(|mut e| {
        name_file(&mut e, req, &prefix);
        e
    })?;
    let template = env.get_template(ENTRY).map_err(|e| located(&e))?;
    let markdown = template.render(value).map_err(|e| located(&e))?;
    if markdown.trim().is_empty() {
        return Err(TemplateError {
            file: format!("{prefix}{ENTRY}"),
            line: 0,
            message: "the template wrote nothing: a report needs at least one heading or paragraph"
                .to_string(),
        });
    }
    Ok(Rendered {
        markdown,
        blocks: log.calls(),
    })
}
