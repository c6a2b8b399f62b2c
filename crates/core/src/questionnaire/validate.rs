//! Checks a parsed definition and compiles it into the model. Collects every problem.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::condition::{AnswerTest, Condition, StateTest};
use super::error::{DefinitionError as E, Location};
use super::spec::{FileSpec, HelpSpec, MigrationSpec, OptionSpec, RawCondition, RawScalar};
use super::{
    AnswerType, ChoiceOption, ConsentPurpose, Emergency, EmergencyItem, EvidenceRule,
    FORMAT_VERSION, Flag, Gate, Group, Module, ObservationRules, Question, Questionnaire,
    Sensitivity, WordingCheck,
};

pub(super) fn load(
    file: &str,
    text: &str,
    known: &BTreeSet<String>,
) -> Result<Questionnaire, Vec<E>> {
    let spec: FileSpec = match toml::from_str(text) {
        Ok(spec) => spec,
        Err(err) => {
            return Err(vec![E::Parse {
                file: file.to_owned(),
                message: err.to_string().trim_end().to_owned(),
            }]);
        }
    };
    let mut v = Validator {
        file: file.to_owned(),
        errors: Vec::new(),
        known,
    };
    let q = v.build(spec);
    if v.errors.is_empty() {
        Ok(q)
    } else {
        Err(v.errors)
    }
}

/// Where a condition may look: only at questions strictly before a position (skip logic, gates,
/// flags), up to and including one (evidence of a question), or anywhere (observations,
/// emergency triggers, which are read after the fact).
#[derive(Debug, Clone, Copy)]
enum Limit {
    Before(usize),
    UpTo(usize),
    Anywhere,
}

impl Limit {
    fn allows(self, pos: usize) -> bool {
        match self {
            Self::Before(p) => pos < p,
            Self::UpTo(p) => pos <= p,
            Self::Anywhere => true,
        }
    }
}

struct Validator<'k> {
    file: String,
    errors: Vec<E>,
    known: &'k BTreeSet<String>,
}

/// What conditions can see while being compiled.
struct Scope<'a> {
    questions: &'a [Question],
    index: &'a HashMap<String, usize>,
    /// Flag id -> the last question position it reads (None: reads none). Only flags already
    /// compiled are present, so a flag cannot read itself or a later flag.
    flags: &'a HashMap<String, Option<usize>>,
    declared_flags: &'a HashSet<String>,
}

fn message_id(prefix: &str, id: &str) -> String {
    format!("{prefix}-{}", id.to_lowercase().replace('_', "-"))
}

fn valid_question_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn valid_option_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn valid_export(name: &str) -> bool {
    name.split_once(':').is_some_and(|(ns, var)| {
        matches!(ns, "ctdc" | "htcds" | "idi")
            && !var.is_empty()
            && var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

impl Validator<'_> {
    fn push(&mut self, e: E) {
        self.errors.push(e);
    }

    fn file(&self) -> String {
        self.file.clone()
    }

    fn check_indicators<'s>(&mut self, at: &Location, ids: impl IntoIterator<Item = &'s String>) {
        for id in ids {
            if !self.known.contains(id) {
                self.push(E::UnknownIndicator {
                    file: self.file(),
                    at: at.clone(),
                    indicator: id.clone(),
                });
            }
        }
    }

    fn check_exports<'s>(&mut self, at: &Location, names: impl IntoIterator<Item = &'s String>) {
        for name in names {
            if !valid_export(name) {
                self.push(E::BadExport {
                    file: self.file(),
                    at: at.clone(),
                    name: name.clone(),
                });
            }
        }
    }

    fn build(&mut self, spec: FileSpec) -> Questionnaire {
        if spec.format != FORMAT_VERSION {
            self.push(E::UnsupportedFormat {
                file: self.file(),
                found: spec.format,
            });
        }
        if spec.modules.is_empty() {
            self.push(E::Empty {
                file: self.file(),
                what: "modules",
            });
        }

        // Pass 1: modules and questions with their own attributes (no conditions yet), so that
        // conditions can then be resolved against the complete list in interview order.
        let mut modules = Vec::new();
        let mut questions: Vec<Question> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut module_ids = HashSet::new();
        let mut pending_question_conditions = Vec::new();
        let mut pending_module_conditions = Vec::new();
        let mut pending_evidence = Vec::new();
        let mut question_groups: Vec<(usize, String)> = Vec::new();

        for m in spec.modules {
            let at = Location::Module(m.id.clone());
            if !valid_question_id(&m.id) {
                self.push(E::BadId {
                    file: self.file(),
                    at: at.clone(),
                    id: m.id.clone(),
                    reason: "ids start with a letter and use letters, digits and _",
                });
            }
            if !module_ids.insert(m.id.clone()) {
                self.push(E::DuplicateId {
                    file: self.file(),
                    at: at.clone(),
                    kind: "module",
                    id: m.id.clone(),
                });
            }
            if m.questions.is_empty() {
                self.push(E::Empty {
                    file: self.file(),
                    what: "questions in a module",
                });
            }
            let module_index = modules.len();
            let first = questions.len();
            for qs in m.questions {
                let pos = questions.len();
                let at = Location::Question(qs.id.clone());
                if !valid_question_id(&qs.id) {
                    self.push(E::BadId {
                        file: self.file(),
                        at: at.clone(),
                        id: qs.id.clone(),
                        reason: "ids start with a letter and use letters, digits and _",
                    });
                }
                if index.insert(qs.id.clone(), pos).is_some() || module_ids.contains(&qs.id) {
                    self.push(E::DuplicateId {
                        file: self.file(),
                        at: at.clone(),
                        kind: "question",
                        id: qs.id.clone(),
                    });
                }
                let answer_type = match qs.kind.as_str() {
                    "yes_no" => AnswerType::YesNo,
                    "single_choice" => AnswerType::SingleChoice,
                    "multiple_choice" => AnswerType::MultipleChoice,
                    "number" => AnswerType::Number,
                    "approximate_date" => AnswerType::ApproximateDate,
                    "free_text" => AnswerType::FreeText,
                    "observation" => AnswerType::Observation,
                    other => {
                        self.push(E::BadAttribute {
                            file: self.file(),
                            at: at.clone(),
                            detail: format!("unknown answer type {other:?}"),
                        });
                        AnswerType::FreeText
                    }
                };
                let text_id = qs.text.clone().unwrap_or_else(|| message_id("q", &qs.id));
                let help_id = match &qs.help {
                    None | Some(HelpSpec::Flag(false)) => None,
                    Some(HelpSpec::Flag(true)) => Some(format!("{text_id}-help")),
                    Some(HelpSpec::Id(id)) => Some(id.clone()),
                };
                let mut options: Vec<ChoiceOption> = Vec::new();
                for o in qs.options {
                    let (id, label, evidences, export, exclusive) = match o {
                        OptionSpec::Id(id) => (id, None, Vec::new(), Vec::new(), false),
                        OptionSpec::Full(t) => (t.id, t.label, t.evidences, t.export, t.exclusive),
                    };
                    if !valid_option_id(&id) {
                        self.push(E::BadId {
                            file: self.file(),
                            at: at.clone(),
                            id: id.clone(),
                            reason: "option ids use lower-case letters, digits and _",
                        });
                    }
                    if options.iter().any(|x| x.id == id) {
                        self.push(E::DuplicateId {
                            file: self.file(),
                            at: at.clone(),
                            kind: "option",
                            id: id.clone(),
                        });
                    }
                    self.check_indicators(&at, &evidences);
                    self.check_exports(&at, &export);
                    let label_id =
                        label.unwrap_or_else(|| format!("{text_id}-opt-{}", id.replace('_', "-")));
                    options.push(ChoiceOption {
                        id,
                        label_id,
                        evidences,
                        export,
                        exclusive,
                    });
                }
                let q = Question {
                    id: qs.id.clone(),
                    module: module_index,
                    group: None,
                    answer_type,
                    required: qs.required,
                    interviewer_only: qs
                        .interviewer_only
                        .unwrap_or(m.interviewer_only || answer_type == AnswerType::Observation),
                    sensitivity: Sensitivity::Case,
                    text_id,
                    help_id,
                    when: None,
                    options,
                    multiple: qs.multiple,
                    each_option_asked: qs.each_option_asked,
                    allow_unsure: qs.allow_unsure,
                    min: qs.min,
                    max: qs.max,
                    max_length: qs.max_length,
                    evidences: qs.evidences,
                    absent_if_no: qs.absent_if_no,
                    evidence_rules: Vec::new(),
                    export: qs.export,
                    consent: qs.consent,
                    replaced_by: qs.replaced_by,
                    lint_allow: Vec::new(),
                };
                let lint_allow = qs
                    .lint_allow
                    .iter()
                    .filter_map(|name| {
                        let check = WordingCheck::parse(name);
                        if check.is_none() {
                            self.push(E::BadAttribute {
                                file: self.file(),
                                at: at.clone(),
                                detail: format!(
                                    "lint_allow: unknown check {name:?} (two_questions, and_or, long_sentence)"
                                ),
                            });
                        }
                        check
                    })
                    .collect();
                let q = Question { lint_allow, ..q };
                let sensitivity = self.check_question_shape(&q, qs.sensitivity.as_deref());
                self.check_indicators(&at, &q.evidences);
                self.check_indicators(&at, &q.absent_if_no);
                self.check_exports(&at, &q.export);
                questions.push(Question { sensitivity, ..q });
                if let Some(c) = qs.when {
                    pending_question_conditions.push((pos, c));
                }
                for ev in qs.evidence {
                    self.check_indicators(&at, &ev.indicators);
                    pending_evidence.push((pos, ev.when, ev.indicators, ev.rules_out));
                }
                if let Some(g) = qs.group {
                    question_groups.push((pos, g));
                }
            }
            let end = questions.len();
            if let Some(c) = m.when {
                pending_module_conditions.push((module_index, c));
            }
            modules.push(Module {
                id: m.id.clone(),
                title_id: m.title.unwrap_or_else(|| message_id("module", &m.id)),
                when: None,
                interviewer_only: m.interviewer_only,
                first,
                end,
            });
        }

        let groups = self.build_groups(spec.groups, &question_groups, &mut questions);
        self.check_consents(&questions);
        self.check_replacements(&questions, &index);

        // Flags, in declaration order: a flag may read questions and earlier flags only.
        let declared_flags: HashSet<String> = spec.flags.iter().map(|f| f.id.clone()).collect();
        let mut flag_reach: HashMap<String, Option<usize>> = HashMap::new();
        let mut flags = Vec::new();
        for f in spec.flags {
            let at = Location::Flag(f.id.clone());
            if !valid_option_id(&f.id) {
                self.push(E::BadId {
                    file: self.file(),
                    at: at.clone(),
                    id: f.id.clone(),
                    reason: "flag ids use lower-case letters, digits and _",
                });
            }
            if flag_reach.contains_key(&f.id) || flags.iter().any(|x: &Flag| x.id == f.id) {
                self.push(E::DuplicateId {
                    file: self.file(),
                    at: at.clone(),
                    kind: "flag",
                    id: f.id.clone(),
                });
                continue;
            }
            let scope = Scope {
                questions: &questions,
                index: &index,
                flags: &flag_reach,
                declared_flags: &declared_flags,
            };
            if let Some(c) = self.compile(&scope, &at, &f.when, Limit::Anywhere) {
                let reach = reach(&c, &index, &flag_reach);
                flag_reach.insert(f.id.clone(), reach);
                flags.push(Flag { id: f.id, when: c });
            }
        }

        let scope = Scope {
            questions: &questions,
            index: &index,
            flags: &flag_reach,
            declared_flags: &declared_flags,
        };
        let mut compiled_when = Vec::new();
        for (pos, raw) in &pending_question_conditions {
            let at = Location::Question(questions[*pos].id.clone());
            if let Some(c) = self.compile(&scope, &at, raw, Limit::Before(*pos)) {
                compiled_when.push((*pos, c));
            }
        }
        let mut compiled_module_when = Vec::new();
        for (mi, raw) in &pending_module_conditions {
            let at = Location::Module(modules[*mi].id.clone());
            if let Some(c) = self.compile(&scope, &at, raw, Limit::Before(modules[*mi].first)) {
                compiled_module_when.push((*mi, c));
            }
        }
        let mut compiled_evidence = Vec::new();
        for (pos, raw, indicators, rules_out) in &pending_evidence {
            let at = Location::Question(questions[*pos].id.clone());
            if let Some(c) = self.compile(&scope, &at, raw, Limit::UpTo(*pos)) {
                compiled_evidence.push((
                    *pos,
                    EvidenceRule {
                        when: c,
                        indicators: indicators.clone(),
                        rules_out: *rules_out,
                    },
                ));
            }
        }

        let mut gates = Vec::new();
        let mut gate_ids = HashSet::new();
        for g in spec.gates {
            let at = Location::Gate(g.id.clone());
            if !gate_ids.insert(g.id.clone()) {
                self.push(E::DuplicateId {
                    file: self.file(),
                    at: at.clone(),
                    kind: "gate",
                    id: g.id.clone(),
                });
            }
            let position = match (
                modules.iter().find(|m| m.id == g.before),
                index.get(&g.before),
            ) {
                (Some(m), _) => Some(m.first),
                (None, Some(&p)) => Some(p),
                (None, None) => {
                    self.push(E::DanglingReference {
                        file: self.file(),
                        at: at.clone(),
                        target: format!("module or question {:?}", g.before),
                    });
                    None
                }
            };
            let limit = Limit::Before(position.unwrap_or(usize::MAX));
            let when = g
                .when
                .as_ref()
                .and_then(|c| self.compile(&scope, &at, c, limit));
            let requires = self.compile(&scope, &at, &g.requires, limit);
            if let (Some(position), Some(requires)) = (position, requires) {
                let message_id = g.message.unwrap_or_else(|| message_id("gate", &g.id));
                gates.push(Gate {
                    id: g.id,
                    position,
                    when,
                    requires,
                    message_id,
                });
            }
        }

        let emergency = match spec.emergency {
            None => Emergency {
                title_id: "emergency-title".to_owned(),
                items: Vec::new(),
            },
            Some(e) => {
                let mut items: Vec<EmergencyItem> = Vec::new();
                for id in e.items {
                    if items.iter().any(|i| i.id == id) {
                        self.push(E::DuplicateId {
                            file: self.file(),
                            at: Location::Emergency,
                            kind: "emergency item",
                            id: id.clone(),
                        });
                    }
                    items.push(EmergencyItem {
                        label_id: message_id("emergency-item", &id),
                        id,
                        triggers: Vec::new(),
                    });
                }
                for t in e.triggers {
                    let c = self.compile(&scope, &Location::Emergency, &t.when, Limit::Anywhere);
                    match items.iter_mut().find(|i| i.id == t.item) {
                        Some(item) => item.triggers.extend(c),
                        None => self.push(E::DanglingReference {
                            file: self.file(),
                            at: Location::Emergency,
                            target: format!("emergency item {:?}", t.item),
                        }),
                    }
                }
                Emergency {
                    title_id: e.title.unwrap_or_else(|| "emergency-title".to_owned()),
                    items,
                }
            }
        };

        let o = spec.observations;
        let observations = ObservationRules {
            act: o.act.as_ref().and_then(|c| {
                self.compile(&scope, &Location::Observations("act"), c, Limit::Anywhere)
            }),
            commercial_sex: o.commercial_sex.as_ref().and_then(|c| {
                self.compile(
                    &scope,
                    &Location::Observations("commercial_sex"),
                    c,
                    Limit::Anywhere,
                )
            }),
            minor_suspected: o.minor_suspected.as_ref().and_then(|c| {
                self.compile(
                    &scope,
                    &Location::Observations("minor_suspected"),
                    c,
                    Limit::Anywhere,
                )
            }),
            minor_at_start: o.minor_at_start.as_ref().and_then(|c| {
                self.compile(
                    &scope,
                    &Location::Observations("minor_at_start"),
                    c,
                    Limit::Anywhere,
                )
            }),
            age_years: o.age_years.clone(),
        };
        if let Some(age) = &o.age_years {
            match index.get(age) {
                None => self.push(E::DanglingReference {
                    file: self.file(),
                    at: Location::Observations("age_years"),
                    target: format!("question {age:?}"),
                }),
                Some(&p)
                    if questions[p].answer_type != AnswerType::Number
                        || questions[p].group.is_some() =>
                {
                    self.push(E::BadAttribute {
                        file: self.file(),
                        at: Location::Observations("age_years"),
                        detail: format!(
                            "question {age:?} must be a number question outside any group"
                        ),
                    });
                }
                Some(_) => {}
            }
        }

        for (pos, c) in compiled_when {
            questions[pos].when = Some(c);
        }
        for (mi, c) in compiled_module_when {
            modules[mi].when = Some(c);
        }
        for (pos, rule) in compiled_evidence {
            questions[pos].evidence_rules.push(rule);
        }

        let interpreter_reask = self.interpreter_reask(spec.interpreter, &questions, &index);
        Questionnaire {
            source: self.file(),
            format: spec.format,
            title_id: spec
                .title
                .unwrap_or_else(|| message_id("questionnaire", &spec.id)),
            migrates_from: self.migrations(&spec.version, spec.migrations),
            id: spec.id,
            version: spec.version,
            modules,
            questions,
            groups,
            flags,
            gates,
            emergency,
            observations,
            interpreter_reask,
            index,
        }
    }

    fn interpreter_reask(
        &mut self,
        spec: Option<super::spec::InterpreterSpec>,
        questions: &[Question],
        index: &HashMap<String, usize>,
    ) -> Vec<String> {
        let Some(spec) = spec else { return Vec::new() };
        for id in &spec.reask {
            let at = Location::Question(id.clone());
            match index.get(id) {
                None => self.push(E::DanglingReference {
                    file: self.file(),
                    at,
                    target: format!("interpreter.reask question {id:?}"),
                }),
                Some(&p) if questions[p].group.is_some() || questions[p].consent.is_some() => {
                    self.push(E::BadAttribute {
                        file: self.file(),
                        at,
                        detail: "interpreter.reask: not a question in a repeatable group or a consent question".into(),
                    })
                }
                Some(_) => {}
            }
        }
        spec.reask
    }

    /// Each earlier version is named once, and never the definition's own version (an interview
    /// of that version needs no migration; naming it would hide a forgotten version bump).
    fn migrations(&mut self, version: &str, specs: Vec<MigrationSpec>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in specs {
            let problem = if m.from == version {
                Some("is this questionnaire's own version")
            } else if m.from.trim().is_empty() {
                Some("is empty")
            } else if out.contains(&m.from) {
                Some("is named twice")
            } else {
                None
            };
            match problem {
                Some(why) => self.push(E::BadAttribute {
                    file: self.file(),
                    at: Location::Questionnaire,
                    detail: format!("migrations: from = {:?} {why}", m.from),
                }),
                None => out.push(m.from),
            }
        }
        out
    }

    /// A retired question names the questions that ask it now; they must exist, come after it
    /// (they read it: asked only when it was not answered) and not be retired themselves.
    fn check_replacements(&mut self, questions: &[Question], index: &HashMap<String, usize>) {
        for (pos, q) in questions.iter().enumerate() {
            for r in &q.replaced_by {
                let at = Location::Question(q.id.clone());
                match index.get(r) {
                    None => self.push(E::DanglingReference {
                        file: self.file(),
                        at,
                        target: format!("replacement question {r:?}"),
                    }),
                    Some(&rp) if rp <= pos || questions[rp].is_retired() => {
                        self.push(E::BadAttribute {
                            file: self.file(),
                            at,
                            detail: format!(
                                "replaced_by: {r:?} must come after the retired question and not be retired itself"
                            ),
                        })
                    }
                    Some(_) => {}
                }
            }
            if q.is_retired() && q.consent.is_some() {
                self.push(E::BadAttribute {
                    file: self.file(),
                    at: Location::Question(q.id.clone()),
                    detail: "a consent question cannot be retired".into(),
                });
            }
        }
    }

    /// A consent question is a yes/no asked once: its answer is the consent for its purpose, so
    /// a purpose may be declared only once and not inside a repeatable group.
    fn check_consents(&mut self, questions: &[Question]) {
        let mut declared: HashMap<ConsentPurpose, &str> = HashMap::new();
        for q in questions {
            let Some(purpose) = q.consent else { continue };
            let at = Location::Question(q.id.clone());
            if q.answer_type != AnswerType::YesNo {
                self.push(E::BadAttribute {
                    file: self.file(),
                    at: at.clone(),
                    detail: format!(
                        "`consent` is only for yes_no (a yes gives consent, a no refuses it), not {}",
                        q.answer_type.as_str()
                    ),
                });
            }
            if q.group.is_some() {
                self.push(E::BadAttribute {
                    file: self.file(),
                    at: at.clone(),
                    detail: "`consent` cannot be on a question of a repeatable group (one answer per purpose)".to_owned(),
                });
            }
            match declared.get(&purpose) {
                Some(first) => self.push(E::DuplicateConsent {
                    file: self.file(),
                    at,
                    purpose: purpose.as_str(),
                    first: (*first).to_owned(),
                }),
                None => {
                    declared.insert(purpose, &q.id);
                }
            }
        }
    }

    /// Type/attribute combinations; returns the effective sensitivity.
    fn check_question_shape(&mut self, q: &Question, sensitivity: Option<&str>) -> Sensitivity {
        let at = Location::Question(q.id.clone());
        let bad = |detail: String| E::BadOptions {
            file: self.file.clone(),
            at: at.clone(),
            detail,
        };
        let mut problems = Vec::new();
        let is_note = q.answer_type == AnswerType::FreeText
            || (q.answer_type == AnswerType::Observation && q.options.is_empty());
        match q.answer_type {
            AnswerType::SingleChoice | AnswerType::MultipleChoice if q.options.len() < 2 => {
                problems.push(bad(format!(
                    "{} needs at least two options",
                    q.answer_type.as_str()
                )));
            }
            AnswerType::Observation if q.options.len() == 1 => {
                problems.push(bad(
                    "observation needs no options (a note) or at least two".to_owned()
                ));
            }
            AnswerType::YesNo
            | AnswerType::Number
            | AnswerType::ApproximateDate
            | AnswerType::FreeText
                if !q.options.is_empty() =>
            {
                problems.push(bad(format!("{} takes no options", q.answer_type.as_str())));
            }
            _ => {}
        }
        if (!q.evidences.is_empty() || !q.absent_if_no.is_empty())
            && q.answer_type != AnswerType::YesNo
        {
            problems.push(bad("question-level `evidences`/`absent_if_no` need type yes_no; put evidences on options or use [[evidence]] rules".to_owned()));
        }
        if q.options.iter().any(|o| o.exclusive) && !q.is_multi() {
            problems.push(bad(
                "`exclusive` options only make sense in multiple choice".to_owned(),
            ));
        }
        let attr = |detail: &str| E::BadAttribute {
            file: self.file.clone(),
            at: at.clone(),
            detail: detail.to_owned(),
        };
        if q.allow_unsure && q.answer_type != AnswerType::YesNo {
            problems.push(attr("`allow_unsure` is only for yes_no"));
        }
        if q.multiple && (q.answer_type != AnswerType::Observation || q.options.is_empty()) {
            problems.push(attr("`multiple` is only for observations with options"));
        }
        if q.each_option_asked && !q.is_multi() {
            problems.push(attr("`each_option_asked` is only for multiple choice"));
        }
        if (q.min.is_some() || q.max.is_some()) && q.answer_type != AnswerType::Number {
            problems.push(attr("`min`/`max` are only for number"));
        }
        if let (Some(min), Some(max)) = (q.min, q.max)
            && min > max
        {
            problems.push(attr("`min` is greater than `max`"));
        }
        if q.max_length.is_some() && !is_note {
            problems.push(attr("`max_length` is only for free text"));
        }
        let s = match sensitivity {
            None if is_note => Sensitivity::FreeText,
            None | Some("case") => Sensitivity::Case,
            Some("identity") => Sensitivity::Identity,
            Some("free_text") => Sensitivity::FreeText,
            Some(other) => {
                problems.push(attr(&format!(
                    "unknown sensitivity {other:?} (identity, case or free_text)"
                )));
                Sensitivity::Case
            }
        };
        if is_note && s == Sensitivity::Case {
            // Free text must never reach statistics exports, which read `case` answers.
            problems.push(E::SensitivityMismatch {
                file: self.file.clone(),
                at: at.clone(),
                detail: "free text cannot have sensitivity `case` (use free_text or identity)"
                    .to_owned(),
            });
        }
        // Free text never leaves in an export; identity only in HTCDS-shaped referral exports.
        let bad_export = match s {
            Sensitivity::Case => false,
            Sensitivity::FreeText => !q.export.is_empty(),
            Sensitivity::Identity => q.export.iter().any(|e| !e.starts_with("htcds:")),
        };
        if bad_export {
            problems.push(E::SensitivityMismatch {
                file: self.file.clone(),
                at: at.clone(),
                detail: "free text carries no export variables, identity answers only htcds: ones"
                    .to_owned(),
            });
        }
        self.errors.extend(problems);
        s
    }

    fn build_groups(
        &mut self,
        specs: Vec<super::spec::GroupSpec>,
        members: &[(usize, String)],
        questions: &mut [Question],
    ) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        for g in specs {
            let at = Location::Group(g.id.clone());
            if groups.iter().any(|x| x.id == g.id) {
                self.push(E::DuplicateId {
                    file: self.file(),
                    at: at.clone(),
                    kind: "group",
                    id: g.id.clone(),
                });
                continue;
            }
            let positions: Vec<usize> = members
                .iter()
                .filter(|(_, id)| *id == g.id)
                .map(|(p, _)| *p)
                .collect();
            let (Some(&first), Some(&last)) = (positions.first(), positions.last()) else {
                self.push(E::BadGroup {
                    file: self.file(),
                    at,
                    detail: "no question belongs to it".to_owned(),
                });
                continue;
            };
            if last - first + 1 != positions.len() {
                self.push(E::BadGroup {
                    file: self.file(),
                    at: at.clone(),
                    detail: "its questions must be consecutive".to_owned(),
                });
            }
            if questions[first].module != questions[last].module {
                self.push(E::BadGroup {
                    file: self.file(),
                    at: at.clone(),
                    detail: "its questions must be in one module".to_owned(),
                });
            }
            if g.max_instances == 0 {
                self.push(E::BadGroup {
                    file: self.file(),
                    at: at.clone(),
                    detail: "max_instances must be at least 1".to_owned(),
                });
            }
            let gi = groups.len();
            for &p in &positions {
                questions[p].group = Some(gi);
            }
            let label_id = g.label.unwrap_or_else(|| message_id("group", &g.id));
            groups.push(Group {
                add_id: format!("{label_id}-add"),
                label_id,
                id: g.id,
                max_instances: g.max_instances,
                first,
                end: last + 1,
            });
        }
        for (pos, id) in members {
            if !groups.iter().any(|g| &g.id == id) {
                self.push(E::DanglingReference {
                    file: self.file(),
                    at: Location::Question(questions[*pos].id.clone()),
                    target: format!("group {id:?}"),
                });
            }
        }
        groups
    }

    fn compile(
        &mut self,
        scope: &Scope<'_>,
        at: &Location,
        raw: &RawCondition,
        limit: Limit,
    ) -> Option<Condition> {
        let bad = |detail: &str| E::BadCondition {
            file: String::new(),
            at: at.clone(),
            detail: detail.to_owned(),
        };
        let operators = [
            raw.all.is_some(),
            raw.any.is_some(),
            raw.not.is_some(),
            raw.flag.is_some(),
            raw.answer.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count();
        let tests = [
            raw.equals.is_some(),
            raw.in_.is_some(),
            raw.includes.is_some(),
            raw.less_than.is_some(),
            raw.at_least.is_some(),
            raw.is.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count();
        let fail = |v: &mut Self, e: E| {
            let e = match e {
                E::BadCondition { at, detail, .. } => E::BadCondition {
                    file: v.file(),
                    at,
                    detail,
                },
                other => other,
            };
            v.push(e);
            None
        };
        if operators != 1 {
            return fail(self, bad("use exactly one of all, any, not, flag, answer"));
        }
        if raw.answer.is_none() && tests > 0 {
            return fail(
                self,
                bad("equals, in, includes, less_than, at_least and is go with answer"),
            );
        }
        if let Some(items) = raw.all.as_ref().or(raw.any.as_ref()) {
            if items.is_empty() {
                return fail(self, bad("all/any needs at least one condition"));
            }
            let compiled: Vec<Option<Condition>> = items
                .iter()
                .map(|c| self.compile(scope, at, c, limit))
                .collect();
            let compiled: Option<Vec<Condition>> = compiled.into_iter().collect();
            let compiled = compiled?;
            return Some(if raw.all.is_some() {
                Condition::All(compiled)
            } else {
                Condition::Any(compiled)
            });
        }
        if let Some(inner) = &raw.not {
            return self
                .compile(scope, at, inner, limit)
                .map(|c| Condition::Not(Box::new(c)));
        }
        if let Some(flag) = &raw.flag {
            return match scope.flags.get(flag) {
                Some(reach) => {
                    if let (Some(r), Limit::Before(_) | Limit::UpTo(_)) = (reach, limit)
                        && !limit.allows(*r)
                    {
                        let target = format!(
                            "flag {flag:?} (it reads question {:?})",
                            scope.questions[*r].id
                        );
                        self.push(E::Cycle {
                            file: self.file(),
                            at: at.clone(),
                            target,
                        });
                        return None;
                    }
                    Some(Condition::Flag(flag.clone()))
                }
                None if scope.declared_flags.contains(flag) => {
                    self.push(E::Cycle {
                        file: self.file(),
                        at: at.clone(),
                        target: format!(
                            "flag {flag:?} (a flag may read only flags declared before it)"
                        ),
                    });
                    None
                }
                None => {
                    self.push(E::DanglingReference {
                        file: self.file(),
                        at: at.clone(),
                        target: format!("flag {flag:?}"),
                    });
                    None
                }
            };
        }
        let question = raw.answer.as_ref()?;
        if tests != 1 {
            return fail(
                self,
                bad("answer needs exactly one of equals, in, includes, less_than, at_least, is"),
            );
        }
        let Some(&pos) = scope.index.get(question) else {
            self.push(E::DanglingReference {
                file: self.file(),
                at: at.clone(),
                target: format!("question {question:?}"),
            });
            return None;
        };
        if !limit.allows(pos) {
            self.push(E::Cycle {
                file: self.file(),
                at: at.clone(),
                target: format!("question {question:?}"),
            });
            return None;
        }
        let target = &scope.questions[pos];
        let value_ok = |v: &str| -> bool {
            match target.answer_type {
                AnswerType::YesNo => {
                    v == "yes" || v == "no" || (v == "unsure" && target.allow_unsure)
                }
                _ => target.option(v).is_some(),
            }
        };
        let choice_like =
            target.answer_type == AnswerType::YesNo || target.is_single() || target.is_multi();
        let dangling = |v: &mut Self, value: &str| {
            v.push(E::DanglingReference {
                file: v.file(),
                at: at.clone(),
                target: format!("option {value:?} of question {question:?}"),
            });
        };
        let test = if let Some(eq) = &raw.equals {
            match eq {
                RawScalar::Text(s)
                    if target.answer_type == AnswerType::YesNo || target.is_single() =>
                {
                    if !value_ok(s) {
                        dangling(self, s);
                        return None;
                    }
                    AnswerTest::Equals(s.clone())
                }
                RawScalar::Number(n) if target.answer_type == AnswerType::Number => {
                    AnswerTest::EqualsNumber(*n)
                }
                _ => {
                    return fail(
                        self,
                        bad(&format!(
                            "`equals` does not fit question {question:?} of type {} (use includes/in for multiple choice)",
                            target.answer_type.as_str()
                        )),
                    );
                }
            }
        } else if let Some(list) = &raw.in_ {
            if !choice_like {
                return fail(
                    self,
                    bad(&format!(
                        "`in` needs a choice or yes_no question, {question:?} is {}",
                        target.answer_type.as_str()
                    )),
                );
            }
            if list.is_empty() {
                return fail(self, bad("`in` needs at least one value"));
            }
            let missing: Vec<&String> = list.iter().filter(|v| !value_ok(v)).collect();
            if !missing.is_empty() {
                for v in missing {
                    dangling(self, v);
                }
                return None;
            }
            AnswerTest::In(list.clone())
        } else if let Some(opt) = &raw.includes {
            if !target.is_multi() {
                return fail(
                    self,
                    bad(&format!(
                        "`includes` needs a multiple choice question, {question:?} is {}",
                        target.answer_type.as_str()
                    )),
                );
            }
            if !value_ok(opt) {
                dangling(self, opt);
                return None;
            }
            AnswerTest::Includes(opt.clone())
        } else if let Some(n) = raw.less_than.or(raw.at_least) {
            if target.answer_type != AnswerType::Number {
                return fail(
                    self,
                    bad(&format!(
                        "less_than/at_least need a number question, {question:?} is {}",
                        target.answer_type.as_str()
                    )),
                );
            }
            if raw.less_than.is_some() {
                AnswerTest::LessThan(n)
            } else {
                AnswerTest::AtLeast(n)
            }
        } else {
            let s = raw.is.as_deref().unwrap_or_default();
            match StateTest::parse(s) {
                Some(t) => AnswerTest::Is(t),
                None => {
                    return fail(
                        self,
                        bad(&format!(
                            "unknown state {s:?} (answered, unanswered, known, unknown, dont_know, declined)"
                        )),
                    );
                }
            }
        };
        Some(Condition::Answer {
            question: question.clone(),
            test,
        })
    }
}

/// The latest question position a condition reads, through flags too.
fn reach(
    c: &Condition,
    index: &HashMap<String, usize>,
    flags: &HashMap<String, Option<usize>>,
) -> Option<usize> {
    let from_questions = c
        .questions()
        .into_iter()
        .filter_map(|q| index.get(q).copied())
        .max();
    let from_flags = c
        .flags()
        .into_iter()
        .filter_map(|f| flags.get(f).copied().flatten())
        .max();
    from_questions.max(from_flags)
}
