//! What this build is: its own version and the versions of the data compiled into it (the
//! questionnaire, the indicator catalogue, the decision rule). `lantern --version` and
//! `lantern-central --version` print these, read from the embedded data, not written twice.

use lantern_i18n::MessageArgs;

use crate::assessment::{Catalogue, RULE_VERSION};
use crate::questionnaire::identification_v1;

/// The versions of this build and of its embedded data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versions {
    /// The workspace's version (`Cargo.toml`), the same for every Lantern binary.
    pub build: &'static str,
    /// The shipped questionnaire's id and version (its TOML header).
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    /// The embedded indicator catalogue's version.
    pub catalogue_version: String,
    /// The assessment's decision rule.
    pub rule_version: &'static str,
}

impl Versions {
    /// The versions of what this binary embeds.
    pub fn embedded() -> Self {
        let questionnaire = identification_v1();
        Self {
            build: env!("CARGO_PKG_VERSION"),
            questionnaire_id: questionnaire.id,
            questionnaire_version: questionnaire.version,
            catalogue_version: Catalogue::embedded().version().to_owned(),
            rule_version: RULE_VERSION,
        }
    }

    /// The arguments of the `cli-version` message: `$build`, `$questionnaire_id`,
    /// `$questionnaire`, `$catalogue`, `$rule`.
    pub fn message_args(&self) -> MessageArgs {
        MessageArgs::new()
            .text("build", self.build)
            .text("questionnaire_id", self.questionnaire_id.clone())
            .text("questionnaire", self.questionnaire_version.clone())
            .text("catalogue", self.catalogue_version.clone())
            .text("rule", self.rule_version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::catalogue::EMBEDDED_CATALOGUE;
    use crate::questionnaire::IDENTIFICATION_V1_TOML;

    /// The value of `key = "..."` in the top level of a TOML text, read independently of the
    /// parsers under test.
    fn top_level(text: &str, key: &str) -> String {
        let prefix = format!("{key} = \"");
        let line = text
            .lines()
            .take_while(|l| !l.starts_with('['))
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no top-level {key}"));
        line[prefix.len()..line.len() - 1].to_owned()
    }

    #[test]
    fn the_versions_are_those_of_the_embedded_files() {
        let v = Versions::embedded();
        assert_eq!(v.build, env!("CARGO_PKG_VERSION"));
        assert_eq!(v.questionnaire_id, top_level(IDENTIFICATION_V1_TOML, "id"));
        assert_eq!(
            v.questionnaire_version,
            top_level(IDENTIFICATION_V1_TOML, "version")
        );
        assert_eq!(
            v.catalogue_version,
            top_level(EMBEDDED_CATALOGUE, "version")
        );
        assert_eq!(v.rule_version, RULE_VERSION);
    }
}
