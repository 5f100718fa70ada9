//! Terms the Swedish plans define, because police, school and social services use them differently.
//! The city's steering group agreed these definitions; each plan picks the ones it uses.

pub(super) type TermText = (&'static str, &'static str);

pub(super) const EARLY_INTERVENTION: TermText = (
    "Tidiga insatser",
    "Insatser till ett barn eller en ung person vid första tecken på normbrytande beteende, innan det finns en brottsmisstanke eller ett ärende hos socialtjänsten. Skolan och fritid är oftast först; polisens ”tidiga insatser” avser däremot den första kontakten efter ett brott.",
);

pub(super) const SAFETY: TermText = (
    "Trygghet",
    "Den upplevda känslan av att kunna röra sig fritt utan oro för att utsättas för brott. Skiljs i planen från säkerhet, som avser den faktiska risken att utsättas.",
);

pub(super) const VULNERABLE_AREA: TermText = (
    "Utsatt område",
    "Polisens klassning av ett geografiskt område med låg socioekonomisk status där kriminella har inverkan på lokalsamhället. Planen använder ordet bara i polisens betydelse.",
);

pub(super) const HATE_CRIME: TermText = (
    "Hatbrott",
    "Brott där ett motiv har varit att kränka någon på grund av etnisk bakgrund, religion, sexuell läggning, könsöverskridande identitet eller liknande omständighet. Omfattar även hets mot folkgrupp och olaga diskriminering.",
);

pub(super) const VIOLENT_EXTREMISM: TermText = (
    "Våldsbejakande extremism",
    "Rörelser, ideologier eller miljöer som inte accepterar ett demokratiskt samhällsskick och använder eller förespråkar våld för att nå sina mål. Att ha radikala åsikter är inte i sig våldsbejakande.",
);

pub(super) const RECRUITMENT: TermText = (
    "Rekrytering till kriminella nätverk",
    "När äldre personer i en kriminell miljö får barn och unga att utföra uppdrag, till exempel förvara vapen eller narkotika, sälja eller utföra våldsbrott, ofta via sociala medier och mot betalning.",
);

pub(super) const SITUATIONAL_PREVENTION: TermText = (
    "Situationell prevention",
    "Åtgärder i den fysiska miljön som gör brott svårare eller mindre lönsamma, till exempel belysning, kameror, siktlinjer och snabb sanering.",
);
