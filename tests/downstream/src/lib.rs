//! A small checkout service, written against the two generated clients as a user of them would,
//! from their READMEs and rustdoc: the everyday tasks of issue #26, each the statements a
//! service writes (counted against the vendors' own SDKs in the closing note).

/// Polar: checkouts for products.
pub mod polar {
    use polar_checkouts::futures::TryStreamExt;
    use polar_checkouts::types::{Checkout, CheckoutPublic, CheckoutPublicConfirmed, CheckoutSortProperty, CheckoutStatus};
    use polar_checkouts::webhooks::{Event, Webhook};
    use polar_checkouts::{Client, Optional, RequestOptions, Result, RetryPolicy, Server, errors, runtime::reqwest::header::HeaderMap};
    use polar_checkouts::{uuid::Uuid, webhooks::WebhookError};
    use std::time::Duration;

    /// Client setup: the sandbox, with an organization access token.
    pub fn client(token: &str) -> std::result::Result<Client, polar_checkouts::runtime::BuildError> {
        Client::builder().server(Server::Sandbox).credentials(token).build()
    }

    /// Create: products, an email, metadata with a string, an integer and a bool; 5 s, no retry.
    pub async fn create(client: &Client, product: Uuid, email: &str) -> Result<Checkout, errors::CheckoutsCreateError> {
        client
            .checkouts_create()
            .products([product])
            .customer_email(email)
            .metadata([("order", "o-1042".into()), ("items", 3.into()), ("gift", true.into())])
            .options(RequestOptions::new().timeout(Duration::from_secs(5)).retry(RetryPolicy::none()))
            .send()
            .await
    }

    /// Get, a 404 being `None`.
    pub async fn get(client: &Client, id: Uuid) -> Result<Option<Checkout>, errors::CheckoutsGetError> {
        client.checkouts_get().id(id).send().await.optional()
    }

    /// Update the email and clear the IP address.
    pub async fn update(client: &Client, id: Uuid, email: &str) -> Result<Checkout, errors::CheckoutsUpdateError> {
        let update = client.checkouts_update().id(id).customer_email(email);
        update.clear_customer_ip_address().send().await
    }

    /// List with four filters and a sort, every page.
    pub async fn list(client: &Client, org: Uuid, product: Uuid, customer: &str) -> Result<Vec<Checkout>, errors::CheckoutsListError> {
        let customer = customer.to_owned();
        let items = client.checkouts_list_items(move |list| {
            let list = list.organization_id(org).product_id(product).external_customer_id(customer.as_str());
            list.status(CheckoutStatus::Open).sorting(vec![CheckoutSortProperty::CreatedAtDesc])
        });
        items.try_collect().await
    }

    /// The customer's side, by client secret: get, update, confirm.
    pub async fn pay(
        client: &Client,
        secret: &str,
        email: &str,
    ) -> std::result::Result<CheckoutPublicConfirmed, Box<dyn std::error::Error>> {
        let _: CheckoutPublic = client.checkouts_client_get().client_secret(secret).send().await?;
        let _ = client.checkouts_client_update().client_secret(secret).customer_email(email).send().await?;
        Ok(client.checkouts_client_confirm().client_secret(secret).confirmation_token_id("ctoken_1").send().await?)
    }

    /// Verify a webhook and dispatch on its type: the checkout's id and what happened.
    pub fn on_webhook(secret: &str, headers: &HeaderMap, body: &[u8]) -> std::result::Result<Option<(Uuid, &'static str)>, WebhookError> {
        let event = Webhook::new(secret)?.verify(headers, body)?;
        Ok(match event {
            Event::CheckoutCreated(created) => Some((created.data.id, "created")),
            Event::CheckoutUpdated(updated) => Some((updated.data.id, "updated")),
            Event::CheckoutExpired(expired) => Some((expired.data.id, "expired")),
            _ => None,
        })
    }
}

/// Flowglad: checkout sessions (Flowglad's API has no update of a session).
pub mod flowglad {
    use flowglad_checkout_sessions::futures::TryStreamExt;
    use flowglad_checkout_sessions::types::{CheckoutSessionRecord, ProductCheckoutSessionByPriceIdRequired, SingleCheckoutSession};
    use flowglad_checkout_sessions::{Client, Optional, Result, errors};

    /// Create a product session by price id.
    pub async fn create(client: &Client, user: &str, price: &str) -> Result<SingleCheckoutSession, errors::CheckoutSessionsCreateError> {
        let session = ProductCheckoutSessionByPriceIdRequired {
            customer_external_id: user.into(),
            price_id: price.into(),
            success_url: "https://shop.example/ok".into(),
            cancel_url: "https://shop.example/cancel".into(),
        };
        client.checkout_sessions_create().checkout_session(session).send().await
    }

    /// Get, a 404 being `None`.
    pub async fn get(client: &Client, id: &str) -> Result<Option<SingleCheckoutSession>, errors::CheckoutSessionsGetError> {
        client.checkout_sessions_get().id(id).send().await.optional()
    }

    /// Every session, over all pages.
    pub async fn all(client: &Client) -> Result<Vec<CheckoutSessionRecord>, errors::CheckoutSessionsListError> {
        client.checkout_sessions_list_items(|list| list).try_collect().await
    }
}
