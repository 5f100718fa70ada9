//! The prose of the generated city's plans: one challenge per category and a lägesbild, each with
//! the unit's area and figures filled in. Short, but what a board would recognise as a plan.

use safeplan_model::{ChallengeCategory as Cat, Lagesbild};

/// (category, title, description, affected groups, places). `{område}` is the unit's area.
pub(super) const CHALLENGES: &[(Cat, &str, &str, &str, &str)] = &[
    (
        Cat::GangCrime,
        "Kriminella nätverk rekryterar unga i {område}",
        "Polisen bedömer att två nätverk är verksamma i {område}. Konflikter mellan dem har lett till skottlossning och sprängningar, och allt yngre barn används för att förvara vapen och narkotika.",
        "Unga 12–20 år, särskilt pojkar som har lämnat skolan",
        "Centrum och gångstråken mot pendeltåget",
    ),
    (
        Cat::RightWingExtremism,
        "Våldsbejakande högerextrema budskap sprids bland unga",
        "Skolor och fritidsgårdar rapporterar klistermärken, flygblad och rekrytering i chattgrupper. Enstaka unga har deltagit i träningsläger.",
        "Unga 13–25 år",
        "Skolor, fritidsgårdar och sociala medier",
    ),
    (
        Cat::LeftWingExtremism,
        "Hot och trakasserier från våldsbejakande vänsterextremister",
        "Förtroendevalda och tjänstepersoner har utsatts för hot i samband med planärenden, och skadegörelse har riktats mot byggprojekt.",
        "Förtroendevalda, tjänstepersoner och byggföretag",
        "Byggplatser och stadsdelens mötesplatser",
    ),
    (
        Cat::IslamistExtremism,
        "Oro för islamistisk radikalisering via informella nätverk",
        "Socialtjänsten och skolan har tagit emot orosanmälningar om unga som isolerar sig och tar del av våldsbejakande propaganda. Informella studiegrupper utanför etablerade församlingar nämns.",
        "Unga 14–25 år och deras familjer",
        "Informella lokaler och sociala medier",
    ),
    (
        Cat::LoneActors,
        "Ensamagerande med våldsfixering",
        "Skolor har rapporterat elever som uttrycker beundran för tidigare attentat och söker sig till forum som hyllar våld. Flera har samtidigt psykisk ohälsa.",
        "Unga, ofta pojkar, med svag social förankring",
        "Skolor och digitala forum",
    ),
    (
        Cat::HateCrime,
        "Hatbrott mot trossamfund och hbtqi-personer",
        "Anmälningarna om hatbrott har ökat, framför allt hot och ofredande mot besökare vid trossamfundens lokaler och mot hbtqi-personer i centrum.",
        "Religiösa minoriteter och hbtqi-personer",
        "Trossamfundens lokaler och centrum",
    ),
    (
        Cat::OnlineHate,
        "Näthat mot unga och mot förtroendevalda",
        "Var femte elev i årskurs 9 uppger att de kränkts på nätet under året. Förtroendevalda i {område} har hängts ut i sociala medier.",
        "Elever i årskurs 7–9 och förtroendevalda",
        "Sociala medier och skolans digitala kanaler",
    ),
    (
        Cat::Disinformation,
        "Rykten och desinformation efter allvarliga händelser",
        "Efter händelser i {område} har falska uppgifter om socialtjänsten och om gärningspersoner spridits snabbt och skapat oro och misstro mot myndigheter.",
        "Föräldrar och boende som får sin information via sociala medier",
        "Sociala medier och föräldragrupper",
    ),
    (
        Cat::YouthAntisocial,
        "Normbrytande beteende och skolfrånvaro bland unga",
        "Fältassistenterna möter varje helgkväll grupper av unga som dricker alkohol och är inblandade i skadegörelse. Den problematiska skolfrånvaron ökar.",
        "Unga 12–17 år",
        "Centrum, skolgårdar och idrottsplatser kvällstid",
    ),
    (
        Cat::PublicSpaceInsecurity,
        "Otrygghet i centrum och vid kollektivtrafiken kvällstid",
        "I trygghetsundersökningen uppger var tredje boende att de avstår från att gå ut ensamma på kvällen. Dålig belysning och nedskräpning förstärker otryggheten.",
        "Kvinnor och äldre",
        "Centrum, busstorget och gångtunnlarna",
    ),
    (
        Cat::Other,
        "Anlagda bränder i bilar och soprum",
        "Bränderna har blivit fler de senaste åren och skapar oro bland de boende. Räddningstjänsten och bostadsbolagen ser ett samband med konflikter mellan grupper av unga.",
        "Boende i flerbostadshus",
        "Parkeringar och soprum",
    ),
];

/// The lägesbild of a unit's plan.
pub(super) fn lagesbild(area: &str, crimes_per_100k: u32, unsafe_share: u32) -> Lagesbild {
    Lagesbild {
        extent: format!(
            "I {area} anmäldes {crimes_per_100k} brott per 100 000 invånare under det senaste året, \
             något över stadens genomsnitt. Våldsbrotten är koncentrerade till ett fåtal platser och tider, \
             framför allt helgkvällar i centrum."
        ),
        consequences: format!(
            "{unsafe_share} procent av de boende känner sig otrygga ute ensamma sent en kväll. Otryggheten \
             leder till att boende avstår från aktiviteter, att föreningslivet tappar ledare och att \
             näringsidkare lämnar centrum."
        ),
        cause_analysis: "Analysen gjordes tillsammans med polisen, skolan och socialtjänsten enligt Brås \
             kunskapsbaserade metod. Riskfaktorerna finns främst hos unga med svag skolanknytning, \
             i trångboddhet och i en fysisk miljö som inbjuder till skadegörelse; skyddsfaktorerna är \
             en aktiv fritid, vuxennärvaro och förtroende för samhällets institutioner."
            .to_string(),
        risk_factors: "Problematisk skolfrånvaro, tidig alkoholdebut, kamrater som begår brott, \
             trångboddhet och otydlig ansvarsfördelning för offentliga platser."
            .to_string(),
        protective_factors: "Skolnärvaro och behörighet till gymnasiet, föreningsliv, vuxna på stan \
             och en tydlig samverkan mellan polis och stad."
            .to_string(),
        sources_and_method: "Polisens anmälningsstatistik, stadens trygghetsundersökning, \
             skolans elevenkät och workshoppar med medarbetare, boende och unga."
            .to_string(),
    }
}
