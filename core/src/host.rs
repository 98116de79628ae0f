//! The one door between the core and the outside world.
//!
//! A host supplies time, output, module bytes and entropy; optionally a file
//! system ([`FileSystem`]), the directories of its code path and an
//! environment. A host that lacks a capability returns `None`/nothing (or
//! keeps the default method), and the BIF that needed it answers as OTP does
//! on a system without it: `{error, enotsup}` for file operations, `false`
//! for an unset variable, an empty code path.
//!
//! The trait stays small on purpose: every method is something a bare-metal
//! or browser host must think about, so capabilities come in groups a host
//! takes or leaves whole (the file system is one method returning a
//! separate trait object).

use alloc::string::String;
use alloc::vec::Vec;

pub trait Host {
    /// Monotonic time in nanoseconds (any origin).
    fn monotonic_ns(&mut self) -> u64;
    /// Wall-clock time in nanoseconds since the Unix epoch.
    fn system_ns(&mut self) -> u64;
    /// Writes bytes to standard output (`fd` 1) or standard error (`fd` 2).
    fn write(&mut self, fd: u32, bytes: &[u8]);
    /// The `.beam` bytes of module `name`, if the host can find them (on
    /// the code path as the host first gave it, see [`Host::code_path`]).
    fn find_module(&mut self, name: &str) -> Option<Vec<u8>>;
    /// Module `name`'s bytes where they lie for as long as the program
    /// runs (a pack in flash). The VM then loads the module function by
    /// function as each is first called, keeping only those in memory
    /// (see [`crate::code::lazy`]); `None`, the default, makes it copy the
    /// bytes with [`Host::find_module`] and load the whole module.
    fn find_module_in_place(&mut self, _name: &str) -> Option<&'static [u8]> {
        None
    }
    /// Random bits (for `rand` seeding and `make_ref` uniqueness).
    fn entropy(&mut self) -> u64 {
        0x853c_49e6_748f_ea9b
    }
    /// The host's files, if it has any (`prim_file`, `erl_prim_loader`,
    /// and through them OTP's `file`, `filelib` and `code` path searches).
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        None
    }
    /// The directories modules come from, in search order: what
    /// `code:get_path/0` starts as. `find_module` must agree with it.
    fn code_path(&mut self) -> Vec<String> {
        Vec::new()
    }
    /// An environment variable (`os:getenv/1`).
    fn getenv(&mut self, name: &str) -> Option<String> {
        self.environ()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
    /// The whole environment (`os:getenv/0`).
    fn environ(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }
    /// `erlang:system_info(os_type)` (and so `os:type/0`): OTP's
    /// `{Family, Name}`, e.g. `("unix", "linux")` or `("win32", "nt")`.
    fn os_type(&self) -> (&'static str, &'static str) {
        ("unix", "beamr")
    }
}

/// Why a file operation failed: OTP's POSIX error atom, such as `"enoent"`,
/// `"eacces"` or `"enotsup"` (`file:format_error/1` knows them all).
pub type Posix = &'static str;

/// The answer of a file system without the operation.
pub const ENOTSUP: Posix = "enotsup";

/// How [`FileSystem::open`] opens a file, from `file:open/2`'s modes as
/// OTP's `prim_file` reads them. At least one of `read`/`write` is set;
/// `append` and `exclusive` imply `write`.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct OpenMode {
    pub read: bool,
    /// Created if missing; truncated when opened for writing only (unless
    /// `append` or `exclusive`).
    pub write: bool,
    /// Every write goes to the end.
    pub append: bool,
    /// Fails with `eexist` if the file exists.
    pub exclusive: bool,
    /// Writes reach the disk before they return.
    pub sync: bool,
    /// Open a directory (OTP's `directory` mode); otherwise opening a
    /// directory fails with `eisdir`.
    pub directory: bool,
}

/// A file's type, as `#file_info.type`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FileType {
    Device,
    Directory,
    Regular,
    Symlink,
    Other,
}

/// What `read_file_info` tells about a file (`#file_info{}`); times in
/// seconds since the Unix epoch. Hosts fill what they know and leave 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInfo {
    pub size: u64,
    pub kind: FileType,
    /// May the program read / write it.
    pub readable: bool,
    pub writable: bool,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
    /// Unix permission and type bits (`st_mode`).
    pub mode: u32,
    pub links: u32,
    pub major_device: u64,
    pub minor_device: u64,
    pub inode: u64,
    pub uid: u32,
    pub gid: u32,
}

/// Where [`FileSystem::seek`] counts from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Whence {
    Bof,
    Cur,
    Eof,
}

/// A host's files. Paths are the bytes of the native name (UTF-8 on Unix),
/// as the program gave them: relative ones are relative to the host's
/// current directory. Open files are named by handles the host chooses.
/// Every method defaults to `Err(ENOTSUP)`, so a host offers what it can
/// (a read-only pack implements `read_file`, `file_info`, `list_dir`).
pub trait FileSystem {
    /// The whole contents of a file.
    fn read_file(&mut self, path: &[u8]) -> Result<Vec<u8>, Posix> {
        let fd = self.open(
            path,
            OpenMode {
                read: true,
                ..OpenMode::default()
            },
        )?;
        let mut all = Vec::new();
        let res = loop {
            match self.read(fd, 64 * 1024) {
                Ok(chunk) if chunk.is_empty() => break Ok(()),
                Ok(chunk) => all.extend_from_slice(&chunk),
                Err(e) => break Err(e),
            }
        };
        let _ = self.close(fd);
        res.map(|()| all)
    }
    fn open(&mut self, _path: &[u8], _mode: OpenMode) -> Result<u64, Posix> {
        Err(ENOTSUP)
    }
    /// Up to `max` bytes from the file position; empty at end of file.
    fn read(&mut self, _fd: u64, _max: usize) -> Result<Vec<u8>, Posix> {
        Err(ENOTSUP)
    }
    /// Writes all of `bytes` at the file position (the end, in append mode).
    fn write(&mut self, _fd: u64, _bytes: &[u8]) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Moves the file position; returns the new one (`einval` if negative).
    fn seek(&mut self, _fd: u64, _whence: Whence, _offset: i64) -> Result<u64, Posix> {
        Err(ENOTSUP)
    }
    /// Up to `max` bytes at `offset`, leaving the file position alone.
    fn pread(&mut self, _fd: u64, _offset: u64, _max: usize) -> Result<Vec<u8>, Posix> {
        Err(ENOTSUP)
    }
    /// Writes `bytes` at `offset`, leaving the file position alone.
    fn pwrite(&mut self, _fd: u64, _offset: u64, _bytes: &[u8]) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Makes room for `len` bytes at `offset`, growing the file if it is
    /// shorter (`file:allocate/3`).
    fn allocate(&mut self, _fd: u64, _offset: u64, _len: u64) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Cuts the file at the file position.
    fn truncate(&mut self, _fd: u64) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    fn sync(&mut self, _fd: u64, _data_only: bool) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    fn close(&mut self, _fd: u64) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// `read_file_info` of an open file.
    fn fd_info(&mut self, _fd: u64) -> Result<FileInfo, Posix> {
        Err(ENOTSUP)
    }
    /// `read_file_info` (following symbolic links) or `read_link_info`.
    fn file_info(&mut self, _path: &[u8], _follow_links: bool) -> Result<FileInfo, Posix> {
        Err(ENOTSUP)
    }
    /// The names in a directory (without `.` and `..`), in any order.
    fn list_dir(&mut self, _path: &[u8]) -> Result<Vec<Vec<u8>>, Posix> {
        Err(ENOTSUP)
    }
    fn make_dir(&mut self, _path: &[u8]) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Removes an empty directory (`eexist` when it is not empty, as OTP).
    fn del_dir(&mut self, _path: &[u8]) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Removes a file (`eperm` for a directory, as OTP).
    fn delete(&mut self, _path: &[u8]) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    fn rename(&mut self, _from: &[u8], _to: &[u8]) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// The target of a symbolic link (`einval` for anything else).
    fn read_link(&mut self, _path: &[u8]) -> Result<Vec<u8>, Posix> {
        Err(ENOTSUP)
    }
    /// A hard link, or a symbolic one, at `new` to `existing`.
    fn make_link(&mut self, _existing: &[u8], _new: &[u8], _symbolic: bool) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Sets the permission bits.
    fn set_permissions(&mut self, _path: &[u8], _mode: u32) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Sets access and modification times (seconds since the epoch).
    fn set_times(&mut self, _path: &[u8], _atime: i64, _mtime: i64) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// Sets owner and group; `None` leaves one as it is.
    fn set_owner(
        &mut self,
        _path: &[u8],
        _uid: Option<u32>,
        _gid: Option<u32>,
    ) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
    /// The current directory, absolute.
    fn get_cwd(&mut self) -> Result<Vec<u8>, Posix> {
        Err(ENOTSUP)
    }
    fn set_cwd(&mut self, _path: &[u8]) -> Result<(), Posix> {
        Err(ENOTSUP)
    }
}

/// A host with no clock, no output and no modules: for tests and fuzzing.
#[derive(Default)]
pub struct NullHost {
    pub out: Vec<u8>,
    pub ticks: u64,
}

impl Host for NullHost {
    fn monotonic_ns(&mut self) -> u64 {
        self.ticks += 1000;
        self.ticks
    }
    fn system_ns(&mut self) -> u64 {
        self.monotonic_ns()
    }
    fn write(&mut self, _fd: u32, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn find_module(&mut self, _name: &str) -> Option<Vec<u8>> {
        None
    }
}
