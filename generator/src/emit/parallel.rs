//! Runs independent pieces of emission on the machine's cores (`std::thread::scope`): the
//! files, and chunks of the types module, do not depend on each other. Each result is handed
//! on with its job's index, so that its user can put the output in the jobs' order whatever
//! the number of threads.

use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};

/// A piece of work that borrows the IR and yields one result.
pub type Job<'a, T> = Box<dyn FnOnce() -> T + Send + 'a>;

/// Runs every job, on as many threads as the machine has cores (one at most per job), and
/// hands each result to `each` with its job's index as soon as the job is done, on the
/// thread that ran it (so a result is not held until the others are done). Threads take
/// the next job as they finish one, so the longest jobs go first.
pub fn run_each<T>(jobs: Vec<Job<'_, T>>, each: impl Fn(usize, T) + Sync) {
    let threads = std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(jobs.len());
    if threads <= 1 {
        for (index, job) in jobs.into_iter().enumerate() {
            each(index, job());
        }
        return;
    }
    let queue = Mutex::new(jobs.into_iter().enumerate());
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(|| work(&queue, &each));
        }
        work(&queue, &each);
    });
}

/// One thread's loop: take the next job until none is left.
fn work<'a, T, I>(queue: &Mutex<I>, each: &(impl Fn(usize, T) + Sync))
where
    I: Iterator<Item = (usize, Job<'a, T>)>,
{
    loop {
        let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
        let Some((index, job)) = next else {
            return;
        };
        each(index, job());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_result_is_handed_on_once_under_its_jobs_index() {
        let jobs: Vec<Job<'_, usize>> = (0..50)
            .map(|i| -> Job<'_, usize> {
                Box::new(move || {
                    // Uneven work, so that threads finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((50 - i) as u64 * 20));
                    i * 2
                })
            })
            .collect();
        let results = Mutex::new(Vec::new());
        run_each(jobs, |index, result| {
            results
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((index, result));
        });
        let mut results = results.into_inner().unwrap_or_else(PoisonError::into_inner);
        results.sort_unstable();
        let expected: Vec<(usize, usize)> = (0..50).map(|i| (i, i * 2)).collect();
        assert_eq!(results, expected);
    }
}
