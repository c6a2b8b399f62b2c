# Довідка (--help) і версія (--version) програм `lantern` і `lantern-central`.
# ЧЕРНЕТКА ПЕРЕКЛАДУ з англійської: ще не перевірена носієм мови.
# Параметри, назви команд і змінні середовища не перекладаються.

## Власні тексти clap, спільні для обох програм.
cli-help-usage = Використання
cli-help-commands = Команди
cli-help-arguments = Аргументи
cli-help-options = Параметри
cli-help-flag-help = Показати довідку
cli-help-flag-version = Показати версію
cli-help-subcommand-help = Показати це повідомлення або довідку щодо вказаних команд

## --version: версія програми та вбудованих у неї даних.
cli-version = { $build }
    опитувальник: { $questionnaire_id } { $questionnaire }
    каталог індикаторів: { $catalogue }
    правило рішення: { $rule }

## lantern, програма для роботи на місцях.
cli-help-lantern = Програма Lantern для роботи на місцях: профіль, інтерв’ю, оцінка й синхронізація без вікна
cli-help-lantern-arg-profile = Тека профілю (зашифроване сховище й захищені ключі)
cli-help-lantern-arg-lang = Мова повідомлень: en, sq, sr-Cyrl, sr-Latn, ro, ru або uk (типово: з LC_ALL, LC_MESSAGES або LANG, інакше англійська)
cli-help-lantern-init = Створити новий профіль: зашифроване сховище, ключ даних, ключ відновлення
cli-help-lantern-status = Розблокувати профіль і показати зведення
cli-help-lantern-passphrase = Змінити пароль або задати новий за допомогою ключа відновлення
cli-help-lantern-assess = Оцінити спостереження за каталогом індикаторів і вивести результат у JSON
cli-help-lantern-locales = Перевірити мовні файли або заново отримати sr-Latn із sr-Cyrl
cli-help-lantern-locales-check = Перевірити мовні файли: ті самі повідомлення й змінні в усіх мовах, нічого порожнього чи зламаного, файл статусу повний, sr-Latn отримано з sr-Cyrl
cli-help-lantern-locales-derive-sr-latn = Заново створити locales/sr-Latn із locales/sr-Cyrl транслітерацією
cli-help-lantern-questionnaire = Перевірити опис опитувальника або показати той, що постачається
cli-help-lantern-questionnaire-check = Перевірити файл опису; вивести кожну проблему (код, файл, місце) і завершитися з помилкою, якщо вона є
cli-help-lantern-questionnaire-show = Вивести опитувальник ідентифікації, що постачається, у JSON
cli-help-lantern-interview = Провести інтерв’ю за сценарієм, перелічити інтерв’ю або вивести відповіді інтерв’ю
cli-help-lantern-interview-run = Провести інтерв’ю за сценарієм (відповіді за id питання, зміни мови) і вивести його id
cli-help-lantern-interview-list = Перелічити інтерв’ю (JSON)
cli-help-lantern-interview-answers = Вивести файл відповідей інтерв’ю (вхідні дані для lantern assess --answers)
cli-help-lantern-enrol = Імпортувати файл реєстрації центрального офісу; виводить id цього пристрою
cli-help-lantern-export = Записати інтерв’ю, змінені після останнього підтвердженого експорту, в один запечатаний пакет; виводить його шлях
cli-help-lantern-receipt = Застосувати підписані підтвердження центрального офісу: позначити записи отриманими, видалити за правилом
cli-help-lantern-consent = Записати згоду, яку вона відкликала після розмови (надсилається з наступним експортом)
cli-help-lantern-consent-withdraw = Відкликати одну згоду розмови; її записують зараз і надсилають з наступним експортом

## lantern-central, програма центрального офісу.
cli-help-central = Центральний офіс Lantern: пристрої, імпорт пакетів синхронізації, підтвердження, перевірка
cli-help-central-arg-home = Тека центрального офісу (зашифроване сховище й захищені ключі)
cli-help-central-arg-lang = Мова повідомлень: en, sq, sr-Cyrl, sr-Latn, ro, ru або uk (типово: з LC_ALL, LC_MESSAGES або LANG, інакше англійська)
cli-help-central-init = Створити центральний офіс: ключі, зашифроване сховище, ключ відновлення, файл реєстрації
cli-help-central-enrolment = Записати файл реєстрації ще раз
cli-help-central-info = Показати id офісу, відбитки ключів і правило видалення
cli-help-central-devices = Схвалити, перелічити або відкликати пристрої
cli-help-central-devices-approve = Схвалити пристрій за id, прив'язавши його до ключа або відбитка, показаного під час реєстрації (одне з них обов'язкове); з --fingerprint ключ закріплюють за першим пакетом, ключ якого має цей відбиток
cli-help-central-devices-list = Перелічити пристрої
cli-help-central-devices-revoke = Відкликати пристрій: його пакети відтепер відхиляються
cli-help-central-import = Імпортувати файли пакетів (або всі файли .bundle у теці); виводить звіт у JSON
cli-help-central-receipts = Записати підписані підтвердження для імпортованих пакетів у теку
cli-help-central-review = Перевірка супервізором: список, статус і примітка, черга перевірки, історія
cli-help-central-review-list = Інтерв’ю з їхньою оцінкою, хронологією мов, статусом перевірки й приміткою
cli-help-central-review-set = Задати статус перевірки інтерв’ю (new, reviewed, needs_follow_up) і примітку
cli-help-central-review-queue = Черга перевірки: неприйняті версії (конфлікт версій, запис з іншого пристрою, старіша версія, що надійшла після новішої) у JSON; reason каже, яка причина
cli-help-central-review-resolve = Закрити елемент черги перевірки з приміткою
cli-help-central-review-history = Усі версії, отримані для запису
cli-help-central-records = Записи випадків у тому вигляді, у якому їх зберігає офіс
cli-help-central-records-show = Один запис випадку: розмова, стан перевірки та згода; ідентифікаційні дані лише з --with-identity і --reason, який потрапляє до журналу аудиту
cli-help-central-audit = Журнал аудиту офісу (перегляди особових даних, видалення через згоду) з перевіркою ланцюжка
cli-help-central-stats = Статистика за інтерв'ю зі згодою на статистику, малі клітинки приховано (k щонайменше 11)
cli-help-central-export = Записує статистику (CSV, XLSX) або вивантаження за справами (HTCDS, CTDC), зашифровано, якщо --plain не називає одержувача; заноситься до журналу аудиту

## Interpreter registry (issue 11)
cli-help-lantern-interpreters = Реєстр перекладачів: в інтерв’ю перекладачі зазначаються лише за його записами
cli-help-lantern-interpreters-add = Додати перекладача до реєстру або оновити запис із цим ідентифікатором; виводить його (JSON)
cli-help-lantern-interpreters-list = Реєстр (JSON)

## Persons interviewed more than once (issue 13)
cli-help-central-persons = Особи, опитані більше одного разу: можливі пари інтерв'ю, зв'язки, зроблені керівницею
cli-help-central-persons-candidates = Пари інтерв'ю з різних пристроїв, які можуть стосуватися однієї жінки, з доказами (які поля збіглися і як, ніколи не імена)
cli-help-central-persons-link = Пов'язати два інтерв'ю як одну жінку, з приміткою; записується в журнал аудиту, записи не змінюються
cli-help-central-persons-unlink = Видалити зв'язок між двома інтерв'ю; записується в журнал аудиту

## Audit log verification (issue 16)

cli-help-lantern-audit = Перевірити журнал аудиту цього профілю
cli-help-lantern-audit-verify = Перевірити ланцюжок із ключем журналу аудиту; повідомити перший порушений запис і що порушено (JSON)
cli-help-central-audit-verify = Перевірити ланцюжок журналу аудиту офісу; повідомити перший порушений запис і що порушено (JSON)

## Online sync and the inbox (issue 14)

cli-help-central-serve = Запустити HTTP-скриньку: пристрої надсилають пакети через мережу й отримують квитанції
cli-help-lantern-sync = Надіслати те, що очікує, до скриньки офісу зараз і застосувати квитанції (JSON: sent, acknowledged, purged)

## Key shares (issue 16)
cli-help-central-key = Ключ офісу, поділений на частини для M з N осіб
cli-help-central-key-split = Поділити ключ офісу на N файлів із частинами ключа, по одному на особу; будь-які M з них відновлюють ключ
cli-help-central-recover = Відновити теку центрального офісу з копії сховища втраченої теки та M частин ключа; запитує новий пароль, виводить новий ключ відновлення

## Crypto-erase (issue 16)
cli-help-lantern-erase = Негайно криптографічно стерти цей профіль (спочатку файл ключів, потім перезапис усіх файлів): більше ніхто не зможе його відкрити; потрібні --confirm і пароль
