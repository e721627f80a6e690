//! JSON Feed validator (filled in by a later commit).
