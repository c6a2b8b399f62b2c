# Поруке о грешкама, по једна за сваки стабилни код грешке.
# РАДНА ВЕРЗИЈА ПРЕВОДА са енглеског: још није проверена од стране изворног говорника.

error-unknown = Нешто није у реду (код { $code }). Досад сачувани одговори су безбедни.

## Encrypted store

error-store-wrong-passphrase = Лозинка није тачна.
error-store-not-a-profile = Ова фасцикла није профил апликације Lantern.
error-store-profile-exists = У овој фасцикли већ постоји профил.
error-store-key-file-damaged = Датотека с кључевима овог профила је оштећена. Затражите помоћ од надређеног; ништа не бришите.
error-store-database-damaged = База података је оштећена или непотпуна. Не бришите је; затражите помоћ од надређеног.
error-store-foreign-database = Ова база података припада другом профилу.
error-store-database-missing = База података овог профила недостаје.
error-store-directory-not-writable = Lantern не може да пише у ову фасциклу.
error-store-disk-full = Диск је пун. Ослободите простор и покушајте поново. Досад сачувани одговори су безбедни.
error-store-passphrase-too-short = { $min ->
    [one] Лозинка мора имати најмање { $min } знак.
    [few] Лозинка мора имати најмање { $min } знака.
   *[other] Лозинка мора имати најмање { $min } знакова.
}
error-store-weak-kdf-params = Подешавања заштите овог профила су преслаба да би била прихваћена.
error-store-kdf-too-weak = Овај профил је направила пробна верзија апликације Lantern и има само слабу заштиту кључа. Ова верзија апликације Lantern не може да га отвори нити прави такве профиле. Ништа није промењено.
error-store-schema-too-new = Овај профил је направила новија верзија апликације Lantern. Ажурирајте Lantern да бисте га отворили.
error-store-audit-chain-broken = Дневник измена овог профила је мењан. Обавестите надређеног.
error-store-not-found = Запис није пронађен.
error-store-invalid = Подаци нису исправни и нису сачувани.
error-store-io = Читање са диска или упис на диск није успео.
error-store-database = База података је пријавила грешку.

## Sync bundles

error-bundle-truncated = Датотека пакета је непотпуна. Копирајте је поново.
error-bundle-bad-magic = Ова датотека није пакет апликације Lantern.
error-bundle-unsupported-version = Овај пакет је направила верзија апликације Lantern коју ова верзија не може да прочита.
error-bundle-unsupported-payload-version = Садржај овог пакета потиче из верзије апликације Lantern коју ова верзија не може да прочита.
error-bundle-bad-signature = Овај пакет је измењен или оштећен. Није увезен.
error-bundle-unknown-device = Овај пакет потиче са уређаја који није регистрован.
error-bundle-revoked-device = Овај пакет потиче са уређаја коме је приступ укинут.
error-bundle-signer-key-mismatch = Потпис не одговара регистрованом уређају. Пакет није увезен.
error-bundle-wrong-recipient = Овај пакет је направљен за другу централну канцеларију.
error-bundle-decryption-failed = Овај пакет није могуће дешифровати. Није увезен.
error-bundle-device-mismatch = Садржај пакета не одговара уређају који га је потписао.
error-bundle-too-large = Ова датотека је превелика да би била пакет апликације Lantern.
error-bundle-nesting-too-deep = Садржај овог пакета није исправно обликован.
error-bundle-malformed-payload = Садржај овог пакета није исправно обликован.
error-bundle-invalid-record = Један запис у пакету није исправан. Пакет није увезен.
error-bundle-changed-during-read = Датотека се променила током читања. Покушајте поново.
error-bundle-bad-encoding = Кључ или ознака у овом пакету није исправно обликован.
error-bundle-random = Систем није могао да обезбеди сигурне случајне бројеве.
error-bundle-io = Датотеку није било могуће прочитати или уписати.

## Questionnaire definition

error-questionnaire-parse = Датотека упитника се не може прочитати.
error-questionnaire-invalid = Датотека упитника није исправна.
error-questionnaire-io = Датотеку упитника није било могуће отворити.

## Answers

error-answer-required = Унесите одговор или изаберите „Не знам“ или „Не жели да одговори“.
error-answer-not-a-number = Унесите број.
error-answer-number-range = Унесите број од { $min } до { $max }.
error-answer-date-invalid = Унесите исправан датум.
error-answer-date-future = Датум не може бити у будућности.
error-answer-choose-option = Изаберите једну од понуђених могућности.
error-answer-too-long = { $max ->
    [one] Текст је предугачак: највише { $max } знак.
    [few] Текст је предугачак: највише { $max } знака.
   *[other] Текст је предугачак: највише { $max } знакова.
}

## Field use-cases (lantern-field)

error-field-unknown-locale = Овај језик није доступан.
error-field-unknown-questionnaire = Овај интервју је вођен по упитнику који ова верзија апликације Lantern нема. Затражите помоћ од надређеног; ништа не бришите.
error-field-directory-invalid = Датотека именика служби за упућивање није исправна. Затражите од надређеног исправљену датотеку.
error-field-damaged = Запис овог интервјуа је оштећен. Затражите помоћ од надређеног; ништа не бришите.
error-field-not-complete = Интервју још не може да се заврши: нека питања још чекају одговор.
error-field-assessment = Резултат процене није могао да се израчуна. Одговори су сачувани.
error-field-locked = Апликација је закључана. Откључајте је да бисте наставили.

## Sync (device side)

error-sync-not-enrolled = Овај уређај још није повезан са централном канцеларијом. Увезите датотеку за регистрацију од надређеног.
error-sync-already-enrolled = Овај уређај је већ повезан са другом централном канцеларијом.
error-sync-nothing-to-export = Нема ничег новог за слање.
error-sync-receipt-for-other-device = Ова потврда пријема је за други уређај.
error-sync-bad-device-id = Идентитет овог уређаја је оштећен. Затражите помоћ од надређеног.
error-sync-io = Датотеку није било могуће записати. Проверите фасциклу и слободан простор.

## Central office (supervisor mode, lantern-central)

error-central-database = База података централне канцеларије пријавила је грешку. Ништа није промењено.
error-central-unknown-device = Овај пакет долази са уређаја који није регистрован. Прво одобрите уређај.
error-central-device-revoked = Приступ овог уређаја је повучен; не може поново да се одобри.
error-central-device-key-mismatch = Кључ овог уређаја не одговара регистрованом. Ништа није промењено.
error-central-bad-device-id = Ово није исправан идентификатор уређаја.
error-central-unknown-record-kind = Овај пакет садржи врсту записа коју централна канцеларија не прихвата. Није увезен.
error-central-malformed-record = Један запис у овом пакету је оштећен. Пакет није увезен.
error-central-not-found = Запис није пронађен у централној канцеларији.
error-central-bad-review-state = Ово није исправно стање прегледа.
error-central-damaged = Складиште централне канцеларије је оштећено. Ништа не бришите; затражите техничку помоћ.
error-central-io = Датотека или фасцикла није могла да се прочита или упише.
error-central-unknown-questionnaire = Овај интервју је вођен верзијом упитника коју ова верзија програма Lantern нема, па резултат не може да се прикаже.
error-central-no-home = На овом рачунару нема централне канцеларије. Администратор је прави командом lantern-central init.
error-central-locked = Централна канцеларија је закључана. Отворите је поново да бисте наставили.

## Consent withdrawal and identity kept apart (issue 10, device side)
error-field-unknown-interview = На овом уређају нема интервјуа { $id }.

## Central office: identity apart, consent, bound device approval (issue 10)

error-central-device-fingerprint-mismatch = Овај пакет наводи одобрени уређај, али је потписан кључем са другим отиском. Можда је кривотворен: није увезен и ништа није сачувано.
error-central-device-not-bound = Овај уређај је одобрен без свог кључа. Одобрите га поново са --key или --fingerprint, како их је уређај приказао при упису.
error-central-bad-fingerprint = Ово није исправан отисак кључа. Препишите га како га је уређај приказао при упису.
error-central-unknown-interview = Централна канцеларија нема разговор са овим идентификатором.
error-central-reason-required = Наведите разлог за увид у податке о идентитету са --reason ТЕКСТ. Бележи се у дневник ревизије.
error-central-viewer-required = Наведите своје име са --by ИМЕ: ко гледа податке о идентитету бележи се у дневник ревизије.
error-central-device-key-required = Одобрите уређај његовим кључем (--key) или отиском (--fingerprint), како их је уређај приказао при упису. Сам идентификатор није довољан: идентификатори нису тајни.

# Statistics and exports (issue 12)
error-central-unknown-variable = Ово није статистичка променљива. Променљиве су наведене у docs/statistics.md (на пример month, pathway, result, age_band, interview_locale).
error-central-repeated-variable = Статистичка променљива је наведена двапут у --by.
error-central-variable-count = Табела броји по једној, две или три променљиве: наведите их са --by, одвојене зарезима.
error-central-k-below-minimum = Бројеви мањи од 11 се никад не приказују: --k мора бити најмање 11. Мањи k захтева --override-below-minimum и --reason ТЕКСТ и бележи се у дневник ревизије.
error-central-override-reason-required = Наведите разлог за k мањи од 11 са --reason ТЕКСТ. Бележи се у дневник ревизије.
error-central-operator-required = Наведите своје име са --operator ИМЕ: ко ово ради бележи се у дневник ревизије.
error-central-plain-recipient-required = Нешифровани извоз захтева име примаоца: --plain --recipient ИМЕ.
error-central-bad-export-recipient = Ово није age прималац. Почиње са age1, како га исписује age-keygen.
error-central-export-passphrase-required = Потребна је лозинка за извоз. Подесите LANTERN_EXPORT_PASSPHRASE или је укуцајте када се затражи.
error-central-export-encryption = Извоз није могао бити шифрован. Ништа није записано.
error-central-spreadsheet = Табела није могла бити записана. Ништа није записано.
error-central-unknown-export-format = Ово није формат извоза. Формати су htcds, ctdc, stats-csv и stats-xlsx.
error-central-unknown-export-purpose = Ово није сврха извоза. Сврхе су sharing (друга организација) и police.

## Interpreter registry (issue 11)
error-field-unknown-interpreter = Преводилац { $id } није на списку преводилаца на овом лаптопу. Прво додајте преводиоца (име, језици, организација).
error-field-bad-interpreter = Подаци о преводиоцу нису потпуни: наведите ознаку, име, организацију и бар један језик.

## Persons interviewed more than once (issue 13)
error-central-same-interview = Интервју не може бити повезан са самим собом. Наведите два различита интервјуа.
error-central-already-linked = Ова два интервјуа су већ повезана.
error-central-not-linked = Ова два интервјуа нису повезана: нема шта да се раздвоји.

## Online sync (issue 14, device side)

error-sync-no-inbox-certificate = Овај уређај је повезан са канцеларијом пре него што је она могла да прима преко мреже. Увезите нову датотеку за упис од своје супервизорке.
error-sync-bad-inbox-url = Ово није адреса пријемног сандучета канцеларије. Почиње са https:// и завршава се портом, на пример https://192.168.1.10:8443.
error-central-bad-inbox-url = Ово није адреса пријемног сандучета канцеларије. Почиње са https:// и завршава се портом, на пример https://192.168.1.10:8443.
error-sync-offline = Канцеларија није доступна. Проверите везу и покушајте поново. Ништа није изгубљено: записи чекају на овом уређају.
error-sync-certificate-mismatch = Сервер на овој адреси није ваша канцеларија: његов сертификат није онај из датотеке за упис. Ништа није послато. Обавестите своју супервизорку.
error-sync-device-not-approved = Канцеларија још није одобрила овај уређај. Замолите супервизорку да га одобри, па покушајте поново. Ништа није изгубљено.
error-sync-device-revoked = Канцеларија је овом уређају одузела приступ. Ништа није послато. Разговарајте са својом супервизорком.
error-sync-inbox-refused = Канцеларија је одбила слање. Ништа није изгубљено: записи чекају на овом уређају. Обавестите своју супервизорку.
error-sync-connection-lost = Веза се стално прекидала. Оно што је стигло у канцеларију тамо је сачувано; покушајте поново да пошаљете остатак.

## Key shares (issue 16)
error-share-bad-split = Подела за обнову мора да тражи најмање 2 дела кључа, а не више него што их се уписује (највише 255).
error-share-unreadable = Ово није део кључа за Lantern или је погрешно укуцан. Проверите датотеку дела кључа.
error-share-not-enough = Нема довољно различитих делова кључа за обнову кључа канцеларије. Затражите од осталих чувара њихове делове.
error-share-mixed = Ови делови кључа потичу из различитих подела или из различитих канцеларија. Користите делове само једне поделе.
error-share-do-not-open = Обновљени кључ не отвара ову базу: делови кључа или база припадају другој канцеларији. Ништа није уписано.

## Bundle with bytes appended (issue 16)
error-bundle-trailing-data = Нешто је додато на крај ове датотеке пакета, па није увезена. Копирајте је поново са лаптопа или USB меморије.

## A receipt that is not one (issue 16)
error-sync-bad-receipt = Ова датотека није потврда пријема из ваше централне канцеларије или је оштећена. Ништа није промењено. Затражите је поново од канцеларије.
