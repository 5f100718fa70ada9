//! The Education Department's measures, written in English like the rest of its plan. They overlap
//! with the Swedish catalogue in substance, but are told from the school's side: what the school
//! does, with whom, and how it will know it worked. `{enhet}` is "the Education Department".

use safeplan_model::{
    CapitalCodeTheme as Theme, EffectTerm, EvidenceLevel, PartnerRole as Role, PreventionLevel,
};

use crate::demo::measures::MeasureSpec;

const UNIVERSAL: PreventionLevel = PreventionLevel::Universal;
const SELECTIVE: PreventionLevel = PreventionLevel::Selective;
const INDICATED: PreventionLevel = PreventionLevel::Indicated;

pub(super) const MEDIA_LITERACY: MeasureSpec = MeasureSpec {
    title: "Media and information literacy in years 6 and 8",
    description: "Every pupil in years 6 and 8 works through a shared module on source criticism, manipulated images, recommendation algorithms and how disinformation spreads after a violent event. School librarians co-teach it, and teachers get two days of training before they start.",
    level: UNIVERSAL,
    themes: &[Theme::Disinformation, Theme::OnlineHate],
    owner: "Compulsory School Division, {enhet}",
    partners: &[("folkbildning", Role::Partner), ("universitetet", Role::Partner)],
    target_group: "Pupils in years 6 and 8 and their teachers",
    area: "All municipal compulsory schools",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Nordic and US studies show better ability to judge credibility after teaching of this kind; effects on behaviour over time are less well known. The university evaluates the module.",
    effect_term: EffectTerm::Long,
    effect: "Pupils who recognise disinformation and hate online and choose not to spread it.",
    follow_up: &["media-literacy-pupils", "online-abuse"],
    yearly_budget: Some(450_000),
};

pub(super) const MVP: MeasureSpec = MeasureSpec {
    title: "Mentors in Violence Prevention (MVP)",
    description: "Pupils in year 8 learn to act as active bystanders when a classmate is subjected to violence, threats or abuse, at school and online. Older pupils lead the sessions, supported by trained staff; the programme addresses norms about masculinity and violence.",
    level: UNIVERSAL,
    themes: &[Theme::YouthInclusion, Theme::OnlineHate],
    owner: "Student Health Services, {enhet}",
    partners: &[("tjejjouren", Role::Partner)],
    target_group: "Pupils in year 8 and their mentors",
    area: "All municipal lower secondary schools",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Evaluated in the United States and in Swedish schools with promising results on attitudes and bystander behaviour.",
    effect_term: EffectTerm::Long,
    effect: "More pupils who speak up against violence and abuse, and safer schools.",
    follow_up: &["pupils-safe", "online-abuse"],
    yearly_budget: Some(600_000),
};

pub(super) const PARENT_EVENINGS: MeasureSpec = MeasureSpec {
    title: "Parent evenings on young people's digital lives",
    description: "Each school holds a parent evening in years 5 and 7 on what pupils meet online: group chats, online abuse, recruitment attempts and disinformation. Sessions are interpreted into Arabic, Somali and Tigrinya, and a short film is available afterwards.",
    level: UNIVERSAL,
    themes: &[Theme::OnlineHate, Theme::Disinformation],
    owner: "Compulsory School Division, {enhet}",
    partners: &[("folkbildning", Role::Lead), ("polisen", Role::Partner)],
    target_group: "Parents of pupils in years 5 and 7",
    area: "All municipal compulsory schools",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Parents' involvement is a protective factor; information alone has limited effect, so the evenings point parents to concrete support.",
    effect_term: EffectTerm::Short,
    effect: "Parents who know what their children meet online and where to turn.",
    follow_up: &["online-abuse"],
    yearly_budget: Some(120_000),
};

pub(super) const CONTROVERSIAL_ISSUES: MeasureSpec = MeasureSpec {
    title: "Teaching controversial issues and handling conspiracy theories",
    description: "Teachers of social studies, history and religion are trained to hold open classroom discussions on controversial issues, to meet conspiracy theories with questions rather than confrontation, and to recognise when a pupil's views call for the concern routine.",
    level: UNIVERSAL,
    themes: &[Theme::Disinformation, Theme::YouthInclusion],
    owner: "Upper Secondary Division, {enhet}",
    partners: &[("cve", Role::Partner), ("universitetet", Role::Partner)],
    target_group: "Teachers in years 7–9 and upper secondary school",
    area: "All municipal schools",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Builds on Council of Europe guidance on teaching controversial issues and the Swedish Living History Forum's material.",
    effect_term: EffectTerm::Long,
    effect: "Classrooms where pupils can test views safely, and fewer who retreat into closed online communities.",
    follow_up: &["concerns-radicalisation", "pupils-safe"],
    yearly_budget: Some(250_000),
};

pub(super) const STAFF_TRAINING: MeasureSpec = MeasureSpec {
    title: "Training all staff in the concern routine for violent extremism",
    description: "All school staff, including substitutes and after-school staff, complete a short course on what radicalisation can look like, what is concern and what is opinion, and how the city's routine works. New staff take it in their first term.",
    level: UNIVERSAL,
    themes: &[Theme::OnlineHate],
    owner: "Head of Safety and Learning Environment, {enhet}",
    partners: &[("cve", Role::Partner), ("socialforvaltningen", Role::Partner)],
    target_group: "All school staff",
    area: "All municipal schools",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "A precondition for concerns to be noticed and handled consistently; the effect on radicalisation itself cannot be measured directly.",
    effect_term: EffectTerm::Short,
    effect: "Staff who recognise warning signs and know whom to call.",
    follow_up: &["concerns-radicalisation"],
    yearly_budget: Some(180_000),
};

pub(super) const SAFE_PREMISES: MeasureSpec = MeasureSpec {
    title: "Safer school premises: lighting, entrances and sight lines",
    description: "Each school's premises are reviewed with the city's property department: outdoor lighting, locked entrances during lessons, sight lines across the schoolyard and quick repair of damage. Camera surveillance is used only where vandalism is repeated and after an impact assessment.",
    level: UNIVERSAL,
    themes: &[],
    owner: "Premises Unit, {enhet}",
    partners: &[("polisen", Role::Partner)],
    target_group: "Pupils and staff; neighbours using the schoolyard in the evening",
    area: "All municipal schools, starting with the ten with most vandalism",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Situational prevention reduces vandalism and arson at schools according to Brå's studies of school fires.",
    effect_term: EffectTerm::Short,
    effect: "Less vandalism and arson, and staff who feel safer at work.",
    follow_up: &["vandalism-schools", "staff-safe"],
    yearly_budget: Some(2_200_000),
};

pub(super) const ADULTS_IN_YARD: MeasureSpec = MeasureSpec {
    title: "More adults in corridors and schoolyards",
    description: "Break-time supervision is scheduled so that adults are present where pupils say they feel unsafe: toilets, changing rooms and the edges of the schoolyard. Pupils mark those places on a map each autumn.",
    level: UNIVERSAL,
    themes: &[Theme::YouthInclusion],
    owner: "School principals, {enhet}",
    partners: &[("ungdomsradet", Role::Partner)],
    target_group: "All pupils",
    area: "All municipal compulsory schools",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Swedish school inspections link adult presence to pupils' sense of safety; pupils' own maps make supervision targeted.",
    effect_term: EffectTerm::Short,
    effect: "Fewer places at school where pupils feel unsafe.",
    follow_up: &["pupils-safe", "school-incidents"],
    yearly_budget: None,
};

pub(super) const SAFE_WAY: MeasureSpec = MeasureSpec {
    title: "A safe way to and from school",
    description: "Schools, the police and Sundholmshem walk the routes pupils take with pupil representatives, and agree on lighting, adult presence at the worst times and quick information to parents after incidents on the way.",
    level: UNIVERSAL,
    themes: &[Theme::SafeCityAlliances],
    owner: "Head of Safety and Learning Environment, {enhet}",
    partners: &[("polisen", Role::Partner), ("sundholmshem", Role::Partner), ("nattvandrarna", Role::Partner)],
    target_group: "Pupils in years 4–9 and their parents",
    area: "Schools in Norrby, Hamnstaden and Västerhöjden",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Adapted from safety walks in residential areas; effect not evaluated.",
    effect_term: EffectTerm::Short,
    effect: "Fewer pupils who feel unsafe on the way to school.",
    follow_up: &["unsafe-way"],
    yearly_budget: Some(90_000),
};

pub(super) const AFTER_SCHOOL_CLUBS: MeasureSpec = MeasureSpec {
    title: "After-school clubs for years 4–6",
    description: "Open after-school clubs with sport, music and homework help in the schools' own premises until six in the evening, run with local associations, so that the years between leisure-time centre and youth centre are not left empty.",
    level: UNIVERSAL,
    themes: &[Theme::YouthInclusion],
    owner: "Compulsory School Division, {enhet}",
    partners: &[("ik-sundholm", Role::Partner), ("norrbyscenen", Role::Partner)],
    target_group: "Pupils in years 4–6",
    area: "Schools in Norrby, Västerhöjden and Sjöstaden",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Structured activities with adults are a protective factor at the age when recruitment attempts start.",
    effect_term: EffectTerm::Long,
    effect: "More children with a structured afternoon and adult contact, and better attendance.",
    follow_up: &["absence"],
    yearly_budget: Some(1_500_000),
};

pub(super) const ATTENDANCE_TEAMS: MeasureSpec = MeasureSpec {
    title: "Attendance teams for pupils with rising absence",
    description: "A counsellor, a special needs teacher and a social worker act within two weeks when a pupil's absence starts to rise, meeting the family at home when needed. Schools no longer wait until absence is long-term.",
    level: SELECTIVE,
    themes: &[],
    owner: "Compulsory School Division, {enhet}",
    partners: &[("socialforvaltningen", Role::Partner), ("region", Role::Partner)],
    target_group: "Pupils in years 4–9 with rising absence, and their families",
    area: "All municipal compulsory schools",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Early, coordinated action on absence is supported by the Swedish National Agency for Education's research reviews; absence is one of the strongest risk factors for later offending.",
    effect_term: EffectTerm::Long,
    effect: "Lower absence and more pupils eligible for upper secondary school.",
    follow_up: &["absence", "eligibility"],
    yearly_budget: Some(3_800_000),
};

pub(super) const SSPF: MeasureSpec = MeasureSpec {
    title: "Schools in SSPF (school, social services, police, leisure)",
    description: "Every school names a contact for SSPF. When a pupil is heading towards crime, the school raises it and takes part in the joint plan, with the pupil's and guardians' consent, and follows up at three and six months.",
    level: SELECTIVE,
    themes: &[Theme::SafeCityAlliances],
    owner: "School principals, {enhet}",
    partners: &[("socialforvaltningen", Role::Lead), ("polisen", Role::Partner)],
    target_group: "Pupils aged 12–18 with early signs of offending",
    area: "All municipal schools",
    evidence: EvidenceLevel::Promising,
    evidence_note: "SSPF is used in about a hundred Swedish municipalities; it improves coordination, but its effect on offending has not been tested in controlled studies.",
    effect_term: EffectTerm::Short,
    effect: "Joint support within four weeks of the first concern.",
    follow_up: &["absence", "school-incidents"],
    yearly_budget: None,
};

pub(super) const ONLINE_HATE_SUPPORT: MeasureSpec = MeasureSpec {
    title: "Support for pupils targeted by online hate",
    description: "Pupils subjected to threats, abuse or shared images online get help from the school counsellor to document, report and get content removed, and a direct referral to the youth helpline for someone to talk to in the evening.",
    level: SELECTIVE,
    themes: &[Theme::OnlineHate],
    owner: "Student Health Services, {enhet}",
    partners: &[("tjejjouren", Role::Lead), ("brottsofferjouren", Role::Partner)],
    target_group: "Pupils targeted by online hate, and their parents",
    area: "All municipal schools",
    evidence: EvidenceLevel::Untested,
    evidence_note: "Based on the helplines' experience; followed up with a short survey of pupils who received support.",
    effect_term: EffectTerm::Short,
    effect: "More pupils who report online hate and get content removed.",
    follow_up: &["online-abuse"],
    yearly_budget: Some(200_000),
};

pub(super) const COPING_POWER: MeasureSpec = MeasureSpec {
    title: "Small-group programme for pupils with aggressive behaviour",
    description: "Pupils in years 4–6 who often end up in fights take part in a structured group programme on anger, problem solving and friendship (Coping Power), with parallel sessions for their parents.",
    level: SELECTIVE,
    themes: &[],
    owner: "Student Health Services, {enhet}",
    partners: &[("region", Role::Partner)],
    target_group: "Pupils in years 4–6 with aggressive behaviour",
    area: "Schools in Norrby and Hamnstaden",
    evidence: EvidenceLevel::Tested,
    evidence_note: "Coping Power has reduced aggressive behaviour in randomised trials in the United States and the Netherlands, and has been tried in Swedish schools.",
    effect_term: EffectTerm::Long,
    effect: "Less violence at school and better relationships with classmates.",
    follow_up: &["school-incidents", "pupils-safe"],
    yearly_budget: Some(500_000),
};

pub(super) const SUMMER_SCHOOL: MeasureSpec = MeasureSpec {
    title: "Summer school for pupils at risk of not qualifying",
    description: "Pupils in years 8 and 9 who risk missing a pass grade in Swedish, English or mathematics are offered two weeks of intensive teaching in June, in small groups with experienced teachers.",
    level: SELECTIVE,
    themes: &[Theme::YouthInclusion],
    owner: "Compulsory School Division, {enhet}",
    partners: &[("folkbildning", Role::Partner)],
    target_group: "Pupils in years 8–9 at risk of not qualifying for upper secondary school",
    area: "All municipal compulsory schools",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Swedish follow-ups of summer schools show more pupils reaching a pass grade; eligibility for upper secondary school is a strong protective factor.",
    effect_term: EffectTerm::Short,
    effect: "More pupils eligible for upper secondary school.",
    follow_up: &["eligibility"],
    yearly_budget: Some(1_100_000),
};

pub(super) const RADICALISATION_ASSESSMENT: MeasureSpec = MeasureSpec {
    title: "Structured assessment and an individual plan when a pupil may be radicalising",
    description: "When the concern routine is used, the principal, student health and social services meet within two weeks. With the police's contact person when needed, they agree an individual plan that keeps the pupil in school and connects them with trusted adults.",
    level: INDICATED,
    themes: &[Theme::OnlineHate],
    owner: "Head of Safety and Learning Environment, {enhet}",
    partners: &[("socialforvaltningen", Role::Lead), ("polisen", Role::Partner), ("cve", Role::Partner)],
    target_group: "Pupils about whom concern for radicalisation has been reported",
    area: "All municipal schools",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Structured assessment is recommended by the Swedish Centre for Preventing Violent Extremism; tools support judgement and do not predict violence.",
    effect_term: EffectTerm::Short,
    effect: "Every concern handled quickly and in the same way, and pupils kept in school.",
    follow_up: &["concerns-radicalisation"],
    yearly_budget: None,
};

pub(super) const EXIT_CONTINUITY: MeasureSpec = MeasureSpec {
    title: "Keeping pupils in school while they leave an extremist milieu",
    description: "Pupils who receive the city's exit support keep a named teacher and an adjusted timetable, and can change school without losing their place if their safety requires it.",
    level: INDICATED,
    themes: &[Theme::OnlineHate],
    owner: "Upper Secondary Division, {enhet}",
    partners: &[("socialforvaltningen", Role::Partner), ("cve", Role::Partner)],
    target_group: "Pupils in the city's exit support for violent extremism",
    area: "All municipal schools",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Exit programmes name education and a daily structure as central to a lasting exit.",
    effect_term: EffectTerm::Long,
    effect: "Exits that last, because school gives a new everyday life.",
    follow_up: &["concerns-radicalisation", "absence"],
    yearly_budget: Some(150_000),
};

pub(super) const RETURN_TO_SCHOOL: MeasureSpec = MeasureSpec {
    title: "Return-to-school plans after custody or placement",
    description: "Pupils coming back from youth custody, secure care or an emergency placement get a plan before their first day: which class, which adults, which subjects first, and how the school and social services will keep in contact.",
    level: INDICATED,
    themes: &[],
    owner: "Compulsory School Division, {enhet}",
    partners: &[("socialforvaltningen", Role::Partner), ("kriminalvarden", Role::Partner)],
    target_group: "Pupils returning from custody, secure care or placement",
    area: "All municipal schools",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Broken schooling is a common thread among young people who reoffend; a planned return is recommended by the National Board of Institutional Care.",
    effect_term: EffectTerm::Long,
    effect: "Returning pupils who stay in school and do not reoffend.",
    follow_up: &["absence"],
    yearly_budget: Some(300_000),
};

pub(super) const RESTORATIVE: MeasureSpec = MeasureSpec {
    title: "Restorative meetings after violence at school",
    description: "After a fight or threat between pupils, a trained member of staff leads a restorative meeting with those involved once the immediate situation is safe, so that the harm is named and the conflict does not continue outside school or online.",
    level: INDICATED,
    themes: &[Theme::YouthInclusion],
    owner: "Student Health Services, {enhet}",
    partners: &[("brottsofferjouren", Role::Partner)],
    target_group: "Pupils involved in violence or threats at school",
    area: "All municipal compulsory schools",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Restorative practice in schools shows reduced repeat conflicts in several international studies, with mixed results on exclusions.",
    effect_term: EffectTerm::Short,
    effect: "Fewer conflicts that flare up again and fewer reports of violence at school.",
    follow_up: &["school-incidents"],
    yearly_budget: Some(160_000),
};

pub(super) const MENTORING: MeasureSpec = MeasureSpec {
    title: "Mentoring with role models from sport",
    description: "Pupils whom the school sees drifting towards trouble are matched with an adult mentor from a sports club, meeting weekly for a school year. Mentors are trained and supervised by social services, and the school keeps the mentor informed about attendance with consent.",
    level: SELECTIVE,
    themes: &[Theme::YouthInclusion],
    owner: "Student Health Services, {enhet}",
    partners: &[("ik-sundholm", Role::Lead), ("boxning", Role::Partner)],
    target_group: "Pupils aged 12–16 at risk of exclusion or offending",
    area: "Schools in Norrby, Hamnstaden and Västerhöjden",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Mentoring with regular meetings over a long period has moderate positive effects on problem behaviour in international reviews.",
    effect_term: EffectTerm::Long,
    effect: "A stable adult relationship, better attendance and less risk of being drawn into criminal groups.",
    follow_up: &["absence", "eligibility"],
    yearly_budget: Some(400_000),
};

pub(super) const SOCIAL_TASK_GROUPS: MeasureSpec = MeasureSpec {
    title: "Schools in social task groups (SIG)",
    description: "For pupils already involved in crime or criminal groups, the school takes part in the social task group's individual plan: a realistic timetable, a named adult and quick contact with the coordinator when the pupil stays away.",
    level: INDICATED,
    themes: &[],
    owner: "School principals, {enhet}",
    partners: &[("socialforvaltningen", Role::Lead), ("polisen", Role::Partner)],
    target_group: "Pupils aged 15–20 in or at risk of joining criminal networks",
    area: "All municipal schools",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Follow-ups by the police and social services show participants more often continue in education; controlled studies are lacking.",
    effect_term: EffectTerm::Short,
    effect: "Participants who stay in school and reoffend less.",
    follow_up: &["absence", "school-incidents"],
    yearly_budget: None,
};
