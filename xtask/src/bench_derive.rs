//! `cargo xtask bench derive`: what `derive(Event)` adds to a crate's build time.
//!
//! Generates two crates of 500 message structs each, identical but for the derive list:
//! `derive(Event, Serialize, Deserialize, JsonSchema)` against
//! `derive(Serialize, Deserialize, JsonSchema)`. Dependencies are built once; then each
//! crate alone is rebuilt from scratch (`touch`, `CARGO_INCREMENTAL=0`) several times,
//! alternating, and the median times are compared. Also reports one cold build of each
//! with its dependencies (the baseline has no factum dependency at all).
//!
//! `--instructions` also rebuilds each crate once under valgrind's cachegrind and compares
//! the instructions of the two `rustc` invocations (`crate::bench_instructions`), a
//! measure the machine's load does not move; `--runs 0 --instructions` counts only.
//! `--events N` uses the first N of the 500 messages (the same crates, smaller), for a
//! count that takes minutes rather than most of an hour on a loaded machine.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const SUBJECTS: [&str; 25] = [
    "Order",
    "Payment",
    "Invoice",
    "Shipment",
    "Parcel",
    "Customer",
    "Account",
    "Cart",
    "Coupon",
    "Refund",
    "Ticket",
    "Seat",
    "Booking",
    "Product",
    "Price",
    "Review",
    "Subscription",
    "Session",
    "Password",
    "Profile",
    "Address",
    "Warehouse",
    "Stock",
    "Report",
    "Document",
];
const PARTICIPLES: [&str; 20] = [
    "Created",
    "Updated",
    "Deleted",
    "Placed",
    "Cancelled",
    "Shipped",
    "Paid",
    "Sent",
    "Approved",
    "Rejected",
    "Archived",
    "Restored",
    "Assigned",
    "Closed",
    "Opened",
    "Verified",
    "Expired",
    "Renewed",
    "Locked",
    "Moved",
];

pub fn run(args: &[String]) -> Result<(), String> {
    let mut runs = 5usize;
    let mut instructions = false;
    let mut events = SUBJECTS.len() * PARTICIPLES.len();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runs" => {
                runs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("`--runs` takes a whole number")?;
            }
            "--instructions" => instructions = true,
            "--events" => {
                events = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| (1..=SUBJECTS.len() * PARTICIPLES.len()).contains(n))
                    .ok_or("`--events` takes a whole number from 1 to 500")?;
            }
            other => {
                return Err(format!(
                    "unknown argument `{other}`; usage: cargo xtask bench derive [--runs N] [--instructions] [--events N]"
                ));
            }
        }
    }
    if runs == 0 && !instructions {
        return Err("`--runs 0` measures nothing without `--instructions`".into());
    }
    let root = workspace_root();
    let dir = root.join("target/xtask-bench/derive-500");
    let target = dir.join("target");
    let factum = root.join("event-core");
    let with = write_crate(&dir.join("with-factum"), &factum, true, events)?;
    let without = write_crate(&dir.join("baseline"), &factum, false, events)?;
    println!("{events} message structs per crate");

    if runs > 0 {
        timed(runs, &with, &without, &target)?;
    } else {
        // Only the dependencies need building before the counted rebuilds.
        build(&without, &target)?;
        build(&with, &target)?;
    }
    if instructions {
        println!("rustc instructions, crate only (valgrind cachegrind, one rebuild each)");
        let derived = crate::bench_instructions::rustc_instructions(&with, &target)?;
        println!("  with factum: {:.3} G", giga(derived));
        let base = crate::bench_instructions::rustc_instructions(&without, &target)?;
        println!("  baseline: {:.3} G", giga(base));
        #[allow(clippy::cast_precision_loss)] // counts far below 2^52
        let per_event = (derived as f64 - base as f64) / events as f64;
        println!(
            "  ratio {:.4}x, {:.2} M instructions added per event",
            giga(derived) / giga(base),
            per_event / 1e6,
        );
    }
    Ok(())
}

/// Cold builds of both crates, then `runs` alternating crate-only rebuilds.
fn timed(runs: usize, with: &Path, without: &Path, target: &Path) -> Result<(), String> {
    println!("cold builds (crate + all dependencies, shared target dir cleared first)");
    let _ = std::fs::remove_dir_all(target);
    let cold_without = build(without, target)?;
    let _ = std::fs::remove_dir_all(target);
    let cold_with = build(with, target)?;
    println!(
        "  baseline: {:.2}s   with factum: {:.2}s",
        secs(cold_without),
        secs(cold_with)
    );

    println!(
        "crate-only rebuilds, {runs} runs each, alternating (wall; CPU = user + sys of cargo and rustc)"
    );
    let (mut tw, mut tb) = (Vec::new(), Vec::new());
    let (mut cw, mut cb) = (Vec::new(), Vec::new());
    for i in 0..runs {
        let before = children_cpu();
        tb.push(rebuild(without, target)?);
        let middle = children_cpu();
        tw.push(rebuild(with, target)?);
        let after = children_cpu();
        cb.push(middle.saturating_sub(before));
        cw.push(after.saturating_sub(middle));
        println!(
            "  run {}: baseline {:.2}s (CPU {:.2}s), with factum {:.2}s (CPU {:.2}s), ratio {:.3}x (CPU {:.3}x)",
            i + 1,
            secs(tb[i]),
            secs(cb[i]),
            secs(tw[i]),
            secs(cw[i]),
            secs(tw[i]) / secs(tb[i]),
            secs(cw[i]) / secs(cb[i]),
        );
    }
    let (mb, mw) = (median(&mut tb), median(&mut tw));
    let (mcb, mcw) = (median(&mut cb), median(&mut cw));
    println!(
        "median: baseline {:.2}s, with factum {:.2}s, ratio {:.3}x (cold: {:.3}x); CPU: {:.2}s, {:.2}s, ratio {:.3}x",
        secs(mb),
        secs(mw),
        secs(mw) / secs(mb),
        secs(cold_with) / secs(cold_without),
        secs(mcb),
        secs(mcw),
        secs(mcw) / secs(mcb),
    );
    Ok(())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn write_crate(
    dir: &Path,
    factum: &Path,
    with_factum: bool,
    events: usize,
) -> Result<PathBuf, String> {
    let name = if with_factum {
        "bench-with-factum"
    } else {
        "bench-baseline"
    };
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    // The baseline does not depend on factum at all, so that the cold builds compare a
    // crate with factum against one without it.
    let factum_dep = if with_factum {
        format!("factum = {{ path = {:?} }}\n", factum.display().to_string())
    } else {
        String::new()
    };
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\n{factum_dep}schemars = \"1.2\"\n\
         serde = {{ version = \"1\", features = [\"derive\"] }}\n"
    );
    let mut src = String::from(
        "#![allow(dead_code)]\nuse serde::{Deserialize, Serialize};\nuse schemars::JsonSchema;\n",
    );
    if with_factum {
        src.push_str("use factum::Event;\n");
    }
    let derive = if with_factum {
        "Event, Serialize, Deserialize, JsonSchema"
    } else {
        "Serialize, Deserialize, JsonSchema"
    };
    let names = SUBJECTS.iter().flat_map(|subject| {
        PARTICIPLES
            .iter()
            .map(move |participle| (subject, participle))
    });
    for (subject, participle) in names.take(events) {
        let id = format!("{}_id", subject.to_lowercase());
        let attr = if with_factum {
            format!("#[event(version = 1, key = {id})]\n")
        } else {
            String::new()
        };
        write!(
            src,
            "\n#[derive({derive})]\n{attr}pub struct {subject}{participle} {{\n    pub {id}: String,\n    \
             pub at: u64,\n    pub amount: f64,\n    pub note: Option<String>,\n    pub tags: Vec<String>,\n}}\n"
        )
        .expect("writing to a String");
    }
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(&dir.join("src/lib.rs"), &src)?;
    Ok(dir.to_path_buf())
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

fn build(dir: &Path, target: &Path) -> Result<Duration, String> {
    let start = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--quiet", "--lib"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("building {} failed", dir.display()));
    }
    Ok(start.elapsed())
}

fn rebuild(dir: &Path, target: &Path) -> Result<Duration, String> {
    let lib = dir.join("src/lib.rs");
    let text = std::fs::read_to_string(&lib).map_err(|e| e.to_string())?;
    std::fs::write(&lib, text).map_err(|e| e.to_string())?; // bumps the mtime
    build(dir, target)
}

/// The CPU time (user + system) of this process's finished children, from
/// `/proc/self/stat` (Linux; clock ticks taken as 100 per second, the kernel's
/// `USER_HZ`); zero elsewhere.
fn children_cpu() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // The fields after the command name (which is in parentheses and may hold spaces):
    // cutime and cstime are fields 16 and 17 of the line, 14 and 15 after `)`.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Duration::from_millis((ticks(13) + ticks(14)) * 10)
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

#[allow(clippy::cast_precision_loss)] // counts far below 2^52
fn giga(n: u64) -> f64 {
    n as f64 / 1e9
}
