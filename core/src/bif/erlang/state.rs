//! Per-VM state that the BIFs keep outside [`Vm`]: monitors, timers,
//! statistics baselines (here) and ETS tables (in `bif::ets`).
//!
//! `Vm` has no slot for BIF-owned state yet, so it lives in process-global
//! statics keyed by the VM's identity: a fingerprint of its `registered`
//! map's hasher seed. hashbrown's default hasher draws a fresh seed for every
//! map, so each `Vm` instance has its own key, which moves with it (the
//! `Vm` may be moved freely) and is never reused by a later `Vm`. Several VMs
//! in one OS process (parallel tests, several embedded VMs) therefore keep
//! separate state. A dropped VM's entry is only reclaimed by
//! [`super::release_vm`], which the embedder (or `Vm`'s `Drop`) should call.

use crate::vm::Vm;
use alloc::vec::Vec;
use core::hash::BuildHasher;
use spin::Mutex;

/// Identity of one [`Vm`] instance.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct VmKey {
    seed: u64,
}

/// The identity of `vm`.
pub fn vm_key(vm: &Vm) -> VmKey {
    VmKey {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_vm_has_its_own_key() {
        let a = Vm::new(alloc::boxed::Box::new(crate::host::NullHost::default()));
        let b = Vm::new(alloc::boxed::Box::new(crate::host::NullHost::default()));
        let ka = vm_key(&a);
        assert_ne!(ka, vm_key(&b));
        let moved = alloc::boxed::Box::new(a);
        assert_eq!(vm_key(&moved), ka);
        let s: PerVm<u32> = PerVm::new();
        s.with(ka, |v| *v = 7);
        assert_eq!(s.with(ka, |v| *v), 7);
        assert_eq!(s.with(vm_key(&b), |v| *v), 0);
        assert_eq!(s.release(ka), Some(7));
        assert_eq!(s.with(ka, |v| *v), 0);
    }
}
