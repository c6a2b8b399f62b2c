# Ndihma (--help) dhe versioni (--version) i programeve `lantern` dhe `lantern-central`.
# PËRKTHIM PARAPRAK nga anglishtja: ende i pakontrolluar nga një folës amtare.
# Opsionet, emrat e komandave dhe variablat e mjedisit nuk përkthehen.

## Tekstet e vetë clap, të përbashkëta për të dy programet.
cli-help-usage = Përdorimi
cli-help-commands = Komandat
cli-help-arguments = Argumentet
cli-help-options = Opsionet
cli-help-flag-help = Shfaq ndihmën
cli-help-flag-version = Shfaq versionin
cli-help-subcommand-help = Shfaq këtë mesazh ose ndihmën e komandës (komandave) të dhëna

## --version: versioni i programit dhe i të dhënave të përfshira në të.
cli-version = { $build }
    pyetësori: { $questionnaire_id } { $questionnaire }
    katalogu i treguesve: { $catalogue }
    rregulli i vendimit: { $rule }

## lantern, programi për punën në terren.
cli-help-lantern = Programi Lantern për punën në terren: profili, intervistat, vlerësimi dhe sinkronizimi pa dritare
cli-help-lantern-arg-profile = Dosja e profilit (depoja e enkriptuar dhe çelësat e mbrojtur)
cli-help-lantern-arg-lang = Gjuha e mesazheve: en, sq, sr-Cyrl, sr-Latn, ro, ru ose uk (parazgjedhja: nga LC_ALL, LC_MESSAGES ose LANG, përndryshe anglisht)
cli-help-lantern-init = Krijo një profil të ri: depo e enkriptuar, çelës i të dhënave, çelës rikuperimi
cli-help-lantern-status = Hap profilin dhe shfaq një përmbledhje
cli-help-lantern-passphrase = Ndrysho fjalëkalimin ose vendos një të ri me çelësin e rikuperimit
cli-help-lantern-assess = Vlerëso vëzhgimet sipas katalogut të treguesve dhe shfaq rezultatin si JSON
cli-help-lantern-locales = Kontrollo skedarët e gjuhëve ose rikrijo sr-Latn nga sr-Cyrl
cli-help-lantern-locales-check = Kontrollo skedarët e gjuhëve: të njëjtat mesazhe dhe variabla në çdo gjuhë, asgjë bosh ose e prishur, skedari i gjendjes i plotë, sr-Latn i nxjerrë nga sr-Cyrl
cli-help-lantern-locales-derive-sr-latn = Rikrijo locales/sr-Latn nga locales/sr-Cyrl me transliterim
cli-help-lantern-questionnaire = Kontrollo një përkufizim pyetësori ose shfaq atë që vjen me programin
cli-help-lantern-questionnaire-check = Kontrollo një skedar përkufizimi; shfaq çdo problem (kodi, skedari, vendi) dhe dështo nëse ka ndonjë
cli-help-lantern-questionnaire-show = Shfaq si JSON pyetësorin e identifikimit që vjen me programin
cli-help-lantern-interview = Kryej një intervistë sipas skenarit, listo intervistat ose shfaq përgjigjet e një interviste
cli-help-lantern-interview-run = Kryej një intervistë sipas skenarit (përgjigje sipas id-së së pyetjes, ndryshime gjuhe) dhe shfaq id-në e saj
cli-help-lantern-interview-list = Listo intervistat (JSON)
cli-help-lantern-interview-answers = Shfaq skedarin e përgjigjeve të një interviste (hyrja e lantern assess --answers)
cli-help-lantern-enrol = Importo skedarin e regjistrimit të zyrës qendrore; shfaq id-në e kësaj pajisjeje
cli-help-lantern-export = Shkruaj intervistat e ndryshuara që nga eksporti i fundit i konfirmuar në një paketë të vulosur; shfaq shtegun e saj
cli-help-lantern-receipt = Zbato konfirmimet e nënshkruara të zyrës qendrore: shëno të dhënat si të marra, fshi sipas rregullit
cli-help-lantern-consent = Regjistro një pëlqim që ajo tërhoqi pas intervistës (dërgohet me eksportin e ardhshëm)
cli-help-lantern-consent-withdraw = Tërhiq një pëlqim të një interviste; regjistrohet tani dhe dërgohet me eksportin e ardhshëm

## lantern-central, programi i zyrës qendrore.
cli-help-central = Zyra qendrore Lantern: pajisjet, importi i paketave të sinkronizimit, konfirmimet, shqyrtimi
cli-help-central-arg-home = Dosja e zyrës qendrore (depoja e enkriptuar dhe çelësat e mbrojtur)
cli-help-central-arg-lang = Gjuha e mesazheve: en, sq, sr-Cyrl, sr-Latn, ro, ru ose uk (parazgjedhja: nga LC_ALL, LC_MESSAGES ose LANG, përndryshe anglisht)
cli-help-central-init = Krijo zyrën qendrore: çelësat, depoja e enkriptuar, çelësi i rikuperimit, skedari i regjistrimit
cli-help-central-enrolment = Shkruaj përsëri skedarin e regjistrimit
cli-help-central-info = Shfaq id-në e zyrës, gjurmët e çelësave dhe rregullin e fshirjes
cli-help-central-devices = Mirato, listo ose revoko pajisje
cli-help-central-devices-approve = Mirato një pajisje sipas id-së, të lidhur me çelësin ose gjurmën që shfaqi gjatë regjistrimit (njëri prej tyre kërkohet); me --fingerprint, çelësi fiksohet nga paketa e parë çelësi i së cilës ka atë gjurmë
cli-help-central-devices-list = Listo pajisjet
cli-help-central-devices-revoke = Revoko një pajisje: paketat e saj refuzohen që tani e tutje
cli-help-central-import = Importo skedarë paketash (ose çdo skedar .bundle në një dosje); shfaq një raport JSON
cli-help-central-receipts = Shkruaj në një dosje konfirmime të nënshkruara për paketat e importuara
cli-help-central-review = Shqyrtimi i mbikëqyrësit: lista, gjendja dhe shënimi, radha e shqyrtimit, historia
cli-help-central-review-list = Intervistat me vlerësimin, kronologjinë e gjuhëve, gjendjen e shqyrtimit dhe shënimin e tyre
cli-help-central-review-set = Vendos gjendjen e shqyrtimit të një interviste (new, reviewed, needs_follow_up) dhe shënimin
cli-help-central-review-queue = Radha e shqyrtimit: rishikime të pazbatuara (konflikt rishikimesh, e dhënë nga një pajisje tjetër, rishikim më i vjetër që mbërriti pas një më të riu), si JSON; reason tregon cili
cli-help-central-review-resolve = Mbyll një element të radhës së shqyrtimit me një shënim
cli-help-central-review-history = Çdo rishikim i marrë për një të dhënë
cli-help-central-records = Të dhënat e rasteve siç i mban zyra
cli-help-central-records-show = Një e dhënë rasti: intervista, gjendja e shqyrtimit dhe pëlqimi; të dhënat identifikuese vetëm me --with-identity dhe një --reason, që shkon në regjistrin e auditimit
cli-help-central-audit = Regjistri i auditimit të zyrës (shikime të identitetit, fshirje nga pëlqimi), me zinxhirin e kontrolluar
cli-help-central-stats = Statistika të intervistave me pëlqim për statistika, qelizat e vogla të fshehura (k të paktën 11)
cli-help-central-export = Shkruan statistikat (CSV, XLSX) ose një eksport sipas rasteve (HTCDS, CTDC), të enkriptuar përveç kur --plain emërton një marrës; regjistrohet në regjistrin e auditimit

## Interpreter registry (issue 11)
cli-help-lantern-interpreters = Regjistri i përkthyesve: intervistat i emërtojnë përkthyesit vetëm me hyrjet e tij
cli-help-lantern-interpreters-add = Shto një përkthyes në regjistër ose përditëso hyrjen me këtë identifikues; e shfaq (JSON)
cli-help-lantern-interpreters-list = Regjistri (JSON)

## Persons interviewed more than once (issue 13)
cli-help-central-persons = Persona të intervistuara më shumë se një herë: çifte të mundshme intervistash, lidhjet e mbikëqyrëses
cli-help-central-persons-candidates = Çifte intervistash nga pajisje të ndryshme që mund të jenë e njëjta grua, me provat (cilat fusha përputhen dhe si, kurrë emrat)
cli-help-central-persons-link = Lidh dy intervista si e njëjta grua, me një shënim; regjistrohet në regjistrin e auditimit, të dhënat nuk ndryshohen
cli-help-central-persons-unlink = Hiq lidhjen midis dy intervistave; regjistrohet në regjistrin e auditimit

## Audit log verification (issue 16)

cli-help-lantern-audit = Kontrollo regjistrin e auditimit të këtij profili
cli-help-lantern-audit-verify = Kontrollo zinxhirin me çelës të regjistrit të auditimit; raporto hyrjen e parë të prishur dhe çfarë u prish (JSON)
cli-help-central-audit-verify = Kontrollo zinxhirin e regjistrit të auditimit të zyrës; raporto hyrjen e parë të prishur dhe çfarë u prish (JSON)

## Online sync and the inbox (issue 14)

cli-help-central-serve = Shërbe kutinë hyrëse HTTP: pajisjet dërgojnë paketat në linjë dhe marrin dëftesat
cli-help-lantern-sync = Dërgo tani në kutinë hyrëse të zyrës atë që pret dhe zbato dëftesat (JSON: sent, acknowledged, purged)

## Key shares (issue 16)
cli-help-central-key = Çelësi i zyrës në pjesë për M nga N persona
cli-help-central-key-split = Ndaj çelësin e zyrës në N skedarë me pjesë të çelësit, një për çdo person; mjaftojnë cilëtdo M prej tyre për ta rivendosur
cli-help-central-recover = Rindërto dosjen e zyrës qendrore nga një kopje e depos së një dosjeje të humbur dhe M pjesë të çelësit; kërkon një fjalëkalim të ri, shfaq një çelës të ri rikuperimi

## Crypto-erase (issue 16)
cli-help-lantern-erase = Asgjëso menjëherë këtë profil në mënyrë kriptografike (fillimisht skedari i çelësave, pastaj mbishkruhet çdo skedar): askush nuk mund ta hapë më; kërkon --confirm dhe fjalëkalimin
