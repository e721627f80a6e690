//! Integration tests: the real `polyfeed` binary on real files. One test binary, organised
//! by theme.

mod support;
mod util;

mod build;
mod cases;
mod check;
mod crash;
mod diff;
mod fuzzed;
mod hostile;
mod http;
mod interop;
mod limits;
mod page;
mod people;
mod publish;
mod schemas;
mod validate;
