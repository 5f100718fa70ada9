//! Hamnstaden: the city centre by the harbour, with the travel centre, the main square and most of the
//! nightlife. Submitted and reviewed; the advisor has asked for changes, and the open comments say
//! which: the top-priority nightlife violence is met at one prevention level only, and the cause
//! analysis does not explain why insecurity rises while assaults stay level.

use safeplan_model::{
    CapitalCodeTheme as Theme, ChallengeCategory as Cat, EffectTerm, EvidenceLevel, Language,
    PartnerRole as Role, PlanStatus, PreventionLevel, Section, Trend, UnitKind,
};

use super::{
    Anchor, ChallengeText, CommentText, LagesbildText, PlanSpec, UnitSpec, ADVISOR, CITY_STRATEGIST,
};
use crate::demo::indicators::{self as ind, uses, IndicatorUse};
use crate::demo::measures::{self as m, ongoing, planned, MeasureSpec, MeasureUse};
use crate::demo::routines::{self, Routine};
use crate::demo::series::{biennial, trend};
use crate::demo::terms::{self, TermText};

const EXTENT: &str = "Hamnstaden har omkring 18 000 invånare men tar varje dag emot långt fler: resecentrum har 40 000 resenärer en vanlig vardag, och en fredagsnatt är uppåt 6 000 personer ute på krogarna längs Kajen. Brottsnivån per invånare blir därför hög och ska läsas med det i minnet.

År 2025 anmäldes 26 500 brott per 100 000 invånare med brottsplats i Hamnstaden, mot 31 000 år 2016. Nedgången förklaras främst av färre stölder och mindre skadegörelse (från 3 100 till 2 400 per 100 000). Anmäld misshandel utomhus ligger stilla kring 1 400 per 100 000 och är koncentrerad till natten mellan fredag och lördag och till ett fåtal kvarter kring Kajen och Hamntorget.

Två utvecklingar går åt fel håll. Personrånen har ökat, från 84 anmälda rån 2016 till 102 år 2025, och offren är oftast unga som rånas på mobil, kläder eller pengar via Swish av andra unga. Och otryggheten ökar: 29,5 procent känner sig otrygga ute sent en kväll i sitt bostadsområde, mot 24,0 procent 2015. Polisanmälningarna med hatbrottsmotiv har också ökat, från 18 till 26 om året, flest i samband med Pride och andra evenemang.";

const CONSEQUENCES: &str = "Våldet i nöjeslivet drabbar främst unga män, men platserna där det sker – taxikön, Hamntorget, gångstråket mot resecentrum – är desamma som tusentals andra passerar. Sjukhuset tar varje helg emot skadade från krogmiljön, och polisens resurser binds upp nattetid.

Rånen mot unga har följder som inte syns i statistiken. Unga som rånats byter väg, slutar åka in till centrum eller skaffar kniv för att skydda sig. Föräldrar hämtar med bil. Handlarna kring Hamntorget märker att kvällshandeln minskar, och flera lokaler står tomma.

Hatbrotten riktar sig mot personer för vad de är. Utöver den direkta skadan sänder de ett budskap till alla med samma identitet att de inte är välkomna i stadens gemensamma rum.";

const CAUSE_ANALYSIS: &str = "Våldet i krogmiljön följer ett välkänt mönster: hög berusning, trängsel vid stängningstid och konflikter i taxikön. Det är koncentrerat i tid och rum, vilket gör det möjligt att förebygga med ansvarsfull alkoholservering, bättre flöden vid stängning och synlig vuxennärvaro.

Rånen begås oftast av grupper av unga från andra stadsdelar som samlas vid resecentrum. Flera av gärningspersonerna är kända av socialtjänsten i sina hemstadsdelar. Hamnstaden kan därför inte ensam förebygga rånen utan behöver samverka med Norrby och Västerhöjden om de unga det gäller.

Otryggheten har ökat mer än brotten motiverar. Boende nämner nedskräpning, ombyggnaden av resecentrum med mörka provisoriska passager och synliga missbruksmiljöer. Arbetsgruppen har ännu inte kunnat säga hur mycket av ökningen som beror på den pågående ombyggnaden.";

const RISK_FACTORS: &str =
    "- Hög alkoholkonsumtion och sena stängningstider koncentrerade till ett litet område.
- Resecentrum som knutpunkt där unga från hela staden möts utan vuxna.
- Tillfälliga passager och mörka ytor under ombyggnaden fram till 2028.
- Öppna missbruksmiljöer kring Hamnparken.";

const PROTECTIVE_FACTORS: &str =
    "- Fastighetsägare och handlare som redan samverkar i en platssamverkan (BID).
- Krogar som deltar i utbildning i ansvarsfull alkoholservering.
- Ett aktivt kulturliv och föreningar som vill använda torget kvällstid.";

const SOURCES: &str = "Polisens geokodade anmälningar för Hamnstaden, polisens hatbrottsmarkerade anmälningar, stadens trygghetsundersökning (vartannat år, 900 svarande 2025) och NTU för kommunen. Antalet besökare i centrum bygger på Sundholms Trafiks resandestatistik och krogarnas egna uppgifter, och är uppskattningar.";

const CHALLENGES: &[ChallengeText] = &[
    (
        "Våld i nöjeslivet helgnätter",
        Cat::Other,
        "Misshandel och hot i och kring krogarna längs Kajen, mest mellan kl. 01 och 04 natt mot lördag och söndag. Nivån har varit oförändrad i tio år.",
        "Unga vuxna 18–30 år, krogpersonal, taxichaufförer",
        "Kajen, taxikön vid Hamntorget, Storgatan",
        Trend::Stable,
        1,
    ),
    (
        "Otrygghet kring resecentrum och Hamntorget",
        Cat::PublicSpaceInsecurity,
        "Allt fler känner sig otrygga i centrum kvällstid, särskilt kring resecentrum där ombyggnaden skapat mörka passager och där grupper av unga samlas.",
        "Resenärer, kvinnor, äldre, handlare och deras anställda",
        "Resecentrum, Hamntorget, Hamnparken",
        Trend::Rising,
        1,
    ),
    (
        "Personrån mot unga",
        Cat::YouthAntisocial,
        "Unga rånas av andra unga, ofta i grupp, på mobiltelefon, kläder eller pengar via Swish. Brotten anmäls sällan direkt och offren känner ofta igen gärningspersonerna.",
        "Unga 13–19 år, både som offer och som gärningspersoner",
        "Resecentrum, köpcentret Hamngallerian, gångstråket mot Sjöstaden",
        Trend::Rising,
        2,
    ),
    (
        "Hatbrott mot hbtqi-personer och religiösa minoriteter",
        Cat::HateCrime,
        "Hot, trakasserier och våld riktat mot hbtqi-personer, främst i samband med Pride, och mot personer som bär religiösa symboler. Mörkertalet bedöms vara stort.",
        "Hbtqi-personer, judar och muslimer som syns som sådana",
        "Centrum, särskilt vid evenemang på Hamntorget",
        Trend::Rising,
        2,
    ),
    (
        "Hot och hat mot förtroendevalda och journalister",
        Cat::OnlineHate,
        "Lokalpolitiker och lokaljournalister får hot och hat i sociala medier, i några fall med uppgifter om var de bor. Flera har avstått från att uttala sig i frågor om brott.",
        "Förtroendevalda i stadsdelsnämnden, lokaljournalister",
        "Sociala medier; i enstaka fall hemadresser",
        Trend::Rising,
        3,
    ),
];

const INDICATORS: &[IndicatorUse] = &[
    uses(&ind::CRIME_TOTAL, trend(2016, 2025, 31_000.0, 26_500.0)),
    uses(&ind::ASSAULT, trend(2016, 2025, 1_420.0, 1_400.0)),
    uses(&ind::VANDALISM, trend(2016, 2025, 3_100.0, 2_400.0)),
    uses(&ind::ROBBERY, trend(2016, 2025, 84.0, 102.0)),
    uses(&ind::HATE_CRIME, trend(2016, 2025, 18.0, 26.0)),
    uses(&ind::UNSAFE_EVENING, biennial(2015, 2025, 24.0, 29.5)),
    uses(&ind::AVOIDS_ACTIVITIES, biennial(2015, 2025, 15.0, 19.0)),
    ind::NTU_CITYWIDE,
    uses(&ind::ONLINE_ABUSE, trend(2018, 2025, 17.0, 23.0)),
    uses(&ind::SAFETY_WALKS, trend(2018, 2025, 6.0, 12.0)),
    uses(&ind::SSPF_YOUTH, trend(2019, 2025, 14.0, 31.0)),
    uses(&ind::LEISURE_VISITORS, trend(2016, 2025, 640.0, 710.0)),
];

/// Responsible serving of alcohol: Hamnstaden's own measure, not in the city catalogue.
const RESPONSIBLE_SERVING: MeasureSpec = MeasureSpec {
    title: "Ansvarsfull alkoholservering (STAD) på Kajen",
    description: "Alla krogar med serveringstillstånd sent på natten utbildar personalen i ansvarsfull alkoholservering och samverkar med polis och tillståndsenhet. Kontrollköp görs två gånger om året, och resultaten återkopplas till varje krog.",
    level: PreventionLevel::Universal,
    themes: &[Theme::SafeCityAlliances],
    owner: "Tillståndsenheten, Sundholms stad",
    partners: &[("polisen", Role::Partner), ("foretagarna", Role::Partner)],
    target_group: "Krogar, deras personal och gäster",
    area: "Kajen och Storgatan",
    evidence: EvidenceLevel::Tested,
    evidence_note: "STAD-metoden minskade polisanmält våld i Stockholms krogmiljö med cirka 29 procent i den ursprungliga utvärderingen.",
    effect_term: EffectTerm::Short,
    effect: "Färre kraftigt berusade gäster och mindre våld i och kring krogarna.",
    follow_up: &["misshandel"],
    yearly_budget: Some(220_000),
};

const MEASURES: &[MeasureUse] = &[
    planned(&RESPONSIBLE_SERVING, &[1]),
    ongoing(&m::NIGHT_WALKERS, &[1, 2], 2014).area("Kajen och Hamntorget"),
    ongoing(&m::LIGHTING, &[2, 3], 2022).area("Hamntorget och resecentrum"),
    ongoing(&m::SAFETY_WALKS, &[2], 2018),
    ongoing(&m::GRAFFITI, &[2], 2019),
    ongoing(&m::CITIZEN_PROMISE, &[1, 2], 2019),
    planned(&m::RUMOUR_RESPONSE, &[5, 2]),
    ongoing(&m::INTERFAITH, &[4], 2021),
    planned(&m::MEDIA_LITERACY, &[5, 4]),
    ongoing(&m::OPEN_LEISURE, &[3], 2016),
    ongoing(&m::SUMMER_JOBS, &[3], 2015),
    planned(&m::MVP, &[3, 4]),
    ongoing(&m::FIELD_WORKERS, &[3, 2], 2013).area("Resecentrum och Hamngallerian"),
    ongoing(&m::VICTIM_SUPPORT, &[3, 4], 2020),
    ongoing(&m::ONLINE_HATE_SUPPORT, &[4, 5], 2023),
    ongoing(&m::SSPF, &[3], 2020),
    planned(&m::MIDNIGHT_SPORTS, &[3]).area("Hamnhallen"),
    planned(&m::MENTORING, &[3]),
    ongoing(&m::MEDIATION, &[3], 2019),
    ongoing(&m::SOCIAL_TASK_GROUPS, &[3], 2022),
    ongoing(&m::EXIT_EXTREMISM, &[4], 2021).area("Hela staden"),
];

const ROUTINES: &[Routine] = &[
    routines::SHOOTING,
    routines::THREAT_OFFICIAL,
    routines::HATE_AGAINST_FAITH,
    routines::RUMOURS,
];

const TERMS: &[TermText] = &[
    terms::SAFETY,
    terms::HATE_CRIME,
    terms::SITUATIONAL_PREVENTION,
];

const COMMENTS: &[CommentText] = &[
    CommentText {
        anchor: Anchor::Challenge(1),
        author: ADVISOR,
        text: "Våldet i nöjeslivet har prioritet 1 men möts bara av universella åtgärder. Överväg en selektiv insats för de krogar och gäster som står för de flesta händelserna, till exempel ordningsvakter med särskild utbildning eller en insats riktad mot återkommande gärningspersoner.",
        at: "2026-10-20T09:14:00Z",
        reply_to: None,
        resolved: false,
    },
    CommentText {
        anchor: Anchor::Field(Section::Lagesbild, "cause_analysis"),
        author: ADVISOR,
        text: "Otryggheten ökar medan misshandeln ligger still. Analysen nämner ombyggnaden av resecentrum – kan ni visa det med trygghetsundersökningens frågor om specifika platser? Annars blir åtgärderna mot otrygghet svåra att följa upp.",
        at: "2026-10-20T09:31:00Z",
        reply_to: None,
        resolved: false,
    },
    CommentText {
        anchor: Anchor::Measure(3),
        author: ADVISOR,
        text: "Platssamverkan är en bra grund. Vem finansierar belysningen och platsvärdarna efter att ombyggnaden är klar 2028?",
        at: "2026-10-20T09:40:00Z",
        reply_to: None,
        resolved: true,
    },
    CommentText {
        anchor: Anchor::Measure(3),
        author: ("Lena Ek", "Trygghetssamordnare, Hamnstadens stadsdelsförvaltning"),
        text: "Fastighetsägarna Sundholm har beslutat att fortsätta finansiera platsvärdarna till och med 2030. Belysningen tas över av stadsmiljöenheten när ombyggnaden är klar. Vi har förtydligat det i beskrivningen.",
        at: "2026-10-27T14:05:00Z",
        reply_to: Some(3),
        resolved: true,
    },
    CommentText {
        anchor: Anchor::Indicator(4),
        author: CITY_STRATEGIST,
        text: "Personrånen ökar i Hamnstaden men gärningspersonerna bor ofta i andra stadsdelar. Stäm av med Norrby och Västerhöjden så att rånen finns med i deras planer också.",
        at: "2026-10-29T11:20:00Z",
        reply_to: None,
        resolved: false,
    },
];

pub(super) fn spec() -> PlanSpec {
    PlanSpec {
        unit: UnitSpec {
            key: "hamnstaden",
            name: "Hamnstadens stadsdelsförvaltning",
            kind: UnitKind::District,
        },
        unit_label: "Hamnstadens stadsdelsförvaltning",
        area: "Hamnstaden",
        slug: "hamnstaden-2027",
        title: "Hamnstaden: trygghet och brottsförebyggande arbete 2027–2030",
        period: Some((2027, 2030)),
        language: Language::Sv,
        decision_body: "Hamnstadens stadsdelsnämnd",
        adoption_date: None,
        team: &[
            ("Lena Ek", "Trygghetssamordnare"),
            ("Johan Persson", "Enhetschef, stadsmiljö"),
            ("Amira Haddad", "Samordnare för fältassistenterna"),
            ("Peter Lund", "Processledare för platssamverkan, Fastighetsägarna Sundholm"),
        ],
        revision: 74,
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
            "Två gånger om året, i april och oktober.",
            "Indikatorerna jämförs med utgångsvärdena och med stadens övriga stadsdelar. Platssamverkan redovisar sin egen lägesbild varje månad.",
            "Trygghetssamordnaren i {enhet}",
            "Hamnstadens stadsdelsnämnd",
        ),
        challenges: CHALLENGES,
        indicators: INDICATORS,
        measures: MEASURES,
        routines: ROUTINES,
        comments: COMMENTS,
        history: &[
            (PlanStatus::Submitted, "2026-10-05T15:48:00Z", 71),
            (PlanStatus::InReview, "2026-10-07T08:05:00Z", 72),
            (PlanStatus::ChangesRequested, "2026-11-02T10:30:00Z", 74),
        ],
    }
}
