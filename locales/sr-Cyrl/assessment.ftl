# Процена индикатора (crates/core/src/assessment). Прелиминарна процена, никада коначна одлука: не постоји
# порука „није жртва“, и сваки резултат каже да се помоћ нуди у сваком случају.
# РАДНА ВЕРЗИЈА ПРЕВОДА са енглеског: још није проверена од стране изворног говорника (видети locales/status.toml).
# Латинична верзија (sr-Latn) се изводи из ове датотеке: lantern locales derive-sr-latn

## Results
result-indicators-met = Индикатори су испуњени: упутите на формалну идентификацију
result-insufficient-information = Нема довољно информација: у сваком случају понудите помоћ
result-not-met = На основу датих информација комбинација није испуњена: у сваком случају понудите помоћ

## Notices shown with every result
notice-screening-only = Ово је прелиминарна процена, а не идентификација. Помоћ никада не зависи од овог резултата.
notice-catalogue-not-verified = Каталог индикатора још није усклађен са публикацијом МОР-а

## Profiles and why one was chosen
profile-adult = Одрасла особа (индикатори сексуалне експлоатације)
profile-child = Дете (индикатори сексуалне експлоатације)
profile-basis-age-under-18 = Наведени или процењени узраст је испод 18 година.
profile-basis-minor-at-start = Сада је пунолетна, али је имала мање од 18 година када је почело: на оно што се тада дешавало примењује се правило за децу.
profile-basis-minor-suspected = Можда је млађа од 18 година: сматра се малолетном док се њен узраст не утврди.
profile-basis-age-18-or-over = Наведени или процењени узраст је 18 година или више, без знакова да би могла бити малолетна.
profile-basis-age-unknown = Узраст није познат, без знакова да би могла бити малолетна.

## Dimensions
dimension-DR = Врбовање обманом
dimension-CR = Врбовање принудом
dimension-AVR = Врбовање злоупотребом рањивости
dimension-EXP = Експлоататорски услови
dimension-COD = Принуда на одредишту
dimension-AVD = Злоупотреба рањивости на одредишту

## Dimension and element statuses
status-positive = Позитивно
status-unresolved = Неразрешено
status-negative = Негативно

## Indicator tiers
tier-strong = Јак
tier-medium = Средњи
tier-weak = Слаб
tier-not-listed = Није на овој листи (не рачуна се)

## Clauses of the per-dimension rule
clause-two-strong = два јака индикатора
clause-strong-and-other = један јак индикатор и један средњи или слаб индикатор
clause-three-medium = три средња индикатора
clause-two-medium-one-weak = два средња индикатора и један слаб индикатор

## Why a dimension has its status
reason-met = Пронађени индикатори испуњавају правило.
reason-could-be-met = На основу пронађених индикатора правило није испуњено, али би га питања без одговора још могла испунити.
reason-cannot-be-met = Правило није испуњено, чак ни ако би на свако питање без одговора одговор био „да“.

## Elements of the definition
element-recruitment = Врбовање (обманом, принудом или злоупотребом рањивости)
element-exploitation = Експлоататорски услови
element-control-at-destination = Принуда или злоупотреба рањивости на одредишту
element-act = Неко ју је врбовао, превезао, скривао или примио
element-purpose = Експлоатација (комерцијални секс или експлоататорски услови)

## Conflicts to review
conflict-age-stated-adult-but-minor = Према ономе што је рекла, има 18 или више година, али можда је малолетна. Поступак за децу се примењује док се њен узраст не утврди.
conflict-act-absent-but-recruitment = Није забележено да ју је неко врбовао, превезао, скривао или примио, а ипак су пронађени индикатори врбовања. Проверите ове одговоре.
