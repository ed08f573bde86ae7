//! Generates the Tauri context (configuration, icons, capabilities) the shell is compiled with.

fn main() {
    tauri_build::build()
}
