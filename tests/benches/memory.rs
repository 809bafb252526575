//! Peak memory of one `get` whose response is a 16 MB checkout, against the body's size: the
//! response cap reads the body as reqwest does (no second copy), so the peak stays near the body
//! plus the decoded value. Measured as the process's peak resident set (Linux `VmHWM`, reset
//! through `/proc/self/clear_refs` before each request), minus the resident set just before it;
//! the server writes a buffer allocated before the measurement.

use std::io::{Read, Write};

/// A field of `/proc/self/status`, in bytes.
fn status_bytes(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    let line = status.lines().find(|l| l.starts_with(field)).expect(field);
    line.split_whitespace().nth(1).and_then(|kb| kb.parse::<usize>().ok()).expect("a size in kB") * 1024
}

fn main() {
    let mut checkout = checkout_sdk_tests::fixture("polar/checkout.json");
    checkout["customer_name"] = "x".repeat(16 * 1024 * 1024).into();
    let body = checkout.to_string();
    let response: &'static [u8] = Box::leak(
        format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}", body.len())
            .into_bytes()
            .into_boxed_slice(),
    );
    drop(checkout);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(16) {
            let Ok(mut stream) = stream else { return };
            let mut head = [0u8; 8192];
            let _ = stream.read(&mut head);
            let _ = stream.write_all(response);
        }
    });
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = polar_checkouts::Client::builder().base_url(&url).credentials("polar_oat_BENCH").build().unwrap();
    let id: uuid::Uuid = "b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91".parse().unwrap();
    // The baseline: plain reqwest reading the body and serde_json decoding it, nothing else.
    let http = reqwest::Client::new();
    let baseline = || {
        runtime.block_on(async {
            let bytes = http.get(format!("{url}/v1/checkouts/{id}")).send().await.unwrap().bytes().await.unwrap();
            serde_json::from_slice::<polar_checkouts::types::Checkout>(&bytes).unwrap()
        })
    };
    let client_get = || runtime.block_on(client.checkouts_get().id(id).send()).unwrap();
    for (name, run) in
        [("baseline (reqwest + serde_json)", &baseline as &dyn Fn() -> polar_checkouts::types::Checkout), ("client", &client_get)]
    {
        let mut ratios = Vec::new();
        for _ in 0..3 {
            std::fs::write("/proc/self/clear_refs", "5").expect("resetting the peak needs Linux 4.0+");
            let before = status_bytes("VmRSS:");
            let decoded = run();
            let peak = status_bytes("VmHWM:").saturating_sub(before);
            assert_eq!(decoded.customer_name.as_ref().map(String::len), Some(16 * 1024 * 1024));
            drop(decoded);
            ratios.push(peak as f64 / body.len() as f64);
        }
        ratios.sort_by(f64::total_cmp);
        let shown: Vec<String> = ratios.iter().map(|r| format!("{r:.2}x")).collect();
        println!(
            "{name}: peak above the resident set before / body of {} bytes: {} (median {:.2}x)",
            body.len(),
            shown.join(" "),
            ratios[1]
        );
    }
    println!("target for the client: <= 2.5x");
}
