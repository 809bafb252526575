//! A small checkout service, written against the two generated clients as a user of them would:
//! start a checkout, list what is still open (filtered, every page), forget a customer's email,
//! and ask for a status where "no such checkout" is an answer, not a failure.

/// Polar: checkouts for products.
pub mod polar {
    use polar_checkouts::futures::TryStreamExt;
    use polar_checkouts::{Client, Result, errors, types, uuid::Uuid};

    /// Starts a checkout of `product` for `email`; returns where to send the customer.
    pub async fn start_checkout(client: &Client, product: Uuid, email: &str) -> Result<String, errors::CheckoutsCreateError> {
        let body = types::CheckoutCreate { customer_email: Some(email.to_owned()), ..types::CheckoutCreate::new(vec![product]) };
        Ok(client.checkouts_create().body(body).send().await?.url)
    }

    /// Every open checkout of `product`, across all pages.
    pub async fn open_checkouts(client: &Client, product: Uuid) -> Result<Vec<types::Checkout>, errors::CheckoutsListError> {
        client
            .checkouts_list_items(move |list| list.product_id(product).status(types::CheckoutStatus::Open).limit(100u64))
            .try_collect()
            .await
    }

    /// Clears the customer's email on checkout `id` (a privacy request).
    pub async fn forget_email(client: &Client, id: Uuid) -> Result<types::Checkout, errors::CheckoutsUpdateError> {
        client.checkouts_update().id(id).body_map(|body| body.clear_customer_email()).send().await
    }

    /// The status of checkout `id`; `None` when Polar has no such checkout.
    pub async fn status(client: &Client, id: Uuid) -> Result<Option<types::CheckoutStatus>, errors::CheckoutsGetError> {
        match client.checkouts_get().id(id).send().await {
            Ok(checkout) => Ok(Some(checkout.status)),
            Err(polar_checkouts::Error::Api { error: errors::CheckoutsGetError::NotFound(_), .. }) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

/// Flowglad: checkout sessions by price slug (Flowglad's API has no update of a session).
pub mod flowglad {
    use flowglad_checkout_sessions::futures::TryStreamExt;
    use flowglad_checkout_sessions::{Client, Result, errors, types};

    /// Starts a checkout of the price `slug` for the customer `user`; returns where to send them.
    pub async fn start_checkout(client: &Client, user: &str, slug: &str) -> Result<String, errors::CheckoutSessionsCreateError> {
        let session = types::ProductCheckoutSessionByPriceSlug::new(user, "https://shop.example/ok", "https://shop.example/cancel", slug);
        Ok(client.checkout_sessions_create().body_map(|b| b.checkout_session(session)).send().await?.url)
    }

    /// The IDs of every open session, across all pages.
    pub async fn open_sessions(client: &Client) -> Result<Vec<String>, errors::CheckoutSessionsListError> {
        let all: Vec<types::CheckoutSessionRecord> = client.checkout_sessions_list_items(|list| list.limit(100u64)).try_collect().await?;
        Ok(all.iter().filter(|s| s.status() == Some(&types::CheckoutSessionStatus::Open)).filter_map(|s| s.id().cloned()).collect())
    }

    /// The status of session `id`; `None` when Flowglad has no such session.
    pub async fn status(client: &Client, id: &str) -> Result<Option<types::CheckoutSessionStatus>, errors::CheckoutSessionsGetError> {
        match client.checkout_sessions_get().id(id).send().await {
            Ok(found) => Ok(found.checkout_session.status().cloned()),
            Err(flowglad_checkout_sessions::Error::Api { error: errors::CheckoutSessionsGetError::NotFound(_), .. }) => Ok(None),
            Err(other) => Err(other),
        }
    }
}
