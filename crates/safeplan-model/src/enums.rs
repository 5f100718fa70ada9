//! The closed vocabularies of a plan (domain.md): statuses, levels, categories, kinds and units.

use crate::labels::labelled_enum;

labelled_enum! {
    /// Where a plan is in its life. Every change of status writes a numbered revision snapshot.
    PlanStatus {
        Draft = "draft", "Utkast", "Draft";
        Submitted = "submitted", "Inskickad", "Submitted";
        InReview = "in_review", "Under granskning", "In review";
        ChangesRequested = "changes_requested", "Ändringar begärda", "Changes requested";
        Approved = "approved", "Antagen", "Approved";
        Archived = "archived", "Arkiverad", "Archived";
    }
}

labelled_enum! {
    /// The language a plan is written in.
    Language {
        Sv = "sv", "svenska", "Swedish";
        En = "en", "engelska", "English";
        Nb = "nb", "norska (bokmål)", "Norwegian (Bokmål)";
        Nn = "nn", "norska (nynorska)", "Norwegian (Nynorsk)";
        Da = "da", "danska", "Danish";
        Fi = "fi", "finska", "Finnish";
        Is = "is", "isländska", "Icelandic";
    }
}

labelled_enum! {
    UnitKind {
        District = "district", "Stadsdelsförvaltning", "District administration";
        Department = "department", "Fackförvaltning", "Specialist department";
    }
}

labelled_enum! {
    ChallengeCategory {
        GangCrime = "gang_crime", "Gängkriminalitet", "Gang crime";
        RightWingExtremism = "right_wing_extremism", "Våldsbejakande högerextremism", "Violent right-wing extremism";
        LeftWingExtremism = "left_wing_extremism", "Våldsbejakande vänsterextremism", "Violent left-wing extremism";
        IslamistExtremism = "islamist_extremism", "Våldsbejakande islamism", "Violent Islamist extremism";
        LoneActors = "lone_actors", "Ensamagerande", "Lone actors";
        HateCrime = "hate_crime", "Hatbrott", "Hate crime";
        OnlineHate = "online_hate", "Näthat", "Online hate";
        Disinformation = "disinformation", "Desinformation", "Disinformation";
        YouthAntisocial = "youth_antisocial", "Normbrytande beteende bland unga", "Antisocial behaviour among young people";
        PublicSpaceInsecurity = "public_space_insecurity", "Otrygghet i offentlig miljö", "Insecurity in public space";
        Other = "other", "Annat", "Other";
    }
}

labelled_enum! {
    Trend {
        Rising = "rising", "Ökande", "Rising";
        Stable = "stable", "Stabil", "Stable";
        Falling = "falling", "Minskande", "Falling";
        Unknown = "unknown", "Okänd", "Unknown";
    }
}

labelled_enum! {
    IndicatorKind {
        RecordedCrime = "recorded_crime", "Anmälda brott", "Recorded crime";
        PerceivedSafety = "perceived_safety", "Upplevd trygghet", "Perceived safety";
        RiskOrProtectiveFactor = "risk_or_protective_factor", "Risk- eller skyddsfaktor", "Risk or protective factor";
        Activity = "activity", "Aktivitet/prestation", "Activity/output";
    }
}

labelled_enum! {
    IndicatorUnit {
        Count = "count", "antal", "count";
        Per100k = "per_100k", "per 100 000 invånare", "per 100,000 inhabitants";
        Percent = "percent", "procent", "percent";
        Index = "index", "index", "index";
    }
}

labelled_enum! {
    /// Which way an indicator should move for things to be getting better.
    Direction {
        Down = "down", "Nedåt", "Down";
        Up = "up", "Uppåt", "Up";
    }
}

labelled_enum! {
    /// Every measure has exactly one level.
    PreventionLevel {
        Universal = "universal", "Universell prevention", "Universal prevention";
        Selective = "selective", "Selektiv prevention", "Selective prevention";
        Indicated = "indicated", "Indikerad prevention", "Indicated prevention";
    }
}

labelled_enum! {
    /// The Capital Code's four themes; a measure may carry any of them.
    CapitalCodeTheme {
        OnlineHate = "online_hate", "Minska näthat och rädsla", "Reduce online hate and fear";
        Disinformation = "disinformation", "Stärka invånare mot desinformation", "Empower citizens to resist disinformation";
        YouthInclusion = "youth_inclusion", "Stärka unga att främja inkludering", "Empower youth to promote inclusion";
        SafeCityAlliances = "safe_city_alliances", "Bygga lokala allianser för trygghet", "Build and expand local safe city alliances";
    }
}

labelled_enum! {
    MeasureStatus {
        Planned = "planned", "Planerad", "Planned";
        Ongoing = "ongoing", "Pågående", "Ongoing";
        Completed = "completed", "Genomförd", "Completed";
        Paused = "paused", "Pausad", "Paused";
        Cancelled = "cancelled", "Avbruten", "Cancelled";
    }
}

labelled_enum! {
    PartnerRole {
        Lead = "lead", "Huvudansvarig", "Lead";
        Partner = "partner", "Samverkanspart", "Partner";
        Funder = "funder", "Finansiär", "Funder";
    }
}

labelled_enum! {
    PartnerType {
        Police = "police", "Polisen", "Police";
        SocialServices = "social_services", "Socialtjänst", "Social services";
        School = "school", "Skola", "School";
        PrisonProbation = "prison_probation", "Kriminalvården", "Prison and Probation Service";
        HealthCare = "health_care", "Hälso- och sjukvård", "Health care";
        HousingCompany = "housing_company", "Bostadsbolag", "Housing company";
        CivilSocietySports = "civil_society_sports", "Civilsamhälle: idrott", "Civil society: sports";
        CivilSocietyCulture = "civil_society_culture", "Civilsamhälle: kultur", "Civil society: culture";
        CivilSocietyYouth = "civil_society_youth", "Civilsamhälle: ungdomsorganisation", "Civil society: youth organisation";
        CivilSocietyReligious = "civil_society_religious", "Civilsamhälle: trossamfund", "Civil society: religious organisation";
        Business = "business", "Näringsliv", "Business";
        PublicAgency = "public_agency", "Annan myndighet", "Other public agency";
        Research = "research", "Forskning", "Research";
        Other = "other", "Annan", "Other";
    }
}

labelled_enum! {
    EvidenceLevel {
        Tested = "tested", "Utvärderad med effekt", "Tested";
        Promising = "promising", "Lovande", "Promising";
        PracticeBased = "practice_based", "Erfarenhetsbaserad", "Practice-based";
        Untested = "untested", "Oprövad", "Untested";
    }
}

labelled_enum! {
    EffectTerm {
        Short = "short", "Kort sikt", "Short term";
        Long = "long", "Lång sikt", "Long term";
    }
}

labelled_enum! {
    /// The parts of a plan, in the order of the guided steps. Findings and comments point into one.
    Section {
        Plan = "plan", "Planen", "The plan";
        Lagesbild = "lagesbild", "Lägesbild", "Situational picture";
        Challenges = "challenges", "Utmaningar", "Challenges";
        Statistics = "statistics", "Statistik", "Statistics";
        Measures = "measures", "Åtgärder", "Measures";
        Partners = "partners", "Samverkansparter", "Partners";
        Responsibilities = "responsibilities", "Ansvar och rutiner", "Responsibilities and routines";
        FollowUp = "follow_up", "Uppföljning", "Follow-up";
    }
}

labelled_enum! {
    /// How serious a readiness finding is: an error blocks submitting the plan.
    Level {
        Error = "error", "Fel", "Error";
        Warning = "warning", "Varning", "Warning";
    }
}

labelled_enum! {
    /// Who is acting on a plan: the district's planner writes it, the city's executive office and the
    /// Nordic Safe Cities advisor review it. Each status move names the roles that may make it
    /// (`TRANSITIONS`), and the role goes on every comment and revision.
    Role {
        Planner = "planner", "Planerare", "Planner";
        ExecutiveOffice = "executive_office", "Stadsledningskontoret", "Executive office";
        Advisor = "advisor", "Rådgivare", "Advisor";
    }
}

labelled_enum! {
    /// Where a suggestion stands: waiting for the planner, taken into the plan, or turned down.
    SuggestionState {
        Open = "open", "Öppet", "Open";
        Accepted = "accepted", "Godtaget", "Accepted";
        Rejected = "rejected", "Avböjt", "Rejected";
    }
}
