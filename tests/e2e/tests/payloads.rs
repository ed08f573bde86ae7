//! What a person writes is shown, never run: Markdown and HTML that would run a script, load
//! a frame, follow a `javascript:` link, draw an SVG with a handler, or restyle the page are
//! typed into every text field in the real window, shown in every place they appear, and the
//! page's title, its scripts and its elements are checked afterwards.

use kintsugi_e2e::{App, Moment, Profile};

const EVENING: Moment = Moment { instant: "2026-12-01T20:30:00+00:00", time_zone: "Europe/London" };
const PASSPHRASE: &str = "nothing here runs, it is only read";

/// Each paragraph tries another way in; each would set `window.__ran` or change the title.
const PAYLOADS: [&str; 10] = [
    "<script>window.__ran='script'</script>",
    "<img src=x onerror=\"window.__ran='img'\">",
    "<svg onload=\"window.__ran='svg'\"><circle r=\"5\"/></svg>",
    "<iframe src=\"javascript:window.__ran='iframe'\"></iframe>",
    "<a href=\"javascript:window.__ran='anchor'\">open</a>",
    "Read [a link](javascript:window.__ran='markdown-link') and ![an image](x\" onerror=\"window.__ran='markdown-image')",
    "<style>body{display:none}</style><title>run</title>",
    "<div style=\"position:fixed;inset:0\" onmouseover=\"window.__ran='div'\">cover</div>",
    "<object data=\"javascript:window.__ran='object'\"></object><embed src=\"x\">",
    "<details open ontoggle=\"window.__ran='details'\">x</details>",
];

/// The payloads as paragraphs, typed with the Enter key (WebDriver's "\n" is not one).
fn paragraphs() -> String {
    PAYLOADS.join("\u{E007}\u{E007}")
}

/// A single line for fields that take one.
const LINE: &str = "<img src=x onerror=\"document.title='run'\"><svg onload=\"window.__ran='line'\">";

/// What the page holds that a payload could have added, counted by kind.
const SNAPSHOT: &str = "return JSON.stringify({
    ran: window.__ran ?? null,
    title: document.title,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
    images: document.querySelectorAll('img').length,
    styles: document.querySelectorAll('style, [style*=\"position\"]').length,
    links: document.querySelectorAll('a[href]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    hidden: getComputedStyle(document.body).display,
});";

async fn snapshot(app: &App) -> serde_json::Value {
    let found = app.client.execute(SNAPSHOT, vec![]).await.unwrap();
    serde_json::from_str(found.as_str().unwrap()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn payloads_in_every_field_are_shown_as_text_and_never_run() {
    let profile = Profile::at(EVENING);
    let app = App::launch(&profile).await;
    app.create_journal(PASSPHRASE, None).await;
    let before = snapshot(&app).await;
    assert_eq!(before["title"], "Kintsugi — private journal");

    // An entry: title, text, a tag and a feeling of its own, then read back as rendered Markdown.
    app.type_into("entry-title", LINE).await;
    app.type_into("editor", &paragraphs()).await;
    app.type_into("tag-input", "<img src=x onerror=alert(1)>\n").await;
    app.wait_for_text("save-status", "Saved").await;
    app.click("preview-toggle").await;
    app.wait_for_text("markdown-view", "Read a link and").await;
    app.screenshot("95-payloads-entry").await;
    app.click("preview-toggle").await;

    // A win, a trigger, a milestone (its note is rendered as Markdown) and an agreement.
    app.click("win-button").await;
    app.find("win-dialog").await;
    app.type_into("win-text", LINE).await;
    app.click("win-kind-communication").await;
    app.click("win-from-us").await;
    app.click("win-save").await;
    app.wait_until_gone("win-dialog").await;
    app.click("nav-triggers").await;
    app.click("trigger-add").await;
    app.type_into("trigger-what", LINE).await;
    app.click("trigger-intensity-2").await;
    app.type_into("trigger-helped", LINE).await;
    app.click("trigger-save").await;
    app.wait_for_count("trigger-item", 1).await;
    app.click("nav-milestones").await;
    app.click("milestone-add").await;
    app.set_value("milestone-kind", "couples_session").await;
    app.type_into("milestone-note", &paragraphs()).await;
    app.click("milestone-save").await;
    app.wait_for_count("milestone-item", 1).await;
    app.wait_for_text("milestone-item", "Read a link and").await;
    app.screenshot("96-payloads-milestone").await;
    app.click("nav-agreements").await;
    app.click("agreement-add").await;
    app.type_into("agreement-text", LINE).await;
    app.set_value("agreement-cadence", "daily").await;
    app.click("agreement-save").await;
    app.find("agreement-item").await;

    // Search, whose results highlight what matched, and the timeline that lists them all.
    app.click("nav-journal").await;
    app.replace_text("search-input", "onerror").await;
    app.wait_for_count("search-hit", 1).await;
    app.click("nav-timeline").await;
    app.find("timeline-view").await;
    app.click("nav-today").await;
    app.find("today-heading").await;

    let after = snapshot(&app).await;
    assert_eq!(after["ran"], serde_json::Value::Null, "nothing typed ever ran: {after}");
    assert_eq!(after["title"], "Kintsugi — private journal", "{after}");
    assert_eq!(after["hidden"], before["hidden"], "no typed style reached the page: {after}");
    for kind in ["inlineScripts", "frames", "images", "styles", "links", "handlers"] {
        assert_eq!(after[kind], before[kind], "{kind}: {before} then {after}");
    }
    app.quit().await;
}
