//! The journal as a writer uses it, in the real window: two entries on different days with
//! feelings, trust and tags; a star; the calendar's marks; search and every filter; and the
//! words typed just before the app was killed, offered back after the next unlock. It runs on
//! a month's last day, late in the evening.

use chrono::{Days, NaiveDate};
use kintsugi_e2e::{App, Moment, Profile};

const LAST_DAY_OF_APRIL: Moment = Moment { instant: "2027-04-30T22:40:00+01:00", time_zone: "Europe/London" };

const PASSPHRASE: &str = "the heron waits by the canal";
const ENTER: &str = "\u{E007}";

async fn search_hits(app: &App, expected: usize) {
    app.wait_for_count("search-hit", expected).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn write_check_in_find_again_and_recover_a_draft() {
    let profile = Profile::at(LAST_DAY_OF_APRIL);
    let app = App::launch(&profile).await;
    app.create_journal(PASSPHRASE, None).await;
    let today = profile.today();
    let earlier = today - Days::new(10);

    // Today's entry: a title, words, two feelings, trust 7, a tag and a star.
    app.find("prompt-card").await;
    app.type_into("entry-title", "After the session").await;
    app.type_into("editor", "We named what hurt without blame. Marigold light in the kitchen.").await;
    app.click("feeling-hopeful").await;
    app.click("feeling-calm").await;
    app.click("trust-7").await;
    app.type_into("tag-input", &format!("therapy{ENTER}")).await;
    app.find("tag-therapy").await;
    app.click("star-toggle").await;
    app.wait_for_text("save-status", "Saved").await;
    app.wait_for_text("trust-value", "7").await;
    app.screenshot("21-today-checked-in").await;

    // A second entry, moved to ten days ago, anxious, trust 3, another tag.
    app.click("new-entry").await;
    app.type_into("editor", "A walk by the canal. A heron stood still for a long time.").await;
    app.wait_for_text("save-status", "Saved").await;
    app.click("entry-day-change").await;
    app.set_value("entry-day", &earlier.to_string()).await;
    app.click("entry-day-done").await;
    app.wait_until_gone("entry-day").await;
    app.click("feeling-anxious").await;
    app.click("trust-3").await;
    app.type_into("tag-input", &format!("walks{ENTER}")).await;
    app.wait_for_text("save-status", "Saved").await;
    app.wait_for_count("entry-item", 2).await;

    // The calendar marks both days with their trust.
    app.click("nav-journal").await;
    app.find("journal-view").await;
    app.wait_for_attr("calendar", "data-loaded-month", &today.format("%Y-%m").to_string()).await;
    let mark = |day: NaiveDate| format!("calendar-day-{day}");
    let trust_of = |day: NaiveDate| {
        let app = &app;
        async move { app.find(&mark(day)).await.attr("data-trust").await.unwrap() }
    };
    assert_eq!(trust_of(today).await.as_deref(), Some("7"));
    app.screenshot("22-journal-calendar").await;
    assert_eq!(trust_of(earlier).await.as_deref(), Some("3"));

    // Search: words in any case, then each filter alone and with words.
    app.type_into("search-input", "MARIGOLD").await;
    search_hits(&app, 1).await;
    app.wait_for_text("search-results", "After the session").await;
    app.screenshot("23-search-highlight").await;
    app.replace_text("search-input", "heron").await;
    search_hits(&app, 1).await;
    app.wait_for_text("search-results", "canal").await;
    app.replace_text("search-input", "").await;
    app.wait_until_gone("search-hit").await;
    app.click("filters-toggle").await;
    app.set_value("filter-tag", "therapy").await;
    search_hits(&app, 1).await;
    app.wait_for_text("search-results", "Marigold").await;
    app.screenshot("24-search-filters").await;
    app.click("filter-clear").await;
    app.set_value("filter-feeling", "anxious").await;
    search_hits(&app, 1).await;
    app.wait_for_text("search-results", "heron").await;
    app.click("filter-clear").await;
    app.click("filter-starred").await;
    search_hits(&app, 1).await;
    app.wait_for_text("search-results", "Marigold").await;
    app.click("filter-clear").await;
    app.set_value("filter-from", &earlier.to_string()).await;
    app.set_value("filter-to", &earlier.to_string()).await;
    search_hits(&app, 1).await;
    app.wait_for_text("search-results", "heron").await;
    app.set_value("filter-from", &today.to_string()).await;
    app.find("search-problem").await;
    app.click("filter-clear").await;
    app.wait_until_gone("search-problem").await;
    app.find("calendar").await;

    // Keyboard help.
    app.find("search-input").await.send_keys("\u{E00C}").await.unwrap();
    // Today opens today's entry and puts the caret in it; only then is the page still, and
    // a key pressed with nothing focused reaches the shortcuts, not the text.
    app.click("nav-today").await;
    app.wait_for_attr("entry-date", "datetime", &today.to_string()).await;
    app.wait_for_focus("editor").await;
    app.press_on_page("?").await;
    app.find("shortcuts-help").await;
    app.screenshot("25-shortcuts-help").await;
    // From there, where to find help: offline words, danger first, nothing to follow.
    app.click("open-support").await;
    app.wait_for_text("support-urgent", "contact your local emergency services").await;
    app.wait_for_count("shortcuts-help", 0).await;
    assert_eq!(app.client.find_all(fantoccini::Locator::Css("[data-testid=support-dialog] a")).await.unwrap().len(), 0);
    app.screenshot("27-support").await;
    app.client.active_element().await.unwrap().send_keys("\u{E00C}").await.unwrap();
    app.wait_until_gone("support-dialog").await;

    // Words typed just before a forced quit come back after the next unlock. The draft is
    // kept within 300 ms of typing; the entry's own autosave waits a second. The app is killed
    // as soon as the words are safe either way; when the draft was the one to keep them (as
    // nearly always), they are offered back, otherwise they are in the saved entry.
    app.click("new-entry").await;
    app.wait_for_focus("editor").await;
    app.type_into("editor", "Unsaved, and yet not lost: quokka").await;
    let safe = "const status = document.querySelector('[data-testid=save-status]');
                return status.getAttribute('data-draft') === 'kept' ? 'draft' : status.textContent.includes('Saved') ? 'entry' : null;";
    let kept_by = app.wait_for_script(safe).await;
    app.kill();

    let app = App::launch(&profile).await;
    app.unlock(PASSPHRASE).await;
    if kept_by == "draft" {
        app.find("draft-offer").await;
        app.screenshot("26-draft-offer").await;
        app.click("draft-restore").await;
        app.wait_until_gone("draft-offer").await;
        app.wait_for_script("return document.querySelector('[data-testid=editor]').value.includes('quokka') ? 'restored' : null").await;
        app.wait_for_text("save-status", "Saved").await;
    }
    app.wait_for_count("entry-item", 3).await;
    app.wait_for_text("entry-list", "quokka").await;
    app.quit().await;
}
