# Mesaje de eroare, câte unul pentru fiecare cod de eroare stabil.
# TRADUCERE PROVIZORIE din engleză: încă neverificată de un vorbitor nativ.

error-unknown = Ceva nu a funcționat (cod { $code }). Răspunsurile salvate până acum sunt în siguranță.

## Encrypted store

error-store-wrong-passphrase = Parola nu este corectă.
error-store-not-a-profile = Acest dosar nu este un profil Lantern.
error-store-profile-exists = În acest dosar există deja un profil.
error-store-key-file-damaged = Fișierul cu chei al acestui profil este deteriorat. Cereți ajutorul supervizorului; nu ștergeți nimic.
error-store-database-damaged = Baza de date este deteriorată sau incompletă. Nu o ștergeți; cereți ajutorul supervizorului.
error-store-foreign-database = Această bază de date aparține altui profil.
error-store-database-missing = Baza de date a acestui profil lipsește.
error-store-directory-not-writable = Lantern nu poate scrie în acest dosar.
error-store-disk-full = Discul este plin. Eliberați spațiu și încercați din nou. Răspunsurile salvate până acum sunt în siguranță.
error-store-passphrase-too-short = { $min ->
    [one] Parola trebuie să aibă cel puțin { $min } caracter.
    [few] Parola trebuie să aibă cel puțin { $min } caractere.
   *[other] Parola trebuie să aibă cel puțin { $min } de caractere.
}
error-store-weak-kdf-params = Setările de protecție ale acestui profil sunt prea slabe pentru a fi acceptate.
error-store-kdf-too-weak = Acest profil a fost creat de o versiune de test a Lantern și are doar o protecție slabă a cheii. Această versiune de Lantern nu îl poate deschide și nu creează astfel de profiluri. Nu s-a schimbat nimic.
error-store-schema-too-new = Acest profil a fost creat de o versiune mai nouă de Lantern. Actualizați Lantern pentru a-l deschide.
error-store-audit-chain-broken = Jurnalul de modificări al acestui profil a fost alterat. Anunțați supervizorul.
error-store-not-found = Înregistrarea nu a fost găsită.
error-store-invalid = Datele nu sunt valide și nu au fost salvate.
error-store-io = Discul nu a putut fi citit sau scris.
error-store-database = Baza de date a raportat o eroare.

## Sync bundles

error-bundle-truncated = Fișierul pachetului este incomplet. Copiați-l din nou.
error-bundle-bad-magic = Acest fișier nu este un pachet Lantern.
error-bundle-unsupported-version = Acest pachet a fost creat de o versiune de Lantern pe care această versiune nu o poate citi.
error-bundle-unsupported-payload-version = Conținutul acestui pachet provine dintr-o versiune de Lantern pe care această versiune nu o poate citi.
error-bundle-bad-signature = Acest pachet a fost modificat sau deteriorat. Nu a fost importat.
error-bundle-unknown-device = Acest pachet provine de la un dispozitiv neînregistrat.
error-bundle-revoked-device = Acest pachet provine de la un dispozitiv căruia i s-a retras accesul.
error-bundle-signer-key-mismatch = Semnătura nu corespunde dispozitivului înregistrat. Pachetul nu a fost importat.
error-bundle-wrong-recipient = Acest pachet a fost creat pentru un alt birou central.
error-bundle-decryption-failed = Acest pachet nu a putut fi decriptat. Nu a fost importat.
error-bundle-device-mismatch = Conținutul pachetului nu corespunde dispozitivului care l-a semnat.
error-bundle-too-large = Acest fișier este prea mare pentru a fi un pachet Lantern.
error-bundle-nesting-too-deep = Conținutul acestui pachet este formatat greșit.
error-bundle-malformed-payload = Conținutul acestui pachet este formatat greșit.
error-bundle-invalid-record = O înregistrare din pachet nu este validă. Pachetul nu a fost importat.
error-bundle-changed-during-read = Fișierul s-a modificat în timpul citirii. Încercați din nou.
error-bundle-bad-encoding = O cheie sau un identificator din acest pachet este formatat greșit.
error-bundle-random = Sistemul nu a putut furniza numere aleatorii sigure.
error-bundle-io = Fișierul nu a putut fi citit sau scris.

## Questionnaire definition

error-questionnaire-parse = Fișierul chestionarului nu poate fi citit.
error-questionnaire-invalid = Fișierul chestionarului nu este valid.
error-questionnaire-io = Fișierul chestionarului nu a putut fi deschis.

## Answers

error-answer-required = Dați un răspuns sau alegeți „Nu știu” sau „Preferă să nu răspundă”.
error-answer-not-a-number = Introduceți un număr.
error-answer-number-range = Introduceți un număr de la { $min } la { $max }.
error-answer-date-invalid = Introduceți o dată validă.
error-answer-date-future = Data nu poate fi în viitor.
error-answer-choose-option = Alegeți una dintre opțiuni.
error-answer-too-long = { $max ->
    [one] Textul este prea lung: cel mult { $max } caracter.
    [few] Textul este prea lung: cel mult { $max } caractere.
   *[other] Textul este prea lung: cel mult { $max } de caractere.
}

## Field use-cases (lantern-field)

error-field-unknown-locale = Această limbă nu este disponibilă.
error-field-unknown-questionnaire = Acest interviu a fost făcut cu un chestionar pe care această versiune a Lantern nu îl are. Cereți ajutorul supervizorului; nu ștergeți nimic.
error-field-directory-invalid = Fișierul registrului serviciilor de referire nu este valid. Cereți supervizorului un fișier corectat.
error-field-damaged = Înregistrarea acestui interviu este deteriorată. Cereți ajutorul supervizorului; nu ștergeți nimic.
error-field-not-complete = Interviul nu poate fi încheiat încă: unele întrebări mai au nevoie de un răspuns.
error-field-assessment = Rezultatul evaluării preliminare nu a putut fi calculat. Răspunsurile sunt salvate.
error-field-locked = Aplicația este blocată. Deblocați-o pentru a continua.

## Sync (device side)

error-sync-not-enrolled = Acest dispozitiv nu este încă conectat la un birou central. Importați fișierul de înregistrare de la supervizor.
error-sync-already-enrolled = Acest dispozitiv este deja conectat la alt birou central.
error-sync-nothing-to-export = Nu este nimic nou de trimis.
error-sync-receipt-for-other-device = Această confirmare de primire este pentru alt dispozitiv.
error-sync-bad-device-id = Identitatea acestui dispozitiv este deteriorată. Cereți ajutorul supervizorului.
error-sync-io = Fișierul nu a putut fi scris. Verificați dosarul și spațiul liber.

## Central office (supervisor mode, lantern-central)

error-central-database = Baza de date a biroului central a raportat o eroare. Nu s-a modificat nimic.
error-central-unknown-device = Acest pachet provine de la un dispozitiv care nu este înregistrat. Aprobați mai întâi dispozitivul.
error-central-device-revoked = Accesul acestui dispozitiv a fost retras; nu mai poate fi aprobat din nou.
error-central-device-key-mismatch = Cheia acestui dispozitiv nu corespunde celei înregistrate. Nu s-a modificat nimic.
error-central-bad-device-id = Acesta nu este un identificator de dispozitiv valid.
error-central-unknown-record-kind = Acest pachet conține un tip de înregistrare pe care biroul central nu îl acceptă. Nu a fost importat.
error-central-malformed-record = O înregistrare din acest pachet este deteriorată. Pachetul nu a fost importat.
error-central-not-found = Înregistrarea nu a fost găsită în biroul central.
error-central-bad-review-state = Aceasta nu este o stare de revizuire validă.
error-central-damaged = Depozitul biroului central este deteriorat. Nu ștergeți nimic; cereți ajutor tehnic.
error-central-io = Fișierul sau dosarul nu a putut fi citit sau scris.
error-central-unknown-questionnaire = Acest interviu a fost realizat cu o versiune de chestionar pe care această versiune Lantern nu o are, așa că nu se poate afișa niciun rezultat.
error-central-no-home = Pe acest calculator nu există un birou central. Un administrator îl creează cu comanda lantern-central init.
error-central-locked = Biroul central este blocat. Deschideți-l din nou pentru a continua.

## Consent withdrawal and identity kept apart (issue 10, device side)
error-field-unknown-interview = Pe acest dispozitiv nu există interviul { $id }.

## Central office: identity apart, consent, bound device approval (issue 10)

error-central-device-fingerprint-mismatch = Acest pachet numește un dispozitiv aprobat, dar este semnat cu o cheie cu altă amprentă. Poate fi fals: nu a fost importat și nu s-a păstrat nimic.
error-central-device-not-bound = Acest dispozitiv a fost aprobat fără cheia sa. Aprobați-l din nou cu --key sau --fingerprint, așa cum le-a afișat dispozitivul la înrolare.
error-central-bad-fingerprint = Aceasta nu este o amprentă de cheie validă. Copiați-o așa cum a afișat-o dispozitivul la înrolare.
error-central-unknown-interview = Biroul central nu are niciun interviu cu acest identificator.
error-central-reason-required = Indicați motivul pentru care vedeți datele de identificare cu --reason TEXT. Acesta este înregistrat în jurnalul de audit.
error-central-viewer-required = Indicați-vă numele cu --by NUME: cine vede datele de identificare este înregistrat în jurnalul de audit.
error-central-device-key-required = Aprobați un dispozitiv cu cheia sa (--key) sau cu amprenta sa (--fingerprint), așa cum le-a afișat dispozitivul la înrolare. Identificatorul singur nu este suficient: identificatorii nu sunt secreți.

# Statistics and exports (issue 12)
error-central-unknown-variable = Aceasta nu este o variabilă statistică. Variabilele sunt enumerate în docs/statistics.md (de exemplu month, pathway, result, age_band, interview_locale).
error-central-repeated-variable = O variabilă statistică este dată de două ori în --by.
error-central-variable-count = Un tabel numără după una, două sau trei variabile: dați-le cu --by, separate prin virgule.
error-central-k-below-minimum = Numerele sub 11 nu sunt afișate niciodată: --k trebuie să fie cel puțin 11. Un k mai mic cere --override-below-minimum și --reason TEXT și este înregistrat în jurnalul de audit.
error-central-override-reason-required = Dați motivul pentru un k sub 11 cu --reason TEXT. Este înregistrat în jurnalul de audit.
error-central-operator-required = Dați-vă numele cu --operator NUME: cine face aceasta este înregistrat în jurnalul de audit.
error-central-plain-recipient-required = Un export necriptat cere numele destinatarului: --plain --recipient NUME.
error-central-bad-export-recipient = Acesta nu este un destinatar age. Începe cu age1, cum îl afișează age-keygen.
error-central-export-passphrase-required = Este necesară o frază de acces pentru export. Setați LANTERN_EXPORT_PASSPHRASE sau tastați-o când vi se cere.
error-central-export-encryption = Exportul nu a putut fi criptat. Nu s-a scris nimic.
error-central-spreadsheet = Foaia de calcul nu a putut fi scrisă. Nu s-a scris nimic.
error-central-unknown-export-format = Acesta nu este un format de export. Formatele sunt htcds, ctdc, stats-csv și stats-xlsx.
error-central-unknown-export-purpose = Acesta nu este un scop de export. Scopurile sunt sharing (altă organizație) și police.

## Interpreter registry (issue 11)
error-field-unknown-interpreter = Interpretul { $id } nu este în lista de interpreți a acestui laptop. Adăugați mai întâi interpretul (nume, limbi, organizație).
error-field-bad-interpreter = Datele interpretului sunt incomplete: dați un identificator, un nume, organizația și cel puțin o limbă.

## Persons interviewed more than once (issue 13)
error-central-same-interview = Un interviu nu poate fi legat de el însuși. Dați două interviuri diferite.
error-central-already-linked = Aceste două interviuri sunt deja legate.
error-central-not-linked = Aceste două interviuri nu sunt legate: nu există nimic de dezlegat.

## Online sync (issue 14, device side)

error-sync-no-inbox-certificate = Acest dispozitiv a fost conectat la birou înainte ca biroul să poată primi online. Importați un fișier de înregistrare nou de la supervizoarea dumneavoastră.
error-sync-bad-inbox-url = Aceasta nu este adresa căsuței de primire a biroului. Începe cu https:// și se termină cu portul, de exemplu https://192.168.1.10:8443.
error-central-bad-inbox-url = Aceasta nu este adresa căsuței de primire a biroului. Începe cu https:// și se termină cu portul, de exemplu https://192.168.1.10:8443.
error-sync-offline = Biroul nu poate fi contactat. Verificați conexiunea și încercați din nou. Nu s-a pierdut nimic: înregistrările așteaptă pe acest dispozitiv.
error-sync-certificate-mismatch = Serverul de la această adresă nu este biroul dumneavoastră: certificatul lui nu este cel din fișierul de înregistrare. Nu s-a trimis nimic. Anunțați-vă supervizoarea.
error-sync-device-not-approved = Biroul nu a aprobat încă acest dispozitiv. Rugați-vă supervizoarea să îl aprobe, apoi încercați din nou. Nu s-a pierdut nimic.
error-sync-device-revoked = Biroul a retras accesul acestui dispozitiv. Nu s-a trimis nimic. Vorbiți cu supervizoarea dumneavoastră.
error-sync-inbox-refused = Biroul a refuzat trimiterea. Nu s-a pierdut nimic: înregistrările așteaptă pe acest dispozitiv. Anunțați-vă supervizoarea.
error-sync-connection-lost = Conexiunea s-a tot întrerupt. Ce a ajuns la birou rămâne acolo; încercați din nou pentru a trimite restul.

## Key shares (issue 16)
error-share-bad-split = La o împărțire, restaurarea trebuie să ceară cel puțin 2 fragmente de cheie și nu mai multe decât se scriu (cel mult 255).
error-share-unreadable = Acesta nu este un fragment de cheie Lantern sau a fost tastat greșit. Verificați fișierul fragmentului.
error-share-not-enough = Nu sunt destule fragmente de cheie diferite pentru a restaura cheia biroului. Cereți-le celorlalți deținători fragmentele lor.
error-share-mixed = Aceste fragmente de cheie provin din împărțiri diferite sau de la birouri diferite. Folosiți doar fragmentele unei singure împărțiri.
error-share-do-not-open = Cheia restaurată nu deschide această bază de date: fragmentele de cheie sau baza de date aparțin altui birou. Nu s-a scris nimic.

## Bundle with bytes appended (issue 16)
error-bundle-trailing-data = Ceva a fost adăugat la sfârșitul fișierului pachetului, așa că nu a fost importat. Copiați-l din nou de pe laptop sau de pe stick.

## A receipt that is not one (issue 16)
error-sync-bad-receipt = Acest fișier nu este o confirmare de primire de la biroul central sau este deteriorat. Nu s-a schimbat nimic. Cereți-l din nou biroului.
