# Împachetare: intrarea din meniul desktopului și datele AppStream ale pachetului Debian.
# TRADUCERE PROVIZORIE din engleză: încă neverificată de un vorbitor nativ.
packaging-generic-name = Note de interviu
packaging-comment = Note de interviu criptate, care funcționează fără internet
packaging-keywords = interviu;note;fără internet;criptat;
packaging-summary = Interviuri fără internet, cu interpreți, păstrate criptat
packaging-description = Lantern îi ghidează pe lucrătorii de teren printr-un interviu structurat în albaneză, sârbă, română, rusă, ucraineană și engleză, păstrează fiecare răspuns într-o bază de date criptată pe laptop și transmite înregistrările unui birou central în pachete sigilate și semnate.
