# Повідомлення програм командного рядка `lantern` (польова робота) і `lantern-central` (центральний офіс).
# ЧЕРНЕТКА ПЕРЕКЛАДУ з англійської: ще не перевірена носієм мови.
# Параметри (--profile), імена змінних (LANTERN_PROFILE) і команди не перекладаються.
# Запрошення до введення закінчуються на «:»; пробіл після нього додає програма.

## Запрошення до введення

cli-prompt-passphrase = Пароль:
cli-prompt-new-passphrase = Новий пароль:
cli-prompt-repeat-passphrase = Повторіть пароль:
cli-prompt-current-passphrase = Поточний пароль:
cli-prompt-recovery-key = Ключ відновлення:
cli-prompt-central-passphrase = Пароль центрального офісу:
cli-prompt-new-central-passphrase = Новий пароль центрального офісу:

## Польовий профіль (lantern)

cli-profile-created = Профіль створено в { $dir }
cli-device-id = Ідентифікатор пристрою: { $id }
cli-recovery-key-instruction = Ключ відновлення (показано лише один раз): запишіть його зараз і сьогодні ж передайте своєму керівникові. Не зберігайте його разом із цим ноутбуком. Якщо пароль буде забуто, керівник зможе відкрити записи за допомогою цього ключа.
cli-status-interviews = Інтерв’ю: { $total } (чернетки: { $drafts }, завершені: { $finished }, надіслані: { $exported })
cli-status-insecure-kdf = Увага: цей профіль використовує небезпечні тестові параметри формування ключа. Не використовуйте його для справжніх інтерв’ю.
cli-passphrase-changed = Пароль змінено.

## Синхронізація (lantern enrol, export)

cli-enrolled = Пристрій зареєстровано в центральному офісі { $node }
cli-enrol-central-key = Відбиток центрального ключа: { $value }
cli-enrol-recipient-key = Відбиток ключа отримувача: { $value }
cli-enrol-purge = Після підтвердження отримання: { $value }
cli-enrol-device-key = Ключ цього пристрою: { $value }
cli-enrol-device-fingerprint = Відбиток цього пристрою: { $value }
cli-purge-after-receipt = відповіді видаляються з пристрою, щойно центральний офіс підтвердить їх отримання
cli-purge-never = відповіді залишаються на пристрої
cli-exported = { $records ->
    [one] Пакет { $bundle } (номер { $seq }, { $records } запис)
    [few] Пакет { $bundle } (номер { $seq }, { $records } записи)
    [many] Пакет { $bundle } (номер { $seq }, { $records } записів)
   *[other] Пакет { $bundle } (номер { $seq }, { $records } запису)
}

## Перевірка анкети та дані для оцінювання

cli-questionnaire-valid = { $file }: помилок немає. Анкета { $id }, версія { $version }; модулів: { $modules }, запитань: { $questions }.
cli-standard-input = стандартне введення
cli-script-step = Крок { $step } сценарію

## Центральний офіс (lantern-central)

cli-central-created = Центральний офіс створено в { $dir }
cli-central-node-id = Ідентифікатор вузла: { $value }
cli-central-key = Відбиток центрального ключа: { $value }
cli-central-recipient-key = Відбиток ключа отримувача: { $value }
cli-central-purge = Що роблять пристрої після підтвердження отримання: { $value }
cli-central-enrolment-file = Файл реєстрації для пристроїв: { $file }
cli-central-recovery-key-instruction = Ключ відновлення (показано лише один раз): запишіть його зараз і передайте керівникові, відповідальному за цей центральний офіс. Зберігайте його окремо від пароля: за його допомогою можна відкрити центральний офіс, якщо пароль буде забуто.
cli-device-approved = схвалено
cli-device-revoked = доступ відкликано
cli-device-key-not-pinned = (ключ ще не закріплено: його буде взято з першого пакета, ключ якого має цей відбиток)
cli-device-row = { $device }  { $status }  { $fingerprint }  пакетів: { $bundles }
cli-review-row = { $interview }  редакція { $revision }  { $state }  { $result }
cli-review-no-result = немає результату
cli-review-in-queue = у черзі на перевірку

## Помилки, які програми командного рядка пояснюють своїми словами

cli-error-no-profile = Не вказано теку профілю: використайте --profile ТЕКА або задайте LANTERN_PROFILE.
cli-error-no-central-home = Не вказано теку центрального офісу: використайте --home ТЕКА або задайте LANTERN_CENTRAL_HOME.
cli-error-no-passphrase = Немає пароля: задайте { $variable } або запустіть команду в терміналі.
cli-error-passphrase-mismatch = Паролі не збігаються. Нічого не змінено.
cli-error-terminal = Не вдалося прочитати введення з термінала.
cli-error-read = Не вдається прочитати { $path }.
cli-error-write = Не вдається записати { $path }.
cli-error-internal = Непередбачена внутрішня помилка. Будь ласка, повідомте про неї разом із кодом.
cli-error-unknown-language = «{ $lang }» не належить до мов Lantern. Доступні: { $available }.
cli-error-locales = Не вдалося прочитати файли локалізації, або вони недійсні.
cli-error-assess-no-input = Вкажіть --indicators ФАЙЛ або --answers ФАЙЛ.
cli-error-observations-json = { $file } не є дійсним файлом спостережень (JSON).
cli-error-answers-json = { $file } не є дійсним файлом відповідей.
cli-error-unknown-question = { $file }: невідомий ідентифікатор запитання { $question }.
cli-error-unknown-indicator = { $count ->
    [one] Невідомий ідентифікатор індикатора: { $ids }. У каталозі є DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 і AVD1–AVD7.
   *[other] Невідомі ідентифікатори індикаторів: { $ids }. У каталозі є DR1–DR10, CR1–CR10, AVR1–AVR16, EXP1–EXP9, COD1–COD15 і AVD1–AVD7.
}
cli-error-unknown-evidence-indicator = { $count ->
    [one] Вказано підстави для невідомого ідентифікатора індикатора: { $ids }.
   *[other] Вказано підстави для невідомих ідентифікаторів індикаторів: { $ids }.
}
cli-error-catalogue-unreadable = Не вдалося прочитати каталог індикаторів.
cli-error-catalogue-invalid = Каталог індикаторів недійсний.
cli-error-script-json = { $file } не є дійсним сценарієм інтерв’ю.
cli-error-questionnaire-problems = { $count ->
    [one] { $file }: знайдено { $count } проблему.
    [few] { $file }: знайдено { $count } проблеми.
    [many] { $file }: знайдено { $count } проблем.
   *[other] { $file }: знайдено { $count } проблеми.
}
cli-error-bad-device-key = Ключ пристрою, вказаний у --key, недійсний.

## Consent withdrawal and identity kept apart (issue 10, device side)
cli-export-identity-withheld = Інтерв’ю { $id }: її ідентифікаційні дані залишаються на цьому пристрої (вона не дала згоди і на допомогу, і на передавання даних). Центральний офіс отримає справу без них.
cli-consent-withdrawn = Інтерв’ю { $id }: відкликання згоди ({ $purpose }) записано. Його буде надіслано до центрального офісу з наступним експортом.
cli-consent-already-no = Інтерв’ю { $id }: згоду ({ $purpose }) вже було відхилено або відкликано. Нічого не змінено.

## Central office: case records, consent, identity views, bound device approval (issue 10)

cli-device-not-bound = (схвалено без ключа: пакети не приймаються, доки пристрій не схвалять знову з --key або --fingerprint)
cli-record-head = { $interview }  редакція { $revision }  з { $device }  відповідей: { $answers }  { $state }
cli-record-consent = Згода: допомога { $assistance }, передавання організаціям { $sharing }, поліція { $police }, статистика { $statistics }
cli-consent-yes = так
cli-consent-no = ні
cli-consent-unknown = невідомо
cli-record-identity-withheld = Ідентифікаційні дані не показано. Щоб їх побачити: --with-identity --reason ТЕКСТ (перегляд записується до журналу аудиту).
cli-record-identity-none = Для цього інтерв'ю ідентифікаційні дані не зберігаються (їх не надіслали, або її згода не дозволила їх зберігати). Запит записано до журналу аудиту.
cli-record-identity = Ідентифікаційні дані (цей перегляд записано до журналу аудиту):
cli-record-no-value = (немає значення)
cli-audit-verified = Ланцюжок журналу аудиту неушкоджений; записів: { $count }

## Statistics and exports (issue 12)
cli-stats-heading = Інтерв'ю зі згодою на анонімну статистику; числа менші за { $k } не показуються.
cli-stats-count = кількість
cli-stats-total = усього
cli-stats-suppressed-note = <{ $k }: менше ніж { $k } інтерв'ю, або приховано, щоб мале число не можна було обчислити з підсумків.
cli-stats-total-not-sum = Одне інтерв'ю може враховуватися за кількома значеннями цієї таблиці: підсумок — кількість інтерв'ю, а не сума чисел.
cli-export-plain-warning = Увага: { $file } записується без шифрування, для { $recipient }. Будь-хто, хто отримає файл, зможе його прочитати. Передайте його особисто й видаліть, коли він більше не потрібен.
cli-prompt-export-passphrase = Парольна фраза для файлу експорту:

## Persons interviewed more than once (issue 13)
cli-persons-candidate = { $a }  { $b }  оцінка { $score }

## Audit log verification (issue 16)

cli-audit-sound = Журнал аудиту: записів { $count }, ланцюжок із ключем неушкоджений.
cli-audit-broken-deleted = Журнал аудиту порушено на записі { $position }: запис перед ним видалено.
cli-audit-broken-edited = Журнал аудиту порушено на записі { $position }: запис змінено після того, як його зроблено.
cli-audit-broken-reordered = Журнал аудиту порушено на записі { $position }: записи переставлено; цей зроблено в іншому місці.
cli-audit-broken-inserted = Журнал аудиту порушено на записі { $position }: запис додано ззовні журналу.
cli-audit-broken-clock-rollback = Журнал аудиту порушено на записі { $position }: його датовано раніше за один із попередніх записів (годинник переведено назад).
cli-audit-broken-truncated = Журнал аудиту порушено на записі { $position }: журнал коротший за те, що він показував під час експорту, або відрізняється від нього.

## Online sync and the inbox (issue 14)

cli-error-listen = Неможливо слухати на { $path }. Чи не зайнятий цей порт іншою програмою?
cli-central-inbox-certificate = Відбиток сертифіката вхідної скриньки: { $value }
cli-sync-acknowledged = Офіс отримав пакет { $bundle } і надіслав квитанцію.

## The office's key in shares, and a home rebuilt from them (issue 16)
cli-central-share-file = Lantern: одна частина ключа центрального офісу (частина { $number } з { $total }; будь-які { $threshold } з них відновлюють офіс).
    Зберігайте її окремо від ноутбука офісу та від інших частин ключа. Сама по собі вона нічого не розкриває.
    Для відновлення: lantern-central --home НОВА-ТЕКА recover --from КОПІЯ-central.db --shares ФАЙЛ...
cli-central-shares-written = Записано файлів із частинами ключа: { $total }; будь-які { $threshold } з них відновлюють ключ офісу. Роздайте файли різним людям, по одному кожному, і видаліть цю теку.
cli-central-restored = Центральний офіс відновлено в { $dir }

## Crypto-erase of a field profile (issue 16)
cli-erase-unconfirmed = Стирання неможливо скасувати: інтерв’ю, яких ще немає в центральному офісі, буде втрачено. Щоб стерти профіль, запустіть команду ще раз із --confirm.
cli-erased = Профіль у { $dir } стерто. Більше ніхто не зможе його відкрити.
