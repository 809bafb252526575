//! `<op>_pages` and `<op>_items` for the operations with `x-pagination`.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::error_enum;
use crate::model::PaginationStyle;
use crate::naming::rust_name;
use crate::progenitor::Op;

/// `pagination.max_page` → `p.pagination.max_page` (each segment as typify names fields).
fn field_path(path: &str) -> TokenStream {
    let segments = path.split('.').map(|s| {
        let name = s.to_snake_case();
        let name = if syn::parse_str::<syn::Ident>(&name).is_ok() { name } else { format!("{name}_") };
        format_ident!("{}", name)
    });
    quote!(#( . #segments )*)
}

/// The paging methods of every paginated operation.
pub(crate) fn pagination(ops: &[Op]) -> TokenStream {
    let methods = ops.iter().filter_map(|op| {
        let p = op.info.pagination.as_ref()?;
        let (method, builder, error) = (&op.method, &op.builder, error_enum(op));
        let pages = format_ident!("{}_pages", method);
        let items_fn = format_ident!("{}_items", method);
        let page_ty = format_ident!("{}", rust_name(&p.page_schema));
        let item_ty = format_ident!("{}", rust_name(&p.item_schema));
        let param = format_ident!("{}", p.param.to_snake_case());
        let items = field_path(&p.items);
        let next = field_path(&p.next);
        let operation = &op.info.operation_id;
        let driver = if p.style == PaginationStyle::Page {
            quote! {
                ::checkout_runtime::__private::pages_by_number(
                    1,
                    move |page: u64| {
                        let (client, configure) = (client.clone(), configure.clone());
                        async move { configure(client.#method()).#param(page).send().await }
                    },
                    |page: &types::#page_ty| page #items .is_empty(),
                    // Any integer type the spec gives the last page; one below zero means none.
                    |page: &types::#page_ty| ::std::convert::TryFrom::try_from(page #next).unwrap_or(0u64),
                    |page: &types::#page_ty| ::checkout_runtime::__private::fingerprint(&page #items),
                    self.inner.pages,
                    |source| ::checkout_runtime::Error::Pagination { operation: #operation, source },
                )
            }
        } else {
            // "More pages" without a cursor is an error, not a silently short list.
            let more = match &p.has_more {
                Some(flag) => {
                    let flag = field_path(flag);
                    quote! {
                        match (page #flag, page #next .clone()) {
                            (true, None) => Err(::checkout_runtime::paginate::PaginationError::MissingCursor),
                            (true, cursor) => Ok(cursor),
                            (false, _) => Ok(None),
                        }
                    }
                }
                None => quote!(Ok(page #next .clone())),
            };
            quote! {
                ::checkout_runtime::__private::pages_by_cursor(
                    None,
                    move |cursor: ::std::option::Option<::std::string::String>| {
                        let (client, configure) = (client.clone(), configure.clone());
                        async move {
                            let request = configure(client.#method());
                            let request = match cursor {
                                Some(cursor) => request.#param(cursor),
                                None => request,
                            };
                            request.send().await
                        }
                    },
                    |page: &types::#page_ty| #more,
                    |page: &types::#page_ty| ::checkout_runtime::__private::fingerprint(&page #items),
                    self.inner.pages,
                    |source| ::checkout_runtime::Error::Pagination { operation: #operation, source },
                )
            }
        };
        let pages_doc = format!(
            " Every page of `{operation}`, in order. `configure` sets the other parameters; the `{}` parameter is set for you. The stream owns a clone of the client (cheap: the connection pool is shared), so it can move into a spawned task.",
            p.param
        );
        let items_doc = format!(" Every item of every page of `{operation}` (see [`Client::{pages}`]).");
        Some(quote! {
            #[doc = #pages_doc]
            pub fn #pages<F>(&self, configure: F) -> impl ::checkout_runtime::futures::Stream<Item = ::std::result::Result<types::#page_ty, ::checkout_runtime::Error<errors::#error>>> + 'static
            where
                F: for<'b> Fn(builder::#builder<'b>) -> builder::#builder<'b> + 'static,
            {
                let client = self.clone();
                let configure = ::std::sync::Arc::new(configure);
                #driver
            }
            #[doc = #items_doc]
            pub fn #items_fn<F>(&self, configure: F) -> impl ::checkout_runtime::futures::Stream<Item = ::std::result::Result<types::#item_ty, ::checkout_runtime::Error<errors::#error>>> + 'static
            where
                F: for<'b> Fn(builder::#builder<'b>) -> builder::#builder<'b> + 'static,
            {
                use ::checkout_runtime::futures::TryStreamExt;
                self.#pages(configure).map_ok(|page| ::checkout_runtime::futures::stream::iter(page #items .into_iter().map(Ok))).try_flatten()
            }
        })
    });
    quote! {
        impl Client {
            #( #methods )*
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};
    use crate::progenitor::surface;

    #[test]
    fn a_cursor_list_pages_by_its_next_cursor() {
        let (prepared, file, _) = load();
        let surface = surface::read(&file, &prepared).unwrap();
        let pages = squeezed(&super::pagination(&surface.ops));
        assert!(pages.contains("pubfnorders_list_pages<F>(&self,configure:F)"), "{pages}");
        assert!(pages.contains("Some(cursor)=>request.cursor(cursor),None=>request,"), "{pages}");
        assert!(pages.contains("|page:&types::OrderPage|Ok(page.next.clone())"), "{pages}");
        assert!(pages.contains("pubfnorders_list_items<F>"), "{pages}");
        assert!(!pages.contains("orders_create_pages"), "only `x-pagination` operations page");
    }
}
