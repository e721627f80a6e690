//! Writing output safely: a file whose bytes did not change is not touched (its mtime
//! stays); a changed one is written to a temporary file in the same folder and renamed over
//! the old one, so a reader (or a crash) sees the old or the new file, never half of one.

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
}
