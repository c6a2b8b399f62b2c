# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.
# Poruke programa komandne linije `lantern` (rad na terenu) i `lantern-central` (centralna kancelarija).
# RADNA VERZIJA PREVODA sa engleskog: još nije proverena od strane izvornog govornika (videti locales/status.toml).
# Latinična verzija (sr-Latn) se izvodi iz ove datoteke: lantern locales derive-sr-latn
# Opcije (--profile), imena promenljivih (LANTERN_PROFILE) i komande se ne prevode.
# Upiti za unos se završavaju sa „:”; razmak posle njega dodaje program.

## Upiti za unos

cli-prompt-passphrase = Lozinka:
cli-prompt-new-passphrase = Nova lozinka:
cli-prompt-repeat-passphrase = Ponovite lozinku:
cli-prompt-current-passphrase = Trenutna lozinka:
cli-prompt-recovery-key = Ključ za oporavak:
cli-prompt-central-passphrase = Lozinka centralne kancelarije:
cli-prompt-new-central-passphrase = Nova lozinka centralne kancelarije:

## Profil za rad na terenu (lantern)

cli-profile-created = Profil je napravljen u { $dir }
cli-device-id = Identifikator uređaja: { $id }
cli-recovery-key-instruction = Ključ za oporavak (prikazuje se samo jednom): zapišite ga sada i još danas ga predajte svom nadređenom. Ne držite ga uz ovaj laptop. Ako se lozinka zaboravi, nadređeni pomoću njega može da otvori zapise.
cli-status-interviews = Intervjui: { $total } (nacrti: { $drafts }, završeni: { $finished }, poslati: { $exported })
cli-status-insecure-kdf = Upozorenje: ovaj profil koristi nesigurna probna podešavanja za izvođenje ključa. Ne koristite ga za prave intervjue.
cli-passphrase-changed = Lozinka je promenjena.

## Sinhronizacija (lantern enrol, export)

cli-enrolled = Uređaj je registrovan u centralnoj kancelariji { $node }
cli-enrol-central-key = Otisak centralnog ključa: { $value }
cli-enrol-recipient-key = Otisak ključa primaoca: { $value }
cli-enrol-purge = Posle potvrde prijema: { $value }
cli-enrol-device-key = Ključ ovog uređaja: { $value }
cli-enrol-device-fingerprint = Otisak ovog uređaja: { $value }
cli-purge-after-receipt = odgovori se brišu sa uređaja čim centralna kancelarija potvrdi da ih ima
cli-purge-never = odgovori ostaju na uređaju
cli-exported = { $records ->
    [one] Paket { $bundle } (broj { $seq }, { $records } zapis)
    [few] Paket { $bundle } (broj { $seq }, { $records } zapisa)
   *[other] Paket { $bundle } (broj { $seq }, { $records } zapisa)
}

## Provera upitnika i podaci za procenu

cli-questionnaire-valid = { $file }: ispravno. Upitnik { $id }, verzija { $version }; modula: { $modules }, pitanja: { $questions }.
cli-standard-input = standardni ulaz
cli-script-step = Korak { $step } skripte

## Centralna kancelarija (lantern-central)

cli-central-created = Centralna kancelarija je napravljena u { $dir }
cli-central-node-id = Identifikator čvora: { $value }
cli-central-key = Otisak centralnog ključa: { $value }
cli-central-recipient-key = Otisak ključa primaoca: { $value }
cli-central-purge = Šta uređaji rade posle potvrde prijema: { $value }
cli-central-enrolment-file = Datoteka za registraciju uređaja: { $file }
cli-central-recovery-key-instruction = Ključ za oporavak (prikazuje se samo jednom): zapišite ga sada i predajte ga nadređenom koji je zadužen za ovu centralnu kancelariju. Čuvajte ga odvojeno od lozinke: njime se može otvoriti centralna kancelarija ako se lozinka zaboravi.
cli-device-approved = odobren
cli-device-revoked = pristup opozvan
cli-device-key-not-pinned = (ključ još nije utvrđen: uzima se iz prvog paketa čiji ključ ima ovaj otisak)
cli-device-row = { $device }  { $status }  { $fingerprint }  paketa: { $bundles }
cli-review-row = { $interview }  revizija { $revision }  { $state }  { $result }
cli-review-no-result = nema rezultata
cli-review-in-queue = u redu za pregled

## Greške koje programi komandne linije objašnjavaju svojim rečima

cli-error-no-profile = Nije navedena fascikla profila: koristite --profile FASCIKLA ili postavite LANTERN_PROFILE.
cli-error-no-central-home = Nije navedena fascikla centralne kancelarije: koristite --home FASCIKLA ili postavite LANTERN_CENTRAL_HOME.
cli-error-no-passphrase = Nema lozinke: postavite { $variable } ili pokrenite komandu u terminalu.
cli-error-passphrase-mismatch = Lozinke se ne poklapaju. Ništa nije promenjeno.
cli-error-terminal = Terminal nije bilo moguće pročitati.
cli-error-read = Nije moguće pročitati { $path }.
cli-error-write = Nije moguće zapisati { $path }.
cli-error-internal = Neočekivana unutrašnja greška. Molimo vas da je prijavite zajedno sa kodom.
cli-error-unknown-language = „{ $lang }” nije jedan od jezika aplikacije Lantern. Dostupni: { $available }.
cli-error-locales = Datoteke lokalizacije nije bilo moguće pročitati ili nisu ispravne.
cli-error-assess-no-input = Navedite --indicators DATOTEKA ili --answers DATOTEKA.
cli-error-observations-json = { $file } nije ispravna datoteka zapažanja (JSON).
cli-error-answers-json = { $file } nije ispravna datoteka odgovora.
cli-error-unknown-question = { $file }: nepoznat identifikator pitanja { $question }.
cli-error-unknown-indicator = { $count ->
    [one] Nepoznat identifikator indikatora: { $ids }. Katalog ima DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 i AVD1–AVD7.
   *[other] Nepoznati identifikatori indikatora: { $ids }. Katalog ima DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 i AVD1–AVD7.
}
cli-error-unknown-evidence-indicator = { $count ->
    [one] Navedeni su dokazi za nepoznat identifikator indikatora: { $ids }.
   *[other] Navedeni su dokazi za nepoznate identifikatore indikatora: { $ids }.
}
cli-error-catalogue-unreadable = Katalog indikatora nije bilo moguće pročitati.
cli-error-catalogue-invalid = Katalog indikatora nije ispravan.
cli-error-script-json = { $file } nije ispravna skripta intervjua.
cli-error-questionnaire-problems = { $count ->
    [one] { $file }: pronađen je { $count } problem.
    [few] { $file }: pronađena su { $count } problema.
   *[other] { $file }: pronađeno je { $count } problema.
}
cli-error-bad-device-key = Ključ uređaja naveden uz --key nije ispravan.

## Consent withdrawal and identity kept apart (issue 10, device side)
cli-export-identity-withheld = Intervju { $id }: njeni identifikacioni podaci ostaju na ovom uređaju (nije pristala i na pomoć i na deljenje podataka). Centralna kancelarija dobija slučaj bez njih.
cli-consent-withdrawn = Intervju { $id }: povlačenje pristanka ({ $purpose }) je zabeleženo. Biće poslato centralnoj kancelariji sa sledećim izvozom.
cli-consent-already-no = Intervju { $id }: pristanak ({ $purpose }) je već odbijen ili povučen. Ništa nije promenjeno.

## Central office: case records, consent, identity views, bound device approval (issue 10)

cli-device-not-bound = (odobren bez ključa: nijedan paket se ne prihvata dok se ponovo ne odobri sa --key ili --fingerprint)
cli-record-head = { $interview }  revizija { $revision }  sa { $device }  odgovora: { $answers }  { $state }
cli-record-consent = Saglasnost: pomoć { $assistance }, deljenje sa organizacijama { $sharing }, policija { $police }, statistika { $statistics }
cli-consent-yes = da
cli-consent-no = ne
cli-consent-unknown = nepoznato
cli-record-identity-withheld = Podaci o identitetu se ne prikazuju. Da biste ih videli: --with-identity --reason TEKST (uvid se beleži u dnevnik revizije).
cli-record-identity-none = Za ovaj razgovor se ne čuvaju podaci o identitetu (nisu poslati ili njena saglasnost nije dozvolila da se čuvaju). Zahtev se beleži u dnevnik revizije.
cli-record-identity = Podaci o identitetu (ovaj uvid se beleži u dnevnik revizije):
cli-record-no-value = (bez vrednosti)
cli-audit-verified = Lanac dnevnika revizije je neoštećen; unosa: { $count }

## Statistics and exports (issue 12)
cli-stats-heading = Intervjui sa pristankom na anonimnu statistiku; brojevi manji od { $k } se ne prikazuju.
cli-stats-count = broj
cli-stats-total = ukupno
cli-stats-suppressed-note = <{ $k }: manje od { $k } intervjua, ili skriveno da se mali broj ne bi mogao izračunati iz zbirova.
cli-stats-total-not-sum = Jedan intervju može biti brojan pod više vrednosti ove tabele: ukupno je broj intervjua, a ne zbir brojeva.
cli-export-plain-warning = Upozorenje: { $file } se zapisuje nešifrovano, za { $recipient }. Svako ko dobije datoteku može je pročitati. Predajte je lično i obrišite kada više nije potrebna.
cli-prompt-export-passphrase = Lozinka za datoteku izvoza:

## Persons interviewed more than once (issue 13)
cli-persons-candidate = { $a }  { $b }  ocena { $score }

## Audit log verification (issue 16)

cli-audit-sound = Dnevnik revizije: { $count } unosa, lanac sa ključem je ispravan.
cli-audit-broken-deleted = Dnevnik revizije je prekinut kod unosa { $position }: unos pre njega je obrisan.
cli-audit-broken-edited = Dnevnik revizije je prekinut kod unosa { $position }: unos je izmenjen nakon što je zapisan.
cli-audit-broken-reordered = Dnevnik revizije je prekinut kod unosa { $position }: unosi su premešteni; ovaj je zapisan na drugom mestu.
cli-audit-broken-inserted = Dnevnik revizije je prekinut kod unosa { $position }: unos je dodat spolja.
cli-audit-broken-clock-rollback = Dnevnik revizije je prekinut kod unosa { $position }: datiran je ranije od unosa pre njega (sat je vraćen unazad).
cli-audit-broken-truncated = Dnevnik revizije je prekinut kod unosa { $position }: dnevnik je kraći od onoga što je pokazao pri izvozu ili se od njega razlikuje.

## Online sync and the inbox (issue 14)

cli-error-listen = Nije moguće slušati na { $path }. Da li neki drugi program koristi ovaj port?
cli-central-inbox-certificate = Otisak sertifikata prijemnog sandučeta: { $value }
cli-sync-acknowledged = Kancelarija je primila paket { $bundle } i poslala potvrdu.

## The office's key in shares, and a home rebuilt from them (issue 16)
cli-central-share-file = Lantern: jedan deo ključa centralne kancelarije (deo { $number } od { $total }; za obnovu kancelarije dovoljno ih je { $threshold }, bilo kojih).
    Čuvajte ga odvojeno od laptopa kancelarije i od ostalih delova ključa. Sam za sebe ne otkriva ništa.
    Za obnovu: lantern-central --home NOVA-FASCIKLA recover --from KOPIJA-central.db --shares DATOTEKA...
cli-central-shares-written = Upisano datoteka s delovima ključa: { $total }; za obnovu ključa kancelarije dovoljno ih je { $threshold }, bilo kojih. Datoteke dajte različitim osobama, svakoj po jednu, i obrišite ovu fasciklu.
cli-central-restored = Centralna kancelarija je obnovljena u { $dir }

## Crypto-erase of a field profile (issue 16)
cli-erase-unconfirmed = Uništavanje ne može da se poništi: intervjui koji još nisu stigli u centralnu kancelariju biće izgubljeni. Da biste uništili profil, pokrenite komandu ponovo sa --confirm.
cli-erased = Profil u { $dir } je uništen. Više niko ne može da ga otvori.
