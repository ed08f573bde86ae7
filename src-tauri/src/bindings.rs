//! The TypeScript types the interface uses, generated from the Rust types they mirror and kept
//! in `ui/src/bindings/`. A test fails when they drift; `UPDATE_BINDINGS=1 cargo test -p kintsugi
//! bindings` rewrites them.

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use ts_rs::{Config, TS};

    use crate::commands::VaultState;
    use crate::error::{CommandError, ErrorKind};
    use kintsugi_core::{
        CalendarDay, Draft, Entry, EntryDraft, EntryId, EntrySummary, Memory, Prompt, PromptTopic, SearchHit,
        SearchQuery, SearchResults, Settings, Span, Theme, Vocabulary,
    };

    fn generated<T: TS + 'static>() -> (PathBuf, String) {
        let cfg = Config::new();
        let name = T::output_path().expect("an exportable type");
        (name, T::export_to_string(&cfg).expect("the type exports"))
    }

    #[test]
    fn bindings_match_the_rust_types() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
        let update = std::env::var_os("UPDATE_BINDINGS").is_some();
        let all = [
            generated::<VaultState>(),
            generated::<EntryId>(),
            generated::<Entry>(),
            generated::<EntrySummary>(),
            generated::<EntryDraft>(),
            generated::<Draft>(),
            generated::<SearchQuery>(),
            generated::<SearchResults>(),
            generated::<SearchHit>(),
            generated::<Span>(),
            generated::<CalendarDay>(),
            generated::<Memory>(),
            generated::<Prompt>(),
            generated::<PromptTopic>(),
            generated::<Vocabulary>(),
            generated::<Settings>(),
            generated::<Theme>(),
            generated::<ErrorKind>(),
            generated::<CommandError>(),
        ];
        let mut stale = Vec::new();
        for (name, contents) in all {
            let path = dir.join(&name);
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &contents).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
                stale.push(name.display().to_string());
            }
        }
        assert!(
            stale.is_empty(),
            "ui/src/bindings is out of date for {stale:?}; run `UPDATE_BINDINGS=1 cargo test -p kintsugi bindings` and commit the result"
        );
    }
}
