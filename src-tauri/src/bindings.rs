//! The TypeScript types the interface uses, generated from the Rust types they mirror and kept
//! in `ui/src/bindings/`. A test fails when they drift; `UPDATE_BINDINGS=1 cargo test -p kintsugi
//! bindings` rewrites them.

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use ts_rs::{Config, TS};

    use crate::auto_lock::LockReason;
    use crate::backups::{BackupStatus, EarlierBackups};
    use crate::commands::{NewKeys, VaultState};
    use crate::damage::{BackupOffer, DamageReport};
    use crate::error::{CommandError, ErrorKind};
    use crate::import::{ImportFrom, ImportResult};
    use crate::letters::SentLetter;
    use crate::recovery_key::SavedRecoveryKey;
    use crate::restore::{BackupSecret, ChosenBackup};
    use kintsugi_core::{
        AgreementDay, AgreementInSpan, AgreementView, Agreements, Audience, Cadence, CalendarDay, DayRecords, Draft, Dropped, Entry, EntryDraft, EntryId,
        EntrySummary, ExportFormat, FrequentTrigger, ImportFormat, ImportSummary, Keeping, KindCount, LetterDraft, LetterKind, LetterView, Mark, Memory,
        Milestone, MilestoneDraft, MilestoneKind, MilestoneMarker, Owner, PassphraseStrength, PickedEntry, Problem, Progress, Prompt, PromptTopic, Proposal,
        RecentEntries, RecordId, Role, SearchHit, SearchQuery, SearchResults, Settings, SharingKey, Span, Step, Stretch, Summary, SummaryRequest,
        SummarySection, Terms, Theme, Timeline, TimelinePoint, Trigger, TriggerDraft, TriggerMonth, TriggerPatterns, TrustWeek, Vocabulary, Win, WinDraft,
        WinFrom, WinKind, WinWeek, WinsInSpan, Zoom,
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
            generated::<crate::journals::JournalList>(),
            generated::<crate::journals::JournalName>(),
            generated::<Role>(),
            generated::<SharingKey>(),
            generated::<LetterDraft>(),
            generated::<LetterKind>(),
            generated::<LetterView>(),
            generated::<Proposal>(),
            generated::<AgreementInSpan>(),
            generated::<PickedEntry>(),
            generated::<Summary>(),
            generated::<SummaryRequest>(),
            generated::<SummarySection>(),
            generated::<TrustWeek>(),
            generated::<WinsInSpan>(),
            generated::<Owner>(),
            generated::<SentLetter>(),
            generated::<Audience>(),
            generated::<LockReason>(),
            generated::<DamageReport>(),
            generated::<BackupOffer>(),
            generated::<SavedRecoveryKey>(),
            generated::<EntryId>(),
            generated::<Entry>(),
            generated::<EntrySummary>(),
            generated::<RecentEntries>(),
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
            generated::<RecordId>(),
            generated::<Win>(),
            generated::<WinDraft>(),
            generated::<WinKind>(),
            generated::<WinFrom>(),
            generated::<WinWeek>(),
            generated::<KindCount>(),
            generated::<Agreements>(),
            generated::<AgreementView>(),
            generated::<Terms>(),
            generated::<Mark>(),
            generated::<Cadence>(),
            generated::<Keeping>(),
            generated::<Trigger>(),
            generated::<TriggerDraft>(),
            generated::<TriggerPatterns>(),
            generated::<FrequentTrigger>(),
            generated::<TriggerMonth>(),
            generated::<Milestone>(),
            generated::<MilestoneDraft>(),
            generated::<MilestoneKind>(),
            generated::<MilestoneMarker>(),
            generated::<Timeline>(),
            generated::<TimelinePoint>(),
            generated::<Step>(),
            generated::<Zoom>(),
            generated::<Progress>(),
            generated::<Stretch>(),
            generated::<DayRecords>(),
            generated::<AgreementDay>(),
            generated::<PassphraseStrength>(),
            generated::<Settings>(),
            generated::<Theme>(),
            generated::<ErrorKind>(),
            generated::<CommandError>(),
            generated::<ImportFrom>(),
            generated::<ImportSummary>(),
            generated::<ImportFormat>(),
            generated::<Dropped>(),
            generated::<Problem>(),
            generated::<ImportResult>(),
            generated::<ExportFormat>(),
            generated::<BackupStatus>(),
            generated::<EarlierBackups>(),
            generated::<NewKeys>(),
            generated::<ChosenBackup>(),
            generated::<BackupSecret>(),
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
