//! Streaming proof: writes, verifies and reads a 1 GiB bundle in a temp dir, reporting
//! throughput and peak RSS (VmHWM). Run: `cargo bench -p lantern-bundle --bench large_bundle`.
//! Size in MiB can be changed with LANTERN_BENCH_MIB (default 1024).
#![allow(clippy::unwrap_used)]

use std::fs::File;
use std::io::{BufWriter, Write};
use std::time::Instant;

use lantern_bundle::{
    BundleWriter, CentralIdentity, DeviceId, DeviceSigningKey, Limits, PayloadHeader, Trust,
};

fn vm_hwm_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn mib_per_s(bytes: u64, secs: f64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / secs
}

fn main() {
    // `cargo bench` passes --bench; nothing else to parse.
    let mib: u64 = std::env::var("LANTERN_BENCH_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let body_len = 1 << 20;
    let records = mib; // one 1 MiB body per record
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.bundle");

    let central = CentralIdentity::generate().unwrap();
    let device = DeviceSigningKey::generate().unwrap();
    let device_id = DeviceId::generate().unwrap();
    let header = PayloadHeader {
        device_id,
        seq: 1,
        created_at: 0,
    };
    println!("baseline VmHWM: {} KiB", vm_hwm_kib());

    // Seal, one record at a time.
    let start = Instant::now();
    let out = BufWriter::with_capacity(64 * 1024, File::create(&path).unwrap());
    let mut writer = BundleWriter::new(out, &central.recipient(), &device, &header).unwrap();
    let mut body = vec![0u8; body_len];
    for i in 0..records {
        // Cheap, varying content (not compressible to nothing, not all zero).
        for (j, b) in body.iter_mut().enumerate().step_by(64) {
            *b = (i as usize ^ j) as u8;
        }
        writer
            .push("attachment", &format!("att-{i}"), 1, &body)
            .unwrap();
    }
    let (id, mut out) = writer.finish().unwrap();
    out.flush().unwrap();
    drop(out);
    let seal_secs = start.elapsed().as_secs_f64();
    let size = std::fs::metadata(&path).unwrap().len();
    println!(
        "seal:   {:>8.1} MiB in {:>6.2} s = {:>7.1} MiB/s   VmHWM {} KiB   id {id}",
        size as f64 / 1048576.0,
        seal_secs,
        mib_per_s(size, seal_secs),
        vm_hwm_kib()
    );

    // Pass 1: verify (hash + signature).
    let vk = device.verifying_key();
    let start = Instant::now();
    let verified = lantern_bundle::verify_file(&path, &Limits::default(), |d| {
        if *d == device_id {
            Trust::Trusted(vk)
        } else {
            Trust::Unknown
        }
    })
    .unwrap();
    let verify_secs = start.elapsed().as_secs_f64();
    assert_eq!(verified.bundle_id(), id);
    println!(
        "verify: {:>8.1} MiB in {:>6.2} s = {:>7.1} MiB/s   VmHWM {} KiB",
        size as f64 / 1048576.0,
        verify_secs,
        mib_per_s(size, verify_secs),
        vm_hwm_kib()
    );

    // Pass 2: decrypt and read records one at a time.
    let start = Instant::now();
    let mut n = 0u64;
    let mut bytes = 0u64;
    for r in verified.open(&central).unwrap() {
        let r = r.unwrap();
        n += 1;
        bytes += r.body.len() as u64;
    }
    let open_secs = start.elapsed().as_secs_f64();
    assert_eq!(n, records);
    println!(
        "open:   {:>8.1} MiB in {:>6.2} s = {:>7.1} MiB/s   VmHWM {} KiB   ({n} records, {} MiB of bodies)",
        size as f64 / 1048576.0,
        open_secs,
        mib_per_s(size, open_secs),
        vm_hwm_kib(),
        bytes >> 20
    );
    println!(
        "peak RSS over the whole run (VmHWM): {} KiB for a {} MiB bundle",
        vm_hwm_kib(),
        size >> 20
    );
}
