# Строки интерфейса приложения и командной строки.
# ЧЕРНОВОЙ ПЕРЕВОД с английского: ещё не проверен носителем языка (см. locales/status.toml).

-app-name = Lantern

## General

ui-app-title = { -app-name }
ui-draft-translation = Черновой перевод
ui-draft-translation-hint = Этот перевод ещё не проверен носителем языка. Возможны неточности.
ui-catalogue-unverified = Каталог индикаторов ещё не сверен с публикацией МОТ
ui-fallback-notice = Этого текста нет на языке «{ $requested }». Он показан на языке «{ $used }».
ui-button-ok = ОК
ui-button-cancel = Отмена
ui-button-continue = Продолжить
ui-button-close = Закрыть
ui-button-save = Сохранить

## First run

ui-first-run-title = Настройка { -app-name } на этом ноутбуке
ui-first-run-intro = Всё, что вы записываете, хранится на этом ноутбуке в зашифрованном виде. Выберите пароль, который знаете только вы.
ui-passphrase-label = Пароль
ui-passphrase-repeat-label = Введите пароль ещё раз
ui-passphrase-mismatch = Пароли не совпадают.
ui-passphrase-too-short = { $min ->
    [one] Пароль должен содержать не меньше { $min } символа.
    [few] Пароль должен содержать не меньше { $min } символов.
    [many] Пароль должен содержать не меньше { $min } символов.
   *[other] Пароль должен содержать не меньше { $min } символа.
}
ui-passphrase-strength-weak = Слабый. Используйте несколько не связанных между собой слов, например четыре или пять.
ui-passphrase-strength-fair = Средний. Одно-два слова сделают его надёжнее.
ui-passphrase-strength-strong = Надёжный.
ui-passphrase-hint = Не записывайте пароль на ноутбуке и не храните его рядом с ноутбуком.
ui-first-run-create = Создать зашифрованный профиль
ui-first-run-working = Создаётся зашифрованный профиль. Это займёт несколько секунд.
ui-recovery-key-title = Ключ восстановления
ui-recovery-key-instruction = Запишите или распечатайте этот ключ восстановления и сегодня же передайте его своему руководителю. Не храните его вместе с ноутбуком. Он показывается только один раз.
ui-recovery-key-use = Если пароль будет забыт, руководитель сможет открыть записи с помощью этого ключа.
ui-recovery-key-confirm = Я сегодня передам ключ восстановления своему руководителю.

## Unlock, lock and hiding

ui-unlock-title = Разблокировать { -app-name }
ui-unlock-button = Разблокировать
ui-unlock-wrong-passphrase = Неверный пароль. Попробуйте ещё раз.
ui-unlock-wait = { $seconds ->
    [one] Слишком много попыток. Подождите { $seconds } секунду.
    [few] Слишком много попыток. Подождите { $seconds } секунды.
    [many] Слишком много попыток. Подождите { $seconds } секунд.
   *[other] Слишком много попыток. Подождите { $seconds } секунды.
}
ui-unlock-forgot = Забыли пароль? Попросите у руководителя ключ восстановления.
ui-locked-title = { -app-name } заблокирован
ui-locked-message = Записи защищены. Чтобы продолжить, введите пароль.
ui-lock-now = Заблокировать сейчас
ui-auto-lock-label = Автоматическая блокировка
ui-auto-lock-after = { $minutes ->
    [one] Через { $minutes } минуту бездействия
    [few] Через { $minutes } минуты бездействия
    [many] Через { $minutes } минут бездействия
   *[other] Через { $minutes } минуты бездействия
}
ui-auto-locked = { $minutes ->
    [one] Заблокировано после { $minutes } минуты бездействия.
    [few] Заблокировано после { $minutes } минут бездействия.
    [many] Заблокировано после { $minutes } минут бездействия.
   *[other] Заблокировано после { $minutes } минуты бездействия.
}
ui-quick-hide = Скрыть
ui-quick-hide-hint = Мгновенно скрывает { -app-name } и показывает нейтральный экран. Чтобы вернуться, разблокируйте паролем.
ui-neutral-screen-title = Заметки

## Home

ui-home-title = Интервью
ui-home-drafts = Черновики
ui-home-finished = Завершённые
ui-home-exported = Отправленные
ui-home-empty = Здесь пока нет интервью.
ui-home-count-drafts = { $count ->
    [one] { $count } незавершённое интервью
    [few] { $count } незавершённых интервью
    [many] { $count } незавершённых интервью
   *[other] { $count } незавершённого интервью
}
ui-interview-start = Начать интервью
ui-interview-resume = Продолжить
ui-interview-started = Начато { $date }
ui-interview-updated = Последнее изменение { $date }

## Interview controls (always visible)

ui-stop = СТОП
ui-stop-hint = Немедленно приостановить интервью
ui-pause-title = Интервью приостановлено
ui-pause-reason-label = Почему интервью приостановлено?
ui-pause-reason-interviewee = Она попросила остановиться или ей нужен перерыв
ui-pause-reason-safety = Опасения за безопасность
ui-pause-reason-interruption = Помеха
ui-pause-note-label = Примечание (необязательно, только для вас)
ui-pause-resume = Продолжить интервью
ui-pause-end = Закончить интервью на этом
ui-pause-saved = Ничего не потеряно. Все ответы сохранены.

## Emergency panel

ui-emergency-button = Экстренная помощь
ui-emergency-panel-title = Экстренная помощь
ui-emergency-medical = Неотложная медицинская помощь
ui-emergency-self-harm = Риск самоповреждения
ui-emergency-danger = Непосредственная опасность
ui-emergency-numbers = Местные номера
ui-emergency-no-numbers = В справочнике служб нет местных номеров. Звоните по общему номеру экстренных служб.
ui-emergency-call-hint = Оставайтесь с ней. Не оставляйте её одну.

## Languages

ui-language-interface = Язык интерфейса
ui-language-interview = Язык интервью
ui-language-switch = Сменить язык интервью
ui-language-switch-confirm = Сменить язык интервью на «{ $language }»? Смена и её время будут записаны.
ui-language-interpreter = Переводчик
ui-language-no-interpreter = Без переводчика
ui-language-switched = Язык интервью изменён: был «{ $from }», стал «{ $to }».
ui-language-interpreter-refused = Она не хочет работать с этим переводчиком

## Interpreter view

ui-interpreter-view-title = Экран переводчика
ui-interpreter-view-for-you = Для вас ({ $language })
ui-interpreter-view-read-aloud = Читать вслух ({ $language })
ui-interpreter-view-interviewer-only = Только для интервьюера. Не читать вслух.
ui-interpreter-view-fallback = Нет на языке «{ $requested }». Показано на языке «{ $used }»: переведите устно.

## Answering

ui-answer-dont-know = Не знаю
ui-answer-declined = Предпочитает не отвечать
ui-answer-next = Далее
ui-answer-back = Назад
ui-answer-edit = Изменить ответ
ui-answer-needed = Дайте ответ или выберите «Не знаю» или «Предпочитает не отвечать».
ui-progress-section = Раздел { $section } из { $total }
ui-progress-answered = { $count ->
    [one] Отвечен { $count } вопрос
    [few] Отвечено { $count } вопроса
    [many] Отвечено { $count } вопросов
   *[other] Отвечено { $count } вопроса
}

## Review

ui-review-title = Проверка ответов
ui-review-unanswered = { $count ->
    [one] Без ответа остался { $count } вопрос.
    [few] Без ответа осталось { $count } вопроса.
    [many] Без ответа осталось { $count } вопросов.
   *[other] Без ответа осталось { $count } вопроса.
}
ui-review-edit-section = Изменить этот раздел
ui-review-finish = Завершить интервью
ui-review-finish-confirm = Завершить интервью? Ответы можно будет исправить и позже; каждое изменение записывается.

## Assessment screen

ui-assessment-screen-title = Результат скрининга
ui-assessment-screen-privacy = Показывайте это только после того, как она отошла от экрана.
ui-assessment-screen-show = Показать результат
ui-assessment-screen-not-verdict = Это скрининг для направления к помощи. Это не решение о том, что с ней произошло.
ui-assessment-screen-assistance = Предложите помощь в любом случае. Помощь никогда не зависит от этого результата.
ui-assessment-screen-rule-version = Версия правил { $version }
ui-assessment-screen-indicators = Индикаторы
ui-assessment-screen-evidence = На основании ответов
ui-assessment-screen-unknown = Неизвестно

## Referral directory

ui-referral-title = Справочник служб помощи
ui-referral-last-verified = Последняя проверка { $date }
ui-referral-outdated = Эта запись проверялась больше года назад. Уточните номер, прежде чем на него полагаться.
ui-referral-languages = Языки
ui-referral-conflict-hidden = Подразделения, отмеченные из-за конфликта интересов, не показаны.

## Export and import

ui-export-title = Отправка в центральный офис
ui-export-button = Создать пакет для синхронизации
ui-export-choose-location = Выберите, куда сохранить пакет, например на USB-накопитель или в общую папку.
ui-export-done = { $count ->
    [one] В пакет сохранена { $count } запись.
    [few] В пакет сохранены { $count } записи.
    [many] В пакет сохранено { $count } записей.
   *[other] В пакет сохранено { $count } записи.
}
ui-export-nothing = Нет ничего нового для отправки.
ui-export-encrypted = Пакет зашифрован. Открыть его может только центральный офис; этот ноутбук не может.
ui-import-title = Импорт пакетов
ui-import-done = { $count ->
    [one] Импортирована { $count } запись.
    [few] Импортированы { $count } записи.
    [many] Импортировано { $count } записей.
   *[other] Импортировано { $count } записи.
}
ui-import-already = Этот пакет уже был импортирован. Ничего не изменилось.
ui-import-gap = Не хватает пакетов с устройства { $device }: ожидался номер { $expected }, получен номер { $received }.
ui-purge-offer = Центральный офис подтвердил получение записей. Теперь их можно удалить с этого ноутбука.
ui-purge-button = Удалить отправленные записи

## Command line: lantern locales

cli-locales-title = Проверка локализаций в { $dir }
cli-locales-summary = { $locale }: { $messages ->
    [one] { $messages } сообщение
    [few] { $messages } сообщения
    [many] { $messages } сообщений
   *[other] { $messages } сообщения
}, статус: { $status }, { $findings ->
    [one] { $findings } замечание
    [few] { $findings } замечания
    [many] { $findings } замечаний
   *[other] { $findings } замечания
}
cli-locales-status-source = исходный
cli-locales-status-draft = черновик
cli-locales-status-reviewed = проверен
cli-locales-status-unknown = нет в файле статусов
cli-locales-clean = Замечаний нет.
cli-locales-failed = { $count ->
    [one] { $count } замечание.
    [few] { $count } замечания.
    [many] { $count } замечаний.
   *[other] { $count } замечания.
}
cli-locales-derived = { $count ->
    [one] sr-Latn пересоздан: изменён { $count } файл.
    [few] sr-Latn пересоздан: изменено { $count } файла.
    [many] sr-Latn пересоздан: изменено { $count } файлов.
   *[other] sr-Latn пересоздан: изменено { $count } файла.
}
cli-locales-derive-unchanged = sr-Latn уже актуален.

## Locale check findings

lint-syntax-error = Файл не читается как Fluent.
lint-missing-message = Нет сообщения, которое есть в других языках.
lint-file-missing = Нет файла, который есть в других языках.
lint-empty-value = Сообщение пустое.
lint-placeable-mismatch = Переменные не совпадают с английским текстом.
lint-required-missing = Нет сообщения, нужного приложению.
lint-duplicate-message = Сообщение определено дважды.
lint-status-missing = Языка нет в файле статусов.
lint-status-invalid = Файл статусов недействителен.
lint-sr-latn-mismatch = Сербский файл на латинице не совпадает с транслитерацией кириллического.
lint-isolation-mark = В файле есть невидимый знак направления текста.
lint-unknown-locale = Эта папка не соответствует поддерживаемому языку.
lint-locale-missing = У поддерживаемого языка нет папки.

## Desktop app screens (the ids in ui/strings.txt)

ui-answer-confirm-choices = Подтвердить выбор
ui-answer-number-label = Число
ui-answer-text-hint = Ctrl+Enter действует так же, как кнопка «Далее».
ui-answer-text-label = Ответ
ui-assessment-catalogue = Версия каталога индикаторов
ui-assessment-conflict-title = Конфликт интересов.
ui-assessment-dimensions = Измерения
ui-assessment-language-timeline = Языки интервью
ui-assessment-left-confirm = Она отошла от экрана: показать результат
ui-assessment-no-indicators = В полученных ответах индикаторы не найдены.
ui-assessment-not-counted = Не учитывается правилом
ui-assessment-profile-adult = Взрослая
ui-assessment-profile-child = Ребёнок (младше 18 лет)
ui-assessment-right = Право
ui-assessment-right-explained = Разъяснено
ui-assessment-right-understood = Она поняла
ui-assessment-rights = Её права
ui-assessment-rule = Версия правил
ui-auto-lock-minutes-label = Блокировать автоматически через столько минут бездействия
ui-auto-locked-message = Заблокировано после периода бездействия. Чтобы продолжить, введите пароль.
ui-card-started = Начато
ui-card-updated = Последнее изменение
ui-child-pathway-title = Порядок работы с детьми: к ней относятся как к лицу младше 18 лет
ui-complete-hint = Пройдите ответы вместе с ней и исправьте всё, что неверно.
ui-complete-title = Все вопросы заданы
ui-controls-label = Управление интервью
ui-date-day = День
ui-date-hint = Достаточно года. Месяц и день добавляйте, только если она их знает.
ui-date-month = Месяц
ui-date-year = Год
ui-dimension-negative = Не выполнено по полученным ответам
ui-dimension-positive = Выполнено
ui-dimension-unresolved = Открыто: не хватает некоторых ответов
ui-emergency-triggered = Следует из ответов
ui-fallback-badge = Нет перевода
ui-gate-go-back = Вернуться и изменить ответ
ui-gate-hint = Вернитесь и измените один из прежних ответов или приостановите интервью кнопкой СТОП.
ui-gate-title = Интервью пока нельзя продолжить
ui-go-home = Все интервью
ui-insecure-test-profile = Тестовый профиль: слабая защита ключа
ui-interpreter-view-for-you-label = Для вас
ui-interpreter-view-read-aloud-label = Читать вслух
ui-language-interpreter-optional = Необязательно: идентификатор переводчика в реестре.
ui-language-switch-confirm-button = Сменить язык
ui-language-switch-recorded = Смена, её время и переводчик записываются.
ui-language-switch-to = Новый язык интервью
ui-locked-expired = Записи были заблокированы. Чтобы продолжить, введите пароль.
ui-neutral-menu = Меню
ui-no = Нет
ui-optional = (необязательно)
ui-prefilled-change-hint = Если это уже неверно, выберите другой ответ ниже.
ui-prefilled-confirm = Подтвердить этот ответ
ui-prefilled-title = Ответ из прежней записи
ui-progress-label = Ход интервью
ui-question-observation = Ваше наблюдение
ui-referral-directory-example = В справочнике служб помощи только примеры. Это не настоящие контакты; не полагайтесь на эти номера.
ui-referral-example = Пример, не настоящий контакт
ui-referral-last-checked = Последняя проверка
ui-referral-none = В справочнике служб помощи нет подходящей организации.
ui-repeat-recorded = Записано на данный момент
ui-review-back-to-interview = Вернуться к вопросам
ui-review-incomplete = На некоторые вопросы ещё нет ответа.
ui-status-draft = В работе
ui-status-exported = Отправлено
ui-status-finished = Завершено
ui-status-purged = Удалено после отправки
ui-status-stopped = Приостановлено
ui-tier-medium = Средний
ui-tier-strong = Сильный
ui-tier-weak = Слабый
ui-understood-no = Нет
ui-understood-unknown = Неизвестно
ui-understood-yes = Да
ui-unlock-opening = Записи открываются.
ui-unlock-working = Пароль проверяется. Это займёт несколько секунд.
ui-yes = Да

## Interview screens and assessment (lantern-field view-models)

ui-child-pathway-banner = К ней относятся как к ребёнку. Нужно записать законного представителя и социального работника.
ui-repeat-add = Добавить ещё одну часть пути
ui-repeat-done = Больше частей пути нет

## Referral services (service tags of the referral directory)

service-shelter = Приют
service-counselling = Психологическая помощь
service-medical = Медицинская помощь
service-legal = Юридическая помощь
service-return = Добровольное возвращение
service-child-protection = Защита детей
service-emergency = Экстренные службы
service-helpline = Телефон доверия
service-police = Полиция

## Supervisor mode (central office)

ui-central-office-entry = Центральный офис
ui-supervisor-unlock-title = Центральный офис
ui-supervisor-unlock-intro = Режим руководителя: импорт пакетов с полевых устройств и проверка интервью. Пока центральный офис открыт, полевой профиль остаётся заблокированным.
ui-supervisor-passphrase-label = Парольная фраза центрального офиса
ui-supervisor-unlock-button = Открыть центральный офис
ui-supervisor-no-home = На этом компьютере нет центрального офиса. Администратор создаёт его командой lantern-central init.
ui-supervisor-back-to-field = Вернуться в полевой режим
ui-supervisor-title = Центральный офис
ui-supervisor-import-title = Импорт пакетов
ui-supervisor-import-inbox = Импортировать входящую папку
ui-supervisor-import-files = Выбрать файлы пакетов
ui-supervisor-inbox-label = Входящая папка
ui-supervisor-import-progress = Ход импорта
ui-supervisor-import-none = Файлы пакетов не найдены.
ui-supervisor-import-interrupted = Импорт остановлен, потому что центральный офис был заблокирован.
ui-supervisor-outcome-imported = Импортирован
ui-supervisor-outcome-duplicate = Уже импортирован
ui-supervisor-outcome-rejected = Не импортирован
ui-supervisor-records-applied = Новые или обновлённые записи
ui-supervisor-review-title = Интервью
ui-supervisor-review-empty = Интервью ещё не импортировались.
ui-supervisor-col-interview = Интервью
ui-supervisor-col-device = Устройство
ui-supervisor-col-received = Получено
ui-supervisor-col-result = Результат
ui-supervisor-col-profile = Возрастная группа
ui-supervisor-col-state = Проверка
ui-supervisor-conflict = Проверить
ui-supervisor-conflicts-title = Версии для проверки (не применены)
ui-supervisor-conflict-revision-conflict = Пришли две разные версии одной и той же редакции. Сохранена действующая версия; другая находится в истории.
ui-supervisor-conflict-foreign-device = Другое устройство прислало запись с тем же идентификатором. Она не применена.
ui-supervisor-conflict-older-revision = Более старая версия пришла после более новой. Сохранена более новая версия; старая находится в истории.
ui-supervisor-state-label = Статус проверки
ui-supervisor-state-new = Новое
ui-supervisor-state-reviewed = Проверено
ui-supervisor-state-follow-up = Требует дальнейших действий
ui-supervisor-note-label = Заметка руководителя
ui-supervisor-note-hint = Хранится только в зашифрованном хранилище центрального офиса; никогда не отправляется на устройства.
ui-supervisor-save = Сохранить проверку
ui-supervisor-saved = Сохранено.
ui-supervisor-select-hint = Выберите интервью, чтобы увидеть его оценку.
ui-supervisor-detail-title = Интервью
ui-supervisor-revision = Редакция
ui-supervisor-answers = Ответы
ui-supervisor-no-result = Нет результата

## Her consent after the interview: withdrawal per purpose (issue 10)
ui-consent-open = Согласие
ui-consent-title = Её согласие по каждой цели
ui-consent-intro = Она может в любой момент отозвать согласие на любую цель. Отзыв записывается на этом ноутбуке и передаётся в центральный офис со следующим экспортом. Здесь его нельзя отменить.
ui-consent-purpose-assistance = Организация помощи для неё
ui-consent-purpose-sharing = Передача её дела названным ей организациям
ui-consent-purpose-police = Передача сведений в полицию
ui-consent-purpose-statistics = Анонимный учёт её случая в статистике
ui-consent-value-yes = Согласна
ui-consent-value-no = Отказалась или отозвала
ui-consent-value-unknown = Неизвестно (считается как несогласие)
ui-consent-withdraw = Отозвать
ui-consent-withdraw-confirm = Отозвать её согласие на эту цель? Отзыв записывается сейчас, и здесь его нельзя отменить.
ui-consent-withdraw-yes = Записать отзыв
ui-consent-withdrawn = Отзыв записан: { $purpose }. Он будет передан в центральный офис со следующим экспортом.
ui-consent-withdrawn-identity = Отзыв записан: { $purpose }. Её идентифицирующие ответы больше не покидают этот ноутбук, а центральный офис удалит свою копию, когда получит следующий экспорт.
ui-consent-already-no = { $purpose }: уже отказано или отозвано. Ничего не изменено.
ui-consent-identity-stays = Её идентифицирующие ответы остаются на этом ноутбуке: она не согласилась одновременно на помощь и на передачу.
ui-consent-identity-travels = Её идентифицирующие ответы будут переданы в центральный офис со следующим экспортом, запечатанными и отдельно от дела.

## Emergencies signalled by an answer (issue 11)
ui-emergency-alert = Её ответ указывает на опасность. Действуйте сейчас: номера ниже.
ui-assessment-emergencies = Опасность, отмеченная в этом интервью
ui-assessment-emergency-shown = Экстренные контакты показаны сразу
ui-numbers-to-call = Номера, по которым она может позвонить сейчас или позже

## Interpreter registry (issue 11)
ui-interpreter-new = Новый переводчик: добавьте его в список
ui-interpreter-name = Имя
ui-interpreter-languages = Языки, с которыми он работает (например: ro, ru)
ui-interpreter-organisation = Организация

## Desktop walk-through fixes (issue 18, desk): locale lint
lint-note-read-aloud = Текст, который читают ей вслух, содержит в скобках заметку о ней: перенесите её в подсказку.
ui-supervisor-col-status = Статус
ui-supervisor-provisional = Предварительно
ui-supervisor-provisional-note = Интервью не завершено: этот результат предварительный и основан на ответах, данных до сих пор.
ui-answer-number-range = Допустимый диапазон
ui-answer-keys-hint = Клавиши: 1–9 выбирают вариант, Y да, N нет, D не знаю.

## Recovery with the recovery key (issue 18)
ui-recovery-open = Использовать ключ восстановления
ui-recovery-title = Задать новую парольную фразу с помощью ключа восстановления
ui-recovery-new-label = Новая парольная фраза
ui-recovery-button = Задать новую парольную фразу и разблокировать

## The central office from the field laptop: enrolment, Send now, USB stick, receipts (issues 14, 18)
ui-office-title = Центральный офис
ui-office-not-enrolled = Этот ноутбук ещё не подключён к центральному офису. Выберите файл регистрации, который вам дал руководитель.
ui-office-enrol = Выбрать файл регистрации
ui-office-connected = Подключено к центральному офису { $node }.
ui-office-device-key = Для вашего руководителя: чтобы одобрить этот ноутбук
ui-office-due = Интервью, ожидающие отправки: { $count }
ui-office-identity-withheld = Из них интервью, чьи идентифицирующие ответы остаются на этом ноутбуке: { $count }
ui-office-consent-changes = Отзывы согласия, ожидающие отправки: { $count }
ui-office-waiting = Прерванные ранее отправки, которые нужно завершить: { $count }
ui-office-url = Адрес приёмного ящика офиса
ui-office-send = Отправить сейчас
ui-office-send-hint = Lantern отправляет данные, только когда вы нажимаете эту кнопку, и никогда — в фоновом режиме. Всё отправляется запечатанным: открыть это может только центральный офис.
ui-office-sending = Отправка в центральный офис
ui-office-sent = Отправлено: { $sent }. Подтверждено офисом: { $acknowledged }. Удалено с этого ноутбука после подтверждения: { $purged }.
ui-office-nothing-sent = Ничего не ожидало отправки, поэтому ничего не отправлено.
ui-office-no-online = Этот файл регистрации не позволяет отправлять данные по сети. Используйте USB-накопитель или попросите у руководителя более новый файл регистрации.
ui-office-usb = Без сети
ui-office-export = Записать на USB-накопитель или в папку
ui-office-written = Записано: { $file } (записей в файле: { $records }). Отнесите его в офис; квитанция вернётся тем же путём.
ui-office-receipts = Прочитать квитанции из офиса
ui-office-receipts-applied = Прочитано квитанций: { $applied }. Удалено с этого ноутбука после подтверждения: { $purged }.
ui-office-receipt-refused = Не прочитано

## Crypto-erase of the profile (issue 16)
ui-erase-open = Стереть профиль этого ноутбука
ui-erase-title = Стереть профиль этого ноутбука
ui-erase-explain = Всё, что Lantern хранит на этом ноутбуке, немедленно уничтожается: сначала ключ, затем все файлы. Интервью, получение которых центральный офис не подтвердил, будут потеряны. Никто, даже ваш руководитель, не сможет их восстановить.
ui-erase-understood = Я понимаю, что это нельзя отменить
ui-erase-confirm = Стереть сейчас

## Field laptops in supervisor mode: approve, revoke (issues 14, 18)
ui-supervisor-devices-title = Полевые ноутбуки
ui-supervisor-devices-empty = Ни один ноутбук ещё не одобрен.
ui-supervisor-device-approved = Одобрено
ui-supervisor-device-revoked = Доступ отозван
ui-supervisor-device-bundles = Получено пакетов
ui-supervisor-device-approved-at = Дата одобрения
ui-supervisor-device-revoked-at = Дата отзыва доступа
ui-supervisor-device-missing = Пакеты, которые так и не пришли (номера)
ui-supervisor-device-approve-title = Одобрение ноутбука
ui-supervisor-device-id = Идентификатор устройства (dev-…), как его показывает ноутбук
ui-supervisor-device-key = Его ключ (lantern-device-pk1…) или отпечаток ключа, как его показывает ноутбук
ui-supervisor-device-approve = Одобрить
ui-supervisor-device-approved-done = Одобрено. Теперь ноутбук может отправлять данные.
ui-supervisor-device-revoke = Отозвать доступ
ui-supervisor-device-revoke-explain = С этого момента офис отклоняет все пакеты с этого ноутбука. Сделайте это, если ноутбук потерян или его забрали. Это нельзя отменить: ноутбук придётся зарегистрировать заново как новое устройство.

## The supervisor reads the case (issue 18)
ui-supervisor-case-answers = Её ответы в том порядке, в котором задавались вопросы
ui-supervisor-case-observation = Наблюдение интервьюера
