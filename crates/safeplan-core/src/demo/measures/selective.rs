//! Selective prevention: measures for groups at higher risk.

use safeplan_model::{
    CapitalCodeTheme as Theme, EffectTerm, EvidenceLevel, PartnerRole as Role, PreventionLevel,
};

use super::MeasureSpec;

pub(in crate::demo) const FIELD_WORKERS: MeasureSpec = MeasureSpec {
    title: "Fältassistenter i uppsökande arbete",
    description: "Fältassistenterna finns där unga samlas på kvällar och helger: vid centrum, stationen, skolgårdarna och i sociala medier. De bygger relationer, fångar upp unga som far illa eller dras mot kriminalitet och slussar dem vidare till föräldrar, skola, fritid eller socialtjänst. Fältgruppen förstärker vid större evenemang och efter händelser.",
    level: PreventionLevel::Selective,
    themes: &[Theme::YouthInclusion],
    owner: "Enheten för barn och unga, {enhet}",
    partners: &[("faltgruppen", Role::Partner), ("polisen", Role::Partner)],
    target_group: "Unga 12–20 år som vistas ute kvällstid",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Uppsökande arbete är etablerat i svenska kommuner. Effekten beror på att fynd leder vidare till insatser, därför följs andelen vidareslussade upp.",
    effect_term: EffectTerm::Short,
    effect: "Tidig kontakt med unga i riskmiljöer och fler som får stöd innan problemen växer.",
    follow_up: &["sspf", "misshandel", "skadegorelse"],
    yearly_budget: Some(1_800_000),
};

pub(in crate::demo) const SSPF: MeasureSpec = MeasureSpec {
    title: "SSPF: samverkan skola, socialtjänst, polis och fritid",
    description: "När skola, socialtjänst, polis eller fritid ser att en ung person är på väg mot kriminalitet eller missbruk samlas de fyra, med samtycke från den unga och vårdnadshavarna, och gör en gemensam handlingsplan. En SSPF-samordnare håller ihop arbetet och följer upp efter tre och sex månader.",
    level: PreventionLevel::Selective,
    themes: &[Theme::SafeCityAlliances],
    owner: "SSPF-samordnaren, {enhet}",
    partners: &[
        ("utbildningsforvaltningen", Role::Partner),
        ("polisen", Role::Partner),
        ("region", Role::Partner),
    ],
    target_group: "Unga 12–18 år med begynnande normbrytande beteende, och deras vårdnadshavare",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "SSPF används i ett hundratal kommuner. Uppföljningar visar bättre samordning; effekten på brottslighet är ännu inte prövad i kontrollerade studier.",
    effect_term: EffectTerm::Short,
    effect: "Samordnade insatser inom fyra veckor från första oro, och färre unga som fortsätter begå brott.",
    follow_up: &["sspf", "franvaro"],
    yearly_budget: Some(650_000),
};

pub(in crate::demo) const PARENTING_TARGETED: MeasureSpec = MeasureSpec {
    title: "Riktat föräldrastöd: Komet för föräldrar till tonåringar",
    description: "Föräldrar till unga med trots, utåtagerande beteende eller tidiga kontakter med kriminalitet erbjuds Komet i grupp, tio träffar. Socialtjänsten, skolan och fältassistenterna kan hänvisa, och föräldrar kan anmäla sig själva.",
    level: PreventionLevel::Selective,
    themes: &[],
    owner: "Familjeenheten, {enhet}",
    partners: &[("utbildningsforvaltningen", Role::Partner), ("folkbildning", Role::Partner)],
    target_group: "Föräldrar till unga 10–17 år med normbrytande beteende",
    area: "{område}",
    evidence: EvidenceLevel::Tested,
    evidence_note: "Komet har utvärderats i randomiserade studier i Sverige med minskade beteendeproblem hos barnen.",
    effect_term: EffectTerm::Long,
    effect: "Föräldrar som sätter gränser och håller kontakten, och färre unga som glider in i kriminalitet.",
    follow_up: &["franvaro", "behorighet"],
    yearly_budget: Some(280_000),
};

pub(in crate::demo) const MENTORING: MeasureSpec = MeasureSpec {
    title: "Mentorskap med förebilder från idrotten",
    description: "Unga som skolan eller fältassistenterna ser riskerar att hamna snett matchas med en vuxen mentor från idrottsföreningen, som de träffar varje vecka under ett läsår. Mentorerna utbildas och får handledning av socialtjänsten.",
    level: PreventionLevel::Selective,
    themes: &[Theme::YouthInclusion],
    owner: "Fritidsenheten, {enhet}",
    partners: &[("ik-sundholm", Role::Lead), ("boxning", Role::Partner)],
    target_group: "Unga 12–16 år med risk för utanförskap eller kriminalitet",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Mentorprogram med regelbundna träffar över lång tid har i internationella översikter måttliga men positiva effekter på normbrytande beteende.",
    effect_term: EffectTerm::Long,
    effect: "En stabil vuxenrelation, bättre skolnärvaro och lägre risk att dras in i kriminella grupper.",
    follow_up: &["franvaro", "fritid-besokare"],
    yearly_budget: Some(420_000),
};

pub(in crate::demo) const ONLINE_HATE_SUPPORT: MeasureSpec = MeasureSpec {
    title: "Stöd till unga som utsätts för näthat",
    description: "Unga som utsätts för hot, kränkningar eller spridda bilder på nätet får stöd att dokumentera, anmäla och få bort innehållet, och samtalsstöd efteråt. Jouren har chatt kvällstid; skolkuratorerna kan hänvisa direkt.",
    level: PreventionLevel::Selective,
    themes: &[Theme::OnlineHate],
    owner: "Elevhälsan, Utbildningsförvaltningen",
    partners: &[("tjejjouren", Role::Lead), ("brottsofferjouren", Role::Partner)],
    target_group: "Unga 12–20 år som utsatts för näthat, och deras föräldrar",
    area: "{område}",
    evidence: EvidenceLevel::Untested,
    evidence_note: "Stödet bygger på jourernas erfarenhet; arbetssättet följs upp med enkät till de som fått stöd.",
    effect_term: EffectTerm::Short,
    effect: "Fler anmäler näthat, och utsatta får hjälp att få bort innehållet.",
    follow_up: &["krankning-natet", "hatbrott"],
    yearly_budget: Some(200_000),
};

pub(in crate::demo) const MIDNIGHT_SPORTS: MeasureSpec = MeasureSpec {
    title: "Kvällsidrott för unga som inte är med i föreningar",
    description: "Idrottshallen är öppen fredag och lördag 20–24 med fotboll, basket och boxning, utan medlemskap och utan avgift. Ledarna kommer från föreningarna och fältassistenterna finns på plats. Deltagarna bjuds in att pröva föreningens ordinarie träning.",
    level: PreventionLevel::Selective,
    themes: &[Theme::YouthInclusion],
    owner: "Fritidsenheten, {enhet}",
    partners: &[("ik-sundholm", Role::Lead), ("boxning", Role::Partner), ("sundholmshem", Role::Funder)],
    target_group: "Unga 13–20 år som inte deltar i annan organiserad fritid",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Erfarenheter från så kallad midnattsfotboll visar att verksamheten når unga som annars inte nås; effekten på brottslighet är osäker.",
    effect_term: EffectTerm::Short,
    effect: "Fler unga i organiserad verksamhet på de tider då skadegörelse och bråk annars är vanligast.",
    follow_up: &["fritid-besokare", "skadegorelse"],
    yearly_budget: Some(380_000),
};

pub(in crate::demo) const ATTENDANCE_TEAM: MeasureSpec = MeasureSpec {
    title: "Skolnärvaroteam",
    description: "Ett team med kurator, specialpedagog och socialsekreterare arbetar med elever vars frånvaro ökar, tidigt och hemma hos familjen om det behövs. Skolan larmar efter två veckors upprepad frånvaro i stället för att vänta på en orosanmälan.",
    level: PreventionLevel::Selective,
    themes: &[],
    owner: "Grundskoleavdelningen, Utbildningsförvaltningen",
    partners: &[("utbildningsforvaltningen", Role::Lead), ("socialforvaltningen", Role::Partner)],
    target_group: "Elever i årskurs 4–9 med ökande frånvaro, och deras familjer",
    area: "Grundskolorna i {område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Tidig, samordnad insats vid frånvaro har stöd i Skolverkets kunskapsöversikter; skolfrånvaro är en av de starkaste riskfaktorerna för senare kriminalitet.",
    effect_term: EffectTerm::Long,
    effect: "Lägre frånvaro och fler elever som blir behöriga till gymnasiet.",
    follow_up: &["franvaro", "behorighet"],
    yearly_budget: Some(900_000),
};

pub(in crate::demo) const VICTIM_SUPPORT: MeasureSpec = MeasureSpec {
    title: "Stöd till unga brottsutsatta och vittnen",
    description: "Unga som utsatts för rån, misshandel eller hot, och unga som bevittnat våld, erbjuds samtal hos Brottsofferjouren och följeslagning till polis och rättegång. Polisen lämnar kontaktuppgifter vid anmälan, med samtycke.",
    level: PreventionLevel::Selective,
    themes: &[Theme::SafeCityAlliances],
    owner: "Socialtjänsten, {enhet}",
    partners: &[("brottsofferjouren", Role::Lead), ("polisen", Role::Partner)],
    target_group: "Unga 12–20 år som utsatts för eller bevittnat brott",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Unga som utsätts för brott löper större risk att själva begå brott; tidigt stöd bryter den kedjan enligt Brås rapporter om utsatthet.",
    effect_term: EffectTerm::Short,
    effect: "Fler unga brottsutsatta får stöd, och fler vågar vittna.",
    follow_up: &["ran", "misshandel"],
    yearly_budget: Some(150_000),
};

pub(in crate::demo) const RADICALISATION_FAMILY: MeasureSpec = MeasureSpec {
    title: "Stöd till anhöriga som oroar sig för radikalisering",
    description: "Föräldrar och andra anhöriga som oroar sig för att en ung person dras mot en våldsbejakande miljö kan ringa stadens samordnare och få samtal, råd och vid behov kontakt med socialtjänsten. Stödet ges på flera språk och utan att ett ärende öppnas.",
    level: PreventionLevel::Selective,
    themes: &[Theme::OnlineHate, Theme::SafeCityAlliances],
    owner: "Samordnaren mot våldsbejakande extremism, Sundholms stad",
    partners: &[("cve", Role::Partner), ("islamiska-foreningen", Role::Partner), ("forsamling", Role::Partner)],
    target_group: "Anhöriga till unga i riskzonen för radikalisering",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Anhöriga är ofta de första som ser förändringen. Stödlinjer finns i flera europeiska städer och rekommenderas av CVE.",
    effect_term: EffectTerm::Short,
    effect: "Oro fångas upp tidigt, och familjer vet vart de kan vända sig.",
    follow_up: &["hatbrott", "oro-radikalisering", "krankning-natet"],
    yearly_budget: Some(100_000),
};
