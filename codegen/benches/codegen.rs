//! Codegen speed: the whole pipeline per spec against bare `progenitor::Generator` on the same
//! prepared document (the baseline), where the pipeline's time goes, and how time grows with
//! spec size (1×, 10×, 100× renamed copies of the Polar spec). Numbers: BENCHMARKS.md.

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_owned()
}

fn spec_text(file: &str) -> String {
    std::fs::read_to_string(root().join("spec").join(file)).expect("spec")
}

fn pipeline(text: &str, name: &str) -> String {
    let spec = codegen::Spec::parse(name, text.as_bytes()).expect("spec parses");
    codegen::generate_spec(&spec).expect("spec generates").code
}

/// progenitor used as its README shows for a build script: `generate_tokens`, then
/// `syn::parse2` and `prettyplease::unparse` to get source text.
fn progenitor_text(doc: &openapiv3::OpenAPI, settings: &progenitor::GenerationSettings, file: &str) -> String {
    let tokens = codegen::generate::generate_with(doc, settings, file).unwrap();
    prettyplease::unparse(&syn::parse2(tokens).unwrap())
}

fn compare(c: &mut Criterion) {
    for file in ["polar-checkouts.yaml", "flowglad-checkout-sessions.yaml"] {
        let text = spec_text(file);
        let spec = codegen::Spec::parse(file, text.as_bytes()).unwrap();
        let prepared = codegen::prepare(&spec).unwrap();
        let settings = codegen::generate::settings();
        let mut group = c.benchmark_group(format!("codegen/{file}"));
        group.sample_size(20);
        group.bench_function("pipeline", |b| b.iter(|| pipeline(&text, file)));
        group.bench_function("progenitor to text (baseline)", |b| b.iter(|| progenitor_text(&prepared.doc, &settings, file)));
        group.bench_function("progenitor tokens only", |b| {
            b.iter(|| codegen::generate::generate_with(&prepared.doc, &settings, file).unwrap())
        });
        group.finish();
        stages(&text, file);
    }
}

/// One-off breakdown of the pipeline (median of 9 runs per stage, inputs built outside the
/// timed part), printed for BENCHMARKS.md.
fn stages(text: &str, file: &str) {
    fn median<T, R>(mut setup: impl FnMut() -> T, mut stage: impl FnMut(T) -> R) -> Duration {
        let mut times: Vec<Duration> = (0..9)
            .map(|_| {
                let input = setup();
                let start = Instant::now();
                let output = stage(input);
                let elapsed = start.elapsed();
                drop(output);
                elapsed
            })
            .collect();
        times.sort();
        times[4]
    }
    let spec = codegen::Spec::parse(file, text.as_bytes()).unwrap();
    let prepared = codegen::prepare(&spec).unwrap();
    let tokens = codegen::generate::generate(&prepared, file).unwrap();
    let parsed = codegen::extend::parse_for_extend(tokens.clone(), &prepared, file).unwrap();
    let mut extended = parsed.clone();
    codegen::extend::extend(&mut extended, &prepared, file).unwrap();
    codegen::client::extend_client(&mut extended, &prepared, file).unwrap();
    let rows = [
        ("load", median(|| (), |()| codegen::Spec::parse(file, text.as_bytes()).unwrap())),
        ("validate", median(|| (), |()| codegen::validate(&spec).unwrap())),
        ("prepare", median(|| (), |()| codegen::prepare(&spec).unwrap())),
        ("generate (progenitor)", median(|| (), |()| codegen::generate::generate(&prepared, file).unwrap())),
        ("parse tokens (syn)", median(|| tokens.clone(), |t| codegen::extend::parse_for_extend(t, &prepared, file).unwrap())),
        (
            "extend",
            median(
                || parsed.clone(),
                |mut f| {
                    codegen::extend::extend(&mut f, &prepared, file).unwrap();
                    f
                },
            ),
        ),
        (
            "client",
            median(
                || {
                    let mut f = parsed.clone();
                    codegen::extend::extend(&mut f, &prepared, file).unwrap();
                    f
                },
                |mut f| {
                    codegen::client::extend_client(&mut f, &prepared, file).unwrap();
                    f
                },
            ),
        ),
        ("print (prettyplease)", median(|| (), |()| codegen::format::print(&extended, file))),
    ];
    println!("stages of {file}:");
    for (stage, time) in rows {
        println!("  {stage:<24} {:>9.2} ms", time.as_secs_f64() * 1e3);
    }
}

/// The Polar spec with its components, paths and operationIds copied `n` times under new names.
fn scaled_polar(n: usize) -> String {
    let yaml: serde_json::Value = serde_yaml::from_str(&spec_text("polar-checkouts.yaml")).unwrap();
    if n == 1 {
        return serde_json::to_string(&yaml).unwrap();
    }
    fn rename(value: &mut serde_json::Value, suffix: &str) {
        match value {
            serde_json::Value::String(s) if s.starts_with("#/components/") => s.push_str(suffix),
            serde_json::Value::Object(map) => map.values_mut().for_each(|v| rename(v, suffix)),
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| rename(v, suffix)),
            _ => {}
        }
    }
    let mut out = yaml.clone();
    for kind in ["schemas", "responses"] {
        out["components"][kind] = serde_json::json!({});
    }
    out["paths"] = serde_json::json!({});
    for k in 0..n {
        let suffix = format!("Copy{k}");
        let mut copy = yaml.clone();
        rename(&mut copy, &suffix);
        for kind in ["schemas", "responses"] {
            for (name, value) in copy["components"][kind].as_object().unwrap() {
                out["components"][kind][format!("{name}{suffix}")] = value.clone();
            }
        }
        for (path, item) in copy["paths"].as_object_mut().unwrap() {
            for op in item.as_object_mut().unwrap().values_mut() {
                if let Some(id) = op.get_mut("operationId") {
                    *id = format!("{}.copy{k}", id.as_str().unwrap()).into();
                }
            }
            out["paths"][format!("/copy{k}{path}")] = item.clone();
        }
    }
    serde_json::to_string(&out).unwrap()
}

fn scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("codegen/scale");
    group.sample_size(10);
    for n in [1, 10, 100] {
        let text = scaled_polar(n);
        if n == 10 {
            stages(&text, "scaled-10x.yaml");
        }
        if n == 100 && std::env::var_os("CODEGEN_BENCH_SKIP_100X").is_some() {
            continue;
        }
        if n == 100 {
            // Each run takes seconds: three timed runs (median), not a criterion sample set.
            let mut times: Vec<Duration> = (0..3)
                .map(|_| {
                    let start = Instant::now();
                    drop(pipeline(&text, "scaled.yaml"));
                    start.elapsed()
                })
                .collect();
            times.sort();
            println!("codegen/scale/100x: median of 3 runs {:.3} s", times[1].as_secs_f64());
            continue;
        }
        group.bench_function(format!("{n}x"), |b| b.iter(|| pipeline(&text, "scaled.yaml")));
    }
    group.finish();
}

criterion_group!(benches, compare, scale);
criterion_main!(benches);
