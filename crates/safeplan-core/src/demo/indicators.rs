//! The indicators the Swedish demo plans choose from: recorded crime beside perceived safety, risk and
//! protective factors, and activity figures. Each plan picks 8–12 and gives each its own series.

use safeplan_model::{Direction, IndicatorKind, IndicatorUnit};

use super::series::Series;

/// What an indicator measures, as a catalogue entry shared by plans.
#[derive(Debug)]
pub(super) struct IndicatorSpec {
    /// Stable key that measures use to name the indicator they are followed up by.
    pub key: &'static str,
    pub name: &'static str,
    pub kind: IndicatorKind,
    pub unit: IndicatorUnit,
    pub source: &'static str,
    pub definition: &'static str,
    pub direction: Direction,
    /// When a year's figure is taken out: (years after the measured year, "MM-DD").
    pub published: (i32, &'static str),
}

/// One indicator as a plan uses it.
#[derive(Debug, Clone, Copy)]
pub(super) struct IndicatorUse {
    pub spec: &'static IndicatorSpec,
    pub series: Series,
    /// Off only in the thin first draft, where a planner has typed a small count in as it was.
    pub hide_small: bool,
    /// Off only where a draft has not yet said where a figure comes from.
    pub with_source: bool,
}

pub(super) const fn uses(spec: &'static IndicatorSpec, series: Series) -> IndicatorUse {
    IndicatorUse {
        spec,
        series,
        hide_small: true,
        with_source: true,
    }
}

impl IndicatorUse {
    pub(super) const fn small_counts_shown(mut self) -> IndicatorUse {
        self.hide_small = false;
        self
    }

    pub(super) const fn source_missing(mut self) -> IndicatorUse {
        self.with_source = false;
        self
    }
}

const POLICE: &str = "Polismyndigheten, lokalpolisområde Sundholm: geokodade anmälningar, bearbetade av stadsledningskontoret";
const SAFETY_SURVEY: &str = "Sundholms trygghetsundersökning (enkät till ett slumpmässigt urval invånare 16–84 år, vartannat år)";

pub(super) const CRIME_TOTAL: IndicatorSpec = IndicatorSpec {
    key: "brott-totalt",
    name: "Anmälda brott totalt",
    kind: IndicatorKind::RecordedCrime,
    unit: IndicatorUnit::Per100k,
    source: POLICE,
    definition: "Samtliga brott som anmälts med brottsplats i området under året, per 100 000 invånare (folkmängd 31 december).",
    direction: Direction::Down,
    published: (1, "02-15"),
};

pub(super) const ASSAULT: IndicatorSpec = IndicatorSpec {
    key: "misshandel",
    name: "Anmäld misshandel utomhus",
    kind: IndicatorKind::RecordedCrime,
    unit: IndicatorUnit::Per100k,
    source: POLICE,
    definition: "Anmäld misshandel (inklusive grov) där brottsplatsen är utomhus eller i offentlig lokal, per 100 000 invånare.",
    direction: Direction::Down,
    published: (1, "02-15"),
};

pub(super) const VANDALISM: IndicatorSpec = IndicatorSpec {
    key: "skadegorelse",
    name: "Anmäld skadegörelse",
    kind: IndicatorKind::RecordedCrime,
    unit: IndicatorUnit::Per100k,
    source: POLICE,
    definition:
        "Anmäld skadegörelse, inklusive klotter och skadegörelse genom brand, per 100 000 invånare.",
    direction: Direction::Down,
    published: (1, "02-15"),
};

pub(super) const ROBBERY: IndicatorSpec = IndicatorSpec {
    key: "ran",
    name: "Anmälda personrån",
    kind: IndicatorKind::RecordedCrime,
    unit: IndicatorUnit::Count,
    source: POLICE,
    definition: "Antal anmälda rån mot person (inte butiks- eller värdetransportrån) med brottsplats i området.",
    direction: Direction::Down,
    published: (1, "02-15"),
};

pub(super) const SHOOTINGS: IndicatorSpec = IndicatorSpec {
    key: "skjutningar",
    name: "Konstaterade skjutningar",
    kind: IndicatorKind::RecordedCrime,
    unit: IndicatorUnit::Count,
    source: "Polismyndigheten, nationell statistik över konstaterade skjutningar, nedbruten på lokalpolisområde",
    definition: "Tillfällen då projektiler avlossats med krutladdat vapen och det finns spår som bekräftar det, eller vapnet kan tas i beslag.",
    direction: Direction::Down,
    published: (1, "01-20"),
};

pub(super) const HATE_CRIME: IndicatorSpec = IndicatorSpec {
    key: "hatbrott",
    name: "Polisanmälningar med identifierat hatbrottsmotiv",
    kind: IndicatorKind::RecordedCrime,
    unit: IndicatorUnit::Count,
    source: "Polismyndigheten, hatbrottsmarkerade anmälningar; jämförs med Brås hatbrottsstatistik för länet",
    definition: "Anmälningar där polisen markerat ett möjligt hatbrottsmotiv (etnisk bakgrund, religion, sexuell läggning, könsöverskridande identitet).",
    direction: Direction::Down,
    published: (1, "03-31"),
};

pub(super) const BURGLARY: IndicatorSpec = IndicatorSpec {
    key: "bostadsinbrott",
    name: "Anmälda bostadsinbrott",
    kind: IndicatorKind::RecordedCrime,
    unit: IndicatorUnit::Per100k,
    source: POLICE,
    definition: "Anmälda inbrott och försök till inbrott i villa, radhus och lägenhet, per 100 000 invånare.",
    direction: Direction::Down,
    published: (1, "02-15"),
};

pub(super) const UNSAFE_EVENING: IndicatorSpec = IndicatorSpec {
    key: "otrygg-kvall",
    name: "Känner sig otrygg ute sent en kväll i sitt bostadsområde",
    kind: IndicatorKind::PerceivedSafety,
    unit: IndicatorUnit::Percent,
    source: SAFETY_SURVEY,
    definition: "Andel som svarar ”ganska” eller ”mycket otrygg” på frågan hur trygg man känner sig ute ensam sent en kväll i sitt bostadsområde.",
    direction: Direction::Down,
    published: (0, "12-10"),
};

pub(super) const AVOIDS_ACTIVITIES: IndicatorSpec = IndicatorSpec {
    key: "avstar",
    name: "Har avstått från en aktivitet på grund av otrygghet",
    kind: IndicatorKind::PerceivedSafety,
    unit: IndicatorUnit::Percent,
    source: SAFETY_SURVEY,
    definition: "Andel som det senaste året avstått från en aktivitet, till exempel träning eller en promenad, för att man känt sig otrygg.",
    direction: Direction::Down,
    published: (0, "12-10"),
};

pub(super) const WORRY_NTU: IndicatorSpec = IndicatorSpec {
    key: "oro-ntu",
    name: "Oroar sig mycket eller ganska mycket för brottsligheten i samhället",
    kind: IndicatorKind::PerceivedSafety,
    unit: IndicatorUnit::Percent,
    source: "Brå, Nationella trygghetsundersökningen (NTU), resultat för Sundholms kommun",
    definition: "Andel 16–84 år som uppger att de oroar sig mycket eller ganska mycket för brottsligheten i samhället. Gäller hela kommunen.",
    direction: Direction::Down,
    published: (1, "10-15"),
};

pub(super) const PUPILS_SAFE: IndicatorSpec = IndicatorSpec {
    key: "trygg-skola",
    name: "Elever i årskurs 9 som känner sig trygga i skolan",
    kind: IndicatorKind::PerceivedSafety,
    unit: IndicatorUnit::Percent,
    source: "Skolinspektionen, Skolenkäten; stadens egen elevenkät de år Skolenkäten inte genomförs",
    definition: "Andel elever i årskurs 9 som instämmer helt eller till stor del i påståendet ”Jag känner mig trygg i skolan”.",
    direction: Direction::Up,
    published: (0, "09-30"),
};

pub(super) const ELIGIBILITY: IndicatorSpec = IndicatorSpec {
    key: "behorighet",
    name: "Elever i årskurs 9 behöriga till gymnasiets yrkesprogram",
    kind: IndicatorKind::RiskOrProtectiveFactor,
    unit: IndicatorUnit::Percent,
    source: "Skolverket, SIRIS; elever folkbokförda i området oavsett skolans huvudman",
    definition: "Andel elever som avslutat årskurs 9 med godkända betyg i de ämnen som krävs för behörighet till yrkesprogram.",
    direction: Direction::Up,
    published: (0, "09-30"),
};

pub(super) const ABSENCE: IndicatorSpec = IndicatorSpec {
    key: "franvaro",
    name: "Elever med hög frånvaro",
    kind: IndicatorKind::RiskOrProtectiveFactor,
    unit: IndicatorUnit::Percent,
    source: "Utbildningsförvaltningen, närvarosystemet i stadens grundskolor",
    definition: "Andel elever i årskurs 7–9 med sammanlagd frånvaro (giltig och ogiltig) över 15 procent under vårterminen.",
    direction: Direction::Down,
    published: (0, "08-31"),
};

pub(super) const NEET: IndicatorSpec = IndicatorSpec {
    key: "varken-arbete-studier",
    name: "Unga 20–25 år som varken arbetar eller studerar",
    kind: IndicatorKind::RiskOrProtectiveFactor,
    unit: IndicatorUnit::Percent,
    source: "SCB, registerbaserad arbetsmarknadsstatistik (Bamse)",
    definition: "Andel folkbokförda 20–25 år som under året varken förvärvsarbetat, studerat eller haft känd annan sysselsättning.",
    direction: Direction::Down,
    published: (2, "03-15"),
};

pub(super) const ONLINE_ABUSE: IndicatorSpec = IndicatorSpec {
    key: "krankning-natet",
    name: "Unga som utsatts för kränkningar på nätet",
    kind: IndicatorKind::RiskOrProtectiveFactor,
    unit: IndicatorUnit::Percent,
    source: "Ungdomsenkäten Sundholm (årskurs 9 och gymnasiets årskurs 2)",
    definition: "Andel unga som det senaste året fått kränkande kommentarer, hot eller bilder spridda om sig via internet eller mobil.",
    direction: Direction::Down,
    published: (0, "11-30"),
};

pub(super) const LEISURE_VISITORS: IndicatorSpec = IndicatorSpec {
    key: "fritid-besokare",
    name: "Unika besökare i öppen fritidsverksamhet",
    kind: IndicatorKind::Activity,
    unit: IndicatorUnit::Count,
    source:
        "Kultur- och fritidsförvaltningen, besöksregistrering på fritidsgårdar och i öppna hallar",
    definition:
        "Antal unika unga 10–19 år som besökt öppen fritidsverksamhet minst en gång under året.",
    direction: Direction::Up,
    published: (1, "01-31"),
};

pub(super) const SUMMER_JOBS: IndicatorSpec = IndicatorSpec {
    key: "feriejobb",
    name: "Unga med feriejobb genom staden",
    kind: IndicatorKind::Activity,
    unit: IndicatorUnit::Count,
    source: "Arbetsmarknadsavdelningen, Sundholms stad",
    definition: "Antal unga 16–18 år folkbokförda i området som haft minst tre veckors feriejobb genom stadens ferieprogram.",
    direction: Direction::Up,
    published: (0, "10-15"),
};

pub(super) const EXIT_CLIENTS: IndicatorSpec = IndicatorSpec {
    key: "avhoppare",
    name: "Personer i avhopparverksamheten",
    kind: IndicatorKind::Activity,
    unit: IndicatorUnit::Count,
    source: "Socialförvaltningen, avhopparverksamhetens ärendestatistik",
    definition: "Antal personer från området som under året haft en aktiv insats i stadens avhopparverksamhet (kriminella nätverk).",
    direction: Direction::Up,
    published: (1, "01-31"),
};

pub(super) const SSPF_YOUTH: IndicatorSpec = IndicatorSpec {
    key: "sspf",
    name: "Unga med insats via SSPF",
    kind: IndicatorKind::Activity,
    unit: IndicatorUnit::Count,
    source: "Socialförvaltningen, SSPF-samordnarnas ärendelogg",
    definition: "Antal unga 12–18 år som fått en samordnad insats via samverkan skola, socialtjänst, polis och fritid (SSPF).",
    direction: Direction::Up,
    published: (1, "01-31"),
};

pub(super) const SAFETY_WALKS: IndicatorSpec = IndicatorSpec {
    key: "trygghetsvandringar",
    name: "Genomförda trygghetsvandringar",
    kind: IndicatorKind::Activity,
    unit: IndicatorUnit::Count,
    source: "Stadsdelsförvaltningens trygghetssamordnare",
    definition: "Antal trygghetsvandringar med boende, fastighetsägare och polis där iakttagelserna dokumenterats och lämnats till ansvarig förvaltning.",
    direction: Direction::Up,
    published: (1, "01-15"),
};

/// NTU is reported for the whole municipality, so every plan that shows it shows the same figures.
pub(super) const NTU_CITYWIDE: IndicatorUse = uses(
    &WORRY_NTU,
    super::series::yearly(
        2017,
        &[28.0, 29.4, 30.1, 27.6, 29.0, 31.2, 33.5, 32.8, 34.0],
    ),
);

/// High absence in the city's compulsory schools, 2017–2025: the Education Department's figure, which
/// the social services plan quotes too. The jump is the pandemic years.
pub(super) const CITY_ABSENCE: &[f64] = &[11.0, 11.2, 11.5, 13.9, 15.1, 14.2, 13.6, 13.8, 14.0];
