//! Sundholm's partner registry, shared by every plan. Contacts are roles, never named persons: the
//! registry outlives the people who hold them. National agencies keep their real names; local
//! organisations are invented.

use safeplan_model::{Partner, PartnerType};

/// (key, name, type, contact role, notes). Measures name partners by key.
const REGISTRY: &[(&str, &str, PartnerType, &str, &str)] = &[
    (
        "polisen",
        "Polisen, lokalpolisområde Sundholm",
        PartnerType::Police,
        "Kommunpolis",
        "Samverkansöverenskommelse och medborgarlöften med staden förnyas vartannat år. Kommunpolisen deltar i stadsdelarnas trygghetsråd.",
    ),
    (
        "kriminalvarden",
        "Kriminalvården, frivården Sundholm",
        PartnerType::PrisonProbation,
        "Samordnare för brottsförebyggande samverkan",
        "Part i Sluta skjut och i avhopparverksamheten; ansvarar för klienter under övervakning och villkorlig frigivning.",
    ),
    (
        "region",
        "Region Sundholm, hälso- och sjukvård",
        PartnerType::HealthCare,
        "Samordnare för barn- och ungdomspsykiatri och första linjens vård",
        "Ungdomsmottagningar och BUP deltar i SSPF vid behov. Akutsjukhuset rapporterar skott- och knivskador till polisen.",
    ),
    (
        "sundholmshem",
        "Sundholmshem AB",
        PartnerType::HousingCompany,
        "Trygghetschef",
        "Stadens allmännyttiga bostadsbolag, cirka 14 000 lägenheter. Äger de flesta flerbostadshus i Norrby och Västerhöjden.",
    ),
    (
        "fastighetsagare",
        "Fastighetsägarna Sundholm, platssamverkan (BID)",
        PartnerType::Business,
        "Processledare för platssamverkan",
        "Ekonomisk förening för fastighetsägare och näringsidkare. Driver platssamverkan kring Hamntorget och resecentrum sedan 2022 och startar en i Norrby centrum 2027; delfinansierar belysning, städning och platsvärdar.",
    ),
    (
        "foretagarna",
        "Företagarna Sundholm",
        PartnerType::Business,
        "Lokal ordförande",
        "Kanal till mindre näringsidkare i centrumen; medverkar i feriejobb och handlarsamverkan mot butiksrån.",
    ),
    (
        "ik-sundholm",
        "IK Sundholm",
        PartnerType::CivilSocietySports,
        "Föreningsutvecklare",
        "Största idrottsföreningen i staden (fotboll, handboll, friidrott). Driver kvällsfotboll i Norrby.",
    ),
    (
        "boxning",
        "Hamnstadens Boxningsklubb",
        PartnerType::CivilSocietySports,
        "Ungdomsansvarig tränare",
        "Öppen träning tre kvällar i veckan; förebildsarbete med äldre medlemmar som mentorer.",
    ),
    (
        "folkbildning",
        "Folkbildningsförbundet Sundholm",
        PartnerType::CivilSocietyCulture,
        "Verksamhetschef",
        "Studieförbund; driver studiecirklar i källkritik, språkcaféer och föräldragrupper på flera språk.",
    ),
    (
        "norrbyscenen",
        "Kulturföreningen Norrbyscenen",
        PartnerType::CivilSocietyCulture,
        "Producent för ungdomsverksamhet",
        "Scen, studio och dansverksamhet för unga i Norrby centrum, öppet fyra kvällar i veckan.",
    ),
    (
        "islamiska-foreningen",
        "Islamiska kulturföreningen i Sundholm",
        PartnerType::CivilSocietyReligious,
        "Ordförande",
        "Driver moskén i Västerhöjden och ungdomsverksamhet. Deltar i stadens interreligiösa råd.",
    ),
    (
        "forsamling",
        "Sundholms församling, Svenska kyrkan",
        PartnerType::CivilSocietyReligious,
        "Kyrkoherde",
        "Diakoni och öppen verksamhet för unga; sammankallar det interreligiösa rådet tillsammans med staden.",
    ),
    (
        "faltgruppen",
        "Fältgruppen Sundholm",
        PartnerType::SocialServices,
        "Enhetschef",
        "Stadsövergripande fältgrupp i socialförvaltningen som förstärker stadsdelarnas fältassistenter kvällar, helger och vid händelser.",
    ),
    (
        "socialforvaltningen",
        "Socialförvaltningen, Sundholms stad",
        PartnerType::SocialServices,
        "Samordnare för brottsförebyggande arbete",
        "Ansvarar för avhopparverksamhet, Exit-stöd, sociala insatsgrupper och stadens samordning kring unga i kriminalitet.",
    ),
    (
        "utbildningsforvaltningen",
        "Utbildningsförvaltningen, Sundholms stad",
        PartnerType::School,
        "Utvecklingsledare för trygghet och studiero",
        "Huvudman för de kommunala grund- och gymnasieskolorna; deltar i SSPF genom rektorer och elevhälsa.",
    ),
    (
        "brottsofferjouren",
        "Brottsofferjouren Sundholm",
        PartnerType::Other,
        "Verksamhetsledare",
        "Ideell förening; stöd till brottsutsatta och vittnen, särskild verksamhet för unga och för utsatta för hatbrott.",
    ),
    (
        "nattvandrarna",
        "Nattvandrarna i Sundholm",
        PartnerType::Other,
        "Samordnare",
        "Vuxna volontärer som går i par fredag och lördag kväll; utgår från fritidsgårdarna.",
    ),
    (
        "ungdomsradet",
        "Sundholms ungdomsråd",
        PartnerType::CivilSocietyYouth,
        "Ordförande (vald av rådet)",
        "Unga 13–20 år som väljs via skolorna; remissinstans för stadens planer som rör unga.",
    ),
    (
        "tjejjouren",
        "Tjej- och killjouren Sundholm",
        PartnerType::CivilSocietyYouth,
        "Verksamhetsansvarig",
        "Chatt och samtalsgrupper för unga, bland annat om näthat, hedersrelaterat våld och utsatthet i nära relationer.",
    ),
    (
        "universitetet",
        "Sundholms universitet, Institutionen för kriminologi",
        PartnerType::Research,
        "Forskare med ansvar för samverkan med kommuner",
        "Följeforskning på Sluta skjut och platssamverkan; analyserar trygghetsundersökningen åt staden.",
    ),
    (
        "lansstyrelsen",
        "Länsstyrelsen i Sundholms län",
        PartnerType::PublicAgency,
        "Regional samordnare brottsförebyggande arbete",
        "Stöd till kommunernas arbete enligt lagen om kommuners ansvar för brottsförebyggande arbete; utbildningar och nätverk.",
    ),
    (
        "cve",
        "Center mot våldsbejakande extremism (CVE)",
        PartnerType::PublicAgency,
        "Handläggare för kommunstöd",
        "Nationellt kunskapscentrum; stöd vid oro för radikalisering, metodstöd för avhopp och utbildning av personal.",
    ),
];

/// The id a registry entry gets from its key.
pub(super) fn partner_id(key: &str) -> String {
    format!("sundholm-p-{key}")
}

pub(super) fn partners() -> Vec<Partner> {
    REGISTRY
        .iter()
        .map(|&(key, name, partner_type, contact_role, notes)| Partner {
            id: partner_id(key),
            name: name.to_string(),
            partner_type,
            contact_role: contact_role.to_string(),
            notes: notes.to_string(),
        })
        .collect()
}
