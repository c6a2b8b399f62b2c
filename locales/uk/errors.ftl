# Повідомлення про помилки, по одному на стабільний код помилки.
# ЧЕРНЕТКА ПЕРЕКЛАДУ з англійської: ще не перевірена носієм мови.

error-unknown = Щось пішло не так (код { $code }). Уже збережені відповіді в безпеці.

## Encrypted store

error-store-wrong-passphrase = Неправильний пароль.
error-store-not-a-profile = Ця папка не є профілем Lantern.
error-store-profile-exists = У цій папці вже є профіль.
error-store-key-file-damaged = Файл ключів цього профілю пошкоджено. Зверніться по допомогу до керівника; нічого не видаляйте.
error-store-database-damaged = Базу даних пошкоджено, або вона неповна. Не видаляйте її; зверніться по допомогу до керівника.
error-store-foreign-database = Ця база даних належить іншому профілю.
error-store-database-missing = База даних цього профілю відсутня.
error-store-directory-not-writable = Lantern не може записувати в цю папку.
error-store-disk-full = Диск заповнено. Звільніть місце і спробуйте ще раз. Уже збережені відповіді в безпеці.
error-store-passphrase-too-short = { $min ->
    [one] Пароль має містити щонайменше { $min } символ.
    [few] Пароль має містити щонайменше { $min } символи.
    [many] Пароль має містити щонайменше { $min } символів.
   *[other] Пароль має містити щонайменше { $min } символу.
}
error-store-weak-kdf-params = Налаштування захисту цього профілю надто слабкі, їх не можна прийняти.
error-store-kdf-too-weak = Цей профіль створено тестовою версією Lantern, і він має лише слабкий захист ключа. Ця версія Lantern не може його відкрити і не створює таких профілів. Нічого не змінено.
error-store-schema-too-new = Цей профіль створено новішою версією Lantern. Оновіть Lantern, щоб його відкрити.
error-store-audit-chain-broken = Журнал змін цього профілю було змінено. Повідомте керівника.
error-store-not-found = Запис не знайдено.
error-store-invalid = Дані недійсні, їх не збережено.
error-store-io = Не вдалося прочитати диск або записати на нього.
error-store-database = База даних повідомила про помилку.

## Sync bundles

error-bundle-truncated = Файл пакета неповний. Скопіюйте його ще раз.
error-bundle-bad-magic = Цей файл не є пакетом Lantern.
error-bundle-unsupported-version = Цей пакет створено версією Lantern, яку ця версія не може прочитати.
error-bundle-unsupported-payload-version = Вміст цього пакета створено версією Lantern, яку ця версія не може прочитати.
error-bundle-bad-signature = Цей пакет було змінено або пошкоджено. Його не імпортовано.
error-bundle-unknown-device = Цей пакет надійшов із незареєстрованого пристрою.
error-bundle-revoked-device = Цей пакет надійшов із пристрою, доступ якого відкликано.
error-bundle-signer-key-mismatch = Підпис не відповідає зареєстрованому пристрою. Пакет не імпортовано.
error-bundle-wrong-recipient = Цей пакет створено для іншого центрального офісу.
error-bundle-decryption-failed = Цей пакет не вдалося розшифрувати. Його не імпортовано.
error-bundle-device-mismatch = Вміст пакета не відповідає пристрою, який його підписав.
error-bundle-too-large = Цей файл завеликий для пакета Lantern.
error-bundle-nesting-too-deep = Вміст цього пакета має неправильний формат.
error-bundle-malformed-payload = Вміст цього пакета має неправильний формат.
error-bundle-invalid-record = Один із записів у пакеті недійсний. Пакет не імпортовано.
error-bundle-changed-during-read = Файл змінився під час читання. Спробуйте ще раз.
error-bundle-bad-encoding = Ключ або ідентифікатор у цьому пакеті має неправильний формат.
error-bundle-random = Системі не вдалося отримати надійні випадкові числа.
error-bundle-io = Не вдалося прочитати або записати файл.

## Questionnaire definition

error-questionnaire-parse = Файл анкети не читається.
error-questionnaire-invalid = Файл анкети недійсний.
error-questionnaire-io = Не вдалося відкрити файл анкети.

## Answers

error-answer-required = Дайте відповідь або оберіть «Не знаю» чи «Не бажає відповідати».
error-answer-not-a-number = Введіть число.
error-answer-number-range = Введіть число від { $min } до { $max }.
error-answer-date-invalid = Введіть правильну дату.
error-answer-date-future = Дата не може бути в майбутньому.
error-answer-choose-option = Оберіть один із варіантів.
error-answer-too-long = { $max ->
    [one] Текст задовгий: не більше ніж { $max } символ.
    [few] Текст задовгий: не більше ніж { $max } символи.
    [many] Текст задовгий: не більше ніж { $max } символів.
   *[other] Текст задовгий: не більше ніж { $max } символу.
}

## Field use-cases (lantern-field)

error-field-unknown-locale = Ця мова недоступна.
error-field-unknown-questionnaire = Це інтерв’ю проведено за анкетою, якої немає в цій версії Lantern. Зверніться по допомогу до керівника; нічого не видаляйте.
error-field-directory-invalid = Файл довідника служб допомоги недійсний. Попросіть у керівника виправлений файл.
error-field-damaged = Запис цього інтерв’ю пошкоджено. Зверніться по допомогу до керівника; нічого не видаляйте.
error-field-not-complete = Інтерв’ю поки не можна завершити: на деякі запитання ще потрібна відповідь.
error-field-assessment = Не вдалося обчислити результат скринінгу. Відповіді збережено.
error-field-locked = Застосунок заблоковано. Розблокуйте його, щоб продовжити.

## Sync (device side)

error-sync-not-enrolled = Цей пристрій ще не підключено до центрального офісу. Імпортуйте файл реєстрації, отриманий від керівника.
error-sync-already-enrolled = Цей пристрій уже підключено до іншого центрального офісу.
error-sync-nothing-to-export = Немає нічого нового для надсилання.
error-sync-receipt-for-other-device = Ця квитанція призначена для іншого пристрою.
error-sync-bad-device-id = Ідентифікатор цього пристрою пошкоджено. Зверніться по допомогу до керівника.
error-sync-io = Не вдалося записати файл. Перевірте теку та вільне місце.

## Central office (supervisor mode, lantern-central)

error-central-database = База даних центрального офісу повідомила про помилку. Нічого не змінено.
error-central-unknown-device = Цей пакет надійшов із незареєстрованого пристрою. Спершу схваліть пристрій.
error-central-device-revoked = Доступ цього пристрою відкликано; його не можна схвалити знову.
error-central-device-key-mismatch = Ключ цього пристрою не збігається із зареєстрованим. Нічого не змінено.
error-central-bad-device-id = Це недійсний ідентифікатор пристрою.
error-central-unknown-record-kind = Цей пакет містить запис такого типу, який центральний офіс не приймає. Пакет не імпортовано.
error-central-malformed-record = Один із записів у цьому пакеті пошкоджено. Пакет не імпортовано.
error-central-not-found = Запис не знайдено в центральному офісі.
error-central-bad-review-state = Це недійсний стан перегляду.
error-central-damaged = Сховище центрального офісу пошкоджено. Нічого не видаляйте; зверніться по технічну допомогу.
error-central-io = Не вдалося прочитати або записати файл чи теку.
error-central-unknown-questionnaire = Це інтерв'ю проведено за версією анкети, якої немає в цій версії Lantern, тому результат показати неможливо.
error-central-no-home = На цьому комп'ютері немає центрального офісу. Адміністратор створює його командою lantern-central init.
error-central-locked = Центральний офіс заблоковано. Відкрийте його знову, щоб продовжити.

## Consent withdrawal and identity kept apart (issue 10, device side)
error-field-unknown-interview = На цьому пристрої немає інтерв’ю { $id }.

## Central office: identity apart, consent, bound device approval (issue 10)

error-central-device-fingerprint-mismatch = Цей пакет називає схвалений пристрій, але підписаний ключем з іншим відбитком. Можливо, його підроблено: його не імпортовано, нічого не збережено.
error-central-device-not-bound = Цей пристрій було схвалено без ключа. Схваліть його знову з --key або --fingerprint, як їх показав пристрій під час реєстрації.
error-central-bad-fingerprint = Це неправильний відбиток ключа. Скопіюйте його так, як його показав пристрій під час реєстрації.
error-central-unknown-interview = У центральному офісі немає інтерв'ю з цим ідентифікатором.
error-central-reason-required = Укажіть причину перегляду ідентифікаційних даних з --reason ТЕКСТ. Її записують до журналу аудиту.
error-central-viewer-required = Укажіть своє ім'я з --by ІМ'Я: хто переглядає ідентифікаційні дані, записують до журналу аудиту.
error-central-device-key-required = Схвалюйте пристрій з його ключем (--key) або відбитком (--fingerprint), як їх показав пристрій під час реєстрації. Самого ідентифікатора недостатньо: ідентифікатори не таємні.

# Statistics and exports (issue 12)
error-central-unknown-variable = Це не статистична змінна. Змінні перелічено в docs/statistics.md (наприклад month, pathway, result, age_band, interview_locale).
error-central-repeated-variable = Статистичну змінну вказано в --by двічі.
error-central-variable-count = Таблиця рахує за однією, двома або трьома змінними: вкажіть їх у --by через кому.
error-central-k-below-minimum = Числа менші за 11 ніколи не показуються: --k має бути щонайменше 11. Менше k потребує --override-below-minimum і --reason ТЕКСТ і записується в журнал аудиту.
error-central-override-reason-required = Вкажіть причину k меншого за 11 через --reason ТЕКСТ. Вона записується в журнал аудиту.
error-central-operator-required = Вкажіть своє ім'я через --operator ІМ'Я: хто це робить, записується в журнал аудиту.
error-central-plain-recipient-required = Для незашифрованого експорту потрібне ім'я отримувача: --plain --recipient ІМ'Я.
error-central-bad-export-recipient = Це не отримувач age. Він починається з age1, як його виводить age-keygen.
error-central-export-passphrase-required = Потрібна парольна фраза для експорту. Задайте LANTERN_EXPORT_PASSPHRASE або введіть її на запит.
error-central-export-encryption = Експорт не вдалося зашифрувати. Нічого не записано.
error-central-spreadsheet = Таблицю не вдалося записати. Нічого не записано.
error-central-unknown-export-format = Це не формат експорту. Формати: htcds, ctdc, stats-csv і stats-xlsx.
error-central-unknown-export-purpose = Це не мета експорту. Цілі: sharing (інша організація) і police.

## Interpreter registry (issue 11)
error-field-unknown-interpreter = Перекладача { $id } немає у списку перекладачів на цьому ноутбуці. Спершу додайте перекладача (ім’я, мови, організація).
error-field-bad-interpreter = Дані перекладача неповні: вкажіть ідентифікатор, ім’я, організацію і хоча б одну мову.

## Persons interviewed more than once (issue 13)
error-central-same-interview = Інтерв'ю не можна пов'язати з самим собою. Вкажіть два різні інтерв'ю.
error-central-already-linked = Ці два інтерв'ю вже пов'язані.
error-central-not-linked = Ці два інтерв'ю не пов'язані: роз'єднувати нічого.

## Online sync (issue 14, device side)

error-sync-no-inbox-certificate = Цей пристрій під'єднали до офісу до того, як офіс міг приймати дані через мережу. Імпортуйте новий файл реєстрації від своєї керівниці.
error-sync-bad-inbox-url = Це не адреса вхідної скриньки офісу. Вона починається з https:// і закінчується портом, наприклад https://192.168.1.10:8443.
error-central-bad-inbox-url = Це не адреса вхідної скриньки офісу. Вона починається з https:// і закінчується портом, наприклад https://192.168.1.10:8443.
error-sync-offline = Офіс недоступний. Перевірте з'єднання і спробуйте ще раз. Нічого не втрачено: записи чекають на цьому пристрої.
error-sync-certificate-mismatch = Сервер за цією адресою — не ваш офіс: його сертифікат не той, що у файлі реєстрації. Нічого не надіслано. Повідомте свою керівницю.
error-sync-device-not-approved = Офіс ще не схвалив цей пристрій. Попросіть керівницю схвалити його і спробуйте знову. Нічого не втрачено.
error-sync-device-revoked = Офіс відкликав доступ цього пристрою. Нічого не надіслано. Поговоріть зі своєю керівницею.
error-sync-inbox-refused = Офіс відхилив надсилання. Нічого не втрачено: записи чекають на цьому пристрої. Повідомте свою керівницю.
error-sync-connection-lost = З'єднання постійно обривалося. Те, що дійшло до офісу, там збережено; спробуйте знову, щоб надіслати решту.

## Key shares (issue 16)
error-share-bad-split = Під час поділу для відновлення має знадобитися щонайменше 2 частини ключа і не більше, ніж їх записується (загалом не більше 255).
error-share-unreadable = Це не частина ключа Lantern, або її введено з помилкою. Перевірте файл частини ключа.
error-share-not-enough = Недостатньо різних частин ключа, щоб відновити ключ офісу. Попросіть інших хранителів передати свої частини.
error-share-mixed = Ці частини ключа отримано під час різних поділів або вони належать різним офісам. Використовуйте частини лише одного поділу.
error-share-do-not-open = Відновлений ключ не відкриває це сховище: частини ключа або сховище належать іншому офісу. Нічого не записано.

## Bundle with bytes appended (issue 16)
error-bundle-trailing-data = До кінця цього файлу пакета щось додано, тому його не імпортовано. Скопіюйте його знову з ноутбука або флешки.

## A receipt that is not one (issue 16)
error-sync-bad-receipt = Цей файл не є квитанцією вашого центрального офісу або пошкоджений. Нічого не змінено. Запросіть її в офісі ще раз.
