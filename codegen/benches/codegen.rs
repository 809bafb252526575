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

fn compare(c: &mut Criterion) {
    for file in ["polar-checkouts.yaml", "flowglad-checkout-sessions.yaml"] {
        let text = spec_text(file);
        let spec = codegen::Spec::parse(file, text.as_bytes()).unwrap();
        let prepared = codegen::prepare(&spec).unwrap();
        let settings = codegen::generate::settings();
        let mut group = c.benchmark_group(format!("codegen/{file}"));
        group.sample_size(20);
        group.bench_function("pipeline", |b| b.iter(|| pipeline(&text, file)));
        group.bench_function("progenitor (baseline)", |b| {
            b.iter(|| codegen::generate::generate_with(&prepared.doc, &settings, file).unwrap())
        });
        group.finish();
        stages(&text, file);
    }
}

/// One-off breakdown of the pipeline (median of 9 runs per stage), printed for BENCHMARKS.md.
fn stages(text: &str, file: &str) {
    let median = |f: &mut dyn FnMut()| {
        let mut times: Vec<Duration> = (0..9)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect();
        times.sort();
        times[4]
    };
    let spec = codegen::Spec::parse(file, text.as_bytes()).unwrap();
    let prepared = codegen::prepare(&spec).unwrap();
    let tokens = codegen::generate::generate(&prepared, file).unwrap();
    let parsed = codegen::format::parse(tokens.clone(), file).unwrap();
    let mut extended = parsed.clone();
    codegen::extend::extend(&mut extended, &prepared, file).unwrap();
    codegen::client::extend_client(&mut extended, &prepared, file).unwrap();
    let rows = [
        ("load", median(&mut || drop(codegen::Spec::parse(file, text.as_bytes()).unwrap()))),
        ("validate", median(&mut || codegen::validate(&spec).unwrap())),
        ("prepare", median(&mut || drop(codegen::prepare(&spec).unwrap()))),
        ("generate (progenitor)", median(&mut || drop(codegen::generate::generate(&prepared, file).unwrap()))),
        ("parse tokens (syn)", median(&mut || drop(codegen::format::parse(tokens.clone(), file).unwrap()))),
        (
            "extend + client",
            median(&mut || {
                let mut file_ast = parsed.clone();
                codegen::extend::extend(&mut file_ast, &prepared, file).unwrap();
                codegen::client::extend_client(&mut file_ast, &prepared, file).unwrap();
            }),
        ),
        ("print (prettyplease)", median(&mut || drop(codegen::format::print(&extended, file)))),
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
