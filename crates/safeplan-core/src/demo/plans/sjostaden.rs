//! Sjöstaden: a new waterfront district still being built. Its plan is a thin first draft, started a
//! few weeks ago: the gaps are deliberate and each makes a readiness rule fire, so the demo shows what
//! the guidance looks like before a plan is done. It never contains anything like an identity number.
//!
//! Intended findings: R1 (no decision body), R2 (no cause analysis), R3 (a challenge without a
//! measure), R4 (no indicated measure), R5 (a measure without follow-up, one without an end date),
//! R6 (an indicator without a source), R7 (top priority at one level only), R8 (a selective measure
//! without partners), R10 (small robbery counts typed in unsuppressed).

use safeplan_model::{ChallengeCategory as Cat, Language, Trend, UnitKind};

use super::{ChallengeText, LagesbildText, PlanSpec, UnitSpec};
use crate::demo::indicators::{self as ind, uses, IndicatorUse};
use crate::demo::measures::{self as m, planned, MeasureUse};
use crate::demo::series::{biennial, trend, yearly};

const EXTENT: &str = "Sjöstaden är stadens nyaste stadsdel, byggd på det gamla varvsområdet. I dag bor här cirka 6 000 personer, och när utbyggnaden är klar omkring 2032 väntas 15 000. Stora delar är fortfarande byggarbetsplatser.

Anmälda brott per 100 000 invånare har ökat från 5 200 år 2019 till 7 400 år 2025, främst stölder från byggarbetsplatser och skadegörelse. Otryggheten har ökat snabbt: 21,5 procent känner sig otrygga ute sent en kväll, mot 12,0 procent 2015.

*Att komplettera: rånen mot unga vid strandpromenaden, jämförelse med Hamnstaden.*";

const CONSEQUENCES: &str = "Nyinflyttade beskriver att de undviker strandpromenaden och de ofärdiga kvarteren på kvällen. Byggföretagen har ökade kostnader för bevakning.";

const CHALLENGES: &[ChallengeText] = &[
    (
        "Otrygghet i en stadsdel under byggnation",
        Cat::PublicSpaceInsecurity,
        "Mörka, avstängda ytor och tomma bottenvåningar gör att många känner sig otrygga kvällstid.",
        "Nyinflyttade, särskilt kvinnor och barnfamiljer",
        "Strandpromenaden, Varvsgatan, kvarteren runt den framtida skolan",
        Trend::Rising,
        1,
    ),
    (
        "Unga utan mötesplatser samlas vid strandpromenaden",
        Cat::YouthAntisocial,
        "Det finns ännu ingen fritidsgård eller idrottshall. Unga från Sjöstaden och Hamnstaden samlas vid bryggorna sena kvällar.",
        "Unga 13–18 år",
        "Bryggorna och strandpromenaden",
        Trend::Rising,
        2,
    ),
    (
        "Stölder och skadegörelse på byggarbetsplatser",
        Cat::Other,
        "Verktyg, maskiner och material stjäls från byggarbetsplatserna, och bodar bryts upp.",
        "Byggföretag och deras anställda",
        "Byggarbetsplatserna i etapp 3 och 4",
        Trend::Rising,
        3,
    ),
];

const INDICATORS: &[IndicatorUse] = &[
    uses(&ind::CRIME_TOTAL, trend(2019, 2025, 5_200.0, 7_400.0)),
    uses(&ind::VANDALISM, trend(2018, 2025, 680.0, 1_150.0)),
    uses(&ind::ASSAULT, trend(2018, 2025, 210.0, 340.0)),
    uses(
        &ind::ROBBERY,
        yearly(2018, &[2.0, 1.0, 4.0, 3.0, 6.0, 5.0, 7.0, 4.0]),
    )
    .small_counts_shown(),
    uses(&ind::UNSAFE_EVENING, biennial(2015, 2025, 12.0, 21.5)),
    uses(&ind::AVOIDS_ACTIVITIES, biennial(2015, 2025, 9.0, 13.0)),
    ind::NTU_CITYWIDE,
    uses(&ind::SAFETY_WALKS, trend(2019, 2025, 5.0, 9.0)).source_missing(),
];

const MEASURES: &[MeasureUse] = &[
    planned(&m::SAFETY_WALKS, &[1]),
    planned(&m::LIGHTING, &[1])
        .area("Strandpromenaden och Varvsgatan")
        .no_follow_up(),
    planned(&m::CITIZEN_PROMISE, &[1]),
    planned(&m::GRAFFITI, &[2]).no_end(),
    planned(&m::FIELD_WORKERS, &[2])
        .area("Strandpromenaden")
        .no_partners(),
    planned(&m::OPEN_LEISURE, &[2]),
];

pub(super) fn spec() -> PlanSpec {
    PlanSpec {
        unit: UnitSpec {
            key: "sjostaden",
            name: "Sjöstadens stadsdelsförvaltning",
            kind: UnitKind::District,
        },
        unit_label: "Sjöstadens stadsdelsförvaltning",
        area: "Sjöstaden",
        slug: "sjostaden-2027",
        title: "Sjöstaden: trygghetsplan 2027–2030 (utkast)",
        period: Some((2027, 2030)),
        language: Language::Sv,
        decision_body: "",
        adoption_date: None,
        team: &[
            ("Tobias Wikström", "Utvecklingsledare, skriver planen"),
            ("Elin Ahmadi", "Samhällsplanerare"),
        ],
        revision: 9,
        lagesbild: LagesbildText {
            extent: EXTENT,
            consequences: CONSEQUENCES,
            sources_and_method: "Polisens anmälningsstatistik och stadens trygghetsundersökning.",
            ..LagesbildText::default()
        },
        terms: &[],
        follow_up: ("", "", "", ""),
        challenges: CHALLENGES,
        indicators: INDICATORS,
        measures: MEASURES,
        routines: &[],
        comments: &[],
        history: &[],
    }
}
