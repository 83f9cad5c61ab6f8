//! The crate's own vocabulary: `factum-vocabulary.txt` beside its `Cargo.toml`.
//!
//! Read once per file version and process (a proc-macro server lives long), never per
//! derive; a change to the file is noticed by its modification time and size.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use factum_naming::Vocabulary;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{DeriveInput, LitStr};

/// The file name looked for in the crate's manifest directory (`factum names` looks for the
/// same name in its current folder).
pub const FILE_NAME: &str = factum_naming::FILE_NAME;

type Stamp = (Option<SystemTime>, u64);
type Cache = Mutex<HashMap<PathBuf, (Stamp, Arc<Vocabulary>)>>;

static CACHE: OnceLock<Cache> = OnceLock::new();

/// The vocabulary of the crate being compiled, and the file it came from (to track it).
pub struct Loaded {
    pub vocabulary: Arc<Vocabulary>,
    pub path: Option<PathBuf>,
}

/// Loads the vocabulary of the crate being compiled.
///
/// # Errors
///
/// A message naming the file and line that is wrong.
pub fn load() -> Result<Loaded, String> {
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Ok(empty());
    };
    let path = PathBuf::from(dir).join(FILE_NAME);
    let Ok(meta) = std::fs::metadata(&path) else {
        return Ok(empty());
    };
    let stamp: Stamp = (meta.modified().ok(), meta.len());
    let cache = CACHE.get_or_init(Mutex::default);
    if let Some((cached, vocabulary)) = cache.lock().ok().and_then(|c| c.get(&path).cloned())
        && cached == stamp
    {
        return Ok(Loaded {
            vocabulary,
            path: Some(path),
        });
    }

    // The same reading, and the same errors, as `factum names`.
    let vocabulary = Arc::new(factum_naming::load_file(&path)?);
    if let Ok(mut cache) = cache.lock() {
        cache.insert(path.clone(), (stamp, Arc::clone(&vocabulary)));
    }
    Ok(Loaded {
        vocabulary,
        path: Some(path),
    })
}

fn empty() -> Loaded {
    static EMPTY: OnceLock<Arc<Vocabulary>> = OnceLock::new();
    Loaded {
        vocabulary: Arc::clone(EMPTY.get_or_init(|| Arc::new(Vocabulary::default()))),
        path: None,
    }
}

/// Runs a derive whose checks use the crate's vocabulary: parses the input, loads the
/// vocabulary, expands, and makes the crate depend on the vocabulary file (a change to
/// it recompiles the crate). Every error becomes a `compile_error!` at its span.
pub fn run(
    input: TokenStream,
    expand: impl FnOnce(&DeriveInput, &Vocabulary) -> syn::Result<TokenStream>,
) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let loaded = match load() {
        Ok(loaded) => loaded,
        Err(message) => return syn::Error::new(Span::call_site(), message).to_compile_error(),
    };
    match expand(&input, &loaded.vocabulary) {
        Ok(mut tokens) => {
            if let Some(path) = loaded.path.as_ref().and_then(|p| p.to_str()) {
                let path = LitStr::new(path, Span::call_site());
                tokens.extend(quote! {
                    const _: &[u8] = ::core::include_bytes!(#path);
                });
            }
            tokens
        }
        Err(err) => err.to_compile_error(),
    }
}
