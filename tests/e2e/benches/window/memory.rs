//! Proportional memory (PSS) of a running app and every process it started: for a Tauri app on
//! Linux, the app itself, WebKitWebProcess and WebKitNetworkProcess. PSS splits shared pages
//! between the processes that map them, so the sum counts each page once.

use std::collections::HashMap;
use std::path::Path;

use kintsugi_e2e::Profile;

/// What one reading found: the memory, and each process it adds up with its share.
pub struct Reading {
    pub kib: u64,
    pub processes: Vec<(String, u64)>,
}

/// The process of `binary` started on `profile`, and its descendants. Both are told apart from
/// other runs by the profile's data directory in their environment, which tauri-driver passes on.
pub fn read(binary: &Path, profile: &Profile) -> Reading {
    let binary = binary.canonicalize().expect("the app binary exists");
    let marker = format!("KINTSUGI_DATA_DIR={}", profile.data_dir().display());
    let pids = all_pids();
    let app = pids
        .iter()
        .copied()
        .find(|pid| {
            let proc = Path::new("/proc").join(pid.to_string());
            let exe = std::fs::read_link(proc.join("exe")).ok();
            let environ = std::fs::read(proc.join("environ")).unwrap_or_default();
            exe.as_deref() == Some(binary.as_path()) && environ.split(|b| *b == 0).any(|v| v == marker.as_bytes())
        })
        .unwrap_or_else(|| panic!("{} is not running on this profile", binary.display()));

    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for &pid in &pids {
        if let Some(parent) = parent_of(pid) {
            children.entry(parent).or_default().push(pid);
        }
    }
    let mut tree = vec![app];
    let mut at = 0;
    while let Some(&pid) = tree.get(at) {
        tree.extend(children.get(&pid).into_iter().flatten());
        at += 1;
    }
    let processes: Vec<(String, u64)> = tree.iter().map(|&pid| (name_of(pid), pss_kib(pid))).collect();
    Reading { kib: processes.iter().map(|(_, kib)| kib).sum(), processes }
}

fn all_pids() -> Vec<u32> {
    std::fs::read_dir("/proc").unwrap().flatten().filter_map(|entry| entry.file_name().to_str()?.parse().ok()).collect()
}

/// The parent's id, from `/proc/<pid>/stat`; the name before it may hold spaces and brackets.
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, after_name) = stat.rsplit_once(')')?;
    after_name.split_whitespace().nth(1)?.parse().ok()
}

fn name_of(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm")).map(|name| name.trim().to_owned()).unwrap_or_default()
}

/// `Pss:` of `/proc/<pid>/smaps_rollup`, in KiB; a process gone meanwhile counts nothing.
fn pss_kib(pid: u32) -> u64 {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    rollup.lines().find_map(|line| line.strip_prefix("Pss:")).and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok()).unwrap_or(0)
}
