//! Client speed: decoding a 100-item list page into the generated types against a hand-written
//! serde mirror (`mirror/polar.rs`, `hand` below) and `serde_json::Value`, and a `get` round trip through the generated
//! client against raw reqwest doing the same request and decode. Numbers: BENCHMARKS.md.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "mirror/polar.rs"]
mod polar_hand;

fn fixture(rel: &str) -> serde_json::Value {
    checkout_sdk_tests::fixture(rel)
}

/// A 100-item Polar list page: the two fixture checkouts, alternated, with distinct IDs.
fn polar_page() -> Vec<u8> {
    let items: Vec<serde_json::Value> = (0..100)
        .map(|i| {
            let mut item = fixture(if i % 2 == 0 { "polar/checkout.json" } else { "polar/checkout_nulls.json" });
            item["id"] = format!("b2c4a1f0-6d2e-4c7a-9f4b-{i:012}").into();
            item
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({"items": items, "pagination": {"total_count": 100, "max_page": 1}})).unwrap()
}

/// A 100-item Flowglad list page of all four session types.
fn flowglad_page() -> Vec<u8> {
    let first = fixture("flowglad/list_first_page.json");
    let records = first["data"].as_array().unwrap();
    let data: Vec<serde_json::Value> = (0..100).map(|i| records[i % records.len()].clone()).collect();
    serde_json::to_vec(&serde_json::json!({"data": data, "hasMore": false, "total": 100})).unwrap()
}

/// The hand-written baseline: what a person would write for Flowglad's records with serde.
mod hand {
    use serde::Deserialize;
    use std::collections::HashMap;

    #[derive(Deserialize)]
    #[allow(dead_code, non_snake_case)]
    pub struct Page {
        pub data: Vec<Record>,
        pub currentCursor: Option<String>,
        pub nextCursor: Option<String>,
        pub hasMore: bool,
        pub total: i64,
    }

    #[derive(Deserialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    #[allow(dead_code)]
    pub enum Record {
        Purchase(Fields),
        Product(Fields),
        AddPaymentMethod(Fields),
        ActivateSubscription(Fields),
    }

    #[derive(Deserialize)]
    #[allow(dead_code, non_snake_case)]
    pub struct Fields {
        pub id: String,
        pub createdAt: i64,
        pub updatedAt: i64,
        pub livemode: bool,
        pub pricingModelId: String,
        pub organizationId: String,
        pub status: String,
        pub billingAddress: Option<BillingAddress>,
        pub priceId: Option<String>,
        pub purchaseId: Option<String>,
        pub invoiceId: Option<String>,
        pub quantity: i64,
        pub customerName: Option<String>,
        pub customerEmail: Option<String>,
        pub customerId: Option<String>,
        pub paymentMethodType: Option<String>,
        pub discountId: Option<String>,
        pub successUrl: Option<String>,
        pub cancelUrl: Option<String>,
        pub preserveBillingCycleAnchor: bool,
        pub outputMetadata: Option<HashMap<String, serde_json::Value>>,
        pub outputName: Option<String>,
        pub expires: Option<i64>,
        pub targetSubscriptionId: Option<String>,
        pub automaticallyUpdateSubscriptions: Option<bool>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code, non_snake_case)]
    pub struct BillingAddress {
        pub address: Address,
        pub name: Option<String>,
        pub firstName: Option<String>,
        pub lastName: Option<String>,
        pub email: Option<String>,
        pub phone: Option<String>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)]
    pub struct Address {
        pub country: String,
        pub name: Option<String>,
        pub line1: Option<String>,
        pub line2: Option<String>,
        pub city: Option<String>,
        pub state: Option<String>,
        pub postal_code: Option<String>,
    }
}

fn decode(c: &mut Criterion) {
    let polar = polar_page();
    let mut group = c.benchmark_group("decode/polar 100-item page");
    // Ten seconds per function: at criterion's default five, run-to-run spread on this shared
    // machine was as large as the differences being measured.
    group.measurement_time(std::time::Duration::from_secs(10));
    group.throughput(Throughput::Bytes(polar.len() as u64));
    group.bench_function("generated types", |b| {
        b.iter(|| serde_json::from_slice::<polar_checkouts::types::ListResourceCheckout>(&polar).unwrap())
    });
    group.bench_function("hand-written serde (baseline)", |b| b.iter(|| serde_json::from_slice::<polar_hand::Page>(&polar).unwrap()));
    group.bench_function("serde_json::Value", |b| b.iter(|| serde_json::from_slice::<serde_json::Value>(&polar).unwrap()));
    group.finish();

    let flowglad = flowglad_page();
    let mut group = c.benchmark_group("decode/flowglad 100-item page");
    group.measurement_time(std::time::Duration::from_secs(10));
    group.throughput(Throughput::Bytes(flowglad.len() as u64));
    group.bench_function("generated types", |b| {
        b.iter(|| serde_json::from_slice::<flowglad_checkout_sessions::types::CheckoutSessionList>(&flowglad).unwrap())
    });
    group.bench_function("hand-written serde (baseline)", |b| b.iter(|| serde_json::from_slice::<hand::Page>(&flowglad).unwrap()));
    group.bench_function("serde_json::Value", |b| b.iter(|| serde_json::from_slice::<serde_json::Value>(&flowglad).unwrap()));
    group.finish();
}

fn request(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mock = runtime.block_on(checkout_sdk_tests::Mock::serving(200, "polar/checkout.json"));
    let id: uuid::Uuid = "b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91".parse().unwrap();
    let client = polar_checkouts::Client::builder().base_url(&mock.url).credentials("polar_oat_BENCH").build().unwrap();
    polar_checkouts::runtime::install_crypto_provider();
    let raw = reqwest::Client::new();
    let url = format!("{}/v1/checkouts/{id}", mock.url);
    let mut group = c.benchmark_group("request/polar get round trip");
    group.bench_function("generated client", |b| {
        b.to_async(&runtime).iter(|| async { client.checkouts_get().id(id).send().await.unwrap() })
    });
    group.bench_function("raw reqwest + serde (baseline)", |b| {
        b.to_async(&runtime).iter(|| async {
            let response = raw.get(&url).bearer_auth("polar_oat_BENCH").header("polar-version", "2026-10").send().await.unwrap();
            let bytes = response.bytes().await.unwrap();
            serde_json::from_slice::<polar_checkouts::types::Checkout>(&bytes).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, decode, request);
criterion_main!(benches);
