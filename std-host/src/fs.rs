//! The std host's files: `beamr_core::host::FileSystem` over `std::fs`,
//! answering as OTP's `unix_prim_file.c` does (the same POSIX error
//! names, `eperm` for unlinking a directory, `eexist` for removing a
//! non-empty one, `eisdir` for opening a directory as a file).

use beamr_core::host::{FileInfo, FileSystem, FileType, OpenMode, Posix, Whence};
use std::collections::HashMap;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

/// Open files by handle.
#[derive(Default)]
pub struct StdFs {
    files: HashMap<u64, File>,
    next: u64,
}

/// A native name as a path (bytes as they are on Unix).
fn path(bytes: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

fn path_bytes(p: &std::path::Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        p.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        p.to_string_lossy().into_owned().into_bytes()
    }
}

/// OTP's name for an I/O error (`erl_errno_id`).
fn posix(e: &io::Error) -> Posix {
    #[cfg(unix)]
    if let Some(n) = e.raw_os_error() {
        return errno_name(n);
    }
    match e.kind() {
        io::ErrorKind::NotFound => "enoent",
        io::ErrorKind::PermissionDenied => "eacces",
        io::ErrorKind::AlreadyExists => "eexist",
        io::ErrorKind::InvalidInput => "einval",
        io::ErrorKind::Unsupported => "enotsup",
        io::ErrorKind::OutOfMemory => "enomem",
        _ => "eio",
    }
}

#[cfg(unix)]
fn errno_name(n: i32) -> Posix {
    use libc::*;
    match n {
        EPERM => "eperm",
        ENOENT => "enoent",
        ESRCH => "esrch",
        EINTR => "eintr",
        EIO => "eio",
        ENXIO => "enxio",
        E2BIG => "e2big",
        EBADF => "ebadf",
        EAGAIN => "eagain",
        ENOMEM => "enomem",
        EACCES => "eacces",
        EFAULT => "efault",
        EBUSY => "ebusy",
        EEXIST => "eexist",
        EXDEV => "exdev",
        ENODEV => "enodev",
        ENOTDIR => "enotdir",
        EISDIR => "eisdir",
        EINVAL => "einval",
        ENFILE => "enfile",
        EMFILE => "emfile",
        ENOTTY => "enotty",
        ETXTBSY => "etxtbsy",
        EFBIG => "efbig",
        ENOSPC => "enospc",
        ESPIPE => "espipe",
        EROFS => "erofs",
        EMLINK => "emlink",
        EPIPE => "epipe",
        ERANGE => "erange",
        EDEADLK => "edeadlk",
        ENAMETOOLONG => "enametoolong",
        ENOLCK => "enolck",
        ENOSYS => "enosys",
        ENOTEMPTY => "enotempty",
        ELOOP => "eloop",
        EOVERFLOW => "eoverflow",
        ENOTSUP => "enotsup",
        EDQUOT => "edquot",
        ESTALE => "estale",
        _ => "unknown",
    }
}

fn io_err<T>(r: io::Result<T>) -> Result<T, Posix> {
    r.map_err(|e| posix(&e))
}

/// `#file_info.type` of a file.
fn kind(t: std::fs::FileType) -> FileType {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_char_device() || t.is_block_device() {
            return FileType::Device;
        }
    }
    if t.is_dir() {
        FileType::Directory
    } else if t.is_file() {
        FileType::Regular
    } else if t.is_symlink() {
        FileType::Symlink
    } else {
        FileType::Other
    }
}

#[cfg(unix)]
fn info(m: &Metadata, access: (bool, bool)) -> FileInfo {
    use std::os::unix::fs::MetadataExt;
    FileInfo {
        size: m.size(),
        kind: kind(m.file_type()),
        readable: access.0,
        writable: access.1,
        atime: m.atime(),
        mtime: m.mtime(),
        ctime: m.ctime(),
        mode: m.mode(),
        links: m.nlink() as u32,
        major_device: m.dev(),
        minor_device: m.rdev(),
        inode: m.ino(),
        uid: m.uid(),
        gid: m.gid(),
    }
}

#[cfg(not(unix))]
fn info(m: &Metadata, access: (bool, bool)) -> FileInfo {
    let secs = |t: io::Result<std::time::SystemTime>| {
        t.ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs() as i64)
    };
    FileInfo {
        size: m.len(),
        kind: kind(m.file_type()),
        readable: access.0,
        writable: access.1,
        atime: secs(m.accessed()),
        mtime: secs(m.modified()),
        ctime: secs(m.created()),
        mode: 0,
        links: 1,
        major_device: 0,
        minor_device: 0,
        inode: 0,
        uid: 0,
        gid: 0,
    }
}

/// May this process read / write `p` (`access(2)`).
#[cfg(unix)]
fn access(p: &[u8]) -> (bool, bool) {
    let Ok(c) = std::ffi::CString::new(p) else {
        return (false, false);
    };
    // SAFETY: `c` is a valid NUL-terminated string for the call's duration.
    unsafe {
        (
            libc::access(c.as_ptr(), libc::R_OK) == 0,
            libc::access(c.as_ptr(), libc::W_OK) == 0,
        )
    }
}

#[cfg(not(unix))]
fn access(_: &[u8]) -> (bool, bool) {
    (true, true)
}

/// Access from an open file's mode bits, as OTP's `check_access`.
#[cfg(unix)]
fn mode_access(m: &Metadata) -> (bool, bool) {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid/getegid cannot fail.
    let (uid, gid) = unsafe { (libc::geteuid(), libc::getegid()) };
    let mode = m.mode();
    let shift = if m.uid() == uid {
        6
    } else if m.gid() == gid {
        3
    } else {
        0
    };
    (mode >> shift & 4 != 0, mode >> shift & 2 != 0)
}

#[cfg(not(unix))]
fn mode_access(m: &Metadata) -> (bool, bool) {
    (true, !m.permissions().readonly())
}

impl StdFs {
    fn file(&mut self, fd: u64) -> Result<&mut File, Posix> {
        self.files.get_mut(&fd).ok_or("ebadf")
    }
}

impl FileSystem for StdFs {
    fn read_file(&mut self, p: &[u8]) -> Result<Vec<u8>, Posix> {
        io_err(std::fs::read(path(p)))
    }

    fn open(&mut self, p: &[u8], mode: OpenMode) -> Result<u64, Posix> {
        let mut o = OpenOptions::new();
        o.read(mode.read);
        if mode.write {
            o.write(true);
            if mode.exclusive {
                o.create_new(true);
            } else {
                o.create(true);
            }
            if !mode.read && !mode.append && !mode.exclusive {
                o.truncate(true);
            }
        }
        if mode.append {
            o.append(true);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            let mut flags = 0;
            if mode.sync {
                flags |= libc::O_SYNC;
            }
            if mode.directory {
                flags |= libc::O_DIRECTORY;
            }
            o.custom_flags(flags);
        }
        let f = io_err(o.open(path(p)))?;
        if !mode.directory && f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err("eisdir");
        }
        self.next += 1;
        self.files.insert(self.next, f);
        Ok(self.next)
    }

    fn read(&mut self, fd: u64, max: usize) -> Result<Vec<u8>, Posix> {
        let f = self.file(fd)?;
        let mut buf = Vec::new();
        io_err(f.take(max as u64).read_to_end(&mut buf))?;
        Ok(buf)
    }

    fn write(&mut self, fd: u64, bytes: &[u8]) -> Result<(), Posix> {
        io_err(self.file(fd)?.write_all(bytes))
    }

    fn seek(&mut self, fd: u64, whence: Whence, offset: i64) -> Result<u64, Posix> {
        let f = self.file(fd)?;
        let to = match whence {
            Whence::Bof if offset < 0 => return Err("einval"),
            Whence::Bof => SeekFrom::Start(offset as u64),
            Whence::Cur => SeekFrom::Current(offset),
            Whence::Eof => SeekFrom::End(offset),
        };
        io_err(f.seek(to))
    }

    #[cfg(unix)]
    fn pread(&mut self, fd: u64, offset: u64, max: usize) -> Result<Vec<u8>, Posix> {
        use std::os::unix::fs::FileExt;
        let f = self.file(fd)?;
        // No more than a regular file holds past `offset`.
        let left = f
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .map_or(1 << 20, |m| m.len().saturating_sub(offset));
        let mut buf = vec![0u8; max.min(usize::try_from(left).unwrap_or(usize::MAX))];
        let mut got = 0;
        while got < buf.len() {
            match f.read_at(&mut buf[got..], offset + got as u64) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(posix(&e)),
            }
        }
        buf.truncate(got);
        Ok(buf)
    }

    #[cfg(unix)]
    fn pwrite(&mut self, fd: u64, offset: u64, bytes: &[u8]) -> Result<(), Posix> {
        use std::os::unix::fs::FileExt;
        io_err(self.file(fd)?.write_all_at(bytes, offset))
    }

    fn allocate(&mut self, fd: u64, offset: u64, len: u64) -> Result<(), Posix> {
        let f = self.file(fd)?;
        let end = offset.checked_add(len).ok_or("efbig")?;
        if io_err(f.metadata())?.len() < end {
            io_err(f.set_len(end))?;
        }
        Ok(())
    }

    fn truncate(&mut self, fd: u64) -> Result<(), Posix> {
        let f = self.file(fd)?;
        let pos = io_err(f.stream_position())?;
        io_err(f.set_len(pos))
    }

    fn sync(&mut self, fd: u64, data_only: bool) -> Result<(), Posix> {
        let f = self.file(fd)?;
        io_err(if data_only {
            f.sync_data()
        } else {
            f.sync_all()
        })
    }

    fn close(&mut self, fd: u64) -> Result<(), Posix> {
        self.files.remove(&fd).map(drop).ok_or("ebadf")
    }

    fn fd_info(&mut self, fd: u64) -> Result<FileInfo, Posix> {
        let m = io_err(self.file(fd)?.metadata())?;
        Ok(info(&m, mode_access(&m)))
    }

    fn file_info(&mut self, p: &[u8], follow_links: bool) -> Result<FileInfo, Posix> {
        let path = path(p);
        let m = io_err(if follow_links {
            std::fs::metadata(path)
        } else {
            std::fs::symlink_metadata(path)
        })?;
        Ok(info(&m, access(p)))
    }

    fn list_dir(&mut self, p: &[u8]) -> Result<Vec<Vec<u8>>, Posix> {
        let mut names = Vec::new();
        for e in io_err(std::fs::read_dir(path(p)))? {
            let e = io_err(e)?;
            names.push(path_bytes(std::path::Path::new(&e.file_name())));
        }
        Ok(names)
    }

    fn make_dir(&mut self, p: &[u8]) -> Result<(), Posix> {
        io_err(std::fs::create_dir(path(p)))
    }

    fn del_dir(&mut self, p: &[u8]) -> Result<(), Posix> {
        std::fs::remove_dir(path(p)).map_err(|e| match posix(&e) {
            "enotempty" => "eexist",
            other => other,
        })
    }

    fn delete(&mut self, p: &[u8]) -> Result<(), Posix> {
        std::fs::remove_file(path(p)).map_err(|e| match posix(&e) {
            "eisdir" => "eperm",
            other => other,
        })
    }

    fn rename(&mut self, from: &[u8], to: &[u8]) -> Result<(), Posix> {
        std::fs::rename(path(from), path(to)).map_err(|e| match posix(&e) {
            "enotempty" => "eexist",
            _ if from == b"/" => "einval",
            other => other,
        })
    }

    fn read_link(&mut self, p: &[u8]) -> Result<Vec<u8>, Posix> {
        io_err(std::fs::read_link(path(p))).map(|t| path_bytes(&t))
    }

    fn make_link(&mut self, existing: &[u8], new: &[u8], symbolic: bool) -> Result<(), Posix> {
        if !symbolic {
            return io_err(std::fs::hard_link(path(existing), path(new)));
        }
        #[cfg(unix)]
        {
            io_err(std::os::unix::fs::symlink(path(existing), path(new)))
        }
        #[cfg(not(unix))]
        {
            Err(beamr_core::host::ENOTSUP)
        }
    }

    #[cfg(unix)]
    fn set_permissions(&mut self, p: &[u8], mode: u32) -> Result<(), Posix> {
        use std::os::unix::fs::PermissionsExt;
        let perms = std::fs::Permissions::from_mode(mode & 0o6777);
        io_err(std::fs::set_permissions(path(p), perms))
    }

    fn set_times(&mut self, p: &[u8], atime: i64, mtime: i64) -> Result<(), Posix> {
        let t = |s: i64| {
            let d = std::time::Duration::from_secs(s.unsigned_abs());
            if s >= 0 {
                std::time::UNIX_EPOCH + d
            } else {
                std::time::UNIX_EPOCH - d
            }
        };
        let f = io_err(File::options().write(true).open(path(p)))
            .or_else(|_| io_err(File::open(path(p))))?;
        let times = std::fs::FileTimes::new()
            .set_accessed(t(atime))
            .set_modified(t(mtime));
        io_err(f.set_times(times))
    }

    #[cfg(unix)]
    fn set_owner(&mut self, p: &[u8], uid: Option<u32>, gid: Option<u32>) -> Result<(), Posix> {
        io_err(std::os::unix::fs::chown(path(p), uid, gid))
    }

    fn get_cwd(&mut self) -> Result<Vec<u8>, Posix> {
        io_err(std::env::current_dir()).map(|p| path_bytes(&p))
    }

    fn set_cwd(&mut self, p: &[u8]) -> Result<(), Posix> {
        io_err(std::env::set_current_dir(path(p)))
    }
}
