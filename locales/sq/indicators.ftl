# Emërtimet e treguesve: ILO/EC Operational indicators of trafficking in human beings (2009).
# PËRKTHIM PARAPRAK nga anglishtja: ende i pakontrolluar nga një folës amtar (shih locales/status.toml).
# Identifikuesit e mesazheve përdoren në crates/core/data/indicators-v1.toml (`label`).
# Tekste për intervistuesin; nuk lexohen me zë.

## Deceptive recruitment (10)
ind-DR1 = Mashtrim për natyrën e punës, vendin e punës ose punëdhënësin
ind-DR2 = Mashtrim për kushtet e punës
ind-DR3 = Mashtrim për përmbajtjen ose ligjshmërinë e kontratës së punës
ind-DR4 = Mashtrim për bashkimin familjar
ind-DR5 = Mashtrim për strehimin dhe kushtet e jetesës
ind-DR6 = Mashtrim për dokumentet ligjore ose për marrjen e statusit të ligjshëm të migrimit
ind-DR7 = Mashtrim për kushtet e udhëtimit dhe të rekrutimit
ind-DR8 = Mashtrim për pagën/fitimet
ind-DR9 = Mashtrim me premtime martese ose birësimi
ind-DR10 = Mashtrim për mundësitë e arsimimit

## Coercive recruitment (10)
ind-CR1 = Dhunë ndaj viktimës
ind-CR2 = Kërcënime me dhunë ndaj viktimës
ind-CR3 = Rrëmbim, martesë e detyruar, birësim i detyruar ose shitje e viktimës
ind-CR4 = Robëri për borxh
ind-CR5 = Konfiskim i dokumenteve
ind-CR6 = Izolim, mbyllje ose mbikëqyrje
ind-CR7 = Kërcënim me denoncim te autoritetet
ind-CR8 = Kërcënime për të informuar familjen, komunitetin ose publikun
ind-CR9 = Dhunë ndaj familjes (kërcënime ose dhunë e ushtruar)
ind-CR10 = Mbajtje e parave

## Recruitment by abuse of vulnerability (16)
ind-AVR1 = Abuzim me situatën e vështirë familjare
ind-AVR2 = Abuzim me statusin e paligjshëm
ind-AVR3 = Abuzim me mungesën e arsimimit (gjuha)
ind-AVR4 = Abuzim me mungesën e informacionit
ind-AVR5 = Kontroll nga shfrytëzuesit
ind-AVR6 = Arsye ekonomike
ind-AVR7 = Informacion i rremë për migrimin e suksesshëm
ind-AVR8 = Informacion i rremë për ligjin dhe për qëndrimin e autoriteteve
ind-AVR9 = Situata familjare
ind-AVR10 = Situata personale
ind-AVR11 = Varësi psikologjike dhe emocionale („lover-boy“)
ind-AVR12 = Marrëdhënia me autoritetet/statusi ligjor
ind-AVR13 = Vështirësi në të kaluarën
ind-AVR14 = Vështirësi për të organizuar udhëtimin
ind-AVR15 = Abuzim me besimet kulturore/fetare
ind-AVR16 = Konteksti i përgjithshëm (pas konfliktit, politik)

## Exploitative conditions (9): the purpose element
ind-EXP1 = Ditë ose orë pune të tepërta
ind-EXP2 = Pagë e ulët ose pa pagë
ind-EXP3 = Manipulim i pagës (gjoba, zbritje, pagesë te ndërmjetësi)
ind-EXP4 = Kushte të këqija jetese
ind-EXP5 = Kushte shumë të këqija pune
ind-EXP6 = Punë e rrezikshme
ind-EXP7 = Mosrespektim i ligjeve të punës ose i kontratës së nënshkruar
ind-EXP8 = Mungesë e mbrojtjes sociale (kontratë, sigurim)
ind-EXP9 = Mungesë e qasjes në arsim

## Coercion at destination (15)
ind-COD1 = Konfiskim i dokumenteve
ind-COD2 = Robëri për borxh
ind-COD3 = Izolim, mbyllje ose mbikëqyrje
ind-COD4 = Dhunë ndaj viktimës
ind-COD5 = Kërcënime me dhunë ndaj viktimës
ind-COD6 = Detyrim për veprimtari të paligjshme/kriminale
ind-COD7 = Detyra ose klientë të imponuar
ind-COD8 = Nën ndikim të fortë
ind-COD9 = Detyrim për të vepruar kundër viktimave të tjera
ind-COD10 = Detyrim për t’u gënjyer autoriteteve, familjes etj.
ind-COD11 = Kërcënim me denoncim te autoritetet
ind-COD12 = Kërcënim me kushte pune edhe më të këqija
ind-COD13 = Dhunë ndaj familjes (kërcënime ose dhunë e ushtruar)
ind-COD14 = Mbajtje e pagës
ind-COD15 = Kërcënime për të informuar familjen, komunitetin ose publikun

## Abuse of vulnerability at destination (7)
ind-AVD1 = Varësi nga shfrytëzuesit
ind-AVD2 = Vështirësi për të jetuar në një vend të panjohur
ind-AVD3 = Arsye ekonomike
ind-AVD4 = Situata familjare
ind-AVD5 = Marrëdhënia me autoritetet/statusi ligjor
ind-AVD6 = Vështirësi në të kaluarën
ind-AVD7 = Karakteristika personale (grup i diskriminuar/i margjinalizuar)
