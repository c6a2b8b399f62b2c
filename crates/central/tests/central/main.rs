//! Integration tests of lantern-central (filled in below).
