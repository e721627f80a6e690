//! Integration tests: the real `polyfeed` binary on real files. One test binary, organised
//! by theme.

mod support;
mod util;

mod build;
mod check;
mod diff;
mod fuzzed;
mod hostile;
mod http;
mod interop;
mod publish;
mod schemas;
mod validate;
