//! Per-VM state that the BIFs keep outside [`Vm`]: monitors, timers,
//! statistics baselines (here) and ETS tables (in `bif::ets`).
//!
//! `Vm` has no slot for BIF-owned state yet, so it lives in process-global
//! statics keyed by the VM's identity: its address plus a fingerprint of its
//! `registered` map's hasher seed (hashbrown's default hasher draws a fresh
//! seed per map, so a new `Vm` at a recycled address gets a new key). Several
//! VMs in one OS process (parallel tests, several embedded VMs) therefore keep
//! separate state. A dropped VM's entry is only reclaimed by
//! [`super::release_vm`], which the embedder (or `Vm`'s `Drop`) should call.

use crate::vm::Vm;
use alloc::vec::Vec;
use core::hash::BuildHasher;
use spin::Mutex;

/// Identity of one [`Vm`] instance.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct VmKey {
    addr: usize,
    seed: u64,
}

/// The identity of `vm` (stable while it is neither moved nor dropped).
pub fn vm_key(vm: &Vm) -> VmKey {
    VmKey {
        addr: vm as *const Vm as usize,
        seed: vm.registered.hasher().hash_one(0x6265_616d_725f_6b65u64),
    }
}

/// A `T` per VM, created on first use.
pub struct PerVm<T> {
    entries: Mutex<Vec<(VmKey, T)>>,
}

impl<T: Default> PerVm<T> {
    pub const fn new() -> PerVm<T> {
        PerVm {
            entries: Mutex::new(Vec::new()),
        }
    }

    /// Runs `f` on this VM's state with the lock held. `f` must not call
    /// back into anything that takes the same lock.
    pub fn with<R>(&self, key: VmKey, f: impl FnOnce(&mut T) -> R) -> R {
        let mut g = self.entries.lock();
        let i = match g.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                g.push((key, T::default()));
                g.len() - 1
            }
        };
        f(&mut g[i].1)
    }

    /// Drops this VM's state (returns it so the caller can drop it outside
    /// the lock).
    pub fn release(&self, key: VmKey) -> Option<T> {
        let mut g = self.entries.lock();
        let i = g.iter().position(|(k, _)| *k == key)?;
        Some(g.swap_remove(i).1)
    }
}

impl<T: Default> Default for PerVm<T> {
    fn default() -> Self {
        PerVm::new()
    }
}
