# Помоћ (--help) и верзија (--version) програма `lantern` и `lantern-central`.
# ПРИВРЕМЕНИ ПРЕВОД са енглеског: још није проверио изворни говорник.
# Опције, називи команди и променљиве окружења се не преводе.

## Текстови самог clap-а, заједнички за оба програма.
cli-help-usage = Употреба
cli-help-commands = Команде
cli-help-arguments = Аргументи
cli-help-options = Опције
cli-help-flag-help = Прикажи помоћ
cli-help-flag-version = Прикажи верзију
cli-help-subcommand-help = Прикажи ову поруку или помоћ за дате команде

## --version: верзија програма и података уграђених у њега.
cli-version = { $build }
    упитник: { $questionnaire_id } { $questionnaire }
    каталог индикатора: { $catalogue }
    правило одлуке: { $rule }

## lantern, програм за рад на терену.
cli-help-lantern = Програм Lantern за рад на терену: профил, интервјуи, процена и синхронизација без прозора
cli-help-lantern-arg-profile = Фасцикла профила (шифрована база и заштићени кључеви)
cli-help-lantern-arg-lang = Језик порука: en, sq, sr-Cyrl, sr-Latn, ro, ru или uk (подразумевано: из LC_ALL, LC_MESSAGES или LANG, иначе енглески)
cli-help-lantern-init = Направи нови профил: шифрована база, кључ података, кључ за опоравак
cli-help-lantern-status = Откључај профил и прикажи преглед
cli-help-lantern-passphrase = Промени лозинку или постави нову помоћу кључа за опоравак
cli-help-lantern-assess = Процени запажања према каталогу индикатора и испиши резултат као JSON
cli-help-lantern-locales = Провери језичке датотеке или поново изведи sr-Latn из sr-Cyrl
cli-help-lantern-locales-check = Провери језичке датотеке: исте поруке и променљиве у сваком језику, ништа празно или покварено, датотека статуса потпуна, sr-Latn изведен из sr-Cyrl
cli-help-lantern-locales-derive-sr-latn = Поново направи locales/sr-Latn из locales/sr-Cyrl пресловљавањем
cli-help-lantern-questionnaire = Провери дефиницију упитника или прикажи испоручени
cli-help-lantern-questionnaire-check = Провери датотеку дефиниције; испиши сваки проблем (код, датотека, место) и заврши с грешком ако га има
cli-help-lantern-questionnaire-show = Испиши испоручени упитник за идентификацију као JSON
cli-help-lantern-interview = Спроведи интервју по сценарију, наведи интервјуе или испиши одговоре интервјуа
cli-help-lantern-interview-run = Спроведи интервју по сценарију (одговори по id-у питања, промене језика) и испиши његов id
cli-help-lantern-interview-list = Наведи интервјуе (JSON)
cli-help-lantern-interview-answers = Испиши датотеку одговора интервјуа (улаз за lantern assess --answers)
cli-help-lantern-enrol = Увези датотеку за упис централне канцеларије; исписује id овог уређаја
cli-help-lantern-export = Упиши интервјуе измењене од последњег потврђеног извоза у један запечаћени пакет; исписује његову путању
cli-help-lantern-receipt = Примени потписане потврде централне канцеларије: означи записе као примљене, обриши по правилу
cli-help-lantern-consent = Забележи сагласност коју је повукла после разговора (шаље се са следећим извозом)
cli-help-lantern-consent-withdraw = Повуци једну сагласност разговора; бележи се сада и шаље са следећим извозом

## lantern-central, програм централне канцеларије.
cli-help-central = Централна канцеларија Lantern: уређаји, увоз пакета за синхронизацију, потврде, преглед
cli-help-central-arg-home = Фасцикла централне канцеларије (шифрована база и заштићени кључеви)
cli-help-central-arg-lang = Језик порука: en, sq, sr-Cyrl, sr-Latn, ro, ru или uk (подразумевано: из LC_ALL, LC_MESSAGES или LANG, иначе енглески)
cli-help-central-init = Направи централну канцеларију: кључеви, шифрована база, кључ за опоравак, датотека за упис
cli-help-central-enrolment = Поново упиши датотеку за упис
cli-help-central-info = Прикажи id канцеларије, отиске кључева и правило брисања
cli-help-central-devices = Одобри, наведи или опозови уређаје
cli-help-central-devices-approve = Одобри уређај по id-у, везан за кључ или отисак који је исписао при упису (једно од њих је обавезно); са --fingerprint кључ се веже по првом пакету чији кључ има тај отисак
cli-help-central-devices-list = Наведи уређаје
cli-help-central-devices-revoke = Опозови уређај: његови пакети се од сада одбијају
cli-help-central-import = Увези датотеке пакета (или сваку датотеку .bundle у фасцикли); исписује извештај у JSON-у
cli-help-central-receipts = Упиши потписане потврде за увезене пакете у фасциклу
cli-help-central-review = Преглед супервизора: списак, стање и белешка, ред за преглед, историја
cli-help-central-review-list = Интервјуи с проценом, временском линијом језика, стањем прегледа и белешком
cli-help-central-review-set = Постави стање прегледа интервјуа (new, reviewed, needs_follow_up) и белешку
cli-help-central-review-queue = Ред за преглед: непримењене ревизије (сукоб ревизија, запис с другог уређаја, старија ревизија стигла после новије), као JSON; reason каже која
cli-help-central-review-resolve = Затвори ставку реда за преглед белешком
cli-help-central-review-history = Свака ревизија примљена за запис
cli-help-central-records = Записи случајева онако како их канцеларија чува
cli-help-central-records-show = Један запис случаја: разговор, стање прегледа и сагласност; подаци о идентитету само са --with-identity и --reason, који иде у дневник ревизије
cli-help-central-audit = Дневник ревизије канцеларије (увиди у идентитет, брисања због сагласности), са провереним ланцем
cli-help-central-stats = Статистика интервјуа са сагласношћу за статистику, мале ћелије скривене (k најмање 11)
cli-help-central-export = Уписује статистику (CSV, XLSX) или извоз по случајевима (HTCDS, CTDC), шифровано осим ако --plain наводи примаоца; бележи се у дневник ревизије

## Interpreter registry (issue 11)
cli-help-lantern-interpreters = Регистар преводилаца: интервјуи наводе преводиоце само по његовим уносима
cli-help-lantern-interpreters-add = Додај преводиоца у регистар или ажурирај унос са овом ознаком; исписује га (JSON)
cli-help-lantern-interpreters-list = Регистар (JSON)

## Persons interviewed more than once (issue 13)
cli-help-central-persons = Особе интервјуисане више пута: могући парови интервјуа, везе које прави супервизорка
cli-help-central-persons-candidates = Парови интервјуа са различитих уређаја који могу бити иста жена, са доказима (која поља се слажу и како, никад имена)
cli-help-central-persons-link = Повежи два интервјуа као исту жену, уз белешку; бележи се у дневник ревизије, записи се не мењају
cli-help-central-persons-unlink = Уклони везу између два интервјуа; бележи се у дневник ревизије

## Audit log verification (issue 16)

cli-help-lantern-audit = Провери дневник ревизије овог профила
cli-help-lantern-audit-verify = Провери ланац са кључем дневника ревизије; пријави први прекинути унос и шта је ту прекинуто (JSON)
cli-help-central-audit-verify = Провери ланац дневника ревизије канцеларије; пријави први прекинути унос и шта је ту прекинуто (JSON)

## Online sync and the inbox (issue 14)

cli-help-central-serve = Покрени HTTP пријемно сандуче: уређаји шаљу пакете преко мреже и добијају потврде
cli-help-lantern-sync = Пошаљи сада у пријемно сандуче канцеларије оно што чека и примени потврде (JSON: sent, acknowledged, purged)

## Key shares (issue 16)
cli-help-central-key = Кључ канцеларије у деловима за M од N особа
cli-help-central-key-split = Подели кључ канцеларије на N датотека с деловима кључа, по једну за сваку особу; за обнову је довољно било којих M од њих
cli-help-central-recover = Поново изгради фасциклу централне канцеларије из копије базе изгубљене фасцикле и M делова кључа; тражи нову лозинку, исписује нови кључ за опоравак

## Crypto-erase (issue 16)
cli-help-lantern-erase = Одмах криптографски уништи овај профил (прво датотека с кључевима, затим се преписује свака датотека): више нико не може да га отвори; потребни су --confirm и лозинка
