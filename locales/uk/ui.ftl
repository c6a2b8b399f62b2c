# Рядки інтерфейсу застосунку та командного рядка.
# ЧЕРНЕТКА ПЕРЕКЛАДУ з англійської: ще не перевірена носієм мови (див. locales/status.toml).

-app-name = Lantern

## General

ui-app-title = { -app-name }
ui-draft-translation = Чернетка перекладу
ui-draft-translation-hint = Цей переклад ще не перевірив носій мови. Можливі неточності.
ui-catalogue-unverified = Каталог індикаторів ще не звірено з публікацією МОП
ui-fallback-notice = Цього тексту немає мовою «{ $requested }». Його показано мовою «{ $used }».
ui-button-ok = Гаразд
ui-button-cancel = Скасувати
ui-button-continue = Продовжити
ui-button-close = Закрити
ui-button-save = Зберегти

## First run

ui-first-run-title = Налаштування { -app-name } на цьому ноутбуці
ui-first-run-intro = Усе, що ви записуєте, зберігається на цьому ноутбуці в зашифрованому вигляді. Оберіть пароль, який знаєте тільки ви.
ui-passphrase-label = Пароль
ui-passphrase-repeat-label = Введіть пароль ще раз
ui-passphrase-mismatch = Паролі не збігаються.
ui-passphrase-too-short = { $min ->
    [one] Пароль має містити щонайменше { $min } символ.
    [few] Пароль має містити щонайменше { $min } символи.
    [many] Пароль має містити щонайменше { $min } символів.
   *[other] Пароль має містити щонайменше { $min } символу.
}
ui-passphrase-strength-weak = Слабкий. Використайте кілька не пов’язаних між собою слів, наприклад чотири або п’ять.
ui-passphrase-strength-fair = Середній. Одне-два слова зроблять його надійнішим.
ui-passphrase-strength-strong = Надійний.
ui-passphrase-hint = Не записуйте пароль на ноутбуці й не зберігайте його поруч із ноутбуком.
ui-first-run-create = Створити зашифрований профіль
ui-first-run-working = Створюється зашифрований профіль. Це триватиме кілька секунд.
ui-recovery-key-title = Ключ відновлення
ui-recovery-key-instruction = Запишіть або роздрукуйте цей ключ відновлення і сьогодні ж передайте його своєму керівникові. Не зберігайте його разом із ноутбуком. Його показано лише один раз.
ui-recovery-key-use = Якщо пароль забудуть, керівник зможе відкрити записи за допомогою цього ключа.
ui-recovery-key-confirm = Я сьогодні передам ключ відновлення своєму керівникові.

## Unlock, lock and hiding

ui-unlock-title = Розблокувати { -app-name }
ui-unlock-button = Розблокувати
ui-unlock-wrong-passphrase = Неправильний пароль. Спробуйте ще раз.
ui-unlock-wait = { $seconds ->
    [one] Забагато спроб. Зачекайте { $seconds } секунду.
    [few] Забагато спроб. Зачекайте { $seconds } секунди.
    [many] Забагато спроб. Зачекайте { $seconds } секунд.
   *[other] Забагато спроб. Зачекайте { $seconds } секунди.
}
ui-unlock-forgot = Забули пароль? Попросіть у керівника ключ відновлення.
ui-locked-title = { -app-name } заблоковано
ui-locked-message = Записи захищено. Щоб продовжити, введіть пароль.
ui-lock-now = Заблокувати зараз
ui-auto-lock-label = Автоматичне блокування
ui-auto-lock-after = { $minutes ->
    [one] Після { $minutes } хвилини бездіяльності
    [few] Після { $minutes } хвилин бездіяльності
    [many] Після { $minutes } хвилин бездіяльності
   *[other] Після { $minutes } хвилини бездіяльності
}
ui-auto-locked = { $minutes ->
    [one] Заблоковано після { $minutes } хвилини бездіяльності.
    [few] Заблоковано після { $minutes } хвилин бездіяльності.
    [many] Заблоковано після { $minutes } хвилин бездіяльності.
   *[other] Заблоковано після { $minutes } хвилини бездіяльності.
}
ui-quick-hide = Сховати
ui-quick-hide-hint = Миттєво ховає { -app-name } і показує нейтральний екран. Щоб повернутися, розблокуйте паролем.
ui-neutral-screen-title = Нотатки

## Home

ui-home-title = Інтерв’ю
ui-home-drafts = Чернетки
ui-home-finished = Завершені
ui-home-exported = Надіслані
ui-home-empty = Тут поки немає інтерв’ю.
ui-home-count-drafts = { $count ->
    [one] { $count } незавершене інтерв’ю
    [few] { $count } незавершені інтерв’ю
    [many] { $count } незавершених інтерв’ю
   *[other] { $count } незавершеного інтерв’ю
}
ui-interview-start = Почати інтерв’ю
ui-interview-resume = Продовжити
ui-interview-started = Розпочато { $date }
ui-interview-updated = Остання зміна { $date }

## Interview controls (always visible)

ui-stop = СТОП
ui-stop-hint = Негайно призупинити інтерв’ю
ui-pause-title = Інтерв’ю призупинено
ui-pause-reason-label = Чому інтерв’ю призупинено?
ui-pause-reason-interviewee = Вона попросила зупинитися або їй потрібна перерва
ui-pause-reason-safety = Побоювання щодо безпеки
ui-pause-reason-interruption = Перешкода
ui-pause-note-label = Примітка (необов’язково, лише для вас)
ui-pause-resume = Продовжити інтерв’ю
ui-pause-end = Завершити інтерв’ю на цьому
ui-pause-saved = Нічого не втрачено. Усі відповіді збережено.

## Emergency panel

ui-emergency-button = Екстрена допомога
ui-emergency-panel-title = Екстрена допомога
ui-emergency-medical = Невідкладна медична допомога
ui-emergency-self-harm = Ризик самоушкодження
ui-emergency-danger = Безпосередня небезпека
ui-emergency-numbers = Місцеві номери
ui-emergency-no-numbers = У довіднику служб немає місцевих номерів. Телефонуйте на загальний номер екстрених служб.
ui-emergency-call-hint = Залишайтеся з нею. Не залишайте її саму.

## Languages

ui-language-interface = Мова інтерфейсу
ui-language-interview = Мова інтерв’ю
ui-language-switch = Змінити мову інтерв’ю
ui-language-switch-confirm = Змінити мову інтерв’ю на «{ $language }»? Зміну та її час буде записано.
ui-language-interpreter = Перекладач
ui-language-no-interpreter = Без перекладача
ui-language-switched = Мову інтерв’ю змінено: була «{ $from }», стала «{ $to }».
ui-language-interpreter-refused = Вона не хоче працювати з цим перекладачем

## Interpreter view

ui-interpreter-view-title = Екран перекладача
ui-interpreter-view-for-you = Для вас ({ $language })
ui-interpreter-view-read-aloud = Читати вголос ({ $language })
ui-interpreter-view-interviewer-only = Лише для інтерв’юера. Не читати вголос.
ui-interpreter-view-fallback = Немає мовою «{ $requested }». Показано мовою «{ $used }»: перекладіть усно.

## Answering

ui-answer-dont-know = Не знаю
ui-answer-declined = Не бажає відповідати
ui-answer-next = Далі
ui-answer-back = Назад
ui-answer-edit = Змінити відповідь
ui-answer-needed = Дайте відповідь або оберіть «Не знаю» чи «Не бажає відповідати».
ui-progress-section = Розділ { $section } з { $total }
ui-progress-answered = { $count ->
    [one] Відповідь на { $count } запитання
    [few] Відповіді на { $count } запитання
    [many] Відповіді на { $count } запитань
   *[other] Відповіді на { $count } запитання
}

## Review

ui-review-title = Перевірка відповідей
ui-review-unanswered = { $count ->
    [one] Без відповіді залишилося { $count } запитання.
    [few] Без відповіді залишилося { $count } запитання.
    [many] Без відповіді залишилося { $count } запитань.
   *[other] Без відповіді залишилося { $count } запитання.
}
ui-review-edit-section = Змінити цей розділ
ui-review-finish = Завершити інтерв’ю
ui-review-finish-confirm = Завершити інтерв’ю? Відповіді можна буде виправити й пізніше; кожна зміна записується.

## Assessment screen

ui-assessment-screen-title = Результат скринінгу
ui-assessment-screen-privacy = Показуйте це лише після того, як вона відійшла від екрана.
ui-assessment-screen-show = Показати результат
ui-assessment-screen-not-verdict = Це скринінг для скерування до допомоги. Це не рішення про те, що з нею сталося.
ui-assessment-screen-assistance = Запропонуйте допомогу в будь-якому разі. Допомога ніколи не залежить від цього результату.
ui-assessment-screen-rule-version = Версія правил { $version }
ui-assessment-screen-indicators = Індикатори
ui-assessment-screen-evidence = На підставі відповідей
ui-assessment-screen-unknown = Невідомо

## Referral directory

ui-referral-title = Довідник служб допомоги
ui-referral-last-verified = Востаннє перевірено { $date }
ui-referral-outdated = Цей запис перевіряли понад рік тому. Уточніть номер, перш ніж на нього покладатися.
ui-referral-languages = Мови
ui-referral-conflict-hidden = Підрозділи, позначені через конфлікт інтересів, не показано.

## Export and import

ui-export-title = Надсилання до центрального офісу
ui-export-button = Створити пакет для синхронізації
ui-export-choose-location = Оберіть, куди зберегти пакет, наприклад на USB-накопичувач або в спільну папку.
ui-export-done = { $count ->
    [one] До пакета збережено { $count } запис.
    [few] До пакета збережено { $count } записи.
    [many] До пакета збережено { $count } записів.
   *[other] До пакета збережено { $count } запису.
}
ui-export-nothing = Немає нічого нового для надсилання.
ui-export-encrypted = Пакет зашифровано. Відкрити його може лише центральний офіс; цей ноутбук не може.
ui-import-title = Імпорт пакетів
ui-import-done = { $count ->
    [one] Імпортовано { $count } запис.
    [few] Імпортовано { $count } записи.
    [many] Імпортовано { $count } записів.
   *[other] Імпортовано { $count } запису.
}
ui-import-already = Цей пакет уже імпортовано раніше. Нічого не змінилося.
ui-import-gap = Бракує пакетів із пристрою { $device }: очікувався номер { $expected }, надійшов номер { $received }.
ui-purge-offer = Центральний офіс підтвердив отримання записів. Тепер їх можна видалити з цього ноутбука.
ui-purge-button = Видалити надіслані записи

## Command line: lantern locales

cli-locales-title = Перевірка локалізацій у { $dir }
cli-locales-summary = { $locale }: { $messages ->
    [one] { $messages } повідомлення
    [few] { $messages } повідомлення
    [many] { $messages } повідомлень
   *[other] { $messages } повідомлення
}, статус: { $status }, { $findings ->
    [one] { $findings } зауваження
    [few] { $findings } зауваження
    [many] { $findings } зауважень
   *[other] { $findings } зауваження
}
cli-locales-status-source = вихідна
cli-locales-status-draft = чернетка
cli-locales-status-reviewed = перевірено
cli-locales-status-unknown = немає у файлі статусів
cli-locales-clean = Зауважень немає.
cli-locales-failed = { $count ->
    [one] { $count } зауваження.
    [few] { $count } зауваження.
    [many] { $count } зауважень.
   *[other] { $count } зауваження.
}
cli-locales-derived = { $count ->
    [one] sr-Latn створено заново: змінено { $count } файл.
    [few] sr-Latn створено заново: змінено { $count } файли.
    [many] sr-Latn створено заново: змінено { $count } файлів.
   *[other] sr-Latn створено заново: змінено { $count } файлу.
}
cli-locales-derive-unchanged = sr-Latn уже актуальний.

## Locale check findings

lint-syntax-error = Файл не читається як Fluent.
lint-missing-message = Бракує повідомлення, яке є в інших мовах.
lint-file-missing = Бракує файлу, який є в інших мовах.
lint-empty-value = Повідомлення порожнє.
lint-placeable-mismatch = Змінні не збігаються з англійським текстом.
lint-required-missing = Бракує повідомлення, потрібного застосунку.
lint-duplicate-message = Повідомлення визначено двічі.
lint-status-missing = Мови немає у файлі статусів.
lint-status-invalid = Файл статусів недійсний.
lint-sr-latn-mismatch = Сербський файл латиницею не збігається з транслітерацією кириличного.
lint-isolation-mark = У файлі є невидимий знак напрямку тексту.
lint-unknown-locale = Ця папка не відповідає жодній підтримуваній мові.
lint-locale-missing = Підтримувана мова не має папки.

## Desktop app screens (the ids in ui/strings.txt)

ui-answer-confirm-choices = Підтвердити вибір
ui-answer-number-label = Число
ui-answer-text-hint = Ctrl+Enter діє так само, як кнопка «Далі».
ui-answer-text-label = Відповідь
ui-assessment-catalogue = Версія каталогу індикаторів
ui-assessment-conflict-title = Конфлікт інтересів.
ui-assessment-dimensions = Виміри
ui-assessment-language-timeline = Мови інтерв’ю
ui-assessment-left-confirm = Вона відійшла від екрана: показати результат
ui-assessment-no-indicators = В отриманих відповідях індикаторів не знайдено.
ui-assessment-not-counted = Не враховується правилом
ui-assessment-profile-adult = Доросла
ui-assessment-profile-child = Дитина (до 18 років)
ui-assessment-right = Право
ui-assessment-right-explained = Роз’яснено
ui-assessment-right-understood = Вона зрозуміла
ui-assessment-rights = Її права
ui-assessment-rule = Версія правил
ui-auto-lock-minutes-label = Блокувати автоматично через стільки хвилин бездіяльності
ui-auto-locked-message = Заблоковано після періоду бездіяльності. Щоб продовжити, введіть пароль.
ui-card-started = Розпочато
ui-card-updated = Остання зміна
ui-child-pathway-title = Порядок роботи з дітьми: до неї ставляться як до особи, молодшої за 18 років
ui-complete-hint = Перегляньте відповіді разом із нею та виправте все, що неправильно.
ui-complete-title = Усі запитання поставлено
ui-controls-label = Керування інтерв’ю
ui-date-day = День
ui-date-hint = Достатньо року. Місяць і день додавайте, лише якщо вона їх знає.
ui-date-month = Місяць
ui-date-year = Рік
ui-dimension-negative = Не виконано за отриманими відповідями
ui-dimension-positive = Виконано
ui-dimension-unresolved = Відкрито: бракує деяких відповідей
ui-emergency-triggered = Випливає з відповідей
ui-fallback-badge = Немає перекладу
ui-gate-go-back = Повернутися й змінити відповідь
ui-gate-hint = Поверніться й змініть одну з попередніх відповідей або призупиніть інтерв’ю кнопкою СТОП.
ui-gate-title = Інтерв’ю поки не можна продовжити
ui-go-home = Усі інтерв’ю
ui-insecure-test-profile = Тестовий профіль: слабкий захист ключа
ui-interpreter-view-for-you-label = Для вас
ui-interpreter-view-read-aloud-label = Читати вголос
ui-language-interpreter-optional = Необов’язково: ідентифікатор перекладача в реєстрі.
ui-language-switch-confirm-button = Змінити мову
ui-language-switch-recorded = Зміну, її час і перекладача буде записано.
ui-language-switch-to = Нова мова інтерв’ю
ui-locked-expired = Записи було заблоковано. Щоб продовжити, введіть пароль.
ui-neutral-menu = Меню
ui-no = Ні
ui-optional = (необов’язково)
ui-prefilled-change-hint = Якщо це вже неправильно, оберіть іншу відповідь нижче.
ui-prefilled-confirm = Підтвердити цю відповідь
ui-prefilled-title = Відповідь із попереднього запису
ui-progress-label = Перебіг інтерв’ю
ui-question-observation = Ваше спостереження
ui-referral-directory-example = У довіднику служб допомоги лише приклади. Це не справжні контакти; не покладайтеся на ці номери.
ui-referral-example = Приклад, не справжній контакт
ui-referral-last-checked = Востаннє перевірено
ui-referral-none = У довіднику служб допомоги немає відповідної організації.
ui-repeat-recorded = Записано дотепер
ui-review-back-to-interview = Повернутися до запитань
ui-review-incomplete = На деякі запитання ще немає відповіді.
ui-status-draft = У роботі
ui-status-exported = Надіслано
ui-status-finished = Завершено
ui-status-purged = Видалено після надсилання
ui-status-stopped = Призупинено
ui-tier-medium = Середній
ui-tier-strong = Сильний
ui-tier-weak = Слабкий
ui-understood-no = Ні
ui-understood-unknown = Невідомо
ui-understood-yes = Так
ui-unlock-opening = Записи відкриваються.
ui-unlock-working = Пароль перевіряється. Це триватиме кілька секунд.
ui-yes = Так

## Interview screens and assessment (lantern-field view-models)

ui-child-pathway-banner = До неї ставляться як до дитини. Потрібно записати законного представника та соціального працівника.
ui-repeat-add = Додати ще одну частину шляху
ui-repeat-done = Більше частин шляху немає

## Referral services (service tags of the referral directory)

service-shelter = Притулок
service-counselling = Психологічна допомога
service-medical = Медична допомога
service-legal = Правова допомога
service-return = Добровільне повернення
service-child-protection = Захист дітей
service-emergency = Екстрені служби
service-helpline = Телефон довіри
service-police = Поліція

## Supervisor mode (central office)

ui-central-office-entry = Центральний офіс
ui-supervisor-unlock-title = Центральний офіс
ui-supervisor-unlock-intro = Режим керівника: імпорт пакетів із польових пристроїв і перегляд інтерв'ю. Поки центральний офіс відкритий, польовий профіль залишається заблокованим.
ui-supervisor-passphrase-label = Парольна фраза центрального офісу
ui-supervisor-unlock-button = Відкрити центральний офіс
ui-supervisor-no-home = На цьому комп'ютері немає центрального офісу. Адміністратор створює його командою lantern-central init.
ui-supervisor-back-to-field = Повернутися до польового режиму
ui-supervisor-title = Центральний офіс
ui-supervisor-import-title = Імпорт пакетів
ui-supervisor-import-inbox = Імпортувати вхідну теку
ui-supervisor-import-files = Вибрати файли пакетів
ui-supervisor-inbox-label = Вхідна тека
ui-supervisor-import-progress = Перебіг імпорту
ui-supervisor-import-none = Файлів пакетів не знайдено.
ui-supervisor-import-interrupted = Імпорт зупинено, бо центральний офіс було заблоковано.
ui-supervisor-outcome-imported = Імпортовано
ui-supervisor-outcome-duplicate = Уже імпортовано
ui-supervisor-outcome-rejected = Не імпортовано
ui-supervisor-records-applied = Нові або оновлені записи
ui-supervisor-review-title = Інтерв'ю
ui-supervisor-review-empty = Ще не імпортовано жодного інтерв'ю.
ui-supervisor-col-interview = Інтерв'ю
ui-supervisor-col-device = Пристрій
ui-supervisor-col-received = Отримано
ui-supervisor-col-result = Результат
ui-supervisor-col-profile = Вікова група
ui-supervisor-col-state = Перегляд
ui-supervisor-conflict = Перевірити
ui-supervisor-conflicts-title = Версії для перевірки (не застосовано)
ui-supervisor-conflict-revision-conflict = Надійшли дві різні версії однієї й тієї самої редакції. Збережено чинну версію; інша є в історії.
ui-supervisor-conflict-foreign-device = Інший пристрій надіслав запис із тим самим ідентифікатором. Його не застосовано.
ui-supervisor-conflict-older-revision = Старіша версія надійшла після новішої. Збережено новішу версію; старіша є в історії.
ui-supervisor-state-label = Стан перегляду
ui-supervisor-state-new = Нове
ui-supervisor-state-reviewed = Переглянуто
ui-supervisor-state-follow-up = Потребує подальших дій
ui-supervisor-note-label = Примітка керівника
ui-supervisor-note-hint = Зберігається лише в зашифрованому сховищі центрального офісу; ніколи не надсилається на пристрої.
ui-supervisor-save = Зберегти перегляд
ui-supervisor-saved = Збережено.
ui-supervisor-select-hint = Виберіть інтерв'ю, щоб побачити його оцінку.
ui-supervisor-detail-title = Інтерв'ю
ui-supervisor-revision = Редакція
ui-supervisor-answers = Відповіді
ui-supervisor-no-result = Немає результату

## Her consent after the interview: withdrawal per purpose (issue 10)
ui-consent-open = Згода
ui-consent-title = Її згода щодо кожної мети
ui-consent-intro = Вона може будь-коли відкликати згоду на будь-яку мету. Відкликання записується на цьому ноутбуці й передається до центрального офісу з наступним експортом. Тут його не можна скасувати.
ui-consent-purpose-assistance = Організація допомоги для неї
ui-consent-purpose-sharing = Передавання її справи названим їй організаціям
ui-consent-purpose-police = Передавання відомостей до поліції
ui-consent-purpose-statistics = Анонімний облік її випадку в статистиці
ui-consent-value-yes = Погодилася
ui-consent-value-no = Відмовилася або відкликала
ui-consent-value-unknown = Невідомо (вважається як незгода)
ui-consent-withdraw = Відкликати
ui-consent-withdraw-confirm = Відкликати її згоду на цю мету? Відкликання записується зараз, і тут його не можна скасувати.
ui-consent-withdraw-yes = Записати відкликання
ui-consent-withdrawn = Відкликання записано: { $purpose }. Його буде передано до центрального офісу з наступним експортом.
ui-consent-withdrawn-identity = Відкликання записано: { $purpose }. Її ідентифікаційні відповіді більше не залишають цей ноутбук, а центральний офіс видалить свою копію, коли отримає наступний експорт.
ui-consent-already-no = { $purpose }: уже відмовлено або відкликано. Нічого не змінено.
ui-consent-identity-stays = Її ідентифікаційні відповіді залишаються на цьому ноутбуці: вона не погодилася водночас на допомогу й на передавання.
ui-consent-identity-travels = Її ідентифікаційні відповіді буде передано до центрального офісу з наступним експортом, запечатаними й окремо від справи.

## Emergencies signalled by an answer (issue 11)
ui-emergency-alert = Її відповідь вказує на небезпеку. Дійте зараз: номери нижче.
ui-assessment-emergencies = Небезпека, позначена в цьому інтерв'ю
ui-assessment-emergency-shown = Екстрені контакти показано одразу
ui-numbers-to-call = Номери, за якими вона може зателефонувати зараз або пізніше

## Interpreter registry (issue 11)
ui-interpreter-new = Новий перекладач: додайте його до списку
ui-interpreter-name = Ім’я
ui-interpreter-languages = Мови, з якими працює (наприклад: ro, ru)
ui-interpreter-organisation = Організація

## Desktop walk-through fixes (issue 18, desk): locale lint
lint-note-read-aloud = Текст, який читають їй уголос, містить у дужках примітку про неї: перенесіть її до підказки.
ui-supervisor-col-status = Статус
ui-supervisor-provisional = Попередньо
ui-supervisor-provisional-note = Інтерв'ю не завершено: цей результат попередній і ґрунтується на відповідях, наданих досі.
ui-answer-number-range = Допустимий діапазон
ui-answer-keys-hint = Клавіші: 1–9 вибирають варіант, Y так, N ні, D не знаю.

## Recovery with the recovery key (issue 18)
ui-recovery-open = Використати ключ відновлення
ui-recovery-title = Задати нову парольну фразу за допомогою ключа відновлення
ui-recovery-new-label = Нова парольна фраза
ui-recovery-button = Задати нову парольну фразу й розблокувати

## The central office from the field laptop: enrolment, Send now, USB stick, receipts (issues 14, 18)
ui-office-title = Центральний офіс
ui-office-not-enrolled = Цей ноутбук ще не підключено до центрального офісу. Оберіть файл реєстрації, який вам дав керівник.
ui-office-enrol = Обрати файл реєстрації
ui-office-connected = Підключено до центрального офісу { $node }.
ui-office-device-key = Для вашого керівника: щоб схвалити цей ноутбук
ui-office-due = Інтерв'ю, що очікують надсилання: { $count }
ui-office-identity-withheld = З них інтерв'ю, ідентифікаційні відповіді яких залишаються на цьому ноутбуці: { $count }
ui-office-consent-changes = Відкликання згоди, що очікують надсилання: { $count }
ui-office-waiting = Раніше перервані надсилання, які треба завершити: { $count }
ui-office-url = Адреса вхідної скриньки офісу
ui-office-send = Надіслати зараз
ui-office-send-hint = Lantern надсилає дані лише тоді, коли ви натискаєте цю кнопку, і ніколи — у фоновому режимі. Усе надсилається запечатаним: відкрити це може лише центральний офіс.
ui-office-sending = Надсилання до центрального офісу
ui-office-sent = Надіслано: { $sent }. Підтверджено офісом: { $acknowledged }. Видалено з цього ноутбука після підтвердження: { $purged }.
ui-office-nothing-sent = Нічого не очікувало надсилання, тож нічого не надіслано.
ui-office-no-online = Цей файл реєстрації не дозволяє надсилати дані через мережу. Використайте USB-накопичувач або попросіть у керівника новіший файл реєстрації.
ui-office-usb = Без мережі
ui-office-export = Записати на USB-накопичувач або в папку
ui-office-written = Записано: { $file } (записів у файлі: { $records }). Віднесіть його до офісу; квитанція повернеться тим самим шляхом.
ui-office-receipts = Прочитати квитанції з офісу
ui-office-receipts-applied = Прочитано квитанцій: { $applied }. Видалено з цього ноутбука після підтвердження: { $purged }.
ui-office-receipt-refused = Не прочитано

## Crypto-erase of the profile (issue 16)
ui-erase-open = Стерти профіль цього ноутбука
ui-erase-title = Стерти профіль цього ноутбука
ui-erase-explain = Усе, що Lantern зберігає на цьому ноутбуці, негайно знищується: спочатку ключ, потім усі файли. Інтерв’ю, отримання яких центральний офіс не підтвердив, буде втрачено. Ніхто, навіть ваш керівник, не зможе їх відновити.
ui-erase-understood = Я розумію, що це неможливо скасувати
ui-erase-confirm = Стерти зараз

## Field laptops in supervisor mode: approve, revoke (issues 14, 18)
ui-supervisor-devices-title = Польові ноутбуки
ui-supervisor-devices-empty = Ще жодного ноутбука не схвалено.
ui-supervisor-device-approved = Схвалено
ui-supervisor-device-revoked = Доступ відкликано
ui-supervisor-device-bundles = Отримано пакетів
ui-supervisor-device-approved-at = Дата схвалення
ui-supervisor-device-revoked-at = Дата відкликання доступу
ui-supervisor-device-missing = Пакети, які так і не надійшли (номери)
ui-supervisor-device-approve-title = Схвалення ноутбука
ui-supervisor-device-id = Ідентифікатор пристрою (dev-…), як його показує ноутбук
ui-supervisor-device-key = Його ключ (lantern-device-pk1…) або відбиток ключа, як його показує ноутбук
ui-supervisor-device-approve = Схвалити
ui-supervisor-device-approved-done = Схвалено. Тепер ноутбук може надсилати дані.
ui-supervisor-device-revoke = Відкликати доступ
ui-supervisor-device-revoke-explain = Відтепер офіс відхиляє всі пакети з цього ноутбука. Зробіть це, якщо ноутбук загубили або його забрали. Це неможливо скасувати: ноутбук доведеться зареєструвати знову як новий пристрій.

## The supervisor reads the case (issue 18)
ui-supervisor-case-answers = Її відповіді в тому порядку, в якому ставилися запитання
ui-supervisor-case-observation = Спостереження інтерв’юера
