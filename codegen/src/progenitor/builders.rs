//! typify's builders of the types no request carries, left out on the tokens before they are
//! parsed (see [`without_unused_builders`]).

use std::collections::HashSet;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

use crate::model::Prepared;

/// Leaves out typify's builder (`types::builder::X`, `X::builder()`) of every type that no
/// request carries: a response is decoded, or built as a plain struct or from its `example()`,
/// never through a builder whose every setter returns a `Result`. Request bodies and every type
/// reachable from one keep theirs (`body_map` and the `new` constructors are written on them).
/// typify has one switch for all types, so this is done on the tokens, before they are parsed:
/// the builders are over half of a generated file, and parsing, extending and printing them is
/// the larger part of the pipeline's time.
pub fn without_unused_builders(tokens: TokenStream, prepared: &Prepared) -> TokenStream {
    let mut items: Vec<TokenTree> = tokens.into_iter().collect();
    // Names the operations (the top-level `builder` module) refer to as `types::builder::X` stay,
    // whatever the naming rules say.
    let mut keep: HashSet<String> = prepared.request_types.keys().cloned().collect();
    if let Some(operations) = module_body(&items, "builder") {
        builder_references(operations.stream(), &mut keep);
    }
    let Some(position) = module_position(&items, "types") else { return items.into_iter().collect() };
    let (span, body) = take_body(&mut items[position]);
    let mut types: Vec<TokenTree> = body.into_iter().collect();
    let mut declared = HashSet::new();
    if let Some(at) = module_position(&types, "builder") {
        let (builder_span, builder) = take_body(&mut types[at]);
        let builders = split_items(builder);
        declared.extend(builders.iter().filter_map(|item| declared_struct(item)));
        let left_out = |item: &[TokenTree]| header_name(item).is_some_and(|name| declared.contains(&name) && !keep.contains(&name));
        types[at] = group(builder_span, builders.into_iter().filter(|item| !left_out(item)).flatten().collect());
    }
    let types = split_items(types)
        .into_iter()
        .filter(|item| !builder_fn_of(item).is_some_and(|name| declared.contains(&name) && !keep.contains(&name)))
        .flatten()
        .collect();
    items[position] = group(span, types);
    items.into_iter().collect()
}

/// A `{ … }` group of `tokens` at `span`.
fn group(span: proc_macro2::Span, tokens: TokenStream) -> TokenTree {
    let mut group = Group::new(Delimiter::Brace, tokens);
    group.set_span(span);
    TokenTree::Group(group)
}

/// Adds every `X` of a `types::builder::X` path in `tokens` (the operations' `body` fields and
/// `body_map`s) to `names`.
fn builder_references(tokens: TokenStream, names: &mut HashSet<String>) {
    // How much of `types::builder::` was read just before this token: 0 to 6 tokens (`types`,
    // `:`, `:`, `builder`, `:`, `:`).
    let mut read = 0;
    for tree in tokens {
        read = match (&tree, read) {
            (TokenTree::Ident(ident), 6) => {
                names.insert(ident.to_string());
                0
            }
            (TokenTree::Ident(ident), _) if ident == "types" => 1,
            (TokenTree::Ident(ident), 3) if ident == "builder" => 4,
            (TokenTree::Punct(p), 1 | 2 | 4 | 5) if p.as_char() == ':' => read + 1,
            (TokenTree::Group(group), _) => {
                builder_references(group.stream(), names);
                0
            }
            _ => 0,
        };
    }
}

/// Where `mod <name> { … }` is among `items` (the index of its body).
fn module_position(items: &[TokenTree], name: &str) -> Option<usize> {
    (2..items.len()).find(|&i| {
        matches!(&items[i - 2..=i], [TokenTree::Ident(m), TokenTree::Ident(n), TokenTree::Group(g)] if m == "mod" && n == name && g.delimiter() == Delimiter::Brace)
    })
}

/// The body of `mod <name> { … }` among `items`.
fn module_body<'a>(items: &'a [TokenTree], name: &str) -> Option<&'a Group> {
    match &items[module_position(items, name)?] {
        TokenTree::Group(group) => Some(group),
        _ => None,
    }
}

/// The span and the tokens of the group `tree`, leaving an empty group behind: the tokens are
/// then this stream's alone, and iterating over them moves them instead of copying each one.
fn take_body(tree: &mut TokenTree) -> (proc_macro2::Span, TokenStream) {
    let empty = TokenTree::Group(Group::new(Delimiter::Brace, TokenStream::new()));
    match std::mem::replace(tree, empty) {
        TokenTree::Group(group) => (group.span(), group.stream()),
        other => (other.span(), std::iter::once(other).collect()),
    }
}

/// The items of a module body, each with its attributes: an item ends at a `;` or a `{ … }` (what
/// typify writes has no braces before the end of an item).
fn split_items(tokens: impl IntoIterator<Item = TokenTree>) -> Vec<Vec<TokenTree>> {
    let mut items = vec![Vec::new()];
    for tree in tokens {
        let ends = match &tree {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) => g.delimiter() == Delimiter::Brace,
            _ => false,
        };
        items.last_mut().expect("never empty").push(tree);
        if ends {
            items.push(Vec::new());
        }
    }
    items
}

/// `X` of an item `… struct X …`.
fn declared_struct(item: &[TokenTree]) -> Option<String> {
    item.windows(2).find_map(|pair| match pair {
        [TokenTree::Ident(keyword), TokenTree::Ident(name)] if keyword == "struct" => Some(name.to_string()),
        _ => None,
    })
}

/// The type an item of typify's builder module is about: the last identifier before its body
/// (`struct X {`, `impl X {`, `impl Default for X {`, `impl TryFrom<X> for super::X {`).
fn header_name(item: &[TokenTree]) -> Option<String> {
    let (TokenTree::Group(_), header) = item.split_last()? else { return None };
    header.iter().rev().find_map(|tree| match tree {
        TokenTree::Ident(ident) => Some(ident.to_string()),
        _ => None,
    })
}

/// `X` of typify's `impl X { pub fn builder() -> builder::X { … } }`.
fn builder_fn_of(item: &[TokenTree]) -> Option<String> {
    let [TokenTree::Ident(keyword), TokenTree::Ident(name), TokenTree::Group(body)] = item else { return None };
    let mut body = body.stream().into_iter();
    let starts_with_builder_fn = matches!(
        (body.next(), body.next(), body.next()),
        (Some(TokenTree::Ident(a)), Some(TokenTree::Ident(b)), Some(TokenTree::Ident(c))) if a == "pub" && b == "fn" && c == "builder"
    );
    (keyword == "impl" && starts_with_builder_fn).then(|| name.to_string())
}
