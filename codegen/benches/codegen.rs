//! Codegen speed: the whole pipeline per spec against `progenitor::Generator` on the same
//! prepared document, used as progenitor's README shows (tokens → `syn::parse2` →
//! `prettyplease::unparse`; the baseline), also from YAML text and as bare token generation;
//! where the pipeline's time goes; and how time grows with spec size (1×, 10×, 100× renamed
//! copies of the Polar spec). Numbers: BENCHMARKS.md.

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
    let tokens = codegen::progenitor::generate_with(doc, settings, file).unwrap();
    prettyplease::unparse(&syn::parse2(tokens).unwrap())
}

fn compare(c: &mut Criterion) {
    for file in ["polar-checkouts.yaml", "flowglad-checkout-sessions.yaml"] {
        let text = spec_text(file);
        let spec = codegen::Spec::parse(file, text.as_bytes()).unwrap();
        let prepared = codegen::prepare(&spec).unwrap();
        let settings = codegen::progenitor::settings();
        let mut group = c.benchmark_group(format!("codegen/{file}"));
        group.sample_size(20);
        group.bench_function("pipeline", |b| b.iter(|| pipeline(&text, file)));
        group.bench_function("progenitor to text (baseline)", |b| b.iter(|| progenitor_text(&prepared.doc, &settings, file)));
        // The same, starting from the prepared document's YAML text, as a build script reads a
        // spec file (serialized once, outside the timing).
        let prepared_yaml = serde_yaml::to_string(&prepared.doc).unwrap();
        group.bench_function("progenitor from YAML text", |b| {
            b.iter(|| {
                let doc: openapiv3::OpenAPI = serde_yaml::from_str(&prepared_yaml).unwrap();
                progenitor_text(&doc, &settings, file)
            })
        });
        group.bench_function("progenitor tokens only", |b| {
            b.iter(|| codegen::progenitor::generate_with(&prepared.doc, &settings, file).unwrap())
        });
        group.finish();
        paired(&text, file, "progenitor to text", 21, &mut || progenitor_text(&prepared.doc, &settings, file));
        // The same, with typify's builders of response-only types left out as the pipeline
        // leaves them out (`generate::without_unused_builders`): what the pipeline adds to
        // progenitor on the same amount of progenitor's output.
        paired(&text, file, "progenitor to text, same builders", 21, &mut || {
            let tokens = codegen::progenitor::generate_with(&prepared.doc, &settings, file).unwrap();
            prettyplease::unparse(&syn::parse2(codegen::progenitor::without_unused_builders(tokens, &prepared)).unwrap())
        });
        stages(&text, file, 9);
    }
}

/// The pipeline and the baseline timed in alternation, `pairs` times, and the median of the
/// per-pair ratios: load on a shared machine drifts over the seconds between criterion's
/// separate measurements, but hardly within one pair. Printed for BENCHMARKS.md.
fn paired(text: &str, file: &str, label: &str, pairs: usize, baseline: &mut dyn FnMut() -> String) {
    let time = |f: &mut dyn FnMut() -> String| {
        let start = Instant::now();
        let out = f();
        let elapsed = start.elapsed();
        drop(out);
        elapsed.as_secs_f64()
    };
    let mut ratios: Vec<f64> = (0..pairs).map(|_| time(&mut || pipeline(text, file)) / time(baseline)).collect();
    ratios.sort_by(f64::total_cmp);
    println!(
        "{file}: pipeline / {label}, {pairs} alternating pairs: median {:.3}x (quartiles {:.3}x-{:.3}x)",
        ratios[pairs / 2],
        ratios[pairs / 4],
        ratios[3 * pairs / 4]
    );
}

/// One-off breakdown of the pipeline (median of `runs` runs per stage, inputs built outside the
/// timed part, outputs dropped after it), printed for BENCHMARKS.md.
fn stages(text: &str, file: &str, runs: usize) {
    let median = |stage: &mut dyn FnMut() -> Duration| {
        let mut times: Vec<Duration> = (0..runs).map(|_| stage()).collect();
        times.sort();
        times[runs / 2]
    };
    /// Times `stage` on `input`, not counting the drop of what it returns.
    fn timed<T, R>(input: T, stage: impl FnOnce(T) -> R) -> Duration {
        let start = Instant::now();
        let output = stage(input);
        let elapsed = start.elapsed();
        drop(output);
        elapsed
    }
    let spec = codegen::Spec::parse(file, text.as_bytes()).unwrap();
    let prepared = codegen::prepare(&spec).unwrap();
    let tokens = codegen::progenitor::generate(&prepared, file).unwrap();
    let parsed = codegen::progenitor::parse(tokens.clone(), file).unwrap();
    let mut emitted = parsed.clone();
    codegen::emit_file(&mut emitted, &prepared, file).unwrap();
    let rows = [
        ("load", median(&mut || timed((), |()| codegen::Spec::parse(file, text.as_bytes()).unwrap()))),
        ("check", median(&mut || timed((), |()| codegen::check(&spec)))),
        ("model", median(&mut || timed((), |()| codegen::prepare(&spec).unwrap()))),
        ("generate (progenitor)", median(&mut || timed((), |()| codegen::progenitor::generate(&prepared, file).unwrap()))),
        ("parse tokens (syn)", median(&mut || timed(tokens.clone(), |t| codegen::progenitor::parse(t, file).unwrap()))),
        (
            "emit",
            median(&mut || {
                timed(parsed.clone(), |mut f| {
                    codegen::emit_file(&mut f, &prepared, file).unwrap();
                    f
                })
            }),
        ),
        ("print (prettyplease)", median(&mut || timed((), |()| codegen::format::print(&emitted, file)))),
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
        // The webhooks are the first copy's (events are named once per API).
        if k == 0 {
            out["x-webhooks"] = copy["x-webhooks"].clone();
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
    let settings = codegen::progenitor::settings();
    for n in [1, 10, 100] {
        let text = scaled_polar(n);
        let spec = codegen::Spec::parse("scaled.yaml", text.as_bytes()).unwrap();
        let prepared = codegen::prepare(&spec).unwrap();
        if n == 10 {
            stages(&text, "scaled-10x.yaml", 5);
        }
        if n == 100 && std::env::var_os("CODEGEN_BENCH_SKIP_100X").is_some() {
            continue;
        }
        if n == 100 {
            // Each run takes seconds: three timed runs (median), not a criterion sample set.
            let median = |run: &mut dyn FnMut()| {
                let mut times: Vec<Duration> = (0..3)
                    .map(|_| {
                        let start = Instant::now();
                        run();
                        start.elapsed()
                    })
                    .collect();
                times.sort();
                times[1].as_secs_f64()
            };
            let ours = median(&mut || drop(pipeline(&text, "scaled.yaml")));
            println!("codegen/scale/100x: median of 3 runs {ours:.3} s");
            let theirs = median(&mut || drop(progenitor_text(&prepared.doc, &settings, "scaled.yaml")));
            println!("codegen/scale/progenitor to text 100x: median of 3 runs {theirs:.3} s");
            stages(&text, "scaled-100x.yaml", 1);
            continue;
        }
        group.bench_function(format!("{n}x"), |b| b.iter(|| pipeline(&text, "scaled.yaml")));
        group.bench_function(format!("progenitor to text {n}x"), |b| b.iter(|| progenitor_text(&prepared.doc, &settings, "scaled.yaml")));
    }
    group.finish();
}

criterion_group!(benches, compare, scale);
criterion_main!(benches);
