//! Naming: the Rust names the pipeline derives from a spec, in one place — a schema's or variant's
//! type name as typify gives it ([`rust_name`]), an operation's method name as progenitor gives
//! it ([`method_name`]), and the Pascal-case words of an operation id ([`pascal`]).

/// The Rust name typify gives a schema or variant (typify-impl's `sanitize` with Pascal case).
pub fn rust_name(input: &str) -> String {
    use heck::ToPascalCase;
    let out = match input {
        "+1" => "Plus1".to_owned(),
        "-1" => "Minus1".to_owned(),
        // Every character heck does not keep is a word boundary to it, as `-` is.
        _ if input.is_ascii() => pascal_ascii(&input.replace('\'', "")),
        _ => input
            .replace('\'', "")
            .chars()
            .map(|c| if c.is_alphanumeric() || c == '_' { c } else { '-' })
            .collect::<String>()
            .to_pascal_case(),
    };
    let out = match out.chars().next() {
        None => "X".to_owned(),
        Some(c) if c.is_alphabetic() || c == '_' => out,
        Some(_) => format!("X{out}"),
    };
    let is_ident = if out.is_ascii() { !is_keyword(&out) } else { syn::parse_str::<syn::Ident>(&out).is_ok() };
    if is_ident { out } else { format!("{out}_") }
}

/// heck's `to_pascal_case` for ASCII text, in one pass with one allocation: this runs for every
/// schema, property and enum value, and heck's formatter-based version was a measurable part of
/// the model stage. The same rules (heck 0.5's `transform`): words are split at every character
/// that is not a letter or digit, before an uppercase letter that follows a lowercase one, and
/// before the last of a run of uppercase letters followed by a lowercase one (`HTTPStatus` →
/// `Http`, `Status`); each word is capitalized. A test compares the two on many inputs.
fn pascal_ascii(input: &str) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    fn push_word(out: &mut String, word: &str) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    let mut out = String::with_capacity(input.len());
    for word in input.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = word.as_bytes();
        let (mut start, mut mode) = (0, Mode::Boundary);
        for (i, &c) in bytes.iter().enumerate() {
            let Some(&next) = bytes.get(i + 1) else {
                push_word(&mut out, &word[start..]);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                Mode::Lower
            } else if c.is_ascii_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_ascii_uppercase() {
                push_word(&mut out, &word[start..=i]);
                (start, mode) = (i + 1, Mode::Boundary);
            } else if mode == Mode::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                push_word(&mut out, &word[start..i]);
                (start, mode) = (i, Mode::Boundary);
            } else {
                mode = next_mode;
            }
        }
    }
    out
}

/// Whether `word` is a Rust keyword (strict or reserved, any edition), which `syn` refuses as an
/// identifier. A table rather than `syn::parse_str`: this runs for every schema, property and
/// enum value, and lexing each one was a measurable part of the model stage.
fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

/// The client method progenitor generates for `operation_id` (`checkouts:client_get` →
/// `checkouts_client_get`, `checkoutSessions.list` → `checkout_sessions_list`).
pub fn method_name(operation_id: &str) -> String {
    use heck::ToSnakeCase;
    operation_id.to_snake_case()
}

/// `checkouts:client_get` → `CheckoutsClientGet`; `4XX` → `4XX`.
pub fn pascal(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keyword table must agree with what `syn` accepts as an identifier, which is what the
    /// generated code is parsed with.
    #[test]
    fn the_keyword_table_agrees_with_syn() {
        let words = [
            "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else", "enum",
            "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut",
            "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
            "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "union", "raw", "auto", "default", "Checkout",
            "Type", "SelfLink", "r#type", "x1",
        ];
        for word in words {
            assert_eq!(is_keyword(word), syn::parse_str::<syn::Ident>(word).is_err(), "{word}");
        }
        assert_eq!(rust_name("Self"), "Self_");
        assert_eq!(rust_name("type"), "Type");
        assert_eq!(rust_name("3ds"), "X3ds");
    }

    #[test]
    fn method_names_are_progenitors() {
        assert_eq!(method_name("checkouts:client_get"), "checkouts_client_get");
        assert_eq!(method_name("checkoutSessions.list"), "checkout_sessions_list");
        assert_eq!(pascal("checkouts:client_get"), "CheckoutsClientGet");
    }
}

/// The Rust field typify gives a property, following typify 0.8's `sanitize`: `+1` and `-1`
/// are `plus1` and `minus1`; other characters that cannot continue an identifier separate
/// words; a name that cannot start an identifier gets an `x_` prefix.
pub fn field_name(property: &str) -> String {
    use heck::ToSnakeCase;
    let out = match property {
        "+1" => "plus1".to_owned(),
        "-1" => "minus1".to_owned(),
        _ => property.replace('\'', "").replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-").to_snake_case(),
    };
    match out.chars().next() {
        None => "x".to_owned(),
        Some(c) if c.is_alphabetic() || c == '_' => out,
        Some(_) => format!("x_{out}"),
    }
}

#[cfg(test)]
mod field_tests {
    #[test]
    fn field_names_follow_typify() {
        assert_eq!(super::field_name("+1"), "plus1");
        assert_eq!(super::field_name("-1"), "minus1");
        assert_eq!(super::field_name("createdAt"), "created_at");
        assert_eq!(super::field_name("created-at"), "created_at");
        assert_eq!(super::field_name("2fa"), "x_2fa");
    }

    #[test]
    fn the_ascii_pascal_case_is_hecks() {
        use heck::ToPascalCase;
        // Every string of up to four characters over an alphabet with each class heck tells
        // apart, plus names from real specs.
        let alphabet = ['a', 'z', 'A', 'Z', '0', '9', '_', '-', '.', ' ', '$', '+'];
        let mut inputs: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = inputs
                .iter()
                .filter(|s| s.len() == inputs.last().map_or(0, String::len))
                .flat_map(|s| alphabet.map(|c| format!("{s}{c}")))
                .collect();
            inputs.extend(longer);
        }
        inputs.extend(
            [
                "HTTPStatus",
                "checkoutSessions.list",
                "CheckoutCreate",
                "x-y_z",
                "ALL_CAPS",
                "mixed.Case-name_9",
                "v1APIKeys",
                "ABCdEF9gH",
                "snake_case_thing",
            ]
            .map(String::from),
        );
        assert!(inputs.len() > 20_000);
        for input in &inputs {
            assert_eq!(super::pascal_ascii(input), input.to_pascal_case(), "{input:?}");
        }
    }
}
