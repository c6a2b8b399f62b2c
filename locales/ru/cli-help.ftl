# Справка (--help) и версия (--version) программ `lantern` и `lantern-central`.
# ЧЕРНОВОЙ ПЕРЕВОД с английского: ещё не проверен носителем языка.
# Параметры, имена команд и переменные окружения не переводятся.

## Собственные тексты clap, общие для обеих программ.
cli-help-usage = Использование
cli-help-commands = Команды
cli-help-arguments = Аргументы
cli-help-options = Параметры
cli-help-flag-help = Показать справку
cli-help-flag-version = Показать версию
cli-help-subcommand-help = Показать это сообщение или справку по указанным командам

## --version: версия программы и встроенных в неё данных.
cli-version = { $build }
    опросник: { $questionnaire_id } { $questionnaire }
    каталог индикаторов: { $catalogue }
    правило решения: { $rule }

## lantern, программа для работы на местах.
cli-help-lantern = Программа Lantern для работы на местах: профиль, интервью, оценка и синхронизация без окна
cli-help-lantern-arg-profile = Папка профиля (зашифрованное хранилище и защищённые ключи)
cli-help-lantern-arg-lang = Язык сообщений: en, sq, sr-Cyrl, sr-Latn, ro, ru или uk (по умолчанию: из LC_ALL, LC_MESSAGES или LANG, иначе английский)
cli-help-lantern-init = Создать новый профиль: зашифрованное хранилище, ключ данных, ключ восстановления
cli-help-lantern-status = Разблокировать профиль и показать сводку
cli-help-lantern-passphrase = Сменить пароль или задать новый с помощью ключа восстановления
cli-help-lantern-assess = Оценить наблюдения по каталогу индикаторов и вывести результат в JSON
cli-help-lantern-locales = Проверить языковые файлы или заново получить sr-Latn из sr-Cyrl
cli-help-lantern-locales-check = Проверить языковые файлы: одни и те же сообщения и переменные во всех языках, ничего пустого или сломанного, файл статуса полный, sr-Latn получен из sr-Cyrl
cli-help-lantern-locales-derive-sr-latn = Заново создать locales/sr-Latn из locales/sr-Cyrl транслитерацией
cli-help-lantern-questionnaire = Проверить описание опросника или показать поставляемый
cli-help-lantern-questionnaire-check = Проверить файл описания; вывести каждую проблему (код, файл, место) и завершиться с ошибкой, если она есть
cli-help-lantern-questionnaire-show = Вывести поставляемый опросник идентификации в JSON
cli-help-lantern-interview = Провести интервью по сценарию, перечислить интервью или вывести ответы интервью
cli-help-lantern-interview-run = Провести интервью по сценарию (ответы по id вопроса, смены языка) и вывести его id
cli-help-lantern-interview-list = Перечислить интервью (JSON)
cli-help-lantern-interview-answers = Вывести файл ответов интервью (входные данные для lantern assess --answers)
cli-help-lantern-enrol = Импортировать файл регистрации центрального офиса; выводит id этого устройства
cli-help-lantern-export = Записать интервью, изменённые после последнего подтверждённого экспорта, в один запечатанный пакет; выводит его путь
cli-help-lantern-receipt = Применить подписанные подтверждения центрального офиса: отметить записи полученными, удалить по правилу
cli-help-lantern-consent = Записать согласие, которое она отозвала после беседы (уходит со следующим экспортом)
cli-help-lantern-consent-withdraw = Отозвать одно согласие беседы; оно записывается сейчас и отправляется со следующим экспортом

## lantern-central, программа центрального офиса.
cli-help-central = Центральный офис Lantern: устройства, импорт пакетов синхронизации, подтверждения, проверка
cli-help-central-arg-home = Папка центрального офиса (зашифрованное хранилище и защищённые ключи)
cli-help-central-arg-lang = Язык сообщений: en, sq, sr-Cyrl, sr-Latn, ro, ru или uk (по умолчанию: из LC_ALL, LC_MESSAGES или LANG, иначе английский)
cli-help-central-init = Создать центральный офис: ключи, зашифрованное хранилище, ключ восстановления, файл регистрации
cli-help-central-enrolment = Записать файл регистрации ещё раз
cli-help-central-info = Показать id офиса, отпечатки ключей и правило удаления
cli-help-central-devices = Одобрить, перечислить или отозвать устройства
cli-help-central-devices-approve = Одобрить устройство по id, привязав его к ключу или отпечатку, показанному при регистрации (одно из них обязательно); с --fingerprint ключ закрепляется по первому пакету, ключ которого имеет этот отпечаток
cli-help-central-devices-list = Перечислить устройства
cli-help-central-devices-revoke = Отозвать устройство: его пакеты отныне отклоняются
cli-help-central-import = Импортировать файлы пакетов (или все файлы .bundle в папке); выводит отчёт в JSON
cli-help-central-receipts = Записать подписанные подтверждения для импортированных пакетов в папку
cli-help-central-review = Проверка супервизором: список, статус и заметка, очередь проверки, история
cli-help-central-review-list = Интервью с их оценкой, хронологией языков, статусом проверки и заметкой
cli-help-central-review-set = Задать статус проверки интервью (new, reviewed, needs_follow_up) и заметку
cli-help-central-review-queue = Очередь проверки: непринятые версии (конфликт версий, запись с другого устройства, более старая версия, пришедшая после новой) в JSON; reason говорит, какая причина
cli-help-central-review-resolve = Закрыть элемент очереди проверки с заметкой
cli-help-central-review-history = Все версии, полученные для записи
cli-help-central-records = Записи случаев в том виде, в каком их хранит офис
cli-help-central-records-show = Одна запись случая: беседа, состояние проверки и согласие; идентифицирующие данные только с --with-identity и --reason, который попадает в журнал аудита
cli-help-central-audit = Журнал аудита офиса (просмотры личных данных, удаления по согласию) с проверкой цепочки
cli-help-central-stats = Статистика по интервью с согласием на статистику, малые ячейки скрыты (k не меньше 11)
cli-help-central-export = Записывает статистику (CSV, XLSX) или выгрузку по делам (HTCDS, CTDC), зашифрованно, если --plain не называет получателя; заносится в журнал аудита

## Interpreter registry (issue 11)
cli-help-lantern-interpreters = Реестр переводчиков: в интервью переводчики указываются только по его записям
cli-help-lantern-interpreters-add = Добавить переводчика в реестр или обновить запись с этим идентификатором; выводит её (JSON)
cli-help-lantern-interpreters-list = Реестр (JSON)

## Persons interviewed more than once (issue 13)
cli-help-central-persons = Лица, опрошенные более одного раза: возможные пары интервью, связи, сделанные руководителем
cli-help-central-persons-candidates = Пары интервью с разных устройств, которые могут относиться к одной женщине, с доказательствами (какие поля совпали и как, никогда не имена)
cli-help-central-persons-link = Связать два интервью как одну женщину, с примечанием; записывается в журнал аудита, записи не изменяются
cli-help-central-persons-unlink = Удалить связь между двумя интервью; записывается в журнал аудита

## Audit log verification (issue 16)

cli-help-lantern-audit = Проверить журнал аудита этого профиля
cli-help-lantern-audit-verify = Проверить цепочку с ключом журнала аудита; сообщить первую нарушенную запись и что нарушено (JSON)
cli-help-central-audit-verify = Проверить цепочку журнала аудита офиса; сообщить первую нарушенную запись и что нарушено (JSON)

## Online sync and the inbox (issue 14)

cli-help-central-serve = Запустить HTTP-приёмный ящик: устройства отправляют пакеты по сети и получают квитанции
cli-help-lantern-sync = Отправить ожидающее в приёмный ящик офиса сейчас и применить квитанции (JSON: sent, acknowledged, purged)
