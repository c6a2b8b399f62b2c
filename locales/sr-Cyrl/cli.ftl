# Поруке програма командне линије `lantern` (рад на терену) и `lantern-central` (централна канцеларија).
# РАДНА ВЕРЗИЈА ПРЕВОДА са енглеског: још није проверена од стране изворног говорника (видети locales/status.toml).
# Латинична верзија (sr-Latn) се изводи из ове датотеке: lantern locales derive-sr-latn
# Опције (--profile), имена променљивих (LANTERN_PROFILE) и команде се не преводе.
# Упити за унос се завршавају са „:”; размак после њега додаје програм.

## Упити за унос

cli-prompt-passphrase = Лозинка:
cli-prompt-new-passphrase = Нова лозинка:
cli-prompt-repeat-passphrase = Поновите лозинку:
cli-prompt-current-passphrase = Тренутна лозинка:
cli-prompt-recovery-key = Кључ за опоравак:
cli-prompt-central-passphrase = Лозинка централне канцеларије:
cli-prompt-new-central-passphrase = Нова лозинка централне канцеларије:

## Профил за рад на терену (lantern)

cli-profile-created = Профил је направљен у { $dir }
cli-device-id = Идентификатор уређаја: { $id }
cli-recovery-key-instruction = Кључ за опоравак (приказује се само једном): запишите га сада и још данас га предајте свом надређеном. Не држите га уз овај лаптоп. Ако се лозинка заборави, надређени помоћу њега може да отвори записе.
cli-status-interviews = Интервјуи: { $total } (нацрти: { $drafts }, завршени: { $finished }, послати: { $exported })
cli-status-insecure-kdf = Упозорење: овај профил користи несигурна пробна подешавања за извођење кључа. Не користите га за праве интервјуе.
cli-passphrase-changed = Лозинка је промењена.

## Синхронизација (lantern enrol, export)

cli-enrolled = Уређај је регистрован у централној канцеларији { $node }
cli-enrol-central-key = Отисак централног кључа: { $value }
cli-enrol-recipient-key = Отисак кључа примаоца: { $value }
cli-enrol-purge = После потврде пријема: { $value }
cli-enrol-device-key = Кључ овог уређаја: { $value }
cli-enrol-device-fingerprint = Отисак овог уређаја: { $value }
cli-purge-after-receipt = одговори се бришу са уређаја чим централна канцеларија потврди да их има
cli-purge-never = одговори остају на уређају
cli-exported = { $records ->
    [one] Пакет { $bundle } (број { $seq }, { $records } запис)
    [few] Пакет { $bundle } (број { $seq }, { $records } записа)
   *[other] Пакет { $bundle } (број { $seq }, { $records } записа)
}

## Провера упитника и подаци за процену

cli-questionnaire-valid = { $file }: исправно. Упитник { $id }, верзија { $version }; модула: { $modules }, питања: { $questions }.
cli-standard-input = стандардни улаз
cli-script-step = Корак { $step } скрипте

## Централна канцеларија (lantern-central)

cli-central-created = Централна канцеларија је направљена у { $dir }
cli-central-node-id = Идентификатор чвора: { $value }
cli-central-key = Отисак централног кључа: { $value }
cli-central-recipient-key = Отисак кључа примаоца: { $value }
cli-central-purge = Шта уређаји раде после потврде пријема: { $value }
cli-central-enrolment-file = Датотека за регистрацију уређаја: { $file }
cli-central-recovery-key-instruction = Кључ за опоравак (приказује се само једном): запишите га сада и предајте га надређеном који је задужен за ову централну канцеларију. Чувајте га одвојено од лозинке: њиме се може отворити централна канцеларија ако се лозинка заборави.
cli-device-approved = одобрен
cli-device-revoked = приступ опозван
cli-device-key-not-pinned = (кључ још није утврђен: узима се из првог пакета чији кључ има овај отисак)
cli-device-row = { $device }  { $status }  { $fingerprint }  пакета: { $bundles }
cli-review-row = { $interview }  ревизија { $revision }  { $state }  { $result }
cli-review-no-result = нема резултата
cli-review-in-queue = у реду за преглед

## Грешке које програми командне линије објашњавају својим речима

cli-error-no-profile = Није наведена фасцикла профила: користите --profile ФАСЦИКЛА или поставите LANTERN_PROFILE.
cli-error-no-central-home = Није наведена фасцикла централне канцеларије: користите --home ФАСЦИКЛА или поставите LANTERN_CENTRAL_HOME.
cli-error-no-passphrase = Нема лозинке: поставите { $variable } или покрените команду у терминалу.
cli-error-passphrase-mismatch = Лозинке се не поклапају. Ништа није промењено.
cli-error-terminal = Терминал није било могуће прочитати.
cli-error-read = Није могуће прочитати { $path }.
cli-error-write = Није могуће записати { $path }.
cli-error-internal = Неочекивана унутрашња грешка. Молимо вас да је пријавите заједно са кодом.
cli-error-unknown-language = „{ $lang }” није један од језика апликације Lantern. Доступни: { $available }.
cli-error-locales = Датотеке локализације није било могуће прочитати или нису исправне.
cli-error-assess-no-input = Наведите --indicators ДАТОТЕКА или --answers ДАТОТЕКА.
cli-error-observations-json = { $file } није исправна датотека запажања (JSON).
cli-error-answers-json = { $file } није исправна датотека одговора.
cli-error-unknown-question = { $file }: непознат идентификатор питања { $question }.
cli-error-unknown-indicator = { $count ->
    [one] Непознат идентификатор индикатора: { $ids }. Каталог има DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 и AVD1–AVD7.
   *[other] Непознати идентификатори индикатора: { $ids }. Каталог има DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 и AVD1–AVD7.
}
cli-error-unknown-evidence-indicator = { $count ->
    [one] Наведени су докази за непознат идентификатор индикатора: { $ids }.
   *[other] Наведени су докази за непознате идентификаторе индикатора: { $ids }.
}
cli-error-catalogue-unreadable = Каталог индикатора није било могуће прочитати.
cli-error-catalogue-invalid = Каталог индикатора није исправан.
cli-error-script-json = { $file } није исправна скрипта интервјуа.
cli-error-questionnaire-problems = { $count ->
    [one] { $file }: пронађен је { $count } проблем.
    [few] { $file }: пронађена су { $count } проблема.
   *[other] { $file }: пронађено је { $count } проблема.
}
cli-error-bad-device-key = Кључ уређаја наведен уз --key није исправан.

## Consent withdrawal and identity kept apart (issue 10, device side)
cli-export-identity-withheld = Интервју { $id }: њени идентификациони подаци остају на овом уређају (није пристала и на помоћ и на дељење података). Централна канцеларија добија случај без њих.
cli-consent-withdrawn = Интервју { $id }: повлачење пристанка ({ $purpose }) је забележено. Биће послато централној канцеларији са следећим извозом.
cli-consent-already-no = Интервју { $id }: пристанак ({ $purpose }) је већ одбијен или повучен. Ништа није промењено.

## Central office: case records, consent, identity views, bound device approval (issue 10)

cli-device-not-bound = (одобрен без кључа: ниједан пакет се не прихвата док се поново не одобри са --key или --fingerprint)
cli-record-head = { $interview }  ревизија { $revision }  са { $device }  одговора: { $answers }  { $state }
cli-record-consent = Сагласност: помоћ { $assistance }, дељење са организацијама { $sharing }, полиција { $police }, статистика { $statistics }
cli-consent-yes = да
cli-consent-no = не
cli-consent-unknown = непознато
cli-record-identity-withheld = Подаци о идентитету се не приказују. Да бисте их видели: --with-identity --reason ТЕКСТ (увид се бележи у дневник ревизије).
cli-record-identity-none = За овај разговор се не чувају подаци о идентитету (нису послати или њена сагласност није дозволила да се чувају). Захтев се бележи у дневник ревизије.
cli-record-identity = Подаци о идентитету (овај увид се бележи у дневник ревизије):
cli-record-no-value = (без вредности)
cli-audit-verified = Ланац дневника ревизије је неоштећен; уноса: { $count }

## Statistics and exports (issue 12)
cli-stats-heading = Интервјуи са пристанком на анонимну статистику; бројеви мањи од { $k } се не приказују.
cli-stats-count = број
cli-stats-total = укупно
cli-stats-suppressed-note = <{ $k }: мање од { $k } интервјуа, или скривено да се мали број не би могао израчунати из збирова.
cli-stats-total-not-sum = Један интервју може бити бројан под више вредности ове табеле: укупно је број интервјуа, а не збир бројева.
cli-export-plain-warning = Упозорење: { $file } се записује нешифровано, за { $recipient }. Свако ко добије датотеку може је прочитати. Предајте је лично и обришите када више није потребна.
cli-prompt-export-passphrase = Лозинка за датотеку извоза:

## Persons interviewed more than once (issue 13)
cli-persons-candidate = { $a }  { $b }  оцена { $score }

## Audit log verification (issue 16)

cli-audit-sound = Дневник ревизије: { $count } уноса, ланац са кључем је исправан.
cli-audit-broken-deleted = Дневник ревизије је прекинут код уноса { $position }: унос пре њега је обрисан.
cli-audit-broken-edited = Дневник ревизије је прекинут код уноса { $position }: унос је измењен након што је записан.
cli-audit-broken-reordered = Дневник ревизије је прекинут код уноса { $position }: уноси су премештени; овај је записан на другом месту.
cli-audit-broken-inserted = Дневник ревизије је прекинут код уноса { $position }: унос је додат споља.
cli-audit-broken-clock-rollback = Дневник ревизије је прекинут код уноса { $position }: датиран је раније од уноса пре њега (сат је враћен уназад).
cli-audit-broken-truncated = Дневник ревизије је прекинут код уноса { $position }: дневник је краћи од онога што је показао при извозу или се од њега разликује.

## Online sync and the inbox (issue 14)

cli-error-listen = Није могуће слушати на { $path }. Да ли неки други програм користи овај порт?
cli-central-inbox-certificate = Отисак сертификата пријемног сандучета: { $value }
cli-sync-acknowledged = Канцеларија је примила пакет { $bundle } и послала потврду.

## The office's key in shares, and a home rebuilt from them (issue 16)
cli-central-share-file = Lantern: један део кључа централне канцеларије (део { $number } од { $total }; за обнову канцеларије довољно их је { $threshold }, било којих).
    Чувајте га одвојено од лаптопа канцеларије и од осталих делова кључа. Сам за себе не открива ништа.
    За обнову: lantern-central --home НОВА-ФАСЦИКЛА recover --from КОПИЈА-central.db --shares ДАТОТЕКА...
cli-central-shares-written = Уписано датотека с деловима кључа: { $total }; за обнову кључа канцеларије довољно их је { $threshold }, било којих. Датотеке дајте различитим особама, свакој по једну, и обришите ову фасциклу.
cli-central-restored = Централна канцеларија је обновљена у { $dir }

## Crypto-erase of a field profile (issue 16)
cli-erase-unconfirmed = Уништавање не може да се поништи: интервјуи који још нису стигли у централну канцеларију биће изгубљени. Да бисте уништили профил, покрените команду поново са --confirm.
cli-erased = Профил у { $dir } је уништен. Више нико не може да га отвори.
