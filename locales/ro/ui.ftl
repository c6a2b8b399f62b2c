# Textele interfeței aplicației și ale liniei de comandă.
# TRADUCERE PROVIZORIE din engleză: încă neverificată de un vorbitor nativ (vezi locales/status.toml).

-app-name = Lantern

## General

ui-app-title = { -app-name }
ui-draft-translation = Traducere provizorie
ui-draft-translation-hint = Această traducere nu a fost încă verificată de un vorbitor nativ. Unele cuvinte pot fi greșite.
ui-catalogue-unverified = Catalogul de indicatori nu a fost încă verificat față de publicația Organizației Internaționale a Muncii
ui-fallback-notice = Acest text nu există în limba „{ $requested }”. Este afișat în limba „{ $used }”.
ui-button-ok = OK
ui-button-cancel = Anulare
ui-button-continue = Continuare
ui-button-close = Închidere
ui-button-save = Salvare

## First run

ui-first-run-title = Configurarea { -app-name } pe acest laptop
ui-first-run-intro = Tot ce înregistrați este păstrat criptat pe acest laptop. Alegeți o parolă pe care doar dumneavoastră o cunoașteți.
ui-passphrase-label = Parolă
ui-passphrase-repeat-label = Introduceți parola încă o dată
ui-passphrase-mismatch = Cele două parole nu sunt la fel.
ui-passphrase-too-short = { $min ->
    [one] Parola trebuie să aibă cel puțin { $min } caracter.
    [few] Parola trebuie să aibă cel puțin { $min } caractere.
   *[other] Parola trebuie să aibă cel puțin { $min } de caractere.
}
ui-passphrase-strength-weak = Slabă. Folosiți mai multe cuvinte fără legătură între ele, de exemplu patru sau cinci.
ui-passphrase-strength-fair = Medie. Încă unul sau două cuvinte ar face-o mai puternică.
ui-passphrase-strength-strong = Puternică.
ui-passphrase-hint = Nu scrieți parola pe laptop și nu o păstrați lângă el.
ui-first-run-create = Creați profilul criptat
ui-first-run-working = Se creează profilul criptat. Durează câteva secunde.
ui-recovery-key-title = Cheie de recuperare
ui-recovery-key-instruction = Notați sau tipăriți această cheie de recuperare și predați-o chiar astăzi supervizorului dumneavoastră. Nu o păstrați împreună cu laptopul. Este afișată o singură dată.
ui-recovery-key-use = Dacă parola este uitată, supervizorul poate deschide înregistrările cu această cheie.
ui-recovery-key-confirm = Voi preda astăzi cheia de recuperare supervizorului meu.

## Unlock, lock and hiding

ui-unlock-title = Deblocați { -app-name }
ui-unlock-button = Deblocare
ui-unlock-wrong-passphrase = Parolă greșită. Încercați din nou.
ui-unlock-wait = { $seconds ->
    [one] Prea multe încercări. Așteptați { $seconds } secundă.
    [few] Prea multe încercări. Așteptați { $seconds } secunde.
   *[other] Prea multe încercări. Așteptați { $seconds } de secunde.
}
ui-unlock-forgot = Ați uitat parola? Cereți supervizorului cheia de recuperare.
ui-locked-title = { -app-name } este blocat
ui-locked-message = Înregistrările sunt protejate. Introduceți parola pentru a continua.
ui-lock-now = Blocați acum
ui-auto-lock-label = Blocare automată
ui-auto-lock-after = { $minutes ->
    [one] După { $minutes } minut de inactivitate
    [few] După { $minutes } minute de inactivitate
   *[other] După { $minutes } de minute de inactivitate
}
ui-auto-locked = { $minutes ->
    [one] Blocat după { $minutes } minut de inactivitate.
    [few] Blocat după { $minutes } minute de inactivitate.
   *[other] Blocat după { $minutes } de minute de inactivitate.
}
ui-quick-hide = Ascundeți
ui-quick-hide-hint = Ascunde imediat { -app-name } și afișează un ecran neutru. Pentru a reveni, deblocați cu parola.
ui-neutral-screen-title = Notițe

## Home

ui-home-title = Interviuri
ui-home-drafts = În lucru
ui-home-finished = Încheiate
ui-home-exported = Trimise
ui-home-empty = Încă nu există interviuri aici.
ui-home-count-drafts = { $count ->
    [one] { $count } interviu neterminat
    [few] { $count } interviuri neterminate
   *[other] { $count } de interviuri neterminate
}
ui-interview-start = Începeți un interviu
ui-interview-resume = Reluați
ui-interview-started = Început la { $date }
ui-interview-updated = Ultima modificare la { $date }

## Interview controls (always visible)

ui-stop = STOP
ui-stop-hint = Opriți imediat interviul
ui-pause-title = Interviul este întrerupt
ui-pause-reason-label = De ce este întrerupt interviul?
ui-pause-reason-interviewee = Ea a cerut să se oprească sau are nevoie de o pauză
ui-pause-reason-safety = Motive de siguranță
ui-pause-reason-interruption = Întrerupere
ui-pause-note-label = Notă (opțională, doar pentru dumneavoastră)
ui-pause-resume = Reluați interviul
ui-pause-end = Încheiați interviul aici
ui-pause-saved = Nu s-a pierdut nimic. Toate răspunsurile de până acum sunt salvate.

## Emergency panel

ui-emergency-button = Urgență
ui-emergency-panel-title = Ajutor de urgență
ui-emergency-medical = Urgență medicală
ui-emergency-self-harm = Risc de autovătămare
ui-emergency-danger = Pericol imediat
ui-emergency-numbers = Numere locale
ui-emergency-no-numbers = Registrul de servicii nu are numere locale. Sunați la numărul general de urgență.
ui-emergency-call-hint = Rămâneți cu ea. Nu o lăsați singură.

## Languages

ui-language-interface = Limba interfeței
ui-language-interview = Limba interviului
ui-language-switch = Schimbați limba interviului
ui-language-switch-confirm = Schimbați limba interviului în „{ $language }”? Schimbarea și ora ei sunt înregistrate.
ui-language-interpreter = Interpret
ui-language-no-interpreter = Fără interpret
ui-language-switched = Limba interviului a fost schimbată din „{ $from }” în „{ $to }”.
ui-language-interpreter-refused = Ea nu dorește acest interpret

## Interpreter view

ui-interpreter-view-title = Ecranul interpretului
ui-interpreter-view-for-you = Pentru dumneavoastră ({ $language })
ui-interpreter-view-read-aloud = De citit cu voce tare ({ $language })
ui-interpreter-view-interviewer-only = Doar pentru intervievator. Nu se citește cu voce tare.
ui-interpreter-view-fallback = Nu există în limba „{ $requested }”. Afișat în limba „{ $used }”: traduceți oral.

## Answering

ui-answer-dont-know = Nu știu
ui-answer-declined = Preferă să nu răspundă
ui-answer-next = Înainte
ui-answer-back = Înapoi
ui-answer-edit = Modificați răspunsul
ui-answer-needed = Dați un răspuns sau alegeți „Nu știu” sau „Preferă să nu răspundă”.
ui-progress-section = Secțiunea { $section } din { $total }
ui-progress-answered = { $count ->
    [one] { $count } întrebare cu răspuns
    [few] { $count } întrebări cu răspuns
   *[other] { $count } de întrebări cu răspuns
}

## Review

ui-review-title = Verificarea răspunsurilor
ui-review-unanswered = { $count ->
    [one] { $count } întrebare nu are răspuns.
    [few] { $count } întrebări nu au răspuns.
   *[other] { $count } de întrebări nu au răspuns.
}
ui-review-edit-section = Modificați această secțiune
ui-review-finish = Încheiați interviul
ui-review-finish-confirm = Încheiați interviul? Răspunsurile pot fi corectate și mai târziu; fiecare modificare este înregistrată.

## Assessment screen

ui-assessment-screen-title = Rezultatul evaluării preliminare
ui-assessment-screen-privacy = Afișați acest rezultat doar după ce ea nu mai vede ecranul.
ui-assessment-screen-show = Afișați rezultatul
ui-assessment-screen-not-verdict = Aceasta este o evaluare preliminară pentru orientarea către servicii. Nu este o decizie despre ce i s-a întâmplat.
ui-assessment-screen-assistance = Oferiți asistență în orice caz. Asistența nu depinde niciodată de acest rezultat.
ui-assessment-screen-rule-version = Versiunea regulilor { $version }
ui-assessment-screen-indicators = Indicatori
ui-assessment-screen-evidence = Pe baza răspunsurilor
ui-assessment-screen-unknown = Necunoscut

## Referral directory

ui-referral-title = Registrul serviciilor de referire
ui-referral-last-verified = Ultima verificare: { $date }
ui-referral-outdated = Această intrare a fost verificată ultima dată acum mai mult de un an. Confirmați numărul înainte de a vă baza pe el.
ui-referral-languages = Limbi
ui-referral-conflict-hidden = Unitățile marcate pentru conflict de interese nu sunt afișate.

## Export and import

ui-export-title = Trimitere către biroul central
ui-export-button = Creați un pachet de sincronizare
ui-export-choose-location = Alegeți unde salvați pachetul, de exemplu pe un stick USB sau într-un dosar partajat.
ui-export-done = { $count ->
    [one] { $count } înregistrare a fost salvată în pachet.
    [few] { $count } înregistrări au fost salvate în pachet.
   *[other] { $count } de înregistrări au fost salvate în pachet.
}
ui-export-nothing = Nu există nimic nou de trimis.
ui-export-encrypted = Pachetul este criptat. Doar biroul central îl poate deschide; acest laptop nu poate.
ui-import-title = Importul pachetelor
ui-import-done = { $count ->
    [one] { $count } înregistrare importată.
    [few] { $count } înregistrări importate.
   *[other] { $count } de înregistrări importate.
}
ui-import-already = Acest pachet a fost deja importat. Nu s-a schimbat nimic.
ui-import-gap = Lipsesc pachete de la dispozitivul { $device }: era așteptat numărul { $expected }, a sosit numărul { $received }.
ui-purge-offer = Biroul central a confirmat că a primit înregistrările. Acum pot fi șterse de pe acest laptop.
ui-purge-button = Ștergeți înregistrările trimise

## Command line: lantern locales

cli-locales-title = Verificarea traducerilor din { $dir }
cli-locales-summary = { $locale }: { $messages ->
    [one] { $messages } mesaj
    [few] { $messages } mesaje
   *[other] { $messages } de mesaje
}, stare: { $status }, { $findings ->
    [one] { $findings } problemă
    [few] { $findings } probleme
   *[other] { $findings } de probleme
}
cli-locales-status-source = sursă
cli-locales-status-draft = provizorie
cli-locales-status-reviewed = verificată
cli-locales-status-unknown = lipsește din fișierul de stare
cli-locales-clean = Nicio problemă.
cli-locales-failed = { $count ->
    [one] { $count } problemă.
    [few] { $count } probleme.
   *[other] { $count } de probleme.
}
cli-locales-derived = { $count ->
    [one] sr-Latn a fost regenerat: { $count } fișier modificat.
    [few] sr-Latn a fost regenerat: { $count } fișiere modificate.
   *[other] sr-Latn a fost regenerat: { $count } de fișiere modificate.
}
cli-locales-derive-unchanged = sr-Latn este deja la zi.

## Locale check findings

lint-syntax-error = Fișierul nu poate fi citit ca Fluent.
lint-missing-message = Lipsește un mesaj pe care alte limbi îl au.
lint-file-missing = Lipsește un fișier pe care alte limbi îl au.
lint-empty-value = Mesajul este gol.
lint-placeable-mismatch = Variabilele diferă de textul în engleză.
lint-required-missing = Lipsește un mesaj de care aplicația are nevoie.
lint-duplicate-message = Mesajul este definit de două ori.
lint-status-missing = Limba nu apare în fișierul de stare.
lint-status-invalid = Fișierul de stare nu este valid.
lint-sr-latn-mismatch = Fișierul sârbesc cu alfabet latin nu este transliterarea celui chirilic.
lint-isolation-mark = Fișierul conține un semn invizibil de direcție a textului.
lint-unknown-locale = Acest dosar nu corespunde unei limbi acceptate.
lint-locale-missing = O limbă acceptată nu are dosar.

## Desktop app screens (the ids in ui/strings.txt)

ui-answer-confirm-choices = Confirmați alegerile
ui-answer-number-label = Număr
ui-answer-text-hint = Ctrl+Enter are același efect ca „Înainte”.
ui-answer-text-label = Răspuns
ui-assessment-catalogue = Versiunea catalogului de indicatori
ui-assessment-conflict-title = Conflict de interese.
ui-assessment-dimensions = Dimensiuni
ui-assessment-language-timeline = Limbile interviului
ui-assessment-left-confirm = Ea nu mai vede ecranul: afișați rezultatul
ui-assessment-no-indicators = Nu s-a găsit niciun indicator în răspunsurile date.
ui-assessment-not-counted = Nu este luat în calcul de regulă
ui-assessment-profile-adult = Persoană adultă
ui-assessment-profile-child = Copil (sub 18 ani)
ui-assessment-right = Dreptul
ui-assessment-right-explained = Explicat
ui-assessment-right-understood = Ea a înțeles
ui-assessment-rights = Drepturile ei
ui-assessment-rule = Versiunea regulilor
ui-auto-lock-minutes-label = Blocare automată după acest număr de minute fără activitate
ui-auto-locked-message = Blocat după o perioadă fără activitate. Introduceți parola pentru a continua.
ui-card-started = Început
ui-card-updated = Ultima modificare
ui-child-pathway-title = Procedura pentru copii: este tratată ca având sub 18 ani
ui-complete-hint = Parcurgeți răspunsurile împreună cu ea și corectați tot ce este greșit.
ui-complete-title = Toate întrebările au fost puse
ui-controls-label = Comenzile interviului
ui-date-day = Ziua
ui-date-hint = Anul este suficient. Adăugați luna și ziua doar dacă ea le știe.
ui-date-month = Luna
ui-date-year = Anul
ui-dimension-negative = Neîndeplinită pe baza răspunsurilor date
ui-dimension-positive = Îndeplinită
ui-dimension-unresolved = Deschisă: lipsesc unele răspunsuri
ui-emergency-triggered = Indicat de răspunsuri
ui-fallback-badge = Traducere lipsă
ui-gate-go-back = Reveniți și modificați un răspuns
ui-gate-hint = Reveniți și modificați un răspuns anterior sau întrerupeți interviul cu STOP.
ui-gate-title = Interviul nu poate continua încă
ui-go-home = Toate interviurile
ui-insecure-test-profile = Profil de test: protecție slabă a cheii
ui-interpreter-view-for-you-label = Pentru dumneavoastră
ui-interpreter-view-read-aloud-label = De citit cu voce tare
ui-language-interpreter-optional = Opțional: numărul de identificare al interpretului din registru.
ui-language-switch-confirm-button = Schimbați limba
ui-language-switch-recorded = Schimbarea, ora ei și interpretul sunt înregistrate.
ui-language-switch-to = Noua limbă a interviului
ui-locked-expired = Înregistrările au fost blocate. Introduceți parola pentru a continua.
ui-neutral-menu = Meniu
ui-no = Nu
ui-optional = (opțional)
ui-prefilled-change-hint = Dacă nu mai este corect, alegeți alt răspuns mai jos.
ui-prefilled-confirm = Confirmați acest răspuns
ui-prefilled-title = Răspuns dintr-o înregistrare anterioară
ui-progress-label = Progres
ui-question-observation = Observația dumneavoastră
ui-referral-directory-example = Registrul serviciilor de referire conține doar exemple. Nu sunt contacte reale; nu vă bazați pe aceste numere.
ui-referral-example = Exemplu, nu un contact real
ui-referral-last-checked = Ultima verificare
ui-referral-none = Nicio organizație din registrul serviciilor de referire nu corespunde.
ui-repeat-recorded = Înregistrate până acum
ui-review-back-to-interview = Înapoi la întrebări
ui-review-incomplete = Unele întrebări nu au încă răspuns.
ui-status-draft = În lucru
ui-status-exported = Trimis
ui-status-finished = Încheiat
ui-status-purged = Șters după trimitere
ui-status-stopped = Întrerupt
ui-tier-medium = Mediu
ui-tier-strong = Puternic
ui-tier-weak = Slab
ui-understood-no = Nu
ui-understood-unknown = Necunoscut
ui-understood-yes = Da
ui-unlock-opening = Se deschid înregistrările.
ui-unlock-working = Se verifică parola. Durează câteva secunde.
ui-yes = Da

## Interview screens and assessment (lantern-field view-models)

ui-child-pathway-banner = Este tratată ca un copil. Tutorele legal și asistentul social trebuie înregistrați.
ui-repeat-add = Adăugați încă o etapă a drumului
ui-repeat-done = Nu mai sunt alte etape ale drumului

## Referral services (service tags of the referral directory)

service-shelter = Adăpost
service-counselling = Consiliere psihologică
service-medical = Îngrijire medicală
service-legal = Asistență juridică
service-return = Întoarcere voluntară
service-child-protection = Protecția copilului
service-emergency = Servicii de urgență
service-helpline = Linie telefonică de ajutor
service-police = Poliție

## Supervisor mode (central office)

ui-central-office-entry = Biroul central
ui-supervisor-unlock-title = Biroul central
ui-supervisor-unlock-intro = Modul supervizor: importați pachetele de la dispozitivele de teren și revizuiți interviurile. Profilul de teren rămâne blocat cât timp biroul central este deschis.
ui-supervisor-passphrase-label = Fraza de acces a biroului central
ui-supervisor-unlock-button = Deschideți biroul central
ui-supervisor-no-home = Pe acest calculator nu există un birou central. Un administrator îl creează cu comanda lantern-central init.
ui-supervisor-back-to-field = Înapoi la modul de teren
ui-supervisor-title = Biroul central
ui-supervisor-import-title = Importul pachetelor
ui-supervisor-import-inbox = Importați dosarul de intrare
ui-supervisor-import-files = Alegeți fișiere de pachet
ui-supervisor-inbox-label = Dosarul de intrare
ui-supervisor-import-progress = Progresul importului
ui-supervisor-import-none = Nu s-a găsit niciun fișier de pachet.
ui-supervisor-import-interrupted = Importul s-a oprit deoarece biroul central a fost blocat.
ui-supervisor-outcome-imported = Importat
ui-supervisor-outcome-duplicate = Importat deja
ui-supervisor-outcome-rejected = Neimportat
ui-supervisor-records-applied = Înregistrări noi sau actualizate
ui-supervisor-review-title = Interviuri
ui-supervisor-review-empty = Nu a fost importat încă niciun interviu.
ui-supervisor-col-interview = Interviu
ui-supervisor-col-device = Dispozitiv
ui-supervisor-col-received = Primit
ui-supervisor-col-result = Rezultat
ui-supervisor-col-profile = Grupă de vârstă
ui-supervisor-col-state = Revizuire
ui-supervisor-conflict = De verificat
ui-supervisor-conflicts-title = Versiuni de verificat (neaplicate)
ui-supervisor-conflict-revision-conflict = Au sosit două versiuni diferite ale aceleiași revizii. S-a păstrat versiunea în vigoare; cealaltă se află în istoric.
ui-supervisor-conflict-foreign-device = Un alt dispozitiv a trimis o înregistrare cu același identificator. Aceasta nu a fost aplicată.
ui-supervisor-conflict-older-revision = O versiune mai veche a sosit după una mai nouă. S-a păstrat versiunea mai nouă; cea mai veche se află în istoric.
ui-supervisor-state-label = Starea revizuirii
ui-supervisor-state-new = Nou
ui-supervisor-state-reviewed = Revizuit
ui-supervisor-state-follow-up = Necesită urmărire
ui-supervisor-note-label = Nota supervizorului
ui-supervisor-note-hint = Păstrată doar în depozitul criptat al biroului central; nu este trimisă niciodată dispozitivelor.
ui-supervisor-save = Salvați revizuirea
ui-supervisor-saved = Salvat.
ui-supervisor-select-hint = Selectați un interviu pentru a-i vedea evaluarea.
ui-supervisor-detail-title = Interviu
ui-supervisor-revision = Revizia
ui-supervisor-answers = Răspunsuri
ui-supervisor-no-result = Fără rezultat

## Her consent after the interview: withdrawal per purpose (issue 10)
ui-consent-open = Consimțământ
ui-consent-title = Consimțământul ei, pe fiecare scop
ui-consent-intro = Își poate retrage oricând consimțământul pentru orice scop. Retragerea se înregistrează pe acest laptop și ajunge la biroul central cu următorul export. Nu poate fi anulată aici.
ui-consent-purpose-assistance = Organizarea ajutorului pentru ea
ui-consent-purpose-sharing = Transmiterea dosarului ei organizațiilor care i-au fost numite
ui-consent-purpose-police = Transmiterea informațiilor către poliție
ui-consent-purpose-statistics = Includerea cazului ei, anonim, în statistici
ui-consent-value-yes = Acceptat
ui-consent-value-no = Refuzat sau retras
ui-consent-value-unknown = Necunoscut (contează ca neacceptat)
ui-consent-withdraw = Retrage
ui-consent-withdraw-confirm = Îi retrageți consimțământul pentru acest scop? Se înregistrează acum și nu poate fi anulat aici.
ui-consent-withdraw-yes = Înregistrați retragerea
ui-consent-withdrawn = Retragere înregistrată: { $purpose }. Ajunge la biroul central cu următorul export.
ui-consent-withdrawn-identity = Retragere înregistrată: { $purpose }. Răspunsurile ei de identificare nu mai părăsesc acest laptop, iar biroul central își șterge copia când primește următorul export.
ui-consent-already-no = { $purpose }: deja refuzat sau retras. Nu s-a schimbat nimic.
ui-consent-identity-stays = Răspunsurile ei de identificare rămân pe acest laptop: nu a acceptat atât ajutorul, cât și transmiterea.
ui-consent-identity-travels = Răspunsurile ei de identificare ajung la biroul central cu următorul export, sigilate și păstrate separat de caz.

## Emergencies signalled by an answer (issue 11)
ui-emergency-alert = Răspunsul ei semnalează un pericol. Acționați acum: numerele sunt mai jos.
ui-assessment-emergencies = Pericol semnalat în acest interviu
ui-assessment-emergency-shown = Calea de urgență afișată imediat
ui-numbers-to-call = Numere pe care le poate suna, acum sau mai târziu

## Interpreter registry (issue 11)
ui-interpreter-new = Un interpret nou: adăugați-l în listă
ui-interpreter-name = Nume
ui-interpreter-languages = Limbile pe care le interpretează (de exemplu: ro, ru)
ui-interpreter-organisation = Organizație

## Desktop walk-through fixes (issue 18, desk): locale lint
lint-note-read-aloud = Un text citit cu voce tare pentru ea conține între paranteze o notă despre ea: mutați-o în textul de ajutor.
ui-supervisor-col-status = Stare
ui-supervisor-provisional = Provizoriu
ui-supervisor-provisional-note = Interviul nu a fost încheiat: acest rezultat este provizoriu și se bazează pe răspunsurile date până acum.
ui-answer-number-range = Interval permis
ui-answer-keys-hint = Taste: 1–9 aleg o variantă, Y da, N nu, D nu știu.

## Recovery with the recovery key (issue 18)
ui-recovery-open = Folosiți cheia de recuperare
ui-recovery-title = Setați o parolă nouă cu cheia de recuperare
ui-recovery-new-label = Parola nouă
ui-recovery-button = Setați parola nouă și deblocați

## The central office from the field laptop: enrolment, Send now, USB stick, receipts (issues 14, 18)
ui-office-title = Biroul central
ui-office-not-enrolled = Acest laptop nu este încă conectat la un birou central. Alegeți fișierul de înregistrare pe care vi l-a dat supervizorul dumneavoastră.
ui-office-enrol = Alegeți fișierul de înregistrare
ui-office-connected = Conectat la biroul central { $node }.
ui-office-device-key = Pentru supervizorul dumneavoastră, ca să aprobe acest laptop
ui-office-due = Interviuri care așteaptă să fie trimise: { $count }
ui-office-identity-withheld = Dintre acestea, interviuri ale căror răspunsuri de identificare rămân pe acest laptop: { $count }
ui-office-consent-changes = Retrageri de consimțământ care așteaptă să fie trimise: { $count }
ui-office-waiting = Trimiteri întrerupte anterior, de finalizat: { $count }
ui-office-url = Adresa căsuței de primire a biroului
ui-office-send = Trimiteți acum
ui-office-send-hint = Lantern trimite doar atunci când apăsați acest buton, niciodată în fundal. Totul pleacă sigilat: doar biroul central îl poate deschide.
ui-office-sending = Se trimite către biroul central
ui-office-sent = Trimise: { $sent }. Confirmate de birou: { $acknowledged }. Șterse de pe acest laptop după confirmare: { $purged }.
ui-office-nothing-sent = Nimic nu aștepta să fie trimis, deci nu s-a trimis nimic.
ui-office-no-online = Acest fișier de înregistrare nu permite trimiterea prin rețea. Folosiți un stick USB sau cereți supervizorului un fișier de înregistrare mai nou.
ui-office-usb = Fără rețea
ui-office-export = Scrieți pe un stick USB sau într-un dosar
ui-office-written = Scris: { $file } (înregistrări în fișier: { $records }). Duceți-l la birou; confirmarea de primire se întoarce pe aceeași cale.
ui-office-receipts = Citiți confirmările de primire de la birou
ui-office-receipts-applied = Confirmări citite: { $applied }. Șterse de pe acest laptop după confirmare: { $purged }.
ui-office-receipt-refused = Necitit

## Crypto-erase of the profile (issue 16)
ui-erase-open = Ștergeți definitiv profilul acestui laptop
ui-erase-title = Ștergeți definitiv profilul acestui laptop
ui-erase-explain = Tot ce păstrează Lantern pe acest laptop este distrus imediat: mai întâi cheia, apoi fiecare fișier. Interviurile pe care biroul central nu le-a confirmat se pierd. Nimeni, nici măcar supervizorul dumneavoastră, nu le mai poate recupera.
ui-erase-understood = Înțeleg că această acțiune nu poate fi anulată
ui-erase-confirm = Ștergeți definitiv acum

## Field laptops in supervisor mode: approve, revoke (issues 14, 18)
ui-supervisor-devices-title = Laptopuri de teren
ui-supervisor-devices-empty = Niciun laptop nu a fost aprobat încă.
ui-supervisor-device-approved = Aprobat
ui-supervisor-device-revoked = Revocat
ui-supervisor-device-bundles = Pachete primite
ui-supervisor-device-approved-at = Data aprobării
ui-supervisor-device-revoked-at = Data revocării
ui-supervisor-device-missing = Pachete care nu au sosit niciodată (numere)
ui-supervisor-device-approve-title = Aprobarea unui laptop
ui-supervisor-device-id = Identificatorul dispozitivului (dev-…), așa cum îl afișează laptopul
ui-supervisor-device-key = Cheia sa (lantern-device-pk1…) sau amprenta cheii, așa cum o afișează laptopul
ui-supervisor-device-approve = Aprobați
ui-supervisor-device-approved-done = Aprobat. Laptopul poate trimite acum.
ui-supervisor-device-revoke = Revocați
ui-supervisor-device-revoke-explain = De acum înainte biroul refuză orice pachet de la acest laptop. Faceți acest lucru când un laptop se pierde sau este luat de altcineva. Acțiunea nu poate fi anulată: laptopul trebuie înregistrat din nou ca dispozitiv nou.

## The supervisor reads the case (issue 18)
ui-supervisor-case-answers = Răspunsurile ei, în ordinea în care au fost puse întrebările
ui-supervisor-case-observation = Observația intervievatorului
