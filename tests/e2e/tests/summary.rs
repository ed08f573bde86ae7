//! The summary to bring to a session, in the real window: from the Timeline, a span of days,
//! the sections chosen and one entry picked; saved as a PDF printed by the window itself and as
//! a web page. The PDF's text (read with `pdftotext`) holds the chosen sections, the picked
//! entry, and nothing of the entry left unpicked or the section left out.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use chrono::DateTime;
use kintsugi_core::{Cadence, EntryDraft, Journal, Keeping, MilestoneDraft, MilestoneKind, Owner, Passphrase, TriggerDraft, WinDraft, WinFrom, WinKind};
use kintsugi_e2e::{App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-11-30T20:00:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "a kettle and two cups";
const UNPICKED: &str = "heronsbrook";

fn seeded(profile: &Profile) -> kintsugi_core::EntryId {
    let now = DateTime::parse_from_rfc3339(EVENING.instant).unwrap();
    let day = |text: &str| text.parse().unwrap();
    let (mut journal, _) = Journal::create(&profile.data_dir(), &Passphrase::new(PASSPHRASE.into())).unwrap();
    let picked = journal
        .save_entry(EntryDraft::new(day("2026-11-10"), "We talked on the stairs until late.").with_title("On the stairs").with_trust(Some(6)), now)
        .unwrap()
        .id;
    journal.save_entry(EntryDraft::new(day("2026-11-12"), format!("A private page, {UNPICKED}.")).with_trust(Some(4)), now).unwrap();
    journal.save_entry(EntryDraft::new(day("2026-10-01"), "Before the span.").with_trust(Some(2)), now).unwrap();
    let win = WinDraft {
        id: None,
        day: day("2026-11-11"),
        text: "Called from the station".into(),
        kind: WinKind::Communication,
        from: WinFrom::Partner,
        entry: None,
    };
    journal.save_win(win, now).unwrap();
    let agreement = journal.add_agreement("A call when running late", Cadence::WhenItComesUp, Owner::Theirs, day("2026-11-01")).unwrap().id;
    journal.mark_agreement(agreement, day("2026-11-09"), Some(Keeping::Kept)).unwrap();
    journal.mark_agreement(agreement, day("2026-11-13"), Some(Keeping::Missed)).unwrap();
    journal.note_repair(agreement, day("2026-11-13"), "Saying so that evening").unwrap();
    let trigger = TriggerDraft {
        id: None,
        day: day("2026-11-14"),
        what: "A late message, gullwing".into(),
        intensity: 3,
        helped: "A walk".into(),
        settled_minutes: Some(20),
    };
    journal.save_trigger(trigger, now).unwrap();
    let session = MilestoneDraft { id: None, day: day("2026-11-15"), kind: MilestoneKind::CouplesSession, title: String::new(), note: "Session six".into() };
    journal.save_milestone(session, now).unwrap();
    journal.lock().unwrap();
    picked
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext").args(["-layout"]).arg(path).arg("-").output().expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_summary_saves_as_a_pdf_and_a_web_page_with_only_what_was_chosen() {
    let profile = Profile::at(EVENING);
    let picked = seeded(&profile);
    let app = App::launch(&profile).await;
    app.unlock(PASSPHRASE).await;

    app.click("nav-timeline").await;
    app.click("timeline-summary").await;
    app.find("summary-view").await;
    app.set_value("summary-from", "2026-11-01").await;
    app.set_value("summary-to", "2026-11-30").await;
    app.wait_for_text("summary-trust", "2 check-ins over 1 week").await;
    app.click("summary-section-triggers").await;
    app.wait_for_count("summary-triggers", 0).await;
    let boxes = app.find_all("summary-pick").await;
    assert_eq!(boxes.len(), 2, "the two entries of the span are offered");
    for checkbox in boxes {
        if checkbox.attr("data-entry-id").await.unwrap().as_deref() == Some(&picked.to_string()) {
            checkbox.click().await.unwrap();
        }
    }
    app.wait_for_text("summary-entries", "We talked on the stairs until late.").await;
    app.wait_for_text("summary-not-encrypted", "not encrypted").await;
    app.screenshot("85-summary").await;

    let pdf = profile.root().join("for-the-session.pdf");
    app.answer_dialogs(&[&pdf]).await;
    app.click("summary-save-pdf").await;
    app.wait_for_text("summary-saved", "It is not encrypted").await;
    assert_eq!(std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777, 0o600);
    let text = pdf_text(&pdf);
    for expected in [
        "1 November 2026 to 30 November 2026",
        "Trust over time",
        "Called from the station",
        "A call when running late",
        "Saying so that evening",
        "Session six",
        "We talked on the stairs until late.",
    ] {
        assert!(text.contains(expected), "the PDF holds {expected:?}:\n{text}");
    }
    for absent in [UNPICKED, "gullwing", "Before the span", "Prepare a summary", "Save as PDF"] {
        assert!(!text.contains(absent), "the PDF holds nothing of {absent:?}:\n{text}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(profile.root())
        .unwrap()
        .filter_map(|f| f.ok())
        .filter(|f| f.file_name().to_string_lossy().starts_with(".kintsugi-summary"))
        .collect();
    assert!(leftovers.is_empty(), "the printing folder is gone");

    let page = profile.root().join("for-the-session.html");
    app.answer_dialogs(&[&page]).await;
    app.click("summary-save-html").await;
    app.wait_for_text("summary-saved", "for-the-session.html").await;
    assert_eq!(std::fs::metadata(&page).unwrap().permissions().mode() & 0o777, 0o600);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("We talked on the stairs until late.") && html.contains("<style>"), "{html}");
    assert!(!html.contains(UNPICKED) && !html.contains("gullwing") && !html.contains("<script"), "{html}");
    app.quit().await;
}
