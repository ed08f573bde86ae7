//! The summary for a therapy session: made by the core, shown by the page, and saved where
//! the person chooses as a self-contained HTML file or as a PDF printed from the window itself
//! (the page's print style shows the summary alone). Neither copy is encrypted, and the page
//! says so before either is saved.

use std::path::Path;

use chrono::NaiveDate;
use kintsugi_core::{save_plain_document, Summary, SummaryRequest};
use tauri::{AppHandle, Runtime, State, WebviewWindow};

use crate::dialogs::{self, Choice};
use crate::error::{CommandError, ErrorKind};
use crate::state::AppState;

/// The largest HTML page accepted to save: a summary of ten years with every entry picked
/// stays well below it.
const MAX_HTML_BYTES: usize = 64 * 1024 * 1024;

#[tauri::command]
pub fn summary(state: State<'_, AppState>, request: SummaryRequest) -> Result<Summary, CommandError> {
    state.with_journal(|journal| Ok(journal.summary(&request)?))
}

fn suggested_name(from: NaiveDate, to: NaiveDate, extension: &str) -> String {
    format!("Kintsugi summary {from} to {to}.{extension}")
}

/// Asks where to save, then writes the page's summary as one HTML file; `None` when the person
/// cancels. Returns where it was saved.
#[tauri::command]
pub async fn save_summary_html<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    html: String,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Option<String>, CommandError> {
    if !state.is_unlocked() {
        return Err(CommandError::locked());
    }
    if html.len() > MAX_HTML_BYTES {
        return Err(CommandError::new(ErrorKind::InvalidInput, "This summary is too long to save as one page. Choose a shorter span or fewer entries."));
    }
    let suggested = suggested_name(from, to, "html");
    let Some(path) = dialogs::choose(&app, Choice::NewName { title: "Save the summary as a web page", suggested: &suggested }).await? else {
        return Ok(None);
    };
    save_plain_document(&path, html.as_bytes())?;
    Ok(Some(path.display().to_string()))
}

/// Asks where to save, then prints the window (which shows only the summary when printed) to a
/// PDF there; `None` when the person cancels. Returns where it was saved.
#[tauri::command]
pub async fn save_summary_pdf<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Option<String>, CommandError> {
    if !state.is_unlocked() {
        return Err(CommandError::locked());
    }
    let suggested = suggested_name(from, to, "pdf");
    let Some(path) = dialogs::choose(&app, Choice::NewName { title: "Save the summary as a PDF", suggested: &suggested }).await? else {
        return Ok(None);
    };
    // WebKit writes the file itself, so it prints into a private folder beside the chosen name,
    // and the finished PDF is then put in place owner-only and atomically like every other file.
    let folder = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let printing = tempfile::Builder::new().prefix(".kintsugi-summary-").tempdir_in(folder).map_err(not_made)?;
    let printed = printing.path().join("summary.pdf");
    print_to_pdf(&window, &printed).await?;
    let pdf = std::fs::read(&printed).map_err(not_made)?;
    if !pdf.starts_with(b"%PDF") {
        return Err(not_made("what was printed is not a PDF"));
    }
    save_plain_document(&path, &pdf)?;
    Ok(Some(path.display().to_string()))
}

fn not_made(reason: impl std::fmt::Display) -> CommandError {
    CommandError::new(ErrorKind::Storage, format!("The PDF could not be made ({reason}). Save the summary as a web page instead, and print it from a browser."))
}

/// Prints the window's page to `out` with WebKitGTK's print-to-file, with no dialog.
#[cfg(target_os = "linux")]
async fn print_to_pdf<R: Runtime>(window: &WebviewWindow<R>, out: &Path) -> Result<(), CommandError> {
    use webkit2gtk::PrintOperationExt;

    let uri = webkit2gtk::glib::filename_to_uri(out, None).map_err(not_made)?;
    let (done, mut finished) = tauri::async_runtime::channel::<Result<(), String>>(2);
    window.with_webview(move |webview| {
        let settings = gtk::PrintSettings::new();
        settings.set_printer("Print to File");
        settings.set(&gtk::PRINT_SETTINGS_OUTPUT_FILE_FORMAT, Some("pdf"));
        settings.set(&gtk::PRINT_SETTINGS_OUTPUT_URI, Some(&uri));
        // WebKitGTK takes the margins from the page setup, not from the page's CSS.
        let page = gtk::PageSetup::new();
        page.set_top_margin(18.0, gtk::Unit::Mm);
        page.set_bottom_margin(18.0, gtk::Unit::Mm);
        page.set_left_margin(20.0, gtk::Unit::Mm);
        page.set_right_margin(20.0, gtk::Unit::Mm);
        let operation = webkit2gtk::PrintOperation::new(&webview.inner());
        operation.set_print_settings(&settings);
        operation.set_page_setup(&page);
        let failed = done.clone();
        operation.connect_failed(move |_, error| {
            let _ = failed.try_send(Err(error.to_string()));
        });
        operation.connect_finished(move |_| {
            let _ = done.try_send(Ok(()));
        });
        operation.print();
    })?;
    match finished.recv().await {
        Some(Ok(())) => Ok(()),
        Some(Err(reason)) => Err(not_made(reason)),
        None => Err(not_made("printing stopped before it finished")),
    }
}

#[cfg(not(target_os = "linux"))]
async fn print_to_pdf<R: Runtime>(_window: &WebviewWindow<R>, _out: &Path) -> Result<(), CommandError> {
    Err(not_made("printing to a file is not available on this system"))
}
