//! Reading a JSON export one entry at a time, so that one malformed entry is named and skipped
//! while the rest imports. Messages name fields, never their values: serde's own messages quote
//! what they found, and that would be the journal's text.

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::{Error, Result};

/// The entries of an export, each still unparsed.
#[derive(Deserialize)]
struct Export<'a> {
    #[serde(borrow)]
    entries: Vec<&'a RawValue>,
}

/// The entries of the export `name`, which should be `what` (such as "a Day One export").
pub(super) fn entries<'a>(name: &str, what: &str, bytes: &'a [u8]) -> Result<Vec<&'a RawValue>> {
    let not_it = |why: String| Error::CannotImport(format!("{name} is not {what}: {why}."));
    let text = std::str::from_utf8(bytes).map_err(|_| not_it("it is not UTF-8 text".into()))?;
    let text = super::shared::without_bom(text);
    let export: Export<'_> = serde_json::from_str(text).map_err(|err| {
        not_it(match err.classify() {
            serde_json::error::Category::Eof => "it ends too soon, as if cut short while copying".into(),
            serde_json::error::Category::Syntax => {
                format!("it is not valid JSON (line {}, column {})", err.line(), err.column())
            }
            _ => "it has no list of entries".into(),
        })
    })?;
    Ok(export.entries)
}

/// One entry's fields.
pub(super) struct Fields(Map<String, Value>);

impl Fields {
    /// The fields of one entry, or why it has none.
    pub(super) fn of(raw: &RawValue) -> Result<Self, String> {
        serde_json::from_str(raw.get()).map(Self).map_err(|_| "It is not a JSON object with fields.".into())
    }

    /// A text field; `None` when it is missing or null.
    pub(super) fn text(&self, key: &str) -> Result<Option<&str>, String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text)),
            Some(_) => Err(format!("`{key}` should be text.")),
        }
    }

    /// A field that is true or false; false when it is missing or null.
    pub(super) fn flag(&self, key: &str) -> Result<bool, String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(flag)) => Ok(*flag),
            Some(_) => Err(format!("`{key}` should be true or false.")),
        }
    }

    /// A list of words; empty when it is missing or null.
    pub(super) fn words(&self, key: &str) -> Result<Vec<&str>, String> {
        let wrong = || format!("`{key}` should be a list of words.");
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => items.iter().map(|item| item.as_str().ok_or_else(wrong)).collect(),
            Some(_) => Err(wrong()),
        }
    }

    /// The objects of a list field, skipping anything else; for details that only name things.
    pub(super) fn objects(&self, key: &str) -> impl Iterator<Item = &Map<String, Value>> {
        self.0.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(json: &str) -> Fields {
        Fields::of(&RawValue::from_string(json.into()).unwrap()).unwrap()
    }

    #[test]
    fn wrong_types_name_the_field_but_not_the_value() {
        let entry = fields(r#"{"text": 7, "starred": "yes", "tags": ["a", 3]}"#);
        assert_eq!(entry.text("text").unwrap_err(), "`text` should be text.");
        assert_eq!(entry.flag("starred").unwrap_err(), "`starred` should be true or false.");
        assert_eq!(entry.words("tags").unwrap_err(), "`tags` should be a list of words.");
        let secret = fields(r#"{"starred": "a private sentence"}"#);
        assert!(!secret.flag("starred").unwrap_err().contains("private"));
    }

    #[test]
    fn missing_and_null_fields_are_empty() {
        let entry = fields(r#"{"text": null}"#);
        assert_eq!(entry.text("text").unwrap(), None);
        assert!(!entry.flag("starred").unwrap());
        assert!(entry.words("tags").unwrap().is_empty());
        assert_eq!(entry.objects("photos").count(), 0);
    }

    #[test]
    fn an_entry_that_is_not_an_object_is_refused() {
        assert!(Fields::of(&RawValue::from_string("[1]".into()).unwrap()).is_err());
    }

    #[test]
    fn whole_file_errors_say_where_and_never_what() {
        let message = |bytes: &[u8]| entries("x.json", "a Day One export", bytes).unwrap_err().to_string();
        assert!(message(b"{\"entries\": [").contains("cut short"));
        let syntax = message(b"{\n  \"entries\": x}");
        assert!(syntax.contains("not valid JSON (line 2, column 14)"), "{syntax}");
        assert!(message(b"{\"entries\": \"a private sentence\"}").contains("no list of entries"));
        assert!(!message(b"{\"entries\": \"a private sentence\"}").contains("private"));
        assert!(message(b"\xff\xfe").contains("not UTF-8"));
        assert_eq!(entries("x.json", "", "\u{FEFF}{\"entries\": [{}, 1]}".as_bytes()).unwrap().len(), 2);
    }
}
