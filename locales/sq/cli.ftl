# Mesazhet e programeve të rreshtit të komandave `lantern` (puna në terren) dhe `lantern-central` (zyra qendrore).
# PËRKTHIM PARAPRAK nga anglishtja: ende i pakontrolluar nga një folës amtare.
# Opsionet (--profile), emrat e variablave (LANTERN_PROFILE) dhe komandat nuk përkthehen.
# Kërkesat për të shkruar mbarojnë me „:”; hapësirën pas tyre e shton programi.

## Kërkesat për të shkruar

cli-prompt-passphrase = Fjalëkalimi:
cli-prompt-new-passphrase = Fjalëkalimi i ri:
cli-prompt-repeat-passphrase = Shkruani fjalëkalimin edhe një herë:
cli-prompt-current-passphrase = Fjalëkalimi aktual:
cli-prompt-recovery-key = Çelësi i rikuperimit:
cli-prompt-central-passphrase = Fjalëkalimi i zyrës qendrore:
cli-prompt-new-central-passphrase = Fjalëkalimi i ri i zyrës qendrore:

## Profili i terrenit (lantern)

cli-profile-created = Profili u krijua në { $dir }
cli-device-id = Identifikuesi i pajisjes: { $id }
cli-recovery-key-instruction = Çelësi i rikuperimit (shfaqet vetëm një herë): shkruajeni tani dhe dorëzojani sot mbikëqyrësit tuaj. Mos e mbani bashkë me këtë laptop. Nëse fjalëkalimi harrohet, mbikëqyrësi mund ta përdorë për të hapur të dhënat.
cli-status-interviews = Intervista: { $total } (drafte: { $drafts }, të përfunduara: { $finished }, të dërguara: { $exported })
cli-status-insecure-kdf = Kujdes: ky profil përdor cilësime prove të pasigurta për nxjerrjen e çelësit. Mos e përdorni për intervista të vërteta.
cli-passphrase-changed = Fjalëkalimi u ndryshua.

## Sinkronizimi (lantern enrol, export)

cli-enrolled = Pajisja u regjistrua në zyrën qendrore { $node }
cli-enrol-central-key = Gjurma e çelësit qendror: { $value }
cli-enrol-recipient-key = Gjurma e çelësit të marrësit: { $value }
cli-enrol-purge = Pas një konfirmimi marrjeje: { $value }
cli-enrol-device-key = Çelësi i kësaj pajisjeje: { $value }
cli-enrol-device-fingerprint = Gjurma e kësaj pajisjeje: { $value }
cli-purge-after-receipt = përgjigjet fshihen nga pajisja sapo zyra qendrore konfirmon se i ka marrë
cli-purge-never = përgjigjet mbeten në pajisje
cli-exported = { $records ->
    [one] Paketa { $bundle } (numri { $seq }, { $records } regjistrim)
   *[other] Paketa { $bundle } (numri { $seq }, { $records } regjistrime)
}

## Kontrolli i pyetësorit dhe të dhënat për vlerësim

cli-questionnaire-valid = { $file }: i vlefshëm. Pyetësori { $id }, versioni { $version }; module: { $modules }, pyetje: { $questions }.
cli-standard-input = hyrja standarde
cli-script-step = Hapi { $step } i skriptit

## Zyra qendrore (lantern-central)

cli-central-created = Zyra qendrore u krijua në { $dir }
cli-central-node-id = Identifikuesi i nyjës: { $value }
cli-central-key = Gjurma e çelësit qendror: { $value }
cli-central-recipient-key = Gjurma e çelësit të marrësit: { $value }
cli-central-purge = Çfarë bëjnë pajisjet pas një konfirmimi marrjeje: { $value }
cli-central-enrolment-file = Skedari i regjistrimit për pajisjet: { $file }
cli-central-recovery-key-instruction = Çelësi i rikuperimit (shfaqet vetëm një herë): shkruajeni tani dhe dorëzojani mbikëqyrësit përgjegjës për këtë zyrë qendrore. Mbajeni veçmas nga fjalëkalimi: me të mund të hapet zyra qendrore nëse fjalëkalimi harrohet.
cli-device-approved = e miratuar
cli-device-revoked = qasja e tërhequr
cli-device-key-not-pinned = (çelësi ende i pafiksuar: merret nga paketa e parë, çelësi i së cilës ka këtë gjurmë)
cli-device-row = { $device }  { $status }  { $fingerprint }  paketa: { $bundles }
cli-review-row = { $interview }  rishikimi { $revision }  { $state }  { $result }
cli-review-no-result = pa rezultat
cli-review-in-queue = në radhën e rishikimit

## Gabimet që programet e rreshtit të komandave i shpjegojnë me fjalët e tyre

cli-error-no-profile = Nuk u dha dosja e profilit: përdorni --profile DOSJA ose vendosni LANTERN_PROFILE.
cli-error-no-central-home = Nuk u dha dosja e zyrës qendrore: përdorni --home DOSJA ose vendosni LANTERN_CENTRAL_HOME.
cli-error-no-passphrase = Mungon fjalëkalimi: vendosni { $variable } ose ekzekutoni komandën në një terminal.
cli-error-passphrase-mismatch = Dy fjalëkalimet nuk janë të njëjta. Nuk u ndryshua asgjë.
cli-error-terminal = Terminali nuk mund të lexohej.
cli-error-read = { $path } nuk mund të lexohet.
cli-error-write = { $path } nuk mund të shkruhet.
cli-error-internal = Gabim i brendshëm i papritur. Ju lutemi ta raportoni bashkë me kodin.
cli-error-unknown-language = „{ $lang }” nuk është një nga gjuhët e Lantern. Të disponueshme: { $available }.
cli-error-locales = Skedarët e lokalizimit nuk mund të lexoheshin ose nuk janë të vlefshëm.
cli-error-assess-no-input = Jepni --indicators SKEDARI ose --answers SKEDARI.
cli-error-observations-json = { $file } nuk është skedar i vlefshëm vëzhgimesh (JSON).
cli-error-answers-json = { $file } nuk është skedar i vlefshëm përgjigjesh.
cli-error-unknown-question = { $file }: identifikues i panjohur pyetjeje { $question }.
cli-error-unknown-indicator = { $count ->
    [one] Identifikues i panjohur treguesi: { $ids }. Katalogu ka DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 dhe AVD1–AVD7.
   *[other] Identifikues të panjohur treguesish: { $ids }. Katalogu ka DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 dhe AVD1–AVD7.
}
cli-error-unknown-evidence-indicator = { $count ->
    [one] U dhanë prova për një identifikues të panjohur treguesi: { $ids }.
   *[other] U dhanë prova për identifikues të panjohur treguesish: { $ids }.
}
cli-error-catalogue-unreadable = Katalogu i treguesve nuk mund të lexohej.
cli-error-catalogue-invalid = Katalogu i treguesve nuk është i vlefshëm.
cli-error-script-json = { $file } nuk është skript i vlefshëm interviste.
cli-error-questionnaire-problems = { $count ->
    [one] { $file }: u gjet { $count } problem.
   *[other] { $file }: u gjetën { $count } probleme.
}
cli-error-bad-device-key = Çelësi i pajisjes i dhënë me --key nuk është i vlefshëm.

## Consent withdrawal and identity kept apart (issue 10, device side)
cli-export-identity-withheld = Intervista { $id }: të dhënat e saj identifikuese mbeten në këtë pajisje (ajo nuk ka dhënë pëlqimin si për ndihmën ashtu edhe për ndarjen e të dhënave). Zyra qendrore e merr rastin pa to.
cli-consent-withdrawn = Intervista { $id }: tërheqja e pëlqimit ({ $purpose }) u regjistrua. Do t’i dërgohet zyrës qendrore me eksportin e ardhshëm.
cli-consent-already-no = Intervista { $id }: pëlqimi ({ $purpose }) ishte refuzuar ose tërhequr më parë. Asgjë nuk u ndryshua.

## Central office: case records, consent, identity views, bound device approval (issue 10)

cli-device-not-bound = (miratuar pa çelësin: asnjë paketë nuk pranohet derisa të miratohet përsëri me --key ose --fingerprint)
cli-record-head = { $interview }  rishikimi { $revision }  nga { $device }  përgjigje: { $answers }  { $state }
cli-record-consent = Pëlqimi: ndihma { $assistance }, ndarja me organizatat { $sharing }, policia { $police }, statistikat { $statistics }
cli-consent-yes = po
cli-consent-no = jo
cli-consent-unknown = e panjohur
cli-record-identity-withheld = Të dhënat identifikuese nuk shfaqen. Për t'i parë: --with-identity --reason TEKST (shikimi regjistrohet në regjistrin e auditimit).
cli-record-identity-none = Për këtë intervistë nuk ruhen të dhëna identifikuese (nuk u dërguan, ose pëlqimi i saj nuk lejoi ruajtjen e tyre). Kërkesa regjistrohet në regjistrin e auditimit.
cli-record-identity = Të dhënat identifikuese (ky shikim regjistrohet në regjistrin e auditimit):
cli-record-no-value = (pa vlerë)
cli-audit-verified = Zinxhiri i regjistrit të auditimit është i paprekur; hyrje: { $count }

## Statistics and exports (issue 12)
cli-stats-heading = Intervista me pëlqim për statistika anonime; numrat nën { $k } nuk tregohen.
cli-stats-count = numri
cli-stats-total = gjithsej
cli-stats-suppressed-note = <{ $k }: më pak se { $k } intervista, ose e fshehur që një numër i vogël të mos nxirret nga totalet.
cli-stats-total-not-sum = Një intervistë mund të numërohet nën disa vlera të kësaj tabele: totali është numri i intervistave, jo shuma e numrave.
cli-export-plain-warning = Kujdes: { $file } shkruhet i pakriptuar, për { $recipient }. Kushdo që e merr skedarin mund ta lexojë. Dorëzojeni personalisht dhe fshijeni kur nuk nevojitet më.
cli-prompt-export-passphrase = Frazëkalimi për skedarin e eksportit:

## Persons interviewed more than once (issue 13)
cli-persons-candidate = { $a }  { $b }  pikë { $score }

## Audit log verification (issue 16)

cli-audit-sound = Regjistri i auditimit: { $count } hyrje, zinxhiri me çelës është i shëndoshë.
cli-audit-broken-deleted = Regjistri i auditimit është i prishur te hyrja { $position }: një hyrje para saj u fshi.
cli-audit-broken-edited = Regjistri i auditimit është i prishur te hyrja { $position }: hyrja u ndryshua pasi u shkrua.
cli-audit-broken-reordered = Regjistri i auditimit është i prishur te hyrja { $position }: hyrjet u zhvendosën; kjo u shkrua në një vend tjetër.
cli-audit-broken-inserted = Regjistri i auditimit është i prishur te hyrja { $position }: hyrja u shtua nga jashtë regjistrit.
cli-audit-broken-clock-rollback = Regjistri i auditimit është i prishur te hyrja { $position }: data e saj është më e hershme se e një hyrjeje para saj (ora u kthye pas).
cli-audit-broken-truncated = Regjistri i auditimit është i prishur te hyrja { $position }: regjistri është më i shkurtër ose ndryshon nga ai që tregoi në një eksport.

## Online sync and the inbox (issue 14)

cli-error-listen = Nuk mund të dëgjohet në { $path }. A po e përdor një program tjetër këtë portë?
cli-central-inbox-certificate = Gjurma e certifikatës së kutisë hyrëse: { $value }
cli-sync-acknowledged = Zyra mori paketën { $bundle } dhe dërgoi dëftesën e saj.

## The office's key in shares, and a home rebuilt from them (issue 16)
cli-central-share-file = Lantern: një pjesë e çelësit të një zyre qendrore (pjesa { $number } nga { $total }; mjaftojnë cilatdo { $threshold } prej tyre për ta rivendosur zyrën).
    Mbajeni veçmas nga laptopi i zyrës dhe nga pjesët e tjera të çelësit. E vetme, ajo nuk zbulon asgjë.
    Për rivendosjen: lantern-central --home DOSJA-E-RE recover --from KOPJA-E-central.db --shares SKEDARI...
cli-central-shares-written = U shkruan { $total } skedarë me pjesë të çelësit; mjaftojnë cilëtdo { $threshold } prej tyre për ta rivendosur çelësin e zyrës. Jepjani secilin skedar një personi të ndryshëm dhe fshijeni këtë dosje.
cli-central-restored = Zyra qendrore u rivendos në { $dir }

## Crypto-erase of a field profile (issue 16)
cli-erase-unconfirmed = Asgjësimi nuk mund të zhbëhet: intervistat që nuk kanë arritur ende në zyrën qendrore humbasin. Për ta asgjësuar, ekzekutojeni përsëri me --confirm.
cli-erased = Profili në { $dir } u asgjësua. Askush nuk mund ta hapë më.
