# Denumirile indicatorilor: ILO/EC Operational indicators of trafficking in human beings (2009).
# TRADUCERE PROVIZORIE din engleză: încă neverificată de un vorbitor nativ (vezi locales/status.toml).
# Identificatorii mesajelor sunt folosiți în crates/core/data/indicators-v1.toml (`label`).
# Texte pentru intervievator; nu se citesc cu voce tare.

## Deceptive recruitment (10)
ind-DR1 = Înșelăciune privind natura muncii, locul de muncă sau angajatorul
ind-DR2 = Înșelăciune privind condițiile de muncă
ind-DR3 = Înșelăciune privind conținutul sau legalitatea contractului de muncă
ind-DR4 = Înșelăciune privind reîntregirea familiei
ind-DR5 = Înșelăciune privind locuința și condițiile de trai
ind-DR6 = Înșelăciune privind actele legale sau obținerea unui statut legal de migrant
ind-DR7 = Înșelăciune privind condițiile de călătorie și de recrutare
ind-DR8 = Înșelăciune privind salariul/câștigurile
ind-DR9 = Înșelăciune prin promisiuni de căsătorie sau de adopție
ind-DR10 = Înșelăciune privind accesul la educație

## Coercive recruitment (10)
ind-CR1 = Violență asupra victimei
ind-CR2 = Amenințări cu violența împotriva victimei
ind-CR3 = Răpire, căsătorie forțată, adopție forțată sau vânzarea victimei
ind-CR4 = Servitute pentru datorii
ind-CR5 = Confiscarea actelor
ind-CR6 = Izolare, sechestrare sau supraveghere
ind-CR7 = Amenințarea cu denunțarea la autorități
ind-CR8 = Amenințarea cu informarea familiei, a comunității sau a publicului
ind-CR9 = Violență asupra familiei (amenințări sau fapte)
ind-CR10 = Reținerea banilor

## Recruitment by abuse of vulnerability (16)
ind-AVR1 = Abuzul de o situație familială dificilă
ind-AVR2 = Abuzul de statutul ilegal
ind-AVR3 = Abuzul de lipsa de educație (limba)
ind-AVR4 = Abuzul de lipsa de informare
ind-AVR5 = Controlul exercitat de exploatatori
ind-AVR6 = Motive economice
ind-AVR7 = Informații false despre reușita migrației
ind-AVR8 = Informații false despre lege și despre atitudinea autorităților
ind-AVR9 = Situația familială
ind-AVR10 = Situația personală
ind-AVR11 = Dependență psihologică și emoțională (metoda „loverboy”)
ind-AVR12 = Relația cu autoritățile/statutul legal
ind-AVR13 = Dificultăți în trecut
ind-AVR14 = Dificultatea de a organiza călătoria
ind-AVR15 = Abuzul de convingerile culturale/religioase
ind-AVR16 = Context general (post-conflict, politic)

## Exploitative conditions (9): the purpose element
ind-EXP1 = Zile sau ore de muncă excesive
ind-EXP2 = Salariu mic sau inexistent
ind-EXP3 = Manipularea salariului (amenzi, rețineri, plata către un intermediar)
ind-EXP4 = Condiții de trai proaste
ind-EXP5 = Condiții de muncă foarte proaste
ind-EXP6 = Muncă periculoasă
ind-EXP7 = Nerespectarea legislației muncii sau a contractului semnat
ind-EXP8 = Lipsa protecției sociale (contract, asigurare)
ind-EXP9 = Lipsa accesului la educație

## Coercion at destination (15)
ind-COD1 = Confiscarea actelor
ind-COD2 = Servitute pentru datorii
ind-COD3 = Izolare, sechestrare sau supraveghere
ind-COD4 = Violență asupra victimei
ind-COD5 = Amenințări cu violența împotriva victimei
ind-COD6 = Constrângere la activități ilicite/infracționale
ind-COD7 = Sarcini sau clienți impuși
ind-COD8 = Sub influență puternică
ind-COD9 = Constrângere de a acționa împotriva altor victime
ind-COD10 = Constrângere de a minți autoritățile, familia etc.
ind-COD11 = Amenințarea cu denunțarea la autorități
ind-COD12 = Amenințarea cu condiții de muncă și mai rele
ind-COD13 = Violență asupra familiei (amenințări sau fapte)
ind-COD14 = Reținerea salariului
ind-COD15 = Amenințarea cu informarea familiei, a comunității sau a publicului

## Abuse of vulnerability at destination (7)
ind-AVD1 = Dependența de exploatatori
ind-AVD2 = Dificultatea de a trăi într-un loc necunoscut
ind-AVD3 = Motive economice
ind-AVD4 = Situația familială
ind-AVD5 = Relația cu autoritățile/statutul legal
ind-AVD6 = Dificultăți în trecut
ind-AVD7 = Caracteristici personale (grup discriminat/marginalizat)
