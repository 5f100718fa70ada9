//! Responsibilities and routines: for a situation, who acts, the steps, and where it escalates. The
//! Swedish plans share these routines because the city decided them together; each plan fills in its
//! own unit. `{enhet}` is the unit's name.

/// (situation, who acts, steps, escalation)
pub(super) type Routine = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
);

pub(super) const RADICALISATION: Routine = (
    "Oro för att en elev eller ung person radikaliseras",
    "Rektor eller verksamhetschef där oron uppstår, tillsammans med socialtjänsten i {enhet}",
    &[
        "Den som är orolig talar med sin chef samma dag och dokumenterar vad som har sagts eller gjorts, inte tolkningar.",
        "Rektor eller chef gör en orosanmälan till socialtjänsten om personen är under 18 år, annars kontaktas stadens samordnare mot våldsbejakande extremism.",
        "Socialtjänsten gör en första bedömning inom två veckor, vid behov med polisens kontaktperson och stöd från CVE.",
        "Vårdnadshavare involveras om det inte bedöms öka risken.",
        "Bedömningen leder till en individuell plan, Exit-stöd eller avslut, och anmälaren får veta att ärendet tagits om hand.",
    ],
    "Vid konkret risk för våld eller planerat brott: polisen kontaktas omedelbart på 112. Samordnaren informerar säkerhetsansvarig i stadsledningskontoret.",
);

pub(super) const SHOOTING: Routine = (
    "Skottlossning eller annat grovt våld i området",
    "Stadsdelsdirektören i {enhet} leder stadens insats; polisen leder på brottsplatsen",
    &[
        "Polisen informerar stadens tjänsteman i beredskap, som kallar stadsdelens krisledningsgrupp inom två timmar.",
        "Fältassistenter och Fältgruppen går ut samma kväll, i samråd med polisen om var det är säkert.",
        "Kommunikationsenheten, polisen och Sundholmshem går ut med samordnad information inom fyra timmar, på flera språk.",
        "Skolor och förskolor i närheten får information före nästa skoldag; elevhälsan förbereder samtalsstöd.",
        "Socialtjänsten kontaktar skadade, vittnen och närstående unga inom ett dygn för stöd och bedömning av hämndrisk.",
        "Efter en vecka följer krisledningsgruppen upp och beslutar om extra insatser, till exempel kvällsöppet eller trygghetsvandring.",
    ],
    "Vid flera händelser inom kort tid eller risk för konflikt mellan grupper: stadens centrala krisledning och polisregionens särskilda händelse.",
);

pub(super) const THREAT_OFFICIAL: Routine = (
    "Hot mot förtroendevald eller tjänsteperson",
    "Närmaste chef till den som hotats, med stöd av säkerhetsfunktionen i {enhet}",
    &[
        "Den som hotats informerar sin chef direkt; vid akut fara ringer man 112.",
        "Chefen dokumenterar hotet (skärmdumpar, datum, avsändare) och säkerställer att en polisanmälan görs.",
        "Säkerhetsfunktionen gör en riskbedömning och beslutar om skydd, till exempel att ta bort adress från webben eller ändra arbetssätt.",
        "Den hotade erbjuds samtalsstöd via företagshälsovården.",
        "Händelsen rapporteras i stadens incidentsystem så att mönster syns över tid.",
    ],
    "Hot mot förtroendevalda rapporteras till nämndens ordförande och stadens säkerhetschef, som håller kontakt med polisen.",
);

pub(super) const HATE_AGAINST_FAITH: Routine = (
    "Hot, skadegörelse eller klotter mot ett trossamfund",
    "Trygghetssamordnaren i {enhet}",
    &[
        "Samfundet polisanmäler; trygghetssamordnaren ser till att klotter med hatbudskap tas bort samma dag.",
        "Trygghetssamordnaren kontaktar samfundets företrädare och erbjuder stöd från Brottsofferjouren.",
        "Det interreligiösa rådet informeras och tar ställning till ett gemensamt uttalande.",
        "Polisen bedömer behovet av extra närvaro vid samfundets lokaler under de närmaste veckorna.",
    ],
    "Vid upprepade händelser eller hot mot personer: stadens samordnare mot våldsbejakande extremism och polisens regionala hatbrottsgrupp.",
);

pub(super) const RECRUITMENT: Routine = (
    "Barn som riskerar att rekryteras till kriminella nätverk",
    "Socialtjänsten, enheten för barn och unga i {enhet}",
    &[
        "Den som ser tecken, till exempel nya dyra kläder, kontakter med äldre kriminella eller budjobb, gör en orosanmälan samma dag.",
        "Socialtjänsten gör en skyddsbedömning inom 24 timmar och tar kontakt med vårdnadshavarna.",
        "Vid behov kallas till SSPF; vid pågående brottslighet till en social insatsgrupp.",
        "Skolan och fritid informeras om vad de kan göra, inom sekretessens gränser.",
    ],
    "Vid fara för barnets liv eller hälsa: omedelbart omhändertagande enligt LVU efter beslut av nämndens ordförande.",
);

pub(super) const RUMOURS: Routine = (
    "Rykten och desinformation sprids efter en händelse",
    "Kommunikationsenheten i {enhet}",
    &[
        "Kommunikatören i beredskap bevakar sociala medier och lokala grupper de första dygnen efter en uppmärksammad händelse.",
        "Felaktiga uppgifter som kan leda till hot eller oro bemöts med fakta i stadens kanaler, i samråd med polisen.",
        "Föreningar, trossamfund och fältassistenter får samma information att sprida vidare i sina nätverk.",
        "Hot och hat som riktas mot personer eller grupper dokumenteras och polisanmäls.",
    ],
    "Vid spridning som kan påverka allmän ordning eller riktas mot staden: stadens kommunikationsdirektör och säkerhetschef.",
);
