# Packaging: the desktop entry and the AppStream metainfo of the Debian package.
# scripts/package.sh copies these into the files it generates (one line each, no variables).
packaging-generic-name = Interview notes
packaging-comment = Encrypted interview notes that work offline
packaging-keywords = interview;notes;offline;encrypted;
packaging-summary = Offline interviews with interpreters, kept encrypted
packaging-description = Lantern guides outreach workers through a structured interview in Albanian, Serbian, Romanian, Russian, Ukrainian and English, keeps every answer in an encrypted store on the laptop and moves the records to a central office in sealed, signed bundles.
