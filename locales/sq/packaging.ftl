# Paketimi: hyrja në menynë e desktopit dhe të dhënat AppStream të paketës Debian.
# PËRKTHIM PARAPRAK nga anglishtja: ende i pakontrolluar nga një folës amtare.
packaging-generic-name = Shënime intervistash
packaging-comment = Shënime intervistash të enkriptuara që punojnë pa internet
packaging-keywords = intervistë;shënime;pa internet;enkriptuar;
packaging-summary = Intervista pa internet me përkthyes, të ruajtura të enkriptuara
packaging-description = Lantern i udhëheq punonjësit në terren nëpër një intervistë të strukturuar në shqip, serbisht, rumanisht, rusisht, ukrainisht dhe anglisht, ruan çdo përgjigje në një depo të enkriptuar në laptop dhe i dërgon të dhënat në zyrën qendrore në paketa të vulosura dhe të nënshkruara.
