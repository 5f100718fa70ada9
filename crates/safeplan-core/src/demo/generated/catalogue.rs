//! What the generated city's plans choose from: the shared measure catalogue with the challenge
//! categories each measure answers, the names different units give the same method, and the names
//! they give the same partner. Look-alike measures and partners under slightly different names are
//! the point: the city view must find them, so the generator must make them.

use safeplan_model::ChallengeCategory as Cat;

use super::super::measures::*;

/// A catalogue measure, the categories it answers (best first) and the titles units give it
/// (empty: every unit uses the catalogue title). `{område}` is the unit's area.
pub(super) struct Method {
    pub key: &'static str,
    pub spec: &'static MeasureSpec,
    pub answers: &'static [Cat],
    pub titles: &'static [&'static str],
}

const fn method(
    key: &'static str,
    spec: &'static MeasureSpec,
    answers: &'static [Cat],
    titles: &'static [&'static str],
) -> Method {
    Method {
        key,
        spec,
        answers,
        titles,
    }
}

const EXTREMISM: &[Cat] = &[
    Cat::RightWingExtremism,
    Cat::IslamistExtremism,
    Cat::LeftWingExtremism,
    Cat::LoneActors,
];

pub(super) const METHODS: &[Method] = &[
    method(
        "trygghetsvandring",
        &SAFETY_WALKS,
        &[Cat::PublicSpaceInsecurity],
        &[
            "Trygghetsvandringar",
            "Trygghetsvandringar med boende",
            "Trygghetsvandring i {område}",
        ],
    ),
    method("belysning", &LIGHTING, &[Cat::PublicSpaceInsecurity], &[]),
    method(
        "klotter",
        &GRAFFITI,
        &[Cat::PublicSpaceInsecurity, Cat::YouthAntisocial, Cat::Other],
        &[],
    ),
    method(
        "kallkritik",
        &MEDIA_LITERACY,
        &[Cat::Disinformation, Cat::OnlineHate],
        &[
            "Källkritik och digital kompetens i skolan",
            "Källkritik i skolan",
        ],
    ),
    method(
        "information",
        &RUMOUR_RESPONSE,
        &[Cat::Disinformation, Cat::Other],
        &[],
    ),
    method(
        "medborgarlofte",
        &CITIZEN_PROMISE,
        &[Cat::PublicSpaceInsecurity, Cat::GangCrime],
        &[],
    ),
    method("fritid", &OPEN_LEISURE, &[Cat::YouthAntisocial], &[]),
    method(
        "mvp",
        &MVP,
        &[Cat::YouthAntisocial, Cat::HateCrime],
        &[
            "Mentorer i våldsprevention (MVP) i högstadiet",
            "MVP – Mentorer i våldsprevention",
        ],
    ),
    method("abc", &PARENTING_ABC, &[Cat::YouthAntisocial], &[]),
    method(
        "feriejobb",
        &SUMMER_JOBS,
        &[Cat::YouthAntisocial, Cat::GangCrime],
        &[
            "Feriejobb för unga",
            "Sommarjobb för ungdomar",
            "Feriearbete för unga i {område}",
        ],
    ),
    method(
        "nattvandring",
        &NIGHT_WALKERS,
        &[Cat::PublicSpaceInsecurity, Cat::YouthAntisocial],
        &[
            "Vuxna på stan: nattvandring och kvällsvärdar",
            "Nattvandring",
            "Nattvandrare i {område}",
        ],
    ),
    method(
        "interreligiost",
        &INTERFAITH,
        &[Cat::HateCrime, Cat::IslamistExtremism],
        &[],
    ),
    method("personal-vbe", &STAFF_TRAINING, EXTREMISM, &[]),
    method(
        "faltassistenter",
        &FIELD_WORKERS,
        &[Cat::YouthAntisocial, Cat::GangCrime],
        &[
            "Fältassistenter i uppsökande arbete",
            "Fältassistenter",
            "Uppsökande fältarbete i {område}",
        ],
    ),
    method(
        "sspf",
        &SSPF,
        &[Cat::YouthAntisocial, Cat::GangCrime],
        &[
            "SSPF: samverkan skola, socialtjänst, polis och fritid",
            "SSPF",
            "Samverkan skola–socialtjänst–polis–fritid (SSPF)",
        ],
    ),
    method("komet", &PARENTING_TARGETED, &[Cat::YouthAntisocial], &[]),
    method(
        "mentorskap",
        &MENTORING,
        &[Cat::GangCrime, Cat::YouthAntisocial],
        &[],
    ),
    method(
        "nathat-stod",
        &ONLINE_HATE_SUPPORT,
        &[Cat::OnlineHate, Cat::HateCrime],
        &[],
    ),
    method(
        "kvallsidrott",
        &MIDNIGHT_SPORTS,
        &[Cat::YouthAntisocial],
        &[],
    ),
    method(
        "skolnarvaro",
        &ATTENDANCE_TEAM,
        &[Cat::YouthAntisocial],
        &[],
    ),
    method(
        "brottsutsatta",
        &VICTIM_SUPPORT,
        &[Cat::HateCrime, Cat::GangCrime],
        &[],
    ),
    method("anhoriga-vbe", &RADICALISATION_FAMILY, EXTREMISM, &[]),
    method(
        "sluta-skjut",
        &GROUP_VIOLENCE,
        &[Cat::GangCrime],
        &[
            "Sluta skjut",
            "Sluta skjut: gruppvåldsintervention (GVI)",
            "Sluta skjut i {område}",
            "GVI – Sluta skjut",
        ],
    ),
    method("avhoppare", &EXIT_GANG, &[Cat::GangCrime], &[]),
    method("exit", &EXIT_EXTREMISM, EXTREMISM, &[]),
    method(
        "sig",
        &SOCIAL_TASK_GROUPS,
        &[Cat::GangCrime, Cat::YouthAntisocial],
        &[],
    ),
    method("mst", &FAMILY_THERAPY, &[Cat::YouthAntisocial], &[]),
    method(
        "medling",
        &MEDIATION,
        &[Cat::YouthAntisocial, Cat::HateCrime],
        &[],
    ),
    method("oro-radikalisering", &RISK_ASSESSMENT, EXTREMISM, &[]),
    method("hamndprevention", &TRAUMA_SUPPORT, &[Cat::GangCrime], &[]),
];

/// The names units give one registry partner (the Sundholm registry's key). `{område}` is the
/// unit's area, `{stad}` the city's short name. Partners not listed keep the registry's name, or
/// its part before the first comma.
pub(super) const PARTNER_NAMES: &[(&str, &[&str])] = &[
    (
        "polisen",
        &[
            "Polisen",
            "Polisen lokalpolisområde {område}",
            "Polisen, lokalpolisområde {område}",
            "Polismyndigheten",
            "Kommunpolisen i {område}",
        ],
    ),
    (
        "kriminalvarden",
        &[
            "Kriminalvården",
            "Kriminalvården, frivården {stad}",
            "Kriminalvården frivård",
        ],
    ),
    (
        "region",
        &[
            "Region {stad}",
            "Region {stad}, hälso- och sjukvård",
            "Region {stad} hälso- och sjukvården",
        ],
    ),
    (
        "sundholmshem",
        &["{stad}shem AB", "{stad}shem", "Bostadsbolaget {stad}shem"],
    ),
    (
        "utbildningsforvaltningen",
        &[
            "Utbildningsförvaltningen",
            "Utbildningsförvaltningen, {stad}s stad",
            "Utbildningsförvaltningen {stad}",
        ],
    ),
    (
        "socialforvaltningen",
        &["Socialförvaltningen", "Socialförvaltningen, {stad}s stad"],
    ),
];

/// The districts of the generated city (fictional names). Beyond these, names are made with a
/// point of the compass.
pub(super) const DISTRICTS: &[&str] = &[
    "Bergvik",
    "Dalby",
    "Ekudden",
    "Fjärdhamn",
    "Granbacka",
    "Höglunda",
    "Kvarnby",
    "Lindö",
    "Mälarudden",
    "Norrtorp",
    "Sjövik",
    "Tallåsen",
    "Ängsvik",
];

pub(super) const COMPASS: &[&str] = &["Norra", "Södra", "Östra", "Västra", "Övre", "Nedre"];

/// The specialist departments, each a plan of its own for the whole city.
pub(super) const DEPARTMENTS: &[&str] = &[
    "Socialförvaltningen",
    "Utbildningsförvaltningen",
    "Kulturförvaltningen",
    "Idrottsförvaltningen",
    "Stadsmiljöförvaltningen",
    "Arbetsmarknadsförvaltningen",
    "Fastighetskontoret",
    "Äldreförvaltningen",
];

/// Invented people who write the plans.
pub(super) const PEOPLE: &[&str] = &[
    "Amira Hassan",
    "Björn Lindqvist",
    "Camilla Ek",
    "David Osman",
    "Elin Sandberg",
    "Farid Karimi",
    "Greta Nyström",
    "Hanna Öberg",
    "Ivan Petrović",
    "Johanna Wikström",
    "Karin Lund",
    "Leo Mäkinen",
];
