//! The Kintsugi desktop shell: one window, thin commands over the core, and the settings file.
//! Every rule of the product lives in `kintsugi_core`; this crate only wires it to Tauri.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod auto_lock;
mod backups;
mod bindings;
mod clipboard;
mod clock;
mod commands;
mod damage;
mod dialogs;
mod entry_lists;
mod error;
mod export;
mod import;
mod journals;
mod letters;
mod locking;
mod looking_back;
mod no_core_dumps;
mod owner_only;
mod progress;
mod recovery_key;
mod restore;
#[cfg(target_os = "linux")]
mod session_watch;
mod settings;
mod sharing;
mod single_instance;
mod state;
mod summary;
mod time;
mod writing;

use tauri::Manager;

fn main() {
    owner_only::from_now_on();
    if let Err(error) = no_core_dumps::turn_off() {
        eprintln!("Kintsugi could not turn off core dumps ({error}); a crash could write memory to disk.");
    }
    tauri::Builder::default()
        // First, so a second launch exits before anything else starts.
        .plugin(single_instance::plugin())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_store::Builder::default().build())
        .setup(|app| {
            let data_dir = state::data_dir(app.handle())?;
            if let Err(error) = owner_only::folder(&data_dir) {
                eprintln!("Kintsugi could not make its folder {} readable by you only ({error}).", data_dir.display());
            }
            let clock = clock::Clock::from_environment()?;
            app.manage(state::AppState::new(data_dir, clock));
            auto_lock::watch_idle(app.handle());
            #[cfg(target_os = "linux")]
            auto_lock::watch_session(app.handle());
            Ok(())
        })
        .on_window_event(auto_lock::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::vault_state,
            journals::journals,
            journals::choose_journal,
            journals::add_journal,
            journals::rename_journal,
            journals::remove_unused_journal,
            commands::create_vault,
            commands::unlock,
            commands::unlock_with_recovery_key,
            commands::change_passphrase,
            commands::replace_passphrase,
            commands::new_keys,
            commands::passphrase_strength,
            commands::lock,
            auto_lock::still_here,
            entry_lists::recent_entries,
            entry_lists::entries_on,
            entry_lists::entries_in_month,
            entry_lists::written_day_before,
            entry_lists::written_day_after,
            commands::get_entry,
            commands::save_entry,
            commands::delete_entry,
            recovery_key::save_recovery_key,
            clipboard::copy_recovery_key,
            looking_back::search,
            looking_back::calendar_month,
            looking_back::on_this_day,
            writing::todays_prompt,
            writing::another_prompt,
            writing::dismiss_prompt,
            writing::vocabulary,
            writing::role,
            writing::set_role,
            sharing::sharing_key,
            sharing::partner_key,
            sharing::set_partner_key,
            sharing::forget_partner_key,
            sharing::open_partner_card,
            sharing::save_sharing_card,
            letters::letters,
            letters::seal_letter,
            letters::open_letter_file,
            letters::open_letter_text,
            letters::accept_proposal,
            summary::summary,
            summary::save_summary_html,
            summary::save_summary_pdf,
            writing::keep_draft,
            writing::get_draft,
            writing::discard_draft,
            progress::save_win,
            progress::delete_win,
            progress::wins_by_week,
            progress::agreements,
            progress::add_agreement,
            progress::mark_agreement,
            progress::note_repair,
            progress::renegotiate_agreement,
            progress::retire_agreement,
            progress::delete_agreement,
            progress::save_trigger,
            progress::delete_trigger,
            progress::triggers,
            progress::trigger_patterns,
            progress::save_milestone,
            progress::delete_milestone,
            progress::milestones,
            progress::timeline,
            progress::progress,
            progress::records_between,
            settings::get_settings,
            settings::set_settings,
            time::held_clock,
            time::set_clock,
            dialogs::answer_dialogs,
            import::choose_import,
            import::import_previewed,
            import::cancel_import,
            import::forget_import,
            export::export_notice,
            export::export_journal,
            backups::backup_status,
            backups::choose_backup_folder,
            backups::back_up_now,
            backups::stop_backups,
            restore::choose_backup_to_restore,
            restore::restore_chosen_backup,
            damage::journal_damage,
            damage::recover_damaged,
            damage::set_damage_aside,
        ])
        .build(tauri::generate_context!())
        .expect("the Kintsugi window could not be created")
        .run(|app, event| {
            // Quitting backs up and locks, so the write-ahead log is folded in and emptied on the
            // way out, and takes a recovery key off the clipboard.
            if let tauri::RunEvent::Exit = event {
                if let Some(state) = app.try_state::<state::AppState>() {
                    locking::on_quit(app, &state);
                }
            }
        });
}
