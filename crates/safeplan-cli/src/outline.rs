//! `safeplan show`: a plan as a readable outline, labels in the plan's (or the asked-for) language.

use std::io::{self, Write};

use safeplan_model::{Locale, PlanDocument, PreventionLevel, Section};

use crate::table::indented_columns;

fn t(locale: Locale, sv: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Sv => sv,
        Locale::En => en,
    }
}

fn heading(
    out: &mut dyn Write,
    section: Section,
    count: Option<usize>,
    locale: Locale,
) -> io::Result<()> {
    match count {
        Some(n) => writeln!(out, "\n{} ({n})", section.label(locale)),
        None => writeln!(out, "\n{}", section.label(locale)),
    }
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "-".to_string()
    } else {
        s.trim().to_string()
    }
}

pub(crate) fn plan(out: &mut dyn Write, doc: &PlanDocument, locale: Locale) -> io::Result<()> {
    let p = &doc.plan;
    writeln!(out, "{}", p.title)?;
    let mut header = vec![
        vec![t(locale, "slug", "slug").into(), p.slug.clone()],
        vec![
            t(locale, "status", "status").into(),
            format!("{} (revision {})", p.status.label(locale), p.revision),
        ],
    ];
    if let Some(u) = &doc.unit {
        header.push(vec![
            t(locale, "enhet", "unit").into(),
            format!("{} ({}, {})", u.name, u.kind.label(locale), u.city),
        ]);
    }
    header.push(vec![
        t(locale, "period", "period").into(),
        p.period
            .map(|p| format!("{}–{}", p.from_year, p.to_year))
            .unwrap_or_else(|| "-".into()),
    ]);
    header.push(vec![
        t(locale, "språk", "language").into(),
        p.language.label(locale).into(),
    ]);
    header.push(vec![
        t(locale, "beslutande organ", "decision body").into(),
        or_dash(&p.decision_body),
    ]);
    if let Some(date) = &p.adoption_date {
        header.push(vec![
            t(locale, "antagen", "adopted").into(),
            date.to_string(),
        ]);
    }
    if !p.team.is_empty() {
        let team: Vec<String> = p
            .team
            .iter()
            .map(|m| format!("{} ({})", m.name, m.role))
            .collect();
        header.push(vec![
            t(locale, "arbetsgrupp", "team").into(),
            team.join(", "),
        ]);
    }
    indented_columns(out, "  ", &header)?;

    heading(out, Section::Lagesbild, None, locale)?;
    let l = &p.lagesbild;
    let parts = [
        (t(locale, "omfattning", "extent"), &l.extent),
        (t(locale, "konsekvenser", "consequences"), &l.consequences),
        (
            t(locale, "orsaksanalys", "cause analysis"),
            &l.cause_analysis,
        ),
        (t(locale, "riskfaktorer", "risk factors"), &l.risk_factors),
        (
            t(locale, "skyddsfaktorer", "protective factors"),
            &l.protective_factors,
        ),
        (
            t(locale, "källor och metod", "sources and method"),
            &l.sources_and_method,
        ),
    ];
    for (name, text) in parts {
        let words = text.split_whitespace().count();
        let length = if words == 0 {
            t(locale, "tomt", "empty").to_string()
        } else {
            format!("{words} {}", t(locale, "ord", "words"))
        };
        writeln!(out, "  {name}: {length}")?;
        for h in text.lines().filter(|l| l.trim_start().starts_with('#')) {
            writeln!(out, "    {}", h.trim())?;
        }
    }

    heading(out, Section::Challenges, Some(doc.challenges.len()), locale)?;
    for c in &doc.challenges {
        let answered = doc.measures_for(&c.id).count();
        writeln!(
            out,
            "  [P{}] {} — {}, {}; {answered} {}",
            c.priority,
            c.title,
            c.category.label(locale),
            c.trend.label(locale).to_lowercase(),
            t(locale, "åtgärder", "measures"),
        )?;
    }

    heading(out, Section::Statistics, Some(doc.indicators.len()), locale)?;
    for i in &doc.indicators {
        let last = i
            .observations
            .iter()
            .rev()
            .find(|o| o.value.is_some() || o.suppressed)
            .map(|o| match o.value {
                Some(v) => format!("{} = {v}", o.period),
                None => format!("{} = {}", o.period, t(locale, "skyddat", "suppressed")),
            })
            .unwrap_or_else(|| t(locale, "inga värden", "no values").to_string());
        writeln!(
            out,
            "  {} — {}; {}: {last} ({} obs.)",
            i.name,
            i.kind.label(locale),
            t(locale, "senast", "last"),
            i.observations.len()
        )?;
    }

    heading(out, Section::Measures, Some(doc.measures.len()), locale)?;
    let levels: Vec<Option<PreventionLevel>> = PreventionLevel::ALL
        .iter()
        .copied()
        .map(Some)
        .chain(std::iter::once(None))
        .collect();
    for level in levels {
        let measures: Vec<_> = doc.measures.iter().filter(|m| m.level == level).collect();
        if measures.is_empty() {
            continue;
        }
        let name = level
            .map(|l| l.label(locale))
            .unwrap_or(t(locale, "Utan nivå", "No level"));
        writeln!(out, "  {name} ({})", measures.len())?;
        for m in measures {
            let partners: Vec<&str> = m
                .partners
                .iter()
                .filter_map(|mp| doc.partner(&mp.partner_id))
                .map(|p| p.name.as_str())
                .collect();
            let mut line = format!(
                "    {} — {}, {}",
                m.title,
                or_dash(&m.owner),
                m.status.label(locale).to_lowercase()
            );
            if !partners.is_empty() {
                line.push_str(&format!("; {}", partners.join(", ")));
            }
            writeln!(out, "{line}")?;
        }
    }

    heading(out, Section::Partners, Some(doc.partners.len()), locale)?;
    for p in &doc.partners {
        writeln!(out, "  {} — {}", p.name, p.partner_type.label(locale))?;
    }

    heading(
        out,
        Section::Responsibilities,
        Some(doc.responsibilities.len()),
        locale,
    )?;
    for r in &doc.responsibilities {
        writeln!(out, "  {} — {}", r.situation, or_dash(&r.who_acts))?;
    }

    let open = doc.comments.iter().filter(|c| !c.resolved).count();
    if !doc.comments.is_empty() {
        writeln!(
            out,
            "\n{}: {open} {}, {} {}",
            t(locale, "Kommentarer", "Comments"),
            t(locale, "öppna", "open"),
            doc.comments.len() - open,
            t(locale, "lösta", "resolved")
        )?;
    }
    Ok(())
}
