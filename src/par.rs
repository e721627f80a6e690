//! Order-preserving parallel work over a slice (scoped threads, work stealing by index):
//! [`map_with`] collects every result; [`for_each_ordered`] hands results over in input
//! order as soon as they are ready, with a bounded window of finished-but-waiting results.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

/// Applies `f` to every element on up to `threads` threads; results are in input order.
/// Each thread gets its own state from `init` (a file handle cache, a buffer...).
pub fn map_with<T: Sync, S, R: Send>(
    items: &[T],
    threads: usize,
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        let mut s = init();
        return items.iter().map(|t| f(&mut s, t)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut s = init();
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(t) = items.get(i) else { break };
                        out.push((i, f(&mut s, t)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| match h.join() {
                Ok(v) => v,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    let mut all: Vec<(usize, R)> = parts.iter_mut().flat_map(std::mem::take).collect();
    all.sort_unstable_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

/// Applies `f` to every element on `threads` worker threads and calls `sink(index, result)`
/// on the calling thread in input order, as soon as the next result in order is ready. A
/// worker does not start element `i` before element `i - window` has been handed to `sink`,
/// so at most `window` results wait in memory however many elements there are and however
/// long one of them takes; the others go on meanwhile (one slow element stalls the run only
/// after `window` further elements are done).
pub fn for_each_ordered<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    window: usize,
    f: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(usize, R),
) {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        // One worker: no thread to start (a single small file is validated in ~2 ms, and a
        // thread start is a noticeable part of that).
        for (i, item) in items.iter().enumerate() {
            sink(i, f(item));
        }
        return;
    }
    let window = window.max(threads);
    // (next index to start, results handed to `sink`)
    let state = Mutex::new((0usize, 0usize));
    let moved = Condvar::new();
    let abort = AtomicBool::new(false);
    /// Wakes the other workers when a worker unwinds, so none waits forever.
    struct Guard<'a> {
        abort: &'a AtomicBool,
        moved: &'a Condvar,
    }
    impl Drop for Guard<'_> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.abort.store(true, Ordering::SeqCst);
                self.moved.notify_all();
            }
        }
    }
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, R)>();
        for _ in 0..threads {
            let tx = tx.clone();
            let (state, moved, abort, f) = (&state, &moved, &abort, &f);
            scope.spawn(move || {
                let _guard = Guard { abort, moved };
                loop {
                    let i = {
                        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                        while s.0 < items.len()
                            && s.0 >= s.1 + window
                            && !abort.load(Ordering::SeqCst)
                        {
                            s = moved.wait(s).unwrap_or_else(|e| e.into_inner());
                        }
                        if abort.load(Ordering::SeqCst) || s.0 >= items.len() {
                            break;
                        }
                        s.0 += 1;
                        s.0 - 1
                    };
                    if tx.send((i, f(&items[i]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        for (i, r) in rx {
            waiting.insert(i, r);
            let before = next;
            while let Some(r) = waiting.remove(&next) {
                sink(next, r);
                next += 1;
            }
            if next != before {
                let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                s.1 = next;
                moved.notify_all();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order() {
        let v: Vec<u32> = (0..1000).collect();
        let out = super::map_with(
            &v,
            3,
            || 0u32,
            |calls, x| {
                *calls += 1;
                x * 2
            },
        );
        assert_eq!(out, v.iter().map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn ordered_with_a_slow_element_and_a_window() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let v: Vec<u64> = (0..200).collect();
        let running_max = AtomicUsize::new(0);
        let mut seen = Vec::new();
        super::for_each_ordered(
            &v,
            4,
            16,
            |&x| {
                if x == 3 {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                running_max.fetch_max(x as usize, Ordering::Relaxed);
                x * 3
            },
            |i, r| {
                // While element 3 sleeps, the others may run ahead by the window only.
                if i == 3 {
                    assert!(running_max.load(Ordering::Relaxed) < 3 + 16 + 4);
                }
                seen.push((i, r));
            },
        );
        assert_eq!(
            seen,
            v.iter().map(|&x| (x as usize, x * 3)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn one_worker_runs_on_the_calling_thread_in_order() {
        let v: Vec<u64> = (0..10).collect();
        let caller = std::thread::current().id();
        let mut seen = Vec::new();
        super::for_each_ordered(
            &v,
            1,
            4,
            |&x| (std::thread::current().id(), x + 1),
            |i, (id, r)| {
                assert_eq!(id, caller);
                seen.push((i, r));
            },
        );
        assert_eq!(seen, (0..10).map(|x| (x, x as u64 + 1)).collect::<Vec<_>>());
    }
}
