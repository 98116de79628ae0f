//! Numbers of entries kept in a vector, found by their keys' hashes.
//!
//! The atom table and the export table each keep their entries in a
//! vector and need to find an entry's number by its key. A map from key
//! to number would hold every key a second time (a name's pointer and
//! length, a `{M, F, A}`); this holds one `u32` a slot, and compares
//! against the entry itself. On a board these tables are a good part of
//! the VM's memory.

use core::hash::{BuildHasher, Hash};
use hashbrown::{DefaultHashBuilder, HashTable};

#[derive(Default)]
pub(crate) struct IndexTable {
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
}

impl IndexTable {
    pub fn with_capacity(n: usize) -> Self {
        IndexTable {
            table: HashTable::with_capacity(n),
            hasher: DefaultHashBuilder::default(),
        }
    }

    /// The number of the entry with `key`: `is(i)` says whether entry `i`
    /// has it.
    pub fn find<K: Hash + ?Sized>(&self, key: &K, is: impl Fn(u32) -> bool) -> Option<u32> {
        self.table
            .find(self.hasher.hash_one(key), |&i| is(i))
            .copied()
    }

    /// Adds entry `i`, whose key is `key` and not in the table yet;
    /// `key_of(j)` is entry `j`'s key, hashed again when the table grows.
    pub fn insert<K: Hash + ?Sized, J: Hash>(
        &mut self,
        i: u32,
        key: &K,
        key_of: impl Fn(u32) -> J,
    ) {
        let hasher = &self.hasher;
        self.table
            .insert_unique(hasher.hash_one(key), i, |&j| hasher.hash_one(key_of(j)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn finds_entries_by_key_across_growth() {
        let mut names: Vec<alloc::string::String> = Vec::new();
        let mut t = IndexTable::with_capacity(1);
        for i in 0..1000u32 {
            let name = alloc::format!("n{i}");
            names.push(name.clone());
            t.insert(i, name.as_str(), |j| names[j as usize].as_str());
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(
                t.find(n.as_str(), |j| names[j as usize] == *n),
                Some(i as u32)
            );
        }
        assert_eq!(t.find("absent", |j| names[j as usize] == "absent"), None);
    }
}
