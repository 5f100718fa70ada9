//! Utbildningsförvaltningen, the Education Department: the demo's plan written in English, because
//! the department takes part in the Nordic Safe Cities peer review and shares its plan with partner
//! cities. It is about safe and inclusive schools: online hate, disinformation, radicalisation and
//! recruitment reach pupils through the same phones. In review, with the advisor's comments.

use safeplan_model::{
    ChallengeCategory as Cat, Direction, IndicatorKind as Kind, IndicatorUnit as U, Language,
    PlanStatus, Section, Trend, UnitKind,
};

use super::education_measures as m;
use super::{Anchor, ChallengeText, CommentText, LagesbildText, PlanSpec, UnitSpec, ADVISOR_EN};
use crate::demo::indicators::{uses, IndicatorSpec, IndicatorUse, CITY_ABSENCE};
use crate::demo::measures::{ongoing, planned, MeasureUse};
use crate::demo::routines::Routine;
use crate::demo::series::{trend, yearly};
use crate::demo::terms::TermText;

const EXTENT: &str = "The Education Department runs 38 compulsory schools and 6 upper secondary schools with 21 000 pupils. This plan covers what happens in and around them and what reaches pupils online. It is written in English because the department takes part in the Nordic Safe Cities peer review.

Reported violence and threats at school have risen from 74 to 96 reports a year between 2016 and 2025, while vandalism and arson at school premises have fallen from 212 to 148 incidents. The share of pupils in year 9 who feel safe at school has fallen from 86.0 to 80.5 per cent, and 14.5 per cent feel unsafe on the way to or from school, up from 11.0 per cent in 2018.

Online abuse is the fastest-growing problem. In the city's youth survey, 23.5 per cent of young people say they have been subjected to abuse, threats or shared images online in the past year, up from 17.0 per cent in 2018. Schools reported concern about radicalisation 19 times in 2025, against 6 in 2018, mostly about boys drawn towards violent right-wing content online.";

const CONSEQUENCES: &str = "Pupils who do not feel safe learn less and stay away more. High absence, 14.0 per cent of pupils in years 7–9 in 2025, is itself one of the strongest risk factors for leaving school without qualifications and for later offending. Teachers report that conflicts started online continue in the corridor the next morning, and that a handful of pupils spreading hateful content can change the atmosphere of a whole year group.

Staff are affected too: the share who feel safe at work has fallen from 90 to 84 per cent, and threats against teachers make it harder to recruit to the schools that need experienced staff the most.";

const CAUSE_ANALYSIS: &str = "The department's analysis, made with student health services, social services and the police, finds that the problems share causes. Pupils have phones and social media years before adults know what happens there; algorithms push violent and hateful content to boys who search for belonging; and pupils who fail at school or are often absent are the easiest to recruit, whether to a criminal network or an extremist community.

The school is also the strongest protective factor available. A pupil who qualifies for upper secondary school, has one adult they trust and belongs to an activity is far less likely to be drawn in. The plan therefore puts most weight on universal and selective measures that keep pupils in school and learning, with indicated measures for the few who are already involved.";

const RISK_FACTORS: &str = "- High and rising absence, especially after the pandemic years.
- Early, unsupervised access to social media and group chats.
- Violent and hateful content recommended by algorithms.
- Failing grades in year 8 and 9.
- Staff turnover in the schools with the greatest needs.";

const PROTECTIVE_FACTORS: &str = "- Eligibility for upper secondary school, 83.6 per cent in 2025.
- A trusted adult at school and structured after-school activities.
- Established cooperation with social services and the police in SSPF.
- Pupil councils and a youth council that want to take part in safety work.";

const SOURCES: &str = "Police reports with a school as the crime scene, compiled by the department; the property department's records of vandalism; the Schools Inspectorate's school survey and the city's own pupil survey; the city's youth survey; the department's attendance system and the city's staff survey. Reports of concern about radicalisation come from the department's own log: a rise may reflect better detection after staff training as well as more radicalisation. Counts below five are not shown.";

const SCHOOL_INCIDENTS: IndicatorSpec = IndicatorSpec {
    key: "school-incidents",
    name: "Violence and threats at school reported to the police",
    kind: Kind::RecordedCrime,
    unit: U::Count,
    source: "Swedish Police Authority, reports with a school as the crime scene, compiled by the Education Department",
    definition: "Reported assault, unlawful threat and harassment where the crime scene is a municipal school or its schoolyard during school hours.",
    direction: Direction::Down,
    published: (1, "02-15"),
};

const SCHOOL_VANDALISM: IndicatorSpec = IndicatorSpec {
    key: "vandalism-schools",
    name: "Vandalism and arson at school premises",
    kind: Kind::RecordedCrime,
    unit: U::Count,
    source: "Swedish Police Authority and the city's property department (insurance claims)",
    definition: "Reported incidents of vandalism, graffiti and arson at municipal school buildings and schoolyards.",
    direction: Direction::Down,
    published: (1, "02-15"),
};

const PUPILS_SAFE: IndicatorSpec = IndicatorSpec {
    key: "pupils-safe",
    name: "Pupils in year 9 who feel safe at school",
    kind: Kind::PerceivedSafety,
    unit: U::Percent,
    source: "Swedish Schools Inspectorate, school survey; the city's own pupil survey in other years",
    definition: "Share of pupils in year 9 who fully or largely agree with the statement \"I feel safe at school\".",
    direction: Direction::Up,
    published: (0, "09-30"),
};

const STAFF_SAFE: IndicatorSpec = IndicatorSpec {
    key: "staff-safe",
    name: "School staff who feel safe at work",
    kind: Kind::PerceivedSafety,
    unit: U::Percent,
    source: "Sundholm city staff survey, Education Department",
    definition: "Share of school staff who answer 4 or 5 on a five-point scale to \"I feel safe at my workplace\".",
    direction: Direction::Up,
    published: (0, "11-15"),
};

const UNSAFE_WAY: IndicatorSpec = IndicatorSpec {
    key: "unsafe-way",
    name: "Pupils who feel unsafe on the way to or from school",
    kind: Kind::PerceivedSafety,
    unit: U::Percent,
    source: "Sundholm youth survey (year 9 and upper secondary year 2)",
    definition: "Share of pupils who feel fairly or very unsafe on their way to or from school.",
    direction: Direction::Down,
    published: (0, "11-30"),
};

const ONLINE_ABUSE: IndicatorSpec = IndicatorSpec {
    key: "online-abuse",
    name: "Young people subjected to online abuse",
    kind: Kind::RiskOrProtectiveFactor,
    unit: U::Percent,
    source: "Sundholm youth survey (year 9 and upper secondary year 2)",
    definition: "Share who in the past year received abusive comments or threats, or had images spread about them, online or by phone.",
    direction: Direction::Down,
    published: (0, "11-30"),
};

const ELIGIBILITY: IndicatorSpec = IndicatorSpec {
    key: "eligibility",
    name: "Pupils in year 9 eligible for upper secondary vocational programmes",
    kind: Kind::RiskOrProtectiveFactor,
    unit: U::Percent,
    source: "Swedish National Agency for Education (SIRIS), municipal schools",
    definition:
        "Share of pupils leaving year 9 with the pass grades required for a vocational programme.",
    direction: Direction::Up,
    published: (0, "09-30"),
};

const ABSENCE: IndicatorSpec = IndicatorSpec {
    key: "absence",
    name: "Pupils with high absence",
    kind: Kind::RiskOrProtectiveFactor,
    unit: U::Percent,
    source: "Education Department, attendance system of the municipal compulsory schools",
    definition: "Share of pupils in years 7–9 whose total absence, excused and unexcused, exceeded 15 per cent in the spring term.",
    direction: Direction::Down,
    published: (0, "08-31"),
};

const CONCERNS: IndicatorSpec = IndicatorSpec {
    key: "concerns-radicalisation",
    name: "Reports of concern about radicalisation from schools",
    kind: Kind::Activity,
    unit: U::Count,
    source: "Education Department, log kept by the Head of Safety and Learning Environment",
    definition:
        "Number of times a school used the concern routine for violent extremism during the year.",
    direction: Direction::Up,
    published: (1, "01-31"),
};

const MEDIA_LITERACY_PUPILS: IndicatorSpec = IndicatorSpec {
    key: "media-literacy-pupils",
    name: "Pupils who completed the media and information literacy module",
    kind: Kind::Activity,
    unit: U::Count,
    source: "Education Department, school reports",
    definition:
        "Number of pupils in years 6 and 8 who completed the whole module during the school year.",
    direction: Direction::Up,
    published: (0, "07-15"),
};

const INDICATORS: &[IndicatorUse] = &[
    uses(&SCHOOL_INCIDENTS, trend(2016, 2025, 74.0, 96.0)),
    uses(&SCHOOL_VANDALISM, trend(2016, 2025, 212.0, 148.0)),
    uses(&PUPILS_SAFE, trend(2017, 2025, 86.0, 80.5)),
    uses(&STAFF_SAFE, trend(2018, 2025, 90.0, 84.0)),
    uses(&UNSAFE_WAY, trend(2018, 2025, 11.0, 14.5)),
    uses(&ONLINE_ABUSE, trend(2018, 2025, 17.0, 23.5)),
    uses(&ELIGIBILITY, trend(2016, 2025, 82.0, 83.6)),
    uses(&ABSENCE, yearly(2017, CITY_ABSENCE)),
    uses(&CONCERNS, trend(2018, 2025, 6.0, 19.0)),
    uses(&MEDIA_LITERACY_PUPILS, trend(2020, 2025, 400.0, 3_150.0)),
];

const CHALLENGES: &[ChallengeText] = &[
    (
        "Online hate and abuse between pupils",
        Cat::OnlineHate,
        "Threats, abuse and shared images in social media and group chats, which continue in the classroom the next day. Pupils seldom tell an adult.",
        "Pupils in years 5–9 and upper secondary school; girls and LGBTQI pupils are most exposed",
        "Social media, group chats, the schools' digital platforms",
        Trend::Rising,
        1,
    ),
    (
        "Pupils drawn towards violent right-wing extremism online",
        Cat::RightWingExtremism,
        "Boys aged 13–17 meet violent and hateful content through games and video platforms; a few have shared it at school or expressed support for attacks.",
        "Boys in years 7–9 and upper secondary school",
        "Digital environments; a few schools in Västerhöjden and Ekbacka",
        Trend::Rising,
        1,
    ),
    (
        "Disinformation and conspiracy theories reaching pupils",
        Cat::Disinformation,
        "Rumours after violent events and conspiracy theories spread quickly among pupils and sometimes to named classmates.",
        "All pupils; pupils and families singled out by rumours",
        "Social media and group chats",
        Trend::Rising,
        2,
    ),
    (
        "Recruitment of pupils into criminal networks",
        Cat::GangCrime,
        "Pupils as young as 12 are offered paid tasks through social media. Rising absence is often the first sign the school sees.",
        "Pupils aged 12–17, especially boys with high absence",
        "Schools in Norrby and Hamnstaden; online",
        Trend::Rising,
        2,
    ),
    (
        "Violence, threats and vandalism in and around schools",
        Cat::PublicSpaceInsecurity,
        "Reported violence at school has risen while vandalism has fallen; staff and pupils feel less safe than five years ago.",
        "Pupils and staff",
        "Corridors, toilets, schoolyards and routes to school",
        Trend::Stable,
        2,
    ),
];

const MEASURES: &[MeasureUse] = &[
    ongoing(&m::MEDIA_LITERACY, &[3, 1], 2020),
    ongoing(&m::MVP, &[1, 5], 2022),
    planned(&m::PARENT_EVENINGS, &[1, 3]),
    planned(&m::CONTROVERSIAL_ISSUES, &[2, 3]),
    ongoing(&m::STAFF_TRAINING, &[2], 2019),
    ongoing(&m::SAFE_PREMISES, &[5], 2021),
    ongoing(&m::ADULTS_IN_YARD, &[5, 1], 2023),
    planned(&m::SAFE_WAY, &[5]),
    planned(&m::AFTER_SCHOOL_CLUBS, &[4]),
    ongoing(&m::ATTENDANCE_TEAMS, &[4], 2024),
    ongoing(&m::SSPF, &[4], 2016),
    ongoing(&m::ONLINE_HATE_SUPPORT, &[1], 2023),
    planned(&m::COPING_POWER, &[5]),
    ongoing(&m::SUMMER_SCHOOL, &[4], 2018),
    planned(&m::MENTORING, &[4, 2]),
    ongoing(&m::RADICALISATION_ASSESSMENT, &[2], 2018),
    ongoing(&m::EXIT_CONTINUITY, &[2], 2021),
    planned(&m::RETURN_TO_SCHOOL, &[4]),
    ongoing(&m::SOCIAL_TASK_GROUPS, &[4], 2022),
    planned(&m::RESTORATIVE, &[5, 1]),
];

const ROUTINES: &[Routine] = &[
    (
        "Concern that a pupil is being radicalised",
        "The principal, with student health services",
        &[
            "The member of staff who is concerned tells the principal the same day and writes down what the pupil said or did, not interpretations.",
            "The principal files a report of concern with social services if the pupil is under 18, or contacts the city's coordinator against violent extremism.",
            "Student health services meet the pupil and, unless it would increase the risk, the guardians.",
            "Within two weeks the school, social services and, where needed, the police agree whether an individual plan is needed.",
            "The school keeps the pupil in class and names one adult who follows up every week.",
        ],
        "If there is a concrete risk of violence, call the police on 112 at once and inform the department's security officer.",
    ),
    (
        "A shooting or other serious violence near a school",
        "The principal, supported by the department's crisis team",
        &[
            "The principal follows police instructions on whether to keep pupils indoors.",
            "Guardians get a short, factual message the same day, translated into the main languages of the school.",
            "Student health services and the crisis team are present the next morning and offer talks to pupils who saw or heard what happened.",
            "Teachers address rumours in class with facts agreed with the police.",
            "After a week the school reviews absence and follows up pupils who have stayed away.",
        ],
        "For repeated incidents or a threat against a school: the department's crisis team and the city's central crisis management.",
    ),
    (
        "Threats against a teacher or other school staff",
        "The principal, with the department's security officer",
        &[
            "The person threatened tells the principal immediately; if there is acute danger, call 112.",
            "The principal documents the threat and makes sure it is reported to the police.",
            "The security officer assesses the risk and decides on protection, such as changed duties or removing personal details online.",
            "The employee is offered support through occupational health services.",
        ],
        "Threats from pupils' relatives or organised groups are reported to the head of the department and the city's security manager.",
    ),
    (
        "A pupil is targeted by online hate",
        "The school counsellor",
        &[
            "The counsellor helps the pupil save screenshots and report the content to the platform.",
            "Threats, shared intimate images and hate crimes are reported to the police.",
            "The pupil is offered the youth helpline and a follow-up talk within a week.",
            "If classmates are involved, the school starts its procedure against abusive treatment the same day.",
        ],
        "If the abuse continues or includes threats of violence: the principal and social services.",
    ),
];

const TERMS: &[TermText] = &[
    (
        "Early intervention",
        "Support to a pupil at the first signs of problems such as rising absence, before there is a report to social services. The police use the same words for their first contact after an offence; in this plan they mean the school's action.",
    ),
    (
        "Safe school",
        "A school where pupils and staff are free from violence, threats and abusive treatment and feel so, in the building, in the schoolyard, on the way to school and online.",
    ),
    (
        "Violent extremism",
        "Movements, ideologies or milieus that do not accept democracy and use or advocate violence to reach their goals. Holding radical views is not in itself violent extremism.",
    ),
];

const COMMENTS: &[CommentText] = &[
    CommentText {
        anchor: Anchor::Indicator(9),
        author: ADVISOR_EN,
        text: "The rise in reports of concern could mean better detection rather than more radicalisation. Please say so next to the figure, or readers will draw the wrong conclusion.",
        at: "2026-11-10T09:05:00Z",
        reply_to: None,
        resolved: true,
    },
    CommentText {
        anchor: Anchor::Indicator(9),
        author: ("Sofia Larsson", "Head of Safety and Learning Environment"),
        text: "Agreed – we have added it to sources and method, and the staff training measure now explains the link.",
        at: "2026-11-11T13:40:00Z",
        reply_to: Some(1),
        resolved: true,
    },
    CommentText {
        anchor: Anchor::Measure(6),
        author: ADVISOR_EN,
        text: "Camera surveillance at schools needs a data protection impact assessment and a clear policy on who sees the footage. Could you describe that, or refer to the city's policy?",
        at: "2026-11-10T09:22:00Z",
        reply_to: None,
        resolved: false,
    },
    CommentText {
        anchor: Anchor::Section(Section::Responsibilities),
        author: ADVISOR_EN,
        text: "Strong routines. Helsinki and Oslo have similar ones for online hate – worth exchanging at the next network meeting.",
        at: "2026-11-10T09:30:00Z",
        reply_to: None,
        resolved: false,
    },
];

pub(super) fn spec() -> PlanSpec {
    PlanSpec {
        unit: UnitSpec {
            key: "utbildningsforvaltningen",
            name: "Utbildningsförvaltningen",
            kind: UnitKind::Department,
        },
        unit_label: "the Education Department",
        area: "All municipal schools",
        slug: "education-2027",
        title: "Safe and inclusive schools: the Education Department's action plan against crime, hate and violent extremism 2027–2030",
        period: Some((2027, 2030)),
        language: Language::En,
        decision_body: "Education Committee (Utbildningsnämnden)",
        adoption_date: None,
        team: &[
            ("Sofia Larsson", "Head of Safety and Learning Environment"),
            ("Daniel Kim", "Analyst"),
            ("Hanna Åberg", "Principal, Västerhöjd Upper Secondary School"),
            ("Marcus Olsson", "Student health coordinator"),
        ],
        revision: 87,
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
            "Every term for attendance and incidents; the whole plan once a year in October.",
            "Indicators are compared with their baselines, by school where numbers allow without identifying pupils. Principals report their schools' safety work in the annual quality report.",
            "The Head of Safety and Learning Environment and the analyst at {enhet}",
            "The Education Committee, and the city executive office for the city-wide summary",
        ),
        challenges: CHALLENGES,
        indicators: INDICATORS,
        measures: MEASURES,
        routines: ROUTINES,
        comments: COMMENTS,
        history: &[
            (PlanStatus::Submitted, "2026-10-28T11:15:00Z", 84),
            (PlanStatus::InReview, "2026-11-04T08:30:00Z", 85),
        ],
    }
}
