//! What progenitor and typify generated, read once into typed data: for every operation its
//! client method, builder, success type, client field and parameters (each paired with the
//! model's parameter of the same name); for every struct of `types` its fields with their Rust
//! and wire names; the types typify wrote a builder for; the `From` conversions between types.
//! The emit stage reads this and the model, never progenitor's items.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use heck::ToSnakeCase;
use quote::{ToTokens, format_ident};
use syn::Item;

use super::syntax::{builder_name, client_methods, from_impls, module, serde_rename, under};
use crate::model::{OperationInfo, ParameterLocation, Prepared};

/// What the emit stage needs to know of progenitor's output.
pub struct Surface<'a> {
    /// Every operation, in the model's order.
    pub ops: Vec<Op<'a>>,
    /// The structs of `types` with named fields, by Rust name.
    pub structs: BTreeMap<String, Vec<Field>>,
    /// The enums of `types`, by Rust name (typify's and the replaced ones).
    pub enums: BTreeSet<String>,
    /// typify's untagged enums (a `oneOf` without a discriminator) whose every variant holds one
    /// value: the variants, with the type each holds.
    pub untagged: BTreeMap<String, Vec<(syn::Ident, syn::Type)>>,
    /// The newtypes of `types` (`struct X(T)`, typify's bounded strings and maps), by Rust name,
    /// with the type they wrap.
    pub newtypes: BTreeMap<String, syn::Type>,
    /// The structs typify wrote a builder for (`types::builder::X`): the builder's fields, each
    /// with the type its setter stores (as named from inside `types::builder`).
    pub builders: BTreeMap<String, Vec<Field>>,
    /// `(type, from)` for every `impl From<from> for type` in `types`, `type` by its last segment.
    pub from_impls: HashSet<(String, TypeName)>,
    /// The same for every `impl TryFrom<from> for type`.
    pub try_from_impls: HashSet<(String, TypeName)>,
}

/// One field of a struct in `types`.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust field name (`r#type` for `type`).
    pub ident: syn::Ident,
    /// Its type as generated.
    pub ty: syn::Type,
    /// Its name on the wire.
    pub wire: String,
}

/// A type's name where it is one identifier (`Price`), or the type otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeName {
    /// One identifier.
    Named(String),
    /// Any other type (a path into another crate, a generic type), kept whole.
    Other(syn::Type),
}

/// One operation as generated: its client method, builder type, success type and spec facts.
pub struct Op<'a> {
    /// The client method, `checkouts_get`.
    pub method: syn::Ident,
    /// The builder type, `CheckoutsGet`.
    pub builder: syn::Ident,
    /// The success type `send` returns (inside `ResponseValue`).
    pub ok: syn::Type,
    /// What the success type is, for the code that decodes or fakes it.
    pub ok_kind: OkKind,
    /// The builder's field holding the client (`client`, or `_client` when a parameter is
    /// called `client`).
    pub client: syn::Ident,
    /// The builder's parameters (path, query, header, body), in the builder's order.
    pub params: Vec<Param>,
    /// What the model says of the operation.
    pub info: &'a OperationInfo,
}

/// What an operation's success type is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OkKind {
    /// A model of `types`, by name.
    Model(String),
    /// No body (`()`).
    Unit,
    /// A byte stream.
    Bytes,
    /// A websocket upgrade.
    Upgraded,
    /// Any other type (a `Vec`, a map, a primitive).
    Other,
}

/// One parameter of an operation's builder.
#[derive(Debug, Clone)]
pub struct Param {
    /// The builder's field and setter name.
    pub ident: syn::Ident,
    /// The name on the wire (empty for the body).
    pub wire: String,
    /// Its type, without the `Option` of an optional parameter; for a body, the type the
    /// request holds (`types::X`, not typify's builder).
    pub ty: syn::Type,
    /// Whether the request needs it.
    pub required: bool,
    /// Where it goes.
    pub place: Place,
}

/// Where a parameter goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A path segment.
    Path,
    /// The query string.
    Query,
    /// A header.
    Header,
    /// A JSON body of the model `name`; `builder` when typify wrote one for it (`body_map`).
    Body {
        /// The model's Rust name.
        name: String,
        /// Whether the operation builder holds typify's builder of it.
        builder: bool,
    },
    /// A body sent as bytes (`application/octet-stream` and the like).
    RawBody {
        /// Whether progenitor takes it as a `reqwest::Body` (anything that converts into one).
        stream: bool,
    },
}

/// Reads `file` (progenitor's output, its types already changed by [`super::types::patch`]) for
/// every operation of `prepared`. An operation progenitor generated no method for, or a builder
/// parameter the model does not know, is an error, not a silent skip.
pub fn read<'a>(file: &syn::File, prepared: &'a Prepared) -> Result<Surface<'a>, String> {
    let items = &file.items;
    let types = module(items, "types").unwrap_or(&[]);
    let type_builders = module(types, "builder").unwrap_or(&[]);
    let builders = module(items, "builder").unwrap_or(&[]);
    let methods = client_methods(items);
    let mut ops = Vec::new();
    for info in &prepared.operations {
        let name = crate::naming::method_name(&info.operation_id);
        let sig = methods
            .iter()
            .find(|sig| sig.ident == name)
            .ok_or_else(|| format!("progenitor generated no method `{name}` for operation `{}`", info.operation_id))?;
        let builder = builder_name(sig).ok_or_else(|| format!("`{}` returns no builder", sig.ident))?;
        let ok = send_ok_type(builders, &builder)
            .ok_or_else(|| format!("`builder::{builder}` has no `send` returning `Result<ResponseValue<T>, _>`"))?;
        let fields = builders
            .iter()
            .find_map(|item| match item {
                Item::Struct(s) if s.ident == builder => Some(&s.fields),
                _ => None,
            })
            .ok_or_else(|| format!("progenitor generated no struct `builder::{builder}`"))?;
        // progenitor names the builder's client `_client` when a parameter is called `client`.
        let client = fields
            .iter()
            .find(|f| matches!(f.ty, syn::Type::Reference(_)))
            .and_then(|f| f.ident.clone())
            .ok_or_else(|| format!("`builder::{builder}` has no client field"))?;
        let params = params(fields, info).map_err(|e| format!("`builder::{builder}`: {e}"))?;
        ops.push(Op { method: sig.ident.clone(), builder: format_ident!("{}", builder), ok_kind: ok_kind(&ok), ok, client, params, info });
    }
    let mut structs = BTreeMap::new();
    let mut enums = BTreeSet::new();
    let mut newtypes = BTreeMap::new();
    let mut untagged_enums = BTreeMap::new();
    for item in types {
        match item {
            Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_)) => {
                let fields = s
                    .fields
                    .iter()
                    .filter_map(|f| {
                        let ident = f.ident.clone()?;
                        let wire = serde_rename(&f.attrs).unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_owned());
                        Some(Field { ident, ty: f.ty.clone(), wire })
                    })
                    .collect();
                structs.insert(s.ident.to_string(), fields);
            }
            Item::Struct(s) => {
                structs.insert(s.ident.to_string(), Vec::new());
                if let syn::Fields::Unnamed(fields) = &s.fields
                    && let [field] = fields.unnamed.iter().collect::<Vec<_>>().as_slice()
                {
                    newtypes.insert(s.ident.to_string(), field.ty.clone());
                }
            }
            Item::Enum(e) => {
                enums.insert(e.ident.to_string());
                let untagged =
                    e.attrs.iter().any(|a| a.path().is_ident("serde") && a.meta.to_token_stream().to_string().contains("untagged"));
                let held: Option<Vec<(syn::Ident, syn::Type)>> = e
                    .variants
                    .iter()
                    .map(|v| match &v.fields {
                        syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => Some((v.ident.clone(), f.unnamed[0].ty.clone())),
                        _ => None,
                    })
                    .collect();
                if let (true, Some(held)) = (untagged, held) {
                    untagged_enums.insert(e.ident.to_string(), held);
                }
            }
            _ => {}
        }
    }
    let mut builders = BTreeMap::new();
    for item in type_builders {
        let Item::Struct(s) = item else { continue };
        let name = s.ident.to_string();
        let wire = |ident: &syn::Ident| {
            let field = structs.get(&name).and_then(|fields: &Vec<Field>| fields.iter().find(|f| f.ident == *ident));
            field.map_or_else(|| ident.to_string().trim_start_matches("r#").to_owned(), |f| f.wire.clone())
        };
        let mut fields = Vec::new();
        for field in &s.fields {
            let (Some(ident), Some(ty)) = (field.ident.clone(), under(&field.ty, "Result").cloned()) else {
                return Err(format!("the builder field `{}.{:?}` is not a `Result<T, String>`", s.ident, field.ident));
            };
            fields.push(Field { wire: wire(&ident), ident, ty });
        }
        builders.insert(name, fields);
    }
    let from_impls = from_impls(types).into_iter().map(|(target, from)| (target, type_name(from))).collect();
    let try_from_impls = super::syntax::conversions(types, "TryFrom").into_iter().map(|(target, from)| (target, type_name(from))).collect();
    Ok(Surface { ops, structs, enums, untagged: untagged_enums, newtypes, builders, from_impls, try_from_impls })
}

/// The name of `ty` when it is one identifier (`Price`), else the type itself.
pub fn type_name(ty: &syn::Type) -> TypeName {
    match ty {
        syn::Type::Path(p)
            if p.qself.is_none()
                && p.path.leading_colon.is_none()
                && p.path.segments.len() == 1
                && p.path.segments[0].arguments.is_empty() =>
        {
            TypeName::Named(p.path.segments[0].ident.to_string())
        }
        other => TypeName::Other(other.clone()),
    }
}

/// `T` of `Wrapper<T>` (`Option<T>`, `Vec<T>`), when `ty`'s last segment is `wrapper`.
pub fn wrapped<'a>(ty: &'a syn::Type, wrapper: &str) -> Option<&'a syn::Type> {
    under(ty, wrapper)
}

/// The last identifier of a path type (`Kind` of `types::Kind`).
pub fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// A count type (typify's `NonZeroU64` for `minimum: 1`, any unsigned `NonZero*`) and the
/// integer it wraps: `(NonZeroU64, u64)`.
pub fn nonzero(ty: &syn::Type) -> Option<(syn::Ident, syn::Ident)> {
    let name = last_ident(ty)?;
    let primitive = name.strip_prefix("NonZero").filter(|p| p.starts_with('U'))?.to_ascii_lowercase();
    Some((format_ident!("{}", name), format_ident!("{}", primitive)))
}

fn ok_kind(ok: &syn::Type) -> OkKind {
    let text = ok.to_token_stream().to_string().replace(' ', "");
    if text == "()" {
        OkKind::Unit
    } else if text.contains("ByteStream") {
        OkKind::Bytes
    } else if text.contains("Upgraded") {
        OkKind::Upgraded
    } else if let Some(name) = text.strip_prefix("types::").filter(|n| n.chars().all(|c| c.is_alphanumeric() || c == '_')) {
        OkKind::Model(name.to_owned())
    } else {
        OkKind::Other
    }
}

/// The builder's parameter fields (every `Result<T, String>` field), each paired with the
/// model's parameter whose name progenitor turned into the field's (snake case, a keyword
/// suffixed with `_`).
fn params(fields: &syn::Fields, info: &OperationInfo) -> Result<Vec<Param>, String> {
    let mut params = Vec::new();
    for field in fields.iter() {
        let Some(ident) = field.ident.clone() else { continue };
        let name = ident.to_string();
        let Some(ty) = under(&field.ty, "Result").cloned() else { continue };
        let (ty, required) = match under(&ty, "Option") {
            Some(inner) => (inner.clone(), false),
            None => (ty, true),
        };
        if name == "body" {
            let text = ty.to_token_stream().to_string().replace(' ', "");
            let (place, ty) = match text
                .strip_prefix("types::builder::")
                .map(|n| (n, true))
                .or_else(|| text.strip_prefix("types::").map(|n| (n, false)))
            {
                Some((model, builder)) => {
                    let ident = format_ident!("{}", model);
                    (Place::Body { name: model.to_owned(), builder }, syn::parse_quote!(types::#ident))
                }
                None => (Place::RawBody { stream: text.ends_with("reqwest::Body") }, syn::parse_quote!(::checkout_runtime::bytes::Bytes)),
            };
            params.push(Param { ident, wire: String::new(), ty, required, place });
            continue;
        }
        let plain = name.trim_start_matches("r#").trim_end_matches('_');
        let parameter = info
            .parameters
            .iter()
            .find(|p| p.name.to_snake_case() == plain)
            .ok_or_else(|| format!("the field `{name}` is no parameter of `{}`", info.operation_id))?;
        let place = match parameter.location {
            ParameterLocation::Path => Place::Path,
            ParameterLocation::Query => Place::Query,
            ParameterLocation::Header => Place::Header,
        };
        params.push(Param { ident, wire: parameter.name.clone(), ty, required, place });
    }
    Ok(params)
}

/// `T` of `send(self) -> Result<ResponseValue<T>, Error<()>>` in `impl Builder`.
fn send_ok_type(builders: &[Item], builder: &str) -> Option<syn::Type> {
    builders.iter().find_map(|item| {
        let Item::Impl(block) = item else { return None };
        if !super::syntax::is_type(&block.self_ty, builder) {
            return None;
        }
        block.items.iter().find_map(|item| {
            let syn::ImplItem::Fn(f) = item else { return None };
            if f.sig.ident != "send" {
                return None;
            }
            let syn::ReturnType::Type(_, ty) = &f.sig.output else { return None };
            first_generic(first_generic(ty)?).cloned()
        })
    })
}

fn first_generic(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let syn::PathArguments::AngleBracketed(args) = &p.path.segments.last()?.arguments else { return None };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}
