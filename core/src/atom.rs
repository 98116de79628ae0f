//! The atom table: interned, never freed, shared by every process.
//!
//! Atoms are never freed, so their names are leaked into `'static` slices and
//! can be handed out without holding the lock. The lock is a `spin` mutex
//! because the core has no OS; contention is rare (interning new atoms).

use alloc::boxed::Box;
use alloc::vec::Vec;
use hashbrown::HashMap;
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
    index: HashMap<&'static [u8], u32>,
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
            index: HashMap::with_capacity(1024),
        };
        for name in PREDEFINED {
            let bytes: &'static [u8] = name.as_bytes();
            t.index.insert(bytes, t.names.len() as u32);
            t.names.push(bytes);
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
        if char_count(name) > MAX_ATOM_CHARS {
            return Err(AtomLimit);
        }
        with_table(|t| {
            if let Some(&i) = t.index.get(name) {
                return Ok(Atom(i));
            }
            if t.names.len() >= MAX_ATOMS {
                return Err(AtomLimit);
            }
            let leaked: &'static [u8] = Box::leak(Box::from(name));
            let i = t.names.len() as u32;
            t.names.push(leaked);
            t.index.insert(leaked, i);
            Ok(Atom(i))
        })
    }

    /// Interns a name the VM knows to be valid; panics only on programmer error.
    #[allow(clippy::should_implement_trait)] // infallible, unlike FromStr
    pub fn from_str(name: &str) -> Atom {
        Atom::intern(name.as_bytes()).expect("VM atom names are short")
    }

    /// Looks up an existing atom without creating it.
    pub fn existing(name: &[u8]) -> Option<Atom> {
        with_table(|t| t.index.get(name).map(|&i| Atom(i)))
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
