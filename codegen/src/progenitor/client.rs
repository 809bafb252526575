//! The changes made to progenitor's client and operation builders, each a named function:
//! progenitor's constructors and untyped error kept out of the public API
//! ([`private_constructors`], [`public_surface`]); each builder's `send` renamed `send_raw`, with
//! the call's options ([`rename_send`], [`add_options`]) and the wire rules
//! ([`wire_safety`]: path segments, 2xx, delimited query values, media types); a redacted `Debug`
//! on a builder with a secret parameter; and the emit stage's items put in place.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::{Item, ItemMod};

use super::surface::Op;
use super::syntax::{is_type, methods_mut};
use crate::model::OperationInfo;

/// Changes progenitor's client and builders for `surface`'s operations, then adds `sends` (the
/// typed `send` of each builder, in the operations' order, then any further items for the
/// builders' module) to the builders.
pub fn patch(file: &mut syn::File, ops: &[Op], sends: Vec<TokenStream>) -> std::result::Result<(), String> {
    private_constructors(&mut file.items)?;
    public_surface(&mut file.items)?;
    let builder_items = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) if ident == "builder" => Some(items),
            _ => None,
        })
        .ok_or_else(|| "progenitor generated no `builder` module".to_string())?;
    let mut sends = sends.into_iter();
    for (op, send) in ops.iter().zip(sends.by_ref()) {
        rename_send(builder_items, op)?;
        count_setters(builder_items, op);
        document_setters(builder_items, op);
        let send: syn::File = syn::parse2(send).map_err(|e| format!("the typed `send` of `{}` does not parse: {e}", op.builder))?;
        builder_items.extend(send.items);
        if !op.info.secret_params.is_empty() {
            let secrets: Vec<String> = op.info.secret_params.iter().map(|p| p.to_snake_case()).collect();
            super::types::redact_debug(builder_items, &op.builder.to_string(), &secrets)?;
        }
    }
    // What follows the sends (the body setters) goes after them.
    for more in sends {
        let more: syn::File = syn::parse2(more).map_err(|e| format!("the builders' setters do not parse: {e}"))?;
        builder_items.extend(more.items);
    }
    Ok(())
}

/// Replaces progenitor's example of each operation method (an `ignore` block passing variables
/// nobody defined) with the emit stage's, by method name.
pub fn replace_examples(file: &mut syn::File, examples: &std::collections::BTreeMap<String, String>) {
    for item in file.items.iter_mut() {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || !matches!(block.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident("Client")) {
            continue;
        }
        for member in &mut block.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            let Some(example) = examples.get(&f.sig.ident.to_string()) else { continue };
            let Some(doc) = f.attrs.iter_mut().find(|a| a.path().is_ident("doc")) else { continue };
            let syn::Meta::NameValue(nv) = &mut doc.meta else { continue };
            let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &nv.value else { continue };
            let text = text.value();
            let Some(start) = text.find("```ignore") else { continue };
            let rewritten = format!("{}{example}", &text[..start]);
            nv.value = syn::parse_quote!(#rewritten);
        }
    }
}

/// Rewrites progenitor's setter of each count parameter (`limit`, `page`: a `NonZeroU64` for
/// `minimum: 1`) to take any integer (`.limit(100)`, whose literal is an `i32`, did not
/// compile), refusing zero or a negative number as below the minimum, as `send` reports.
pub fn count_setters(builders: &mut [Item], op: &Op) {
    for param in &op.params {
        let Some((nonzero, primitive)) = super::surface::nonzero(&param.ty) else { continue };
        let (ident, wire) = (&param.ident, &param.wire);
        let stored = if param.required { quote!(Ok(value)) } else { quote!(Ok(Some(value))) };
        let setter: syn::ImplItemFn = syn::parse_quote! {
            pub fn #ident<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<#primitive>,
            {
                match value.try_into().ok().and_then(::std::num::#nonzero::new) {
                    Some(value) => self.#ident = #stored,
                    None => {
                        self.invalid.get_or_insert(::checkout_runtime::bounds::Invalid {
                            field: #wire.to_owned(),
                            bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                        });
                    }
                }
                self
            }
        };
        for f in methods_mut(builders, &op.builder).filter(|f| f.sig.ident == *ident) {
            *f = setter.clone();
        }
    }
}

/// Documents progenitor's setters of `op`'s builder, which it leaves bare: each parameter's, and
/// `body` / `body_map`.
pub fn document_setters(builders: &mut [Item], op: &Op) {
    for f in methods_mut(builders, &op.builder) {
        if f.attrs.iter().any(|a| a.path().is_ident("doc")) || !matches!(f.vis, syn::Visibility::Public(_)) {
            continue;
        }
        let name = f.sig.ident.to_string();
        let doc = match (name.as_str(), op.params.iter().find(|p| p.ident == f.sig.ident)) {
            ("body", _) => " The whole body (its fields also have setters of their own on this builder).".to_owned(),
            ("body_map", _) => " Changes the body through typify's builder of it.".to_owned(),
            (_, Some(param)) => match param.place {
                super::surface::Place::Path => format!(" The `{}` path parameter.", param.wire),
                super::surface::Place::Query => format!(" The `{}` query parameter.", param.wire),
                super::surface::Place::Header => format!(" The `{}` header.", param.wire),
                _ => continue,
            },
            _ => continue,
        };
        f.attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
    }
}

/// Appends `modules` (the emit stage's modules) to `file`.
pub fn append(file: &mut syn::File, modules: Vec<TokenStream>) -> std::result::Result<(), String> {
    for tokens in modules {
        let parsed: syn::File = syn::parse2(tokens).map_err(|e| format!("generated client code does not parse: {e}"))?;
        file.items.extend(parsed.items);
    }
    Ok(())
}

/// Takes progenitor's constructors out of the public API: `Client::new` (its own
/// `reqwest::Client` with a fixed 15 s timeout, no credentials, no retry policy) is removed, and
/// `new_with_client` is left to `Client::builder()`, the one documented way to build a client.
pub fn private_constructors(items: &mut [Item]) -> std::result::Result<(), String> {
    let mut found = false;
    for item in items.iter_mut() {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || !matches!(block.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident("Client")) {
            continue;
        }
        let before = block.items.len();
        block.items.retain(|member| !matches!(member, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
        let removed = before != block.items.len();
        for member in &mut block.items {
            if let syn::ImplItem::Fn(f) = member
                && f.sig.ident == "new_with_client"
            {
                f.vis = syn::parse_quote!(pub(crate));
                found |= removed;
            }
        }
    }
    found.then_some(()).ok_or_else(|| "progenitor generated no `Client::new` and `Client::new_with_client`".to_string())
}

/// Leaves one public API: progenitor's untyped `Error` and its `ClientInfo` trait become
/// crate-private (every `send` returns `checkout_runtime::Error`), its `prelude` module, which
/// only re-exports `Client`, goes, and its `impl ClientInfo for Client` is hidden from the docs. `ResponseValue` and `ByteStream` stay: they appear in `send`.
pub fn public_surface(items: &mut Vec<Item>) -> std::result::Result<(), String> {
    let position = items
        .iter()
        .position(|item| {
            matches!(item, Item::Use(u) if matches!(u.vis, syn::Visibility::Public(_))
                && u.tree.to_token_stream().to_string().starts_with("progenitor_client"))
        })
        .ok_or("progenitor generated no `pub use progenitor_client::{…}`")?;
    items.splice(
        position..=position,
        [
            syn::parse_quote!(
                pub use progenitor_client::{ByteStream, ResponseValue};
            ),
            syn::parse_quote!(
                #[allow(unused_imports)]
                pub(crate) use progenitor_client::{ClientInfo, Error};
            ),
        ],
    );
    items.retain(|item| !matches!(item, Item::Mod(m) if m.ident == "prelude"));
    // `ClientInfo` is how progenitor's builders reach the client: plumbing, not API.
    let info = items
        .iter_mut()
        .find_map(|item| match item {
            Item::Impl(block)
                if block.trait_.as_ref().is_some_and(|(_, path, _)| path.segments.last().is_some_and(|s| s.ident == "ClientInfo")) =>
            {
                Some(block)
            }
            _ => None,
        })
        .ok_or("progenitor generated no `impl ClientInfo for Client`")?;
    info.attrs.push(syn::parse_quote!(#[doc(hidden)]));
    Ok(())
}

/// Renames progenitor's `send` of `op`'s builder to `send_raw` (private, its body through
/// [`wire_safety`]) and gives the builder its `options` ([`add_options`]).
pub fn rename_send(builders: &mut [Item], op: &Op) -> std::result::Result<(), String> {
    let builder = &op.builder;
    let mut renamed = false;
    for f in methods_mut(builders, builder).filter(|f| f.sig.ident == "send") {
        f.sig.ident = format_ident!("send_raw");
        // Only `send` is public: progenitor's untyped error would be a second `Error`.
        f.vis = syn::Visibility::Inherited;
        f.block = wire_safety(&f.block, op.info).map_err(|e| format!("`builder::{builder}::send`: {e}"))?;
        f.attrs.retain(|a| !a.path().is_ident("doc"));
        f.attrs.push(syn::parse_quote!(#[doc = " Sends the request with progenitor's untyped errors; `send` decodes them."]));
        renamed = true;
    }
    if !renamed {
        return Err(format!("`builder::{builder}` has no `send`"));
    }
    add_options(builders, builder)?;
    Ok(())
}

/// Gives builder `name` a `options: RequestOptions` field (initialised in `new`, taken apart in
/// `send_raw`, which checks it before building the request and hands it to `exec_with`) and an
/// `invalid` field (a value a setter refused; `send` checks it).
pub fn add_options(builders: &mut [Item], name: &syn::Ident) -> std::result::Result<(), String> {
    let is_ours = |ty: &syn::Type| is_type(ty, &name.to_string());
    let mut done = (false, false, false);
    for item in builders.iter_mut() {
        match item {
            Item::Struct(st) if st.ident == *name => {
                let syn::Fields::Named(fields) = &mut st.fields else { return Err(format!("`{name}` has no named fields")) };
                fields.named.push(syn::parse_quote!(options: ::checkout_runtime::RequestOptions));
                // A value a setter could not take (out of its bounds, not a UUID): `send` refuses
                // the request with it.
                fields.named.push(syn::parse_quote!(invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>));
                done.0 = true;
            }
            Item::Impl(block) if block.trait_.is_none() && is_ours(&block.self_ty) => {
                for member in block.items.iter_mut() {
                    let syn::ImplItem::Fn(f) = member else { continue };
                    if f.sig.ident == "new" {
                        // `client.<operation>()` is the way to get a builder.
                        f.vis = syn::parse_quote!(pub(crate));
                        let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = f.block.stmts.last_mut() else {
                            return Err(format!("`{name}::new` does not end in `Self {{ … }}`"));
                        };
                        init.fields.push(syn::parse_quote!(options: ::std::default::Default::default()));
                        init.fields.push(syn::parse_quote!(invalid: ::std::option::Option::None));
                        done.1 = true;
                    } else if f.sig.ident == "send_raw" {
                        let position = f
                            .block
                            .stmts
                            .iter()
                            .position(|stmt| matches!(stmt, syn::Stmt::Local(l) if matches!(&l.pat, syn::Pat::Struct(_))))
                            .ok_or_else(|| format!("`{name}::send_raw` does not take `self` apart"))?;
                        let syn::Stmt::Local(local) = &mut f.block.stmts[position] else { unreachable!("found above") };
                        let syn::Pat::Struct(pattern) = &mut local.pat else { unreachable!("found above") };
                        pattern.fields.push(syn::FieldPat {
                            attrs: Vec::new(),
                            member: syn::Member::Named(format_ident!("options")),
                            colon_token: None,
                            pat: Box::new(syn::parse_quote!(options)),
                        });
                        pattern.fields.push(syn::FieldPat {
                            attrs: Vec::new(),
                            member: syn::Member::Named(format_ident!("invalid")),
                            colon_token: Some(Default::default()),
                            pat: Box::new(syn::parse_quote!(_)),
                        });
                        f.block.stmts.insert(
                            position + 1,
                            syn::parse_quote!(::checkout_runtime::__private::check_options(&options, super::CREDENTIAL_HEADERS).map_err(Error::InvalidRequest)?;),
                        );
                        done.2 = true;
                    }
                }
            }
            _ => {}
        }
    }
    match done {
        (true, true, true) => Ok(()),
        _ => Err(format!("builder `{name}`: could not add `options` (struct, new, send_raw: {done:?})")),
    }
}

/// Rewrites progenitor's `send` body for two wire rules:
/// - every path parameter goes through `checkout_runtime::__private::encode_segment`, which
///   encodes every byte that is not unreserved and refuses `.`, `..` and empty values (progenitor's
///   `encode_path` leaves `.` and `\\` alone, and the URL parser then resolves `..` and reads `\\`
///   as `/`, sending the request, credential included, to another path);
/// - the one documented success status accepts any 2xx (a `200` answered with `201` is still a
///   success when its body decodes as the success type).
pub fn wire_safety(block: &syn::Block, info: &OperationInfo) -> std::result::Result<syn::Block, String> {
    let tokens = block.to_token_stream();
    let successes = count_success_arms(tokens.clone());
    // With a bodiless success left out, the other 2xx statuses must not decode as the body.
    let rewrite = Rewrite {
        widen_success: successes == 1 && info.bodiless_successes.is_empty(),
        delimited: &info.delimited,
        content_type: info.request_content_type.as_deref(),
        accept: info.accept.as_deref(),
    };
    let rewritten = rewrite_tokens(tokens, &rewrite);
    syn::parse2(rewritten).map_err(|e| format!("the rewritten body does not parse: {e}"))
}

/// How many `2xxu16 =>` arms the body has.
fn count_success_arms(tokens: TokenStream) -> usize {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut count = 0;
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(g) => count += count_success_arms(g.stream()),
            TokenTree::Literal(l) if is_success_literal(&l.to_string()) && is_arrow(&trees[i + 1..]) => count += 1,
            _ => {}
        }
    }
    count
}

fn is_success_literal(text: &str) -> bool {
    text.strip_suffix("u16").and_then(|n| n.parse::<u16>().ok()).is_some_and(|n| (200..300).contains(&n))
}

/// Whether `rest` starts with `=>`.
fn is_arrow(rest: &[proc_macro2::TokenTree]) -> bool {
    use proc_macro2::TokenTree;
    matches!((rest.first(), rest.get(1)), (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == '=' && b.as_char() == '>')
}

/// What [`rewrite_tokens`] changes in one operation's `send`.
pub struct Rewrite<'a> {
    /// Whether the lone success arm is widened to every 2xx.
    widen_success: bool,
    /// `explode: false` query parameters and their delimiters.
    delimited: &'a [(String, char)],
    /// The request body's `Content-Type` when it is not `application/json`.
    content_type: Option<&'a str>,
    /// The `Accept` header when the success body is not `application/json`.
    accept: Option<&'a str>,
}

/// Rewrites a `send` body: path segments through `encode_segment`, `exec` to `exec_with`, a lone
/// success arm widened to every 2xx, each `explode: false` query parameter sent as one joined
/// value, a JSON body of another JSON type labelled with it, and `Accept` asking for the success
/// body's own JSON type.
pub fn rewrite_tokens(tokens: TokenStream, rewrite: &Rewrite) -> TokenStream {
    let Rewrite { widen_success, delimited, content_type, accept } = *rewrite;
    use proc_macro2::{Group, TokenTree};
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Ident(ident) if ident == "encode_path" && matches!(trees.get(i + 1), Some(TokenTree::Group(_))) => {
                let TokenTree::Group(args) = &trees[i + 1] else { unreachable!("matched above") };
                let args = Group::new(args.delimiter(), rewrite_tokens(args.stream(), rewrite));
                out.extend(quote!(::checkout_runtime::__private::encode_segment #args ?));
                i += 2;
                continue;
            }
            // A websocket key from `::base64` and `::rand`, which generated crates do not depend
            // on: `::base64::Engine::encode(&STANDARD, ::rand::random())` → the runtime's.
            TokenTree::Punct(colon)
                if colon.as_char() == ':'
                    && matches!(trees.get(i + 2), Some(TokenTree::Ident(b)) if b == "base64")
                    && matches!(trees.get(i + 5), Some(TokenTree::Ident(e)) if e == "Engine")
                    && matches!(trees.get(i + 8), Some(TokenTree::Ident(e)) if e == "encode")
                    && matches!(trees.get(i + 9), Some(TokenTree::Group(g)) if g.stream().to_string().contains("rand")) =>
            {
                out.extend(quote!(::checkout_runtime::__private::websocket_key()));
                i += 10;
                continue;
            }
            // `client.exec(request, &info)` → `client.exec_with(request, &info, &options)`: the
            // call's options apply after the hooks' preparation, right before the retry loop.
            TokenTree::Ident(ident)
                if ident == "exec"
                    && matches!(trees.get(i.wrapping_sub(1)), Some(TokenTree::Punct(p)) if p.as_char() == '.')
                    && matches!(trees.get(i + 1), Some(TokenTree::Group(g)) if g.stream().to_string() == "request , & info") =>
            {
                out.extend(quote!(exec_with(request, &info, &options)));
                i += 2;
                continue;
            }
            // `QueryParam::new("tags", &tags)` → `QueryParam::new("tags", &Delimited(&tags, ','))`.
            TokenTree::Ident(ident) if ident == "QueryParam" && !delimited.is_empty() => {
                let arguments = match trees.get(i + 1..i + 5) {
                    Some([TokenTree::Punct(a), TokenTree::Punct(b), TokenTree::Ident(new), TokenTree::Group(args)])
                        if a.as_char() == ':' && b.as_char() == ':' && new == "new" =>
                    {
                        Some(args)
                    }
                    _ => None,
                };
                let joined = arguments.and_then(|args| {
                    let mut parts = args.stream().into_iter();
                    let TokenTree::Literal(name) = parts.next()? else { return None };
                    let (_, delimiter) = delimited.iter().find(|(wire, _)| format!("{wire:?}") == name.to_string())?;
                    let TokenTree::Punct(comma) = parts.next()? else { return None };
                    (comma.as_char() == ',').then_some(())?;
                    let value: TokenStream = parts.collect();
                    Some(quote!(QueryParam::new(#name, &::checkout_runtime::__private::Delimited(#value, #delimiter))))
                });
                if let Some(joined) = joined {
                    out.extend(joined);
                    i += 5;
                    continue;
                }
                out.extend([trees[i].clone()]);
            }
            // `.json(&body)` → `.header(CONTENT_TYPE, "…+json").json(&body)`: reqwest's `json`
            // keeps a `Content-Type` set before it.
            TokenTree::Punct(dot)
                if dot.as_char() == '.'
                    && content_type.is_some()
                    && matches!(trees.get(i + 1), Some(TokenTree::Ident(json)) if json == "json")
                    && matches!(trees.get(i + 2), Some(TokenTree::Group(g)) if g.stream().to_string() == "& body") =>
            {
                let media = content_type.unwrap_or_default();
                out.extend(quote!(.header(::reqwest::header::CONTENT_TYPE, ::reqwest::header::HeaderValue::from_static(#media))));
                out.extend([trees[i].clone()]);
            }
            TokenTree::Literal(l) if widen_success && is_success_literal(&l.to_string()) && is_arrow(&trees[i + 1..]) => {
                out.extend(quote!(200u16..=299u16));
            }
            // `.header(ACCEPT, HeaderValue::from_static("application/json"))` → the API's type.
            TokenTree::Group(g)
                if accept.is_some()
                    && g.stream().into_iter().any(|t| matches!(&t, TokenTree::Ident(a) if a == "ACCEPT"))
                    && g.stream().to_string().contains("\"application/json\"") =>
            {
                let media = accept.unwrap_or_default();
                let text = g.stream().to_string().replace("\"application/json\"", &format!("{media:?}"));
                let stream: TokenStream = text.parse().map_err(|_| ()).unwrap_or_else(|()| g.stream());
                out.extend([TokenTree::Group(Group::new(g.delimiter(), stream))]);
            }
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), rewrite_tokens(g.stream(), rewrite));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    out
}
