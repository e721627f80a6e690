//! HTML checks (filled in by a later commit).
