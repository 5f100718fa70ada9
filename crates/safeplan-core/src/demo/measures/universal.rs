//! Universal prevention: measures for everyone in an area, a school or the public space.

use safeplan_model::{
    CapitalCodeTheme as Theme, EffectTerm, EvidenceLevel, PartnerRole as Role, PreventionLevel,
};

use super::MeasureSpec;

pub(in crate::demo) const SAFETY_WALKS: MeasureSpec = MeasureSpec {
    title: "Trygghetsvandringar med boende",
    description: "Boende, fastighetsägare, polis och förvaltningen går tillsammans genom området på kvällstid och noterar vad som gör platser otrygga: trasig belysning, skymmande buskage, nedskräpning, platser där ingen ser en. Iakttagelserna förs in i en åtgärdslista som följs upp vid nästa vandring, så att de boende ser att det händer något.",
    level: PreventionLevel::Universal,
    themes: &[Theme::SafeCityAlliances],
    owner: "Trygghetssamordnaren, {enhet}",
    partners: &[("sundholmshem", Role::Partner), ("polisen", Role::Partner)],
    target_group: "Boende och verksamma i området, med särskild inbjudan till kvinnor, äldre och unga",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Etablerad metod i svenska kommuner. Effekten på otrygghet är inte säkert belagd, men metoden ger underlag till situationella åtgärder och stärker kontakten mellan boende och myndigheter.",
    effect_term: EffectTerm::Short,
    effect: "Åtgärdade brister i den fysiska miljön inom en månad efter varje vandring; på sikt färre som känner sig otrygga ute på kvällen.",
    follow_up: &["trygghetsvandringar", "otrygg-kvall", "avstar"],
    yearly_budget: Some(60_000),
};

pub(in crate::demo) const LIGHTING: MeasureSpec = MeasureSpec {
    title: "Belysning och platssamverkan kring centrum",
    description: "Fastighetsägare, handlare och staden samverkar om en avgränsad plats (Business Improvement District-modellen): gemensam belysningsplan, snabb städning och klottersanering, platsvärdar kvällstid och en gemensam lägesbild som stäms av varje månad med polisen.",
    level: PreventionLevel::Universal,
    themes: &[Theme::SafeCityAlliances],
    owner: "Stadsmiljöenheten, {enhet}",
    partners: &[
        ("fastighetsagare", Role::Lead),
        ("sundholmshem", Role::Funder),
        ("polisen", Role::Partner),
    ],
    target_group: "Alla som rör sig i centrumområdet, särskilt kvällstid",
    area: "{område}s centrum",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Platssamverkan i bland annat Malmö (Sofielund) har följts av minskad brottslighet och ökad trygghet. Bättre belysning minskar enligt internationella översikter brott på kvällstid.",
    effect_term: EffectTerm::Long,
    effect: "Färre skadegörelsebrott och personrån i centrum, och fler som rör sig där efter mörkrets inbrott.",
    follow_up: &["skadegorelse", "ran", "otrygg-kvall"],
    yearly_budget: Some(850_000),
};

pub(in crate::demo) const GRAFFITI: MeasureSpec = MeasureSpec {
    title: "Klotter och skadegörelse åtgärdas inom ett dygn",
    description: "Klotter, krossade rutor och trasig belysning på allmän plats och i bostadsbolagets fastigheter anmäls och åtgärdas inom 24 timmar. Skadorna polisanmäls och sammanställs per plats, så att återkommande platser syns i lägesbilden.",
    level: PreventionLevel::Universal,
    themes: &[],
    owner: "Stadsmiljöenheten, {enhet}",
    partners: &[("sundholmshem", Role::Partner)],
    target_group: "Alla som bor och rör sig i området",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Bygger på erfarenheten att synlig förfall signalerar att ingen bryr sig. Snabb sanering minskar enligt flera kommuners uppföljningar återkommande klotter.",
    effect_term: EffectTerm::Short,
    effect: "Mindre synligt klotter och färre upprepade skadegörelser på samma plats.",
    follow_up: &["skadegorelse", "otrygg-kvall"],
    yearly_budget: Some(400_000),
};

pub(in crate::demo) const MEDIA_LITERACY: MeasureSpec = MeasureSpec {
    title: "Källkritik och digital kompetens i skolan",
    description: "Alla elever i årskurs 6 och 8 arbetar med ett gemensamt material om källkritik, manipulerade bilder, algoritmer och hur desinformation sprids efter en våldshändelse. Lärare får fortbildning tillsammans med skolbiblioteken, och studieförbundet håller kvällsträffar för föräldrar.",
    level: PreventionLevel::Universal,
    themes: &[Theme::Disinformation, Theme::OnlineHate],
    owner: "Grundskoleavdelningen, Utbildningsförvaltningen",
    partners: &[("utbildningsforvaltningen", Role::Lead), ("folkbildning", Role::Partner)],
    target_group: "Elever i årskurs 6 och 8, deras lärare och föräldrar",
    area: "Grundskolorna i {område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Undervisning i källkritik har i svenska och nordiska studier förbättrat elevers förmåga att bedöma trovärdighet; effekten på beteende på längre sikt är mindre känd.",
    effect_term: EffectTerm::Long,
    effect: "Elever som känner igen och avstår från att sprida desinformation och hat på nätet.",
    follow_up: &["krankning-natet", "trygg-skola"],
    yearly_budget: Some(300_000),
};

pub(in crate::demo) const RUMOUR_RESPONSE: MeasureSpec = MeasureSpec {
    title: "Snabb och saklig information efter allvarliga händelser",
    description: "Efter en skjutning, brand eller annan uppmärksammad händelse går stadsdelen, polisen och bostadsbolaget ut med samordnad information inom några timmar: vad som har hänt, vad som inte har hänt, var man får stöd. Ryktesspridning i sociala medier bevakas, och informationen översätts till de vanligaste språken i området.",
    level: PreventionLevel::Universal,
    themes: &[Theme::Disinformation, Theme::SafeCityAlliances],
    owner: "Kommunikationsenheten, {enhet}",
    partners: &[("polisen", Role::Partner), ("sundholmshem", Role::Partner)],
    target_group: "Boende i området, särskilt föräldrar och de som inte läser svenska",
    area: "{område}",
    evidence: EvidenceLevel::Untested,
    evidence_note: "Ny arbetsform som bygger på Myndigheten för psykologiskt försvars råd om att bemöta desinformation. Utvärderas tillsammans med universitetet.",
    effect_term: EffectTerm::Short,
    effect: "Rykten får mindre fäste, och färre avstår från att gå ut dagarna efter en händelse.",
    follow_up: &["avstar", "otrygg-kvall", "oro-ntu"],
    yearly_budget: None,
};

pub(in crate::demo) const CITIZEN_PROMISE: MeasureSpec = MeasureSpec {
    title: "Trygghetsråd och medborgarlöfte med polisen",
    description: "Stadsdelen och lokalpolisområdet tar varje år fram ett medborgarlöfte utifrån lägesbilden och dialog med boende: två eller tre konkreta löften om vad polis och stad gör tillsammans. Trygghetsrådet, där även bostadsbolag, föreningar och trossamfund sitter, följer upp löftena varje kvartal.",
    level: PreventionLevel::Universal,
    themes: &[Theme::SafeCityAlliances],
    owner: "Stadsdelsdirektören, {enhet}",
    partners: &[
        ("polisen", Role::Partner),
        ("sundholmshem", Role::Partner),
        ("forsamling", Role::Partner),
    ],
    target_group: "Boende, föreningar och verksamma i området",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Medborgarlöften är polisens nationella arbetssätt sedan 2016. Brå bedömer att värdet ligger i att samverkan blir konkret och följs upp.",
    effect_term: EffectTerm::Long,
    effect: "Ett gemensamt, uppföljt åtagande som ökar förtroendet för polis och stad.",
    follow_up: &["oro-ntu", "otrygg-kvall"],
    yearly_budget: None,
};

pub(in crate::demo) const OPEN_LEISURE: MeasureSpec = MeasureSpec {
    title: "Öppen fritidsverksamhet kvällar och helger",
    description: "Fritidsgården och idrottshallen håller öppet till klockan 23 fredag och lördag, med ledare som unga känner. Programmet tas fram tillsammans med unga och föreningar: idrott, musik, läxhjälp och utflykter. Sommartid flyttar verksamheten ut i parken.",
    level: PreventionLevel::Universal,
    themes: &[Theme::YouthInclusion],
    owner: "Fritidsenheten, {enhet}",
    partners: &[("ik-sundholm", Role::Partner), ("norrbyscenen", Role::Partner)],
    target_group: "Unga 10–19 år",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Strukturerad fritid med vuxna ledare är en skyddsfaktor. Ostrukturerad verksamhet utan innehåll kan samla unga med risk och måste därför ha tydligt innehåll och bemanning.",
    effect_term: EffectTerm::Long,
    effect: "Fler unga i meningsfull fritid med trygga vuxna; färre unga som drar runt i centrum på kvällarna.",
    follow_up: &["fritid-besokare", "skadegorelse"],
    yearly_budget: Some(1_200_000),
};

pub(in crate::demo) const MVP: MeasureSpec = MeasureSpec {
    title: "Mentorer i våldsprevention (MVP) i högstadiet",
    description: "Elever i årskurs 8 utbildas att reagera när en kamrat utsätts för våld, hot eller kränkningar, i skolan och på nätet. Äldre elever leder samtalen med stöd av utbildad personal. Programmet bygger på åskådarperspektivet och normer kring maskulinitet och våld.",
    level: PreventionLevel::Universal,
    themes: &[Theme::YouthInclusion, Theme::OnlineHate],
    owner: "Elevhälsan, Utbildningsförvaltningen",
    partners: &[("utbildningsforvaltningen", Role::Lead), ("tjejjouren", Role::Partner)],
    target_group: "Elever i årskurs 8 och deras mentorer",
    area: "Högstadieskolorna i {område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Programmet har utvärderats i USA och i svenska skolor med lovande resultat för attityder och åskådarbeteende.",
    effect_term: EffectTerm::Long,
    effect: "Fler elever som säger ifrån mot våld och kränkningar, och tryggare skolor.",
    follow_up: &["trygg-skola", "krankning-natet"],
    yearly_budget: Some(250_000),
};

pub(in crate::demo) const PARENTING_ABC: MeasureSpec = MeasureSpec {
    title: "Föräldrastöd för alla: ABC och föräldraträffar",
    description: "Alla föräldrar till barn 3–12 år erbjuds ABC (Alla Barn i Centrum), fyra träffar om att stärka relationen till barnet. Träffarna hålls på svenska, arabiska och somaliska, i förskolan, på biblioteket eller i föreningslokaler.",
    level: PreventionLevel::Universal,
    themes: &[],
    owner: "Familjecentralen, {enhet}",
    partners: &[("folkbildning", Role::Partner), ("islamiska-foreningen", Role::Partner)],
    target_group: "Föräldrar till barn 3–12 år",
    area: "{område}",
    evidence: EvidenceLevel::Tested,
    evidence_note: "ABC har utvärderats i en randomiserad studie i Stockholm med positiva effekter på föräldrars och barns välmående.",
    effect_term: EffectTerm::Long,
    effect: "Starkare relation mellan föräldrar och barn, en av de viktigaste skyddsfaktorerna mot tidig normbrytande utveckling.",
    follow_up: &["behorighet", "franvaro"],
    yearly_budget: Some(350_000),
};

pub(in crate::demo) const SUMMER_JOBS: MeasureSpec = MeasureSpec {
    title: "Feriejobb för unga",
    description: "Alla unga 16–18 år i området erbjuds tre till fyra veckors feriejobb med handledare, i stadens verksamheter, i föreningar och hos lokala företag. Platserna fördelas så att unga utan kontakter på arbetsmarknaden får förtur.",
    level: PreventionLevel::Universal,
    themes: &[Theme::YouthInclusion],
    owner: "Arbetsmarknadsavdelningen, Sundholms stad",
    partners: &[("foretagarna", Role::Partner), ("ik-sundholm", Role::Partner)],
    target_group: "Unga 16–18 år",
    area: "{område}",
    evidence: EvidenceLevel::Promising,
    evidence_note: "Randomiserade studier av sommarjobbsprogram i Chicago och Stockholm har visat minskad brottslighet respektive bättre framtida sysselsättning.",
    effect_term: EffectTerm::Long,
    effect: "Unga får arbetslivserfarenhet, referenser och ett alternativ till den kriminella ekonomin.",
    follow_up: &["feriejobb", "varken-arbete-studier", "ran"],
    yearly_budget: Some(2_400_000),
};

pub(in crate::demo) const NIGHT_WALKERS: MeasureSpec = MeasureSpec {
    title: "Vuxna på stan: nattvandring och kvällsvärdar",
    description: "Nattvandrare, föreningsaktiva och fältassistenter rör sig i centrum och kring stationen fredag och lördag kväll. Vandringarna utgår från fritidsgården, och iakttagelser rapporteras varje måndag till trygghetssamordnaren.",
    level: PreventionLevel::Universal,
    themes: &[Theme::SafeCityAlliances],
    owner: "Trygghetssamordnaren, {enhet}",
    partners: &[("nattvandrarna", Role::Lead), ("forsamling", Role::Partner)],
    target_group: "Unga och vuxna som rör sig ute på helgkvällar",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Vuxennärvaro ger informell social kontroll; effekten är inte utvärderad i kontrollerade studier.",
    effect_term: EffectTerm::Short,
    effect: "Fler vuxna ute när unga är ute, och tidig upptäckt av oro.",
    follow_up: &["otrygg-kvall", "misshandel"],
    yearly_budget: Some(90_000),
};

pub(in crate::demo) const INTERFAITH: MeasureSpec = MeasureSpec {
    title: "Interreligiöst råd och trygghet för trossamfund",
    description: "Staden, polisen och trossamfunden träffas varannan månad. Rådet delar lägesbild om hot och hatbrott, planerar trygghet kring högtider och står gemensamt bakom budskap när en grupp pekas ut efter en händelse.",
    level: PreventionLevel::Universal,
    themes: &[Theme::SafeCityAlliances, Theme::OnlineHate],
    owner: "Trygghetssamordnaren, {enhet}",
    partners: &[
        ("forsamling", Role::Lead),
        ("islamiska-foreningen", Role::Partner),
        ("polisen", Role::Partner),
    ],
    target_group: "Trossamfund och deras medlemmar",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Liknande råd finns i flera nordiska städer; de ger kortare väg mellan samfund och polis när något händer.",
    effect_term: EffectTerm::Long,
    effect: "Färre hatbrott mot trossamfund och snabbare gemensam reaktion när de sker.",
    follow_up: &["hatbrott", "oro-ntu"],
    yearly_budget: None,
};

pub(in crate::demo) const STAFF_TRAINING: MeasureSpec = MeasureSpec {
    title: "Kunskap om våldsbejakande extremism för personal",
    description: "Personal i skola, fritid och socialtjänst utbildas i hur radikalisering kan se ut, vad som är oro och vad som är åsikter, och vilken rutin som gäller när man är orolig. Utbildningen ges med stöd av CVE och upprepas varje år för nyanställda.",
    level: PreventionLevel::Universal,
    themes: &[Theme::OnlineHate],
    owner: "Samordnaren mot våldsbejakande extremism, Sundholms stad",
    partners: &[("cve", Role::Partner), ("lansstyrelsen", Role::Partner)],
    target_group: "Personal som möter unga i skola, fritid och socialtjänst",
    area: "{område}",
    evidence: EvidenceLevel::PracticeBased,
    evidence_note: "Kunskapshöjning är en förutsättning för att oro ska fångas upp och hanteras likvärdigt; effekten på radikalisering kan inte mätas direkt.",
    effect_term: EffectTerm::Short,
    effect: "Personal som känner igen tecken på radikalisering och vet vart de ska vända sig.",
    follow_up: &["hatbrott", "oro-radikalisering", "krankning-natet", "trygg-skola"],
    yearly_budget: Some(120_000),
};
