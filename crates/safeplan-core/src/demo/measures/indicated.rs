//! Indicated prevention: measures for individuals already showing risk behaviour, and exits.

use safeplan_model::{
    CapitalCodeTheme as Theme, EffectTerm, EvidenceLevel, PartnerRole as Role, PreventionLevel,
};

use super::MeasureSpec;

pub(in crate::demo) const GROUP_VIOLENCE: MeasureSpec = MeasureSpec {
    title: "Sluta skjut: gruppvåldsintervention (GVI)",
    description: "Polisen, staden och Kriminalvården kallar medlemmar i de grupper som står för det grova våldet till samtal. Budskapet är tvådelat: våldet ska upphöra, och den som vill lämna får hjälp direkt. Skjuter någon i gruppen riktas kontrollen mot hela gruppen. Bakom erbjudandet står avhopparverksamheten, arbetsmarknadsinsatser och boende.",
    level: PreventionLevel::Indicated,
    themes: &[Theme::SafeCityAlliances],
    owner: "Socialförvaltningen, enheten för unga vuxna i kriminalitet",
    partners: &[
        ("polisen", Role::Lead),
        ("kriminalvarden", Role::Partner),
        ("universitetet", Role::Partner),
        ("forsamling", Role::Partner),
    ],
    target_group: "Unga män 15–30 år i kriminella grupper med koppling till skjutningar",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Group Violence Intervention har i amerikanska utvärderingar minskat grovt våld med upp till en tredjedel. I Malmö föll skjutningarna från 65 (2017) till 20 (2020) under Sluta skjut, men effekten går inte att skilja från andra insatser.",
    effect_term: EffectTerm::Short,
    effect: "Färre skjutningar och grova våldsbrott inom ett år, och fler som tar emot erbjudandet om att lämna.",
    follow_up: &["skjutningar", "avhoppare", "misshandel"],
    yearly_budget: Some(2_500_000),
};

pub(in crate::demo) const EXIT_GANG: MeasureSpec = MeasureSpec {
    title: "Avhopparverksamhet för den som vill lämna kriminella nätverk",
    description: "Den som vill lämna en kriminell grupp får en kontaktperson, skydd vid behov, tillfälligt boende, hjälp med skulder och en väg till utbildning eller arbete. Arbetet sker i samverkan med polisen och Kriminalvården och pågår så länge det behövs, ofta ett till två år.",
    level: PreventionLevel::Indicated,
    themes: &[],
    owner: "Socialförvaltningen, avhopparverksamheten",
    partners: &[
        ("polisen", Role::Partner),
        ("kriminalvarden", Role::Partner),
        ("sundholmshem", Role::Partner),
    ],
    target_group: "Personer från 15 år som vill lämna en kriminell miljö",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Brå bedömer avhopparverksamhet som angelägen men svår att utvärdera; framgång förutsätter boende och sysselsättning.",
    effect_term: EffectTerm::Long,
    effect: "Personer som lämnar kriminaliteten för gott, och nätverk som tappar medlemmar.",
    follow_up: &["avhoppare", "skjutningar"],
    yearly_budget: Some(1_600_000),
};

pub(in crate::demo) const EXIT_EXTREMISM: MeasureSpec = MeasureSpec {
    title: "Exit-stöd för den som vill lämna en våldsbejakande extremistisk miljö",
    description: "Personer som vill lämna en våldsbejakande högerextrem, vänsterextrem eller islamistisk miljö får individuellt stöd från en handläggare med erfarenhet av avhopp, med stöd av CVE. Stödet omfattar samtal, kontakt med anhöriga, praktiska frågor och skydd.",
    level: PreventionLevel::Indicated,
    themes: &[Theme::OnlineHate],
    owner: "Samordnaren mot våldsbejakande extremism, Sundholms stad",
    partners: &[("cve", Role::Partner), ("polisen", Role::Partner), ("kriminalvarden", Role::Partner)],
    target_group: "Personer i eller på väg in i en våldsbejakande extremistisk miljö",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Exit-verksamheter i Norden och Tyskland har lång erfarenhet; systematiska effektstudier saknas.",
    effect_term: EffectTerm::Long,
    effect: "Personer som lämnar våldsbejakande miljöer, och färre som rekryteras via dem.",
    follow_up: &["oro-radikalisering", "hatbrott", "krankning-natet"],
    yearly_budget: Some(500_000),
};

pub(in crate::demo) const SOCIAL_TASK_GROUPS: MeasureSpec = MeasureSpec {
    title: "Sociala insatsgrupper (SIG)",
    description: "För unga som redan begår brott eller finns i kriminella grupper samlas socialtjänst, polis, skola och andra kring en individuell plan med en samordnare. Med samtycke delar myndigheterna information och insatserna följs upp varje månad.",
    level: PreventionLevel::Indicated,
    themes: &[],
    owner: "Enheten för barn och unga, {enhet}",
    partners: &[
        ("polisen", Role::Partner),
        ("utbildningsforvaltningen", Role::Partner),
        ("region", Role::Partner),
    ],
    target_group: "Unga 15–25 år som begår brott eller riskerar att rekryteras till kriminella nätverk",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Polisens och socialtjänstens uppföljningar visar att deltagare oftare går till utbildning eller arbete; kontrollerade studier saknas.",
    effect_term: EffectTerm::Short,
    effect: "Färre återfall i brott bland deltagarna och fler i utbildning eller arbete.",
    follow_up: &["avhoppare", "misshandel", "ran"],
    yearly_budget: Some(1_100_000),
};

pub(in crate::demo) const FAMILY_THERAPY: MeasureSpec = MeasureSpec {
    title: "Multisystemisk terapi (MST) för familjer",
    description: "Familjer med tonåringar som har allvarliga beteendeproblem och tidig brottslighet får intensivt stöd i hemmet under fyra till fem månader. Terapeuten arbetar med familjen, skolan och kamratkretsen och är nåbar dygnet runt.",
    level: PreventionLevel::Indicated,
    themes: &[],
    owner: "Familjeenheten, {enhet}",
    partners: &[("region", Role::Partner), ("utbildningsforvaltningen", Role::Partner)],
    target_group: "Unga 12–17 år med allvarligt normbrytande beteende, och deras familjer",
    area: "{område}",
    evidence: EvidenceLevel::Tested,
    evidence_note: "MST har utvärderats i flera randomiserade studier. Effekterna i Sverige har varit mindre än i USA, men metoden är väl beprövad för målgruppen.",
    effect_term: EffectTerm::Long,
    effect: "Färre placeringar utanför hemmet och mindre återfall i brott.",
    follow_up: &["franvaro", "sspf"],
    yearly_budget: Some(1_400_000),
};

pub(in crate::demo) const MEDIATION: MeasureSpec = MeasureSpec {
    title: "Medling och ungdomstjänst efter brott",
    description: "Unga under 21 som begått brott erbjuds medling med den som drabbats, och ungdomstjänst med en handledare som följer dem. Socialtjänsten ser till att påföljden kopplas ihop med annat stöd, till exempel SSPF eller mentorskap.",
    level: PreventionLevel::Indicated,
    themes: &[],
    owner: "Enheten för barn och unga, {enhet}",
    partners: &[("polisen", Role::Partner), ("brottsofferjouren", Role::Partner)],
    target_group: "Unga 15–20 år som begått brott",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Medling har i internationella översikter gett små men positiva effekter på återfall och hög nöjdhet hos brottsoffer.",
    effect_term: EffectTerm::Short,
    effect: "Den unga tar ansvar för brottet, och risken för återfall minskar.",
    follow_up: &["skadegorelse", "ran"],
    yearly_budget: Some(300_000),
};

pub(in crate::demo) const RISK_ASSESSMENT: MeasureSpec = MeasureSpec {
    title: "Strukturerad bedömning vid oro för radikalisering",
    description: "När skola, fritid eller socialtjänst anmäler oro för att en ung person radikaliseras gör socialtjänsten en strukturerad bedömning tillsammans med polisens kontaktperson inom två veckor. Bedömningen leder till en individuell plan, Exit-stöd eller avslut.",
    level: PreventionLevel::Indicated,
    themes: &[Theme::OnlineHate],
    owner: "Socialtjänsten, {enhet}",
    partners: &[("polisen", Role::Partner), ("cve", Role::Partner)],
    target_group: "Unga där oro för radikalisering har anmälts",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Strukturerade bedömningsstöd rekommenderas av CVE; deras förmåga att förutsäga våld är begränsad och de används därför som stöd, inte som beslut.",
    effect_term: EffectTerm::Short,
    effect: "Likvärdig och snabb hantering av varje orosanmälan.",
    follow_up: &["oro-radikalisering", "hatbrott", "krankning-natet"],
    yearly_budget: None,
};

pub(in crate::demo) const TRAUMA_SUPPORT: MeasureSpec = MeasureSpec {
    title: "Stöd och hämndprevention efter grovt våld",
    description: "Efter en skjutning eller ett knivdåd kontaktar socialtjänsten inom ett dygn den skadade, vittnen och närstående unga. Syftet är dels krisstöd, dels att förebygga hämnd: med polisen bedöms risken för vedergällning och unga i kretsen erbjuds samtal och vid behov skydd.",
    level: PreventionLevel::Indicated,
    themes: &[],
    owner: "Socialjouren och enheten för barn och unga, {enhet}",
    partners: &[("region", Role::Partner), ("polisen", Role::Partner), ("faltgruppen", Role::Partner)],
    target_group: "Skadade, vittnen och närstående unga efter grovt våld",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Sjukhusbaserade våldsavbrytarprogram i USA och Storbritannien har minskat återinskrivning för våldsskador; svenska erfarenheter är få.",
    effect_term: EffectTerm::Short,
    effect: "Färre hämndaktioner efter grovt våld, och fler skadade unga som tar emot stöd.",
    follow_up: &["skjutningar", "misshandel"],
    yearly_budget: Some(450_000),
};
