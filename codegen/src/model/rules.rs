//! The rules of the model stage that can find problems: enum and union names, each operation's
//! authentication, paging and idempotency header, servers and webhooks. [`super::plan`] runs them
//! all, so the model stage reports their problems with the check stage's.

use super::*;

/// The operation's `x-idempotency-header` (or else `info`'s): the name of a header the API
/// de-duplicates requests by. Only with one is a POST or PATCH retried after it may have reached
/// the server; neither Polar nor Flowglad has one.
pub(super) fn idempotency_header(spec: &Spec, pointer: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let at = [format!("{pointer}/x-idempotency-header"), "/info/x-idempotency-header".to_owned()]
        .into_iter()
        .find(|at| spec.raw.pointer(at).is_some())?;
    match spec.raw.pointer(&at).and_then(Value::as_str) {
        Some(name) if is_header_name(name) => Some(name.to_ascii_lowercase()),
        _ => {
            problems.push(spec.problem(&at, "`x-idempotency-header` must be a header name, e.g. `Idempotency-Key`"));
            None
        }
    }
}

/// The rate limits at `at` (`x-rate-limit` on a server or an operation): a list of `{requests,
/// seconds}`, each a positive integer; anything else is a located problem.
pub(super) fn rate_limits(spec: &Spec, at: &str, problems: &mut Vec<Problem>) -> Vec<RateLimit> {
    let Some(node) = spec.raw.pointer(at) else { return Vec::new() };
    let parsed: Option<Vec<RateLimit>> = node.as_array().and_then(|limits| {
        limits
            .iter()
            .map(|limit| {
                let map = limit.as_object().filter(|m| m.keys().all(|k| k == "requests" || k == "seconds"))?;
                let requests = map.get("requests")?.as_u64().filter(|n| *n > 0).and_then(|n| u32::try_from(n).ok())?;
                let seconds = map.get("seconds")?.as_u64().filter(|n| *n > 0)?;
                Some(RateLimit { requests, seconds })
            })
            .collect()
    });
    parsed.unwrap_or_else(|| {
        problems.push(spec.problem(
            at,
            "`x-rate-limit` is a list of `{requests: <n>, seconds: <n>}` (positive integers): at most `requests` in any `seconds`",
        ));
        Vec::new()
    })
}

/// Whether `name` is a valid HTTP header name (RFC 9110 token characters).
pub(super) fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

pub(super) fn collect_enums(
    spec: &Spec,
    raw: &Value,
    origins: &std::collections::BTreeMap<String, String>,
    problems: &mut Vec<Problem>,
) -> Vec<EnumSpec> {
    let Some(Value::Object(schemas)) = raw.pointer("/components/schemas") else { return Vec::new() };
    let mut enums = Vec::new();
    for (name, schema) in schemas {
        if !is_string_enum(schema) {
            continue;
        }
        let pointer = origins.get(name).cloned().unwrap_or_else(|| format!("/components/schemas/{}", escape(name)));
        let values: Vec<String> = schema["enum"].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_owned)).collect();
        let names: Vec<String> = match schema.get("x-enum-varnames").and_then(Value::as_array) {
            Some(names) if names.len() == values.len() => names.iter().map(|n| n.as_str().unwrap_or_default().to_owned()).collect(),
            Some(_) => {
                problems.push(spec.problem(&format!("{pointer}/x-enum-varnames"), "`x-enum-varnames` must list one name per `enum` value"));
                continue;
            }
            None => distinct_variant_names(&values),
        };
        let mut seen = std::collections::BTreeMap::new();
        for (value, variant) in values.iter().zip(&names) {
            if syn::parse_str::<syn::Ident>(variant).is_err() {
                problems.push(spec.problem(&pointer, format!("enum value `{value}` gives the variant name `{variant}`, which is not usable; name the variants with `x-enum-varnames`")));
            } else if let Some(first) = seen.insert(variant.clone(), value.clone()) {
                problems.push(spec.problem(
                    &pointer,
                    format!(
                        "enum values `{first}` and `{value}` both become the variant `{variant}`; name the variants with `x-enum-varnames`"
                    ),
                ));
            }
        }
        let description = schema.get("description").and_then(Value::as_str).map(str::to_owned);
        // A value named `unknown` keeps its name; the fallback variant steps aside.
        let mut fallback = "Unknown".to_owned();
        while names.contains(&fallback) {
            fallback.push_str("Value");
        }
        enums.push(EnumSpec { rust_name: rust_name(name), description, values: values.into_iter().zip(names).collect(), fallback });
    }
    enums
}

/// Variant names for enum values without `x-enum-varnames`: each value's Rust name, except
/// where two values would share one (`Etc/GMT+0` and `Etc/GMT-0`, `ASC` and `asc`). Those spell
/// their punctuation out (`EtcGmtPlus0`, `EtcGmtMinus0`; `CreatedAt`, `MinusCreatedAt`), then
/// separators too (`AUnderscoreB`, `ADotB`), then their case (`AscUpper`,
/// `AscLower`), then take a number; the serde name keeps the value either way.
pub(crate) fn distinct_variant_names(values: &[String]) -> Vec<String> {
    // typify's name for `+1` is `plus1`: a variant starts upper-case (`Plus1`).
    let upper = |name: String| -> String {
        let mut chars = name.chars();
        chars.next().map_or(name.clone(), |first| first.to_uppercase().chain(chars).collect())
    };
    let mut names: Vec<String> = values.iter().map(|v| upper(rust_name(v))).collect();
    let colliding = |names: &[String], i: usize| names.iter().enumerate().any(|(j, n)| j != i && *n == names[i]);
    // Separators (`_`, `.`, `/`, `:`, space) are spelled only when they alone tell values apart.
    for separators_too in [false, true] {
        let group: Vec<usize> = (0..names.len()).filter(|&i| colliding(&names, i)).collect();
        for &i in &group {
            names[i] = upper(rust_name(&spell_punctuation(&values[i], separators_too)));
        }
    }
    let by_case: Vec<usize> = (0..names.len()).filter(|&i| colliding(&names, i)).collect();
    for &i in &by_case {
        let value = &values[i];
        let has_letters = value.chars().any(char::is_alphabetic);
        if has_letters && !value.chars().any(char::is_lowercase) {
            names[i].push_str("Upper");
        } else if has_letters && !value.chars().any(char::is_uppercase) {
            names[i].push_str("Lower");
        }
    }
    for i in 0..names.len() {
        if names[..i].contains(&names[i]) {
            let base = names[i].clone();
            let mut n = 2;
            while names.contains(&format!("{base}{n}")) {
                n += 1;
            }
            names[i] = format!("{base}{n}");
        }
    }
    names
}

/// `Etc/GMT+0` → `Etc GMT Plus 0` (with separators too: `Etc Slash GMT Plus 0`): punctuation as
/// words, for [`distinct_variant_names`].
fn spell_punctuation(value: &str, separators_too: bool) -> String {
    let mut out = String::new();
    for c in value.chars() {
        if !separators_too && matches!(c, '_' | '.' | '/' | ':' | ' ') {
            out.push(' ');
            continue;
        }
        let word = match c {
            '+' => "Plus",
            '-' => "Minus",
            '_' => "Underscore",
            '.' => "Dot",
            '/' => "Slash",
            ':' => "Colon",
            ' ' => "Space",
            '*' => "Star",
            '<' => "Less",
            '>' => "Greater",
            '=' => "Equals",
            '@' => "At",
            '#' => "Hash",
            '&' => "And",
            '%' => "Percent",
            ',' => "Comma",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "Symbol",
        };
        out.push(' ');
        out.push_str(word);
        out.push(' ');
    }
    out
}

pub(super) fn collect_unions(spec: &Spec, raw: &Value, problems: &mut Vec<Problem>) -> Vec<UnionSpec> {
    let Some(Value::Object(schemas)) = raw.pointer("/components/schemas") else { return Vec::new() };
    let mut unions = Vec::new();
    for (name, schema) in schemas {
        let Some(discriminator) = schema.get("discriminator") else { continue };
        let pointer = format!("/components/schemas/{}", escape(name));
        let Some(property) = discriminator.get("propertyName").and_then(Value::as_str) else {
            problems.push(spec.problem(&format!("{pointer}/discriminator"), "`discriminator` needs a `propertyName`"));
            continue;
        };
        let Some(members) = schema.get("oneOf").and_then(Value::as_array) else {
            problems.push(spec.problem(&format!("{pointer}/discriminator"), "a `discriminator` is only supported on a `oneOf`"));
            continue;
        };
        let mapping: Vec<(String, String)> = discriminator
            .get("mapping")
            .and_then(Value::as_object)
            .map(|m| m.iter().filter_map(|(tag, r)| Some((tag.clone(), r.as_str()?.to_owned()))).collect())
            .unwrap_or_default();
        let union_name = rust_name(name);
        let mut members_named = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let Some(reference) = member.get("$ref").and_then(Value::as_str) else {
                problems.push(spec.problem(
                    &format!("{pointer}/oneOf/{i}"),
                    "each member of a discriminated `oneOf` must be a `$ref` to a component schema",
                ));
                continue;
            };
            let tags: Vec<String> = mapping.iter().filter(|(_, r)| r == reference).map(|(t, _)| t.clone()).collect();
            members_named.push((reference.to_owned(), rust_name(reference.trim_start_matches("#/components/schemas/")), tags));
        }
        let fallback_ref = schema.get("x-discriminator-fallback").and_then(Value::as_str);
        if let Some(fallback) = fallback_ref
            && !members_named.iter().any(|(r, ..)| r == fallback)
        {
            problems
                .push(spec.problem(&format!("{pointer}/x-discriminator-fallback"), format!("`{fallback}` is not a member of the `oneOf`")));
        }
        // Variant names: the tag itself when every member has exactly one textual tag (`fixed` →
        // `Fixed`); otherwise the member's type name less the union's name as prefix or suffix.
        let by_tag = members_named.iter().all(|(.., tags)| tags.len() == 1 && !matches!(tags[0].as_str(), "true" | "false"));
        let mut variants = Vec::new();
        let mut fallback = None;
        let mut fallback_index = None;
        for (reference, type_name, mut tags) in members_named {
            let variant = if by_tag {
                rust_name(&tags[0])
            } else if let Some(rest) = type_name.strip_prefix(&union_name).filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase())) {
                rest.to_owned()
            } else if let Some(rest) = type_name.strip_suffix(&union_name).filter(|r| !r.is_empty()) {
                rest.to_owned()
            } else {
                without_shared_words(&type_name, &union_name)
            };
            if fallback_ref == Some(reference.as_str()) {
                fallback_index = Some(variants.len());
                fallback = Some(variant.clone());
            } else if tags.is_empty() {
                // OpenAPI's implicit mapping: the tag is the schema's name.
                tags.push(reference.trim_start_matches("#/components/schemas/").to_owned());
            }
            variants.push((variant, type_name, tags));
        }
        // A shortened name that another member also gets, or that is the fallback variant's
        // `Unknown`, goes back to the member's whole type name (distinct, as type names are).
        let shortened: Vec<String> = variants.iter().map(|(variant, ..)| variant.clone()).collect();
        for (i, (variant, type_name, _)) in variants.iter_mut().enumerate() {
            if *variant == "Unknown" || shortened.iter().filter(|other| *other == variant).count() > 1 {
                if fallback_index == Some(i) {
                    fallback = Some(type_name.clone());
                }
                *variant = type_name.clone();
            }
        }
        for (tag, reference) in &mapping {
            if !members.iter().any(|m| m.get("$ref").and_then(Value::as_str) == Some(reference)) {
                problems.push(spec.problem(
                    &format!("{pointer}/discriminator/mapping/{}", escape(tag)),
                    format!("mapping `{tag}` points at `{reference}`, which is not a member of the `oneOf`"),
                ));
            }
        }
        let description = schema.get("description").and_then(Value::as_str).map(str::to_owned);
        unions.push(UnionSpec { rust_name: union_name, description, property: property.to_owned(), variants, fallback });
    }
    unions
}

/// `type_name` less the whole words it shares with `union_name` at the start and at the end
/// (`BenefitMeterCreditPublic` in `BenefitPublic` → `MeterCredit`); the whole name when that
/// leaves nothing.
fn without_shared_words(type_name: &str, union_name: &str) -> String {
    let words = |name: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in name.chars() {
            match out.last_mut() {
                Some(word) if !c.is_ascii_uppercase() => word.push(c),
                _ => out.push(c.to_string()),
            }
        }
        out
    };
    let (ours, theirs) = (words(type_name), words(union_name));
    let prefix = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
    let suffix = ours.iter().rev().zip(theirs.iter().rev()).take_while(|(a, b)| a == b).count();
    match ours.get(prefix..ours.len().saturating_sub(suffix)) {
        Some(rest) if !rest.is_empty() => rest.concat(),
        _ => type_name.to_owned(),
    }
}

pub(super) fn operation_auth(
    spec: &Spec,
    security: Option<&Vec<openapiv3::SecurityRequirement>>,
    pointer: &str,
    problems: &mut Vec<Problem>,
) -> Option<Auth> {
    let requirement = security?.first()?;
    let name = requirement.keys().next()?;
    let scheme = spec.doc.components.as_ref().and_then(|c| c.security_schemes.get(name)).and_then(|s| s.as_item());
    match scheme {
        Some(openapiv3::SecurityScheme::HTTP { scheme, .. }) if scheme.eq_ignore_ascii_case("bearer") => Some(Auth::Bearer),
        Some(openapiv3::SecurityScheme::HTTP { scheme, .. }) if scheme.eq_ignore_ascii_case("basic") => Some(Auth::Basic),
        // The client holds a token the caller obtained: to it, OAuth 2 and OpenID Connect are
        // bearer tokens.
        Some(openapiv3::SecurityScheme::OAuth2 { .. } | openapiv3::SecurityScheme::OpenIDConnect { .. }) => Some(Auth::Bearer),
        Some(openapiv3::SecurityScheme::APIKey { location: openapiv3::APIKeyLocation::Header, name, .. }) => {
            Some(Auth::Header(name.to_ascii_lowercase()))
        }
        _ => {
            problems.push(spec.problem(
                pointer,
                format!(
                    "security scheme `{name}` is not supported: use `http` (`bearer` or `basic`), `oauth2`, `openIdConnect` or an `apiKey` in a header"
                ),
            ));
            None
        }
    }
}

/// The keys `x-pagination` may have.
const PAGINATION_KEYS: &[&str] = &["style", "page_param", "cursor_param", "items", "last_page", "next_cursor", "has_more", "total"];

pub(super) fn operation_pagination(
    spec: &Spec,
    ext: &Value,
    op: &openapiv3::Operation,
    pointer: &str,
    problems: &mut Vec<Problem>,
) -> Option<Pagination> {
    let at = format!("{pointer}/x-pagination");
    let text = |key: &str| ext.get(key).and_then(Value::as_str).map(str::to_owned);
    // A misspelt key would otherwise be read as absent: `totl` and no total in the mock's pages.
    for key in ext.as_object().into_iter().flat_map(|map| map.keys()) {
        if !PAGINATION_KEYS.contains(&key.as_str()) {
            problems.push(spec.problem(
                &format!("{at}/{}", escape(key)),
                format!("`x-pagination` has no key `{key}`; its keys are {}", PAGINATION_KEYS.join(", ")),
            ));
        }
    }
    let (style, param, next) = match text("style").as_deref() {
        Some("page") => (PaginationStyle::Page, text("page_param"), text("last_page")),
        Some("cursor") => (PaginationStyle::Cursor, text("cursor_param"), text("next_cursor")),
        _ => {
            problems.push(spec.problem(&at, "`x-pagination` needs `style: page` or `style: cursor`"));
            return None;
        }
    };
    let page_schema = op.responses.responses.iter().find(|(s, _)| is_success(s)).and_then(|(_, r)| match r {
        ReferenceOr::Item(r) => match r.content.get("application/json")?.schema.as_ref()? {
            ReferenceOr::Reference { reference } => Some(reference.trim_start_matches("#/components/schemas/").to_owned()),
            _ => None,
        },
        _ => None,
    });
    // The schema of the property at a dot-separated path in the page's schema, through `$ref`s
    // (Polar's `pagination.total_count` is in the `$ref`'d `Pagination`): `Some(None)` when a
    // schema on the way lacks the property, `None` when a `$ref` on the way points at nothing
    // (the `$ref` check reports that, once).
    let property = |page: &str, path: &str| -> Option<Option<&Value>> {
        let mut node = spec.raw.pointer(&format!("/components/schemas/{}", escape(page)))?;
        for name in path.split('.') {
            if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
                node = crate::spec::resolve(&spec.raw, reference)?;
            }
            match node.get("properties").and_then(|p| p.get(name)) {
                Some(child) => node = child,
                None => return Some(None),
            }
        }
        Some(Some(node))
    };
    let items = text("items");
    let item_schema = page_schema.as_ref().zip(items.as_ref()).and_then(|(page, items)| {
        let node = property(page, items)??;
        Some(node.pointer("/items/$ref")?.as_str()?.trim_start_matches("#/components/schemas/").to_owned())
    });
    if let (Some(page), Some(total)) = (&page_schema, text("total"))
        && property(page, &total) == Some(None)
    {
        problems.push(spec.problem(&format!("{at}/total"), format!("`x-pagination` `total`: `{page}` has no property `{total}`")));
    }
    match (param, next, items, page_schema, item_schema) {
        (Some(param), Some(next), Some(items), Some(page_schema), Some(item_schema)) => {
            Some(Pagination { style, param, items, next, has_more: text("has_more"), total: text("total"), page_schema, item_schema })
        }
        _ => {
            problems.push(spec.problem(
                &at,
                "`x-pagination` needs `items` (an array of `$ref`s in the `$ref`'d success body) and, for `page`, `page_param` and `last_page`; for `cursor`, `cursor_param` and `next_cursor`",
            ));
            None
        }
    }
}

/// The keys `x-webhooks` may have.
const WEBHOOK_KEYS: &[&str] = &["tag", "key", "ordering", "events"];

/// The top-level `x-webhooks`: `{tag: <property>, key?: base64 | utf8, ordering?: {key: <JSON
/// pointer>, version: [<JSON pointer>, …]}, events: {<tag value>: {$ref, description?}}}`.
pub(super) fn collect_webhooks(spec: &Spec, problems: &mut Vec<Problem>) -> Option<Webhooks> {
    let node = spec.raw.get("x-webhooks")?;
    // A misspelt `key` would otherwise be read as absent, and every delivery refused.
    for key in node.as_object().into_iter().flat_map(|map| map.keys()) {
        if !WEBHOOK_KEYS.contains(&key.as_str()) {
            problems.push(spec.problem(
                &format!("/x-webhooks/{}", escape(key)),
                format!("`x-webhooks` has no key `{key}`; its keys are {}", WEBHOOK_KEYS.join(", ")),
            ));
        }
    }
    let key = match node.get("key") {
        None => SigningKey::Base64,
        Some(Value::String(s)) if s == "base64" => SigningKey::Base64,
        Some(Value::String(s)) if s == "utf8" => SigningKey::Utf8,
        Some(_) => {
            problems.push(spec.problem(
                "/x-webhooks/key",
                "`x-webhooks.key` is `base64` (Standard Webhooks: the key is the base64 after `whsec_`) or `utf8` (the secret's own bytes)",
            ));
            SigningKey::Base64
        }
    };
    let Some(tag) = node.get("tag").and_then(Value::as_str) else {
        problems.push(spec.problem("/x-webhooks", "`x-webhooks` needs `tag`: the body property that names the event type"));
        return None;
    };
    let Some(Value::Object(events)) = node.get("events") else {
        problems.push(spec.problem("/x-webhooks", "`x-webhooks` needs `events`: a map from event type to `{$ref: <payload schema>}`"));
        return None;
    };
    let ordering = node.get("ordering").and_then(|ordering| {
        let pointer = |value: &Value| value.as_str().filter(|p| p.starts_with('/')).map(str::to_owned);
        let key = ordering.get("key").and_then(pointer);
        let version: Option<Vec<String>> = ordering.get("version").and_then(Value::as_array).and_then(|v| v.iter().map(pointer).collect());
        match (key, version) {
            (Some(key), Some(version)) if !version.is_empty() => Some(Ordering { key, version }),
            _ => {
                problems.push(spec.problem(
                    "/x-webhooks/ordering",
                    "`x-webhooks.ordering` is `{key: <JSON pointer>, version: [<JSON pointer>, …]}`: where an event names its resource, and the resource's version (an RFC 3339 time or an integer)",
                ));
                None
            }
        }
    });
    let mut out = Vec::new();
    let mut variants = std::collections::BTreeMap::new();
    for (name, event) in events {
        let at = format!("/x-webhooks/events/{}", escape(name));
        let target = event.get("$ref").and_then(Value::as_str);
        let Some(schema) = target
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .filter(|_| resolve(&spec.raw, target.unwrap_or_default()).is_some())
        else {
            problems.push(spec.problem(&at, "each webhook event needs a `$ref` to a schema in `components.schemas` (its payload)"));
            continue;
        };
        let variant = rust_name(name);
        if variant == "Unknown" {
            problems.push(spec.problem(&at, "the webhook event variant `Unknown` is reserved for event types the spec does not list"));
            continue;
        }
        if let Some(first) = variants.insert(variant.clone(), name.clone()) {
            problems.push(spec.problem(&at, format!("webhook events `{first}` and `{name}` both become the variant `{variant}`")));
            continue;
        }
        out.push(WebhookEvent {
            name: name.clone(),
            variant,
            payload: rust_name(schema),
            description: event.get("description").and_then(Value::as_str).map(str::to_owned),
        });
    }
    Some(Webhooks { tag: tag.to_owned(), key, ordering, events: out })
}

/// The servers, each named by its `x-server-name`, or else by the first word of its description,
/// or else by its host (`api.example.com` → `ApiExampleCom`). Two servers whose names still
/// collide are a problem at the second; a spec with no servers is fine (the base URL is then the
/// caller's).
pub(super) fn collect_servers(spec: &Spec, problems: &mut Vec<Problem>) -> Vec<Server> {
    let mut servers: Vec<Server> = Vec::new();
    for (i, server) in spec.raw.get("servers").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let url = server.get("url").and_then(Value::as_str).unwrap_or_default().to_owned();
        let description = server.get("description").and_then(Value::as_str).map(str::to_owned);
        let host = || {
            let rest = url.split("://").nth(1).unwrap_or(&url);
            rust_name(rest.split(['/', ':']).next().unwrap_or(rest))
        };
        let candidates: Vec<String> = match server.get("x-server-name").and_then(Value::as_str) {
            Some(name) => vec![rust_name(name)],
            None => {
                let first_word = description.as_deref().and_then(|d| d.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()));
                let mut names: Vec<String> = first_word.map(rust_name).into_iter().collect();
                names.extend(description.as_deref().map(rust_name));
                names.push(host());
                names
            }
        };
        let taken = |name: &String| name == "Custom" || servers.iter().any(|s| &s.name == name);
        match candidates.iter().find(|name| !taken(name)) {
            Some(name) => {
                let rate_limits = rate_limits(spec, &format!("/servers/{i}/x-rate-limit"), problems);
                servers.push(Server { name: name.clone(), url, description, rate_limits })
            }
            None => problems.push(spec.problem(
                &format!("/servers/{i}"),
                format!(
                    "this server's variant name `{}` is taken by another server (or is `Custom`); name it with `x-server-name`",
                    candidates[0]
                ),
            )),
        }
    }
    servers
}

#[cfg(test)]
mod tests {
    use super::without_shared_words;

    #[test]
    fn a_member_is_named_by_the_words_it_does_not_share_with_its_union() {
        assert_eq!(without_shared_words("BenefitMeterCreditPublic", "BenefitPublic"), "MeterCredit");
        assert_eq!(without_shared_words("BenefitGenericPublic", "BenefitPublic"), "Generic");
        // Words, not letters: `Paymentish` is not `Payment`, so only the shared `Card` goes.
        assert_eq!(without_shared_words("PaymentishCard", "PaymentCard"), "Paymentish");
        // Nothing left, or nothing shared: the whole name.
        assert_eq!(without_shared_words("Card", "Card"), "Card");
        assert_eq!(without_shared_words("Refund", "Payment"), "Refund");
    }
}
