//! Norrby: the largest district, a 1960s–70s suburb around a station centre that the police list as a
//! vulnerable area. The adopted plan: complete, reviewed once with changes requested, then approved.
//! Its figures tell the story the city most needs to tell credibly: shootings fell sharply while the
//! share who feel unsafe at night barely moved.

use safeplan_model::{ChallengeCategory as Cat, Language, PlanStatus, Section, Trend, UnitKind};

use super::{
    Anchor, ChallengeText, CommentText, LagesbildText, PlanSpec, UnitSpec, ADVISOR, CITY_STRATEGIST,
};
use crate::demo::indicators::{self as ind, uses, IndicatorUse};
use crate::demo::measures::{self as m, ongoing, planned, MeasureUse};
use crate::demo::routines::{self, Routine};
use crate::demo::series::{biennial, trend, yearly};
use crate::demo::terms::{self, TermText};

const EXTENT: &str = "Norrby har drygt 24 000 invånare, varav var fjärde är under 20 år. Stadsdelen byggdes 1965–1974 kring Norrby centrum och pendeltågsstationen, och Sundholmshem äger sju av tio lägenheter. Polisen har sedan 2015 klassat centrum och de närmaste kvarteren som ett utsatt område.

**Anmälda brott har minskat.** År 2025 anmäldes 12 100 brott per 100 000 invånare med brottsplats i Norrby, mot 14 800 år 2016. Minskningen gäller framför allt skadegörelse (från 2 350 till 1 640 per 100 000) och personrån (från 58 till 31 anmälda rån om året). Anmäld misshandel utomhus har minskat mindre, från 720 till 610 per 100 000, och ligger fortfarande nästan dubbelt så högt som i staden som helhet.

**Det grova våldet har gått ned kraftigt.** Konstaterade skjutningar ökade från ett fåtal om året till elva under 2018, i en konflikt mellan två grupper med förankring i centrum. Sedan 2020 har det varje år varit färre än fem skjutningar, och antalet redovisas därför inte per år. Utvecklingen liknar Malmös, där skjutningarna föll från 65 till 20 mellan 2017 och 2020.

**Otryggheten har knappt rört sig.** I trygghetsundersökningen 2025 svarade 35,5 procent att de känner sig otrygga ute ensamma sent en kväll i sitt bostadsområde, mot 38,0 procent 2015. Bland kvinnor är andelen nästan hälften. Samtidigt har oron för brottsligheten i samhället ökat i hela kommunen: i NTU steg den från 28 till 34 procent mellan 2017 och 2025. Planen måste därför redovisa både brotten och tryggheten, och förklara varför de inte följs åt.";

const CONSEQUENCES: &str = "Brottsligheten drabbar först de direkt utsatta: unga som rånas på väg hem, familjer som förlorat en son, butiksägare som fått skyltfönster krossade. Men följderna sprider sig till hela stadsdelen.

- **Vardagslivet krymper.** Föräldrar berättar i dialogmöten att barnen inte får gå till idrottshallen efter mörkrets inbrott. Var fjärde invånare har avstått från en aktivitet det senaste året för att de känt sig otrygga. Kvinnor och äldre undviker gångtunneln mot stationen.
- **Skolan påverkas.** Efter skjutningarna 2018 och 2019 steg frånvaron i Norrbyskolan de följande veckorna, och lärare beskriver elever som inte vågar gå ensamma hem. Andelen elever med hög frånvaro har ökat från 14 till 17,5 procent sedan 2017.
- **Centrum tappar liv.** Två butiker har flyttat och flera har kortat öppettiderna. När färre rör sig i centrum på kvällen blir platsen mer otrygg för dem som är kvar.
- **Tilliten urholkas.** Vittnen drar sig för att tala med polisen, och rykten efter en händelse sprids snabbare än myndigheternas information. Bilden av Norrby i medier gör det svårare att rekrytera personal och att hyra ut lokaler.";

const CAUSE_ANALYSIS: &str = "Analysen följer Brås kunskapsbaserade arbetssätt och har tagits fram av polis, stadsdelsförvaltning, skola, Sundholmshem och föreningslivet tillsammans, i tre workshoppar under hösten 2025.

Det grova våldet är koncentrerat till ett litet antal personer och platser. Polisen bedömer att ett trettiotal unga män i två grupper står för huvuddelen av våldet, och att nedgången i skjutningar främst beror på att ledande personer dömts till långa straff och på att Sluta skjut har fått flera att lämna. Nedgången är alltså sårbar: nya unga rekryteras, allt yngre, och via sociala medier.

Otryggheten har andra orsaker än brottsnivån. Boende pekar i trygghetsundersökningen på mörka gångstråk, nedskräpning, grupper av unga i centrum och på minnet av skjutningarna. Den fysiska miljön och berättelsen om Norrby påverkar tryggheten mer än årets brottsstatistik, och därför behövs både situationella åtgärder och en medveten kommunikation.

Vägen in i kriminalitet börjar ofta tidigt, med misslyckanden i skolan, hög frånvaro och en fritid utan vuxna. Det är där planen lägger tyngdpunkten: skolnärvaro, föräldrastöd och meningsfull fritid, samtidigt som de som redan är inne i kriminaliteten möts av både krav och en väg ut.";

const RISK_FACTORS: &str = "- Hög andel barn i hushåll med låg ekonomisk standard och trångboddhet.
- Låg behörighet till gymnasiet (76,8 procent 2025, mot 83,6 procent i staden) och ökande skolfrånvaro.
- Kriminella förebilder och en lokal narkotikahandel som erbjuder snabba pengar.
- Fysisk miljö med dåliga siktlinjer, mörka gångtunnlar och ett centrum som töms på kvällen.
- Låg tillit till myndigheter och ovilja att vittna.";

const PROTECTIVE_FACTORS: &str = "- Ett starkt föreningsliv: IK Sundholm, Norrbyscenen och två aktiva trossamfund når tillsammans över tusen unga.
- Stigande behörighet till gymnasiet, från 71,5 procent 2016.
- Fler unga i öppen fritidsverksamhet, från 1 150 till 1 640 unika besökare om året.
- Väl etablerad samverkan mellan polis, skola och socialtjänst i SSPF sedan 2019.
- Ett bostadsbolag som investerar i upprustning och anställer unga från området sommartid.";

const SOURCES: &str = "Brottsstatistiken är polisens geokodade anmälningar för Norrby, bearbetade av stadsledningskontoret, och polisens statistik över konstaterade skjutningar. Anmälda brott speglar både brottsligheten och benägenheten att anmäla, och påverkas av polisens egna insatser (till exempel narkotikabrott), som därför inte ingår bland indikatorerna.

Tryggheten mäts med stadens trygghetsundersökning, som skickas vartannat år till ett slumpmässigt urval av 1 200 invånare i Norrby (svarsfrekvens 41 procent 2025, vägd efter kön, ålder och födelseland), och med NTU för kommunen. Skoldata kommer från Skolverket och Utbildningsförvaltningen. Alla tal under fem redovisas inte, för att inga enskilda ska kunna identifieras.

Lägesbilden har stämts av med polisen och med Sundholms universitet, som följeforskar på Sluta skjut.";

const CHALLENGES: &[ChallengeText] = &[
    (
        "Gängkriminalitet och skjutvapenvåld kring Norrby centrum",
        Cat::GangCrime,
        "Två kriminella grupper med förankring i centrum har stått för huvuddelen av det grova våldet. Skjutningarna har minskat kraftigt sedan 2018, men grupperna finns kvar och konflikter kan blossa upp igen.",
        "Unga män 15–30 år i och runt grupperna; boende och verksamma i centrum",
        "Norrby centrum, stationsområdet, Västra parkeringen",
        Trend::Falling,
        1,
    ),
    (
        "Barn och unga rekryteras till kriminella nätverk",
        Cat::YouthAntisocial,
        "Polis och fältassistenter ser att allt yngre, ned till 13–14 år, erbjuds betalda uppdrag via sociala medier: att förvara, sälja eller springa ärenden. Skolfrånvaro och brist på vuxenkontakt är vanliga kännetecken.",
        "Barn och unga 12–17 år, särskilt pojkar med hög skolfrånvaro",
        "Hela Norrby, framför allt kring skolorna och centrum",
        Trend::Rising,
        1,
    ),
    (
        "Otrygghet i offentlig miljö kvällstid",
        Cat::PublicSpaceInsecurity,
        "Var tredje invånare känner sig otrygg ute på kvällen, och andelen har knappt förändrats på tio år trots att brotten minskat. Otryggheten är störst bland kvinnor och äldre och knuten till vissa platser.",
        "Kvinnor, äldre och föräldrar till yngre barn",
        "Gångtunneln vid stationen, Norrbyparken, centrumtorget efter kl. 20",
        Trend::Stable,
        1,
    ),
    (
        "Skadegörelse, bränder och bråk bland unga",
        Cat::YouthAntisocial,
        "Skadegörelse och anlagda bränder har minskat men är fortfarande vanliga helgkvällar, ofta av yngre tonåringar i grupp. Stenkastning mot räddningstjänst förekom senast 2023.",
        "Unga 12–16 år",
        "Skolgårdarna, centrum, Västra parkeringen",
        Trend::Falling,
        2,
    ),
    (
        "Rykten och desinformation efter våldshändelser",
        Cat::Disinformation,
        "Efter varje allvarlig händelse sprids rykten och falska uppgifter i lokala grupper i sociala medier, ibland med namn och bilder på oskyldiga. Det ökar oron och riskerar att leda till hämnd.",
        "Boende, särskilt unga och föräldrar; utpekade personer och familjer",
        "Sociala medier och lokala chattgrupper",
        Trend::Rising,
        2,
    ),
    (
        "Hot och skadegörelse mot trossamfund",
        Cat::HateCrime,
        "Moskén och kyrkan i Norrby har vid flera tillfällen utsatts för klotter med hatbudskap och hotfulla brev, särskilt i samband med uppmärksammade händelser i omvärlden.",
        "Trossamfundens medlemmar och besökare",
        "Moskén på Ekvägen, Norrby kyrka",
        Trend::Stable,
        3,
    ),
];

const INDICATORS: &[IndicatorUse] = &[
    uses(&ind::CRIME_TOTAL, trend(2016, 2025, 14_800.0, 12_100.0)),
    uses(&ind::ASSAULT, trend(2016, 2025, 720.0, 610.0)),
    uses(&ind::VANDALISM, trend(2016, 2025, 2_350.0, 1_640.0)),
    uses(&ind::ROBBERY, trend(2016, 2025, 58.0, 31.0)),
    uses(
        &ind::SHOOTINGS,
        yearly(2016, &[3.0, 6.0, 11.0, 8.0, 4.0, 2.0, 3.0, 1.0, 2.0, 2.0]),
    ),
    uses(&ind::UNSAFE_EVENING, biennial(2015, 2025, 38.0, 35.5)),
    ind::NTU_CITYWIDE,
    uses(&ind::ELIGIBILITY, trend(2016, 2025, 71.5, 76.8)),
    uses(&ind::ABSENCE, trend(2017, 2025, 14.0, 17.5)),
    uses(&ind::LEISURE_VISITORS, trend(2016, 2025, 1_150.0, 1_640.0)),
    uses(&ind::SUMMER_JOBS, trend(2017, 2025, 310.0, 420.0)),
    uses(
        &ind::EXIT_CLIENTS,
        yearly(2018, &[3.0, 6.0, 8.0, 7.0, 9.0, 11.0, 10.0, 12.0]),
    ),
];

/// The advisor's first review asked for a selective answer to insecurity; that measure came later.
const AFTER_REVIEW: &str = "2026-06-03T09:30:00Z";

const MEASURES: &[MeasureUse] = &[
    ongoing(&m::SAFETY_WALKS, &[3], 2017),
    planned(&m::LIGHTING, &[3, 4]).area("Norrby centrum"),
    ongoing(&m::GRAFFITI, &[3, 4], 2019),
    ongoing(&m::CITIZEN_PROMISE, &[1, 3], 2018),
    ongoing(&m::NIGHT_WALKERS, &[3], 2016),
    ongoing(&m::OPEN_LEISURE, &[2, 4], 2015),
    ongoing(&m::PARENTING_ABC, &[2], 2021),
    ongoing(&m::SUMMER_JOBS, &[2], 2014),
    planned(&m::RUMOUR_RESPONSE, &[5, 3]),
    ongoing(&m::INTERFAITH, &[6, 5], 2022),
    ongoing(&m::FIELD_WORKERS, &[1, 2, 4], 2012),
    ongoing(&m::SSPF, &[2], 2019),
    planned(&m::PARENTING_TARGETED, &[2]),
    planned(&m::MENTORING, &[2]),
    ongoing(&m::ATTENDANCE_TEAM, &[2], 2024),
    ongoing(&m::MIDNIGHT_SPORTS, &[4, 2], 2020),
    planned(&m::VICTIM_SUPPORT, &[3, 6]).added_at(AFTER_REVIEW),
    ongoing(&m::GROUP_VIOLENCE, &[1], 2019).area("Norrby och Hamnstaden"),
    ongoing(&m::EXIT_GANG, &[1], 2018),
    ongoing(&m::SOCIAL_TASK_GROUPS, &[1, 2], 2021),
    planned(&m::TRAUMA_SUPPORT, &[1, 5]).added_at(AFTER_REVIEW),
    ongoing(&m::FAMILY_THERAPY, &[2], 2020),
    ongoing(&m::MEDIATION, &[4], 2018),
];

const ROUTINES: &[Routine] = &[
    routines::SHOOTING,
    routines::RECRUITMENT,
    routines::RUMOURS,
    routines::HATE_AGAINST_FAITH,
    routines::THREAT_OFFICIAL,
];

const TERMS: &[TermText] = &[
    terms::EARLY_INTERVENTION,
    terms::SAFETY,
    terms::VULNERABLE_AREA,
    terms::RECRUITMENT,
];

const COMMENTS: &[CommentText] = &[
    CommentText {
        anchor: Anchor::Field(Section::Lagesbild, "cause_analysis"),
        author: ADVISOR,
        text: "Orsaksanalysen är tydlig om riskfaktorerna. Skriv gärna också vad ni tror förklarar att otryggheten inte har följt med brotten nedåt – det är den fråga nämnden kommer att ställa.",
        at: "2026-05-06T10:12:00Z",
        reply_to: None,
        resolved: true,
    },
    CommentText {
        anchor: Anchor::Challenge(3),
        author: ADVISOR,
        text: "Otryggheten har prioritet 1 men möts bara av universella åtgärder. Finns det något för dem som faktiskt har utsatts, till exempel unga som rånats?",
        at: "2026-05-06T10:25:00Z",
        reply_to: None,
        resolved: true,
    },
    CommentText {
        anchor: Anchor::Challenge(3),
        author: ("Anna Lindqvist", "Trygghetssamordnare, Norrby stadsdelsförvaltning"),
        text: "Tack! Vi lägger till stöd till unga brottsutsatta och vittnen tillsammans med Brottsofferjouren, och stöd efter grovt våld.",
        at: "2026-05-14T08:47:00Z",
        reply_to: Some(2),
        resolved: true,
    },
    CommentText {
        anchor: Anchor::Indicator(6),
        author: CITY_STRATEGIST,
        text: "Bra att otryggheten redovisas bredvid skjutningarna med samma tidsperiod. Den jämförelsen vill vi använda i den stadsövergripande sammanställningen.",
        at: "2026-09-10T13:02:00Z",
        reply_to: None,
        resolved: true,
    },
];

pub(super) fn spec() -> PlanSpec {
    PlanSpec {
        unit: UnitSpec {
            key: "norrby",
            name: "Norrby stadsdelsförvaltning",
            kind: UnitKind::District,
        },
        unit_label: "Norrby stadsdelsförvaltning",
        area: "Norrby",
        slug: "norrby-2027",
        title: "Norrby: åtgärdsplan mot brott, hat och våldsbejakande extremism 2027–2030",
        period: Some((2027, 2030)),
        language: Language::Sv,
        decision_body: "Norrby stadsdelsnämnd",
        adoption_date: Some("2026-10-21"),
        team: &[
            ("Anna Lindqvist", "Trygghetssamordnare, processledare för planen"),
            ("Mehmet Aydın", "Enhetschef, barn och unga"),
            ("Erik Johansson", "Analytiker, stadsdelsförvaltningen"),
            ("Fatima Hassan", "Rektor, Norrbyskolan"),
            ("Sara Nilsson", "Kommunpolis, lokalpolisområde Sundholm"),
        ],
        revision: 123,
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
            "Varje halvår (mars och september), och en fördjupad uppföljning inför ny plan hösten 2030.",
            "Åtgärdernas uppföljningsindikatorer jämförs med utgångsvärdena. Trygghetsrådet går igenom lägesbilden med polisen varje kvartal, och ny trygghetsundersökning görs 2027 och 2029.",
            "Trygghetssamordnaren i {enhet}, med analytikern och kommunpolisen",
            "Norrby stadsdelsnämnd och stadsledningskontoret (stadsövergripande sammanställning)",
        ),
        challenges: CHALLENGES,
        indicators: INDICATORS,
        measures: MEASURES,
        routines: ROUTINES,
        comments: COMMENTS,
        history: &[
            (PlanStatus::Submitted, "2026-04-20T13:05:00Z", 88),
            (PlanStatus::InReview, "2026-04-22T08:40:00Z", 89),
            (PlanStatus::ChangesRequested, "2026-05-12T15:20:00Z", 90),
            (PlanStatus::Submitted, "2026-08-31T10:02:00Z", 121),
            (PlanStatus::InReview, "2026-09-02T09:15:00Z", 122),
            (PlanStatus::Approved, "2026-10-22T16:30:00Z", 123),
        ],
    }
}
