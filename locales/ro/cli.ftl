# Mesajele instrumentelor în linie de comandă `lantern` (teren) și `lantern-central` (biroul central).
# TRADUCERE PROVIZORIE din engleză: încă neverificată de un vorbitor nativ.
# Opțiunile (--profile), numele variabilelor (LANTERN_PROFILE) și comenzile rămân neschimbate.
# Invitațiile de introducere se termină cu „:”; programul adaugă spațiul de după.

## Invitații de introducere

cli-prompt-passphrase = Parola:
cli-prompt-new-passphrase = Parola nouă:
cli-prompt-repeat-passphrase = Repetați parola:
cli-prompt-current-passphrase = Parola actuală:
cli-prompt-recovery-key = Cheia de recuperare:
cli-prompt-central-passphrase = Parola biroului central:
cli-prompt-new-central-passphrase = Parola nouă a biroului central:

## Profilul de teren (lantern)

cli-profile-created = Profil creat în { $dir }
cli-device-id = Identificatorul dispozitivului: { $id }
cli-recovery-key-instruction = Cheia de recuperare (afișată o singură dată): notați-o acum și predați-o chiar astăzi supervizorului dumneavoastră. Nu o păstrați împreună cu acest laptop. Dacă parola este uitată, supervizorul o poate folosi pentru a deschide înregistrările.
cli-status-interviews = Interviuri: { $total } (ciorne: { $drafts }, încheiate: { $finished }, trimise: { $exported })
cli-status-insecure-kdf = Atenție: acest profil folosește setări de test nesigure pentru derivarea cheii. Nu îl folosiți pentru interviuri reale.
cli-passphrase-changed = Parola a fost schimbată.

## Sincronizare (lantern enrol, export)

cli-enrolled = Înregistrat la biroul central { $node }
cli-enrol-central-key = Amprenta cheii centrale: { $value }
cli-enrol-recipient-key = Amprenta cheii destinatarului: { $value }
cli-enrol-purge = După o confirmare de primire: { $value }
cli-enrol-device-key = Cheia acestui dispozitiv: { $value }
cli-enrol-device-fingerprint = Amprenta acestui dispozitiv: { $value }
cli-purge-after-receipt = răspunsurile sunt șterse de pe dispozitiv după ce biroul central confirmă că le are
cli-purge-never = răspunsurile rămân pe dispozitiv
cli-exported = { $records ->
    [one] Pachetul { $bundle } (numărul { $seq }, { $records } înregistrare)
    [few] Pachetul { $bundle } (numărul { $seq }, { $records } înregistrări)
   *[other] Pachetul { $bundle } (numărul { $seq }, { $records } de înregistrări)
}

## Verificarea chestionarului și datele pentru evaluare

cli-questionnaire-valid = { $file }: valid. Chestionarul { $id }, versiunea { $version }; module: { $modules }, întrebări: { $questions }.
cli-standard-input = intrarea standard
cli-script-step = Pasul { $step } al scriptului

## Biroul central (lantern-central)

cli-central-created = Birou central creat în { $dir }
cli-central-node-id = Identificatorul nodului: { $value }
cli-central-key = Amprenta cheii centrale: { $value }
cli-central-recipient-key = Amprenta cheii destinatarului: { $value }
cli-central-purge = Ce fac dispozitivele după o confirmare de primire: { $value }
cli-central-enrolment-file = Fișierul de înregistrare pentru dispozitive: { $file }
cli-central-recovery-key-instruction = Cheia de recuperare (afișată o singură dată): notați-o acum și predați-o supervizorului responsabil de acest birou central. Păstrați-o separat de parolă: cu ea se poate deschide biroul central dacă parola este uitată.
cli-device-approved = aprobat
cli-device-revoked = revocat
cli-device-key-not-pinned = (cheie încă nefixată: se preia din primul pachet a cărui cheie are această amprentă)
cli-device-row = { $device }  { $status }  { $fingerprint }  pachete: { $bundles }
cli-review-row = { $interview }  revizia { $revision }  { $state }  { $result }
cli-review-no-result = niciun rezultat
cli-review-in-queue = în coada de revizuire

## Erori explicate de instrumentele în linie de comandă

cli-error-no-profile = Nu a fost indicat dosarul profilului: folosiți --profile DOSAR sau setați LANTERN_PROFILE.
cli-error-no-central-home = Nu a fost indicat dosarul biroului central: folosiți --home DOSAR sau setați LANTERN_CENTRAL_HOME.
cli-error-no-passphrase = Lipsește parola: setați { $variable } sau rulați comanda într-un terminal.
cli-error-passphrase-mismatch = Cele două parole nu sunt la fel. Nu s-a schimbat nimic.
cli-error-terminal = Terminalul nu a putut fi citit.
cli-error-read = Nu se poate citi { $path }.
cli-error-write = Nu se poate scrie { $path }.
cli-error-internal = Eroare internă neașteptată. Vă rugăm să o raportați împreună cu codul.
cli-error-unknown-language = „{ $lang }” nu este una dintre limbile Lantern. Disponibile: { $available }.
cli-error-locales = Fișierele de localizare nu au putut fi citite sau nu sunt valide.
cli-error-assess-no-input = Indicați --indicators FIȘIER sau --answers FIȘIER.
cli-error-observations-json = { $file } nu este un fișier de observații valid (JSON).
cli-error-answers-json = { $file } nu este un fișier de răspunsuri valid.
cli-error-unknown-question = { $file }: identificator de întrebare necunoscut { $question }.
cli-error-unknown-indicator = { $count ->
    [one] Identificator de indicator necunoscut: { $ids }. Catalogul are DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 și AVD1–AVD7.
   *[other] Identificatori de indicatori necunoscuți: { $ids }. Catalogul are DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 și AVD1–AVD7.
}
cli-error-unknown-evidence-indicator = { $count ->
    [one] Au fost date dovezi pentru un identificator de indicator necunoscut: { $ids }.
   *[other] Au fost date dovezi pentru identificatori de indicatori necunoscuți: { $ids }.
}
cli-error-catalogue-unreadable = Catalogul de indicatori nu a putut fi citit.
cli-error-catalogue-invalid = Catalogul de indicatori nu este valid.
cli-error-script-json = { $file } nu este un script de interviu valid.
cli-error-questionnaire-problems = { $count ->
    [one] { $file }: a fost găsită { $count } problemă.
    [few] { $file }: au fost găsite { $count } probleme.
   *[other] { $file }: au fost găsite { $count } de probleme.
}
cli-error-bad-device-key = Cheia de dispozitiv dată cu --key nu este validă.

## Consent withdrawal and identity kept apart (issue 10, device side)
cli-export-identity-withheld = Interviul { $id }: datele ei de identificare rămân pe acest dispozitiv (nu a fost de acord atât cu asistența, cât și cu partajarea). Biroul central primește cazul fără ele.
cli-consent-withdrawn = Interviul { $id }: retragerea consimțământului ({ $purpose }) a fost înregistrată. Va ajunge la biroul central cu următorul export.
cli-consent-already-no = Interviul { $id }: consimțământul ({ $purpose }) fusese deja refuzat sau retras. Nu s-a schimbat nimic.

## Central office: case records, consent, identity views, bound device approval (issue 10)

cli-device-not-bound = (aprobat fără cheie: niciun pachet nu este acceptat până nu este aprobat din nou cu --key sau --fingerprint)
cli-record-head = { $interview }  revizia { $revision }  de la { $device }  răspunsuri: { $answers }  { $state }
cli-record-consent = Consimțământ: asistență { $assistance }, partajare cu organizațiile { $sharing }, poliție { $police }, statistici { $statistics }
cli-consent-yes = da
cli-consent-no = nu
cli-consent-unknown = necunoscut
cli-record-identity-withheld = Datele de identificare nu sunt afișate. Pentru a le vedea: --with-identity --reason TEXT (vizualizarea este înregistrată în jurnalul de audit).
cli-record-identity-none = Pentru acest interviu nu sunt păstrate date de identificare (nu au fost trimise sau consimțământul ei nu a permis păstrarea lor). Cererea este înregistrată în jurnalul de audit.
cli-record-identity = Date de identificare (această vizualizare este înregistrată în jurnalul de audit):
cli-record-no-value = (fără valoare)
cli-audit-verified = Lanțul jurnalului de audit este intact; intrări: { $count }

## Statistics and exports (issue 12)
cli-stats-heading = Interviuri cu acord pentru statistici anonime; numerele sub { $k } nu sunt afișate.
cli-stats-count = număr
cli-stats-total = total
cli-stats-suppressed-note = <{ $k }: mai puțin de { $k } interviuri, sau ascuns pentru ca un număr mic să nu poată fi dedus din totaluri.
cli-stats-total-not-sum = Un interviu poate fi numărat la mai multe valori ale acestui tabel: totalul este numărul de interviuri, nu suma numerelor.
cli-export-plain-warning = Atenție: { $file } este scris necriptat, pentru { $recipient }. Oricine primește fișierul îl poate citi. Predați-l personal și ștergeți-l când nu mai este necesar.
cli-prompt-export-passphrase = Fraza de acces pentru fișierul de export:

## Persons interviewed more than once (issue 13)
cli-persons-candidate = { $a }  { $b }  scor { $score }

## Audit log verification (issue 16)

cli-audit-sound = Jurnalul de audit: { $count } intrări, lanțul cu cheie este intact.
cli-audit-broken-deleted = Jurnalul de audit este rupt la intrarea { $position }: o intrare dinaintea ei a fost ștearsă.
cli-audit-broken-edited = Jurnalul de audit este rupt la intrarea { $position }: intrarea a fost modificată după ce a fost scrisă.
cli-audit-broken-reordered = Jurnalul de audit este rupt la intrarea { $position }: intrările au fost mutate; aceasta a fost scrisă în alt loc.
cli-audit-broken-inserted = Jurnalul de audit este rupt la intrarea { $position }: intrarea a fost adăugată din afara jurnalului.
cli-audit-broken-clock-rollback = Jurnalul de audit este rupt la intrarea { $position }: are o dată anterioară unei intrări dinaintea ei (ceasul a fost dat înapoi).
cli-audit-broken-truncated = Jurnalul de audit este rupt la intrarea { $position }: jurnalul este mai scurt decât sau diferit de ce arăta la un export.

## Online sync and the inbox (issue 14)

cli-error-listen = Nu se poate asculta pe { $path }. Folosește alt program acest port?
cli-central-inbox-certificate = Amprenta certificatului căsuței de primire: { $value }
cli-sync-acknowledged = Biroul a primit pachetul { $bundle } și a trimis confirmarea.

## The office's key in shares, and a home rebuilt from them (issue 16)
cli-central-share-file = Lantern: un fragment de cheie al unui birou central (fragmentul { $number } din { $total }; oricare { $threshold } dintre ele restaurează biroul).
    Păstrați-l separat de laptopul biroului și de celelalte fragmente de cheie. Singur, nu dezvăluie nimic.
    Pentru restaurare: lantern-central --home DOSAR-NOU recover --from COPIE-central.db --shares FIȘIER...
cli-central-shares-written = Fișiere cu fragmente de cheie scrise: { $total }; oricare { $threshold } dintre ele restaurează cheia biroului. Dați fiecare fișier unei persoane diferite și ștergeți acest dosar.
cli-central-restored = Birou central restaurat în { $dir }

## Crypto-erase of a field profile (issue 16)
cli-erase-unconfirmed = Ștergerea definitivă nu poate fi anulată: interviurile care nu au ajuns încă la biroul central se pierd. Pentru a șterge profilul, rulați din nou comanda cu --confirm.
cli-erased = Profilul din { $dir } a fost șters definitiv. Nimeni nu îl mai poate deschide.
