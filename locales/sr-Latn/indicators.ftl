# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.
# Nazivi indikatora: MOR/EK, Operativni indikatori trgovine ljudima (2009).
# RADNA VERZIJA PREVODA sa engleskog: još nije proverena od strane izvornog govornika (videti locales/status.toml).
# Latinična verzija (sr-Latn) se izvodi iz ove datoteke: lantern locales derive-sr-latn
# Identifikatori poruka se koriste u crates/core/data/indicators-v1.toml (`label`). Tekstovi su za intervjuera.

## Deceptive recruitment (10)
ind-DR1 = Obmana u vezi sa prirodom posla, mestom rada ili poslodavcem
ind-DR2 = Obmana u vezi sa uslovima rada
ind-DR3 = Obmana u vezi sa sadržinom ili zakonitošću ugovora o radu
ind-DR4 = Obmana u vezi sa spajanjem porodice
ind-DR5 = Obmana u vezi sa smeštajem i uslovima života
ind-DR6 = Obmana u vezi sa ispravama ili sticanjem zakonitog migracionog statusa
ind-DR7 = Obmana u vezi sa uslovima putovanja i vrbovanja
ind-DR8 = Obmana u vezi sa platom/zaradom
ind-DR9 = Obmana putem obećanja braka ili usvojenja
ind-DR10 = Obmana u vezi sa mogućnostima školovanja

## Coercive recruitment (10)
ind-CR1 = Nasilje nad žrtvom
ind-CR2 = Pretnje nasiljem upućene žrtvi
ind-CR3 = Otmica, prinudni brak, prinudno usvojenje ili prodaja žrtve
ind-CR4 = Dužničko ropstvo
ind-CR5 = Oduzimanje dokumenata
ind-CR6 = Izolacija, zatočenje ili nadzor
ind-CR7 = Pretnja prijavljivanjem vlastima
ind-CR8 = Pretnje da će biti obavešteni porodica, zajednica ili javnost
ind-CR9 = Nasilje nad porodicom (pretnje ili stvarno nasilje)
ind-CR10 = Zadržavanje novca

## Recruitment by abuse of vulnerability (16)
ind-AVR1 = Zloupotreba teške porodične situacije
ind-AVR2 = Zloupotreba nezakonitog statusa
ind-AVR3 = Zloupotreba nedostatka obrazovanja (jezik)
ind-AVR4 = Zloupotreba nedostatka informacija
ind-AVR5 = Kontrola od strane eksploatatora
ind-AVR6 = Ekonomski razlozi
ind-AVR7 = Lažne informacije o uspešnoj migraciji
ind-AVR8 = Lažne informacije o zakonu i stavu vlasti
ind-AVR9 = Porodična situacija
ind-AVR10 = Lična situacija
ind-AVR11 = Psihološka i emocionalna zavisnost („lažni momak“)
ind-AVR12 = Odnos sa vlastima / pravni status
ind-AVR13 = Teškoće u prošlosti
ind-AVR14 = Teškoće u organizovanju putovanja
ind-AVR15 = Zloupotreba kulturnih/verskih uverenja
ind-AVR16 = Opšti kontekst (period posle sukoba, političke prilike)

## Exploitative conditions (9): the purpose element
ind-EXP1 = Prekomeran broj radnih dana ili sati
ind-EXP2 = Niska plata ili bez plate
ind-EXP3 = Manipulisanje zaradom (kazne, odbici, isplata posredniku)
ind-EXP4 = Loši uslovi života
ind-EXP5 = Veoma loši uslovi rada
ind-EXP6 = Opasan rad
ind-EXP7 = Nepoštovanje zakona o radu ili potpisanog ugovora
ind-EXP8 = Bez socijalne zaštite (ugovor, osiguranje)
ind-EXP9 = Bez pristupa obrazovanju

## Coercion at destination (15)
ind-COD1 = Oduzimanje dokumenata
ind-COD2 = Dužničko ropstvo
ind-COD3 = Izolacija, zatočenje ili nadzor
ind-COD4 = Nasilje nad žrtvom
ind-COD5 = Pretnje nasiljem upućene žrtvi
ind-COD6 = Prisiljavanje na nedozvoljene/krivična dela
ind-COD7 = Prisiljavanje na određene poslove ili klijente
ind-COD8 = Pod snažnim uticajem
ind-COD9 = Prisiljavanje na postupanje protiv drugih u istom položaju
ind-COD10 = Prisiljavanje na laganje vlastima, porodici itd.
ind-COD11 = Pretnja prijavljivanjem vlastima
ind-COD12 = Pretnja još gorim uslovima rada
ind-COD13 = Nasilje nad porodicom (pretnje ili stvarno nasilje)
ind-COD14 = Zadržavanje zarade
ind-COD15 = Pretnje da će biti obavešteni porodica, zajednica ili javnost

## Abuse of vulnerability at destination (7)
ind-AVD1 = Zavisnost od eksploatatora
ind-AVD2 = Teškoće života u nepoznatom okruženju
ind-AVD3 = Ekonomski razlozi
ind-AVD4 = Porodična situacija
ind-AVD5 = Odnos sa vlastima / pravni status
ind-AVD6 = Teškoće u prošlosti
ind-AVD7 = Lična obeležja (diskriminisana/marginalizovana grupa)
