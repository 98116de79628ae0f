//! What the BIFs keep for one VM besides its processes and code: monitors,
//! aliases and timers ([`signals`]), ETS tables ([`ets`]) and the baselines
//! of `statistics/1` ([`sys`]).
//!
//! It lives in [`Vm::bifs`] so that several VMs in one OS process (parallel
//! tests, several embedded VMs) stay apart, and so that dropping a `Vm`
//! frees it, ETS tables included.
//!
//! [`signals`]: crate::bif::erlang::signals
//! [`ets`]: crate::bif::ets
//! [`sys`]: crate::bif::erlang::sys
//! [`Vm::bifs`]: crate::vm::Vm

#[derive(Default)]
pub(crate) struct BifState {
    pub(crate) signals: crate::bif::erlang::signals::Signals,
    pub(crate) ets: crate::bif::ets::Registry,
    pub(crate) stats: crate::bif::erlang::sys::Stats,
}
