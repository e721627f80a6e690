//! Integration tests: the real `polyfeed` binary on real files. One test binary, organised
//! by theme.

mod util;

mod build;
mod check;
mod diff;
mod hostile;
mod interop;
mod schemas;
mod validate;
