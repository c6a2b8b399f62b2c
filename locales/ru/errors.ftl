# Сообщения об ошибках, по одному на стабильный код ошибки.
# ЧЕРНОВОЙ ПЕРЕВОД с английского: ещё не проверен носителем языка.

error-unknown = Что-то пошло не так (код { $code }). Уже сохранённые ответы в безопасности.

## Encrypted store

error-store-wrong-passphrase = Неверный пароль.
error-store-not-a-profile = Эта папка не является профилем Lantern.
error-store-profile-exists = В этой папке уже есть профиль.
error-store-key-file-damaged = Файл ключей этого профиля повреждён. Обратитесь за помощью к руководителю; ничего не удаляйте.
error-store-database-damaged = База данных повреждена или неполна. Не удаляйте её; обратитесь за помощью к руководителю.
error-store-foreign-database = Эта база данных принадлежит другому профилю.
error-store-database-missing = База данных этого профиля отсутствует.
error-store-directory-not-writable = Lantern не может записывать в эту папку.
error-store-disk-full = Диск заполнен. Освободите место и попробуйте ещё раз. Уже сохранённые ответы в безопасности.
error-store-passphrase-too-short = { $min ->
    [one] Пароль должен содержать не меньше { $min } символа.
    [few] Пароль должен содержать не меньше { $min } символов.
    [many] Пароль должен содержать не меньше { $min } символов.
   *[other] Пароль должен содержать не меньше { $min } символа.
}
error-store-weak-kdf-params = Настройки защиты этого профиля слишком слабые, их нельзя принять.
error-store-kdf-too-weak = Этот профиль создан тестовой версией Lantern и имеет лишь слабую защиту ключа. Эта версия Lantern не может его открыть и не создаёт такие профили. Ничего не изменено.
error-store-schema-too-new = Этот профиль создан более новой версией Lantern. Обновите Lantern, чтобы открыть его.
error-store-audit-chain-broken = Журнал изменений этого профиля был изменён. Сообщите руководителю.
error-store-not-found = Запись не найдена.
error-store-invalid = Данные недействительны и не были сохранены.
error-store-io = Не удалось прочитать диск или записать на него.
error-store-database = База данных сообщила об ошибке.

## Sync bundles

error-bundle-truncated = Файл пакета неполный. Скопируйте его ещё раз.
error-bundle-bad-magic = Этот файл не является пакетом Lantern.
error-bundle-unsupported-version = Этот пакет создан версией Lantern, которую эта версия не может прочитать.
error-bundle-unsupported-payload-version = Содержимое этого пакета создано версией Lantern, которую эта версия не может прочитать.
error-bundle-bad-signature = Этот пакет был изменён или повреждён. Он не импортирован.
error-bundle-unknown-device = Этот пакет пришёл с незарегистрированного устройства.
error-bundle-revoked-device = Этот пакет пришёл с устройства, доступ которого отозван.
error-bundle-signer-key-mismatch = Подпись не соответствует зарегистрированному устройству. Пакет не импортирован.
error-bundle-wrong-recipient = Этот пакет создан для другого центрального офиса.
error-bundle-decryption-failed = Этот пакет не удалось расшифровать. Он не импортирован.
error-bundle-device-mismatch = Содержимое пакета не соответствует устройству, которое его подписало.
error-bundle-too-large = Этот файл слишком велик для пакета Lantern.
error-bundle-nesting-too-deep = Содержимое этого пакета имеет неверный формат.
error-bundle-malformed-payload = Содержимое этого пакета имеет неверный формат.
error-bundle-invalid-record = Одна из записей в пакете недействительна. Пакет не импортирован.
error-bundle-changed-during-read = Файл изменился во время чтения. Попробуйте ещё раз.
error-bundle-bad-encoding = Ключ или идентификатор в этом пакете имеет неверный формат.
error-bundle-random = Системе не удалось получить надёжные случайные числа.
error-bundle-io = Не удалось прочитать или записать файл.

## Questionnaire definition

error-questionnaire-parse = Файл анкеты не читается.
error-questionnaire-invalid = Файл анкеты недействителен.
error-questionnaire-io = Не удалось открыть файл анкеты.

## Answers

error-answer-required = Дайте ответ или выберите «Не знаю» или «Предпочитает не отвечать».
error-answer-not-a-number = Введите число.
error-answer-number-range = Введите число от { $min } до { $max }.
error-answer-date-invalid = Введите правильную дату.
error-answer-date-future = Дата не может быть в будущем.
error-answer-choose-option = Выберите один из вариантов.
error-answer-too-long = { $max ->
    [one] Текст слишком длинный: не больше { $max } символа.
    [few] Текст слишком длинный: не больше { $max } символов.
    [many] Текст слишком длинный: не больше { $max } символов.
   *[other] Текст слишком длинный: не больше { $max } символа.
}

## Field use-cases (lantern-field)

error-field-unknown-locale = Этот язык недоступен.
error-field-unknown-questionnaire = Это интервью проведено по анкете, которой нет в этой версии Lantern. Обратитесь за помощью к руководителю; ничего не удаляйте.
error-field-directory-invalid = Файл справочника служб помощи недействителен. Попросите у руководителя исправленный файл.
error-field-damaged = Запись этого интервью повреждена. Обратитесь за помощью к руководителю; ничего не удаляйте.
error-field-not-complete = Интервью пока нельзя завершить: на некоторые вопросы ещё нужен ответ.
error-field-assessment = Не удалось рассчитать результат скрининга. Ответы сохранены.
error-field-locked = Приложение заблокировано. Разблокируйте его, чтобы продолжить.

## Sync (device side)

error-sync-not-enrolled = Это устройство ещё не подключено к центральному офису. Импортируйте файл регистрации, полученный от руководителя.
error-sync-already-enrolled = Это устройство уже подключено к другому центральному офису.
error-sync-nothing-to-export = Нет ничего нового для отправки.
error-sync-receipt-for-other-device = Эта квитанция предназначена для другого устройства.
error-sync-bad-device-id = Идентификатор этого устройства повреждён. Обратитесь за помощью к руководителю.
error-sync-io = Не удалось записать файл. Проверьте папку и свободное место.

## Central office (supervisor mode, lantern-central)

error-central-database = База данных центрального офиса сообщила об ошибке. Ничего не изменено.
error-central-unknown-device = Этот пакет пришёл с незарегистрированного устройства. Сначала одобрите устройство.
error-central-device-revoked = Доступ этого устройства отозван; его нельзя одобрить снова.
error-central-device-key-mismatch = Ключ этого устройства не совпадает с зарегистрированным. Ничего не изменено.
error-central-bad-device-id = Это недопустимый идентификатор устройства.
error-central-unknown-record-kind = В этом пакете есть запись такого типа, который центральный офис не принимает. Пакет не импортирован.
error-central-malformed-record = Одна из записей в этом пакете повреждена. Пакет не импортирован.
error-central-not-found = Запись не найдена в центральном офисе.
error-central-bad-review-state = Это недопустимый статус проверки.
error-central-damaged = Хранилище центрального офиса повреждено. Ничего не удаляйте; обратитесь за технической помощью.
error-central-io = Не удалось прочитать или записать файл или папку.
error-central-unknown-questionnaire = Это интервью проведено по версии анкеты, которой нет в этой версии Lantern, поэтому результат показать нельзя.
error-central-no-home = На этом компьютере нет центрального офиса. Администратор создаёт его командой lantern-central init.
error-central-locked = Центральный офис заблокирован. Откройте его снова, чтобы продолжить.

## Consent withdrawal and identity kept apart (issue 10, device side)
error-field-unknown-interview = На этом устройстве нет интервью { $id }.

## Central office: identity apart, consent, bound device approval (issue 10)

error-central-device-fingerprint-mismatch = Этот пакет называет одобренное устройство, но подписан ключом с другим отпечатком. Возможно, он подделан: он не импортирован, ничего не сохранено.
error-central-device-not-bound = Это устройство было одобрено без ключа. Одобрите его снова с --key или --fingerprint, как их показало устройство при регистрации.
error-central-bad-fingerprint = Это неверный отпечаток ключа. Скопируйте его так, как его показало устройство при регистрации.
error-central-unknown-interview = В центральном офисе нет интервью с этим идентификатором.
error-central-reason-required = Укажите причину просмотра идентифицирующих данных с --reason ТЕКСТ. Она записывается в журнал аудита.
error-central-viewer-required = Укажите своё имя с --by ИМЯ: кто просматривает идентифицирующие данные, записывается в журнал аудита.
error-central-device-key-required = Одобряйте устройство с его ключом (--key) или отпечатком (--fingerprint), как их показало устройство при регистрации. Одного идентификатора недостаточно: идентификаторы не секретны.

# Statistics and exports (issue 12)
error-central-unknown-variable = Это не статистическая переменная. Переменные перечислены в docs/statistics.md (например month, pathway, result, age_band, interview_locale).
error-central-repeated-variable = Статистическая переменная указана в --by дважды.
error-central-variable-count = Таблица считает по одной, двум или трём переменным: укажите их в --by через запятую.
error-central-k-below-minimum = Числа меньше 11 никогда не показываются: --k должно быть не меньше 11. Меньшее k требует --override-below-minimum и --reason ТЕКСТ и записывается в журнал аудита.
error-central-override-reason-required = Укажите причину k меньше 11 через --reason ТЕКСТ. Она записывается в журнал аудита.
error-central-operator-required = Укажите своё имя через --operator ИМЯ: кто это делает, записывается в журнал аудита.
error-central-plain-recipient-required = Для незашифрованного экспорта нужно имя получателя: --plain --recipient ИМЯ.
error-central-bad-export-recipient = Это не получатель age. Он начинается с age1, как его выводит age-keygen.
error-central-export-passphrase-required = Нужна парольная фраза для экспорта. Задайте LANTERN_EXPORT_PASSPHRASE или введите её по запросу.
error-central-export-encryption = Экспорт не удалось зашифровать. Ничего не записано.
error-central-spreadsheet = Таблицу не удалось записать. Ничего не записано.
error-central-unknown-export-format = Это не формат экспорта. Форматы: htcds, ctdc, stats-csv и stats-xlsx.
error-central-unknown-export-purpose = Это не цель экспорта. Цели: sharing (другая организация) и police.

## Interpreter registry (issue 11)
error-field-unknown-interpreter = Переводчика { $id } нет в списке переводчиков на этом ноутбуке. Сначала добавьте переводчика (имя, языки, организация).
error-field-bad-interpreter = Данные переводчика неполные: укажите идентификатор, имя, организацию и хотя бы один язык.

## Persons interviewed more than once (issue 13)
error-central-same-interview = Интервью нельзя связать с самим собой. Укажите два разных интервью.
error-central-already-linked = Эти два интервью уже связаны.
error-central-not-linked = Эти два интервью не связаны: разъединять нечего.

## Online sync (issue 14, device side)

error-sync-no-inbox-certificate = Это устройство подключили к офису до того, как офис смог принимать данные по сети. Импортируйте новый файл регистрации от своего руководителя.
error-sync-bad-inbox-url = Это не адрес приёмного ящика офиса. Он начинается с https:// и заканчивается портом, например https://192.168.1.10:8443.
error-central-bad-inbox-url = Это не адрес приёмного ящика офиса. Он начинается с https:// и заканчивается портом, например https://192.168.1.10:8443.
error-sync-offline = Офис недоступен. Проверьте подключение и попробуйте ещё раз. Ничего не потеряно: записи ждут на этом устройстве.
error-sync-certificate-mismatch = Сервер по этому адресу — не ваш офис: его сертификат не совпадает с указанным в файле регистрации. Ничего не отправлено. Сообщите своему руководителю.
error-sync-device-not-approved = Офис ещё не одобрил это устройство. Попросите руководителя одобрить его и попробуйте снова. Ничего не потеряно.
error-sync-device-revoked = Офис отозвал доступ этого устройства. Ничего не отправлено. Поговорите со своим руководителем.
error-sync-inbox-refused = Офис отклонил отправку. Ничего не потеряно: записи ждут на этом устройстве. Сообщите своему руководителю.
error-sync-connection-lost = Соединение постоянно обрывалось. То, что дошло до офиса, там сохранено; попробуйте снова, чтобы отправить остальное.

## Key shares (issue 16)
error-share-bad-split = При разделении для восстановления должно требоваться не меньше 2 частей ключа и не больше, чем их записывается (всего не более 255).
error-share-unreadable = Это не часть ключа Lantern, или она введена с ошибкой. Проверьте файл части ключа.
error-share-not-enough = Недостаточно разных частей ключа, чтобы восстановить ключ офиса. Попросите других хранителей передать свои части.
error-share-mixed = Эти части ключа получены при разных разделениях или относятся к разным офисам. Используйте части только одного разделения.
error-share-do-not-open = Восстановленный ключ не открывает это хранилище: части ключа или хранилище принадлежат другому офису. Ничего не записано.

## Bundle with bytes appended (issue 16)
error-bundle-trailing-data = В конец этого файла пакета что-то добавлено, поэтому он не импортирован. Скопируйте его заново с ноутбука или флешки.

## A receipt that is not one (issue 16)
error-sync-bad-receipt = Этот файл не является квитанцией вашего центрального офиса или повреждён. Ничего не изменено. Запросите её в офисе ещё раз.
