//! The central schema after all migrations, as a snapshot: an edited shipped migration shows
//! up here.

#[test]
fn schema_after_all_migrations() {
    let root = tempfile::tempdir().unwrap();
    let (central, _) = crate::new_central(&root.path().join("c"));
    insta::assert_snapshot!(central.schema_sql().unwrap());
}
