//! R9's scanner: real identity numbers of each country are found, ordinary numbers are not.
//! Check digits are computed here with independent implementations, beside published examples
//! (Skatteverket's 811218-9876 and Tolvan Tolvansson's 19121212-1212, Finland's 131052-308T).

use safeplan_model::identity_number::{
    find_identity_numbers, mask_identity_numbers, IdentityNumberKind as K,
};

fn kinds(text: &str) -> Vec<K> {
    find_identity_numbers(text)
        .into_iter()
        .map(|m| m.kind)
        .collect()
}

fn digits(s: &str) -> Vec<u32> {
    s.chars().filter_map(|c| c.to_digit(10)).collect()
}

/// Appends the Luhn check digit to nine digits.
fn luhn_complete(nine: &str) -> String {
    let sum: u32 = digits(nine)
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 0 {
                (d * 2) / 10 + (d * 2) % 10
            } else {
                *d
            }
        })
        .sum();
    format!("{nine}{}", (10 - sum % 10) % 10)
}

/// Appends both Norwegian control digits to nine digits, if they exist.
fn norwegian_complete(nine: &str) -> Option<String> {
    let control =
        |d: &[u32], w: &[u32]| match 11 - d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11 {
            11 => Some(0),
            10 => None,
            k => Some(k),
        };
    let mut d = digits(nine);
    d.push(control(&d, &[3, 7, 6, 1, 8, 9, 4, 5, 2])?);
    d.push(control(&d, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])?);
    Some(d.iter().map(|x| x.to_string()).collect())
}

fn danish_mod11_ok(ten: &str) -> bool {
    digits(ten)
        .iter()
        .zip([4, 3, 2, 7, 6, 5, 4, 3, 2, 1])
        .map(|(d, w)| d * w)
        .sum::<u32>()
        % 11
        == 0
}

fn finnish_check(nine: &str) -> char {
    let n: u32 = nine.parse().expect("nine digits");
    "0123456789ABCDEFHJKLMNPRSTUVWXY"
        .chars()
        .nth((n % 31) as usize)
        .expect("index below 31")
}

#[test]
fn swedish_personnummer_in_every_written_form() {
    for text in [
        "811218-9876",
        "8112189876",
        "19811218-9876",
        "198112189876",
        "121212+1212",
        "19121212-1212",
        "640823-3234",
    ] {
        assert_eq!(kinds(text), vec![K::SwedishPersonnummer], "{text}");
    }
    let computed = luhn_complete("040229123");
    assert_eq!(
        kinds(&format!("Född {}-{}.", &computed[..6], &computed[6..])),
        vec![K::SwedishPersonnummer]
    );
}

#[test]
fn swedish_samordningsnummer() {
    assert_eq!(kinds("701063-2391"), vec![K::SwedishSamordningsnummer]);
    assert_eq!(kinds("197010632391"), vec![K::SwedishSamordningsnummer]);
    let computed = luhn_complete("991291123");
    assert_eq!(
        kinds(&computed),
        vec![K::SwedishSamordningsnummer],
        "day 91 is the 31st"
    );
}

#[test]
fn swedish_wrong_check_digit_or_date_is_not_a_number() {
    assert!(kinds("811218-9875").is_empty());
    assert!(kinds("198112189875").is_empty());
    // Luhn-valid, but 32 December does not exist.
    let bad_date = luhn_complete("811232123");
    assert!(kinds(&bad_date).is_empty(), "{bad_date}");
    assert!(kinds("19830229-0000").is_empty());
}

#[test]
fn norwegian_fodselsnummer_and_d_number() {
    assert_eq!(kinds("15076500565"), vec![K::NorwegianFodselsnummer]);
    assert_eq!(kinds("fnr. 150765 00565"), vec![K::NorwegianFodselsnummer]);
    assert_eq!(kinds("150765-00565"), vec![K::NorwegianFodselsnummer]);
    let computed = norwegian_complete("290200500").expect("control digits exist");
    assert_eq!(
        kinds(&computed),
        vec![K::NorwegianFodselsnummer],
        "{computed}: 29 February 2000"
    );
    let d_number = norwegian_complete("410203123").expect("control digits exist");
    assert_eq!(kinds(&d_number), vec![K::NorwegianDNumber], "{d_number}");
    assert!(
        kinds("15076500566").is_empty(),
        "second control digit wrong"
    );
    assert!(kinds("15076500575").is_empty(), "first control digit wrong");
}

#[test]
fn danish_cpr() {
    assert!(danish_mod11_ok("1503851004"));
    assert_eq!(
        kinds("1503851004"),
        vec![K::DanishCpr],
        "bare, and passes modulus 11"
    );
    // 070761-4285 is also a valid Swedish samordningsnummer (1 July 2007): the Swedish reading
    // names it, and it is found either way.
    assert_eq!(kinds("CPR 070761-4285"), vec![K::SwedishSamordningsnummer]);
    assert_eq!(kinds("211062-5629"), vec![K::DanishCpr]);
    // With a hyphen a real date suffices (post-2007 numbers need not pass modulus 11)…
    assert!(!danish_mod11_ok("0101902036"));
    assert_eq!(kinds("010190-2036"), vec![K::DanishCpr]);
    // …without it, the modulus must pass too.
    assert!(kinds("0101902036").is_empty());
    assert!(kinds("310290-1234").is_empty(), "30/31 February");
}

#[test]
fn finnish_henkilotunnus() {
    assert_eq!(finnish_check("131052308"), 'T');
    assert_eq!(kinds("HETU 131052-308T."), vec![K::FinnishHenkilotunnus]);
    let born_2000 = format!("290200A101{}", finnish_check("290200101"));
    assert_eq!(
        kinds(&born_2000),
        vec![K::FinnishHenkilotunnus],
        "{born_2000}"
    );
    let digit_check = format!("010594Y902{}", finnish_check("010594902"));
    assert_eq!(
        kinds(&digit_check),
        vec![K::FinnishHenkilotunnus],
        "{digit_check}"
    );
    assert!(kinds("131052-308U").is_empty(), "wrong check character");
    assert!(kinds("131052G308T").is_empty(), "G is no century sign");
    assert!(kinds("131052-308TX").is_empty(), "part of a longer code");
    assert!(kinds("290201A101K").is_empty(), "2001 is no leap year");
}

#[test]
fn ordinary_numbers_in_a_plan_are_not_identity_numbers() {
    let negatives = [
        "2019",
        "2019–2024",
        "2019-2024",
        "perioden 2025-2027",
        "1 250 000 kr",
        "2500000",
        "12 500 000 SEK",
        "08-508 000 00",
        "+46 8 508 000 00",
        "070-123 45 67",
        "0701234567",
        "+47 22 33 44 55",
        "2023-02-28",
        "20230228",
        "123 45 Stockholm",
        "0150 Oslo",
        "00100 Helsinki",
        "556677-8899",
        "556036-0793",
        "5560360793",
        "2021000084",
        "3 260 anmälda brott",
        "41 per 100 000 invånare",
        "98112189876543",
        "8112189876.5",
        "1.8112189876",
        "811218-98760",
        "19811218-98765",
        "SE45 5000 0000 0583 9825 7466",
        "Bankgiro 5050-1055",
        "v. 2024-Q3 och 2024-H1",
        "12.5%",
        "3 811218 9876 kr",
        "811218 9876 54",
        "811218 9875",
    ];
    for text in negatives {
        assert_eq!(kinds(text), vec![], "{text:?}");
    }
}

#[test]
fn numbers_are_found_inside_prose_with_byte_ranges() {
    let text = "Åsa (811218-9876) och Pekka 131052-308T, tel. 070-123 45 67.";
    let found = find_identity_numbers(text);
    assert_eq!(found.len(), 2);
    assert_eq!(&text[found[0].range.clone()], "811218-9876");
    assert_eq!(&text[found[1].range.clone()], "131052-308T");
    assert_eq!(found[0].char_position(text), 6);
}

#[test]
fn an_en_dash_separator_is_still_a_number() {
    assert_eq!(kinds("811218\u{2013}9876"), vec![K::SwedishPersonnummer]);
}

#[test]
fn masking_hides_every_digit_and_keeps_the_rest() {
    assert_eq!(
        mask_identity_numbers("Åsa 811218-9876, 2024"),
        "Åsa ******-****, 2024"
    );
    let text = "19121212-1212";
    let m = &find_identity_numbers(text)[0];
    assert_eq!(m.masked(text), "********-****");
}
