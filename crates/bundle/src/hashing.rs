//! SHA-256 digests of a byte stream, computed on one worker thread once the stream is large.
//!
//! Why: a bundle is hashed twice on sealing (signature transcript over the ciphertext, bundle id
//! over the file) and three times on opening, and one SHA-256 pass costs about as much as the
//! ChaCha20-Poly1305 itself (measured in `benches/throughput.rs`). On one thread that caps
//! sealing near a third of the raw cipher's throughput. Here the caller's thread only copies
//! each byte once into a batch; one worker feeds every batch to the digests it belongs to, so
//! the cipher (and the file write) run beside the hashing. Streams shorter than one batch never
//! start a thread.

use std::io;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use sha2::{Digest, Sha256};

/// Bytes handed to the worker at a time: large enough that the channel costs nothing, small
/// enough that memory stays bounded (at most `QUEUE + 3` batches are alive).
const BATCH: usize = 1 << 20;
/// Batches that may wait for the worker before `update` blocks.
const QUEUE: usize = 2;

/// Which digests a run of bytes feeds: bit `i` set = digest `i`.
pub(crate) type Mask = u8;

/// The digests themselves, wherever they are being computed.
struct Digests {
    states: Vec<Option<Sha256>>,
}

impl Digests {
    fn absorb(&mut self, mask: Mask, data: &[u8]) {
        for (i, state) in self.states.iter_mut().enumerate() {
            if mask & (1 << i) != 0
                && let Some(state) = state
            {
                state.update(data);
            }
        }
    }
    fn take(&mut self, index: usize) -> Option<[u8; 32]> {
        Some(self.states.get_mut(index)?.take()?.finalize().into())
    }
}

enum Message {
    Bytes(Mask, Vec<u8>),
    Finish(usize),
}

struct Worker {
    inbox: SyncSender<Message>,
    spent: Receiver<Vec<u8>>,
    digests: Receiver<Option<[u8; 32]>>,
    handle: JoinHandle<()>,
}

/// Up to 8 SHA-256 digests over parts of one byte stream, each fed by [`update`](Self::update)
/// with a mask saying which digests the bytes belong to, in order. A digest's value equals
/// `Sha256::digest` of exactly the bytes sent to it.
pub(crate) struct BackgroundSha256 {
    pending: Vec<u8>,
    pending_mask: Mask,
    local: Option<Digests>,
    worker: Option<Worker>,
}

impl BackgroundSha256 {
    pub(crate) fn new(count: usize) -> Self {
        debug_assert!(count <= 8);
        BackgroundSha256 {
            pending: Vec::new(),
            pending_mask: 0,
            local: Some(Digests {
                states: (0..count).map(|_| Some(Sha256::new())).collect(),
            }),
            worker: None,
        }
    }

    pub(crate) fn update(&mut self, mask: Mask, mut data: &[u8]) -> io::Result<()> {
        if mask != self.pending_mask && !self.pending.is_empty() {
            self.hand_over()?;
        }
        self.pending_mask = mask;
        while !data.is_empty() {
            if self.pending.capacity() < BATCH {
                self.pending.reserve_exact(BATCH - self.pending.len());
            }
            let take = data.len().min(BATCH - self.pending.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.pending.len() == BATCH {
                self.hand_over()?;
            }
        }
        Ok(())
    }

    /// Feeds the pending bytes to their digests: locally while the stream is small (a short
    /// batch before the first full one), otherwise on the worker, started on first use.
    fn hand_over(&mut self) -> io::Result<()> {
        let mask = self.pending_mask;
        if self.worker.is_none()
            && self.pending.len() < BATCH
            && let Some(local) = &mut self.local
        {
            local.absorb(mask, &self.pending);
            self.pending.clear();
            return Ok(());
        }
        if self.worker.is_none() {
            let digests = self.local.take().ok_or_else(worker_lost)?;
            self.worker = Some(spawn_worker(digests)?);
        }
        let worker = self.worker.as_ref().ok_or_else(worker_lost)?;
        let next = worker.spent.try_recv().unwrap_or_default();
        let full = std::mem::replace(&mut self.pending, next);
        worker
            .inbox
            .send(Message::Bytes(mask, full))
            .map_err(|_| worker_lost())
    }

    /// Finishes digest `index` (later bytes sent to it are ignored) and returns its value.
    pub(crate) fn finish(&mut self, index: usize) -> io::Result<[u8; 32]> {
        if !self.pending.is_empty() {
            self.hand_over()?;
        }
        let digest = match (&mut self.local, &self.worker) {
            (Some(local), _) => local.take(index),
            (None, Some(worker)) => {
                worker
                    .inbox
                    .send(Message::Finish(index))
                    .map_err(|_| worker_lost())?;
                worker.digests.recv().map_err(|_| worker_lost())?
            }
            (None, None) => None,
        };
        digest.ok_or_else(|| io::Error::other("SHA-256 digest finished twice or out of range"))
    }
}

impl Drop for BackgroundSha256 {
    fn drop(&mut self) {
        if let Some(worker) = self.worker.take() {
            // Closing the inbox ends the worker's loop; wait so no thread outlives the owner.
            drop(worker.inbox);
            let _ = worker.handle.join();
        }
    }
}

fn spawn_worker(mut digests: Digests) -> io::Result<Worker> {
    let (inbox, messages) = sync_channel::<Message>(QUEUE);
    let (spent_tx, spent) = sync_channel::<Vec<u8>>(QUEUE + 1);
    let (digest_tx, digest_rx) = sync_channel::<Option<[u8; 32]>>(1);
    let handle = std::thread::Builder::new()
        .name("bundle-sha256".into())
        .spawn(move || {
            for message in messages {
                match message {
                    Message::Bytes(mask, mut batch) => {
                        digests.absorb(mask, &batch);
                        batch.clear();
                        // The owner may not want buffers back; then this one is just freed.
                        let _ = spent_tx.try_send(batch);
                    }
                    Message::Finish(index) => {
                        if digest_tx.send(digests.take(index)).is_err() {
                            return;
                        }
                    }
                }
            }
        })?;
    Ok(Worker {
        inbox,
        spent,
        digests: digest_rx,
        handle,
    })
}

fn worker_lost() -> io::Error {
    io::Error::other("the SHA-256 worker thread stopped unexpectedly")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Feeds `head` to digest 0, `body` to both, `tail` to digest 0, finishing digest 1 before
    /// the tail: the bundle's own pattern (file id, ciphertext hash).
    fn both(head: &[u8], body: &[u8], tail: &[u8], piece: usize) -> ([u8; 32], [u8; 32]) {
        let mut h = BackgroundSha256::new(2);
        h.update(0b01, head).unwrap();
        for p in body.chunks(piece.max(1)) {
            h.update(0b11, p).unwrap();
        }
        let inner = h.finish(1).unwrap();
        h.update(0b01, tail).unwrap();
        (h.finish(0).unwrap(), inner)
    }

    #[test]
    fn equals_plain_sha256_below_at_and_above_a_batch() {
        let head = [7u8; 58];
        let tail = [9u8; 72];
        for len in [
            0,
            1,
            BATCH - 58,
            BATCH - 1,
            BATCH,
            BATCH + 1,
            5 * BATCH + 12_345,
        ] {
            let body: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
            let whole = [&head[..], &body, &tail].concat();
            let expected = (Sha256::digest(&whole).into(), Sha256::digest(&body).into());
            for piece in [1000, 65_552, BATCH, 3 * BATCH] {
                if piece == 1000 && len > 2 * BATCH {
                    continue; // slow and adds nothing
                }
                assert_eq!(
                    both(&head, &body, &tail, piece),
                    expected,
                    "len {len} piece {piece}"
                );
            }
        }
    }

    #[test]
    fn a_digest_finishes_once() {
        for len in [10, 3 * BATCH] {
            let mut h = BackgroundSha256::new(1);
            h.update(1, &vec![1u8; len]).unwrap();
            h.finish(0).unwrap();
            assert!(h.finish(0).is_err());
            assert!(h.finish(1).is_err());
        }
    }

    #[test]
    fn dropping_unfinished_stops_the_worker_without_hanging() {
        let mut h = BackgroundSha256::new(2);
        h.update(0b11, &vec![1u8; 3 * BATCH]).unwrap();
        drop(h);
    }
}
