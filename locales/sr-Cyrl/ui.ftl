# Текстови интерфејса апликације и командне линије.
# РАДНА ВЕРЗИЈА ПРЕВОДА са енглеског: још није проверена од стране изворног говорника (видети locales/status.toml).
# Латинична верзија (sr-Latn) се изводи из ове датотеке: lantern locales derive-sr-latn

-app-name = Lantern

## General

ui-app-title = { -app-name }
ui-draft-translation = Радна верзија превода
ui-draft-translation-hint = Овај превод још није проверио изворни говорник. Неке речи могу бити погрешне.
ui-catalogue-unverified = Каталог индикатора још није усклађен са публикацијом МОР-а
ui-fallback-notice = Овај текст не постоји на језику „{ $requested }“. Приказан је на језику „{ $used }“.
ui-button-ok = У реду
ui-button-cancel = Откажи
ui-button-continue = Настави
ui-button-close = Затвори
ui-button-save = Сачувај

## First run

ui-first-run-title = Подешавање апликације { -app-name } на овом лаптопу
ui-first-run-intro = Све што забележите чува се шифровано на овом лаптопу. Изаберите лозинку коју знате само ви.
ui-passphrase-label = Лозинка
ui-passphrase-repeat-label = Унесите лозинку још једном
ui-passphrase-mismatch = Лозинке се не поклапају.
ui-passphrase-too-short = { $min ->
    [one] Лозинка мора имати најмање { $min } знак.
    [few] Лозинка мора имати најмање { $min } знака.
   *[other] Лозинка мора имати најмање { $min } знакова.
}
ui-passphrase-strength-weak = Слаба. Користите више неповезаних речи, на пример четири или пет.
ui-passphrase-strength-fair = Осредња. Још једна или две речи би је ојачале.
ui-passphrase-strength-strong = Јака.
ui-passphrase-hint = Не записујте лозинку на лаптопу и не држите је уз лаптоп.
ui-first-run-create = Направи шифровани профил
ui-first-run-working = Прави се шифровани профил. То траје неколико секунди.
ui-recovery-key-title = Кључ за опоравак
ui-recovery-key-instruction = Запишите или одштампајте овај кључ за опоравак и још данас га предајте свом надређеном. Не држите га уз овај лаптоп. Приказује се само једном.
ui-recovery-key-use = Ако се лозинка заборави, надређени овим кључем може да отвори записе.
ui-recovery-key-confirm = Кључ за опоравак ћу данас предати свом надређеном.

## Unlock, lock and hiding

ui-unlock-title = Откључај { -app-name }
ui-unlock-button = Откључај
ui-unlock-wrong-passphrase = Погрешна лозинка. Покушајте поново.
ui-unlock-wait = { $seconds ->
    [one] Превише покушаја. Сачекајте { $seconds } секунду.
    [few] Превише покушаја. Сачекајте { $seconds } секунде.
   *[other] Превише покушаја. Сачекајте { $seconds } секунди.
}
ui-unlock-forgot = Заборавили сте лозинку? Затражите кључ за опоравак од надређеног.
ui-locked-title = { -app-name } је закључан
ui-locked-message = Записи су заштићени. Унесите лозинку да бисте наставили.
ui-lock-now = Закључај сада
ui-auto-lock-label = Аутоматско закључавање
ui-auto-lock-after = { $minutes ->
    [one] Након { $minutes } минута без активности
    [few] Након { $minutes } минута без активности
   *[other] Након { $minutes } минута без активности
}
ui-auto-locked = { $minutes ->
    [one] Закључано након { $minutes } минута без активности.
    [few] Закључано након { $minutes } минута без активности.
   *[other] Закључано након { $minutes } минута без активности.
}
ui-quick-hide = Сакриј
ui-quick-hide-hint = Одмах сакрива { -app-name } и приказује неутрални екран. За повратак откључајте лозинком.
ui-neutral-screen-title = Белешке

## Home

ui-home-title = Интервјуи
ui-home-drafts = Нацрти
ui-home-finished = Завршени
ui-home-exported = Послати
ui-home-empty = Овде још нема интервјуа.
ui-home-count-drafts = { $count ->
    [one] { $count } незавршен интервју
    [few] { $count } незавршена интервјуа
   *[other] { $count } незавршених интервјуа
}
ui-interview-start = Започни интервју
ui-interview-resume = Настави
ui-interview-started = Започет { $date }
ui-interview-updated = Последња измена { $date }

## Interview controls (always visible)

ui-stop = СТОП
ui-stop-hint = Одмах паузирај интервју
ui-pause-title = Интервју је паузиран
ui-pause-reason-label = Зашто је интервју паузиран?
ui-pause-reason-interviewee = Она је тражила да се стане или јој треба пауза
ui-pause-reason-safety = Забринутост за безбедност
ui-pause-reason-interruption = Прекид
ui-pause-note-label = Напомена (није обавезна, само за вас)
ui-pause-resume = Настави интервју
ui-pause-end = Заврши интервју овде
ui-pause-saved = Ништа није изгубљено. Сви досадашњи одговори су сачувани.

## Emergency panel

ui-emergency-button = Хитна помоћ
ui-emergency-panel-title = Хитна помоћ
ui-emergency-medical = Хитно медицинско стање
ui-emergency-self-harm = Ризик од самоповређивања
ui-emergency-danger = Непосредна опасност
ui-emergency-numbers = Локални бројеви
ui-emergency-no-numbers = Именик служби нема локалне бројеве. Позовите општи број за хитне случајеве.
ui-emergency-call-hint = Останите уз њу. Не остављајте је саму.

## Languages

ui-language-interface = Језик интерфејса
ui-language-interview = Језик интервјуа
ui-language-switch = Промени језик интервјуа
ui-language-switch-confirm = Променити језик интервјуа у „{ $language }“? Промена и њено време се бележе.
ui-language-interpreter = Преводилац
ui-language-no-interpreter = Без преводиоца
ui-language-switched = Језик интервјуа је промењен са „{ $from }“ на „{ $to }“.
ui-language-interpreter-refused = Она не жели овог преводиоца

## Interpreter view

ui-interpreter-view-title = Приказ за преводиоца
ui-interpreter-view-for-you = За вас ({ $language })
ui-interpreter-view-read-aloud = Прочитати наглас ({ $language })
ui-interpreter-view-interviewer-only = Само за особу која води интервју. Не читати наглас.
ui-interpreter-view-fallback = Не постоји на језику „{ $requested }“. Приказано на језику „{ $used }“: преведите усмено.

## Answering

ui-answer-dont-know = Не знам
ui-answer-declined = Не жели да одговори
ui-answer-next = Даље
ui-answer-back = Назад
ui-answer-edit = Промени одговор
ui-answer-needed = Унесите одговор или изаберите „Не знам“ или „Не жели да одговори“.
ui-progress-section = Одељак { $section } од { $total }
ui-progress-answered = { $count ->
    [one] Одговорено на { $count } питање
    [few] Одговорено на { $count } питања
   *[other] Одговорено на { $count } питања
}

## Review

ui-review-title = Преглед одговора
ui-review-unanswered = { $count ->
    [one] { $count } питање нема одговор.
    [few] { $count } питања немају одговор.
   *[other] { $count } питања нема одговор.
}
ui-review-edit-section = Измени овај одељак
ui-review-finish = Заврши интервју
ui-review-finish-confirm = Завршити интервју? Одговори се могу исправити и касније; свака измена се бележи.

## Assessment screen

ui-assessment-screen-title = Резултат процене
ui-assessment-screen-privacy = Прикажите ово тек када она више не види екран.
ui-assessment-screen-show = Прикажи резултат
ui-assessment-screen-not-verdict = Ово је процена која служи за упућивање на помоћ. Није одлука о томе шта јој се догодило.
ui-assessment-screen-assistance = Понудите помоћ у сваком случају. Помоћ никада не зависи од овог резултата.
ui-assessment-screen-rule-version = Верзија правила { $version }
ui-assessment-screen-indicators = Индикатори
ui-assessment-screen-evidence = На основу одговора
ui-assessment-screen-unknown = Није познато

## Referral directory

ui-referral-title = Именик служби за упућивање
ui-referral-last-verified = Последња провера { $date }
ui-referral-outdated = Овај унос је последњи пут проверен пре више од годину дана. Проверите број пре него што се на њега ослоните.
ui-referral-languages = Језици
ui-referral-conflict-hidden = Јединице означене због сукоба интереса нису приказане.

## Export and import

ui-export-title = Слање централној канцеларији
ui-export-button = Направи пакет за синхронизацију
ui-export-choose-location = Изаберите где ћете сачувати пакет, на пример на USB меморију или у дељену фасциклу.
ui-export-done = { $count ->
    [one] У пакет је сачуван { $count } запис.
    [few] У пакет су сачувана { $count } записа.
   *[other] У пакет је сачувано { $count } записа.
}
ui-export-nothing = Нема ничег новог за слање.
ui-export-encrypted = Пакет је шифрован. Може да га отвори само централна канцеларија; овај лаптоп не може.
ui-import-title = Увоз пакета
ui-import-done = { $count ->
    [one] Увезен је { $count } запис.
    [few] Увезена су { $count } записа.
   *[other] Увезено је { $count } записа.
}
ui-import-already = Овај пакет је већ увезен. Ништа се није променило.
ui-import-gap = Недостају пакети са уређаја { $device }: очекиван је број { $expected }, стигао је број { $received }.
ui-purge-offer = Централна канцеларија је потврдила да је примила записе. Сада се могу уклонити са овог лаптопа.
ui-purge-button = Уклони послате записе

## Command line: lantern locales

cli-locales-title = Провера превода у { $dir }
cli-locales-summary = { $locale }: { $messages ->
    [one] { $messages } порука
    [few] { $messages } поруке
   *[other] { $messages } порука
}, статус: { $status }, { $findings ->
    [one] { $findings } налаз
    [few] { $findings } налаза
   *[other] { $findings } налаза
}
cli-locales-status-source = изворни
cli-locales-status-draft = радна верзија
cli-locales-status-reviewed = проверен
cli-locales-status-unknown = нема га у датотеци статуса
cli-locales-clean = Нема налаза.
cli-locales-failed = { $count ->
    [one] { $count } налаз.
    [few] { $count } налаза.
   *[other] { $count } налаза.
}
cli-locales-derived = { $count ->
    [one] sr-Latn је поново направљен: промењена је { $count } датотека.
    [few] sr-Latn је поново направљен: промењене су { $count } датотеке.
   *[other] sr-Latn је поново направљен: промењено је { $count } датотека.
}
cli-locales-derive-unchanged = sr-Latn је већ ажуран.

## Locale check findings

lint-syntax-error = Датотека се не може прочитати као Fluent.
lint-missing-message = Недостаје порука коју други језици имају.
lint-file-missing = Недостаје датотека коју други језици имају.
lint-empty-value = Порука је празна.
lint-placeable-mismatch = Променљиве се разликују од енглеског текста.
lint-required-missing = Недостаје порука која је потребна апликацији.
lint-duplicate-message = Порука је дефинисана два пута.
lint-status-missing = Језик није наведен у датотеци статуса.
lint-status-invalid = Датотека статуса није исправна.
lint-sr-latn-mismatch = Српска датотека на латиници није транслитерација ћириличне.
lint-isolation-mark = Датотека садржи невидљиви знак за смер текста.
lint-unknown-locale = Ова фасцикла не одговара ниједном подржаном језику.
lint-locale-missing = Подржани језик нема фасциклу.

## Desktop app screens (the ids in ui/strings.txt)

ui-answer-confirm-choices = Потврди изборе
ui-answer-number-label = Број
ui-answer-text-hint = Ctrl+Enter има исто дејство као „Даље“.
ui-answer-text-label = Одговор
ui-assessment-catalogue = Верзија каталога индикатора
ui-assessment-conflict-title = Сукоб интереса.
ui-assessment-dimensions = Димензије
ui-assessment-language-timeline = Језици интервјуа
ui-assessment-left-confirm = Она више не види екран: прикажи резултат
ui-assessment-no-indicators = У датим одговорима није пронађен ниједан индикатор.
ui-assessment-not-counted = Правило га не урачунава
ui-assessment-profile-adult = Одрасла особа
ui-assessment-profile-child = Дете (млађе од 18 година)
ui-assessment-right = Право
ui-assessment-right-explained = Објашњено
ui-assessment-right-understood = Разумела је
ui-assessment-rights = Њена права
ui-assessment-rule = Верзија правила
ui-auto-lock-minutes-label = Аутоматски закључај након оволико минута без активности
ui-auto-locked-message = Закључано након периода без активности. Унесите лозинку да бисте наставили.
ui-card-started = Започет
ui-card-updated = Последња измена
ui-child-pathway-title = Поступак за децу: сматра се млађом од 18 година
ui-complete-hint = Прођите кроз одговоре заједно са њом и исправите све што је погрешно.
ui-complete-title = Сва питања су постављена
ui-controls-label = Команде интервјуа
ui-date-day = Дан
ui-date-hint = Довољна је година. Месец и дан додајте само ако их она зна.
ui-date-month = Месец
ui-date-year = Година
ui-dimension-negative = Није испуњено на основу датих одговора
ui-dimension-positive = Испуњено
ui-dimension-unresolved = Отворено: недостају неки одговори
ui-emergency-triggered = На то указују одговори
ui-fallback-badge = Превод недостаје
ui-gate-go-back = Врати се и промени одговор
ui-gate-hint = Вратите се и промените неки ранији одговор или паузирајте интервју дугметом СТОП.
ui-gate-title = Интервју још не може да се настави
ui-go-home = Сви интервјуи
ui-insecure-test-profile = Пробни профил: слаба заштита кључа
ui-interpreter-view-for-you-label = За вас
ui-interpreter-view-read-aloud-label = Прочитати наглас
ui-language-interpreter-optional = Није обавезно: идентификациони број преводиоца из регистра.
ui-language-switch-confirm-button = Промени језик
ui-language-switch-recorded = Промена, њено време и преводилац се бележе.
ui-language-switch-to = Нови језик интервјуа
ui-locked-expired = Записи су закључани. Унесите лозинку да бисте наставили.
ui-neutral-menu = Мени
ui-no = Не
ui-optional = (није обавезно)
ui-prefilled-change-hint = Ако више није тачно, изаберите други одговор испод.
ui-prefilled-confirm = Потврди овај одговор
ui-prefilled-title = Одговор из ранијег записа
ui-progress-label = Напредак
ui-question-observation = Ваше запажање
ui-referral-directory-example = Именик служби за упућивање садржи само примере. То нису прави контакти; не ослањајте се на ове бројеве.
ui-referral-example = Пример, није прави контакт
ui-referral-last-checked = Последња провера
ui-referral-none = Ниједна организација из именика служби за упућивање не одговара.
ui-repeat-recorded = Забележено до сада
ui-review-back-to-interview = Назад на питања
ui-review-incomplete = Нека питања још немају одговор.
ui-status-draft = У току
ui-status-exported = Послат
ui-status-finished = Завршен
ui-status-purged = Уклоњен након слања
ui-status-stopped = Паузиран
ui-tier-medium = Средњи
ui-tier-strong = Јак
ui-tier-weak = Слаб
ui-understood-no = Не
ui-understood-unknown = Није познато
ui-understood-yes = Да
ui-unlock-opening = Записи се отварају.
ui-unlock-working = Лозинка се проверава. То траје неколико секунди.
ui-yes = Да

## Interview screens and assessment (lantern-field view-models)

ui-child-pathway-banner = Сматра се дететом. Морају се забележити законски старатељ и социјални радник.
ui-repeat-add = Додај још један део путовања
ui-repeat-done = Нема више делова путовања

## Referral services (service tags of the referral directory)

service-shelter = Сигурна кућа
service-counselling = Психолошко саветовање
service-medical = Медицинска помоћ
service-legal = Правна помоћ
service-return = Добровољни повратак
service-child-protection = Заштита деце
service-emergency = Хитне службе
service-helpline = Телефон за помоћ
service-police = Полиција

## Supervisor mode (central office)

ui-central-office-entry = Централна канцеларија
ui-supervisor-unlock-title = Централна канцеларија
ui-supervisor-unlock-intro = Режим супервизора: увоз пакета са теренских уређаја и преглед интервјуа. Теренски профил остаје закључан док је централна канцеларија отворена.
ui-supervisor-passphrase-label = Приступна фраза централне канцеларије
ui-supervisor-unlock-button = Отвори централну канцеларију
ui-supervisor-no-home = На овом рачунару нема централне канцеларије. Администратор је прави командом lantern-central init.
ui-supervisor-back-to-field = Назад на теренски режим
ui-supervisor-title = Централна канцеларија
ui-supervisor-import-title = Увоз пакета
ui-supervisor-import-inbox = Увези улазну фасциклу
ui-supervisor-import-files = Изабери датотеке пакета
ui-supervisor-inbox-label = Улазна фасцикла
ui-supervisor-import-progress = Ток увоза
ui-supervisor-import-none = Није пронађена ниједна датотека пакета.
ui-supervisor-import-interrupted = Увоз је заустављен јер је централна канцеларија закључана.
ui-supervisor-outcome-imported = Увезено
ui-supervisor-outcome-duplicate = Већ увезено
ui-supervisor-outcome-rejected = Није увезено
ui-supervisor-records-applied = Нови или ажурирани записи
ui-supervisor-review-title = Интервјуи
ui-supervisor-review-empty = Још није увезен ниједан интервју.
ui-supervisor-col-interview = Интервју
ui-supervisor-col-device = Уређај
ui-supervisor-col-received = Примљено
ui-supervisor-col-result = Резултат
ui-supervisor-col-profile = Старосна група
ui-supervisor-col-state = Преглед
ui-supervisor-conflict = За проверу
ui-supervisor-conflicts-title = Верзије за проверу (нису примењене)
ui-supervisor-conflict-revision-conflict = Стигле су две различите верзије исте ревизије. Задржана је важећа верзија; друга је у историји.
ui-supervisor-conflict-foreign-device = Други уређај је послао запис са истим идентификатором. Он није примењен.
ui-supervisor-conflict-older-revision = Старија верзија је стигла после новије. Задржана је новија верзија; старија је у историји.
ui-supervisor-state-label = Стање прегледа
ui-supervisor-state-new = Ново
ui-supervisor-state-reviewed = Прегледано
ui-supervisor-state-follow-up = Потребно даље поступање
ui-supervisor-note-label = Белешка супервизора
ui-supervisor-note-hint = Чува се само у шифрованом складишту централне канцеларије; никада се не шаље уређајима.
ui-supervisor-save = Сачувај преглед
ui-supervisor-saved = Сачувано.
ui-supervisor-select-hint = Изаберите интервју да бисте видели његову процену.
ui-supervisor-detail-title = Интервју
ui-supervisor-revision = Ревизија
ui-supervisor-answers = Одговори
ui-supervisor-no-result = Нема резултата

## Her consent after the interview: withdrawal per purpose (issue 10)
ui-consent-open = Сагласност
ui-consent-title = Њена сагласност, за сваку сврху
ui-consent-intro = Она може у сваком тренутку да повуче сагласност за било коју сврху. Повлачење се бележи на овом лаптопу и стиже у централну канцеларију са следећим извозом. Овде се не може поништити.
ui-consent-purpose-assistance = Организовање помоћи за њу
ui-consent-purpose-sharing = Дељење њеног досијеа са организацијама које су јој наведене
ui-consent-purpose-police = Прослеђивање података полицији
ui-consent-purpose-statistics = Анонимно урачунавање њеног случаја у статистику
ui-consent-value-yes = Сагласна
ui-consent-value-no = Одбила или повукла
ui-consent-value-unknown = Непознато (рачуна се као да није сагласна)
ui-consent-withdraw = Повуци
ui-consent-withdraw-confirm = Повући њену сагласност за ову сврху? Бележи се одмах и овде се не може поништити.
ui-consent-withdraw-yes = Забележи повлачење
ui-consent-withdrawn = Повлачење забележено: { $purpose }. Стиже у централну канцеларију са следећим извозом.
ui-consent-withdrawn-identity = Повлачење забележено: { $purpose }. Њени идентификациони одговори више не напуштају овај лаптоп, а централна канцеларија брише своју копију када прими следећи извоз.
ui-consent-already-no = { $purpose }: већ одбијено или повучено. Ништа није промењено.
ui-consent-identity-stays = Њени идентификациони одговори остају на овом лаптопу: није пристала и на помоћ и на дељење.
ui-consent-identity-travels = Њени идентификациони одговори иду у централну канцеларију са следећим извозом, запечаћени и одвојени од случаја.

## Emergencies signalled by an answer (issue 11)
ui-emergency-alert = Њен одговор указује на опасност. Поступите одмах: бројеви су испод.
ui-assessment-emergencies = Опасност назначена у овом интервјуу
ui-assessment-emergency-shown = Хитни пут приказан одмах
ui-numbers-to-call = Бројеви које може да позове, сада или касније

## Interpreter registry (issue 11)
ui-interpreter-new = Нови преводилац: додајте га на списак
ui-interpreter-name = Име
ui-interpreter-languages = Језици које преводи (на пример: ro, ru)
ui-interpreter-organisation = Организација

## Desktop walk-through fixes (issue 18, desk): locale lint
lint-note-read-aloud = Текст који јој се чита наглас садржи у загради белешку о њој: преместите је у помоћ.
ui-supervisor-col-status = Статус
ui-supervisor-provisional = Привремено
ui-supervisor-provisional-note = Интервју није завршен: овај резултат је привремен и заснива се на досадашњим одговорима.
ui-answer-number-range = Дозвољени опсег
ui-answer-keys-hint = Тастери: 1–9 бирају одговор, Y да, N не, D не знам.

## Recovery with the recovery key (issue 18)
ui-recovery-open = Употребите кључ за опоравак
ui-recovery-title = Поставите нову лозинку помоћу кључа за опоравак
ui-recovery-new-label = Нова лозинка
ui-recovery-button = Поставите нову лозинку и откључајте

## The central office from the field laptop: enrolment, Send now, USB stick, receipts (issues 14, 18)
ui-office-title = Централна канцеларија
ui-office-not-enrolled = Овај лаптоп још није повезан са централном канцеларијом. Изаберите датотеку за регистрацију коју вам је дао надређени.
ui-office-enrol = Изабери датотеку за регистрацију
ui-office-connected = Повезано са централном канцеларијом { $node }.
ui-office-device-key = За вашег надређеног, да одобри овај лаптоп
ui-office-due = Интервјуи који чекају слање: { $count }
ui-office-identity-withheld = Од њих, интервјуи чији идентификациони одговори остају на овом лаптопу: { $count }
ui-office-consent-changes = Повлачења сагласности која чекају слање: { $count }
ui-office-waiting = Раније прекинута слања која треба довршити: { $count }
ui-office-url = Адреса пријемног сандучета канцеларије
ui-office-send = Пошаљи сада
ui-office-send-hint = Lantern шаље само када притиснете ово дугме, никада у позадини. Све се шаље запечаћено: може да га отвори само централна канцеларија.
ui-office-sending = Слање централној канцеларији
ui-office-sent = Послато: { $sent }. Потврдила канцеларија: { $acknowledged }. Уклоњено са овог лаптопа после потврде: { $purged }.
ui-office-nothing-sent = Ништа није чекало, па ништа није послато.
ui-office-no-online = Ова датотека за регистрацију не дозвољава слање преко мреже. Користите USB меморију или затражите од надређеног новију датотеку за регистрацију.
ui-office-usb = Без мреже
ui-office-export = Упиши на USB меморију или у фасциклу
ui-office-written = Уписано: { $file } (записа у датотеци: { $records }). Однесите је у канцеларију; потврда пријема се враћа истим путем.
ui-office-receipts = Учитај потврде пријема из канцеларије
ui-office-receipts-applied = Учитаних потврда: { $applied }. Уклоњено са овог лаптопа после потврде: { $purged }.
ui-office-receipt-refused = Није учитано

## Crypto-erase of the profile (issue 16)
ui-erase-open = Уништи профил овог лаптопа
ui-erase-title = Уништи профил овог лаптопа
ui-erase-explain = Све што Lantern чува на овом лаптопу одмах се уништава: прво кључ, затим све датотеке. Интервјуи које централна канцеларија није потврдила биће изгубљени. Нико, чак ни ваш надређени, не може да их врати.
ui-erase-understood = Разумем да ово не може да се поништи
ui-erase-confirm = Уништи сада

## Field laptops in supervisor mode: approve, revoke (issues 14, 18)
ui-supervisor-devices-title = Теренски лаптопови
ui-supervisor-devices-empty = Још ниједан лаптоп није одобрен.
ui-supervisor-device-approved = Одобрен
ui-supervisor-device-revoked = Приступ опозван
ui-supervisor-device-bundles = Примљених пакета
ui-supervisor-device-approved-at = Датум одобрења
ui-supervisor-device-revoked-at = Датум опозива
ui-supervisor-device-missing = Пакети који никада нису стигли (бројеви)
ui-supervisor-device-approve-title = Одобравање лаптопа
ui-supervisor-device-id = Идентификатор уређаја (dev-…), како га приказује лаптоп
ui-supervisor-device-key = Његов кључ (lantern-device-pk1…) или отисак кључа, како га приказује лаптоп
ui-supervisor-device-approve = Одобри
ui-supervisor-device-approved-done = Одобрено. Лаптоп сада може да шаље.
ui-supervisor-device-revoke = Опозови приступ
ui-supervisor-device-revoke-explain = Од сада канцеларија одбија сваки пакет са овог лаптопа. Урадите ово када се лаптоп изгуби или га неко узме. Ово не може да се поништи: лаптоп мора поново да се региструје као нови уређај.

## The supervisor reads the case (issue 18)
ui-supervisor-case-answers = Њени одговори, редом којим су питања постављена
ui-supervisor-case-observation = Запажање интервјуера
