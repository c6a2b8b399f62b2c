//! The seeded generator of the persons evaluation sets: synthetic women with names of all six
//! interview languages, each interviewed 1 to 3 times on different devices, written down as a
//! worker would (a Latin transliteration of her own, or the Cyrillic; diacritics dropped; a
//! typo; the name order swapped; a nickname; a birth year one off; only an age). The same seed
//! gives the same set; the development seed and the held-back seed are different.

use lantern_central::PersonRecord;

/// splitmix64: small, seeded, reproducible on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

struct Language {
    code: &'static str,
    country: &'static str,
    given: &'static [&'static str],
    family: &'static [&'static str],
    /// (full name, short form) as she would say them.
    nicknames: &'static [(&'static str, &'static str)],
}

const LANGUAGES: &[Language] = &[
    Language {
        code: "ru",
        country: "ru",
        given: &[
            "Наталья",
            "Екатерина",
            "Анастасия",
            "Светлана",
            "Татьяна",
            "Ирина",
            "Ольга",
            "Мария",
            "Юлия",
            "Елена",
            "Людмила",
            "Галина",
            "Дарья",
            "Виктория",
            "Ксения",
            "Алина",
            "Марина",
            "Надежда",
            "Вера",
            "Любовь",
        ],
        family: &[
            "Иванова",
            "Смирнова",
            "Кузнецова",
            "Попова",
            "Соколова",
            "Лебедева",
            "Козлова",
            "Новикова",
            "Морозова",
            "Петрова",
            "Волкова",
            "Соловьёва",
            "Васильева",
            "Зайцева",
            "Павлова",
            "Семёнова",
            "Голубева",
            "Виноградова",
            "Богданова",
            "Воробьёва",
        ],
        nicknames: &[
            ("Наталья", "Наташа"),
            ("Екатерина", "Катя"),
            ("Анастасия", "Настя"),
            ("Светлана", "Света"),
            ("Татьяна", "Таня"),
            ("Мария", "Маша"),
            ("Юлия", "Юля"),
            ("Елена", "Лена"),
        ],
    },
    Language {
        code: "uk",
        country: "ua",
        given: &[
            "Олена",
            "Оксана",
            "Наталія",
            "Ірина",
            "Тетяна",
            "Юлія",
            "Галина",
            "Катерина",
            "Олександра",
            "Світлана",
            "Марія",
            "Вікторія",
            "Христина",
            "Ганна",
            "Людмила",
            "Софія",
            "Ярослава",
            "Богдана",
            "Зоряна",
            "Леся",
        ],
        family: &[
            "Шевченко",
            "Коваленко",
            "Бондаренко",
            "Ткаченко",
            "Кравченко",
            "Олійник",
            "Шевчук",
            "Поліщук",
            "Бойко",
            "Ткачук",
            "Мельник",
            "Лисенко",
            "Марченко",
            "Руденко",
            "Савченко",
            "Гнатюк",
            "Павленко",
            "Кравчук",
            "Левченко",
            "Гриценко",
        ],
        nicknames: &[
            ("Олександра", "Саша"),
            ("Тетяна", "Таня"),
            ("Вікторія", "Віка"),
            ("Ірина", "Іра"),
        ],
    },
    Language {
        code: "sr",
        country: "rs",
        given: &[
            "Јелена",
            "Снежана",
            "Милица",
            "Драгана",
            "Јована",
            "Ивана",
            "Марија",
            "Ана",
            "Љиљана",
            "Биљана",
            "Гордана",
            "Весна",
            "Наташа",
            "Тамара",
            "Катарина",
            "Невена",
            "Сања",
            "Мирјана",
            "Данијела",
            "Бојана",
        ],
        family: &[
            "Јовановић",
            "Петровић",
            "Николић",
            "Марковић",
            "Ђорђевић",
            "Стојановић",
            "Илић",
            "Станковић",
            "Павловић",
            "Милошевић",
            "Ђурић",
            "Костић",
            "Лукић",
            "Живковић",
            "Шаркић",
            "Ћирић",
            "Танасковић",
            "Жарковић",
            "Вучковић",
            "Радовановић",
        ],
        nicknames: &[
            ("Снежана", "Снежа"),
            ("Јована", "Јоца"),
            ("Драгана", "Гага"),
        ],
    },
    Language {
        code: "ro",
        country: "md",
        given: &[
            "Ioana",
            "Elena",
            "Maria",
            "Ana",
            "Mihaela",
            "Andreea",
            "Cristina",
            "Daniela",
            "Gabriela",
            "Alina",
            "Irina",
            "Simona",
            "Mariana",
            "Raluca",
            "Nicoleta",
            "Loredana",
            "Violeta",
            "Ecaterina",
            "Tatiana",
            "Doina",
        ],
        family: &[
            "Popescu",
            "Ionescu",
            "Rusu",
            "Munteanu",
            "Ciobanu",
            "Țurcanu",
            "Cebotari",
            "Lungu",
            "Răileanu",
            "Ceban",
            "Moraru",
            "Bălan",
            "Sârbu",
            "Istrati",
            "Guțu",
            "Roșca",
            "Croitoru",
            "Pîslaru",
            "Șișcan",
            "Cojocaru",
        ],
        nicknames: &[("Ioana", "Oana"), ("Ana", "Anuța")],
    },
    Language {
        code: "sq",
        country: "al",
        given: &[
            "Drita", "Valbona", "Mirela", "Shpresa", "Arta", "Blerta", "Elona", "Fatjona",
            "Gentiana", "Jonida", "Klodiana", "Lindita", "Merita", "Nertila", "Rezarta", "Teuta",
            "Vjollca", "Besa", "Donika", "Erjona",
        ],
        family: &[
            "Hoxha", "Berisha", "Krasniqi", "Gashi", "Shehu", "Kelmendi", "Morina", "Bytyçi",
            "Dervishi", "Çela", "Leka", "Marku", "Zeqiri", "Rexhepi", "Mehmeti", "Ahmeti",
            "Dushku", "Thaçi", "Hasani", "Kastrati",
        ],
        nicknames: &[("Valbona", "Bona"), ("Mirela", "Mira")],
    },
    Language {
        code: "en",
        country: "other_country",
        given: &[
            "Sarah",
            "Emily",
            "Jessica",
            "Hannah",
            "Laura",
            "Rebecca",
            "Katherine",
            "Elizabeth",
            "Amy",
            "Rachel",
            "Lucy",
            "Sophie",
            "Charlotte",
            "Chloe",
            "Emma",
            "Olivia",
            "Megan",
            "Victoria",
            "Natalie",
            "Jennifer",
        ],
        family: &[
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Wood", "Jackson", "Clarke",
        ],
        nicknames: &[("Elizabeth", "Liz"), ("Katherine", "Kate")],
    },
];

const COUNTRIES: &[&str] = &[
    "rs", "mk", "me", "xk", "al", "ro", "md", "ua", "bg", "gr", "it",
];

/// A worker's own transliteration of Cyrillic: not the national scheme the library uses.
fn worker_latin(rng: &mut Rng, name: &str, lang: &str) -> String {
    let mut out = String::new();
    let first = name.chars().next().map(char::is_uppercase).unwrap_or(false);
    for (i, c) in name.chars().flat_map(char::to_lowercase).enumerate() {
        let alt =
            |a: &'static str, b: &'static str, rng: &mut Rng| if rng.chance(0.5) { a } else { b };
        let s: &str = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => {
                if lang == "uk" {
                    "h"
                } else {
                    "g"
                }
            }
            'ґ' => "g",
            'д' => "d",
            'ђ' => alt("dj", "đ", rng),
            'е' => {
                if i == 0 && lang == "ru" {
                    alt("e", "ye", rng)
                } else {
                    "e"
                }
            }
            'є' => alt("ye", "ie", rng),
            'ё' => alt("e", "yo", rng),
            'ж' => {
                if lang == "sr" {
                    alt("z", "ž", rng)
                } else {
                    "zh"
                }
            }
            'з' => "z",
            'и' => {
                if lang == "uk" {
                    "y"
                } else {
                    "i"
                }
            }
            'і' => "i",
            'ї' => alt("yi", "i", rng),
            'й' => alt("y", "i", rng),
            'ј' => "j",
            'к' => "k",
            'л' => "l",
            'љ' => "lj",
            'м' => "m",
            'н' => "n",
            'њ' => "nj",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'ћ' => alt("c", "ć", rng),
            'у' => "u",
            'ф' => "f",
            'х' => {
                if lang == "sr" {
                    "h"
                } else {
                    alt("kh", "h", rng)
                }
            }
            'ц' => {
                if lang == "sr" {
                    "c"
                } else {
                    alt("ts", "c", rng)
                }
            }
            'ч' => {
                if lang == "sr" {
                    alt("c", "č", rng)
                } else {
                    "ch"
                }
            }
            'џ' => alt("dz", "dž", rng),
            'ш' => {
                if lang == "sr" {
                    alt("s", "š", rng)
                } else {
                    "sh"
                }
            }
            'щ' => alt("shch", "sch", rng),
            'ъ' => "",
            'ь' => alt("", "'", rng),
            'ы' => "y",
            'э' => "e",
            'ю' => alt("yu", "iu", rng),
            'я' => alt("ya", "ia", rng),
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(s);
    }
    if first {
        let mut cs = out.chars();
        if let Some(f) = cs.next() {
            return f.to_uppercase().chain(cs).collect();
        }
    }
    out
}

fn drop_diacritics(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ă' | 'â' => 'a',
            'î' => 'i',
            'ș' | 'ş' | 'š' => 's',
            'ț' | 'ţ' => 't',
            'ë' => 'e',
            'ç' | 'č' | 'ć' => 'c',
            'ž' => 'z',
            'đ' => 'd',
            'Ș' | 'Š' => 'S',
            'Ț' => 'T',
            'Ç' | 'Č' | 'Ć' => 'C',
            'Ž' => 'Z',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

fn typo(rng: &mut Rng, name: &str) -> String {
    let mut cs: Vec<char> = name.chars().collect();
    if cs.len() < 4 {
        return name.to_owned();
    }
    let i = 1 + rng.below(cs.len() - 2);
    match rng.below(3) {
        0 => cs.swap(i, i + 1),
        1 => {
            cs.remove(i);
        }
        _ => {
            let c = cs[i];
            cs.insert(i, c);
        }
    }
    cs.into_iter().collect()
}

/// How a worker writes one name of hers.
fn written(rng: &mut Rng, name: &str, lang: &str) -> String {
    let cyrillic = name.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let mut s = if cyrillic && rng.chance(0.6) {
        worker_latin(rng, name, lang)
    } else {
        name.to_owned()
    };
    if rng.chance(0.4) {
        s = drop_diacritics(&s);
    }
    if rng.chance(0.15) {
        s = typo(rng, &s);
    }
    s
}

/// Family names composed of syllables and the language's endings, in its script: thousands a
/// language, as a real population has, where the evaluation sets' 20 a language would make
/// many different women of one name and birth year once there are tens of thousands.
fn composed_family(rng: &mut Rng, lang: &str) -> String {
    const CYRILLIC_ONSETS: &[&str] = &[
        "Б", "В", "Г", "Д", "З", "К", "Л", "М", "Н", "П", "Р", "С", "Т", "Ф", "Х", "Ч", "Ш",
    ];
    const CYRILLIC_VOWELS: &[&str] = &["а", "о", "е", "и", "у"];
    const CYRILLIC_CODAS: &[&str] = &["р", "л", "н", "в", "д", "к", "с", "т", "м", "б"];
    const CYRILLIC_MIDDLES: &[&str] = &["", "ан", "ор", "ин", "ел", "ух"];
    const LATIN_ONSETS: &[&str] = &[
        "B", "C", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "H", "Br", "Dr",
    ];
    const LATIN_VOWELS: &[&str] = &["a", "o", "e", "i", "u"];
    const LATIN_CODAS: &[&str] = &["r", "l", "n", "v", "d", "c", "s", "t", "m", "b"];
    const LATIN_MIDDLES: &[&str] = &["", "an", "or", "in", "el", "ur"];
    let (onsets, vowels, codas, middles, endings): (_, _, _, _, &[&str]) = match lang {
        "ru" => (
            CYRILLIC_ONSETS,
            CYRILLIC_VOWELS,
            CYRILLIC_CODAS,
            CYRILLIC_MIDDLES,
            &["ова", "ева", "ина"],
        ),
        "uk" => (
            CYRILLIC_ONSETS,
            CYRILLIC_VOWELS,
            CYRILLIC_CODAS,
            CYRILLIC_MIDDLES,
            &["енко", "чук", "ук", "ко", "ська"],
        ),
        "sr" => (
            CYRILLIC_ONSETS,
            CYRILLIC_VOWELS,
            CYRILLIC_CODAS,
            CYRILLIC_MIDDLES,
            &["ић", "овић", "евић"],
        ),
        "ro" => (
            LATIN_ONSETS,
            LATIN_VOWELS,
            LATIN_CODAS,
            LATIN_MIDDLES,
            &["escu", "eanu", "aru", "ache", "ean"],
        ),
        "sq" => (
            LATIN_ONSETS,
            LATIN_VOWELS,
            LATIN_CODAS,
            LATIN_MIDDLES,
            &["aj", "i", "a", "qi", "ri"],
        ),
        _ => (
            LATIN_ONSETS,
            LATIN_VOWELS,
            LATIN_CODAS,
            LATIN_MIDDLES,
            &["son", "ley", "ton", "ford", "er"],
        ),
    };
    [
        *rng.pick(onsets),
        *rng.pick(vowels),
        *rng.pick(codas),
        *rng.pick(middles),
        *rng.pick(endings),
    ]
    .concat()
}

/// `persons` women and their interviews; the second value is each interview's woman.
#[allow(dead_code)]
pub fn generate(seed: u64, persons: usize) -> (Vec<PersonRecord>, Vec<usize>) {
    generate_from(seed, persons, false)
}

/// [`generate`] with [`composed_family`] names: the benchmark's population.
#[allow(dead_code)]
pub fn population(seed: u64, persons: usize) -> (Vec<PersonRecord>, Vec<usize>) {
    generate_from(seed, persons, true)
}

fn generate_from(seed: u64, persons: usize, composed: bool) -> (Vec<PersonRecord>, Vec<usize>) {
    let mut rng = Rng::new(seed);
    let mut records = Vec::new();
    let mut truth = Vec::new();
    for p in 0..persons {
        let lang = rng.pick(LANGUAGES);
        let given = *rng.pick(lang.given);
        let family = if composed {
            composed_family(&mut rng, lang.code)
        } else {
            (*rng.pick(lang.family)).to_owned()
        };
        let year = 1975 + rng.below(30) as i32;
        let mut journey = vec![lang.country.to_owned()];
        for _ in 0..rng.below(3) {
            journey.push((*rng.pick(COUNTRIES)).to_owned());
        }
        let times = 1 + rng.below(3);
        let mut devices: Vec<usize> = Vec::new();
        while devices.len() < times {
            let d = rng.below(40);
            if !devices.contains(&d) {
                devices.push(d);
            }
        }
        for (n, d) in devices.into_iter().enumerate() {
            let mut g = given.to_owned();
            if let Some((_, short)) = lang.nicknames.iter().find(|(full, _)| *full == given)
                && rng.chance(0.2)
            {
                g = (*short).to_owned();
            }
            let g = written(&mut rng, &g, lang.code);
            let f = written(&mut rng, &family, lang.code);
            let (g, f) = if rng.chance(0.15) { (f, g) } else { (g, f) };
            let shift = if rng.chance(0.2) {
                rng.below(3) as i32 - 1
            } else {
                0
            };
            let (birth_year, from_age) = match rng.below(20) {
                0 => (None, None),
                1..=6 => (None, Some(year + shift)),
                _ => (Some(year + shift), None),
            };
            let mut languages = vec![lang.code.to_owned()];
            if rng.chance(0.3) {
                languages.push((*rng.pick(&["en", "ru", "sr", "sq"])).to_owned());
            }
            languages.sort();
            languages.dedup();
            let journey_countries = if rng.chance(0.3) {
                Vec::new()
            } else {
                journey.clone()
            };
            records.push(PersonRecord {
                interview_id: format!("int-{seed:x}-{p:04}-{n}"),
                device_id: format!("dev-{d:02}"),
                given: g,
                family: f,
                birth_year,
                birth_year_from_age: from_age,
                citizenship: None,
                languages,
                journey_countries,
            });
            truth.push(p);
        }
    }
    (records, truth)
}
