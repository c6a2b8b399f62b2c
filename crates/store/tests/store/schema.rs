//! The schema after all migrations, as a snapshot: an edited shipped migration shows up here.

#[test]
fn schema_after_all_migrations() {
    let root = tempfile::tempdir().unwrap();
    let store = crate::create(&root.path().join("p"));
    assert_eq!(
        store.status().unwrap().schema_version,
        lantern_store::SCHEMA_VERSION
    );
    insta::assert_snapshot!(store.schema_sql().unwrap());
}
