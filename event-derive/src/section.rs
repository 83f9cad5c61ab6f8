//! A registry entry: one `static` placed in the link section of one of factum's registry
//! slices (`MESSAGES`, `CONSUMERS`, declared with `linkme::distributed_slice` in
//! `factum::registry`), written directly instead of through linkme's
//! `#[distributed_slice(SLICE)]` attribute on each derived type.
//!
//! The attribute runs a second proc macro per type, whose output goes through two
//! `macro_rules` steps and type-checks a function holding a closure: the largest part of
//! what `derive(Event)` added to a crate's build (BENCHMARKS.md, "The derive's cost"). All
//! of it ends in the static below: `#[used]` and one `link_section` per platform family,
//! under the same `cfg`s and with the same section names as linkme 0.3 (`linkme-impl`'s
//! `linker.rs` and `declaration.rs`). The caller writes the slice's element type as the
//! static's type, which is all linkme's type check would verify.
//! `tests/tests/registry.rs` checks that an entry written here and one written with
//! linkme's attribute land in the same slice.

use std::hash::{DefaultHasher, Hash as _, Hasher as _};

use proc_macro2::TokenStream;
use quote::quote;

/// `item` (a `static` of the slice's element type) with the attributes that put it in the
/// link section of factum's distributed slice `slice`.
pub fn entry(slice: &str, item: &TokenStream) -> TokenStream {
    // Linux and the BSDs name the section alike (`linker::linux`, `linker::bsd`).
    let elf = format!("linkme_{slice}");
    let macho = format!("__DATA,__linkme{},regular,no_dead_strip", macho_hash(slice));
    let windows = format!(".linkme_{slice}$b");
    let illumos = format!("set_linkme_{slice}");
    quote! {
        #[used]
        #[cfg_attr(any(target_os = "none", target_os = "linux", target_os = "android", target_os = "fuchsia", target_os = "psp", target_os = "freebsd", target_os = "openbsd"), unsafe(link_section = #elf))]
        #[cfg_attr(any(target_os = "macos", target_os = "ios", target_os = "tvos"), unsafe(link_section = #macho))]
        #[cfg_attr(any(target_os = "uefi", target_os = "windows"), unsafe(link_section = #windows))]
        #[cfg_attr(target_os = "illumos", unsafe(link_section = #illumos))]
        #item
    }
}

/// linkme's 8-character Mach-O name for a slice (section names there are at most 16
/// characters): the standard library's `DefaultHasher` over the slice's identifier, as
/// `proc_macro2::Ident` hashes it (its text), written in base 62.
fn macho_hash(slice: &str) -> String {
    let mut hasher = DefaultHasher::new();
    slice.hash(&mut hasher);
    let mut remainder = hasher.finish();
    (0..8)
        .map(|_| {
            let digit = u8::try_from(remainder % 62).expect("below 62");
            remainder /= 62;
            char::from(match digit {
                0..=25 => b'a' + digit,
                26..=51 => b'A' + digit - 26,
                _ => b'0' + digit - 52,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mach_o_name_is_linkmes() {
        // linkme-impl's own test vector (`hash.rs`, `test_hash`).
        assert_eq!(macho_hash("EXAMPLE"), "0GPSzIoo");
        let ident = proc_macro2::Ident::new("EXAMPLE", proc_macro2::Span::call_site());
        let mut hasher = DefaultHasher::new();
        ident.hash(&mut hasher);
        let mut by_text = DefaultHasher::new();
        "EXAMPLE".hash(&mut by_text);
        assert_eq!(hasher.finish(), by_text.finish());
    }

    #[test]
    fn every_platform_family_gets_its_section() {
        let out = entry(
            "MESSAGES",
            &quote!(
                static M: u8 = 0;
            ),
        )
        .to_string();
        assert!(out.starts_with("# [used]"), "{out}");
        for section in [
            "\"linkme_MESSAGES\"",
            "\".linkme_MESSAGES$b\"",
            "\"set_linkme_MESSAGES\"",
            "\"__DATA,__linkme",
        ] {
            assert_eq!(out.matches(section).count(), 1, "{section}: {out}");
        }
        assert!(out.ends_with("static M : u8 = 0 ;"), "{out}");
    }
}
