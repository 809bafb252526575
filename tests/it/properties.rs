//! Property tests: arbitrary JSON into every response decoder of both clients, and random
//! mutations of both real specs through the whole codegen pipeline. Neither may panic: a decoder
//! returns a value or an error; codegen returns code or a located error. Case counts are kept small
//! for CI (`PROPTEST_CASES` raises them).

use proptest::prelude::*;
use serde_json::Value;

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        "[a-z_]{0,12}".prop_map(Value::from),
        prop::sample::select(vec!["open", "fixed", "custom", "repeating", "purchase", "product", "true", "2025-03-14T09:26:53Z", "legacy"])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "type",
                    "amount_type",
                    "legacy",
                    "duration",
                    "error",
                    "id",
                    "items",
                    "data",
                    "status",
                    "checkoutSession",
                    "pagination",
                    "detail",
                    "x"
                ]),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

/// Decodes `value` into each type; panics (failing the property) only if a decoder panics.
macro_rules! decode_all {
    ($value:expr, $($ty:ty),+ $(,)?) => {
        $( let _ = serde_json::from_value::<$ty>($value.clone()); )+
    };
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_response_decoder_panics_on_arbitrary_json(value in json_value()) {
        use polar_checkouts::types as p;
        use flowglad_checkout_sessions::types as f;
        decode_all!(value, p::Checkout, p::CheckoutPublic, p::CheckoutPublicConfirmed, p::ListResourceCheckout, p::ProductPrice,
            p::CheckoutDiscount, p::CustomField, p::CheckoutForbiddenError, p::HttpValidationError, p::ResourceNotFound,
            f::SingleCheckoutSession, f::CheckoutSessionList, f::CheckoutSessionRecord, f::FlowgladError, f::CheckoutSessionInput);
    }
}

/// All JSON pointers of `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| pointers(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// One mutation: at the `pick`-th node, apply operation `op`.
fn mutate(doc: &mut Value, pick: usize, op: u8, text: &str) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let target = all[pick % all.len()].clone();
    let (parent, key) = match target.rfind('/') {
        Some(i) => (target[..i].to_owned(), target[i + 1..].replace("~1", "/").replace("~0", "~")),
        None => return,
    };
    if op % 8 >= 6 {
        // A type-preserving edit, so the document still parses and deeper stages run: another
        // string of the same document, a flipped boolean, an array one element shorter.
        let mut strings = Vec::new();
        collect_strings(doc, &mut strings);
        let other = strings[(pick / 7 + text.len()) % strings.len()].clone();
        if let Some(node) = doc.pointer_mut(&target) {
            match node {
                Value::String(s) => *s = other,
                Value::Bool(b) => *b = !*b,
                Value::Array(items) => {
                    items.pop();
                }
                _ => {}
            }
        }
        return;
    }
    let replacement = match op % 6 {
        0 => None,
        1 => Some(Value::Null),
        2 => Some(Value::from(text)),
        3 => Some(Value::from(-1)),
        4 => Some(serde_json::json!({"$ref": format!("#/components/schemas/{text}")})),
        _ => Some(serde_json::json!([text, {"type": text}])),
    };
    match (doc.pointer_mut(&parent), replacement) {
        (Some(Value::Object(map)), None) => {
            map.remove(&key);
        }
        (Some(Value::Object(map)), Some(value)) => {
            map.insert(key, value);
        }
        (Some(Value::Array(items)), replacement) => {
            if let Ok(i) = key.parse::<usize>() {
                match replacement {
                    None if i < items.len() => {
                        items.remove(i);
                    }
                    Some(value) if i < items.len() => items[i] = value,
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn collect_strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            out.push(k.clone());
            collect_strings(v, out)
        }),
        Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

fn spec_json(file: &str) -> Value {
    let text = std::fs::read_to_string(checkout_sdk_tests::root().join("spec").join(file)).unwrap();
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    serde_json::to_value(yaml).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn codegen_never_panics_on_a_mutated_spec(
        flowglad in any::<bool>(),
        mutations in prop::collection::vec((any::<usize>(), any::<u8>(), "[A-Za-z{}/_-]{0,8}"), 1..5),
    ) {
        let file = if flowglad { "flowglad-checkout-sessions.yaml" } else { "polar-checkouts.yaml" };
        let mut doc = spec_json(file);
        for (pick, op, text) in &mutations {
            mutate(&mut doc, *pick, *op, text);
        }
        let yaml = serde_yaml::to_string(&doc).unwrap();
        let outcome = std::panic::catch_unwind(|| codegen::Spec::parse("mutated.yaml", yaml.as_bytes()).and_then(|spec| codegen::generate_spec(&spec)));
        match outcome {
            Err(_) => prop_assert!(false, "codegen panicked on {mutations:?}"),
            Ok(Err(error)) => {
                let text = error.to_string();
                if std::env::var_os("SHOW_OUTCOMES").is_some() {
                    eprintln!("REFUSED {}", text.lines().last().unwrap_or_default().split(": ").last().unwrap_or_default());
                }
                prop_assert!(text.starts_with("mutated.yaml"), "the error names no file: {}", text);
            }
            Ok(Ok(output)) => {
                if std::env::var_os("SHOW_OUTCOMES").is_some() {
                    eprintln!("GENERATED");
                }
                prop_assert!(output.code.starts_with("// @generated"));
            }
        }
    }
}
