# GENERATED from sr-Cyrl by `lantern locales derive-sr-latn`. Do not edit: edit sr-Cyrl.
# Pakovanje: stavka menija radne površine i AppStream podaci Debian paketa.
# PRIVREMENI PREVOD sa engleskog: još nije proverio izvorni govornik.
packaging-generic-name = Beleške sa intervjua
packaging-comment = Šifrovane beleške sa intervjua koje rade bez interneta
packaging-keywords = intervju;beleške;bez interneta;šifrovano;
packaging-summary = Intervjui bez interneta uz prevodioce, čuvani šifrovano
packaging-description = Lantern vodi terenske radnike kroz strukturisani intervju na albanskom, srpskom, rumunskom, ruskom, ukrajinskom i engleskom, čuva svaki odgovor u šifrovanoj bazi na laptopu i prenosi zapise u centralnu kancelariju u zapečaćenim, potpisanim paketima.
