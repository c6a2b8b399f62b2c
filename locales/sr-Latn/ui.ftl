# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.
# Tekstovi interfejsa aplikacije i komandne linije.
# RADNA VERZIJA PREVODA sa engleskog: još nije proverena od strane izvornog govornika (videti locales/status.toml).
# Latinična verzija (sr-Latn) se izvodi iz ove datoteke: lantern locales derive-sr-latn

-app-name = Lantern

## General

ui-app-title = { -app-name }
ui-draft-translation = Radna verzija prevoda
ui-draft-translation-hint = Ovaj prevod još nije proverio izvorni govornik. Neke reči mogu biti pogrešne.
ui-catalogue-unverified = Katalog indikatora još nije usklađen sa publikacijom MOR-a
ui-fallback-notice = Ovaj tekst ne postoji na jeziku „{ $requested }“. Prikazan je na jeziku „{ $used }“.
ui-button-ok = U redu
ui-button-cancel = Otkaži
ui-button-continue = Nastavi
ui-button-close = Zatvori
ui-button-save = Sačuvaj

## First run

ui-first-run-title = Podešavanje aplikacije { -app-name } na ovom laptopu
ui-first-run-intro = Sve što zabeležite čuva se šifrovano na ovom laptopu. Izaberite lozinku koju znate samo vi.
ui-passphrase-label = Lozinka
ui-passphrase-repeat-label = Unesite lozinku još jednom
ui-passphrase-mismatch = Lozinke se ne poklapaju.
ui-passphrase-too-short = { $min ->
    [one] Lozinka mora imati najmanje { $min } znak.
    [few] Lozinka mora imati najmanje { $min } znaka.
   *[other] Lozinka mora imati najmanje { $min } znakova.
}
ui-passphrase-strength-weak = Slaba. Koristite više nepovezanih reči, na primer četiri ili pet.
ui-passphrase-strength-fair = Osrednja. Još jedna ili dve reči bi je ojačale.
ui-passphrase-strength-strong = Jaka.
ui-passphrase-hint = Ne zapisujte lozinku na laptopu i ne držite je uz laptop.
ui-first-run-create = Napravi šifrovani profil
ui-first-run-working = Pravi se šifrovani profil. To traje nekoliko sekundi.
ui-recovery-key-title = Ključ za oporavak
ui-recovery-key-instruction = Zapišite ili odštampajte ovaj ključ za oporavak i još danas ga predajte svom nadređenom. Ne držite ga uz ovaj laptop. Prikazuje se samo jednom.
ui-recovery-key-use = Ako se lozinka zaboravi, nadređeni ovim ključem može da otvori zapise.
ui-recovery-key-confirm = Ključ za oporavak ću danas predati svom nadređenom.

## Unlock, lock and hiding

ui-unlock-title = Otključaj { -app-name }
ui-unlock-button = Otključaj
ui-unlock-wrong-passphrase = Pogrešna lozinka. Pokušajte ponovo.
ui-unlock-wait = { $seconds ->
    [one] Previše pokušaja. Sačekajte { $seconds } sekundu.
    [few] Previše pokušaja. Sačekajte { $seconds } sekunde.
   *[other] Previše pokušaja. Sačekajte { $seconds } sekundi.
}
ui-unlock-forgot = Zaboravili ste lozinku? Zatražite ključ za oporavak od nadređenog.
ui-locked-title = { -app-name } je zaključan
ui-locked-message = Zapisi su zaštićeni. Unesite lozinku da biste nastavili.
ui-lock-now = Zaključaj sada
ui-auto-lock-label = Automatsko zaključavanje
ui-auto-lock-after = { $minutes ->
    [one] Nakon { $minutes } minuta bez aktivnosti
    [few] Nakon { $minutes } minuta bez aktivnosti
   *[other] Nakon { $minutes } minuta bez aktivnosti
}
ui-auto-locked = { $minutes ->
    [one] Zaključano nakon { $minutes } minuta bez aktivnosti.
    [few] Zaključano nakon { $minutes } minuta bez aktivnosti.
   *[other] Zaključano nakon { $minutes } minuta bez aktivnosti.
}
ui-quick-hide = Sakrij
ui-quick-hide-hint = Odmah sakriva { -app-name } i prikazuje neutralni ekran. Za povratak otključajte lozinkom.
ui-neutral-screen-title = Beleške

## Home

ui-home-title = Intervjui
ui-home-drafts = Nacrti
ui-home-finished = Završeni
ui-home-exported = Poslati
ui-home-empty = Ovde još nema intervjua.
ui-home-count-drafts = { $count ->
    [one] { $count } nezavršen intervju
    [few] { $count } nezavršena intervjua
   *[other] { $count } nezavršenih intervjua
}
ui-interview-start = Započni intervju
ui-interview-resume = Nastavi
ui-interview-started = Započet { $date }
ui-interview-updated = Poslednja izmena { $date }

## Interview controls (always visible)

ui-stop = STOP
ui-stop-hint = Odmah pauziraj intervju
ui-pause-title = Intervju je pauziran
ui-pause-reason-label = Zašto je intervju pauziran?
ui-pause-reason-interviewee = Ona je tražila da se stane ili joj treba pauza
ui-pause-reason-safety = Zabrinutost za bezbednost
ui-pause-reason-interruption = Prekid
ui-pause-note-label = Napomena (nije obavezna, samo za vas)
ui-pause-resume = Nastavi intervju
ui-pause-end = Završi intervju ovde
ui-pause-saved = Ništa nije izgubljeno. Svi dosadašnji odgovori su sačuvani.

## Emergency panel

ui-emergency-button = Hitna pomoć
ui-emergency-panel-title = Hitna pomoć
ui-emergency-medical = Hitno medicinsko stanje
ui-emergency-self-harm = Rizik od samopovređivanja
ui-emergency-danger = Neposredna opasnost
ui-emergency-numbers = Lokalni brojevi
ui-emergency-no-numbers = Imenik službi nema lokalne brojeve. Pozovite opšti broj za hitne slučajeve.
ui-emergency-call-hint = Ostanite uz nju. Ne ostavljajte je samu.

## Languages

ui-language-interface = Jezik interfejsa
ui-language-interview = Jezik intervjua
ui-language-switch = Promeni jezik intervjua
ui-language-switch-confirm = Promeniti jezik intervjua u „{ $language }“? Promena i njeno vreme se beleže.
ui-language-interpreter = Prevodilac
ui-language-no-interpreter = Bez prevodioca
ui-language-switched = Jezik intervjua je promenjen sa „{ $from }“ na „{ $to }“.
ui-language-interpreter-refused = Ona ne želi ovog prevodioca

## Interpreter view

ui-interpreter-view-title = Prikaz za prevodioca
ui-interpreter-view-for-you = Za vas ({ $language })
ui-interpreter-view-read-aloud = Pročitati naglas ({ $language })
ui-interpreter-view-interviewer-only = Samo za osobu koja vodi intervju. Ne čitati naglas.
ui-interpreter-view-fallback = Ne postoji na jeziku „{ $requested }“. Prikazano na jeziku „{ $used }“: prevedite usmeno.

## Answering

ui-answer-dont-know = Ne znam
ui-answer-declined = Ne želi da odgovori
ui-answer-next = Dalje
ui-answer-back = Nazad
ui-answer-edit = Promeni odgovor
ui-answer-needed = Unesite odgovor ili izaberite „Ne znam“ ili „Ne želi da odgovori“.
ui-progress-section = Odeljak { $section } od { $total }
ui-progress-answered = { $count ->
    [one] Odgovoreno na { $count } pitanje
    [few] Odgovoreno na { $count } pitanja
   *[other] Odgovoreno na { $count } pitanja
}

## Review

ui-review-title = Pregled odgovora
ui-review-unanswered = { $count ->
    [one] { $count } pitanje nema odgovor.
    [few] { $count } pitanja nemaju odgovor.
   *[other] { $count } pitanja nema odgovor.
}
ui-review-edit-section = Izmeni ovaj odeljak
ui-review-finish = Završi intervju
ui-review-finish-confirm = Završiti intervju? Odgovori se mogu ispraviti i kasnije; svaka izmena se beleži.

## Assessment screen

ui-assessment-screen-title = Rezultat procene
ui-assessment-screen-privacy = Prikažite ovo tek kada ona više ne vidi ekran.
ui-assessment-screen-show = Prikaži rezultat
ui-assessment-screen-not-verdict = Ovo je procena koja služi za upućivanje na pomoć. Nije odluka o tome šta joj se dogodilo.
ui-assessment-screen-assistance = Ponudite pomoć u svakom slučaju. Pomoć nikada ne zavisi od ovog rezultata.
ui-assessment-screen-rule-version = Verzija pravila { $version }
ui-assessment-screen-indicators = Indikatori
ui-assessment-screen-evidence = Na osnovu odgovora
ui-assessment-screen-unknown = Nije poznato

## Referral directory

ui-referral-title = Imenik službi za upućivanje
ui-referral-last-verified = Poslednja provera { $date }
ui-referral-outdated = Ovaj unos je poslednji put proveren pre više od godinu dana. Proverite broj pre nego što se na njega oslonite.
ui-referral-languages = Jezici
ui-referral-conflict-hidden = Jedinice označene zbog sukoba interesa nisu prikazane.

## Export and import

ui-export-title = Slanje centralnoj kancelariji
ui-export-button = Napravi paket za sinhronizaciju
ui-export-choose-location = Izaberite gde ćete sačuvati paket, na primer na USB memoriju ili u deljenu fasciklu.
ui-export-done = { $count ->
    [one] U paket je sačuvan { $count } zapis.
    [few] U paket su sačuvana { $count } zapisa.
   *[other] U paket je sačuvano { $count } zapisa.
}
ui-export-nothing = Nema ničeg novog za slanje.
ui-export-encrypted = Paket je šifrovan. Može da ga otvori samo centralna kancelarija; ovaj laptop ne može.
ui-import-title = Uvoz paketa
ui-import-done = { $count ->
    [one] Uvezen je { $count } zapis.
    [few] Uvezena su { $count } zapisa.
   *[other] Uvezeno je { $count } zapisa.
}
ui-import-already = Ovaj paket je već uvezen. Ništa se nije promenilo.
ui-import-gap = Nedostaju paketi sa uređaja { $device }: očekivan je broj { $expected }, stigao je broj { $received }.
ui-purge-offer = Centralna kancelarija je potvrdila da je primila zapise. Sada se mogu ukloniti sa ovog laptopa.
ui-purge-button = Ukloni poslate zapise

## Command line: lantern locales

cli-locales-title = Provera prevoda u { $dir }
cli-locales-summary = { $locale }: { $messages ->
    [one] { $messages } poruka
    [few] { $messages } poruke
   *[other] { $messages } poruka
}, status: { $status }, { $findings ->
    [one] { $findings } nalaz
    [few] { $findings } nalaza
   *[other] { $findings } nalaza
}
cli-locales-status-source = izvorni
cli-locales-status-draft = radna verzija
cli-locales-status-reviewed = proveren
cli-locales-status-unknown = nema ga u datoteci statusa
cli-locales-clean = Nema nalaza.
cli-locales-failed = { $count ->
    [one] { $count } nalaz.
    [few] { $count } nalaza.
   *[other] { $count } nalaza.
}
cli-locales-derived = { $count ->
    [one] sr-Latn je ponovo napravljen: promenjena je { $count } datoteka.
    [few] sr-Latn je ponovo napravljen: promenjene su { $count } datoteke.
   *[other] sr-Latn je ponovo napravljen: promenjeno je { $count } datoteka.
}
cli-locales-derive-unchanged = sr-Latn je već ažuran.

## Locale check findings

lint-syntax-error = Datoteka se ne može pročitati kao Fluent.
lint-missing-message = Nedostaje poruka koju drugi jezici imaju.
lint-file-missing = Nedostaje datoteka koju drugi jezici imaju.
lint-empty-value = Poruka je prazna.
lint-placeable-mismatch = Promenljive se razlikuju od engleskog teksta.
lint-required-missing = Nedostaje poruka koja je potrebna aplikaciji.
lint-duplicate-message = Poruka je definisana dva puta.
lint-status-missing = Jezik nije naveden u datoteci statusa.
lint-status-invalid = Datoteka statusa nije ispravna.
lint-sr-latn-mismatch = Srpska datoteka na latinici nije transliteracija ćirilične.
lint-isolation-mark = Datoteka sadrži nevidljivi znak za smer teksta.
lint-unknown-locale = Ova fascikla ne odgovara nijednom podržanom jeziku.
lint-locale-missing = Podržani jezik nema fasciklu.

## Desktop app screens (the ids in ui/strings.txt)

ui-answer-confirm-choices = Potvrdi izbore
ui-answer-number-label = Broj
ui-answer-text-hint = Ctrl+Enter ima isto dejstvo kao „Dalje“.
ui-answer-text-label = Odgovor
ui-assessment-catalogue = Verzija kataloga indikatora
ui-assessment-conflict-title = Sukob interesa.
ui-assessment-dimensions = Dimenzije
ui-assessment-language-timeline = Jezici intervjua
ui-assessment-left-confirm = Ona više ne vidi ekran: prikaži rezultat
ui-assessment-no-indicators = U datim odgovorima nije pronađen nijedan indikator.
ui-assessment-not-counted = Pravilo ga ne uračunava
ui-assessment-profile-adult = Odrasla osoba
ui-assessment-profile-child = Dete (mlađe od 18 godina)
ui-assessment-right = Pravo
ui-assessment-right-explained = Objašnjeno
ui-assessment-right-understood = Razumela je
ui-assessment-rights = Njena prava
ui-assessment-rule = Verzija pravila
ui-auto-lock-minutes-label = Automatski zaključaj nakon ovoliko minuta bez aktivnosti
ui-auto-locked-message = Zaključano nakon perioda bez aktivnosti. Unesite lozinku da biste nastavili.
ui-card-started = Započet
ui-card-updated = Poslednja izmena
ui-child-pathway-title = Postupak za decu: smatra se mlađom od 18 godina
ui-complete-hint = Prođite kroz odgovore zajedno sa njom i ispravite sve što je pogrešno.
ui-complete-title = Sva pitanja su postavljena
ui-controls-label = Komande intervjua
ui-date-day = Dan
ui-date-hint = Dovoljna je godina. Mesec i dan dodajte samo ako ih ona zna.
ui-date-month = Mesec
ui-date-year = Godina
ui-dimension-negative = Nije ispunjeno na osnovu datih odgovora
ui-dimension-positive = Ispunjeno
ui-dimension-unresolved = Otvoreno: nedostaju neki odgovori
ui-emergency-triggered = Na to ukazuju odgovori
ui-fallback-badge = Prevod nedostaje
ui-gate-go-back = Vrati se i promeni odgovor
ui-gate-hint = Vratite se i promenite neki raniji odgovor ili pauzirajte intervju dugmetom STOP.
ui-gate-title = Intervju još ne može da se nastavi
ui-go-home = Svi intervjui
ui-insecure-test-profile = Probni profil: slaba zaštita ključa
ui-interpreter-view-for-you-label = Za vas
ui-interpreter-view-read-aloud-label = Pročitati naglas
ui-language-interpreter-optional = Nije obavezno: identifikacioni broj prevodioca iz registra.
ui-language-switch-confirm-button = Promeni jezik
ui-language-switch-recorded = Promena, njeno vreme i prevodilac se beleže.
ui-language-switch-to = Novi jezik intervjua
ui-locked-expired = Zapisi su zaključani. Unesite lozinku da biste nastavili.
ui-neutral-menu = Meni
ui-no = Ne
ui-optional = (nije obavezno)
ui-prefilled-change-hint = Ako više nije tačno, izaberite drugi odgovor ispod.
ui-prefilled-confirm = Potvrdi ovaj odgovor
ui-prefilled-title = Odgovor iz ranijeg zapisa
ui-progress-label = Napredak
ui-question-observation = Vaše zapažanje
ui-referral-directory-example = Imenik službi za upućivanje sadrži samo primere. To nisu pravi kontakti; ne oslanjajte se na ove brojeve.
ui-referral-example = Primer, nije pravi kontakt
ui-referral-last-checked = Poslednja provera
ui-referral-none = Nijedna organizacija iz imenika službi za upućivanje ne odgovara.
ui-repeat-recorded = Zabeleženo do sada
ui-review-back-to-interview = Nazad na pitanja
ui-review-incomplete = Neka pitanja još nemaju odgovor.
ui-status-draft = U toku
ui-status-exported = Poslat
ui-status-finished = Završen
ui-status-purged = Uklonjen nakon slanja
ui-status-stopped = Pauziran
ui-tier-medium = Srednji
ui-tier-strong = Jak
ui-tier-weak = Slab
ui-understood-no = Ne
ui-understood-unknown = Nije poznato
ui-understood-yes = Da
ui-unlock-opening = Zapisi se otvaraju.
ui-unlock-working = Lozinka se proverava. To traje nekoliko sekundi.
ui-yes = Da

## Interview screens and assessment (lantern-field view-models)

ui-child-pathway-banner = Smatra se detetom. Moraju se zabeležiti zakonski staratelj i socijalni radnik.
ui-repeat-add = Dodaj još jedan deo putovanja
ui-repeat-done = Nema više delova putovanja

## Referral services (service tags of the referral directory)

service-shelter = Sigurna kuća
service-counselling = Psihološko savetovanje
service-medical = Medicinska pomoć
service-legal = Pravna pomoć
service-return = Dobrovoljni povratak
service-child-protection = Zaštita dece
service-emergency = Hitne službe
service-helpline = Telefon za pomoć
service-police = Policija

## Supervisor mode (central office)

ui-central-office-entry = Centralna kancelarija
ui-supervisor-unlock-title = Centralna kancelarija
ui-supervisor-unlock-intro = Režim supervizora: uvoz paketa sa terenskih uređaja i pregled intervjua. Terenski profil ostaje zaključan dok je centralna kancelarija otvorena.
ui-supervisor-passphrase-label = Pristupna fraza centralne kancelarije
ui-supervisor-unlock-button = Otvori centralnu kancelariju
ui-supervisor-no-home = Na ovom računaru nema centralne kancelarije. Administrator je pravi komandom lantern-central init.
ui-supervisor-back-to-field = Nazad na terenski režim
ui-supervisor-title = Centralna kancelarija
ui-supervisor-import-title = Uvoz paketa
ui-supervisor-import-inbox = Uvezi ulaznu fasciklu
ui-supervisor-import-files = Izaberi datoteke paketa
ui-supervisor-inbox-label = Ulazna fascikla
ui-supervisor-import-progress = Tok uvoza
ui-supervisor-import-none = Nije pronađena nijedna datoteka paketa.
ui-supervisor-import-interrupted = Uvoz je zaustavljen jer je centralna kancelarija zaključana.
ui-supervisor-outcome-imported = Uvezeno
ui-supervisor-outcome-duplicate = Već uvezeno
ui-supervisor-outcome-rejected = Nije uvezeno
ui-supervisor-records-applied = Novi ili ažurirani zapisi
ui-supervisor-review-title = Intervjui
ui-supervisor-review-empty = Još nije uvezen nijedan intervju.
ui-supervisor-col-interview = Intervju
ui-supervisor-col-device = Uređaj
ui-supervisor-col-received = Primljeno
ui-supervisor-col-result = Rezultat
ui-supervisor-col-profile = Starosna grupa
ui-supervisor-col-state = Pregled
ui-supervisor-conflict = Za proveru
ui-supervisor-conflicts-title = Verzije za proveru (nisu primenjene)
ui-supervisor-conflict-revision-conflict = Stigle su dve različite verzije iste revizije. Zadržana je važeća verzija; druga je u istoriji.
ui-supervisor-conflict-foreign-device = Drugi uređaj je poslao zapis sa istim identifikatorom. On nije primenjen.
ui-supervisor-conflict-older-revision = Starija verzija je stigla posle novije. Zadržana je novija verzija; starija je u istoriji.
ui-supervisor-state-label = Stanje pregleda
ui-supervisor-state-new = Novo
ui-supervisor-state-reviewed = Pregledano
ui-supervisor-state-follow-up = Potrebno dalje postupanje
ui-supervisor-note-label = Beleška supervizora
ui-supervisor-note-hint = Čuva se samo u šifrovanom skladištu centralne kancelarije; nikada se ne šalje uređajima.
ui-supervisor-save = Sačuvaj pregled
ui-supervisor-saved = Sačuvano.
ui-supervisor-select-hint = Izaberite intervju da biste videli njegovu procenu.
ui-supervisor-detail-title = Intervju
ui-supervisor-revision = Revizija
ui-supervisor-answers = Odgovori
ui-supervisor-no-result = Nema rezultata

## Her consent after the interview: withdrawal per purpose (issue 10)
ui-consent-open = Saglasnost
ui-consent-title = Njena saglasnost, za svaku svrhu
ui-consent-intro = Ona može u svakom trenutku da povuče saglasnost za bilo koju svrhu. Povlačenje se beleži na ovom laptopu i stiže u centralnu kancelariju sa sledećim izvozom. Ovde se ne može poništiti.
ui-consent-purpose-assistance = Organizovanje pomoći za nju
ui-consent-purpose-sharing = Deljenje njenog dosijea sa organizacijama koje su joj navedene
ui-consent-purpose-police = Prosleđivanje podataka policiji
ui-consent-purpose-statistics = Anonimno uračunavanje njenog slučaja u statistiku
ui-consent-value-yes = Saglasna
ui-consent-value-no = Odbila ili povukla
ui-consent-value-unknown = Nepoznato (računa se kao da nije saglasna)
ui-consent-withdraw = Povuci
ui-consent-withdraw-confirm = Povući njenu saglasnost za ovu svrhu? Beleži se odmah i ovde se ne može poništiti.
ui-consent-withdraw-yes = Zabeleži povlačenje
ui-consent-withdrawn = Povlačenje zabeleženo: { $purpose }. Stiže u centralnu kancelariju sa sledećim izvozom.
ui-consent-withdrawn-identity = Povlačenje zabeleženo: { $purpose }. Njeni identifikacioni odgovori više ne napuštaju ovaj laptop, a centralna kancelarija briše svoju kopiju kada primi sledeći izvoz.
ui-consent-already-no = { $purpose }: već odbijeno ili povučeno. Ništa nije promenjeno.
ui-consent-identity-stays = Njeni identifikacioni odgovori ostaju na ovom laptopu: nije pristala i na pomoć i na deljenje.
ui-consent-identity-travels = Njeni identifikacioni odgovori idu u centralnu kancelariju sa sledećim izvozom, zapečaćeni i odvojeni od slučaja.

## Emergencies signalled by an answer (issue 11)
ui-emergency-alert = Njen odgovor ukazuje na opasnost. Postupite odmah: brojevi su ispod.
ui-assessment-emergencies = Opasnost naznačena u ovom intervjuu
ui-assessment-emergency-shown = Hitni put prikazan odmah
ui-numbers-to-call = Brojevi koje može da pozove, sada ili kasnije

## Interpreter registry (issue 11)
ui-interpreter-new = Novi prevodilac: dodajte ga na spisak
ui-interpreter-name = Ime
ui-interpreter-languages = Jezici koje prevodi (na primer: ro, ru)
ui-interpreter-organisation = Organizacija

## Desktop walk-through fixes (issue 18, desk): locale lint
lint-note-read-aloud = Tekst koji joj se čita naglas sadrži u zagradi belešku o njoj: premestite je u pomoć.
ui-supervisor-col-status = Status
ui-supervisor-provisional = Privremeno
ui-supervisor-provisional-note = Intervju nije završen: ovaj rezultat je privremen i zasniva se na dosadašnjim odgovorima.
ui-answer-number-range = Dozvoljeni opseg
ui-answer-keys-hint = Tasteri: 1–9 biraju odgovor, Y da, N ne, D ne znam.

## Recovery with the recovery key (issue 18)
ui-recovery-open = Upotrebite ključ za oporavak
ui-recovery-title = Postavite novu lozinku pomoću ključa za oporavak
ui-recovery-new-label = Nova lozinka
ui-recovery-button = Postavite novu lozinku i otključajte

## The central office from the field laptop: enrolment, Send now, USB stick, receipts (issues 14, 18)
ui-office-title = Centralna kancelarija
ui-office-not-enrolled = Ovaj laptop još nije povezan sa centralnom kancelarijom. Izaberite datoteku za registraciju koju vam je dao nadređeni.
ui-office-enrol = Izaberi datoteku za registraciju
ui-office-connected = Povezano sa centralnom kancelarijom { $node }.
ui-office-device-key = Za vašeg nadređenog, da odobri ovaj laptop
ui-office-due = Intervjui koji čekaju slanje: { $count }
ui-office-identity-withheld = Od njih, intervjui čiji identifikacioni odgovori ostaju na ovom laptopu: { $count }
ui-office-consent-changes = Povlačenja saglasnosti koja čekaju slanje: { $count }
ui-office-waiting = Ranije prekinuta slanja koja treba dovršiti: { $count }
ui-office-url = Adresa prijemnog sandučeta kancelarije
ui-office-send = Pošalji sada
ui-office-send-hint = Lantern šalje samo kada pritisnete ovo dugme, nikada u pozadini. Sve se šalje zapečaćeno: može da ga otvori samo centralna kancelarija.
ui-office-sending = Slanje centralnoj kancelariji
ui-office-sent = Poslato: { $sent }. Potvrdila kancelarija: { $acknowledged }. Uklonjeno sa ovog laptopa posle potvrde: { $purged }.
ui-office-nothing-sent = Ništa nije čekalo, pa ništa nije poslato.
ui-office-no-online = Ova datoteka za registraciju ne dozvoljava slanje preko mreže. Koristite USB memoriju ili zatražite od nadređenog noviju datoteku za registraciju.
ui-office-usb = Bez mreže
ui-office-export = Upiši na USB memoriju ili u fasciklu
ui-office-written = Upisano: { $file } (zapisa u datoteci: { $records }). Odnesite je u kancelariju; potvrda prijema se vraća istim putem.
ui-office-receipts = Učitaj potvrde prijema iz kancelarije
ui-office-receipts-applied = Učitanih potvrda: { $applied }. Uklonjeno sa ovog laptopa posle potvrde: { $purged }.
ui-office-receipt-refused = Nije učitano

## Crypto-erase of the profile (issue 16)
ui-erase-open = Uništi profil ovog laptopa
ui-erase-title = Uništi profil ovog laptopa
ui-erase-explain = Sve što Lantern čuva na ovom laptopu odmah se uništava: prvo ključ, zatim sve datoteke. Intervjui koje centralna kancelarija nije potvrdila biće izgubljeni. Niko, čak ni vaš nadređeni, ne može da ih vrati.
ui-erase-understood = Razumem da ovo ne može da se poništi
ui-erase-confirm = Uništi sada

## Field laptops in supervisor mode: approve, revoke (issues 14, 18)
ui-supervisor-devices-title = Terenski laptopovi
ui-supervisor-devices-empty = Još nijedan laptop nije odobren.
ui-supervisor-device-approved = Odobren
ui-supervisor-device-revoked = Pristup opozvan
ui-supervisor-device-bundles = Primljenih paketa
ui-supervisor-device-approved-at = Datum odobrenja
ui-supervisor-device-revoked-at = Datum opoziva
ui-supervisor-device-missing = Paketi koji nikada nisu stigli (brojevi)
ui-supervisor-device-approve-title = Odobravanje laptopa
ui-supervisor-device-id = Identifikator uređaja (dev-…), kako ga prikazuje laptop
ui-supervisor-device-key = Njegov ključ (lantern-device-pk1…) ili otisak ključa, kako ga prikazuje laptop
ui-supervisor-device-approve = Odobri
ui-supervisor-device-approved-done = Odobreno. Laptop sada može da šalje.
ui-supervisor-device-revoke = Opozovi pristup
ui-supervisor-device-revoke-explain = Od sada kancelarija odbija svaki paket sa ovog laptopa. Uradite ovo kada se laptop izgubi ili ga neko uzme. Ovo ne može da se poništi: laptop mora ponovo da se registruje kao novi uređaj.

## The supervisor reads the case (issue 18)
ui-supervisor-case-answers = Njeni odgovori, redom kojim su pitanja postavljena
ui-supervisor-case-observation = Zapažanje intervjuera
