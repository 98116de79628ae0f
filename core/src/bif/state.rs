//! What the BIFs keep for one VM besides its processes and code: monitors,
//! aliases and timers ([`signals`]), ETS tables ([`ets`]), the baselines
//! of `statistics/1` ([`sys`]), open files ([`file`]), the code path
//! ([`code_path`]) and the program's arguments and environment ([`init`]).
//!
//! It lives in [`Vm::bifs`] so that several VMs in one OS process (parallel
//! tests, several embedded VMs) stay apart, and so that dropping a `Vm`
//! frees it, ETS tables included.
//!
//! [`signals`]: crate::bif::erlang::signals
//! [`ets`]: crate::bif::ets
//! [`sys`]: crate::bif::erlang::sys
//! [`file`]: crate::bif::file
//! [`code_path`]: crate::bif::code_path
//! [`init`]: crate::bif::init
//! [`Vm::bifs`]: crate::vm::Vm

#[derive(Default)]
pub(crate) struct BifState {
    pub(crate) signals: crate::bif::erlang::signals::Signals,
    pub(crate) ets: crate::bif::ets::Registry,
    pub(crate) stats: crate::bif::erlang::sys::Stats,
    pub(crate) files: crate::bif::file::Files,
    pub(crate) code_path: crate::bif::code_path::CodePath,
    pub(crate) init: crate::bif::init::InitState,
}
