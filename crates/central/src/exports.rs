//! The office's exports: statistics tables as CSV or XLSX (suppressed as [`crate::statistics`]
//! publishes them), and case-level tables (one row per interview) under the HTCDS or CTDC
//! variable names the questionnaire declares. Documented in `docs/statistics.md`.
//!
//! - Which interviews: statistics from those with statistics consent yes; case exports to
//!   another organisation from those with sharing consent yes, to the police from those with
//!   police consent yes ([`Central::interviews_with_consent`]; unknown is never yes).
//! - Never the identity table, never free text, never a question of sensitivity `identity`.
//! - Written encrypted in the age format (to a passphrase, or to age X25519 recipients), so a
//!   recipient opens it with the standard `age` tool; plain only when asked for, with the name
//!   of who it is for. The file is created 0600 ([`lantern_store::private_fs`]).
//! - Every export is in the office's audit log (`export.written`: who, format, purpose, rows,
//!   protection, recipient) in the same transaction as it is decided; the entry is committed
//!   only once the file is written.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::SecretString;
use lantern_core::answers::{AnswerValue, YesNo};
use lantern_core::questionnaire::{AnswerType, Question, Sensitivity};
use lantern_store::sync::InterviewExport;
use lantern_store::{ConsentPurpose, audit};
use serde::Serialize;

use crate::error::{CentralError, Result};
use crate::home::Central;
use crate::statistics::{CellCount, StatisticsTable, SuppressionThreshold, Variable, age_band};

/// What an export file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// One row per interview, HTCDS field names (CSV).
    Htcds,
    /// One row per interview, CTDC variable names (CSV).
    Ctdc,
    /// A statistics table as CSV.
    StatsCsv,
    /// A statistics table as XLSX.
    StatsXlsx,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Htcds => "htcds",
            Self::Ctdc => "ctdc",
            Self::StatsCsv => "stats-csv",
            Self::StatsXlsx => "stats-xlsx",
        }
    }

    pub fn is_statistics(self) -> bool {
        matches!(self, Self::StatsCsv | Self::StatsXlsx)
    }
}

impl FromStr for ExportFormat {
    type Err = CentralError;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "htcds" => Ok(Self::Htcds),
            "ctdc" => Ok(Self::Ctdc),
            "stats-csv" => Ok(Self::StatsCsv),
            "stats-xlsx" => Ok(Self::StatsXlsx),
            other => Err(CentralError::UnknownExportFormat(other.to_owned())),
        }
    }
}

/// Who a case export is for, and so which consent it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseExportPurpose {
    /// Another organisation: sharing consent yes.
    #[default]
    Sharing,
    /// The police: police consent yes.
    Police,
}

impl CaseExportPurpose {
    pub fn consent(self) -> ConsentPurpose {
        match self {
            Self::Sharing => ConsentPurpose::Sharing,
            Self::Police => ConsentPurpose::Police,
        }
    }
}

impl FromStr for CaseExportPurpose {
    type Err = CentralError;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "sharing" => Ok(Self::Sharing),
            "police" => Ok(Self::Police),
            other => Err(CentralError::UnknownExportPurpose(other.to_owned())),
        }
    }
}

/// How the file is protected.
pub enum ExportProtection {
    /// age, scrypt passphrase recipient (`age -d FILE` asks for it).
    Passphrase(SecretString),
    /// age, X25519 recipients (`age1…`; `age -d -i KEY FILE`).
    Recipients(Vec<age::x25519::Recipient>),
    /// Not encrypted, on the supervisor's explicit choice, for the named recipient.
    Plain { recipient: String },
}

impl std::fmt::Debug for ExportProtection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Passphrase(_) => f.write_str("Passphrase(…)"),
            Self::Recipients(r) => write!(f, "Recipients({})", r.len()),
            Self::Plain { recipient } => write!(f, "Plain {{ recipient: {recipient:?} }}"),
        }
    }
}

impl ExportProtection {
    /// Parses age X25519 recipients (`age1…`).
    pub fn recipients(keys: &[String]) -> Result<Self> {
        let parsed = keys
            .iter()
            .map(|k| {
                k.trim()
                    .parse::<age::x25519::Recipient>()
                    .map_err(|_| CentralError::BadExportRecipient(k.clone()))
            })
            .collect::<Result<Vec<_>>>()?;
        if parsed.is_empty() {
            return Err(CentralError::BadExportRecipient(String::new()));
        }
        Ok(Self::Recipients(parsed))
    }

    /// A passphrase; empty is refused.
    pub fn passphrase(passphrase: String) -> Result<Self> {
        if passphrase.is_empty() {
            return Err(CentralError::ExportPassphraseRequired);
        }
        Ok(Self::Passphrase(SecretString::from(passphrase)))
    }

    /// Plain, for `recipient` (required).
    pub fn plain(recipient: &str) -> Result<Self> {
        if recipient.trim().is_empty() {
            return Err(CentralError::PlainRecipientRequired);
        }
        Ok(Self::Plain {
            recipient: recipient.trim().to_owned(),
        })
    }

    fn audit_name(&self) -> &'static str {
        match self {
            Self::Passphrase(_) => "age-passphrase",
            Self::Recipients(_) => "age-recipients",
            Self::Plain { .. } => "plain",
        }
    }

    /// Encrypts `plain` (or returns it as it is).
    fn protect(&self, plain: Vec<u8>) -> Result<Vec<u8>> {
        let encryptor = match self {
            Self::Plain { .. } => return Ok(plain),
            Self::Passphrase(p) => age::Encryptor::with_user_passphrase(p.clone()),
            Self::Recipients(rs) => {
                age::Encryptor::with_recipients(rs.iter().map(|r| r as &dyn age::Recipient))
                    .map_err(|e| CentralError::ExportEncryption(e.to_string()))?
            }
        };
        let mut out = Vec::with_capacity(plain.len() + 256);
        let fail = |e: std::io::Error| CentralError::ExportEncryption(e.to_string());
        let mut w = encryptor.wrap_output(&mut out).map_err(fail)?;
        w.write_all(&plain).map_err(fail)?;
        w.finish().map_err(fail)?;
        Ok(out)
    }
}

/// One export to write.
#[derive(Debug)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// Case exports only.
    pub purpose: CaseExportPurpose,
    /// Statistics exports only: 1 to 3 variables.
    pub variables: Vec<Variable>,
    /// Statistics exports only.
    pub threshold: SuppressionThreshold,
    pub protection: ExportProtection,
    /// Who exports, for the audit log.
    pub operator: String,
}

/// What was written.
#[derive(Debug, Clone, Serialize)]
pub struct WrittenExport {
    pub path: PathBuf,
    pub format: ExportFormat,
    /// Data rows (cells of a statistics table, interviews of a case export).
    pub rows: usize,
    pub encrypted: bool,
}

/// A case-level table: column names and one row of text cells per interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Which case standard's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseStandard {
    Htcds,
    Ctdc,
}

impl CaseStandard {
    fn prefix(self) -> &'static str {
        match self {
            Self::Htcds => "htcds:",
            Self::Ctdc => "ctdc:",
        }
    }
}

/// Questions whose answers may go into a case export: never identity, never free text.
fn exportable(q: &Question) -> bool {
    q.sensitivity != Sensitivity::Identity && q.answer_type != AnswerType::FreeText
}

/// The columns of a case export, in questionnaire order: every name with the standard's prefix
/// that an exportable question or one of its options declares.
pub fn case_columns(standard: CaseStandard) -> Vec<String> {
    let q = crate::statistics::questionnaire();
    let mut out: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        if let Some(n) = name.strip_prefix(standard.prefix())
            && !out.iter().any(|o| o == n)
        {
            out.push(n.to_owned());
        }
    };
    for question in q.questions.iter().filter(|qq| exportable(qq)) {
        for name in &question.export {
            add(name);
        }
        for option in &question.options {
            for name in &option.export {
                add(name);
            }
        }
    }
    out
}

/// What one source says for a column.
enum Said {
    Text(String),
    Flag(Option<bool>),
}

fn text_of(value: &AnswerValue) -> Option<String> {
    Some(match value {
        AnswerValue::YesNo(v) => v.as_str().to_owned(),
        AnswerValue::Choice(c) => c.clone(),
        AnswerValue::Choices(cs) => cs.join(";"),
        AnswerValue::Number(n) => n.to_string(),
        AnswerValue::Date(d) => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
            (Some(m), None) => format!("{:04}-{m:02}", d.year),
            _ => format!("{:04}", d.year),
        },
        AnswerValue::Unknown(_) => "unknown".to_owned(),
        AnswerValue::Text(_) => return None,
    })
}

/// One interview's row.
fn case_row(standard: CaseStandard, columns: &[String], export: &InterviewExport) -> Vec<String> {
    let q = crate::statistics::questionnaire();
    // All settled answers of exportable questions, every instance, in instance order.
    let mut answers: Vec<(&Question, u32, AnswerValue)> = Vec::new();
    for a in &export.answers {
        let r = &a.record;
        let Some(question) = q.question(&r.question_id) else {
            continue;
        };
        if !exportable(question) {
            continue;
        }
        let Some(value) = &r.value else { continue };
        let Ok(answer) = serde_json::from_value::<lantern_core::answers::Answer>(value.clone())
        else {
            continue;
        };
        if answer.is_settled() {
            answers.push((question, r.instance, answer.value));
        }
    }
    answers.sort_by_key(|(qq, instance, _)| (q.position(&qq.id), *instance));
    columns
        .iter()
        .map(|column| {
            let name = format!("{}{column}", standard.prefix());
            let mut said: Vec<Said> = Vec::new();
            for (question, _, value) in &answers {
                if question.export.contains(&name) {
                    said.push(question_says(column, value));
                }
                let with_name: Vec<&str> = question
                    .options
                    .iter()
                    .filter(|o| o.export.contains(&name))
                    .map(|o| o.id.as_str())
                    .collect();
                if !with_name.is_empty() {
                    let flag = match value {
                        AnswerValue::Choice(c) => Some(with_name.contains(&c.as_str())),
                        AnswerValue::Choices(cs) => {
                            Some(cs.iter().any(|c| with_name.contains(&c.as_str())))
                        }
                        _ => None,
                    };
                    said.push(Said::Flag(flag));
                }
            }
            combine(said)
        })
        .collect()
}

/// A question-level name: numbers become CTDC's age band or majority status where the name
/// says so, yes/no become flags, the rest Lantern's option ids.
fn question_says(column: &str, value: &AnswerValue) -> Said {
    match value {
        AnswerValue::Number(n) if column.starts_with("ageBroad") => {
            Said::Text(age_band(*n).unwrap_or("unknown").to_owned())
        }
        AnswerValue::Number(n) if column.starts_with("majority") => {
            Said::Text(if *n < 18 { "Minor" } else { "Adult" }.to_owned())
        }
        AnswerValue::YesNo(YesNo::Yes) => Said::Flag(Some(true)),
        AnswerValue::YesNo(YesNo::No) => Said::Flag(Some(false)),
        AnswerValue::YesNo(YesNo::Unsure) | AnswerValue::Unknown(_) => Said::Flag(None),
        other => Said::Text(text_of(other).unwrap_or_default()),
    }
}

/// Texts joined with `;`; flags: `1` if any source says yes, `0` if every source says no,
/// empty if unknown.
fn combine(said: Vec<Said>) -> String {
    let texts: Vec<String> = said
        .iter()
        .filter_map(|s| match s {
            Said::Text(t) if !t.is_empty() => Some(t.clone()),
            _ => None,
        })
        .collect();
    if !texts.is_empty() {
        return texts.join(";");
    }
    let flags: Vec<Option<bool>> = said
        .iter()
        .filter_map(|s| match s {
            Said::Flag(f) => Some(*f),
            Said::Text(_) => None,
        })
        .collect();
    if flags.contains(&Some(true)) {
        "1".into()
    } else if !flags.is_empty() && flags.iter().all(|f| *f == Some(false)) {
        "0".into()
    } else {
        String::new()
    }
}

/// A CSV field: quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or
/// `@` (a formula to a spreadsheet) is prefixed with `'`.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_line(out: &mut String, fields: impl IntoIterator<Item = String>) {
    let line: Vec<String> = fields.into_iter().map(|f| csv_field(&f)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// A statistics table as CSV: a heading row (the variable names, then `count`), a row per
/// cell, and a last row whose variable fields are empty with the total.
pub fn statistics_csv(table: &StatisticsTable) -> String {
    let mut out = String::new();
    csv_line(
        &mut out,
        table
            .variables
            .iter()
            .map(|v| v.name())
            .chain(["count".to_owned()]),
    );
    for cell in &table.cells {
        csv_line(
            &mut out,
            cell.values.iter().cloned().chain([cell.count.to_string()]),
        );
    }
    csv_line(
        &mut out,
        table
            .variables
            .iter()
            .map(|_| String::new())
            .chain([table.total.to_string()]),
    );
    out
}

/// A statistics table as XLSX: one sheet `statistics`, laid out as [`statistics_csv`]; shown
/// counts are numbers, suppressed ones the text `<11`.
pub fn statistics_xlsx(table: &StatisticsTable) -> Result<Vec<u8>> {
    use rust_xlsxwriter::Workbook;
    let fail = |e: rust_xlsxwriter::XlsxError| CentralError::Spreadsheet(e.to_string());
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("statistics").map_err(fail)?;
    let count_col = u16::try_from(table.variables.len()).unwrap_or(u16::MAX);
    for (i, v) in table.variables.iter().enumerate() {
        sheet.write_string(0, i as u16, v.name()).map_err(fail)?;
    }
    sheet.write_string(0, count_col, "count").map_err(fail)?;
    let mut write_count = |row: u32, count: CellCount| match count {
        CellCount::Shown(n) => sheet.write_number(row, count_col, n as f64).map(|_| ()),
        CellCount::Suppressed { .. } => sheet
            .write_string(row, count_col, count.to_string())
            .map(|_| ()),
    };
    let mut rows: Vec<(u32, &crate::statistics::StatisticsCell)> = Vec::new();
    for (r, cell) in table.cells.iter().enumerate() {
        rows.push((r as u32 + 1, cell));
    }
    for (row, cell) in &rows {
        write_count(*row, cell.count).map_err(fail)?;
    }
    let total_row = table.cells.len() as u32 + 1;
    write_count(total_row, table.total).map_err(fail)?;
    for (row, cell) in rows {
        for (i, value) in cell.values.iter().enumerate() {
            sheet.write_string(row, i as u16, value).map_err(fail)?;
        }
    }
    workbook.save_to_buffer().map_err(fail)
}

/// A case table as CSV.
pub fn case_csv(table: &CaseTable) -> String {
    let mut out = String::new();
    csv_line(&mut out, table.columns.iter().cloned());
    for row in &table.rows {
        csv_line(&mut out, row.iter().cloned());
    }
    out
}

impl Central {
    /// The case-level table of `standard` over the interviews whose consent for `purpose` is
    /// yes. Reads the interview records in force only.
    pub fn case_table(
        &self,
        standard: CaseStandard,
        purpose: CaseExportPurpose,
    ) -> Result<CaseTable> {
        let columns = case_columns(standard);
        let mut rows = Vec::new();
        for id in self.interviews_with_consent(purpose.consent())? {
            let export = self.interview(&id)?;
            rows.push(case_row(standard, &columns, &export));
        }
        Ok(CaseTable { columns, rows })
    }

    /// Writes an export to `out` and records it in the audit log.
    pub fn export(
        &mut self,
        request: &ExportRequest,
        out: &Path,
        now: i64,
    ) -> Result<WrittenExport> {
        if request.operator.trim().is_empty() {
            return Err(CentralError::OperatorRequired);
        }
        let (bytes, rows) = match request.format {
            ExportFormat::StatsCsv | ExportFormat::StatsXlsx => {
                let table = self.statistics(&request.variables, &request.threshold, now)?;
                let bytes = if request.format == ExportFormat::StatsCsv {
                    statistics_csv(&table).into_bytes()
                } else {
                    statistics_xlsx(&table)?
                };
                (bytes, table.cells.len())
            }
            ExportFormat::Htcds | ExportFormat::Ctdc => {
                let standard = if request.format == ExportFormat::Htcds {
                    CaseStandard::Htcds
                } else {
                    CaseStandard::Ctdc
                };
                let table = self.case_table(standard, request.purpose)?;
                (case_csv(&table).into_bytes(), table.rows.len())
            }
        };
        let protected = request.protection.protect(bytes)?;
        let mut detail = serde_json::json!({
            "by": request.operator.trim(),
            "format": request.format.as_str(),
            "rows": rows,
            "protection": request.protection.audit_name(),
        });
        if request.format.is_statistics() {
            detail["variables"] = request
                .variables
                .iter()
                .map(|v| v.name())
                .collect::<Vec<_>>()
                .into();
            detail["k"] = request.threshold.k().into();
        } else {
            detail["purpose"] = serde_json::to_value(request.purpose)
                .map_err(|e| CentralError::Damaged(e.to_string()))?;
        }
        if let ExportProtection::Plain { recipient } = &request.protection {
            detail["recipient"] = recipient.clone().into();
        }
        let tx = self.vault.conn_mut().transaction()?;
        audit::append(
            &tx,
            now,
            "export.written",
            request.format.as_str(),
            &detail.to_string(),
        )?;
        lantern_store::private_fs::write_private(out, &protected)
            .map_err(|e| CentralError::io(out, e))?;
        tx.commit()?;
        Ok(WrittenExport {
            path: out.to_path_buf(),
            format: request.format,
            rows,
            encrypted: !matches!(request.protection, ExportProtection::Plain { .. }),
        })
    }
}
