# Сообщения программ командной строки `lantern` (полевая работа) и `lantern-central` (центральный офис).
# ЧЕРНОВОЙ ПЕРЕВОД с английского: ещё не проверен носителем языка.
# Параметры (--profile), имена переменных (LANTERN_PROFILE) и команды не переводятся.
# Приглашения ко вводу заканчиваются на «:»; пробел после него добавляет программа.

## Приглашения ко вводу

cli-prompt-passphrase = Пароль:
cli-prompt-new-passphrase = Новый пароль:
cli-prompt-repeat-passphrase = Повторите пароль:
cli-prompt-current-passphrase = Текущий пароль:
cli-prompt-recovery-key = Ключ восстановления:
cli-prompt-central-passphrase = Пароль центрального офиса:
cli-prompt-new-central-passphrase = Новый пароль центрального офиса:

## Полевой профиль (lantern)

cli-profile-created = Профиль создан в { $dir }
cli-device-id = Идентификатор устройства: { $id }
cli-recovery-key-instruction = Ключ восстановления (показывается только один раз): запишите его сейчас и сегодня же передайте своему руководителю. Не храните его вместе с этим ноутбуком. Если пароль будет забыт, руководитель сможет открыть записи с помощью этого ключа.
cli-status-interviews = Интервью: { $total } (черновики: { $drafts }, завершённые: { $finished }, отправленные: { $exported })
cli-status-insecure-kdf = Внимание: этот профиль использует небезопасные тестовые параметры формирования ключа. Не используйте его для настоящих интервью.
cli-passphrase-changed = Пароль изменён.

## Синхронизация (lantern enrol, export)

cli-enrolled = Устройство зарегистрировано в центральном офисе { $node }
cli-enrol-central-key = Отпечаток центрального ключа: { $value }
cli-enrol-recipient-key = Отпечаток ключа получателя: { $value }
cli-enrol-purge = После подтверждения получения: { $value }
cli-enrol-device-key = Ключ этого устройства: { $value }
cli-enrol-device-fingerprint = Отпечаток этого устройства: { $value }
cli-purge-after-receipt = ответы удаляются с устройства, как только центральный офис подтвердит их получение
cli-purge-never = ответы остаются на устройстве
cli-exported = { $records ->
    [one] Пакет { $bundle } (номер { $seq }, { $records } запись)
    [few] Пакет { $bundle } (номер { $seq }, { $records } записи)
    [many] Пакет { $bundle } (номер { $seq }, { $records } записей)
   *[other] Пакет { $bundle } (номер { $seq }, { $records } записи)
}

## Проверка анкеты и данные для оценки

cli-questionnaire-valid = { $file }: ошибок нет. Анкета { $id }, версия { $version }; модулей: { $modules }, вопросов: { $questions }.
cli-standard-input = стандартный ввод
cli-script-step = Шаг { $step } сценария

## Центральный офис (lantern-central)

cli-central-created = Центральный офис создан в { $dir }
cli-central-node-id = Идентификатор узла: { $value }
cli-central-key = Отпечаток центрального ключа: { $value }
cli-central-recipient-key = Отпечаток ключа получателя: { $value }
cli-central-purge = Что делают устройства после подтверждения получения: { $value }
cli-central-enrolment-file = Файл регистрации для устройств: { $file }
cli-central-recovery-key-instruction = Ключ восстановления (показывается только один раз): запишите его сейчас и передайте руководителю, отвечающему за этот центральный офис. Храните его отдельно от пароля: с его помощью можно открыть центральный офис, если пароль будет забыт.
cli-device-approved = одобрено
cli-device-revoked = доступ отозван
cli-device-key-not-pinned = (ключ ещё не закреплён: он берётся из первого пакета, ключ которого имеет этот отпечаток)
cli-device-row = { $device }  { $status }  { $fingerprint }  пакетов: { $bundles }
cli-review-row = { $interview }  редакция { $revision }  { $state }  { $result }
cli-review-no-result = нет результата
cli-review-in-queue = в очереди на проверку

## Ошибки, которые программы командной строки объясняют своими словами

cli-error-no-profile = Не указана папка профиля: используйте --profile ПАПКА или задайте LANTERN_PROFILE.
cli-error-no-central-home = Не указана папка центрального офиса: используйте --home ПАПКА или задайте LANTERN_CENTRAL_HOME.
cli-error-no-passphrase = Нет пароля: задайте { $variable } или запустите команду в терминале.
cli-error-passphrase-mismatch = Пароли не совпадают. Ничего не изменено.
cli-error-terminal = Не удалось прочитать ввод из терминала.
cli-error-read = Не удаётся прочитать { $path }.
cli-error-write = Не удаётся записать { $path }.
cli-error-internal = Непредвиденная внутренняя ошибка. Пожалуйста, сообщите о ней вместе с кодом.
cli-error-unknown-language = «{ $lang }» не входит в число языков Lantern. Доступны: { $available }.
cli-error-locales = Не удалось прочитать файлы локализации, или они недействительны.
cli-error-assess-no-input = Укажите --indicators ФАЙЛ или --answers ФАЙЛ.
cli-error-observations-json = { $file } не является действительным файлом наблюдений (JSON).
cli-error-answers-json = { $file } не является действительным файлом ответов.
cli-error-unknown-question = { $file }: неизвестный идентификатор вопроса { $question }.
cli-error-unknown-indicator = { $count ->
    [one] Неизвестный идентификатор индикатора: { $ids }. В каталоге есть DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 и AVD1–AVD7.
   *[other] Неизвестные идентификаторы индикаторов: { $ids }. В каталоге есть DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 и AVD1–AVD7.
}
cli-error-unknown-evidence-indicator = { $count ->
    [one] Указаны основания для неизвестного идентификатора индикатора: { $ids }.
   *[other] Указаны основания для неизвестных идентификаторов индикаторов: { $ids }.
}
cli-error-catalogue-unreadable = Не удалось прочитать каталог индикаторов.
cli-error-catalogue-invalid = Каталог индикаторов недействителен.
cli-error-script-json = { $file } не является действительным сценарием интервью.
cli-error-questionnaire-problems = { $count ->
    [one] { $file }: найдена { $count } проблема.
    [few] { $file }: найдены { $count } проблемы.
    [many] { $file }: найдено { $count } проблем.
   *[other] { $file }: найдено { $count } проблемы.
}
cli-error-bad-device-key = Ключ устройства, указанный в --key, недействителен.

## Consent withdrawal and identity kept apart (issue 10, device side)
cli-export-identity-withheld = Интервью { $id }: её идентифицирующие данные остаются на этом устройстве (она не дала согласия и на помощь, и на передачу данных). Центральный офис получит дело без них.
cli-consent-withdrawn = Интервью { $id }: отзыв согласия ({ $purpose }) записан. Он будет отправлен в центральный офис со следующим экспортом.
cli-consent-already-no = Интервью { $id }: согласие ({ $purpose }) уже было отклонено или отозвано. Ничего не изменено.

## Central office: case records, consent, identity views, bound device approval (issue 10)

cli-device-not-bound = (одобрено без ключа: пакеты не принимаются, пока устройство не одобрят снова с --key или --fingerprint)
cli-record-head = { $interview }  редакция { $revision }  с { $device }  ответов: { $answers }  { $state }
cli-record-consent = Согласие: помощь { $assistance }, передача организациям { $sharing }, полиция { $police }, статистика { $statistics }
cli-consent-yes = да
cli-consent-no = нет
cli-consent-unknown = неизвестно
cli-record-identity-withheld = Идентифицирующие данные не показаны. Чтобы их увидеть: --with-identity --reason ТЕКСТ (просмотр записывается в журнал аудита).
cli-record-identity-none = Для этого интервью идентифицирующие данные не хранятся (их не прислали, или её согласие не позволило их хранить). Запрос записан в журнал аудита.
cli-record-identity = Идентифицирующие данные (этот просмотр записан в журнал аудита):
cli-record-no-value = (нет значения)
cli-audit-verified = Цепочка журнала аудита не нарушена; записей: { $count }

## Statistics and exports (issue 12)
cli-stats-heading = Интервью с согласием на анонимную статистику; числа меньше { $k } не показываются.
cli-stats-count = число
cli-stats-total = всего
cli-stats-suppressed-note = <{ $k }: меньше { $k } интервью, или скрыто, чтобы малое число нельзя было вычислить из итогов.
cli-stats-total-not-sum = Одно интервью может учитываться при нескольких значениях этой таблицы: итог — число интервью, а не сумма чисел.
cli-export-plain-warning = Внимание: { $file } записывается без шифрования, для { $recipient }. Любой, кто получит файл, сможет его прочитать. Передайте его лично и удалите, когда он больше не нужен.
cli-prompt-export-passphrase = Парольная фраза для файла экспорта:

## Persons interviewed more than once (issue 13)
cli-persons-candidate = { $a }  { $b }  оценка { $score }

## Audit log verification (issue 16)

cli-audit-sound = Журнал аудита: записей { $count }, цепочка с ключом не нарушена.
cli-audit-broken-deleted = Журнал аудита нарушен на записи { $position }: запись перед ней удалена.
cli-audit-broken-edited = Журнал аудита нарушен на записи { $position }: запись изменена после того, как была сделана.
cli-audit-broken-reordered = Журнал аудита нарушен на записи { $position }: записи переставлены; эта была сделана на другом месте.
cli-audit-broken-inserted = Журнал аудита нарушен на записи { $position }: запись добавлена извне журнала.
cli-audit-broken-clock-rollback = Журнал аудита нарушен на записи { $position }: она датирована раньше одной из предыдущих записей (часы переведены назад).
cli-audit-broken-truncated = Журнал аудита нарушен на записи { $position }: журнал короче того, что он показывал при экспорте, или отличается от него.

## Online sync and the inbox (issue 14)

cli-error-listen = Невозможно слушать на { $path }. Не занят ли этот порт другой программой?
cli-central-inbox-certificate = Отпечаток сертификата приёмного ящика: { $value }
cli-sync-acknowledged = Офис получил пакет { $bundle } и прислал квитанцию.

## The office's key in shares, and a home rebuilt from them (issue 16)
cli-central-share-file = Lantern: одна часть ключа центрального офиса (часть { $number } из { $total }; любые { $threshold } из них восстанавливают офис).
    Храните её отдельно от ноутбука офиса и от других частей ключа. Сама по себе она ничего не раскрывает.
    Для восстановления: lantern-central --home НОВАЯ-ПАПКА recover --from КОПИЯ-central.db --shares ФАЙЛ...
cli-central-shares-written = Записано файлов с частями ключа: { $total }; любые { $threshold } из них восстанавливают ключ офиса. Раздайте файлы разным людям, по одному каждому, и удалите эту папку.
cli-central-restored = Центральный офис восстановлен в { $dir }

## Crypto-erase of a field profile (issue 16)
cli-erase-unconfirmed = Стирание нельзя отменить: интервью, которые ещё не попали в центральный офис, будут потеряны. Чтобы стереть профиль, запустите команду снова с --confirm.
cli-erased = Профиль в { $dir } стёрт. Больше никто не сможет его открыть.
