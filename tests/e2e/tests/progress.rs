//! Noticing progress, in the real window: wins of two kinds, an agreement kept one day and
//! missed another, a trigger and a milestone; then the timeline shows those very figures,
//! drills down to them, and changes zoom. It happens on the morning the clocks go forward, so
//! a day of 23 hours sits in every week, month and year it shows.

use chrono::{Days, NaiveDate};
use kintsugi_e2e::{App, Moment, Profile};

const CLOCKS_GO_FORWARD: Moment = Moment { instant: "2027-03-28T03:30:00+02:00", time_zone: "Europe/Berlin" };

const PASSPHRASE: &str = "small steps, every single day";

async fn add_win(app: &App, text: &str, kind: &str, from: &str) {
    app.click("win-button").await;
    app.find("win-dialog").await;
    app.type_into("win-text", text).await;
    app.click(&format!("win-kind-{kind}")).await;
    app.click(&format!("win-from-{from}")).await;
    app.click("win-save").await;
    app.wait_until_gone("win-dialog").await;
}

/// The figures a timeline point shows, from its data attributes. Read in one script so a
/// re-render between finding the row and reading it cannot get in the way.
async fn point(app: &App, start: NaiveDate) -> [Option<String>; 4] {
    let script = "const row = document.querySelector(`[data-testid=timeline-point][data-start='${arguments[0]}']`);
                  return row && ['data-trust', 'data-wins', 'data-keep-rate', 'data-triggers'].map(name => row.getAttribute(name));";
    let found = app.client.execute(script, vec![start.to_string().into()]).await.unwrap();
    let figures: Option<Vec<Option<String>>> = serde_json::from_value(found).unwrap();
    let figures = figures.unwrap_or_else(|| panic!("no timeline point starts on {start}"));
    figures.try_into().expect("four figures")
}

#[tokio::test(flavor = "multi_thread")]
async fn wins_agreements_triggers_and_milestones_reach_the_timeline() {
    let profile = Profile::at(CLOCKS_GO_FORWARD);
    let app = App::launch(&profile).await;
    app.create_journal(PASSPHRASE, None).await;
    let today = profile.today();
    let yesterday = today - Days::new(1);

    // Today's check-in, and two wins of different kinds.
    app.type_into("editor", "A steady day.").await;
    app.click("trust-6").await;
    app.wait_for_text("save-status", "Saved").await;
    add_win(&app, "They called when they said they would", "consistency", "partner").await;
    app.find("win-toast").await;
    app.screenshot("31-win-toast").await;
    add_win(&app, "We talked about the hard week without raising our voices", "communication", "us").await;

    // An agreement, kept today and missed yesterday.
    app.click("nav-agreements").await;
    app.find("agreements-view").await;
    app.click("agreement-add").await;
    app.type_into("agreement-text", "Share where I am when plans change").await;
    app.set_value("agreement-cadence", "daily").await;
    app.set_value("agreement-since", &(today - Days::new(30)).to_string()).await;
    app.click("agreement-save").await;
    app.find("agreement-item").await;
    app.click("nav-today").await;
    app.find("agreement-today").await;
    app.click("agreement-mark-kept").await;
    app.click("new-entry").await;
    app.click("entry-day-change").await;
    app.set_value("entry-day", &yesterday.to_string()).await;
    app.click("entry-day-done").await;
    app.click("agreement-mark-missed").await;
    app.click("nav-agreements").await;
    app.wait_for_text("agreements-keep-rate", "50").await;
    app.screenshot("32-agreements").await;

    // A trigger and a milestone.
    app.click("nav-triggers").await;
    app.click("trigger-add").await;
    app.type_into("trigger-what", "A message arrived late at night").await;
    app.click("trigger-intensity-4").await;
    app.type_into("trigger-helped", "Saying it out loud, then a walk").await;
    app.type_into("trigger-minutes", "30").await;
    app.click("trigger-save").await;
    app.wait_for_count("trigger-item", 1).await;
    app.screenshot("33-triggers").await;
    app.click("nav-milestones").await;
    app.click("milestone-add").await;
    app.set_value("milestone-kind", "couples_session").await;
    app.set_value("milestone-day", &yesterday.to_string()).await;
    app.type_into("milestone-note", "First session together").await;
    app.click("milestone-save").await;
    app.wait_for_count("milestone-item", 1).await;
    app.screenshot("34-milestones").await;

    // The timeline shows exactly what was entered.
    app.click("nav-timeline").await;
    app.find("timeline-view").await;
    app.click("zoom-week").await;
    app.find("timeline-chart").await;
    // The week view has a row for each of its seven days.
    app.wait_for_count("timeline-point", 7).await;
    let [trust, wins, keep_rate, triggers] = point(&app, today).await;
    assert_eq!(trust.as_deref(), Some("6"));
    assert_eq!(wins.as_deref(), Some("2"));
    assert_eq!(keep_rate.as_deref(), Some("100"), "kept today: 100%");
    assert_eq!(triggers.as_deref(), Some("1"));
    let [trust, wins, keep_rate, _] = point(&app, yesterday).await;
    // Yesterday: no trust rating (an empty figure), no wins, the agreement missed.
    assert_eq!((trust.as_deref(), wins.as_deref(), keep_rate.as_deref()), (Some(""), Some("0"), Some("0")));
    app.screenshot("35-timeline-week").await;
    // Drill down from today's row of the figures table (the chart's keyboard way in).
    app.click("timeline-figures-toggle").await;
    let today_row = app.find_all("timeline-point").await.pop().expect("a point for today");
    let open = today_row.find(fantoccini::Locator::Css("button")).await.unwrap();
    app.client.execute("arguments[0].scrollIntoView({ block: 'center' });", vec![serde_json::to_value(&open).unwrap()]).await.unwrap();
    open.click().await.unwrap();
    app.wait_for_text("timeline-drilldown", "They called when they said they would").await;
    app.wait_for_text("timeline-drilldown", "A message arrived late at night").await;
    app.screenshot("36-timeline-drilldown").await;
    for zoom in ["month", "quarter", "year", "all"] {
        app.click(&format!("zoom-{zoom}")).await;
        app.find("timeline-chart").await;
    }
    app.screenshot("37-timeline-all").await;
    app.find("progress-panel").await;
    app.quit().await;
}
