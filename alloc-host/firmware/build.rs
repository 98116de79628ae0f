//! Puts `memory.x` where the linker finds it and turns the build-time
//! settings into constants:
//!
//! - `BEAMR_PACK`: the pack to embed (none: a firmware with the VM alone,
//!   for measuring its size; it reports an empty pack and exits 2);
//! - `BEAMR_MODULE`: the module whose `main/0` runs (default: the pack
//!   file's name up to its first dot);
//! - `BEAMR_HEAP_KIB`: the heap region's size in KiB (default 3072). Up
//!   to 3584 it is in the RAM (with the stack above it); beyond, up to
//!   16384, in the board's 16 MiB PSRAM, for programs that need more;
//! - `BEAMR_BIN_VHEAP`: every process's `min_bin_vheap_size` in words
//!   (default 4096, 16 KiB): the binary data it may drop before a
//!   collection frees it.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    fs::copy("memory.x", out.join("memory.x")).unwrap();
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    if env::var_os("CARGO_FEATURE_DEFMT").is_some() {
        // defmt's interned strings live in a section its script places.
        println!("cargo:rustc-link-arg=-Tdefmt.x");
    }
    for var in [
        "BEAMR_PACK",
        "BEAMR_MODULE",
        "BEAMR_HEAP_KIB",
        "BEAMR_BIN_VHEAP",
    ] {
        println!("cargo:rerun-if-env-changed={var}");
    }

    let pack = env::var("BEAMR_PACK").ok().filter(|p| !p.is_empty());
    let module = env::var("BEAMR_MODULE").ok().or_else(|| {
        let p = PathBuf::from(pack.as_ref()?);
        let name = p.file_name()?.to_str()?;
        Some(name.split('.').next()?.to_string())
    });
    let heap_kib: usize = env::var("BEAMR_HEAP_KIB")
        .ok()
        .map(|v| v.parse().expect("BEAMR_HEAP_KIB: a number of KiB"))
        .unwrap_or(3072);

    let vheap: usize = env::var("BEAMR_BIN_VHEAP")
        .ok()
        .map(|v| v.parse().expect("BEAMR_BIN_VHEAP: a number of words"))
        .unwrap_or(4096);

    let mut cfg = String::new();
    cfg += &format!("pub const MIN_BIN_VHEAP: usize = {vheap};\n");
    match &pack {
        Some(p) => {
            let p = fs::canonicalize(p).expect("BEAMR_PACK: no such file");
            println!("cargo:rerun-if-changed={}", p.display());
            let len = fs::metadata(&p).unwrap().len();
            cfg += &format!(
                "#[link_section = \".pack\"]\n\
                 static PACK_BYTES: [u8; {len}] = *include_bytes!({:?});\n\
                 pub static PACK: &[u8] = &PACK_BYTES;\n",
                p.display().to_string()
            );
        }
        None => cfg += "pub static PACK: &[u8] = &[];\n",
    }
    cfg += &format!(
        "pub const MODULE: &str = {:?};\n",
        module.unwrap_or_default()
    );
    assert!(heap_kib <= 16384, "BEAMR_HEAP_KIB: at most 16384");
    let section = if heap_kib > 3584 {
        ", section = \".psram.heap\""
    } else {
        ""
    };
    cfg += &format!(
        "pub const HEAP_SIZE: usize = {heap_kib} * 1024;\n\
         pub fn heap_region() -> &'static mut [core::mem::MaybeUninit<u8>] {{\n\
         beamr_alloc::heap_region!(HEAP_SIZE{section})\n}}\n"
    );
    fs::write(out.join("config.rs"), cfg).unwrap();
}
