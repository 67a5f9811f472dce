//! pme-infographie: small insertion-ordered sets and maps over a `Vec`.
//!
//! Yew keeps class lists, attributes, event listeners, subtrees, keyed list
//! entries and cached elements in hash sets and maps (std's and indexmap's).
//! The app's are a handful each, where a linear search is as quick as
//! hashing, and the two hash tables with their hashers cost several
//! kilobytes of Wasm. Keys are compared with `PartialEq` only.
//! (yew's own tests do not build here: the app's `tests/vendored_yew.rs`
//! and `tests/browser.rs` test these and the code that uses them.)

use std::borrow::Borrow;
use std::fmt;

/// A set that keeps its values in insertion order, each once.
#[derive(Clone)]
pub struct VecSet<T> {
    items: Vec<T>,
}

impl<T> VecSet<T> {
    /// An empty set. (Does not allocate.)
    pub const fn new() -> Self {
        Self { items: Vec::new() }
    }

    /// An empty set with room for `n` values.
    pub fn with_capacity(n: usize) -> Self {
        Self {
            items: Vec::with_capacity(n),
        }
    }

    /// How many values it holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Its values, in insertion order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Removes and returns all its values, in insertion order.
    pub fn drain(&mut self) -> std::vec::Drain<'_, T> {
        self.items.drain(..)
    }

    /// Keeps only the values `keep` says yes to.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.items.retain(keep)
    }

    fn position<Q>(&self, value: &Q) -> Option<usize>
    where
        T: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.items.iter().position(|item| item.borrow() == value)
    }

    /// Whether it holds `value`.
    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.position(value).is_some()
    }

    /// Adds `value` at the end, unless an equal value is there already
    /// (which stays where it is). Returns whether it was added.
    pub fn insert(&mut self, value: T) -> bool
    where
        T: PartialEq,
    {
        if self.position(&value).is_some() {
            return false;
        }
        self.items.push(value);
        true
    }

    /// Puts `value` in place of an equal value, returned, or adds it.
    pub fn replace(&mut self, value: T) -> Option<T>
    where
        T: PartialEq,
    {
        match self.position(&value) {
            Some(i) => Some(std::mem::replace(&mut self.items[i], value)),
            None => {
                self.items.push(value);
                None
            }
        }
    }

    /// Removes and returns the value equal to `value`, if any. (The last
    /// value takes its place: only for sets whose order does not matter.)
    pub fn take<Q>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.position(value).map(|i| self.items.swap_remove(i))
    }
}

impl<T> Default for VecSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for VecSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.items.iter()).finish()
    }
}

impl<T: PartialEq> Extend<T> for VecSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for value in iter {
            self.insert(value);
        }
    }
}

impl<T: PartialEq> FromIterator<T> for VecSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        set.extend(iter);
        set
    }
}

impl<T> IntoIterator for VecSet<T> {
    type IntoIter = std::vec::IntoIter<T>;
    type Item = T;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A map that keeps its entries in insertion order, each key once.
#[derive(Clone)]
pub struct VecMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> VecMap<K, V> {
    /// An empty map. (Does not allocate.)
    pub const fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    /// An empty map with room for `n` entries.
    pub fn with_capacity(n: usize) -> Self {
        Self {
            entries: Vec::with_capacity(n),
        }
    }

    /// How many entries it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Its entries, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// Its values, in insertion order, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    fn position<Q>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.entries.iter().position(|(k, _)| k.borrow() == key)
    }

    /// The value of `key`, if any.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.position(key).map(|i| &self.entries[i].1)
    }

    /// The value of `key`, if any, to change.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.position(key).map(|i| &mut self.entries[i].1)
    }

    /// Whether it has an entry for `key`.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.position(key).is_some()
    }

    /// Sets the value of `key`, returning the one it replaces. A new key goes
    /// at the end; a key already there keeps its place.
    pub fn insert(&mut self, key: K, value: V) -> Option<V>
    where
        K: PartialEq,
    {
        match self.position(&key) {
            Some(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    /// The value of `key`, added as `V::default()` if it has none.
    pub fn get_or_insert_default(&mut self, key: K) -> &mut V
    where
        K: PartialEq,
        V: Default,
    {
        let i = match self.position(&key) {
            Some(i) => i,
            None => {
                self.entries.push((key, V::default()));
                self.entries.len() - 1
            }
        };
        &mut self.entries[i].1
    }

    /// Removes the entry of `key`, keeping the others in order, and returns
    /// its value.
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: PartialEq + ?Sized,
    {
        self.position(key).map(|i| self.entries.remove(i).1)
    }
}

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for VecMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Equal when both hold the same entries, in any order (as maps compare).
impl<K: PartialEq, V: PartialEq> PartialEq for VecMap<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: PartialEq, V> Extend<(K, V)> for VecMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (key, value) in iter {
            self.insert(key, value);
        }
    }
}

impl<K: PartialEq, V> FromIterator<(K, V)> for VecMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Self::new();
        map.extend(iter);
        map
    }
}

impl<K, V> IntoIterator for VecMap<K, V> {
    type IntoIter = std::vec::IntoIter<(K, V)>;
    type Item = (K, V);

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}
