# Tekstet e ndërfaqes së aplikacionit dhe të rreshtit të komandave.
# PËRKTHIM PARAPRAK nga anglishtja: ende i pakontrolluar nga një folës amtar (shih locales/status.toml).

-app-name = Lantern

## General

ui-app-title = { -app-name }
ui-draft-translation = Përkthim paraprak
ui-draft-translation-hint = Ky përkthim nuk është kontrolluar ende nga një folës amtar. Disa fjalë mund të jenë të gabuara.
ui-catalogue-unverified = Katalogu i treguesve nuk është verifikuar ende me publikimin e ONP-së
ui-fallback-notice = Ky tekst nuk ekziston në gjuhën „{ $requested }“. Shfaqet në gjuhën „{ $used }“.
ui-button-ok = Në rregull
ui-button-cancel = Anulo
ui-button-continue = Vazhdo
ui-button-close = Mbyll
ui-button-save = Ruaj

## First run

ui-first-run-title = Konfigurimi i { -app-name } në këtë laptop
ui-first-run-intro = Gjithçka që regjistroni ruhet e enkriptuar në këtë laptop. Zgjidhni një fjalëkalim që e dini vetëm ju.
ui-passphrase-label = Fjalëkalimi
ui-passphrase-repeat-label = Shkruani fjalëkalimin edhe një herë
ui-passphrase-mismatch = Dy fjalëkalimet nuk janë të njëjta.
ui-passphrase-too-short = { $min ->
    [one] Fjalëkalimi duhet të ketë të paktën { $min } karakter.
   *[other] Fjalëkalimi duhet të ketë të paktën { $min } karaktere.
}
ui-passphrase-strength-weak = I dobët. Përdorni disa fjalë pa lidhje me njëra-tjetrën, për shembull katër ose pesë.
ui-passphrase-strength-fair = Mesatar. Edhe një ose dy fjalë do ta bënin më të fortë.
ui-passphrase-strength-strong = I fortë.
ui-passphrase-hint = Mos e shkruani fjalëkalimin në laptop dhe mos e mbani pranë tij.
ui-first-run-create = Krijo profilin e enkriptuar
ui-first-run-working = Po krijohet profili i enkriptuar. Kjo zgjat disa sekonda.
ui-recovery-key-title = Çelësi i rikuperimit
ui-recovery-key-instruction = Shkruajeni ose printojeni këtë çelës rikuperimi dhe dorëzojani sot mbikëqyrësit tuaj. Mos e mbani bashkë me këtë laptop. Ai shfaqet vetëm një herë.
ui-recovery-key-use = Nëse fjalëkalimi harrohet, mbikëqyrësi mund t’i hapë të dhënat me këtë çelës.
ui-recovery-key-confirm = Do t’ia dorëzoj sot çelësin e rikuperimit mbikëqyrësit tim.

## Unlock, lock and hiding

ui-unlock-title = Zhblloko { -app-name }
ui-unlock-button = Zhblloko
ui-unlock-wrong-passphrase = Fjalëkalim i gabuar. Provoni përsëri.
ui-unlock-wait = { $seconds ->
    [one] Shumë përpjekje. Prisni { $seconds } sekondë.
   *[other] Shumë përpjekje. Prisni { $seconds } sekonda.
}
ui-unlock-forgot = Keni harruar fjalëkalimin? Kërkojini mbikëqyrësit çelësin e rikuperimit.
ui-locked-title = { -app-name } është i bllokuar
ui-locked-message = Të dhënat janë të mbrojtura. Shkruani fjalëkalimin për të vazhduar.
ui-lock-now = Blloko tani
ui-auto-lock-label = Bllokim automatik
ui-auto-lock-after = { $minutes ->
    [one] Pas { $minutes } minute pa aktivitet
   *[other] Pas { $minutes } minutash pa aktivitet
}
ui-auto-locked = { $minutes ->
    [one] U bllokua pas { $minutes } minute pa aktivitet.
   *[other] U bllokua pas { $minutes } minutash pa aktivitet.
}
ui-quick-hide = Fshih
ui-quick-hide-hint = Fsheh menjëherë { -app-name } dhe shfaq një ekran neutral. Për t’u kthyer, zhbllokoni me fjalëkalim.
ui-neutral-screen-title = Shënime

## Home

ui-home-title = Intervistat
ui-home-drafts = Të papërfunduara
ui-home-finished = Të përfunduara
ui-home-exported = Të dërguara
ui-home-empty = Këtu nuk ka ende intervista.
ui-home-count-drafts = { $count ->
    [one] { $count } intervistë e papërfunduar
   *[other] { $count } intervista të papërfunduara
}
ui-interview-start = Fillo një intervistë
ui-interview-resume = Vazhdo
ui-interview-started = Filloi më { $date }
ui-interview-updated = Ndryshimi i fundit më { $date }

## Interview controls (always visible)

ui-stop = STOP
ui-stop-hint = Ndalo menjëherë intervistën
ui-pause-title = Intervista është ndalur
ui-pause-reason-label = Pse është ndalur intervista?
ui-pause-reason-interviewee = Ajo kërkoi të ndalet ose ka nevojë për pushim
ui-pause-reason-safety = Shqetësim për sigurinë
ui-pause-reason-interruption = Ndërprerje
ui-pause-note-label = Shënim (jo i detyrueshëm, vetëm për ju)
ui-pause-resume = Vazhdo intervistën
ui-pause-end = Përfundo intervistën këtu
ui-pause-saved = Asgjë nuk ka humbur. Të gjitha përgjigjet deri tani janë ruajtur.

## Emergency panel

ui-emergency-button = Urgjencë
ui-emergency-panel-title = Ndihmë urgjente
ui-emergency-medical = Urgjencë mjekësore
ui-emergency-self-harm = Rrezik vetëlëndimi
ui-emergency-danger = Rrezik i menjëhershëm
ui-emergency-numbers = Numrat vendorë
ui-emergency-no-numbers = Lista e shërbimeve nuk ka numra vendorë. Telefononi numrin e përgjithshëm të urgjencës.
ui-emergency-call-hint = Qëndroni me të. Mos e lini vetëm.

## Languages

ui-language-interface = Gjuha e ndërfaqes
ui-language-interview = Gjuha e intervistës
ui-language-switch = Ndrysho gjuhën e intervistës
ui-language-switch-confirm = Të ndryshohet gjuha e intervistës në „{ $language }“? Ndryshimi dhe ora e tij regjistrohen.
ui-language-interpreter = Përkthyesi
ui-language-no-interpreter = Pa përkthyes
ui-language-switched = Gjuha e intervistës u ndryshua nga „{ $from }“ në „{ $to }“.
ui-language-interpreter-refused = Ajo nuk e dëshiron këtë përkthyes

## Interpreter view

ui-interpreter-view-title = Pamja për përkthyesin
ui-interpreter-view-for-you = Për ju ({ $language })
ui-interpreter-view-read-aloud = Lexojeni me zë ({ $language })
ui-interpreter-view-interviewer-only = Vetëm për intervistuesin. Mos e lexoni me zë.
ui-interpreter-view-fallback = Nuk ekziston në gjuhën „{ $requested }“. Shfaqet në gjuhën „{ $used }“: përktheni me gojë.

## Answering

ui-answer-dont-know = Nuk e di
ui-answer-declined = Preferon të mos përgjigjet
ui-answer-next = Përpara
ui-answer-back = Prapa
ui-answer-edit = Ndrysho përgjigjen
ui-answer-needed = Jepni një përgjigje, ose zgjidhni „Nuk e di“ ose „Preferon të mos përgjigjet“.
ui-progress-section = Pjesa { $section } nga { $total }
ui-progress-answered = { $count ->
    [one] { $count } pyetje me përgjigje
   *[other] { $count } pyetje me përgjigje
}

## Review

ui-review-title = Rishikimi i përgjigjeve
ui-review-unanswered = { $count ->
    [one] { $count } pyetje nuk ka përgjigje.
   *[other] { $count } pyetje nuk kanë përgjigje.
}
ui-review-edit-section = Ndrysho këtë pjesë
ui-review-finish = Përfundo intervistën
ui-review-finish-confirm = Të përfundohet intervista? Përgjigjet mund të korrigjohen edhe më vonë; çdo ndryshim regjistrohet.

## Assessment screen

ui-assessment-screen-title = Rezultati i vlerësimit paraprak
ui-assessment-screen-privacy = Shfaqeni këtë vetëm pasi ajo të mos e shohë më ekranin.
ui-assessment-screen-show = Shfaq rezultatin
ui-assessment-screen-not-verdict = Ky është një vlerësim paraprak për referim. Nuk është vendim për atë që i ka ndodhur asaj.
ui-assessment-screen-assistance = Ofroni ndihmë në çdo rast. Ndihma nuk varet kurrë nga ky rezultat.
ui-assessment-screen-rule-version = Versioni i rregullave { $version }
ui-assessment-screen-indicators = Treguesit
ui-assessment-screen-evidence = Nga përgjigjet
ui-assessment-screen-unknown = I panjohur

## Referral directory

ui-referral-title = Lista e shërbimeve për referim
ui-referral-last-verified = Kontrolluar për herë të fundit më { $date }
ui-referral-outdated = Ky regjistrim është kontrolluar për herë të fundit para më shumë se një viti. Konfirmoni numrin para se të mbështeteni në të.
ui-referral-languages = Gjuhët
ui-referral-conflict-hidden = Njësitë e shënuara për konflikt interesi nuk shfaqen.

## Export and import

ui-export-title = Dërgimi te zyra qendrore
ui-export-button = Krijo një paketë sinkronizimi
ui-export-choose-location = Zgjidhni ku ta ruani paketën, për shembull në një USB ose në një dosje të përbashkët.
ui-export-done = { $count ->
    [one] { $count } regjistrim u ruajt në paketë.
   *[other] { $count } regjistrime u ruajtën në paketë.
}
ui-export-nothing = Nuk ka asgjë të re për të dërguar.
ui-export-encrypted = Paketa është e enkriptuar. Vetëm zyra qendrore mund ta hapë; ky laptop nuk mundet.
ui-import-title = Importimi i paketave
ui-import-done = { $count ->
    [one] U importua { $count } regjistrim.
   *[other] U importuan { $count } regjistrime.
}
ui-import-already = Kjo paketë është importuar më parë. Asgjë nuk ndryshoi.
ui-import-gap = Mungojnë paketa nga pajisja { $device }: pritej numri { $expected }, erdhi numri { $received }.
ui-purge-offer = Zyra qendrore konfirmoi se i mori regjistrimet. Tani ato mund të hiqen nga ky laptop.
ui-purge-button = Hiq regjistrimet e dërguara

## Command line: lantern locales

cli-locales-title = Kontrolli i përkthimeve në { $dir }
cli-locales-summary = { $locale }: { $messages ->
    [one] { $messages } mesazh
   *[other] { $messages } mesazhe
}, statusi: { $status }, { $findings ->
    [one] { $findings } gjetje
   *[other] { $findings } gjetje
}
cli-locales-status-source = burimi
cli-locales-status-draft = paraprak
cli-locales-status-reviewed = i kontrolluar
cli-locales-status-unknown = mungon në skedarin e statusit
cli-locales-clean = Asnjë gjetje.
cli-locales-failed = { $count ->
    [one] { $count } gjetje.
   *[other] { $count } gjetje.
}
cli-locales-derived = { $count ->
    [one] sr-Latn u rikrijua: u ndryshua { $count } skedar.
   *[other] sr-Latn u rikrijua: u ndryshuan { $count } skedarë.
}
cli-locales-derive-unchanged = sr-Latn është tashmë i përditësuar.

## Locale check findings

lint-syntax-error = Skedari nuk mund të lexohet si Fluent.
lint-missing-message = Mungon një mesazh që gjuhët e tjera e kanë.
lint-file-missing = Mungon një skedar që gjuhët e tjera e kanë.
lint-empty-value = Mesazhi është bosh.
lint-placeable-mismatch = Variablat ndryshojnë nga teksti në anglisht.
lint-required-missing = Mungon një mesazh që i nevojitet aplikacionit.
lint-duplicate-message = Mesazhi është përcaktuar dy herë.
lint-status-missing = Gjuha nuk është në skedarin e statusit.
lint-status-invalid = Skedari i statusit nuk është i vlefshëm.
lint-sr-latn-mismatch = Skedari serbisht me alfabet latin nuk është transliterimi i atij cirilik.
lint-isolation-mark = Skedari përmban një shenjë të padukshme drejtimi të tekstit.
lint-unknown-locale = Kjo dosje nuk përputhet me asnjë gjuhë të mbështetur.
lint-locale-missing = Një gjuhë e mbështetur nuk ka dosje.

## Desktop app screens (the ids in ui/strings.txt)

ui-answer-confirm-choices = Konfirmo zgjedhjet
ui-answer-number-label = Numri
ui-answer-text-hint = Ctrl+Enter bën të njëjtën gjë si „Përpara“.
ui-answer-text-label = Përgjigjja
ui-assessment-catalogue = Versioni i katalogut të treguesve
ui-assessment-conflict-title = Konflikt interesi.
ui-assessment-dimensions = Dimensionet
ui-assessment-language-timeline = Gjuhët e intervistës
ui-assessment-left-confirm = Ajo nuk e sheh më ekranin: shfaq rezultatin
ui-assessment-no-indicators = Në përgjigjet e dhëna nuk u gjet asnjë tregues.
ui-assessment-not-counted = Nuk llogaritet nga rregulli
ui-assessment-profile-adult = Person i rritur
ui-assessment-profile-child = Fëmijë (nën 18 vjeç)
ui-assessment-right = E drejta
ui-assessment-right-explained = U shpjegua
ui-assessment-right-understood = Ajo e kuptoi
ui-assessment-rights = Të drejtat e saj
ui-assessment-rule = Versioni i rregullave
ui-auto-lock-minutes-label = Blloko automatikisht pas kaq minutash pa aktivitet
ui-auto-locked-message = U bllokua pas një kohe pa aktivitet. Shkruani fjalëkalimin për të vazhduar.
ui-card-started = Filloi
ui-card-updated = Ndryshimi i fundit
ui-child-pathway-title = Procedura për fëmijët: ajo trajtohet si nën 18 vjeç
ui-complete-hint = Kaloni përgjigjet bashkë me të dhe korrigjoni çdo gjë që është e gabuar.
ui-complete-title = Të gjitha pyetjet u bënë
ui-controls-label = Komandat e intervistës
ui-date-day = Dita
ui-date-hint = Mjafton viti. Shtoni muajin dhe ditën vetëm nëse ajo i di.
ui-date-month = Muaji
ui-date-year = Viti
ui-dimension-negative = Nuk plotësohet me përgjigjet e dhëna
ui-dimension-positive = Plotësohet
ui-dimension-unresolved = E hapur: mungojnë disa përgjigje
ui-emergency-triggered = Tregohet nga përgjigjet
ui-fallback-badge = Mungon përkthimi
ui-gate-go-back = Kthehuni dhe ndryshoni një përgjigje
ui-gate-hint = Kthehuni dhe ndryshoni një përgjigje të mëparshme, ose ndaloni intervistën me STOP.
ui-gate-title = Intervista nuk mund të vazhdojë ende
ui-go-home = Të gjitha intervistat
ui-insecure-test-profile = Profil prove: mbrojtje e dobët e çelësit
ui-interpreter-view-for-you-label = Për ju
ui-interpreter-view-read-aloud-label = Lexojeni me zë
ui-language-interpreter-optional = Jo e detyrueshme: numri identifikues i përkthyesit në regjistër.
ui-language-switch-confirm-button = Ndrysho gjuhën
ui-language-switch-recorded = Ndryshimi, ora e tij dhe përkthyesi regjistrohen.
ui-language-switch-to = Gjuha e re e intervistës
ui-locked-expired = Të dhënat u bllokuan. Shkruani fjalëkalimin për të vazhduar.
ui-neutral-menu = Menyja
ui-no = Jo
ui-optional = (jo e detyrueshme)
ui-prefilled-change-hint = Nëse nuk është më e saktë, zgjidhni një përgjigje tjetër më poshtë.
ui-prefilled-confirm = Konfirmo këtë përgjigje
ui-prefilled-title = Përgjigje nga një regjistrim i mëparshëm
ui-progress-label = Ecuria
ui-question-observation = Vëzhgimi juaj
ui-referral-directory-example = Lista e shërbimeve për referim përmban vetëm shembuj. Nuk janë kontakte të vërteta; mos u mbështetni te këta numra.
ui-referral-example = Shembull, jo kontakt i vërtetë
ui-referral-last-checked = Kontrolluar për herë të fundit
ui-referral-none = Asnjë organizatë në listën e shërbimeve për referim nuk përputhet.
ui-repeat-recorded = Regjistruar deri tani
ui-review-back-to-interview = Kthehu te pyetjet
ui-review-incomplete = Disa pyetje ende nuk kanë përgjigje.
ui-status-draft = Në vazhdim
ui-status-exported = E dërguar
ui-status-finished = E përfunduar
ui-status-purged = E hequr pas dërgimit
ui-status-stopped = E ndalur
ui-tier-medium = Mesatar
ui-tier-strong = I fortë
ui-tier-weak = I dobët
ui-understood-no = Jo
ui-understood-unknown = Nuk dihet
ui-understood-yes = Po
ui-unlock-opening = Po hapen të dhënat.
ui-unlock-working = Po kontrollohet fjalëkalimi. Kjo zgjat disa sekonda.
ui-yes = Po

## Interview screens and assessment (lantern-field view-models)

ui-child-pathway-banner = Ajo trajtohet si fëmijë. Duhet të regjistrohen kujdestari ligjor dhe punonjësi social.
ui-repeat-add = Shto një pjesë tjetër të rrugës
ui-repeat-done = Nuk ka më pjesë të rrugës

## Referral services (service tags of the referral directory)

service-shelter = Strehimore
service-counselling = Këshillim psikologjik
service-medical = Kujdes mjekësor
service-legal = Ndihmë juridike
service-return = Kthim vullnetar
service-child-protection = Mbrojtja e fëmijëve
service-emergency = Shërbime urgjente
service-helpline = Linjë ndihme
service-police = Policia

## Supervisor mode (central office)

ui-central-office-entry = Zyra qendrore
ui-supervisor-unlock-title = Zyra qendrore
ui-supervisor-unlock-intro = Modaliteti i mbikëqyrësit: importoni paketat nga pajisjet në terren dhe rishikoni intervistat. Profili i terrenit mbetet i kyçur ndërsa zyra qendrore është e hapur.
ui-supervisor-passphrase-label = Fjalëkalimi i zyrës qendrore
ui-supervisor-unlock-button = Hap zyrën qendrore
ui-supervisor-no-home = Në këtë kompjuter nuk ka zyrë qendrore. Administratori e krijon me komandën lantern-central init.
ui-supervisor-back-to-field = Kthehu te modaliteti i terrenit
ui-supervisor-title = Zyra qendrore
ui-supervisor-import-title = Importo paketat
ui-supervisor-import-inbox = Importo dosjen e hyrjes
ui-supervisor-import-files = Zgjidh skedarët e paketave
ui-supervisor-inbox-label = Dosja e hyrjes
ui-supervisor-import-progress = Ecuria e importimit
ui-supervisor-import-none = Nuk u gjet asnjë skedar paketë.
ui-supervisor-import-interrupted = Importimi u ndal sepse zyra qendrore u kyç.
ui-supervisor-outcome-imported = U importua
ui-supervisor-outcome-duplicate = Është importuar më parë
ui-supervisor-outcome-rejected = Nuk u importua
ui-supervisor-records-applied = Regjistrime të reja ose të përditësuara
ui-supervisor-review-title = Intervistat
ui-supervisor-review-empty = Ende nuk është importuar asnjë intervistë.
ui-supervisor-col-interview = Intervista
ui-supervisor-col-device = Pajisja
ui-supervisor-col-received = Marrë më
ui-supervisor-col-result = Rezultati
ui-supervisor-col-profile = Grupmosha
ui-supervisor-col-state = Rishikimi
ui-supervisor-conflict = Për t'u kontrolluar
ui-supervisor-conflicts-title = Versione për t'u kontrolluar (të pazbatuara)
ui-supervisor-conflict-revision-conflict = Mbërritën dy versione të ndryshme të të njëjtit rishikim. U mbajt versioni në fuqi; tjetri ruhet në historik.
ui-supervisor-conflict-foreign-device = Një pajisje tjetër dërgoi një regjistrim me të njëjtin identifikues. Ai nuk u zbatua.
ui-supervisor-conflict-older-revision = Një version më i vjetër mbërriti pas një versioni më të ri. U mbajt versioni më i ri; versioni më i vjetër ruhet në historik.
ui-supervisor-state-label = Gjendja e rishikimit
ui-supervisor-state-new = E re
ui-supervisor-state-reviewed = E rishikuar
ui-supervisor-state-follow-up = Kërkon ndjekje
ui-supervisor-note-label = Shënimi i mbikëqyrësit
ui-supervisor-note-hint = Ruhet vetëm në depon e koduar të zyrës qendrore; nuk u dërgohet kurrë pajisjeve.
ui-supervisor-save = Ruaj rishikimin
ui-supervisor-saved = U ruajt.
ui-supervisor-select-hint = Zgjidhni një intervistë për të parë vlerësimin e saj.
ui-supervisor-detail-title = Intervista
ui-supervisor-revision = Rishikimi nr.
ui-supervisor-answers = Përgjigjet
ui-supervisor-no-result = Pa rezultat

## Her consent after the interview: withdrawal per purpose (issue 10)
ui-consent-open = Pëlqimi
ui-consent-title = Pëlqimi i saj, për çdo qëllim
ui-consent-intro = Ajo mund ta tërheqë pëlqimin për çdo qëllim në çdo kohë. Tërheqja regjistrohet në këtë laptop dhe shkon në zyrën qendrore me eksportin e ardhshëm. Këtu nuk mund të anulohet.
ui-consent-purpose-assistance = Organizimi i ndihmës për të
ui-consent-purpose-sharing = Ndarja e dosjes së saj me organizatat që iu përmendën
ui-consent-purpose-police = Dhënia e informacionit policisë
ui-consent-purpose-statistics = Numërimi anonim i rastit të saj në statistika
ui-consent-value-yes = Pranoi
ui-consent-value-no = Refuzoi ose e tërhoqi
ui-consent-value-unknown = E panjohur (llogaritet si e papranuar)
ui-consent-withdraw = Tërhiq
ui-consent-withdraw-confirm = Ta tërheq pëlqimin e saj për këtë qëllim? Regjistrohet tani dhe këtu nuk mund të anulohet.
ui-consent-withdraw-yes = Regjistro tërheqjen
ui-consent-withdrawn = Tërheqja u regjistrua: { $purpose }. Shkon në zyrën qendrore me eksportin e ardhshëm.
ui-consent-withdrawn-identity = Tërheqja u regjistrua: { $purpose }. Përgjigjet e saj identifikuese nuk largohen më nga ky laptop, dhe zyra qendrore fshin kopjen e saj kur të marrë eksportin e ardhshëm.
ui-consent-already-no = { $purpose }: tashmë i refuzuar ose i tërhequr. Nuk ndryshoi asgjë.
ui-consent-identity-stays = Përgjigjet e saj identifikuese mbeten në këtë laptop: ajo nuk ka pranuar edhe ndihmën edhe ndarjen.
ui-consent-identity-travels = Përgjigjet e saj identifikuese shkojnë në zyrën qendrore me eksportin e ardhshëm, të vulosura dhe të ndara nga rasti.

## Emergencies signalled by an answer (issue 11)
ui-emergency-alert = Përgjigjja e saj tregon rrezik. Veproni tani: numrat janë më poshtë.
ui-assessment-emergencies = Rrezik i sinjalizuar në këtë intervistë
ui-assessment-emergency-shown = Rruga e urgjencës u shfaq menjëherë
ui-numbers-to-call = Numra që ajo mund të telefonojë, tani ose më vonë

## Interpreter registry (issue 11)
ui-interpreter-new = Një përkthyes i ri: shtojeni në listë
ui-interpreter-name = Emri
ui-interpreter-languages = Gjuhët që përkthen (për shembull: ro, ru)
ui-interpreter-organisation = Organizata

## Desktop walk-through fixes (issue 18, desk): locale lint
lint-note-read-aloud = Një tekst që i lexohet me zë përmban në kllapa një shënim për të: zhvendoseni te ndihma.
ui-supervisor-col-status = Gjendja
ui-supervisor-provisional = E përkohshme
ui-supervisor-provisional-note = Intervista nuk u përfundua: ky rezultat është i përkohshëm dhe mbështetet te përgjigjet e dhëna deri tani.
ui-answer-number-range = Kufijtë e lejuar
ui-answer-keys-hint = Tastet: 1–9 zgjedhin një mundësi, Y po, N jo, D nuk e di.

## Recovery with the recovery key (issue 18)
ui-recovery-open = Përdorni çelësin e rikuperimit
ui-recovery-title = Vendosni një fjalëkalim të ri me çelësin e rikuperimit
ui-recovery-new-label = Fjalëkalimi i ri
ui-recovery-button = Vendosni fjalëkalimin e ri dhe zhbllokoni

## The central office from the field laptop: enrolment, Send now, USB stick, receipts (issues 14, 18)
ui-office-title = Zyra qendrore
ui-office-not-enrolled = Ky laptop nuk është ende i lidhur me një zyrë qendrore. Zgjidhni skedarin e regjistrimit që ju dha mbikëqyrësi juaj.
ui-office-enrol = Zgjidh skedarin e regjistrimit
ui-office-connected = I lidhur me zyrën qendrore { $node }.
ui-office-device-key = Për mbikëqyrësin tuaj, për ta miratuar këtë laptop
ui-office-due = Intervista që presin të dërgohen: { $count }
ui-office-identity-withheld = Prej tyre, intervista përgjigjet identifikuese të të cilave mbeten në këtë laptop: { $count }
ui-office-consent-changes = Tërheqje pëlqimi që presin të dërgohen: { $count }
ui-office-waiting = Dërgime të ndërprera më parë, për t'u përfunduar: { $count }
ui-office-url = Adresa e kutisë hyrëse të zyrës
ui-office-send = Dërgo tani
ui-office-send-hint = Lantern dërgon vetëm kur shtypni këtë buton, kurrë në sfond. Gjithçka shkon e vulosur: vetëm zyra qendrore mund ta hapë.
ui-office-sending = Dërgimi te zyra qendrore
ui-office-sent = Dërguar: { $sent }. Konfirmuar nga zyra: { $acknowledged }. Hequr nga ky laptop pas konfirmimit: { $purged }.
ui-office-nothing-sent = Nuk priste asgjë, prandaj nuk u dërgua asgjë.
ui-office-no-online = Ky skedar regjistrimi nuk lejon dërgimin përmes rrjetit. Përdorni një USB, ose kërkojini mbikëqyrësit tuaj një skedar regjistrimi më të ri.
ui-office-usb = Pa rrjet
ui-office-export = Shkruaj në një USB ose në një dosje
ui-office-written = U shkrua: { $file } (regjistrime në skedar: { $records }). Çojeni në zyrë; konfirmimi i marrjes kthehet po në të njëjtën mënyrë.
ui-office-receipts = Lexo konfirmimet e marrjes nga zyra
ui-office-receipts-applied = Konfirmime të lexuara: { $applied }. Hequr nga ky laptop pas konfirmimit: { $purged }.
ui-office-receipt-refused = Nuk u lexua

## Crypto-erase of the profile (issue 16)
ui-erase-open = Asgjëso profilin e këtij laptopi
ui-erase-title = Asgjëso profilin e këtij laptopi
ui-erase-explain = Gjithçka që Lantern ruan në këtë laptop asgjësohet menjëherë: fillimisht çelësi, pastaj çdo skedar. Intervistat që zyra qendrore nuk i ka konfirmuar humbasin. Askush, as mbikëqyrësi juaj, nuk mund t’i rikthejë.
ui-erase-understood = E kuptoj që kjo nuk mund të zhbëhet
ui-erase-confirm = Asgjëso tani

## Field laptops in supervisor mode: approve, revoke (issues 14, 18)
ui-supervisor-devices-title = Laptopët në terren
ui-supervisor-devices-empty = Ende nuk është miratuar asnjë laptop.
ui-supervisor-device-approved = I miratuar
ui-supervisor-device-revoked = Qasja e tërhequr
ui-supervisor-device-bundles = Paketa të marra
ui-supervisor-device-approved-at = Data e miratimit
ui-supervisor-device-revoked-at = Data e tërheqjes së qasjes
ui-supervisor-device-missing = Paketa që nuk mbërritën kurrë (numrat)
ui-supervisor-device-approve-title = Mirato një laptop
ui-supervisor-device-id = Identifikuesi i pajisjes (dev-…), siç e tregon laptopi
ui-supervisor-device-key = Çelësi i tij (lantern-device-pk1…) ose gjurma e çelësit, siç e tregon laptopi
ui-supervisor-device-approve = Mirato
ui-supervisor-device-approved-done = U miratua. Laptopi tani mund të dërgojë.
ui-supervisor-device-revoke = Revoko
ui-supervisor-device-revoke-explain = Që tani e tutje zyra refuzon çdo paketë nga ky laptop. Bëjeni këtë kur një laptop humb ose dikush e merr. Kjo nuk mund të zhbëhet: laptopi duhet të regjistrohet përsëri si pajisje e re.

## The supervisor reads the case (issue 18)
ui-supervisor-case-answers = Përgjigjet e saj, sipas radhës së pyetjeve
ui-supervisor-case-observation = Vëzhgimi i intervistuesit
