# Mesazhet e gabimeve, një për çdo kod të qëndrueshëm gabimi.
# PËRKTHIM PARAPRAK nga anglishtja: ende i pakontrolluar nga një folës amtar.

error-unknown = Diçka shkoi keq (kodi { $code }). Përgjigjet e ruajtura deri tani janë të sigurta.

## Encrypted store

error-store-wrong-passphrase = Fjalëkalimi nuk është i saktë.
error-store-not-a-profile = Kjo dosje nuk është profil i Lantern.
error-store-profile-exists = Në këtë dosje ekziston tashmë një profil.
error-store-key-file-damaged = Skedari i çelësave të këtij profili është dëmtuar. Kërkoni ndihmë nga mbikëqyrësi; mos fshini asgjë.
error-store-database-damaged = Baza e të dhënave është e dëmtuar ose e paplotë. Mos e fshini; kërkoni ndihmë nga mbikëqyrësi.
error-store-foreign-database = Kjo bazë të dhënash i përket një profili tjetër.
error-store-database-missing = Baza e të dhënave e këtij profili mungon.
error-store-directory-not-writable = Lantern nuk mund të shkruajë në këtë dosje.
error-store-disk-full = Disku është plot. Lironi hapësirë dhe provoni përsëri. Përgjigjet e ruajtura deri tani janë të sigurta.
error-store-passphrase-too-short = { $min ->
    [one] Fjalëkalimi duhet të ketë të paktën { $min } karakter.
   *[other] Fjalëkalimi duhet të ketë të paktën { $min } karaktere.
}
error-store-weak-kdf-params = Cilësimet e mbrojtjes së këtij profili janë shumë të dobëta për t’u pranuar.
error-store-kdf-too-weak = Ky profil është krijuar nga një version prove i Lantern dhe ka vetëm mbrojtje të dobët të çelësit. Ky version i Lantern nuk mund ta hapë dhe nuk krijon profile të tilla. Asgjë nuk u ndryshua.
error-store-schema-too-new = Ky profil është krijuar nga një version më i ri i Lantern. Përditësoni Lantern për ta hapur.
error-store-audit-chain-broken = Regjistri i ndryshimeve të këtij profili është ndryshuar. Njoftoni mbikëqyrësin.
error-store-not-found = Regjistrimi nuk u gjet.
error-store-invalid = Të dhënat nuk janë të vlefshme dhe nuk u ruajtën.
error-store-io = Disku nuk mund të lexohej ose të shkruhej.
error-store-database = Baza e të dhënave raportoi një gabim.

## Sync bundles

error-bundle-truncated = Skedari i paketës është i paplotë. Kopjojeni përsëri.
error-bundle-bad-magic = Ky skedar nuk është paketë e Lantern.
error-bundle-unsupported-version = Kjo paketë është krijuar nga një version i Lantern që ky version nuk mund ta lexojë.
error-bundle-unsupported-payload-version = Përmbajtja e kësaj pakete vjen nga një version i Lantern që ky version nuk mund ta lexojë.
error-bundle-bad-signature = Kjo paketë është ndryshuar ose dëmtuar. Nuk u importua.
error-bundle-unknown-device = Kjo paketë vjen nga një pajisje e paregjistruar.
error-bundle-revoked-device = Kjo paketë vjen nga një pajisje së cilës i është hequr qasja.
error-bundle-signer-key-mismatch = Nënshkrimi nuk përputhet me pajisjen e regjistruar. Paketa nuk u importua.
error-bundle-wrong-recipient = Kjo paketë është krijuar për një zyrë tjetër qendrore.
error-bundle-decryption-failed = Kjo paketë nuk mund të dekriptohej. Nuk u importua.
error-bundle-device-mismatch = Përmbajtja e paketës nuk përputhet me pajisjen që e nënshkroi.
error-bundle-too-large = Ky skedar është shumë i madh për të qenë paketë e Lantern.
error-bundle-nesting-too-deep = Përmbajtja e kësaj pakete ka format të gabuar.
error-bundle-malformed-payload = Përmbajtja e kësaj pakete ka format të gabuar.
error-bundle-invalid-record = Një regjistrim në paketë nuk është i vlefshëm. Paketa nuk u importua.
error-bundle-changed-during-read = Skedari ndryshoi gjatë leximit. Provoni përsëri.
error-bundle-bad-encoding = Një çelës ose identifikues në këtë paketë ka format të gabuar.
error-bundle-random = Sistemi nuk mundi të sigurojë numra të rastësishëm të sigurt.
error-bundle-io = Skedari nuk mund të lexohej ose të shkruhej.

## Questionnaire definition

error-questionnaire-parse = Skedari i pyetësorit nuk mund të lexohet.
error-questionnaire-invalid = Skedari i pyetësorit nuk është i vlefshëm.
error-questionnaire-io = Skedari i pyetësorit nuk mund të hapej.

## Answers

error-answer-required = Jepni një përgjigje, ose zgjidhni „Nuk e di“ ose „Preferon të mos përgjigjet“.
error-answer-not-a-number = Shkruani një numër.
error-answer-number-range = Shkruani një numër nga { $min } deri në { $max }.
error-answer-date-invalid = Shkruani një datë të vlefshme.
error-answer-date-future = Data nuk mund të jetë në të ardhmen.
error-answer-choose-option = Zgjidhni një nga mundësitë.
error-answer-too-long = { $max ->
    [one] Teksti është shumë i gjatë: të shumtën { $max } karakter.
   *[other] Teksti është shumë i gjatë: të shumtën { $max } karaktere.
}

## Field use-cases (lantern-field)

error-field-unknown-locale = Kjo gjuhë nuk është e disponueshme.
error-field-unknown-questionnaire = Kjo intervistë u bë me një pyetësor që ky version i Lantern nuk e ka. Kërkoni ndihmë nga mbikëqyrësi; mos fshini asgjë.
error-field-directory-invalid = Skedari i listës së shërbimeve për referim nuk është i vlefshëm. Kërkojini mbikëqyrësit një skedar të korrigjuar.
error-field-damaged = Regjistrimi i kësaj interviste është dëmtuar. Kërkoni ndihmë nga mbikëqyrësi; mos fshini asgjë.
error-field-not-complete = Intervista nuk mund të përfundohet ende: disa pyetje kanë ende nevojë për përgjigje.
error-field-assessment = Rezultati i vlerësimit paraprak nuk mund të llogaritej. Përgjigjet janë ruajtur.
error-field-locked = Aplikacioni është i kyçur. Shkyçeni për të vazhduar.

## Sync (device side)

error-sync-not-enrolled = Kjo pajisje nuk është ende e lidhur me një zyrë qendrore. Importoni skedarin e regjistrimit nga mbikëqyrësi.
error-sync-already-enrolled = Kjo pajisje është tashmë e lidhur me një zyrë tjetër qendrore.
error-sync-nothing-to-export = Nuk ka asgjë të re për të dërguar.
error-sync-receipt-for-other-device = Kjo dëshmi marrjeje është për një pajisje tjetër.
error-sync-bad-device-id = Identiteti i kësaj pajisjeje është dëmtuar. Kërkoni ndihmë nga mbikëqyrësi.
error-sync-io = Skedari nuk mund të shkruhej. Kontrolloni dosjen dhe hapësirën e lirë.

## Central office (supervisor mode, lantern-central)

error-central-database = Baza e të dhënave e zyrës qendrore raportoi një gabim. Asgjë nuk u ndryshua.
error-central-unknown-device = Kjo paketë vjen nga një pajisje që nuk është e regjistruar. Miratoni fillimisht pajisjen.
error-central-device-revoked = Qasja e kësaj pajisjeje u tërhoq; ajo nuk mund të miratohet përsëri.
error-central-device-key-mismatch = Çelësi i kësaj pajisjeje nuk përputhet me atë të regjistruar. Asgjë nuk u ndryshua.
error-central-bad-device-id = Ky nuk është një identifikues i vlefshëm pajisjeje.
error-central-unknown-record-kind = Kjo paketë përmban një lloj regjistrimi që zyra qendrore nuk e pranon. Ajo nuk u importua.
error-central-malformed-record = Një regjistrim në këtë paketë është i dëmtuar. Paketa nuk u importua.
error-central-not-found = Regjistrimi nuk u gjet në zyrën qendrore.
error-central-bad-review-state = Kjo nuk është një gjendje e vlefshme rishikimi.
error-central-damaged = Depoja e zyrës qendrore është e dëmtuar. Mos fshini asgjë; kërkoni ndihmë teknike.
error-central-io = Skedari ose dosja nuk mund të lexohej ose të shkruhej.
error-central-unknown-questionnaire = Kjo intervistë u bë me një version pyetësori që ky version i Lantern nuk e ka, prandaj nuk mund të shfaqet rezultat.
error-central-no-home = Në këtë kompjuter nuk ka zyrë qendrore. Administratori e krijon me komandën lantern-central init.
error-central-locked = Zyra qendrore është e kyçur. Hapeni përsëri për të vazhduar.

## Consent withdrawal and identity kept apart (issue 10, device side)
error-field-unknown-interview = Në këtë pajisje nuk ka intervistë { $id }.

## Central office: identity apart, consent, bound device approval (issue 10)

error-central-device-fingerprint-mismatch = Kjo paketë emërton një pajisje të miratuar, por është nënshkruar me një çelës me gjurmë tjetër. Mund të jetë e falsifikuar: nuk u importua dhe asgjë nuk u ruajt.
error-central-device-not-bound = Kjo pajisje u miratua pa çelësin e saj. Miratojeni përsëri me --key ose --fingerprint, siç i tregoi pajisja gjatë regjistrimit.
error-central-bad-fingerprint = Kjo nuk është gjurmë e vlefshme çelësi. Kopjojeni siç e tregoi pajisja gjatë regjistrimit.
error-central-unknown-interview = Zyra qendrore nuk ka asnjë intervistë me këtë identifikues.
error-central-reason-required = Jepni arsyen për të parë të dhënat identifikuese me --reason TEKST. Ajo regjistrohet në regjistrin e auditimit.
error-central-viewer-required = Jepni emrin tuaj me --by EMËR: kush i sheh të dhënat identifikuese regjistrohet në regjistrin e auditimit.
error-central-device-key-required = Miratoni një pajisje me çelësin e saj (--key) ose gjurmën e saj (--fingerprint), siç i tregoi pajisja gjatë regjistrimit. Vetëm identifikuesi nuk mjafton: identifikuesit nuk janë të fshehtë.

# Statistics and exports (issue 12)
error-central-unknown-variable = Kjo nuk është një ndryshore statistikore. Ndryshoret janë në docs/statistics.md (p.sh. month, pathway, result, age_band, interview_locale).
error-central-repeated-variable = Një ndryshore statistikore është dhënë dy herë në --by.
error-central-variable-count = Një tabelë numëron sipas një, dy ose tre ndryshoreve: jepini me --by, të ndara me presje.
error-central-k-below-minimum = Numrat nën 11 nuk tregohen kurrë: --k duhet të jetë të paktën 11. Një k më i vogël kërkon --override-below-minimum dhe --reason TEKST, dhe regjistrohet në regjistrin e auditimit.
error-central-override-reason-required = Jepni arsyen për një k nën 11 me --reason TEKST. Ajo regjistrohet në regjistrin e auditimit.
error-central-operator-required = Jepni emrin tuaj me --operator EMRI: kush e bën këtë regjistrohet në regjistrin e auditimit.
error-central-plain-recipient-required = Një eksport i pakriptuar kërkon emrin e marrësit: --plain --recipient EMRI.
error-central-bad-export-recipient = Ky nuk është një marrës age. Fillon me age1, siç e shkruan age-keygen.
error-central-export-passphrase-required = Kërkohet një frazëkalim për eksportin. Vendosni LANTERN_EXPORT_PASSPHRASE ose shkruajeni kur pyeteni.
error-central-export-encryption = Eksporti nuk mund të kriptohej. Asgjë nuk u shkrua.
error-central-spreadsheet = Fleta e llogaritjes nuk mund të shkruhej. Asgjë nuk u shkrua.
error-central-unknown-export-format = Ky nuk është një format eksporti. Formatet janë htcds, ctdc, stats-csv dhe stats-xlsx.
error-central-unknown-export-purpose = Ky nuk është një qëllim eksporti. Qëllimet janë sharing (një organizatë tjetër) dhe police.

## Interpreter registry (issue 11)
error-field-unknown-interpreter = Përkthyesi { $id } nuk është në listën e përkthyesve të këtij laptopi. Shtoni fillimisht përkthyesin (emri, gjuhët, organizata).
error-field-bad-interpreter = Të dhënat e përkthyesit janë të paplota: jepni një identifikues, një emër, organizatën dhe të paktën një gjuhë.

## Persons interviewed more than once (issue 13)
error-central-same-interview = Një intervistë nuk mund të lidhet me veten. Jepni dy intervista të ndryshme.
error-central-already-linked = Këto dy intervista janë lidhur tashmë.
error-central-not-linked = Këto dy intervista nuk janë të lidhura: nuk ka asgjë për të zgjidhur.

## Online sync (issue 14, device side)

error-sync-no-inbox-certificate = Kjo pajisje u lidh me zyrën para se zyra të mund të merrte në linjë. Importoni një skedar të ri regjistrimi nga mbikëqyrësja juaj.
error-sync-bad-inbox-url = Kjo nuk është adresa e kutisë hyrëse të zyrës. Ajo fillon me https:// dhe mbaron me portën, për shembull https://192.168.1.10:8443.
error-central-bad-inbox-url = Kjo nuk është adresa e kutisë hyrëse të zyrës. Ajo fillon me https:// dhe mbaron me portën, për shembull https://192.168.1.10:8443.
error-sync-offline = Zyra nuk mund të arrihet. Kontrolloni lidhjen dhe provoni përsëri. Asgjë nuk humbi: të dhënat presin në këtë pajisje.
error-sync-certificate-mismatch = Serveri në këtë adresë nuk është zyra juaj: certifikata e tij nuk është ajo e skedarit të regjistrimit. Asgjë nuk u dërgua. Njoftoni mbikëqyrësen tuaj.
error-sync-device-not-approved = Zyra nuk e ka miratuar ende këtë pajisje. Kërkojini mbikëqyrëses ta miratojë, pastaj provoni përsëri. Asgjë nuk humbi.
error-sync-device-revoked = Zyra ia ka tërhequr qasjen kësaj pajisjeje. Asgjë nuk u dërgua. Flisni me mbikëqyrësen tuaj.
error-sync-inbox-refused = Zyra e refuzoi dërgimin. Asgjë nuk humbi: të dhënat presin në këtë pajisje. Njoftoni mbikëqyrësen tuaj.
error-sync-connection-lost = Lidhja vazhdoi të ndërpritej. Ajo që arriti në zyrë ruhet atje; provoni përsëri për të dërguar pjesën tjetër.

## Key shares (issue 16)
error-share-bad-split = Një ndarje duhet të kërkojë për rivendosjen të paktën 2 pjesë të çelësit dhe jo më shumë sesa shkruhen (gjithsej jo më shumë se 255).
error-share-unreadable = Kjo nuk është një pjesë e çelësit të Lantern, ose u shtyp gabim. Kontrolloni skedarin e pjesës së çelësit.
error-share-not-enough = Nuk ka mjaft pjesë të ndryshme të çelësit për të rivendosur çelësin e zyrës. Kërkojuni mbajtësve të tjerë pjesët e tyre.
error-share-mixed = Këto pjesë të çelësit vijnë nga ndarje të ndryshme ose nga zyra të ndryshme. Përdorni vetëm pjesët e një ndarjeje të vetme.
error-share-do-not-open = Çelësi i rivendosur nuk e hap këtë depo: pjesët e çelësit ose depoja i përkasin një zyre tjetër. Asgjë nuk u shkrua.

## Bundle with bytes appended (issue 16)
error-bundle-trailing-data = Diçka u shtua në fund të skedarit të paketës, prandaj nuk u importua. Kopjojeni përsëri nga laptopi ose nga USB-ja.

## A receipt that is not one (issue 16)
error-sync-bad-receipt = Ky skedar nuk është një konfirmim marrjeje nga zyra juaj qendrore, ose është i dëmtuar. Asgjë nuk u ndryshua. Kërkojeni përsëri nga zyra.
