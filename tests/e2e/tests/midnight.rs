//! Midnight in the real window, at the end of a month: words written and a trust rating chosen
//! as the day changes stay with the day they were begun, the new day starts on a fresh page,
//! the calendar turns to the new month, and a blank page open at midnight moves on to the next
//! day.

use kintsugi_e2e::{App, Moment, Profile};

const PASSPHRASE: &str = "lanterns along the river";
const BEFORE_MIDNIGHT: Moment = Moment { instant: "2027-02-28T23:59:40+00:00", time_zone: "Europe/London" };

#[tokio::test(flavor = "multi_thread")]
async fn the_day_changes_while_writing_and_nothing_moves_or_is_lost() {
    let profile = Profile::at(BEFORE_MIDNIGHT);
    let app = App::launch(&profile).await;
    app.create_journal(PASSPHRASE, None).await;
    app.wait_for_attr("entry-date", "datetime", "2027-02-28").await;

    // Words at 23:59, then midnight arrives while they wait to be saved, and a trust rating is
    // chosen just after: both belong to the 28th, the day the entry was begun.
    app.type_into("editor", "Late, but honest: we finished the conversation.").await;
    app.set_clock("2027-03-01T00:00:00+00:00").await;
    app.click("trust-4").await;
    app.wait_until_gone("today-heading").await;
    app.wait_for_attr("entry-date", "datetime", "2027-02-28").await;
    app.wait_for_text("save-status", "Saved").await;
    app.wait_for_text("entry-list", "Yesterday").await;
    app.screenshot("41-after-midnight").await;

    // Today is the 1st of March, on a fresh page.
    app.click("nav-today").await;
    app.wait_for_attr("entry-date", "datetime", "2027-03-01").await;
    app.find("today-heading").await;

    // The calendar opens on March, and February keeps its trust mark.
    app.click("nav-journal").await;
    app.wait_for_attr("calendar", "data-loaded-month", "2027-03").await;
    app.click("calendar-prev").await;
    app.wait_for_attr("calendar", "data-loaded-month", "2027-02").await;
    app.wait_for_attr("calendar-day-2027-02-28", "data-trust", "4").await;
    app.screenshot("42-calendar-last-month").await;

    // Back the next evening: a blank page left open over midnight turns to the new day by
    // itself. (The clock moves while the journal is locked: a day left open would lock it.)
    app.click("lock-button").await;
    app.set_clock("2027-03-01T23:59:50+00:00").await;
    app.unlock(PASSPHRASE).await;
    app.wait_for_attr("entry-date", "datetime", "2027-03-01").await;
    app.find("today-heading").await;
    app.set_clock("2027-03-02T00:00:00+00:00").await;
    app.wait_for_attr("entry-date", "datetime", "2027-03-02").await;
    app.find("today-heading").await;
    app.quit().await;
}
