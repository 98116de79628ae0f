//! The atom table: interned, never freed, shared by every process.
//!
//! Atoms are never freed, so their names are leaked into `'static` slices and
//! can be handed out without holding the lock. The lock is a `spin` mutex
//! because the core has no OS; contention is rare (interning new atoms).

use crate::index::IndexTable;
use alloc::boxed::Box;
use alloc::vec::Vec;
use spin::Mutex;

/// Index of an atom in the global table.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Atom(pub u32);

/// OTP's default atom limit; interning past it is `system_limit`.
pub const MAX_ATOMS: usize = 1_048_576;
/// OTP refuses atoms longer than 255 characters.
pub const MAX_ATOM_CHARS: usize = 255;

struct Table {
    names: Vec<&'static [u8]>,
    /// Atom numbers by name.
    index: IndexTable,
}

impl Table {
    fn find(&self, name: &[u8]) -> Option<u32> {
        let names = &self.names;
        self.index.find(name, |i| names[i as usize] == name)
    }

    fn insert(&mut self, name: &'static [u8]) -> u32 {
        let i = self.names.len() as u32;
        if self.names.len() == self.names.capacity() {
            // A quarter more, not double: thousands of atoms, and a
            // board's memory.
            self.names.reserve_exact((self.names.len() / 4).max(256));
        }
        self.names.push(name);
        let names = &self.names;
        self.index.insert(i, name, |j| names[j as usize]);
        i
    }
}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

macro_rules! predefined {
    ($($id:ident = $s:expr),* $(,)?) => {
        /// Atoms the VM itself names, interned first so their indices are constants.
        pub mod am {
            use super::Atom;
            predefined!(@consts 0u32; $($id),*);
        }
        const PREDEFINED: &[&str] = &[$($s),*];
    };
    (@consts $n:expr; $id:ident $(, $rest:ident)*) => {
        pub const $id: Atom = Atom($n);
        predefined!(@consts $n + 1u32; $($rest),*);
    };
    (@consts $n:expr;) => {};
}

predefined! {
    FALSE = "false", TRUE = "true", OK = "ok", ERROR = "error", UNDEFINED = "undefined",
    NIL_ATOM = "nil", BADARG = "badarg", BADARITH = "badarith", BADMATCH = "badmatch",
    CASE_CLAUSE = "case_clause", FUNCTION_CLAUSE = "function_clause", IF_CLAUSE = "if_clause",
    TRY_CLAUSE = "try_clause", UNDEF = "undef", BADFUN = "badfun", BADARITY = "badarity",
    BADKEY = "badkey", BADMAP = "badmap", BADRECORD = "badrecord", SYSTEM_LIMIT = "system_limit",
    THROW = "throw", EXIT = "exit", NORMAL = "normal", KILL = "kill", KILLED = "killed",
    ERLANG = "erlang", FILE = "file", LINE = "line", NOCATCH = "nocatch", EXCEPTION = "exception",
    INFINITY = "infinity", ALL = "all", NONODE = "nonode@nohost", LATIN1 = "latin1",
    UNICODE = "unicode", UTF8 = "utf8", IO_REQUEST = "io_request", IO_REPLY = "io_reply",
    PUT_CHARS = "put_chars", EXIT_SIGNAL = "EXIT", DOWN = "DOWN", PROCESS = "process",
    NOPROC = "noproc", SHORT = "short", DECIMALS = "decimals", SCIENTIFIC = "scientific",
    COMPACT = "compact", MAIN = "main", MODULE_INFO = "module_info", MODULE = "module",
    ARITY = "arity", NAME = "name", ENV = "env", TYPE = "type", LOCAL = "local", EXTERNAL = "external",
    NEW_INDEX = "new_index", NEW_UNIQ = "new_uniq", INDEX = "index", UNIQ = "uniq", PID = "pid",
    SAFE = "safe", USED = "used", BIG = "big", LITTLE = "little", NATIVE = "native",
    SIGNED = "signed", UNSIGNED = "unsigned", TIMEOUT = "timeout", GARBAGE_COLLECT = "garbage_collect",
    ERROR_HANDLER = "error_handler", UNDEFINED_FUNCTION = "undefined_function", MINUS = "-",
    PLUS = "+", LIST = "list", TUPLE = "tuple", BINARY = "binary", BADFILE = "badfile",
    NOT_LOADED = "not_loaded", EMPTY = "", VALUE = "value", KEY = "key", MINOR_VERSION = "minor_version",
    DETERMINISTIC = "deterministic", COMPRESSED = "compressed", NOMATCH = "nomatch",
    GLOBAL = "global", SCOPE = "scope", CAPTURE = "capture", NONE = "none", FIRST = "first",
    NOTSUP = "notsup", INCOMPLETE = "incomplete", ENCODING = "encoding", EOF = "eof",
    REQUESTS = "requests", GET_GEOMETRY = "get_geometry", ENOTSUP = "enotsup",
    GET_UNTIL = "get_until", GET_CHARS = "get_chars", GET_LINE = "get_line", SETOPTS = "setopts",
    GETOPTS = "getopts", BADOPT = "badopt", WORDSIZE = "wordsize", OTP_RELEASE = "otp_release",
    SCHEDULERS = "schedulers", MACHINE = "machine", VERSION = "version", ATOM = "atom",
    ATOM_COUNT = "atom_count", ATOM_LIMIT = "atom_limit", PROCESS_COUNT = "process_count",
    FUN = "fun", TIMEOUT_VALUE = "timeout_value", ITERATOR = "iterator", MAX = "max", HIGH = "high", LOW = "low",
}

fn with_table<R>(f: impl FnOnce(&mut Table) -> R) -> R {
    let mut guard = TABLE.lock();
    let table = guard.get_or_insert_with(|| {
        let mut t = Table {
            names: Vec::with_capacity(1024),
            index: IndexTable::with_capacity(1024),
        };
        for name in PREDEFINED {
            t.insert(name.as_bytes());
        }
        t
    });
    f(table)
}

/// Error from interning: too many atoms or a name that is too long.
#[derive(Debug, PartialEq, Eq)]
pub struct AtomLimit;

impl Atom {
    /// Interns `name` (UTF-8 bytes), creating the atom if needed.
    pub fn intern(name: &[u8]) -> Result<Atom, AtomLimit> {
        Atom::intern_with(name, || Box::leak(Box::from(name)))
    }

    /// [`Atom::intern`] for a name that lasts as long as the program (a
    /// literal, or a module's atom table in flash): a new atom points at
    /// it rather than at a copy.
    pub fn intern_static(name: &'static [u8]) -> Result<Atom, AtomLimit> {
        Atom::intern_with(name, || name)
    }

    fn intern_with(name: &[u8], keep: impl FnOnce() -> &'static [u8]) -> Result<Atom, AtomLimit> {
        if char_count(name) > MAX_ATOM_CHARS {
            return Err(AtomLimit);
        }
        with_table(|t| {
            if let Some(i) = t.find(name) {
                return Ok(Atom(i));
            }
            if t.names.len() >= MAX_ATOMS {
                return Err(AtomLimit);
            }
            Ok(Atom(t.insert(keep())))
        })
    }

    /// Interns a name the VM knows to be valid; panics only on programmer error.
    #[allow(clippy::should_implement_trait)] // infallible, unlike FromStr
    pub fn from_str(name: &str) -> Atom {
        Atom::intern(name.as_bytes()).expect("VM atom names are short")
    }

    /// [`Atom::from_str`] for a literal: a new atom costs no copy.
    pub fn from_static(name: &'static str) -> Atom {
        Atom::intern_static(name.as_bytes()).expect("VM atom names are short")
    }

    /// Looks up an existing atom without creating it.
    pub fn existing(name: &[u8]) -> Option<Atom> {
        with_table(|t| t.find(name).map(Atom))
    }

    /// The atom's name as UTF-8 bytes.
    pub fn name(self) -> &'static [u8] {
        with_table(|t| t.names.get(self.0 as usize).copied().unwrap_or(b""))
    }

    /// Number of atoms interned so far.
    pub fn count() -> usize {
        with_table(|t| t.names.len())
    }
}

fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_are_stable() {
        assert_eq!(Atom::from_str("false"), am::FALSE);
        assert_eq!(Atom::from_str("true"), am::TRUE);
        assert_eq!(am::OK.name(), b"ok");
        let a = Atom::from_str("some_new_atom_xyz");
        assert_eq!(Atom::existing(b"some_new_atom_xyz"), Some(a));
        assert_eq!(a.name(), b"some_new_atom_xyz");
    }

    #[test]
    fn long_names_are_refused() {
        let long = [b'a'; 256];
        assert_eq!(Atom::intern(&long), Err(AtomLimit));
        assert!(Atom::intern(&long[..255]).is_ok());
    }
}
