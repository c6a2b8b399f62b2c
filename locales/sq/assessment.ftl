# Vlerësimi sipas treguesve (crates/core/src/assessment). Një vlerësim paraprak, kurrë një vendim:
# nuk ka mesazh „nuk është viktimë“, dhe çdo rezultat thotë se ndihma ofrohet në çdo rast.
# PËRKTHIM PARAPRAK nga anglishtja: ende i pakontrolluar nga një folës amtar (shih locales/status.toml).

## Results
result-indicators-met = Treguesit plotësohen: referojeni për identifikim formal
result-insufficient-information = Informacion i pamjaftueshëm: ofroni ndihmë në çdo rast
result-not-met = Kombinimi nuk plotësohet me informacionin e dhënë: ofroni ndihmë në çdo rast

## Notices shown with every result
notice-screening-only = Ky është një vlerësim paraprak, jo identifikim. Ndihma nuk varet kurrë nga ky rezultat.
notice-catalogue-not-verified = Katalogu nuk është verifikuar ende me publikimin e ONP-së

## Profiles and why one was chosen
profile-adult = Person i rritur (treguesit për shfrytëzim seksual)
profile-child = Fëmijë (treguesit për shfrytëzim seksual)
profile-basis-age-under-18 = Mosha e deklaruar ose e vlerësuar është nën 18 vjeç.
profile-basis-minor-at-start = Tani është e rritur, por ishte nën 18 vjeç kur filloi: për atë që ndodhi atëherë zbatohet rregulli për fëmijët.
profile-basis-minor-suspected = Ajo mund të jetë nën 18 vjeç: prezumohet se është e mitur derisa të verifikohet mosha e saj.
profile-basis-age-18-or-over = Mosha e deklaruar ose e vlerësuar është 18 vjeç ose më shumë, pa asnjë shenjë se mund të jetë e mitur.
profile-basis-age-unknown = Mosha është e panjohur, pa asnjë shenjë se mund të jetë e mitur.

## Dimensions
dimension-DR = Rekrutim me mashtrim
dimension-CR = Rekrutim me detyrim
dimension-AVR = Rekrutim me abuzim të cenueshmërisë
dimension-EXP = Kushte shfrytëzuese
dimension-COD = Detyrim në vendin e destinacionit
dimension-AVD = Abuzim i cenueshmërisë në vendin e destinacionit

## Dimension and element statuses
status-positive = Pozitiv
status-unresolved = I pazgjidhur
status-negative = Negativ

## Indicator tiers
tier-strong = I fortë
tier-medium = Mesatar
tier-weak = I dobët
tier-not-listed = Nuk është në këtë listë (nuk llogaritet)

## Clauses of the per-dimension rule
clause-two-strong = dy tregues të fortë
clause-strong-and-other = një tregues i fortë dhe një tregues mesatar ose i dobët
clause-three-medium = tre tregues mesatarë
clause-two-medium-one-weak = dy tregues mesatarë dhe një tregues i dobët

## Why a dimension has its status
reason-met = Treguesit e gjetur e plotësojnë rregullin.
reason-could-be-met = Rregulli nuk plotësohet me treguesit e gjetur, por pyetjet pa përgjigje mund ta plotësojnë ende.
reason-cannot-be-met = Rregulli nuk plotësohet, edhe sikur të gjitha pyetjet pa përgjigje të merrnin përgjigjen „po“.

## Elements of the definition
element-recruitment = Rekrutimi (me mashtrim, me detyrim ose me abuzim të cenueshmërisë)
element-exploitation = Kushte shfrytëzuese
element-control-at-destination = Detyrim ose abuzim i cenueshmërisë në vendin e destinacionit
element-act = Dikush e rekrutoi, e transportoi, e strehoi ose e pranoi
element-purpose = Shfrytëzimi (shfrytëzim seksual komercial ose kushte shfrytëzuese)

## Conflicts to review
conflict-age-stated-adult-but-minor = Mosha që ajo deklaroi është 18 vjeç ose më shumë, por ajo mund të jetë e mitur. Procedura për fëmijët zbatohet derisa të verifikohet mosha e saj.
conflict-act-absent-but-recruitment = Askush nuk është regjistruar si person që e rekrutoi, e transportoi, e strehoi ose e pranoi, megjithatë u gjetën tregues rekrutimi. Ju lutemi rishikoni këto përgjigje.
