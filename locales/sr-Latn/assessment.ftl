# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.
# Procena indikatora (crates/core/src/assessment). Preliminarna procena, nikada konačna odluka: ne postoji
# poruka „nije žrtva“, i svaki rezultat kaže da se pomoć nudi u svakom slučaju.
# RADNA VERZIJA PREVODA sa engleskog: još nije proverena od strane izvornog govornika (videti locales/status.toml).
# Latinična verzija (sr-Latn) se izvodi iz ove datoteke: lantern locales derive-sr-latn

## Results
result-indicators-met = Indikatori su ispunjeni: uputite na formalnu identifikaciju
result-insufficient-information = Nema dovoljno informacija: u svakom slučaju ponudite pomoć
result-not-met = Na osnovu datih informacija kombinacija nije ispunjena: u svakom slučaju ponudite pomoć

## Notices shown with every result
notice-screening-only = Ovo je preliminarna procena, a ne identifikacija. Pomoć nikada ne zavisi od ovog rezultata.
notice-catalogue-not-verified = Katalog indikatora još nije usklađen sa publikacijom MOR-a

## Profiles and why one was chosen
profile-adult = Odrasla osoba (indikatori seksualne eksploatacije)
profile-child = Dete (indikatori seksualne eksploatacije)
profile-basis-age-under-18 = Navedeni ili procenjeni uzrast je ispod 18 godina.
profile-basis-minor-at-start = Sada je punoletna, ali je imala manje od 18 godina kada je počelo: na ono što se tada dešavalo primenjuje se pravilo za decu.
profile-basis-minor-suspected = Možda je mlađa od 18 godina: smatra se maloletnom dok se njen uzrast ne utvrdi.
profile-basis-age-18-or-over = Navedeni ili procenjeni uzrast je 18 godina ili više, bez znakova da bi mogla biti maloletna.
profile-basis-age-unknown = Uzrast nije poznat, bez znakova da bi mogla biti maloletna.

## Dimensions
dimension-DR = Vrbovanje obmanom
dimension-CR = Vrbovanje prinudom
dimension-AVR = Vrbovanje zloupotrebom ranjivosti
dimension-EXP = Eksploatatorski uslovi
dimension-COD = Prinuda na odredištu
dimension-AVD = Zloupotreba ranjivosti na odredištu

## Dimension and element statuses
status-positive = Pozitivno
status-unresolved = Nerazrešeno
status-negative = Negativno

## Indicator tiers
tier-strong = Jak
tier-medium = Srednji
tier-weak = Slab
tier-not-listed = Nije na ovoj listi (ne računa se)

## Clauses of the per-dimension rule
clause-two-strong = dva jaka indikatora
clause-strong-and-other = jedan jak indikator i jedan srednji ili slab indikator
clause-three-medium = tri srednja indikatora
clause-two-medium-one-weak = dva srednja indikatora i jedan slab indikator

## Why a dimension has its status
reason-met = Pronađeni indikatori ispunjavaju pravilo.
reason-could-be-met = Na osnovu pronađenih indikatora pravilo nije ispunjeno, ali bi ga pitanja bez odgovora još mogla ispuniti.
reason-cannot-be-met = Pravilo nije ispunjeno, čak ni ako bi na svako pitanje bez odgovora odgovor bio „da“.

## Elements of the definition
element-recruitment = Vrbovanje (obmanom, prinudom ili zloupotrebom ranjivosti)
element-exploitation = Eksploatatorski uslovi
element-control-at-destination = Prinuda ili zloupotreba ranjivosti na odredištu
element-act = Neko ju je vrbovao, prevezao, skrivao ili primio
element-purpose = Eksploatacija (komercijalni seks ili eksploatatorski uslovi)

## Conflicts to review
conflict-age-stated-adult-but-minor = Prema onome što je rekla, ima 18 ili više godina, ali možda je maloletna. Postupak za decu se primenjuje dok se njen uzrast ne utvrdi.
conflict-act-absent-but-recruitment = Nije zabeleženo da ju je neko vrbovao, prevezao, skrivao ili primio, a ipak su pronađeni indikatori vrbovanja. Proverite ove odgovore.
