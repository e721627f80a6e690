//! Value validators (filled in by a later commit).
