//! Runs independent pieces of emission on the machine's cores (`std::thread::scope`): the
//! files, and chunks of the types module, do not depend on each other. The results come back
//! in the jobs' order, so the output does not depend on the number of threads.

use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};

/// A piece of work that borrows the IR and yields one result.
pub type Job<'a, T> = Box<dyn FnOnce() -> T + Send + 'a>;

/// Runs every job, on as many threads as the machine has cores (one at most per job), and
/// returns their results in the jobs' order. Threads take the next job as they finish one,
/// so the longest jobs go first.
pub fn run_all<T: Send>(jobs: Vec<Job<'_, T>>) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(jobs.len());
    if threads <= 1 {
        return jobs.into_iter().map(|job| job()).collect();
    }
    let count = jobs.len();
    let queue = Mutex::new(jobs.into_iter().enumerate());
    let results = Mutex::new(Vec::with_capacity(count));
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(|| work(&queue, &results));
        }
        work(&queue, &results);
    });
    let mut results = results.into_inner().unwrap_or_else(PoisonError::into_inner);
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

/// One thread's loop: take the next job until none is left.
fn work<'a, T, I>(queue: &Mutex<I>, results: &Mutex<Vec<(usize, T)>>)
where
    I: Iterator<Item = (usize, Job<'a, T>)>,
{
    loop {
        let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
        let Some((index, job)) = next else {
            return;
        };
        let result = job();
        results
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((index, result));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_jobs_order() {
        let jobs: Vec<Job<'_, usize>> = (0..50)
            .map(|i| -> Job<'_, usize> {
                Box::new(move || {
                    // Uneven work, so that threads finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((50 - i) as u64 * 20));
                    i * 2
                })
            })
            .collect();
        let expected: Vec<usize> = (0..50).map(|i| i * 2).collect();
        assert_eq!(run_all(jobs), expected);
    }
}
