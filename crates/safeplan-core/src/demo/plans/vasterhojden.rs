//! Västerhöjden: a 1970s suburb on the western heights, with the city's largest mosque. Its plan puts
//! violent right-wing extremism and hate crime first, which makes it the demo's example of a plan
//! about extremism rather than gangs. Submitted and now in review, with the advisor's first comments.

use safeplan_model::{
    CapitalCodeTheme as Theme, ChallengeCategory as Cat, EffectTerm, EvidenceLevel, Language,
    PartnerRole as Role, PlanStatus, PreventionLevel, Trend, UnitKind,
};

use super::{Anchor, ChallengeText, CommentText, LagesbildText, PlanSpec, UnitSpec, ADVISOR};
use crate::demo::indicators::{self as ind, uses, IndicatorUse};
use crate::demo::measures::{self as m, ongoing, planned, MeasureSpec, MeasureUse};
use crate::demo::routines::{self, Routine};
use crate::demo::series::{biennial, trend};
use crate::demo::terms::{self, TermText};

const EXTENT: &str = "Västerhöjden har knappt 15 000 invånare i flerbostadshus från 1970-talet och ett villaområde i söder. Brottsnivån är lägre än stadens genomsnitt och har minskat: 9 100 anmälda brott per 100 000 invånare år 2025, mot 9 800 år 2016. Skadegörelsen har minskat mest, från 1 900 till 1 450 per 100 000.

Det som skiljer Västerhöjden från andra stadsdelar är hatbrotten och den våldsbejakande högerextremismen. Polisanmälningarna med hatbrottsmotiv har ökat från 9 till 14 om året, och de flesta riktar sig mot muslimer: klotter och hotbrev mot moskén, trakasserier mot kvinnor som bär slöja. Säkerhetspolisen och CVE har beskrivit hur våldsbejakande högerextrema miljöer rekryterar unga män via spelplattformar, chattgrupper och kampsportsträning, och polisen känner till en grupp med koppling till Västerhöjden.

Otryggheten är oförändrad: 30,0 procent känner sig otrygga ute sent en kväll, mot 31,0 procent 2015. Andelen som avstått från en aktivitet har ökat något, till 21,5 procent. I ungdomsenkäten svarar 24 procent att de utsatts för kränkningar på nätet det senaste året, mot 18 procent 2018.";

const CONSEQUENCES: &str = "Hatbrotten drabbar fler än den som utsätts. Efter hotbreven mot moskén 2024 minskade besöken vid fredagsbönen under flera veckor, och föräldrar har berättat att de inte längre låter barnen gå ensamma till koranskolan. Muslimska kvinnor beskriver i dialogmöten att de undviker centrum kvällstid.

Rekryteringen till våldsbejakande miljöer påverkar både de unga som dras in och deras familjer. Lärare rapporterar fler elever som sprider hatpropaganda i klassrummet och i skolans chattar, och att stämningen mellan elevgrupper har hårdnat. På sikt finns risk för ensamagerande våld, som i flera nordiska attentat.";

const CAUSE_ANALYSIS: &str = "Radikalisering sker sällan i ett vakuum. Unga män som dras mot våldsbejakande miljöer har ofta upplevt utanförskap, misslyckanden i skolan eller en förlust, och söker gemenskap och mening. Miljöerna erbjuder både och, först på nätet och sedan i fysiska träffar. Konspirationsteorier och desinformation efter händelser i omvärlden ger en berättelse om hot som bekräftar deras världsbild.

Hatbrotten mot muslimer följer ofta uppmärksammade händelser i Sverige och utomlands. Spridningen av hatiska budskap på nätet sänker tröskeln för att gå från ord till handling. Samtidigt är tilliten mellan moskéns besökare och myndigheterna god, vilket gör att hot anmäls och att samverkan fungerar.";

const RISK_FACTORS: &str = "- Unga män i utanförskap som söker gemenskap i digitala miljöer.
- Desinformation och konspirationsteorier som sprids efter händelser i omvärlden.
- Kampsportsmiljöer utan tydlig värdegrund som kan utnyttjas för rekrytering.
- Polarisering mellan grupper i skolorna.";

const PROTECTIVE_FACTORS: &str =
    "- God tillit mellan trossamfunden och polisen, och ett fungerande interreligiöst råd.
- Föreningsliv med många ideella ledare.
- Skolor som arbetar aktivt med källkritik och värdegrund.
- Stigande behörighet till gymnasiet, från 78,0 till 80,5 procent.";

const SOURCES: &str = "Polisens anmälningsstatistik och hatbrottsmarkerade anmälningar för Västerhöjden; stadens trygghetsundersökning och NTU; ungdomsenkäten; Säkerhetspolisens och CVE:s offentliga lägesbilder om våldsbejakande extremism. Uppgifter om enskilda miljöer kommer från polisens lokala lägesbild och redovisas inte i detalj.";

const CHALLENGES: &[ChallengeText] = &[
    (
        "Rekrytering till våldsbejakande högerextremism",
        Cat::RightWingExtremism,
        "Unga män rekryteras via spelplattformar, krypterade chattar och kampsportsträning. Polisen känner till en lokal grupp med koppling till en nationell organisation.",
        "Unga män 14–25 år",
        "Digitala miljöer; träningslokaler i Västerhöjdens industriområde",
        Trend::Rising,
        1,
    ),
    (
        "Hatbrott mot muslimer och moskén",
        Cat::HateCrime,
        "Klotter, hotbrev och trakasserier mot moskén och mot personer som uppfattas som muslimer, med toppar efter händelser i omvärlden.",
        "Muslimer, särskilt kvinnor som bär slöja; moskéns besökare och personal",
        "Moskén vid Höjdvägen, Västerhöjdens centrum, busshållplatserna",
        Trend::Stable,
        1,
    ),
    (
        "Unga som radikaliseras ensamma på nätet",
        Cat::LoneActors,
        "Enstaka unga radikaliseras utan koppling till en organiserad miljö, genom våldsförhärligande forum. De är svåra att upptäcka och kan agera utan förvarning.",
        "Unga 13–20 år, ofta socialt isolerade",
        "Digitala miljöer",
        Trend::Rising,
        2,
    ),
    (
        "Narkotikaförsäljning och otrygghet vid centrum",
        Cat::PublicSpaceInsecurity,
        "Öppen narkotikaförsäljning vid centrumets baksida och parkeringen gör att boende undviker platsen kvällstid.",
        "Boende, särskilt kvinnor och äldre; unga som erbjuds narkotika",
        "Västerhöjdens centrum, parkeringsdäcket",
        Trend::Stable,
        2,
    ),
    (
        "Skadegörelse och bilbränder",
        Cat::YouthAntisocial,
        "Skadegörelse och enstaka bilbränder, främst under sommar och nyår. Har minskat sedan 2018.",
        "Unga 12–17 år",
        "Parkeringar och skolgårdar",
        Trend::Falling,
        3,
    ),
];

const INDICATORS: &[IndicatorUse] = &[
    uses(&ind::CRIME_TOTAL, trend(2016, 2025, 9_800.0, 9_100.0)),
    uses(&ind::VANDALISM, trend(2016, 2025, 1_900.0, 1_450.0)),
    uses(&ind::ASSAULT, trend(2016, 2025, 520.0, 480.0)),
    uses(&ind::HATE_CRIME, trend(2016, 2025, 9.0, 14.0)),
    uses(&ind::UNSAFE_EVENING, biennial(2015, 2025, 31.0, 30.0)),
    uses(&ind::AVOIDS_ACTIVITIES, biennial(2015, 2025, 19.5, 21.5)),
    ind::NTU_CITYWIDE,
    uses(&ind::ONLINE_ABUSE, trend(2018, 2025, 18.0, 24.0)),
    uses(&ind::ELIGIBILITY, trend(2016, 2025, 78.0, 80.5)),
    uses(&ind::LEISURE_VISITORS, trend(2016, 2025, 820.0, 905.0)),
    uses(&ind::SSPF_YOUTH, trend(2019, 2025, 9.0, 17.0)),
];

/// Martial arts clubs are a recruiting ground the district can reach directly.
const MARTIAL_ARTS: MeasureSpec = MeasureSpec {
    title: "Kampsportsklubbar mot extremistisk rekrytering",
    description: "Stadens föreningsstöd till kampsportsklubbar förutsätter en värdegrund mot våld och extremism. Tränare utbildas i att känna igen rekryteringsförsök, och klubbarna har en kontaktperson hos polisen. Klubbar som vägrar medverka förlorar lokalbidraget.",
    level: PreventionLevel::Selective,
    themes: &[Theme::YouthInclusion, Theme::SafeCityAlliances],
    owner: "Fritidsenheten, {enhet}",
    partners: &[("boxning", Role::Partner), ("polisen", Role::Partner), ("cve", Role::Partner)],
    target_group: "Unga män som tränar kampsport, och deras tränare",
    area: "Västerhöjden och Hamnstaden",
    evidence: EvidenceLevel::Untested,
    evidence_note: "Bygger på CVE:s och Riksidrottsförbundets vägledning. Nytt arbetssätt i staden; följs upp tillsammans med universitetet.",
    effect_term: EffectTerm::Long,
    effect: "Färre arenor där våldsbejakande miljöer kan rekrytera, och tränare som agerar vid oro.",
    follow_up: &["hatbrott"],
    yearly_budget: Some(150_000),
};

const MEASURES: &[MeasureUse] = &[
    ongoing(&m::STAFF_TRAINING, &[1, 3], 2019),
    planned(&m::MEDIA_LITERACY, &[1, 3]),
    planned(&MARTIAL_ARTS, &[1]),
    ongoing(&m::RADICALISATION_FAMILY, &[1, 3], 2020),
    ongoing(&m::RISK_ASSESSMENT, &[1, 3], 2018),
    ongoing(&m::EXIT_EXTREMISM, &[1], 2017).area("Hela staden"),
    ongoing(&m::INTERFAITH, &[2], 2016),
    ongoing(&m::VICTIM_SUPPORT, &[2], 2021),
    ongoing(&m::ONLINE_HATE_SUPPORT, &[2, 3], 2023),
    planned(&m::RUMOUR_RESPONSE, &[2, 1]),
    planned(&m::MVP, &[3, 2]),
    ongoing(&m::SAFETY_WALKS, &[4], 2016),
    planned(&m::LIGHTING, &[4]),
    ongoing(&m::CITIZEN_PROMISE, &[4, 2], 2019),
    ongoing(&m::NIGHT_WALKERS, &[4], 2015),
    ongoing(&m::FIELD_WORKERS, &[4, 5], 2011),
    ongoing(&m::SSPF, &[4, 5], 2019),
    ongoing(&m::SOCIAL_TASK_GROUPS, &[4], 2022),
    ongoing(&m::GRAFFITI, &[5], 2019),
    ongoing(&m::OPEN_LEISURE, &[5], 2014),
    planned(&m::MIDNIGHT_SPORTS, &[5]),
    ongoing(&m::MEDIATION, &[5], 2020),
];

const ROUTINES: &[Routine] = &[
    routines::RADICALISATION,
    routines::HATE_AGAINST_FAITH,
    routines::RUMOURS,
    routines::THREAT_OFFICIAL,
];

const TERMS: &[TermText] = &[
    terms::VIOLENT_EXTREMISM,
    terms::HATE_CRIME,
    terms::EARLY_INTERVENTION,
];

const COMMENTS: &[CommentText] = &[
    CommentText {
        anchor: Anchor::Measure(3),
        author: ADVISOR,
        text: "Ett ovanligt och bra initiativ. Beskriv gärna hur ni går vidare om en klubb inte vill medverka, och hur ni undviker att de unga bara flyttar till en klubb utanför staden.",
        at: "2026-11-16T10:02:00Z",
        reply_to: None,
        resolved: false,
    },
    CommentText {
        anchor: Anchor::Challenge(3),
        author: ADVISOR,
        text: "Skilj gärna på ensamagerande och unga i organiserade miljöer i åtgärderna också – riskbedömningen används för båda, men vägen in ser olika ut.",
        at: "2026-11-16T10:20:00Z",
        reply_to: None,
        resolved: true,
    },
];

pub(super) fn spec() -> PlanSpec {
    PlanSpec {
        unit: UnitSpec {
            key: "vasterhojden",
            name: "Västerhöjdens stadsdelsförvaltning",
            kind: UnitKind::District,
        },
        unit_label: "Västerhöjdens stadsdelsförvaltning",
        area: "Västerhöjden",
        slug: "vasterhojden-2027",
        title: "Västerhöjden: åtgärdsplan mot brott, hat och våldsbejakande extremism 2027–2030",
        period: Some((2027, 2030)),
        language: Language::Sv,
        decision_body: "Västerhöjdens stadsdelsnämnd",
        adoption_date: None,
        team: &[
            ("Karin Sjöberg", "Trygghetssamordnare"),
            ("Ali Rahimi", "Samordnare mot våldsbejakande extremism"),
            ("Maria Gustafsson", "Rektor, Höjdskolan"),
            ("Olof Berglund", "Fritidschef"),
        ],
        revision: 58,
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
            "En gång om året i oktober, och efter varje allvarlig hatbrottshändelse.",
            "Indikatorerna följs upp mot utgångsvärdena. Det interreligiösa rådet och polisen stämmer av lägesbilden om hatbrott och extremism varannan månad.",
            "Samordnaren mot våldsbejakande extremism tillsammans med trygghetssamordnaren i {enhet}",
            "Västerhöjdens stadsdelsnämnd",
        ),
        challenges: CHALLENGES,
        indicators: INDICATORS,
        measures: MEASURES,
        routines: ROUTINES,
        comments: COMMENTS,
        history: &[
            (PlanStatus::Submitted, "2026-11-09T14:22:00Z", 57),
            (PlanStatus::InReview, "2026-11-12T08:50:00Z", 58),
        ],
    }
}
