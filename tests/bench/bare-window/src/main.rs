//! A bare Tauri 2 window showing one static page, and nothing else: what any Tauri app costs
//! before it does anything. `tests/bench/window` measures Kintsugi's memory against it.

fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("the bare window runs");
}
