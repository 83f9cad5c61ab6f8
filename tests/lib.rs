//! Tests only: see `tests/` and `ui/`.
