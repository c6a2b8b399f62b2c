//! Sealing and opening throughput, side by side in one run on the same data (issue 6):
//!
//! * raw ChaCha20-Poly1305 (RustCrypto `chacha20poly1305`, the workspace version), 64 KiB chunks
//!   encrypted in place with detached tags and age's nonce layout (11-byte big-endian counter +
//!   last-chunk flag): the ceiling any age-STREAM implementation can reach;
//! * our bundle seal (`BundleWriter`, 1 MiB record bodies) to `io::sink()` and to a file in a
//!   temp dir (page cache), and our open (`verify` + `open` + decoding every record) from memory
//!   and from that file;
//! * the `rage` CLI encrypting and decrypting the same bytes as a file, if `rage` is installed
//!   (its times include process start and reading/writing the files).
//!
//! MB = 10^6 bytes; each figure is the median of `LANTERN_BENCH_REPS` (default 5) runs over
//! `LANTERN_BENCH_MIB` MiB (default 256) of pseudo-random (incompressible) bytes.
//! Run: `cargo bench -p lantern-bundle --bench throughput`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs::File;
use std::io::{self, BufWriter, Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce, Tag};
use lantern_bundle::{
    BundleWriter, CentralIdentity, DeviceId, DeviceSigningKey, Limits, PayloadHeader, Trust,
};
use sha2::{Digest, Sha256};

const CHUNK: usize = 64 * 1024;
const BODY: usize = 1 << 20;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// xorshift64* bytes: cheap to make, incompressible for any practical purpose.
fn pseudo_random(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        out.extend_from_slice(&state.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// age's STREAM nonce: 11-byte big-endian chunk counter, then the last-chunk flag.
fn stream_nonce(counter: u64, last: bool) -> Nonce {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    Nonce::from(n)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Runs `f` `reps` times; returns the median wall seconds `f` reports (or took) and the median
/// CPU seconds of the whole process (all threads, user + system) per run, setup included.
fn time_median(reps: usize, mut f: impl FnMut() -> f64) -> (f64, f64) {
    let (walls, cpus) = (0..reps)
        .map(|_| {
            let before = cpu_secs();
            let wall = f();
            (wall, cpu_secs() - before)
        })
        .unzip();
    (median(walls), median(cpus))
}

/// utime + stime of this process from /proc/self/stat (USER_HZ = 100 ticks per second).
fn cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 14 and 15 of the whole line are 12 and 13 after the command name.
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (ticks(11) + ticks(12)) as f64 / 100.0
}

fn timed(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

struct Row {
    what: &'static str,
    secs: f64,
    /// Median CPU seconds of this process per run (`None` for child processes).
    cpu: Option<f64>,
    /// Index of the raw row this one is compared with (0 = encrypt, 1 = decrypt).
    versus: usize,
    note: String,
}

fn seal_into<W: Write>(
    out: W,
    data: &[u8],
    central: &CentralIdentity,
    device: &DeviceSigningKey,
    device_id: DeviceId,
) -> W {
    let header = PayloadHeader {
        device_id,
        seq: 1,
        created_at: 0,
    };
    let mut writer = BundleWriter::new(out, &central.recipient(), device, &header).unwrap();
    for (i, body) in data.chunks(BODY).enumerate() {
        writer
            .push("attachment", &format!("att-{i}"), 1, body)
            .unwrap();
    }
    writer.finish().unwrap().1
}

fn open_from<R: io::Read + io::Seek>(
    reader: R,
    central: &CentralIdentity,
    device: &DeviceSigningKey,
    device_id: DeviceId,
    expect_bytes: usize,
) {
    let vk = device.verifying_key();
    let verified = lantern_bundle::verify(reader, &Limits::default(), |d| {
        if *d == device_id {
            Trust::Trusted(vk)
        } else {
            Trust::Unknown
        }
    })
    .unwrap();
    let mut bytes = 0usize;
    for r in verified.open(central).unwrap() {
        bytes += r.unwrap().body.len();
    }
    assert_eq!(bytes, expect_bytes);
}

fn find_rage() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let candidates = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(home.map(|h| h.join(".cargo/bin")));
    candidates.map(|dir| dir.join("rage")).find(|p| p.is_file())
}

fn run(cmd: &mut Command) {
    let status = cmd.status().expect("rage could not be started");
    assert!(status.success(), "{cmd:?} failed: {status}");
}

fn main() {
    let mib = env_or("LANTERN_BENCH_MIB", 256);
    let reps = env_or("LANTERN_BENCH_REPS", 5).max(3);
    let len = mib << 20;
    let data = pseudo_random(len);
    let mb = len as f64 / 1e6;
    let dir = tempfile::tempdir().unwrap();

    // One age key for the bundle and for rage, so rage can also open a bundle's ciphertext.
    let age_identity = age::x25519::Identity::generate();
    let age_secret =
        age::secrecy::ExposeSecret::expose_secret(&age_identity.to_string()).to_owned();
    let central = CentralIdentity::from_age_secret(&age_secret).unwrap();
    let device = DeviceSigningKey::generate().unwrap();
    let device_id = DeviceId::generate().unwrap();

    let mut rows = Vec::new();

    // Raw ChaCha20-Poly1305, in place, 64 KiB chunks, detached tags.
    let cipher = ChaCha20Poly1305::new(&[7u8; 32].into());
    let mut buf = data.clone();
    let mut tags: Vec<Tag> = Vec::with_capacity(len / CHUNK + 1);
    let chunks = len.div_ceil(CHUNK);
    let (enc, enc_cpu) = time_median(reps, || {
        buf.copy_from_slice(&data);
        tags.clear();
        timed(|| {
            for (i, chunk) in buf.chunks_mut(CHUNK).enumerate() {
                let nonce = stream_nonce(i as u64, i + 1 == chunks);
                tags.push(
                    cipher
                        .encrypt_inout_detached(&nonce, &[], chunk.into())
                        .unwrap(),
                );
            }
        })
    });
    let ciphertext = buf.clone();
    let (dec, dec_cpu) = time_median(reps, || {
        buf.copy_from_slice(&ciphertext);
        timed(|| {
            for (i, chunk) in buf.chunks_mut(CHUNK).enumerate() {
                let nonce = stream_nonce(i as u64, i + 1 == chunks);
                cipher
                    .decrypt_inout_detached(&nonce, &[], chunk.into(), &tags[i])
                    .unwrap();
            }
        })
    });
    assert!(buf == data, "raw round trip");
    drop((buf, ciphertext, tags));
    rows.push(Row {
        what: "raw ChaCha20-Poly1305 encrypt (in place, 64 KiB chunks)",
        secs: enc,
        cpu: Some(enc_cpu),
        versus: 0,
        note: String::new(),
    });
    rows.push(Row {
        what: "raw ChaCha20-Poly1305 decrypt (in place, 64 KiB chunks)",
        secs: dec,
        cpu: Some(dec_cpu),
        versus: 1,
        note: String::new(),
    });

    // Components of a seal, for the breakdown: one SHA-256 pass (a seal makes two over the
    // ciphertext: the signature's and the bundle id's; an open makes three) and the age crate's
    // STREAM on its own.
    let (secs, cpu) = time_median(reps, || {
        timed(|| {
            std::hint::black_box(Sha256::digest(&data));
        })
    });
    rows.push(Row {
        what: "component: SHA-256 (sha2 0.10), one pass",
        secs,
        cpu: Some(cpu),
        versus: 0,
        note: String::new(),
    });
    let age_recipient = age::x25519::Identity::generate().to_public();
    let (secs, cpu) = time_median(reps, || {
        timed(|| {
            let enc = age::Encryptor::with_recipients(std::iter::once(
                &age_recipient as &dyn age::Recipient,
            ))
            .unwrap();
            let mut w = enc.wrap_output(io::sink()).unwrap();
            w.write_all(&data).unwrap();
            w.finish().unwrap();
        })
    });
    rows.push(Row {
        what: "component: age crate encrypt alone -> io::sink",
        secs,
        cpu: Some(cpu),
        versus: 0,
        note: String::new(),
    });

    let plain_path = dir.path().join("plain-write.bin");
    let (secs, cpu) = time_median(reps, || {
        timed(|| {
            let mut out = BufWriter::with_capacity(CHUNK, File::create(&plain_path).unwrap());
            for piece in data.chunks(CHUNK) {
                out.write_all(piece).unwrap();
            }
            out.flush().unwrap();
        })
    });
    std::fs::remove_file(&plain_path).unwrap();
    rows.push(Row {
        what: "component: plain write of the data to a file (BufWriter 64 KiB)",
        secs,
        cpu: Some(cpu),
        versus: 0,
        note: String::new(),
    });

    // Bundle seal to io::sink (no output cost) and to memory, then to a file.
    let (secs, cpu) = time_median(reps, || {
        timed(|| {
            seal_into(io::sink(), &data, &central, &device, device_id);
        })
    });
    rows.push(Row {
        what: "bundle seal -> io::sink",
        secs,
        cpu: Some(cpu),
        versus: 0,
        note: String::new(),
    });
    let mut sealed = Vec::new();
    let (secs, cpu) = time_median(reps, || {
        let out = Vec::with_capacity(len + len / 1000 + 4096);
        let start = Instant::now();
        sealed = seal_into(out, &data, &central, &device, device_id);
        start.elapsed().as_secs_f64()
    });
    rows.push(Row {
        what: "bundle seal -> Vec (preallocated)",
        secs,
        cpu: Some(cpu),
        versus: 0,
        note: String::new(),
    });
    let path = dir.path().join("bench.bundle");
    let (secs, cpu) = time_median(reps, || {
        timed(|| {
            let out = BufWriter::with_capacity(CHUNK, File::create(&path).unwrap());
            let mut out = seal_into(out, &data, &central, &device, device_id);
            out.flush().unwrap();
        })
    });
    rows.push(Row {
        what: "bundle seal -> file (BufWriter 64 KiB, page cache)",
        secs,
        cpu: Some(cpu),
        versus: 0,
        note: String::new(),
    });

    // Open: verify (hash + signature), decrypt (hash again), decode every record.
    let (secs, cpu) = time_median(reps, || {
        timed(|| open_from(Cursor::new(&sealed), &central, &device, device_id, len))
    });
    rows.push(Row {
        what: "bundle open (verify+decrypt+decode) <- memory",
        secs,
        cpu: Some(cpu),
        versus: 1,
        note: String::new(),
    });
    let (secs, cpu) = time_median(reps, || {
        timed(|| {
            open_from(
                File::open(&path).unwrap(),
                &central,
                &device,
                device_id,
                len,
            )
        })
    });
    rows.push(Row {
        what: "bundle open (verify+decrypt+decode) <- file",
        secs,
        cpu: Some(cpu),
        versus: 1,
        note: String::new(),
    });
    let overhead = sealed.len() - len;
    drop(sealed);

    // rage CLI on the same bytes as a file.
    match find_rage() {
        None => println!("rage: not found on PATH or in ~/.cargo/bin; skipped"),
        Some(rage) => {
            rage_rows(&rage, dir.path(), &age_secret, &data, reps, &mut rows);
            rage_opens_bundle(&rage, dir.path(), &path);
        }
    }

    let base = [rows[0].secs, rows[1].secs];
    println!();
    println!(
        "{} MiB ({mb:.1} MB) pseudo-random data, {} records of 1 MiB, median of {reps}; \
         bundle overhead {overhead} bytes",
        mib,
        len.div_ceil(BODY)
    );
    println!("| what | wall s | MB/s | vs raw | CPU s (all threads) |");
    println!("|---|---:|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {}{} | {:.3} | {:.0} | {:.2}x raw {} | {} |",
            r.what,
            r.note,
            r.secs,
            mb / r.secs,
            base[r.versus] / r.secs,
            if r.versus == 0 { "enc" } else { "dec" },
            r.cpu.map_or("n/a".to_owned(), |c| format!("{c:.2}"))
        );
    }
}

fn rage_rows(rage: &Path, dir: &Path, secret: &str, data: &[u8], reps: usize, rows: &mut Vec<Row>) {
    // The bench's age key in rage's own text format.
    let key_path = dir.join("key.txt");
    std::fs::write(&key_path, format!("{secret}\n")).unwrap();
    let recipient = CentralIdentity::from_age_secret(secret)
        .unwrap()
        .recipient()
        .to_string();
    let plain = dir.join("plain.bin");
    let cipher = dir.join("plain.bin.age");
    let back = dir.join("back.bin");
    std::fs::write(&plain, data).unwrap();
    let version = Command::new(rage)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let (enc, _) = time_median(reps, || {
        timed(|| {
            run(Command::new(rage)
                .args(["-r", &recipient, "-o"])
                .arg(&cipher)
                .arg(&plain))
        })
    });
    let (dec, _) = time_median(reps, || {
        timed(|| {
            run(Command::new(rage)
                .arg("-d")
                .arg("-i")
                .arg(&key_path)
                .arg("-o")
                .arg(&back)
                .arg(&cipher))
        })
    });
    assert!(std::fs::read(&back).unwrap() == data, "rage round trip");
    let note = format!(" ({version}; file to file, includes process start)");
    rows.push(Row {
        what: "rage CLI encrypt",
        secs: enc,
        cpu: None,
        versus: 0,
        note: note.clone(),
    });
    rows.push(Row {
        what: "rage CLI decrypt",
        secs: dec,
        cpu: None,
        versus: 1,
        note,
    });
}

/// SPEC.md §2: the ciphertext of a bundle (bytes 58 .. len-72) opens with the stock `rage -d`.
fn rage_opens_bundle(rage: &Path, dir: &Path, bundle: &Path) {
    let bytes = std::fs::read(bundle).unwrap();
    let cut = dir.join("bundle-ciphertext.age");
    std::fs::write(
        &cut,
        &bytes[lantern_bundle::HEADER_LEN..bytes.len() - lantern_bundle::TRAILER_LEN],
    )
    .unwrap();
    let out = dir.join("bundle-payload.cbor");
    run(Command::new(rage)
        .arg("-d")
        .arg("-i")
        .arg(dir.join("key.txt"))
        .arg("-o")
        .arg(&out)
        .arg(&cut));
    println!(
        "rage -d opened the bundle's ciphertext: {} bytes of CBOR payload",
        std::fs::metadata(&out).unwrap().len()
    );
}
