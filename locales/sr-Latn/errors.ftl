# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.
# Poruke o greškama, po jedna za svaki stabilni kod greške.
# RADNA VERZIJA PREVODA sa engleskog: još nije proverena od strane izvornog govornika.

error-unknown = Nešto nije u redu (kod { $code }). Dosad sačuvani odgovori su bezbedni.

## Encrypted store

error-store-wrong-passphrase = Lozinka nije tačna.
error-store-not-a-profile = Ova fascikla nije profil aplikacije Lantern.
error-store-profile-exists = U ovoj fascikli već postoji profil.
error-store-key-file-damaged = Datoteka s ključevima ovog profila je oštećena. Zatražite pomoć od nadređenog; ništa ne brišite.
error-store-database-damaged = Baza podataka je oštećena ili nepotpuna. Ne brišite je; zatražite pomoć od nadređenog.
error-store-foreign-database = Ova baza podataka pripada drugom profilu.
error-store-database-missing = Baza podataka ovog profila nedostaje.
error-store-directory-not-writable = Lantern ne može da piše u ovu fasciklu.
error-store-disk-full = Disk je pun. Oslobodite prostor i pokušajte ponovo. Dosad sačuvani odgovori su bezbedni.
error-store-passphrase-too-short = { $min ->
    [one] Lozinka mora imati najmanje { $min } znak.
    [few] Lozinka mora imati najmanje { $min } znaka.
   *[other] Lozinka mora imati najmanje { $min } znakova.
}
error-store-weak-kdf-params = Podešavanja zaštite ovog profila su preslaba da bi bila prihvaćena.
error-store-kdf-too-weak = Ovaj profil je napravila probna verzija aplikacije Lantern i ima samo slabu zaštitu ključa. Ova verzija aplikacije Lantern ne može da ga otvori niti pravi takve profile. Ništa nije promenjeno.
error-store-schema-too-new = Ovaj profil je napravila novija verzija aplikacije Lantern. Ažurirajte Lantern da biste ga otvorili.
error-store-audit-chain-broken = Dnevnik izmena ovog profila je menjan. Obavestite nadređenog.
error-store-not-found = Zapis nije pronađen.
error-store-invalid = Podaci nisu ispravni i nisu sačuvani.
error-store-io = Čitanje sa diska ili upis na disk nije uspeo.
error-store-database = Baza podataka je prijavila grešku.

## Sync bundles

error-bundle-truncated = Datoteka paketa je nepotpuna. Kopirajte je ponovo.
error-bundle-bad-magic = Ova datoteka nije paket aplikacije Lantern.
error-bundle-unsupported-version = Ovaj paket je napravila verzija aplikacije Lantern koju ova verzija ne može da pročita.
error-bundle-unsupported-payload-version = Sadržaj ovog paketa potiče iz verzije aplikacije Lantern koju ova verzija ne može da pročita.
error-bundle-bad-signature = Ovaj paket je izmenjen ili oštećen. Nije uvezen.
error-bundle-unknown-device = Ovaj paket potiče sa uređaja koji nije registrovan.
error-bundle-revoked-device = Ovaj paket potiče sa uređaja kome je pristup ukinut.
error-bundle-signer-key-mismatch = Potpis ne odgovara registrovanom uređaju. Paket nije uvezen.
error-bundle-wrong-recipient = Ovaj paket je napravljen za drugu centralnu kancelariju.
error-bundle-decryption-failed = Ovaj paket nije moguće dešifrovati. Nije uvezen.
error-bundle-device-mismatch = Sadržaj paketa ne odgovara uređaju koji ga je potpisao.
error-bundle-too-large = Ova datoteka je prevelika da bi bila paket aplikacije Lantern.
error-bundle-nesting-too-deep = Sadržaj ovog paketa nije ispravno oblikovan.
error-bundle-malformed-payload = Sadržaj ovog paketa nije ispravno oblikovan.
error-bundle-invalid-record = Jedan zapis u paketu nije ispravan. Paket nije uvezen.
error-bundle-changed-during-read = Datoteka se promenila tokom čitanja. Pokušajte ponovo.
error-bundle-bad-encoding = Ključ ili oznaka u ovom paketu nije ispravno oblikovan.
error-bundle-random = Sistem nije mogao da obezbedi sigurne slučajne brojeve.
error-bundle-io = Datoteku nije bilo moguće pročitati ili upisati.

## Questionnaire definition

error-questionnaire-parse = Datoteka upitnika se ne može pročitati.
error-questionnaire-invalid = Datoteka upitnika nije ispravna.
error-questionnaire-io = Datoteku upitnika nije bilo moguće otvoriti.

## Answers

error-answer-required = Unesite odgovor ili izaberite „Ne znam“ ili „Ne želi da odgovori“.
error-answer-not-a-number = Unesite broj.
error-answer-number-range = Unesite broj od { $min } do { $max }.
error-answer-date-invalid = Unesite ispravan datum.
error-answer-date-future = Datum ne može biti u budućnosti.
error-answer-choose-option = Izaberite jednu od ponuđenih mogućnosti.
error-answer-too-long = { $max ->
    [one] Tekst je predugačak: najviše { $max } znak.
    [few] Tekst je predugačak: najviše { $max } znaka.
   *[other] Tekst je predugačak: najviše { $max } znakova.
}

## Field use-cases (lantern-field)

error-field-unknown-locale = Ovaj jezik nije dostupan.
error-field-unknown-questionnaire = Ovaj intervju je vođen po upitniku koji ova verzija aplikacije Lantern nema. Zatražite pomoć od nadređenog; ništa ne brišite.
error-field-directory-invalid = Datoteka imenika službi za upućivanje nije ispravna. Zatražite od nadređenog ispravljenu datoteku.
error-field-damaged = Zapis ovog intervjua je oštećen. Zatražite pomoć od nadređenog; ništa ne brišite.
error-field-not-complete = Intervju još ne može da se završi: neka pitanja još čekaju odgovor.
error-field-assessment = Rezultat procene nije mogao da se izračuna. Odgovori su sačuvani.
error-field-locked = Aplikacija je zaključana. Otključajte je da biste nastavili.

## Sync (device side)

error-sync-not-enrolled = Ovaj uređaj još nije povezan sa centralnom kancelarijom. Uvezite datoteku za registraciju od nadređenog.
error-sync-already-enrolled = Ovaj uređaj je već povezan sa drugom centralnom kancelarijom.
error-sync-nothing-to-export = Nema ničeg novog za slanje.
error-sync-receipt-for-other-device = Ova potvrda prijema je za drugi uređaj.
error-sync-bad-device-id = Identitet ovog uređaja je oštećen. Zatražite pomoć od nadređenog.
error-sync-io = Datoteku nije bilo moguće zapisati. Proverite fasciklu i slobodan prostor.

## Central office (supervisor mode, lantern-central)

error-central-database = Baza podataka centralne kancelarije prijavila je grešku. Ništa nije promenjeno.
error-central-unknown-device = Ovaj paket dolazi sa uređaja koji nije registrovan. Prvo odobrite uređaj.
error-central-device-revoked = Pristup ovog uređaja je povučen; ne može ponovo da se odobri.
error-central-device-key-mismatch = Ključ ovog uređaja ne odgovara registrovanom. Ništa nije promenjeno.
error-central-bad-device-id = Ovo nije ispravan identifikator uređaja.
error-central-unknown-record-kind = Ovaj paket sadrži vrstu zapisa koju centralna kancelarija ne prihvata. Nije uvezen.
error-central-malformed-record = Jedan zapis u ovom paketu je oštećen. Paket nije uvezen.
error-central-not-found = Zapis nije pronađen u centralnoj kancelariji.
error-central-bad-review-state = Ovo nije ispravno stanje pregleda.
error-central-damaged = Skladište centralne kancelarije je oštećeno. Ništa ne brišite; zatražite tehničku pomoć.
error-central-io = Datoteka ili fascikla nije mogla da se pročita ili upiše.
error-central-unknown-questionnaire = Ovaj intervju je vođen verzijom upitnika koju ova verzija programa Lantern nema, pa rezultat ne može da se prikaže.
error-central-no-home = Na ovom računaru nema centralne kancelarije. Administrator je pravi komandom lantern-central init.
error-central-locked = Centralna kancelarija je zaključana. Otvorite je ponovo da biste nastavili.

## Consent withdrawal and identity kept apart (issue 10, device side)
error-field-unknown-interview = Na ovom uređaju nema intervjua { $id }.

## Central office: identity apart, consent, bound device approval (issue 10)

error-central-device-fingerprint-mismatch = Ovaj paket navodi odobreni uređaj, ali je potpisan ključem sa drugim otiskom. Možda je krivotvoren: nije uvezen i ništa nije sačuvano.
error-central-device-not-bound = Ovaj uređaj je odobren bez svog ključa. Odobrite ga ponovo sa --key ili --fingerprint, kako ih je uređaj prikazao pri upisu.
error-central-bad-fingerprint = Ovo nije ispravan otisak ključa. Prepišite ga kako ga je uređaj prikazao pri upisu.
error-central-unknown-interview = Centralna kancelarija nema razgovor sa ovim identifikatorom.
error-central-reason-required = Navedite razlog za uvid u podatke o identitetu sa --reason TEKST. Beleži se u dnevnik revizije.
error-central-viewer-required = Navedite svoje ime sa --by IME: ko gleda podatke o identitetu beleži se u dnevnik revizije.
error-central-device-key-required = Odobrite uređaj njegovim ključem (--key) ili otiskom (--fingerprint), kako ih je uređaj prikazao pri upisu. Sam identifikator nije dovoljan: identifikatori nisu tajni.

# Statistics and exports (issue 12)
error-central-unknown-variable = Ovo nije statistička promenljiva. Promenljive su navedene u docs/statistics.md (na primer month, pathway, result, age_band, interview_locale).
error-central-repeated-variable = Statistička promenljiva je navedena dvaput u --by.
error-central-variable-count = Tabela broji po jednoj, dve ili tri promenljive: navedite ih sa --by, odvojene zarezima.
error-central-k-below-minimum = Brojevi manji od 11 se nikad ne prikazuju: --k mora biti najmanje 11. Manji k zahteva --override-below-minimum i --reason TEKST i beleži se u dnevnik revizije.
error-central-override-reason-required = Navedite razlog za k manji od 11 sa --reason TEKST. Beleži se u dnevnik revizije.
error-central-operator-required = Navedite svoje ime sa --operator IME: ko ovo radi beleži se u dnevnik revizije.
error-central-plain-recipient-required = Nešifrovani izvoz zahteva ime primaoca: --plain --recipient IME.
error-central-bad-export-recipient = Ovo nije age primalac. Počinje sa age1, kako ga ispisuje age-keygen.
error-central-export-passphrase-required = Potrebna je lozinka za izvoz. Podesite LANTERN_EXPORT_PASSPHRASE ili je ukucajte kada se zatraži.
error-central-export-encryption = Izvoz nije mogao biti šifrovan. Ništa nije zapisano.
error-central-spreadsheet = Tabela nije mogla biti zapisana. Ništa nije zapisano.
error-central-unknown-export-format = Ovo nije format izvoza. Formati su htcds, ctdc, stats-csv i stats-xlsx.
error-central-unknown-export-purpose = Ovo nije svrha izvoza. Svrhe su sharing (druga organizacija) i police.

## Interpreter registry (issue 11)
error-field-unknown-interpreter = Prevodilac { $id } nije na spisku prevodilaca na ovom laptopu. Prvo dodajte prevodioca (ime, jezici, organizacija).
error-field-bad-interpreter = Podaci o prevodiocu nisu potpuni: navedite oznaku, ime, organizaciju i bar jedan jezik.

## Persons interviewed more than once (issue 13)
error-central-same-interview = Intervju ne može biti povezan sa samim sobom. Navedite dva različita intervjua.
error-central-already-linked = Ova dva intervjua su već povezana.
error-central-not-linked = Ova dva intervjua nisu povezana: nema šta da se razdvoji.

## Online sync (issue 14, device side)

error-sync-no-inbox-certificate = Ovaj uređaj je povezan sa kancelarijom pre nego što je ona mogla da prima preko mreže. Uvezite novu datoteku za upis od svoje supervizorke.
error-sync-bad-inbox-url = Ovo nije adresa prijemnog sandučeta kancelarije. Počinje sa https:// i završava se portom, na primer https://192.168.1.10:8443.
error-central-bad-inbox-url = Ovo nije adresa prijemnog sandučeta kancelarije. Počinje sa https:// i završava se portom, na primer https://192.168.1.10:8443.
error-sync-offline = Kancelarija nije dostupna. Proverite vezu i pokušajte ponovo. Ništa nije izgubljeno: zapisi čekaju na ovom uređaju.
error-sync-certificate-mismatch = Server na ovoj adresi nije vaša kancelarija: njegov sertifikat nije onaj iz datoteke za upis. Ništa nije poslato. Obavestite svoju supervizorku.
error-sync-device-not-approved = Kancelarija još nije odobrila ovaj uređaj. Zamolite supervizorku da ga odobri, pa pokušajte ponovo. Ništa nije izgubljeno.
error-sync-device-revoked = Kancelarija je ovom uređaju oduzela pristup. Ništa nije poslato. Razgovarajte sa svojom supervizorkom.
error-sync-inbox-refused = Kancelarija je odbila slanje. Ništa nije izgubljeno: zapisi čekaju na ovom uređaju. Obavestite svoju supervizorku.
error-sync-connection-lost = Veza se stalno prekidala. Ono što je stiglo u kancelariju tamo je sačuvano; pokušajte ponovo da pošaljete ostatak.

## Key shares (issue 16)
error-share-bad-split = Podela za obnovu mora da traži najmanje 2 dela ključa, a ne više nego što ih se upisuje (najviše 255).
error-share-unreadable = Ovo nije deo ključa za Lantern ili je pogrešno ukucan. Proverite datoteku dela ključa.
error-share-not-enough = Nema dovoljno različitih delova ključa za obnovu ključa kancelarije. Zatražite od ostalih čuvara njihove delove.
error-share-mixed = Ovi delovi ključa potiču iz različitih podela ili iz različitih kancelarija. Koristite delove samo jedne podele.
error-share-do-not-open = Obnovljeni ključ ne otvara ovu bazu: delovi ključa ili baza pripadaju drugoj kancelariji. Ništa nije upisano.

## Bundle with bytes appended (issue 16)
error-bundle-trailing-data = Nešto je dodato na kraj ove datoteke paketa, pa nije uvezena. Kopirajte je ponovo sa laptopa ili USB memorije.

## A receipt that is not one (issue 16)
error-sync-bad-receipt = Ova datoteka nije potvrda prijema iz vaše centralne kancelarije ili je oštećena. Ništa nije promenjeno. Zatražite je ponovo od kancelarije.
