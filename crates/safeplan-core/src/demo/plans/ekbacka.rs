//! Ekbacka: villas and terraced houses around a small station centre, low crime and high trust, but
//! with rising drug use and online abuse among pupils. Complete and submitted, waiting for review;
//! the example that a calm district also needs a plan.

use safeplan_model::{
    CapitalCodeTheme as Theme, ChallengeCategory as Cat, Direction, EffectTerm, EvidenceLevel,
    IndicatorKind, IndicatorUnit, Language, MeasureStatus, PartnerRole as Role, PlanStatus,
    PreventionLevel, Trend, UnitKind,
};

use super::{ChallengeText, LagesbildText, PlanSpec, UnitSpec};
use crate::demo::indicators::{self as ind, uses, IndicatorSpec, IndicatorUse};
use crate::demo::measures::{self as m, ongoing, planned, MeasureSpec, MeasureUse};
use crate::demo::routines::{self, Routine};
use crate::demo::series::{biennial, trend};
use crate::demo::terms::{self, TermText};

const EXTENT: &str = "Ekbacka har 12 400 invånare, de flesta i villor och radhus byggda mellan 1950 och 1990, och ett litet centrum vid pendeltågsstationen. Brottsnivån är den lägsta i staden och har sjunkit: 6 200 anmälda brott per 100 000 invånare år 2025, mot 6 900 år 2016. Bostadsinbrotten har mer än halverats, från 640 till 310 per 100 000, sedan grannsamverkan byggdes ut och fler skaffade larm.

Två utvecklingar oroar. Andelen elever i gymnasiets årskurs 2 som någon gång använt narkotika har ökat från 9,0 till 14,5 procent sedan 2017, och polisen har sett försäljning via sociala medier med leverans till skolor och idrottsplatser. Och andelen unga som utsatts för kränkningar på nätet har ökat från 15 till 22 procent sedan 2018. Samtidigt har andelen elever i årskurs 9 som känner sig trygga i skolan sjunkit från 84,0 till 79,0 procent.

Otryggheten är låg men ökar något: 18,5 procent känner sig otrygga ute sent en kväll, mot 16,0 procent 2015. Den är störst kring stationen.";

const CONSEQUENCES: &str = "Narkotikan skadar de unga som använder den och drar in en del av dem i försäljning och skulder, vilket är en väg in i kriminella nätverk även för unga utan andra riskfaktorer. Föräldrar vet ofta inte vad som pågår, eftersom köp och försäljning sker i mobilen.

Kränkningarna på nätet följer med in i klassrummet och hem på kvällen. Elevhälsan ser fler elever med oro och nedstämdhet, och skolfrånvaron har ökat från 9,0 till 12,5 procent. Rykten i lokala Facebookgrupper har vid flera tillfällen pekat ut unga som skyldiga till brott de inte begått.";

const CAUSE_ANALYSIS: &str = "Ekbacka har många skyddsfaktorer: hög sysselsättning, föräldrar med resurser och ett starkt föreningsliv. Men just det gör att problemen syns sent. Narkotikaanvändningen bland unga i resursstarka områden är ofta kopplad till en liberal syn på cannabis, lättillgänglighet via sociala medier och föräldrar som inte ser signalerna. Att unga i Ekbacka köper narkotika finansierar dessutom kriminella nätverk i andra stadsdelar.

Näthatet hänger ihop med att unga har telefon och sociala medier tidigt, med få vuxna som vet vad som sker där. Skolorna har arbetat med värdegrund men inte systematiskt med det digitala.";

const RISK_FACTORS: &str =
    "- Lättillgänglig narkotika via sociala medier och en liberal syn på cannabis bland unga.
- Föräldrar med liten insyn i barnens digitala liv.
- Ökande skolfrånvaro och minskande trygghet i skolan.
- Stationsområdet är tomt och dåligt upplyst kvällstid.";

const PROTECTIVE_FACTORS: &str =
    "- Hög sysselsättning och låg andel hushåll med låg ekonomisk standard.
- Starkt föreningsliv; tre av fyra unga är med i en förening.
- Väl fungerande grannsamverkan i nästan alla villaområden.
- Hög tillit till polis och skola.";

const SOURCES: &str = "Polisens anmälningsstatistik för Ekbacka; stadens trygghetsundersökning och NTU; Skolenkäten; ungdomsenkäten, där frågorna om narkotika följer CAN:s skolundersökning. Skolfrånvaron kommer från Utbildningsförvaltningens närvarosystem.";

const DRUG_USE: IndicatorSpec = IndicatorSpec {
    key: "narkotika",
    name: "Unga som någon gång använt narkotika",
    kind: IndicatorKind::RiskOrProtectiveFactor,
    unit: IndicatorUnit::Percent,
    source: "Ungdomsenkäten Sundholm, frågor enligt CAN:s skolundersökning",
    definition: "Andel elever i gymnasiets årskurs 2 folkbokförda i Ekbacka som uppger att de någon gång använt narkotika, oftast cannabis.",
    direction: Direction::Down,
    published: (0, "11-30"),
};

const CHALLENGES: &[ChallengeText] = &[
    (
        "Bostadsinbrott i villaområdena",
        Cat::Other,
        "Bostadsinbrotten har minskat kraftigt men kommer i vågor, ofta av resande ligor under semestertider.",
        "Villaägare, särskilt äldre",
        "Villaområdena Ekbacka norra och Lövsta",
        Trend::Falling,
        2,
    ),
    (
        "Unga som använder och säljer narkotika",
        Cat::YouthAntisocial,
        "Allt fler unga provar narkotika, och några börjar sälja till kamrater. Försäljningen sker via sociala medier med leverans till skolor och idrottsplatser.",
        "Unga 14–19 år och deras föräldrar",
        "Skolorna, idrottsplatsen, stationen",
        Trend::Rising,
        1,
    ),
    (
        "Näthat och kränkningar mellan elever",
        Cat::OnlineHate,
        "Kränkningar, hot och spridda bilder i sociala medier och skolans chattar, med följder för tryggheten i skolan.",
        "Elever i årskurs 5–9 och gymnasiet",
        "Sociala medier och skolornas digitala plattformar",
        Trend::Rising,
        1,
    ),
    (
        "Rykten och desinformation i lokala grupper",
        Cat::Disinformation,
        "Lokala grupper i sociala medier sprider rykten efter brott, ibland med namn och bilder på unga som pekas ut felaktigt.",
        "Utpekade unga och deras familjer; boende i stort",
        "Lokala grupper i sociala medier",
        Trend::Rising,
        3,
    ),
    (
        "Otrygghet vid pendeltågsstationen",
        Cat::PublicSpaceInsecurity,
        "Stationen och gångtunneln känns otrygga kvällstid, även om få brott anmäls där.",
        "Pendlare, särskilt kvinnor och unga",
        "Ekbacka station, gångtunneln, infartsparkeringen",
        Trend::Stable,
        2,
    ),
];

const INDICATORS: &[IndicatorUse] = &[
    uses(&ind::CRIME_TOTAL, trend(2016, 2025, 6_900.0, 6_200.0)),
    uses(&ind::BURGLARY, trend(2016, 2025, 640.0, 310.0)),
    uses(&ind::VANDALISM, trend(2016, 2025, 1_100.0, 980.0)),
    uses(&ind::UNSAFE_EVENING, biennial(2015, 2025, 16.0, 18.5)),
    ind::NTU_CITYWIDE,
    uses(&ind::PUPILS_SAFE, trend(2017, 2025, 84.0, 79.0)),
    uses(&ind::ONLINE_ABUSE, trend(2018, 2025, 15.0, 22.0)),
    uses(&DRUG_USE, trend(2017, 2025, 9.0, 14.5)),
    uses(&ind::ABSENCE, trend(2017, 2025, 9.0, 12.5)),
    uses(&ind::LEISURE_VISITORS, trend(2016, 2025, 450.0, 520.0)),
];

const NEIGHBOURHOOD_WATCH: MeasureSpec = MeasureSpec {
    title: "Grannsamverkan mot brott",
    description: "Grannar i varje kvarter har en kontaktombud som får polisens inbrottslarm via sms och sprider det vidare. Polisen och staden håller en träff om året per område med råd om lås, belysning och att hålla uppsikt under semestrar.",
    level: PreventionLevel::Universal,
    themes: &[Theme::SafeCityAlliances],
    owner: "Trygghetssamordnaren, {enhet}",
    partners: &[("polisen", Role::Lead)],
    target_group: "Villaägare och boende i radhusområden",
    area: "Villaområdena i Ekbacka",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Internationella översikter visar att grannsamverkan minskar brott med i genomsnitt 16–26 procent; de svenska resultaten är positiva men mindre säkra.",
    effect_term: EffectTerm::Short,
    effect: "Färre bostadsinbrott och snabbare larm till polisen.",
    follow_up: &["bostadsinbrott"],
    yearly_budget: Some(40_000),
};

const DRUG_AWARENESS: MeasureSpec = MeasureSpec {
    title: "Föräldraträffar om narkotika och digitala signaler",
    description: "Alla föräldrar i årskurs 7 bjuds in till två träffar med skolan, fältassistenterna och polisen om hur narkotika säljs i sociala medier, vilka signaler man ska se efter och hur man pratar med sin tonåring. Materialet finns också som film på fem språk.",
    level: PreventionLevel::Universal,
    themes: &[],
    owner: "Enheten för barn och unga, {enhet}",
    partners: &[("polisen", Role::Partner), ("utbildningsforvaltningen", Role::Partner)],
    target_group: "Föräldrar till elever i årskurs 7",
    area: "Högstadieskolorna i Ekbacka",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Föräldrars hållning mot narkotika är en skyddsfaktor enligt CAN och Folkhälsomyndigheten; informationsinsatser ensamma har begränsad effekt och kombineras därför med föräldrastöd.",
    effect_term: EffectTerm::Long,
    effect: "Föräldrar som känner igen tecknen och reagerar tidigt, och färre unga som börjar använda narkotika.",
    follow_up: &["narkotika"],
    yearly_budget: Some(60_000),
};

const MEASURES: &[MeasureUse] = &[
    ongoing(&NEIGHBOURHOOD_WATCH, &[1], 2012),
    ongoing(&m::CITIZEN_PROMISE, &[1, 5], 2020),
    planned(&DRUG_AWARENESS, &[2]),
    ongoing(&m::FIELD_WORKERS, &[2, 5], 2015),
    ongoing(&m::SSPF, &[2], 2021),
    planned(&m::PARENTING_TARGETED, &[2]),
    ongoing(&m::FAMILY_THERAPY, &[2], 2020),
    ongoing(&m::MEDIATION, &[2], 2019),
    ongoing(&m::OPEN_LEISURE, &[2], 2010),
    planned(&m::MIDNIGHT_SPORTS, &[2]).area("Ekbackahallen"),
    ongoing(&m::ATTENDANCE_TEAM, &[2, 3], 2024),
    planned(&m::MENTORING, &[2]),
    ongoing(&m::PARENTING_ABC, &[2], 2022),
    planned(&m::MVP, &[3]),
    ongoing(&m::MEDIA_LITERACY, &[3, 4], 2023),
    ongoing(&m::ONLINE_HATE_SUPPORT, &[3], 2023),
    planned(&m::RUMOUR_RESPONSE, &[4]),
    ongoing(&m::SAFETY_WALKS, &[5], 2019),
    planned(&m::LIGHTING, &[5]).area("Ekbacka station och gångtunneln"),
    ongoing(&m::NIGHT_WALKERS, &[5], 2018).status(MeasureStatus::Paused),
    ongoing(&m::GRAFFITI, &[5], 2019),
];

const ROUTINES: &[Routine] = &[
    routines::RECRUITMENT,
    routines::RUMOURS,
    routines::RADICALISATION,
];

const TERMS: &[TermText] = &[terms::EARLY_INTERVENTION, terms::SITUATIONAL_PREVENTION];

pub(super) fn spec() -> PlanSpec {
    PlanSpec {
        unit: UnitSpec {
            key: "ekbacka",
            name: "Ekbacka stadsdelsförvaltning",
            kind: UnitKind::District,
        },
        unit_label: "Ekbacka stadsdelsförvaltning",
        area: "Ekbacka",
        slug: "ekbacka-2027",
        title: "Ekbacka: brottsförebyggande plan 2027–2030",
        period: Some((2027, 2030)),
        language: Language::Sv,
        decision_body: "Ekbacka stadsdelsnämnd",
        adoption_date: None,
        team: &[
            ("Helena Strand", "Trygghetssamordnare"),
            ("David Öberg", "Fältassistent"),
            ("Nora Lindberg", "Kurator, Ekbackaskolan"),
        ],
        revision: 66,
        lagesbild: LagesbildText {
            extent: EXTENT,
            consequences: CONSEQUENCES,
            cause_analysis: CAUSE_ANALYSIS,
            risk_factors: RISK_FACTORS,
            protective_factors: PROTECTIVE_FACTORS,
            sources_and_method: SOURCES,
        },
        terms: TERMS,
        follow_up: (
            "En gång om året, i november när ungdomsenkäten är klar.",
            "Indikatorerna jämförs med utgångsvärdena; skolorna redovisar sitt arbete mot kränkningar särskilt.",
            "Trygghetssamordnaren i {enhet}",
            "Ekbacka stadsdelsnämnd",
        ),
        challenges: CHALLENGES,
        indicators: INDICATORS,
        measures: MEASURES,
        routines: ROUTINES,
        comments: &[],
        history: &[(PlanStatus::Submitted, "2026-11-18T16:12:00Z", 66)],
    }
}
