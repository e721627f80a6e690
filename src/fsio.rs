//! Writing output safely: a file whose bytes did not change is not touched (its mtime
//! stays); a changed one is written to a temporary file in the same folder and renamed over
//! the old one, so a reader (or a crash) sees the old or the new file, never half of one.
//!
//! [`OutputLock`] keeps two builds from writing one output folder at the same time: an
//! operating-system advisory lock (`flock`) on the folder itself, which the kernel releases
//! when its holder exits, however it exits. Nothing is left behind that could block the next
//! build.
//!
//! Durability: a killed process cannot leave a half-written file (the kernel holds what was
//! written; the rename is atomic). Surviving a power loss needs `fsync` of each file before
//! its rename and of its folder after: [`write_if_changed_synced`] and [`sync_dir`], used by
//! `build --fsync`.

use crate::error::{Error, Result};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Prefix of temporary files (hidden, recognisable, cleaned up by the next build).
pub const TEMP_PREFIX: &str = ".polyfeed-tmp-";

/// What happened to one output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The file was created or replaced.
    Written,
    /// The file already had these bytes and was left alone.
    Unchanged,
}

/// Writes `bytes` to `path` atomically unless the file already holds exactly them.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<WriteOutcome> {
    write_file(path, bytes, false)
}

/// Like [`write_if_changed`], and the new file's bytes reach the disk (`fsync`) before it is
/// renamed over the old one. Call [`sync_dir`] on its folder afterwards to make the rename
/// itself durable.
pub fn write_if_changed_synced(path: &Path, bytes: &[u8]) -> Result<WriteOutcome> {
    write_file(path, bytes, true)
}

/// Makes the entries of a folder (renames, removals) durable (`fsync` of the folder). A no-op
/// where folders cannot be opened as files (Windows).
pub fn sync_dir(dir: &Path) -> Result<()> {
    if cfg!(unix) {
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::io("cannot sync folder", dir, e))?;
    }
    Ok(())
}

fn write_file(path: &Path, bytes: &[u8], sync: bool) -> Result<WriteOutcome> {
    if let Ok(meta) = fs::metadata(path)
        && meta.len() == bytes.len() as u64
        && fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(WriteOutcome::Unchanged);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io("cannot create folder", dir, e))?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    // Unique per process and call: two threads may write the same path at once (the HTTP
    // cache when a URL is listed twice); each renames its own complete file.
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!("{TEMP_PREFIX}{}-{n}-{name}", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.flush()?;
        if sync {
            f.sync_all()?;
        }
        drop(f);
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io("cannot write", path, e));
    }
    Ok(WriteOutcome::Written)
}

/// Every file below `dir` (recursively), as paths relative to it with `/` separators,
/// sorted. A missing folder has no files.
pub fn list_files(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
        let rd = fs::read_dir(dir).map_err(|e| Error::io("cannot read folder", dir, e))?;
        for entry in rd {
            let entry = entry.map_err(|e| Error::io("cannot read folder", dir, e))?;
            let path = entry.path();
            let ty = entry
                .file_type()
                .map_err(|e| Error::io("cannot read", &path, e))?;
            if ty.is_dir() {
                walk(root, &path, out)?;
            } else {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// Removes temporary files that a killed build left below `dir`; returns them.
pub fn remove_stale_temp_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for rel in list_files(dir)? {
        let name = rel.rsplit('/').next().unwrap_or(&rel);
        if name.starts_with(TEMP_PREFIX) {
            let p = dir.join(&rel);
            fs::remove_file(&p).map_err(|e| Error::io("cannot remove", &p, e))?;
            removed.push(p);
        }
    }
    Ok(removed)
}

/// Fails with a clear error when no file can be created in `dir` (a read-only file system,
/// a folder without write permission): checked before a build replaces anything, so such an
/// output folder is left exactly as it was.
pub fn check_writable(dir: &Path) -> Result<()> {
    let probe = dir.join(format!("{TEMP_PREFIX}{}-probe", std::process::id()));
    fs::File::create(&probe)
        .and_then(|_| fs::remove_file(&probe))
        .map_err(|e| Error::io("cannot write to the output folder", dir, e))
}

/// An exclusive advisory lock on an output folder, held until it is dropped.
///
/// On Unix the folder itself is locked (`flock` on the folder opened read-only): no lock file
/// is created, so there is nothing to publish by mistake or to clean up, and the lock works on
/// a read-only folder too (where writing then fails with a clear error). Elsewhere a
/// `.polyfeed-lock` file in the folder is locked. Either way the lock belongs to the open
/// file, so the kernel releases it when the process ends, even by `SIGKILL`: a lock whose
/// holder is dead never blocks. Every spelling of the folder's path (relative, absolute,
/// through a symbolic link) names the same lock.
#[derive(Debug)]
pub struct OutputLock {
    dir: PathBuf,
    _file: fs::File,
}

impl OutputLock {
    /// Takes the lock, creating the folder when needed; `Ok(None)` when another process
    /// holds it.
    pub fn try_acquire(dir: &Path) -> Result<Option<OutputLock>> {
        let file = Self::open(dir)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(OutputLock {
                dir: dir.to_path_buf(),
                _file: file,
            })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(Error::io("cannot lock", dir, e)),
        }
    }

    /// Takes the lock, creating the folder when needed, and waits as long as another process
    /// holds it.
    pub fn acquire(dir: &Path) -> Result<OutputLock> {
        let file = Self::open(dir)?;
        file.lock().map_err(|e| Error::io("cannot lock", dir, e))?;
        Ok(OutputLock {
            dir: dir.to_path_buf(),
            _file: file,
        })
    }

    /// The locked folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn open(dir: &Path) -> Result<fs::File> {
        fs::create_dir_all(dir).map_err(|e| Error::io("cannot create folder", dir, e))?;
        let target = if cfg!(unix) {
            dir.to_path_buf()
        } else {
            dir.join(".polyfeed-lock")
        };
        let file = if cfg!(unix) {
            fs::File::open(&target)
        } else {
            fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&target)
        };
        file.map_err(|e| Error::io("cannot lock", &target, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_files_keep_their_mtime() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b/rss.xml");
        assert_eq!(write_if_changed(&p, b"one").unwrap(), WriteOutcome::Written);
        let m1 = fs::metadata(&p).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(
            write_if_changed(&p, b"one").unwrap(),
            WriteOutcome::Unchanged
        );
        assert_eq!(fs::metadata(&p).unwrap().modified().unwrap(), m1);
        assert_eq!(write_if_changed(&p, b"two").unwrap(), WriteOutcome::Written);
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(
            list_files(dir.path()).unwrap(),
            vec!["a/b/rss.xml".to_string()]
        );
    }

    #[test]
    fn the_lock_excludes_and_is_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let held = OutputLock::try_acquire(&out).unwrap().expect("free");
        assert!(out.is_dir(), "the folder is created");
        assert!(OutputLock::try_acquire(&out).unwrap().is_none());
        // Another spelling of the same folder is the same lock.
        let other = dir.path().join("public/../public/");
        assert!(OutputLock::try_acquire(&other).unwrap().is_none());
        drop(held);
        assert!(OutputLock::try_acquire(&other).unwrap().is_some());
        assert_eq!(
            list_files(&out).unwrap(),
            Vec::<String>::new(),
            "no lock file"
        );
    }

    #[test]
    fn writability_is_checked_without_leaving_a_file() {
        let dir = tempfile::tempdir().unwrap();
        check_writable(dir.path()).unwrap();
        assert!(list_files(dir.path()).unwrap().is_empty());
        let not_a_folder = dir.path().join("file");
        fs::write(&not_a_folder, "x").unwrap();
        let e = check_writable(&not_a_folder).unwrap_err().to_string();
        assert!(e.starts_with("cannot write to the output folder"), "{e}");
    }
}
