# Evaluarea pe baza indicatorilor (crates/core/src/assessment). O evaluare preliminară, niciodată un verdict:
# nu există mesajul „nu este victimă”, iar fiecare rezultat spune că asistența se oferă în orice caz.
# TRADUCERE PROVIZORIE din engleză: încă neverificată de un vorbitor nativ (vezi locales/status.toml).

## Results
result-indicators-met = Indicatori îndepliniți: îndrumați-o către identificarea formală
result-insufficient-information = Informații insuficiente: oferiți asistență în orice caz
result-not-met = Combinația nu este îndeplinită pe baza informațiilor date: oferiți asistență în orice caz

## Notices shown with every result
notice-screening-only = Aceasta este o evaluare preliminară, nu o identificare. Asistența nu depinde niciodată de acest rezultat.
notice-catalogue-not-verified = Catalogul nu a fost încă verificat față de publicația Organizației Internaționale a Muncii

## Profiles and why one was chosen
profile-adult = Persoană adultă (indicatori pentru exploatarea sexuală)
profile-child = Copil (indicatori pentru exploatarea sexuală)
profile-basis-age-under-18 = Vârsta declarată sau estimată este sub 18 ani.
profile-basis-minor-at-start = Acum este adultă, dar avea sub 18 ani când a început: pentru ce s-a întâmplat atunci se aplică regula pentru copii.
profile-basis-minor-suspected = Ar putea avea sub 18 ani: minoritatea este prezumată până la verificarea vârstei.
profile-basis-age-18-or-over = Vârsta declarată sau estimată este de 18 ani sau mai mult, fără niciun semn că ar putea fi minoră.
profile-basis-age-unknown = Vârsta este necunoscută, fără niciun semn că ar putea fi minoră.

## Dimensions
dimension-DR = Recrutare prin înșelăciune
dimension-CR = Recrutare prin constrângere
dimension-AVR = Recrutare prin abuz de vulnerabilitate
dimension-EXP = Condiții de exploatare
dimension-COD = Constrângere la destinație
dimension-AVD = Abuz de vulnerabilitate la destinație

## Dimension and element statuses
status-positive = Pozitiv
status-unresolved = Nerezolvat
status-negative = Negativ

## Indicator tiers
tier-strong = Puternic
tier-medium = Mediu
tier-weak = Slab
tier-not-listed = Nu figurează în această listă (nu se ia în calcul)

## Clauses of the per-dimension rule
clause-two-strong = doi indicatori puternici
clause-strong-and-other = un indicator puternic și un indicator mediu sau slab
clause-three-medium = trei indicatori medii
clause-two-medium-one-weak = doi indicatori medii și un indicator slab

## Why a dimension has its status
reason-met = Indicatorii găsiți îndeplinesc regula.
reason-could-be-met = Regula nu este îndeplinită de indicatorii găsiți, dar întrebările fără răspuns ar putea încă să o îndeplinească.
reason-cannot-be-met = Regula nu este îndeplinită, nici dacă la toate întrebările fără răspuns s-ar răspunde cu „da”.

## Elements of the definition
element-recruitment = Recrutare (prin înșelăciune, prin constrângere sau prin abuz de vulnerabilitate)
element-exploitation = Condiții de exploatare
element-control-at-destination = Constrângere sau abuz de vulnerabilitate la destinație
element-act = Cineva a recrutat-o, a mutat-o, a adăpostit-o sau a primit-o
element-purpose = Exploatare (exploatare sexuală comercială sau condiții de exploatare)

## Conflicts to review
conflict-age-stated-adult-but-minor = Vârsta declarată de ea este de 18 ani sau mai mult, dar ar putea fi minoră. Se aplică procedura pentru copii până la verificarea vârstei.
conflict-act-absent-but-recruitment = Nu este înregistrat nimeni care să o fi recrutat, mutat, adăpostit sau primit, dar au fost găsiți indicatori de recrutare. Verificați aceste răspunsuri.
