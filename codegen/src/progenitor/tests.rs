//! The boundary's changes to progenitor's and typify's output, each shown on a minimal spec:
//! what progenitor printed (before) and what the change made of it (after). An upgrade that
//! changes what they print fails here first, naming the change that no longer applies.

use quote::quote;

use super::*;
use crate::model::Prepared;

/// One of each construct the boundary changes: a path parameter, a delimited query parameter, a
/// JSON body with a required and a secret field, a partial update with a nullable field, a string
/// enum, a discriminated and an untagged union, a required nullable field, a float.
const SPEC: &str = r##"
openapi: 3.0.3
info: {title: Boundary, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /things/{id}:
    get:
      operationId: things.get
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: tags, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
        - {name: token, in: query, schema: {type: string, format: password}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
        "404": {description: missing, content: {application/json: {schema: {$ref: "#/components/schemas/Missing"}}}}
    patch:
      operationId: things.update
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/ThingPatch"}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
  /things:
    post:
      operationId: things.create
      requestBody:
        required: true
        content: {application/vnd.api+json: {schema: {$ref: "#/components/schemas/ThingCreate"}}}
      responses:
        "201": {description: created, content: {application/vnd.api+json: {schema: {$ref: "#/components/schemas/Thing"}}}}
components:
  schemas:
    Thing:
      type: object
      required: [id, status, note, price, shape]
      properties:
        id: {type: string}
        status: {$ref: "#/components/schemas/Status"}
        note: {type: string, nullable: true}
        price: {type: number}
        shape: {$ref: "#/components/schemas/Shape"}
        size: {$ref: "#/components/schemas/Size"}
    Status: {type: string, enum: [open, closed]}
    Missing: {type: object, required: [detail], properties: {detail: {type: string}}}
    ThingPatch:
      type: object
      properties:
        note: {type: string, nullable: true}
    ThingCreate:
      type: object
      required: [name]
      properties:
        name: {type: string}
        secret: {type: string, format: password}
    Shape:
      oneOf: [{$ref: "#/components/schemas/Circle"}, {$ref: "#/components/schemas/Square"}]
      discriminator: {propertyName: kind, mapping: {circle: "#/components/schemas/Circle", square: "#/components/schemas/Square"}}
    Circle: {type: object, required: [kind, radius], properties: {kind: {type: string}, radius: {type: integer}}}
    Square: {type: object, required: [kind, side], properties: {kind: {type: string}, side: {type: integer}}}
    Size:
      oneOf: [{type: integer}, {type: string}]
"##;

/// The model of [`SPEC`] and what progenitor generated from it, parsed.
fn generated() -> (Prepared, syn::File) {
    let spec = crate::spec::Spec::parse("boundary.yaml", SPEC.as_bytes()).expect("the spec loads");
    let prepared = crate::model::build(&spec, crate::check::check(&spec)).expect("the spec is valid");
    let tokens = generate(&prepared, "boundary.yaml").expect("progenitor generates");
    let file = parse(tokens, "boundary.yaml").expect("the tokens parse");
    (prepared, file)
}

/// `items` of the module at `path` (`["types", "builder"]`), printed, without whitespace.
fn printed(file: &syn::File, path: &[&str]) -> String {
    let mut items = file.items.as_slice();
    for name in path {
        items = syntax::module(items, name).unwrap_or_else(|| panic!("no module `{name}`"));
    }
    squeezed(&prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items: items.to_vec() }))
}

/// The top-level items of `file` other than the modules, printed, without whitespace.
fn top_level(file: &syn::File) -> String {
    let items = file.items.iter().filter(|i| !matches!(i, syn::Item::Mod(_))).cloned().collect();
    squeezed(&prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items }))
}

fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

/// `(before, after)` of `change` on the module at `path`.
fn around(file: &mut syn::File, path: &[&str], change: impl FnOnce(&mut syn::File)) -> (String, String) {
    let before = printed(file, path);
    change(file);
    (before, printed(file, path))
}

/// Mutable `items` of the module at `path`.
fn module_mut<'a>(file: &'a mut syn::File, path: &[&str]) -> &'a mut Vec<syn::Item> {
    let mut items = &mut file.items;
    for name in path {
        items = items
            .iter_mut()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == *name => m.content.as_mut().map(|(_, items)| items),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no module `{name}`"));
    }
    items
}

#[test]
fn a_panic_becomes_a_message_and_later_panics_still_propagate() {
    let err = quietly(|| -> u8 { panic!("boom {}", 7) }).unwrap_err();
    assert!(err.starts_with("boom 7 ("), "{err}");
    assert_eq!(quietly(|| 5).unwrap(), 5);
    assert!(std::panic::catch_unwind(|| panic!("outside")).is_err());
}

#[test]
fn settings_for_leaves_the_replaced_types_to_the_emit_stage() {
    let (prepared, file) = generated();
    let types = printed(&file, &["types"]);
    // typify refers to them as `types::Status` and `types::Shape`, and generates neither.
    assert!(types.contains("pubstatus:types::Status") && types.contains("pubshape:types::Shape"), "{types}");
    assert!(!types.contains("pubenumStatus") && !types.contains("pubenumShape"), "{types}");
    // The untagged union is typify's own.
    assert!(types.contains("pubenumSize"), "{types}");
    assert_eq!(prepared.enums.iter().map(|e| e.rust_name.as_str()).collect::<Vec<_>>(), ["Status"]);
}

#[test]
fn without_unused_builders_keeps_the_builders_of_request_types_only() {
    let (prepared, _) = generated();
    let all = generate_with(&prepared.doc, &settings_for(&prepared), "boundary.yaml").unwrap().to_string();
    let kept = without_unused_builders(all.parse().unwrap(), &prepared).to_string();
    // A struct and, in `types::builder`, its builder of the same name.
    let structs = |text: &str, name: &str| text.matches(&format!("pub struct {name} {{")).count();
    assert_eq!((structs(&all, "Thing"), structs(&all, "ThingCreate")), (2, 2), "typify wrote a builder for every struct");
    assert_eq!(structs(&kept, "Thing"), 1, "a response keeps no builder");
    assert_eq!((structs(&kept, "ThingCreate"), structs(&kept, "ThingPatch")), (2, 2), "a request body keeps its builder");
}

#[test]
fn replace_all_puts_each_emitted_type_where_typify_would_have() {
    let (_, mut file) = generated();
    let replacement = quote!(
        pub enum Status {
            Ours,
        }
    );
    let (before, after) = around(&mut file, &["types"], |file| {
        types::replace_all(module_mut(file, &["types"]), [("Status".to_owned(), replacement)].into()).unwrap();
    });
    assert!(!before.contains("pubenumStatus"));
    // Sorted by name among typify's types: after `Square`, before `Thing`.
    let (square, ours, thing) =
        (after.find("pubstructSquare").unwrap(), after.find("pubenumStatus{Ours,}").unwrap(), after.find("pubstructThing{").unwrap());
    assert!(square < ours && ours < thing, "{after}");
    // A replacement of a type typify did generate removes typify's with its impls.
    let again = quote!(
        pub enum Size {
            Ours,
        }
    );
    types::replace_all(module_mut(&mut file, &["types"]), [("Size".to_owned(), again)].into()).unwrap();
    let after = printed(&file, &["types"]);
    assert!(after.contains("pubenumSize{Ours,}") && !after.contains("for Size") && !after.contains("forSize"), "{after}");
}

#[test]
fn absent_nullable_is_none_drops_typifys_strict_option_deserializer() {
    let (_, mut file) = generated();
    let (before, after) = around(&mut file, &["types"], |file| types::absent_nullable_is_none(module_mut(file, &["types"])).unwrap());
    assert!(
        before.contains(
            r#"#[serde(deserialize_with="::std::option::Option::deserialize")]pubnote:::std::option::Option<::std::string::String>"#
        ),
        "{before}"
    );
    assert!(!after.contains("deserialize_with=\"::std::option::Option::deserialize\""), "{after}");
    assert!(after.contains("pubnote:::std::option::Option<::std::string::String>"), "{after}");
}

#[test]
fn explain_untagged_replaces_serdes_bare_message_with_each_variants_reason() {
    let (_, mut file) = generated();
    let (before, after) = around(&mut file, &["types"], |file| types::explain_untagged(module_mut(file, &["types"])).unwrap());
    assert!(before.contains("#[serde(untagged)]pubenumSize{Integer(i64),String(::std::string::String),}"), "{before}");
    assert!(before.contains("Deserialize") && !before.contains("impl<'de>::serde::Deserialize<'de>forSize"), "{before}");
    assert!(after.contains("impl<'de>::serde::Deserialize<'de>forSize"), "{after}");
    assert!(after.contains("novariantof`Size`matches"), "{after}");
    // One value converts into its variant.
    assert!(after.contains("impl::std::convert::From<i64>forSize"), "{after}");
}

#[test]
fn non_exhaustive_marks_every_enum() {
    let (_, mut file) = generated();
    let (before, after) = around(&mut file, &["types"], |file| types::non_exhaustive(module_mut(file, &["types"])));
    assert!(!before.contains("#[non_exhaustive]"));
    assert!(after.contains("#[non_exhaustive]pubenumSize"), "{after}");
}

#[test]
fn tri_state_makes_a_partial_update_field_absent_null_or_a_value() {
    let (prepared, mut file) = generated();
    assert_eq!(prepared.keep_null, [("ThingPatch".to_owned(), vec!["note".to_owned()])]);
    let (before, after) = around(&mut file, &["types"], |file| {
        let types = module_mut(file, &["types"]);
        for item in types.iter_mut() {
            if let syn::Item::Struct(s) = item
                && s.ident == "ThingPatch"
            {
                assert_eq!(types::tri_state(s, &["note".to_owned()]).unwrap(), ["note"]);
            }
        }
    });
    assert!(before.contains("pubstructThingPatch{#[serde(skip_serializing_if=\"::std::option::Option::is_none\")]pubnote:::std::option::Option<::std::string::String>,}"), "{before}");
    assert!(
        after.contains(
            "deserialize_with=\"deserialize_present\")]pubnote:::std::option::Option<::std::option::Option<::std::string::String>>"
        ),
        "{after}"
    );
}

#[test]
fn tri_state_builder_wraps_the_builders_field_and_setter() {
    let (_, mut file) = generated();
    let (before, after) = around(&mut file, &["types", "builder"], |file| {
        for item in module_mut(file, &["types", "builder"]).iter_mut() {
            let is_patch = match &*item {
                syn::Item::Struct(s) => s.ident == "ThingPatch",
                syn::Item::Impl(i) => {
                    i.trait_.is_none() && matches!(i.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident("ThingPatch"))
                }
                _ => false,
            };
            if is_patch {
                types::tri_state_builder(item, "ThingPatch", &["note".to_owned()]).unwrap();
            }
        }
    });
    assert!(before.contains("note:::std::result::Result<::std::option::Option<::std::string::String>,::std::string::String,>"), "{before}");
    assert!(before.contains("T:::std::convert::TryInto<::std::option::Option<::std::string::String>>,"), "{before}");
    assert!(
        after.contains(
            "note:::std::result::Result<::std::option::Option<::std::option::Option<::std::string::String>>,::std::string::String,>"
        ),
        "{after}"
    );
    assert!(after.contains("T:::std::convert::TryInto<::std::option::Option<::std::option::Option<::std::string::String>>,>"), "{after}");
}

#[test]
fn redact_debug_prints_secret_fields_as_redacted() {
    let (_, mut file) = generated();
    let (before, after) = around(&mut file, &["types"], |file| {
        types::redact_debug(module_mut(file, &["types"]), "ThingCreate", &["secret".to_owned()]).unwrap()
    });
    assert!(before.contains("#[derive(::serde::Deserialize,::serde::Serialize,Clone,Debug,PartialEq)]pubstructThingCreate"), "{before}");
    assert!(after.contains("#[derive(::serde::Deserialize,::serde::Serialize,Clone,PartialEq)]pubstructThingCreate"), "{after}");
    assert!(after.contains(r#".field("secret",&"<redacted>")"#) && after.contains(r#".field("name",&self.name)"#), "{after}");
}

#[test]
fn derive_eq_adds_eq_except_where_a_float_is_reached() {
    let (_, mut file) = generated();
    let (_, after) = around(&mut file, &["types"], |file| types::derive_eq(module_mut(file, &["types"])));
    assert!(after.contains("PartialEq,Eq)]pubstructMissing"), "{after}");
    // `Thing` holds an `f64`.
    assert!(after.contains("PartialEq)]pubstructThing{"), "{after}");
}

#[test]
fn private_constructors_and_public_surface_leave_one_way_to_build_a_client() {
    let (_, mut file) = generated();
    let before = top_level(&file);
    client::private_constructors(&mut file.items).unwrap();
    client::public_surface(&mut file.items).unwrap();
    let after = top_level(&file);
    assert!(before.contains("pubfnnew(baseurl:&str") && before.contains("pubfnnew_with_client("), "{before}");
    assert!(!after.contains("pubfnnew(baseurl:&str") && after.contains("pub(crate)fnnew_with_client("), "{after}");
    assert!(before.contains("pubuseprogenitor_client::{"), "{before}");
    assert!(after.contains("pubuseprogenitor_client::{ByteStream,ResponseValue};"), "{after}");
    assert!(after.contains("pub(crate)useprogenitor_client::{ClientInfo,Error};"), "{after}");
    assert!(file.items.iter().all(|i| !matches!(i, syn::Item::Mod(m) if m.ident == "prelude")));
}

#[test]
fn rename_send_keeps_progenitors_send_as_send_raw_with_the_wire_rules() {
    let (prepared, mut file) = generated();
    let surface = surface::read(&file, &prepared).unwrap();
    let get = surface.ops.iter().find(|op| op.method == "things_get").unwrap();
    let create = surface.ops.iter().find(|op| op.method == "things_create").unwrap();
    let before = printed(&file, &["builder"]);
    let builders = module_mut(&mut file, &["builder"]);
    client::rename_send(builders, get).unwrap();
    client::rename_send(builders, create).unwrap();
    let after = printed(&file, &["builder"]);
    // Path segments: progenitor's `encode_path` → the runtime's, which refuses `..`.
    assert!(before.contains("encode_path(&id.to_string())"), "{before}");
    assert!(after.contains("::checkout_runtime::__private::encode_segment(&id.to_string())?"), "{after}");
    // The lone success arm takes any 2xx.
    assert!(before.contains("200u16=>ResponseValue::from_response(response).await"), "{before}");
    assert!(after.contains("200u16..=299u16=>ResponseValue::from_response(response).await"), "{after}");
    // `explode: false`: one joined value.
    assert!(before.contains(r#"QueryParam::new("tags",&tags)"#), "{before}");
    assert!(after.contains(r#"QueryParam::new("tags",&::checkout_runtime::__private::Delimited(&tags,','),)"#), "{after}");
    // The call's options reach the retry loop.
    assert!(before.contains("client.exec(request,&info)") && after.contains("client.exec_with(request,&info,&options)"), "{after}");
    assert!(
        after.contains(
            "letSelf{client,id,tags,token,options,invalid:_}=self;::checkout_runtime::__private::check_options(&options,super::CREDENTIAL_HEADERS)"
        ),
        "{after}"
    );
    assert!(after.contains("pub(crate)fnnew(client:&'asuper::Client)"), "{after}");
    assert!(after.contains("asyncfnsend_raw(self)"), "{after}");
    // A JSON body of another JSON type is labelled with it, and `Accept` asks for it.
    assert!(after.contains(r#".header(::reqwest::header::CONTENT_TYPE,::reqwest::header::HeaderValue::from_static("application/vnd.api+json"),).json(&body)"#), "{after}");
    assert!(before.contains(r#"HeaderValue::from_static("application/json")"#), "{before}");
    assert!(after.contains(r#"::reqwest::header::HeaderValue::from_static("application/vnd.api+json")"#), "{after}");
}

#[test]
fn replace_examples_swaps_progenitors_ignore_block() {
    let (_, mut file) = generated();
    let before = top_level(&file);
    assert!(before.contains("```ignore"), "{before}");
    let examples = [("things_get".to_owned(), "```rust\nours\n```".to_owned())].into();
    client::replace_examples(&mut file, &examples);
    let after = top_level(&file);
    assert!(after.contains("Sendsa`GET`requestto`/things/{id}````rustours```*/pubfnthings_get"), "{after}");
    // The other operations keep progenitor's until the emit stage writes theirs.
    assert_eq!(after.matches("```ignore").count() + 1, before.matches("```ignore").count());
}

#[test]
fn the_surface_pairs_builder_fields_with_the_models_parameters() {
    let (prepared, mut file) = generated();
    types::patch(&mut file, &prepared, crate::emit::types::replacements(&prepared), crate::emit::types::deserialize_present_tokens())
        .unwrap();
    let surface = surface::read(&file, &prepared).unwrap();
    let get = surface.ops.iter().find(|op| op.method == "things_get").unwrap();
    let params: Vec<(String, &str, Place, bool)> =
        get.params.iter().map(|p| (p.ident.to_string(), p.wire.as_str(), p.place.clone(), p.required)).collect();
    assert_eq!(
        params,
        [
            ("id".to_owned(), "id", Place::Path, true),
            ("tags".to_owned(), "tags", Place::Query, false),
            ("token".to_owned(), "token", Place::Query, false)
        ]
    );
    assert_eq!(get.ok_kind, OkKind::Model("Thing".into()));
    assert_eq!(get.client, "client");
    let create = surface.ops.iter().find(|op| op.method == "things_create").unwrap();
    assert_eq!(create.params[0].place, Place::Body { name: "ThingCreate".into(), builder: true });
    let fields: Vec<(String, String)> = surface.structs["Thing"].iter().map(|f| (f.ident.to_string(), f.wire.clone())).collect();
    assert!(fields.contains(&("id".into(), "id".into())) && fields.contains(&("shape".into(), "shape".into())), "{fields:?}");
    assert!(surface.builders.contains_key("ThingCreate") && !surface.builders.contains_key("Thing"));
    assert!(surface.enums.contains("Status") && surface.enums.contains("Shape"));
    assert!(
        surface.from_impls.contains(&("Shape".to_owned(), TypeName::Named("Circle".into()))),
        "the emitted union converts from its members"
    );
}

#[test]
fn a_builder_field_no_parameter_explains_is_an_error_not_a_skip() {
    let (mut prepared, file) = generated();
    let get = prepared.operations.iter_mut().find(|o| o.operation_id == "things.get").unwrap();
    get.parameters.retain(|p| p.name != "tags");
    let error = surface::read(&file, &prepared).err().unwrap();
    assert!(error.contains("the field `tags` is no parameter of `things.get`"), "{error}");
}

#[test]
fn document_setters_gives_progenitors_bare_setters_a_doc() {
    let (prepared, mut file) = generated();
    let surface = surface::read(&file, &prepared).unwrap();
    let get = surface.ops.iter().find(|op| op.method == "things_get").unwrap();
    let (before, after) = around(&mut file, &["builder"], |file| client::document_setters(module_mut(file, &["builder"]), get));
    assert!(before.contains("}pubfntags<V>(mutself,value:V)"), "{before}");
    assert!(after.contains("}///The`tags`queryparameter.pubfntags<V>(mutself,value:V)"), "{after}");
    assert!(after.contains("///The`id`pathparameter.pubfnid<V>"), "{after}");
}

#[test]
fn count_setters_take_any_integer_and_refuse_zero() {
    // `minimum: 1` makes typify's `NonZeroU64`.
    let spec = SPEC.replace(
        "- {name: token, in: query, schema: {type: string, format: password}}",
        "- {name: limit, in: query, schema: {type: integer, format: int64, minimum: 1}}",
    );
    let spec = crate::spec::Spec::parse("counts.yaml", spec.as_bytes()).unwrap();
    let prepared = crate::model::build(&spec, crate::check::check(&spec)).unwrap();
    let mut file = parse(generate(&prepared, "counts.yaml").unwrap(), "counts.yaml").unwrap();
    let surface = surface::read(&file, &prepared).unwrap();
    let get = surface.ops.iter().find(|op| op.method == "things_get").unwrap();
    let (before, after) = around(&mut file, &["builder"], |file| client::count_setters(module_mut(file, &["builder"]), get));
    assert!(before.contains("pubfnlimit<V>(mutself,value:V)->SelfwhereV:std::convert::TryInto<::std::num::NonZeroU64>,"), "{before}");
    assert!(after.contains("pubfnlimit<V>(mutself,value:V)->SelfwhereV:::std::convert::TryInto<u64>,"), "{after}");
    assert!(after.contains("None=>{self.invalid.get_or_insert(::checkout_runtime::bounds::Invalid{field:\"limit\".to_owned(),bound:::checkout_runtime::bounds::Bound::Minimum(1.0),});}"), "{after}");
}
