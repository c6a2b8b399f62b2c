# Ajutorul (--help) și versiunea (--version) instrumentelor `lantern` și `lantern-central`.
# TRADUCERE PROVIZORIE din engleză: încă neverificată de un vorbitor nativ.
# Opțiunile, numele comenzilor și variabilele de mediu rămân neschimbate.

## Textele proprii ale lui clap, comune ambelor instrumente.
cli-help-usage = Utilizare
cli-help-commands = Comenzi
cli-help-arguments = Argumente
cli-help-options = Opțiuni
cli-help-flag-help = Afișează ajutorul
cli-help-flag-version = Afișează versiunea
cli-help-subcommand-help = Afișează acest mesaj sau ajutorul comenzii (comenzilor) date

## --version: versiunea programului și a datelor incluse în el.
cli-version = { $build }
    chestionar: { $questionnaire_id } { $questionnaire }
    catalogul de indicatori: { $catalogue }
    regula de decizie: { $rule }

## lantern, instrumentul de teren.
cli-help-lantern = Instrumentul de teren Lantern: profil, interviuri, evaluare și sincronizare fără fereastră
cli-help-lantern-arg-profile = Dosarul profilului (baza de date criptată și cheile protejate)
cli-help-lantern-arg-lang = Limba mesajelor: en, sq, sr-Cyrl, sr-Latn, ro, ru sau uk (implicit: din LC_ALL, LC_MESSAGES sau LANG, altfel engleza)
cli-help-lantern-init = Creează un profil nou: bază de date criptată, cheie de date, cheie de recuperare
cli-help-lantern-status = Deblochează profilul și afișează un rezumat
cli-help-lantern-passphrase = Schimbă parola sau stabilește una nouă cu cheia de recuperare
cli-help-lantern-assess = Evaluează observațiile după catalogul de indicatori și afișează rezultatul ca JSON
cli-help-lantern-locales = Verifică fișierele de limbă sau regenerează sr-Latn din sr-Cyrl
cli-help-lantern-locales-check = Verifică fișierele de limbă: aceleași mesaje și variabile în fiecare limbă, nimic gol sau stricat, fișierul de stare complet, sr-Latn derivat din sr-Cyrl
cli-help-lantern-locales-derive-sr-latn = Regenerează locales/sr-Latn din locales/sr-Cyrl prin transliterare
cli-help-lantern-questionnaire = Verifică o definiție de chestionar sau arată chestionarul livrat
cli-help-lantern-questionnaire-check = Verifică un fișier de definiție; afișează fiecare problemă (cod, fișier, loc) și eșuează dacă există vreuna
cli-help-lantern-questionnaire-show = Afișează chestionarul de identificare livrat, ca JSON
cli-help-lantern-interview = Rulează un interviu după scenariu, listează interviurile sau afișează răspunsurile unui interviu
cli-help-lantern-interview-run = Rulează un interviu după scenariu (răspunsuri după id-ul întrebării, schimbări de limbă) și afișează id-ul lui
cli-help-lantern-interview-list = Listează interviurile (JSON)
cli-help-lantern-interview-answers = Afișează fișierul de răspunsuri al unui interviu (intrarea pentru lantern assess --answers)
cli-help-lantern-enrol = Importă fișierul de înrolare al biroului central; afișează id-ul acestui dispozitiv
cli-help-lantern-export = Scrie interviurile schimbate de la ultimul export confirmat într-un pachet sigilat; afișează calea lui
cli-help-lantern-receipt = Aplică confirmările semnate ale biroului central: marchează înregistrările ca primite, șterge după politică
cli-help-lantern-consent = Înregistrează un consimțământ pe care ea l-a retras după interviu (pleacă cu următorul export)
cli-help-lantern-consent-withdraw = Retrage un consimțământ al unui interviu; este înregistrat acum și trimis cu următorul export

## lantern-central, instrumentul biroului central.
cli-help-central = Biroul central Lantern: dispozitive, importul pachetelor de sincronizare, confirmări, revizuire
cli-help-central-arg-home = Dosarul biroului central (baza de date criptată și cheile protejate)
cli-help-central-arg-lang = Limba mesajelor: en, sq, sr-Cyrl, sr-Latn, ro, ru sau uk (implicit: din LC_ALL, LC_MESSAGES sau LANG, altfel engleza)
cli-help-central-init = Creează biroul central: chei, bază de date criptată, cheie de recuperare, fișier de înrolare
cli-help-central-enrolment = Scrie din nou fișierul de înrolare
cli-help-central-info = Arată id-ul biroului, amprentele cheilor și politica de ștergere
cli-help-central-devices = Aprobă, listează sau revocă dispozitive
cli-help-central-devices-approve = Aprobă un dispozitiv după id, legat de cheia sau amprenta afișată la înrolare (una dintre ele este obligatorie); cu --fingerprint, cheia este fixată din primul pachet a cărui cheie are acea amprentă
cli-help-central-devices-list = Listează dispozitivele
cli-help-central-devices-revoke = Revocă un dispozitiv: pachetele lui sunt refuzate de acum înainte
cli-help-central-import = Importă fișiere de pachet (sau fiecare fișier .bundle dintr-un dosar); afișează un raport JSON
cli-help-central-receipts = Scrie confirmări semnate pentru pachetele importate într-un dosar
cli-help-central-review = Revizuirea supervizorului: listă, stare și notă, coada de revizuire, istoric
cli-help-central-review-list = Interviurile cu evaluarea lor, cronologia limbilor, starea revizuirii și nota
cli-help-central-review-set = Stabilește starea revizuirii unui interviu (new, reviewed, needs_follow_up) și nota
cli-help-central-review-queue = Coada de revizuire: revizii neaplicate (un conflict de revizii, o înregistrare de pe alt dispozitiv, o revizie mai veche sosită după una mai nouă), ca JSON; reason spune care
cli-help-central-review-resolve = Închide un element din coada de revizuire cu o notă
cli-help-central-review-history = Fiecare revizie primită pentru o înregistrare
cli-help-central-records = Înregistrările cazurilor așa cum le ține biroul
cli-help-central-records-show = O înregistrare de caz: interviul, starea revizuirii și consimțământul; datele de identificare doar cu --with-identity și un --reason, care intră în jurnalul de audit
cli-help-central-audit = Jurnalul de audit al biroului (vizualizări ale identității, ștergeri din cauza consimțământului), cu lanțul verificat
cli-help-central-stats = Statistici pentru interviurile cu consimțământ pentru statistici, celulele mici ascunse (k = 11 cel puțin)
cli-help-central-export = Scrie statisticile (CSV, XLSX) sau un export pe cazuri (HTCDS, CTDC), criptat dacă --plain nu numește un destinatar; înregistrat în jurnalul de audit

## Interpreter registry (issue 11)
cli-help-lantern-interpreters = Registrul interpreților: interviurile numesc interpreții doar prin intrările lui
cli-help-lantern-interpreters-add = Adaugă un interpret în registru sau actualizează intrarea cu acest identificator; o afișează (JSON)
cli-help-lantern-interpreters-list = Registrul (JSON)

## Persons interviewed more than once (issue 13)
cli-help-central-persons = Persoane intervievate de mai multe ori: perechi posibile de interviuri, legăturile făcute de supervizoare
cli-help-central-persons-candidates = Perechi de interviuri de pe dispozitive diferite care pot fi aceeași femeie, cu dovezile (ce câmpuri se potrivesc și cum, niciodată numele)
cli-help-central-persons-link = Leagă două interviuri ca aceeași femeie, cu o notă; se înregistrează în jurnalul de audit, înregistrările nu se schimbă
cli-help-central-persons-unlink = Elimină legătura dintre două interviuri; se înregistrează în jurnalul de audit

## Audit log verification (issue 16)

cli-help-lantern-audit = Verifică jurnalul de audit al acestui profil
cli-help-lantern-audit-verify = Verifică lanțul cu cheie al jurnalului de audit; raportează prima intrare ruptă și ce s-a rupt acolo (JSON)
cli-help-central-audit-verify = Verifică lanțul jurnalului de audit al biroului; raportează prima intrare ruptă și ce s-a rupt acolo (JSON)

## Online sync and the inbox (issue 14)

cli-help-central-serve = Pornește căsuța de primire HTTP: dispozitivele trimit pachetele online și primesc confirmările
cli-help-lantern-sync = Trimite acum la căsuța de primire a biroului ce așteaptă și aplică confirmările (JSON: sent, acknowledged, purged)

## Key shares (issue 16)
cli-help-central-key = Cheia biroului în fragmente pentru M din N persoane
cli-help-central-key-split = Împarte cheia biroului în N fișiere cu fragmente de cheie, câte unul de persoană; oricare M dintre ele o restaurează
cli-help-central-recover = Reconstruiește dosarul biroului central dintr-o copie a bazei de date a unui dosar pierdut și din M fragmente de cheie; cere o parolă nouă, afișează o cheie de recuperare nouă

## Crypto-erase (issue 16)
cli-help-lantern-erase = Șterge imediat și criptografic acest profil (mai întâi fișierul cu chei, apoi suprascrie fiecare fișier): nimeni nu îl mai poate deschide; necesită --confirm și parola
