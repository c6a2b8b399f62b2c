//! One forward pass over the questionnaire: which question instances apply, given the answers.
//! Conditions read only earlier questions (checked on load), so one pass in order is exact.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::answers::{AnswerKey, AnswerValue, UnknownReason, YesNo};
use crate::questionnaire::{AnswerTest, Condition, Questionnaire, StateTest, Tri};

use super::state::InterviewState;

/// Applicability of every question instance for one state.
#[derive(Debug, Clone)]
pub struct Evaluation<'a> {
    pub(crate) q: &'a Questionnaire,
    pub(crate) state: &'a InterviewState,
    /// Instances per group (index as in `Questionnaire::groups`).
    pub(crate) instances: Vec<u32>,
    /// `[question][instance]` (one instance outside groups).
    pub(crate) applicable: Vec<Vec<bool>>,
    pub(crate) flags: HashMap<String, bool>,
}

/// Which answers conditions see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Settled {
    /// Pre-filled but unconfirmed answers count (for the flow).
    Any,
    /// Only confirmed answers count (for the record and the assessment).
    Only,
}

pub(crate) struct Ctx<'e, 'a> {
    pub eval: &'e Evaluation<'a>,
    pub group: Option<usize>,
    pub instance: Option<u32>,
    pub settled: Settled,
    pub flag_cache: &'e RefCell<HashMap<String, bool>>,
}

impl<'a> Evaluation<'a> {
    pub fn new(q: &'a Questionnaire, state: &'a InterviewState) -> Self {
        let instances: Vec<u32> = q
            .groups
            .iter()
            .map(|g| {
                let members = &q.questions[g.first..g.end];
                state
                    .instances(&g.id, |id| members.iter().any(|m| m.id == id))
                    .min(g.max_instances.max(1))
            })
            .collect();
        let mut eval = Evaluation {
            q,
            state,
            instances,
            applicable: Vec::with_capacity(q.questions.len()),
            flags: HashMap::new(),
        };
        let cache = RefCell::new(HashMap::new());
        for module in &q.modules {
            let module_on = {
                let ctx = Ctx {
                    eval: &eval,
                    group: None,
                    instance: None,
                    settled: Settled::Any,
                    flag_cache: &cache,
                };
                module
                    .when
                    .as_ref()
                    .is_none_or(|c| ctx.eval_condition(c).is_true())
            };
            for p in module.first..module.end {
                let question = &q.questions[p];
                let row: Vec<bool> = match question.group {
                    None => {
                        let ctx = Ctx {
                            eval: &eval,
                            group: None,
                            instance: None,
                            settled: Settled::Any,
                            flag_cache: &cache,
                        };
                        vec![
                            module_on
                                && question
                                    .when
                                    .as_ref()
                                    .is_none_or(|c| ctx.eval_condition(c).is_true())
                                && (!question.is_retired()
                                    || state.answers.contains_key(&AnswerKey::new(&question.id))),
                        ]
                    }
                    Some(g) => (0..eval.instances[g])
                        .map(|i| {
                            let ctx = Ctx {
                                eval: &eval,
                                group: Some(g),
                                instance: Some(i),
                                settled: Settled::Any,
                                flag_cache: &cache,
                            };
                            module_on
                                && question
                                    .when
                                    .as_ref()
                                    .is_none_or(|c| ctx.eval_condition(c).is_true())
                                && (!question.is_retired()
                                    || state
                                        .answers
                                        .contains_key(&AnswerKey::instance(&question.id, i)))
                        })
                        .collect(),
                };
                eval.applicable.push(row);
            }
        }
        let flags = {
            let ctx = Ctx {
                eval: &eval,
                group: None,
                instance: None,
                settled: Settled::Any,
                flag_cache: &cache,
            };
            q.flags
                .iter()
                .map(|f| (f.id.clone(), ctx.flag(&f.id)))
                .collect()
        };
        eval.flags = flags;
        eval
    }

    /// Is this answer key an applicable question instance?
    pub fn is_applicable(&self, key: &AnswerKey) -> bool {
        let Some(p) = self.q.position(&key.question) else {
            return false;
        };
        match (self.q.questions[p].group, key.instance) {
            (None, None) => self.applicable[p][0],
            (Some(_), Some(i)) => self.applicable[p].get(i as usize).copied().unwrap_or(false),
            _ => false,
        }
    }

    /// Flag values for this state.
    pub fn flag(&self, id: &str) -> bool {
        self.flags.get(id).copied().unwrap_or(false)
    }

    /// Evaluate any condition against this state (outside any group instance).
    pub fn condition(&self, c: &Condition, settled_only: bool) -> Tri {
        let cache = RefCell::new(HashMap::new());
        let ctx = Ctx {
            eval: self,
            group: None,
            instance: None,
            settled: if settled_only {
                Settled::Only
            } else {
                Settled::Any
            },
            flag_cache: &cache,
        };
        ctx.eval_condition(c)
    }

    /// All applicable keys, in interview order (group questions instance by instance).
    pub fn applicable_keys(&self) -> Vec<AnswerKey> {
        let mut out = Vec::new();
        let mut p = 0;
        while p < self.q.questions.len() {
            match self.q.questions[p].group {
                None => {
                    if self.applicable[p][0] {
                        out.push(AnswerKey::new(&self.q.questions[p].id));
                    }
                    p += 1;
                }
                Some(g) => {
                    let group = &self.q.groups[g];
                    for i in 0..self.instances[g] {
                        for gp in group.first..group.end {
                            if self.applicable[gp][i as usize] {
                                out.push(AnswerKey::instance(&self.q.questions[gp].id, i));
                            }
                        }
                    }
                    p = group.end;
                }
            }
        }
        out
    }
}

impl Ctx<'_, '_> {
    fn flag(&self, id: &str) -> bool {
        if let Some(v) = self.flag_cache.borrow().get(id) {
            return *v;
        }
        let Some(flag) = self.eval.q.flags.iter().find(|f| f.id == id) else {
            return false;
        };
        // Flags read no group instance context.
        let ctx = Ctx {
            eval: self.eval,
            group: None,
            instance: None,
            settled: self.settled,
            flag_cache: self.flag_cache,
        };
        let v = ctx.eval_condition(&flag.when).is_true();
        self.flag_cache.borrow_mut().insert(id.to_owned(), v);
        v
    }

    pub fn eval_condition(&self, c: &Condition) -> Tri {
        match c {
            Condition::All(items) => Tri::all(items.iter().map(|c| self.eval_condition(c))),
            Condition::Any(items) => Tri::any(items.iter().map(|c| self.eval_condition(c))),
            Condition::Not(inner) => !self.eval_condition(inner),
            Condition::Flag(f) => Tri::from_bool(self.flag(f)),
            Condition::Answer { question, test } => {
                let Some(p) = self.eval.q.position(question) else {
                    return Tri::Unknown;
                };
                let q = &self.eval.q.questions[p];
                match q.group {
                    None => self.test(test, self.value(p, None)),
                    Some(g) if self.group == Some(g) => {
                        self.test(test, self.value(p, self.instance))
                    }
                    // From outside the group: true if any instance matches.
                    Some(g) => Tri::any(
                        (0..self.eval.instances[g])
                            .map(|i| self.test(test, self.value(p, Some(i)))),
                    ),
                }
            }
        }
    }

    /// The answer counted for a question instance: none if not applicable or unanswered.
    fn value(&self, p: usize, instance: Option<u32>) -> Option<&AnswerValue> {
        let applicable = self
            .eval
            .applicable
            .get(p)?
            .get(instance.unwrap_or(0) as usize)
            .copied()?;
        if !applicable {
            return None;
        }
        let key = AnswerKey {
            question: self.eval.q.questions[p].id.clone(),
            instance,
        };
        let answer = self.eval.state.answers.get(&key)?;
        if self.settled == Settled::Only && !answer.is_settled() {
            return None;
        }
        Some(&answer.value)
    }

    fn test(&self, test: &AnswerTest, value: Option<&AnswerValue>) -> Tri {
        if let AnswerTest::Is(state) = test {
            let unknown_reason = match value {
                Some(AnswerValue::Unknown(r)) => Some(*r),
                _ => None,
            };
            let is_unsure = matches!(value, Some(AnswerValue::YesNo(YesNo::Unsure)));
            return Tri::from_bool(match state {
                StateTest::Answered => value.is_some(),
                StateTest::Unanswered => value.is_none(),
                StateTest::Known => value.is_some() && unknown_reason.is_none() && !is_unsure,
                StateTest::Unknown => unknown_reason.is_some() || is_unsure,
                StateTest::DontKnow => unknown_reason == Some(UnknownReason::DontKnow),
                StateTest::Declined => unknown_reason == Some(UnknownReason::Declined),
            });
        }
        let Some(value) = value else {
            return Tri::Unknown;
        };
        match (test, value) {
            (_, AnswerValue::Unknown(_)) => Tri::Unknown,
            (AnswerTest::Equals(s), AnswerValue::YesNo(v)) => yes_no_eq(*v, |x| x == s),
            (AnswerTest::In(list), AnswerValue::YesNo(v)) => {
                yes_no_eq(*v, |x| list.iter().any(|s| s == x))
            }
            (AnswerTest::Equals(s), AnswerValue::Choice(c)) => Tri::from_bool(c == s),
            (AnswerTest::In(list), AnswerValue::Choice(c)) => Tri::from_bool(list.contains(c)),
            (AnswerTest::In(list), AnswerValue::Choices(cs)) => {
                Tri::from_bool(cs.iter().any(|c| list.contains(c)))
            }
            (AnswerTest::Includes(o), AnswerValue::Choices(cs)) => Tri::from_bool(cs.contains(o)),
            (AnswerTest::EqualsNumber(n), AnswerValue::Number(x)) => Tri::from_bool(x == n),
            (AnswerTest::LessThan(n), AnswerValue::Number(x)) => Tri::from_bool(x < n),
            (AnswerTest::AtLeast(n), AnswerValue::Number(x)) => Tri::from_bool(x >= n),
            _ => Tri::Unknown,
        }
    }
}

/// "Unsure" matches a test naming "unsure"; otherwise it could be either, so unknown.
fn yes_no_eq(v: YesNo, matches: impl Fn(&str) -> bool) -> Tri {
    if matches(v.as_str()) {
        Tri::True
    } else if v == YesNo::Unsure {
        Tri::Unknown
    } else {
        Tri::False
    }
}
