# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.
# Pomoć (--help) i verzija (--version) programa `lantern` i `lantern-central`.
# PRIVREMENI PREVOD sa engleskog: još nije proverio izvorni govornik.
# Opcije, nazivi komandi i promenljive okruženja se ne prevode.

## Tekstovi samog clap-a, zajednički za oba programa.
cli-help-usage = Upotreba
cli-help-commands = Komande
cli-help-arguments = Argumenti
cli-help-options = Opcije
cli-help-flag-help = Prikaži pomoć
cli-help-flag-version = Prikaži verziju
cli-help-subcommand-help = Prikaži ovu poruku ili pomoć za date komande

## --version: verzija programa i podataka ugrađenih u njega.
cli-version = { $build }
    upitnik: { $questionnaire_id } { $questionnaire }
    katalog indikatora: { $catalogue }
    pravilo odluke: { $rule }

## lantern, program za rad na terenu.
cli-help-lantern = Program Lantern za rad na terenu: profil, intervjui, procena i sinhronizacija bez prozora
cli-help-lantern-arg-profile = Fascikla profila (šifrovana baza i zaštićeni ključevi)
cli-help-lantern-arg-lang = Jezik poruka: en, sq, sr-Cyrl, sr-Latn, ro, ru ili uk (podrazumevano: iz LC_ALL, LC_MESSAGES ili LANG, inače engleski)
cli-help-lantern-init = Napravi novi profil: šifrovana baza, ključ podataka, ključ za oporavak
cli-help-lantern-status = Otključaj profil i prikaži pregled
cli-help-lantern-passphrase = Promeni lozinku ili postavi novu pomoću ključa za oporavak
cli-help-lantern-assess = Proceni zapažanja prema katalogu indikatora i ispiši rezultat kao JSON
cli-help-lantern-locales = Proveri jezičke datoteke ili ponovo izvedi sr-Latn iz sr-Cyrl
cli-help-lantern-locales-check = Proveri jezičke datoteke: iste poruke i promenljive u svakom jeziku, ništa prazno ili pokvareno, datoteka statusa potpuna, sr-Latn izveden iz sr-Cyrl
cli-help-lantern-locales-derive-sr-latn = Ponovo napravi locales/sr-Latn iz locales/sr-Cyrl preslovljavanjem
cli-help-lantern-questionnaire = Proveri definiciju upitnika ili prikaži isporučeni
cli-help-lantern-questionnaire-check = Proveri datoteku definicije; ispiši svaki problem (kod, datoteka, mesto) i završi s greškom ako ga ima
cli-help-lantern-questionnaire-show = Ispiši isporučeni upitnik za identifikaciju kao JSON
cli-help-lantern-interview = Sprovedi intervju po scenariju, navedi intervjue ili ispiši odgovore intervjua
cli-help-lantern-interview-run = Sprovedi intervju po scenariju (odgovori po id-u pitanja, promene jezika) i ispiši njegov id
cli-help-lantern-interview-list = Navedi intervjue (JSON)
cli-help-lantern-interview-answers = Ispiši datoteku odgovora intervjua (ulaz za lantern assess --answers)
cli-help-lantern-enrol = Uvezi datoteku za upis centralne kancelarije; ispisuje id ovog uređaja
cli-help-lantern-export = Upiši intervjue izmenjene od poslednjeg potvrđenog izvoza u jedan zapečaćeni paket; ispisuje njegovu putanju
cli-help-lantern-receipt = Primeni potpisane potvrde centralne kancelarije: označi zapise kao primljene, obriši po pravilu
cli-help-lantern-consent = Zabeleži saglasnost koju je povukla posle razgovora (šalje se sa sledećim izvozom)
cli-help-lantern-consent-withdraw = Povuci jednu saglasnost razgovora; beleži se sada i šalje sa sledećim izvozom

## lantern-central, program centralne kancelarije.
cli-help-central = Centralna kancelarija Lantern: uređaji, uvoz paketa za sinhronizaciju, potvrde, pregled
cli-help-central-arg-home = Fascikla centralne kancelarije (šifrovana baza i zaštićeni ključevi)
cli-help-central-arg-lang = Jezik poruka: en, sq, sr-Cyrl, sr-Latn, ro, ru ili uk (podrazumevano: iz LC_ALL, LC_MESSAGES ili LANG, inače engleski)
cli-help-central-init = Napravi centralnu kancelariju: ključevi, šifrovana baza, ključ za oporavak, datoteka za upis
cli-help-central-enrolment = Ponovo upiši datoteku za upis
cli-help-central-info = Prikaži id kancelarije, otiske ključeva i pravilo brisanja
cli-help-central-devices = Odobri, navedi ili opozovi uređaje
cli-help-central-devices-approve = Odobri uređaj po id-u, vezan za ključ ili otisak koji je ispisao pri upisu (jedno od njih je obavezno); sa --fingerprint ključ se veže po prvom paketu čiji ključ ima taj otisak
cli-help-central-devices-list = Navedi uređaje
cli-help-central-devices-revoke = Opozovi uređaj: njegovi paketi se od sada odbijaju
cli-help-central-import = Uvezi datoteke paketa (ili svaku datoteku .bundle u fascikli); ispisuje izveštaj u JSON-u
cli-help-central-receipts = Upiši potpisane potvrde za uvezene pakete u fasciklu
cli-help-central-review = Pregled supervizora: spisak, stanje i beleška, red za pregled, istorija
cli-help-central-review-list = Intervjui s procenom, vremenskom linijom jezika, stanjem pregleda i beleškom
cli-help-central-review-set = Postavi stanje pregleda intervjua (new, reviewed, needs_follow_up) i belešku
cli-help-central-review-queue = Red za pregled: neprimenjene revizije (sukob revizija, zapis s drugog uređaja, starija revizija stigla posle novije), kao JSON; reason kaže koja
cli-help-central-review-resolve = Zatvori stavku reda za pregled beleškom
cli-help-central-review-history = Svaka revizija primljena za zapis
cli-help-central-records = Zapisi slučajeva onako kako ih kancelarija čuva
cli-help-central-records-show = Jedan zapis slučaja: razgovor, stanje pregleda i saglasnost; podaci o identitetu samo sa --with-identity i --reason, koji ide u dnevnik revizije
cli-help-central-audit = Dnevnik revizije kancelarije (uvidi u identitet, brisanja zbog saglasnosti), sa proverenim lancem
cli-help-central-stats = Statistika intervjua sa saglasnošću za statistiku, male ćelije skrivene (k najmanje 11)
cli-help-central-export = Upisuje statistiku (CSV, XLSX) ili izvoz po slučajevima (HTCDS, CTDC), šifrovano osim ako --plain navodi primaoca; beleži se u dnevnik revizije

## Interpreter registry (issue 11)
cli-help-lantern-interpreters = Registar prevodilaca: intervjui navode prevodioce samo po njegovim unosima
cli-help-lantern-interpreters-add = Dodaj prevodioca u registar ili ažuriraj unos sa ovom oznakom; ispisuje ga (JSON)
cli-help-lantern-interpreters-list = Registar (JSON)

## Persons interviewed more than once (issue 13)
cli-help-central-persons = Osobe intervjuisane više puta: mogući parovi intervjua, veze koje pravi supervizorka
cli-help-central-persons-candidates = Parovi intervjua sa različitih uređaja koji mogu biti ista žena, sa dokazima (koja polja se slažu i kako, nikad imena)
cli-help-central-persons-link = Poveži dva intervjua kao istu ženu, uz belešku; beleži se u dnevnik revizije, zapisi se ne menjaju
cli-help-central-persons-unlink = Ukloni vezu između dva intervjua; beleži se u dnevnik revizije

## Audit log verification (issue 16)

cli-help-lantern-audit = Proveri dnevnik revizije ovog profila
cli-help-lantern-audit-verify = Proveri lanac sa ključem dnevnika revizije; prijavi prvi prekinuti unos i šta je tu prekinuto (JSON)
cli-help-central-audit-verify = Proveri lanac dnevnika revizije kancelarije; prijavi prvi prekinuti unos i šta je tu prekinuto (JSON)

## Online sync and the inbox (issue 14)

cli-help-central-serve = Pokreni HTTP prijemno sanduče: uređaji šalju pakete preko mreže i dobijaju potvrde
cli-help-lantern-sync = Pošalji sada u prijemno sanduče kancelarije ono što čeka i primeni potvrde (JSON: sent, acknowledged, purged)

## Key shares (issue 16)
cli-help-central-key = Ključ kancelarije u delovima za M od N osoba
cli-help-central-key-split = Podeli ključ kancelarije na N datoteka s delovima ključa, po jednu za svaku osobu; za obnovu je dovoljno bilo kojih M od njih
cli-help-central-recover = Ponovo izgradi fasciklu centralne kancelarije iz kopije baze izgubljene fascikle i M delova ključa; traži novu lozinku, ispisuje novi ključ za oporavak

## Crypto-erase (issue 16)
cli-help-lantern-erase = Odmah kriptografski uništi ovaj profil (prvo datoteka s ključevima, zatim se prepisuje svaka datoteka): više niko ne može da ga otvori; potrebni su --confirm i lozinka
