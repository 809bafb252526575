//! Every operation of the generated Polar client against a real HTTP server on loopback: what
//! goes on the wire (method, path, query with repeated keys, headers, JSON body) and what comes
//! back decoded, including each documented error status and its body.

use checkout_sdk_tests::{Mock, api_error};
use polar_checkouts::errors::{
    CheckoutsClientConfirmError, CheckoutsClientGetError, CheckoutsClientUpdateError, CheckoutsCreateError, CheckoutsGetError,
    CheckoutsListError, CheckoutsUpdateError,
};
use polar_checkouts::types::{self, CheckoutForbiddenError};
use polar_checkouts::{Client, RetryPolicy};

const ID: &str = "b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91";
const SECRET: &str = "polar_c_Xr4Fq0NwZb8KqT3yVd1sLm6PjH2eGa9u";

fn id() -> uuid::Uuid {
    ID.parse().unwrap()
}

async fn serve(status: u16, body_fixture: &str) -> (Mock, Client) {
    let mock = Mock::serving(status, body_fixture).await;
    let client = Client::builder().base_url(&mock.url).credentials("polar_oat_TEST").retry(RetryPolicy::none()).build().unwrap();
    (mock, client)
}

#[tokio::test]
async fn list_sends_filters_as_repeated_keys_and_decodes_the_page() {
    let (mock, client) = serve(200, "polar/list.json").await;
    let org_a: uuid::Uuid = "1dbfc517-0bbf-4301-9ba8-555ca42b9737".parse().unwrap();
    let org_b: uuid::Uuid = "2ecfd628-1ccf-4412-8cb9-666db53c0848".parse().unwrap();
    let page = client
        .checkouts_list()
        .organization_id(types::UuidFilter::Array(vec![org_a, org_b]))
        .product_id(types::UuidFilter::Uuid(id()))
        .external_customer_id(types::StringFilter::Array(vec!["cus_1".into(), "cus 2&3".into()]))
        .status(types::CheckoutStatusFilter::Array(vec![types::CheckoutStatus::Open, types::CheckoutStatus::Confirmed]))
        .query("ada@example.com")
        .page(std::num::NonZeroU64::new(2).unwrap())
        .limit(std::num::NonZeroU64::new(100).unwrap())
        .sorting(vec![types::CheckoutSortProperty::CreatedAtDesc, types::CheckoutSortProperty::Status])
        .send()
        .await
        .unwrap()
        .into_inner();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", "/v1/checkouts/"));
    assert_eq!(
        request.query.as_deref(),
        Some(
            "external_customer_id=cus_1&external_customer_id=cus+2%263&limit=100&organization_id=1dbfc517-0bbf-4301-9ba8-555ca42b9737\
             &organization_id=2ecfd628-1ccf-4412-8cb9-666db53c0848&page=2&product_id=b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91\
             &query=ada%40example.com&sorting=-created_at&sorting=status&status=open&status=confirmed"
        )
    );
    assert_eq!((page.items.len(), page.pagination.max_page), (2, 21));
    assert_eq!(page.items[0].client_secret, SECRET);
}

#[tokio::test]
async fn list_without_filters_sends_no_query_and_422_keeps_its_body() {
    let (mock, client) = serve(422, "polar/error_validation.json").await;
    let error = api_error(client.checkouts_list().send().await, 422);
    assert!(matches!(error, CheckoutsListError::UnprocessableEntity(ref body) if body.detail[0].msg == "Field required"), "{error:?}");
    assert_eq!(mock.single().query, None);
}

/// A create sends exactly what the caller set: no defaults (`allow_discount_codes`, …) are
/// filled in on the way.
#[tokio::test]
async fn create_posts_only_the_fields_set_and_decodes_the_201() {
    let (mock, client) = serve(201, "polar/checkout.json").await;
    let product: uuid::Uuid = "7f1d2c3b-4a5e-4f60-8b71-92a3b4c5d6e7".parse().unwrap();
    let checkout = client
        .checkouts_create()
        .body_map(|b| {
            b.products(vec![product])
                .customer_email(Some("ada@example.com".to_owned()))
                .customer_billing_address(Some(types::AddressInput::builder().country("FR").try_into().unwrap()))
                .metadata(Some(types::Metadata::from(std::collections::HashMap::from([(
                    "order_ref".to_owned(),
                    types::MetadataValue::String("A-1042".into()),
                )]))))
        })
        .send()
        .await
        .unwrap();
    assert_eq!(checkout.status().as_u16(), 201);
    assert_eq!(checkout.into_inner().id, id());
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str(), request.query.as_deref()), ("POST", "/v1/checkouts/", None));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.json(),
        serde_json::json!({
            "products": [product],
            "customer_email": "ada@example.com",
            "customer_billing_address": {"country": "FR"},
            "metadata": {"order_ref": "A-1042"},
        })
    );
}

#[tokio::test]
async fn create_422_keeps_its_body() {
    let (_mock, client) = serve(422, "polar/error_validation.json").await;
    let error = api_error(client.checkouts_create().body_map(|b| b.products(vec![id()])).send().await, 422);
    assert!(matches!(error, CheckoutsCreateError::UnprocessableEntity(ref body) if body.detail.len() == 2), "{error:?}");
}

#[tokio::test]
async fn get_puts_the_id_in_the_path_and_decodes_every_field() {
    let (mock, client) = serve(200, "polar/checkout.json").await;
    let checkout = client.checkouts_get().id(id()).send().await.unwrap().into_inner();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", format!("/v1/checkouts/{ID}").as_str()));
    assert_eq!(checkout.status, types::CheckoutStatus::Open);
    assert_eq!((checkout.amount, checkout.discount_amount, checkout.tax_amount, checkout.total_amount), (2900, 290, Some(522), 3132));
    assert_eq!(checkout.expires_at.to_rfc3339(), "2025-03-14T10:26:53.589+00:00");
    assert_eq!(checkout.customer_billing_address.as_ref().map(|a| a.country.as_str()), Some("FR"));
    assert!(matches!(checkout.discount, Some(types::CheckoutDiscount::Percentage(_))));
}

#[tokio::test]
async fn get_404_and_422_keep_their_bodies() {
    let (_mock, client) = serve(404, "polar/error_resource_not_found.json").await;
    let error = api_error(client.checkouts_get().id(id()).send().await, 404);
    assert!(matches!(error, CheckoutsGetError::NotFound(ref body) if body.detail == "Not found"), "{error:?}");
    let (_mock, client) = serve(422, "polar/error_validation.json").await;
    let error = api_error(client.checkouts_get().id(id()).send().await, 422);
    assert!(matches!(error, CheckoutsGetError::UnprocessableEntity(_)), "{error:?}");
}

#[tokio::test]
async fn update_patches_only_the_fields_set() {
    let (mock, client) = serve(200, "polar/checkout.json").await;
    client
        .checkouts_update()
        .id(id())
        .body_map(|b| b.customer_name(Some("Ada Lovelace".to_owned())).seats(Some(std::num::NonZeroU64::new(3).unwrap())))
        .send()
        .await
        .unwrap();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("PATCH", format!("/v1/checkouts/{ID}").as_str()));
    assert_eq!(request.json(), serde_json::json!({"customer_name": "Ada Lovelace", "seats": 3}));
}

#[tokio::test]
async fn update_403_404_409_422_keep_their_bodies() {
    for (status, file) in [(403, "error_not_open_checkout"), (403, "error_already_active_subscription"), (403, "error_payment_not_ready")] {
        let (_mock, client) = serve(status, &format!("polar/{file}.json")).await;
        let error = api_error(client.checkouts_update().id(id()).body_map(|b| b).send().await, status);
        let CheckoutsUpdateError::Forbidden(reason) = error else { panic!("{file}: {error:?}") };
        assert!(!matches!(reason, CheckoutForbiddenError::Unknown(_)), "{file} decoded as unknown");
    }
    let (_mock, client) = serve(404, "polar/error_resource_not_found.json").await;
    let error = api_error(client.checkouts_update().id(id()).body_map(|b| b).send().await, 404);
    assert!(matches!(error, CheckoutsUpdateError::NotFound(_)), "{error:?}");
    let (_mock, client) = serve(409, "polar/error_checkout_locked.json").await;
    let error = api_error(client.checkouts_update().id(id()).body_map(|b| b).send().await, 409);
    assert!(matches!(error, CheckoutsUpdateError::Conflict(ref locked) if locked.detail.contains("try again")), "{error:?}");
    let (_mock, client) = serve(422, "polar/error_validation.json").await;
    let error = api_error(client.checkouts_update().id(id()).body_map(|b| b).send().await, 422);
    assert!(matches!(error, CheckoutsUpdateError::UnprocessableEntity(_)), "{error:?}");
}

#[tokio::test]
async fn client_get_uses_the_secret_and_decodes_the_public_checkout() {
    let (mock, client) = serve(200, "polar/checkout_public.json").await;
    let checkout = client.checkouts_client_get().client_secret(SECRET).send().await.unwrap().into_inner();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", format!("/v1/checkouts/client/{SECRET}").as_str()));
    assert_eq!(checkout.organization.name, "Analytical Engines");
    for (status, file) in [(404, "error_resource_not_found"), (410, "error_expired_checkout"), (422, "error_validation")] {
        let (_mock, client) = serve(status, &format!("polar/{file}.json")).await;
        let error = api_error(client.checkouts_client_get().client_secret(SECRET).send().await, status);
        let ok = match &error {
            CheckoutsClientGetError::NotFound(_) => status == 404,
            CheckoutsClientGetError::Gone(expired) => status == 410 && expired.error.as_str() == "ExpiredCheckoutError",
            CheckoutsClientGetError::UnprocessableEntity(_) => status == 422,
            CheckoutsClientGetError::Unexpected { .. } => false,
        };
        assert!(ok, "{status} decoded as {error:?}");
    }
}

#[tokio::test]
async fn client_update_patches_with_the_secret() {
    let (mock, client) = serve(200, "polar/checkout_public.json").await;
    client
        .checkouts_client_update()
        .client_secret(SECRET)
        .body_map(|b| b.discount_code(Some("LAUNCH".to_owned())).allow_trial(Some(false)))
        .send()
        .await
        .unwrap();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("PATCH", format!("/v1/checkouts/client/{SECRET}").as_str()));
    assert_eq!(request.json(), serde_json::json!({"discount_code": "LAUNCH", "allow_trial": false}));
    for (status, file) in [
        (403, "error_trial_already_redeemed"),
        (404, "error_resource_not_found"),
        (409, "error_checkout_locked"),
        (410, "error_expired_checkout"),
    ] {
        let (_mock, client) = serve(status, &format!("polar/{file}.json")).await;
        let error = api_error(client.checkouts_client_update().client_secret(SECRET).body_map(|b| b).send().await, status);
        let ok = match &error {
            CheckoutsClientUpdateError::Forbidden(CheckoutForbiddenError::TrialAlreadyRedeemed(_)) => status == 403,
            CheckoutsClientUpdateError::NotFound(_) => status == 404,
            CheckoutsClientUpdateError::Conflict(_) => status == 409,
            CheckoutsClientUpdateError::Gone(_) => status == 410,
            _ => false,
        };
        assert!(ok, "{file}: {status} decoded as {error:?}");
    }
}

#[tokio::test]
async fn client_confirm_posts_the_token_and_decodes_the_confirmed_checkout() {
    let (mock, client) = serve(200, "polar/checkout_public_confirmed.json").await;
    let confirmed = client
        .checkouts_client_confirm()
        .client_secret(SECRET)
        .body_map(|b| b.confirmation_token_id(Some("ctoken_1Qx".to_owned())))
        .send()
        .await
        .unwrap()
        .into_inner();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", format!("/v1/checkouts/client/{SECRET}/confirm").as_str()));
    assert_eq!(request.json(), serde_json::json!({"confirmation_token_id": "ctoken_1Qx"}));
    assert_eq!(confirmed.status.as_str(), "confirmed");
    assert_eq!(confirmed.customer_session_token.as_deref(), Some("polar_cst_8fQ2kLmN3pRtV6wXyZ1aB4cD"));
}

#[tokio::test]
async fn client_confirm_400_403_404_409_410_422_keep_their_bodies() {
    let (_mock, client) = serve(400, "polar/error_payment.json").await;
    let error = api_error(client.checkouts_client_confirm().client_secret(SECRET).body_map(|b| b).send().await, 400);
    assert!(
        matches!(error, CheckoutsClientConfirmError::BadRequest(ref payment) if payment.detail.contains("card was declined")),
        "{error:?}"
    );
    for (status, file) in [
        (403, "error_not_open_checkout"),
        (404, "error_resource_not_found"),
        (409, "error_checkout_locked"),
        (410, "error_expired_checkout"),
        (422, "error_validation"),
    ] {
        let (_mock, client) = serve(status, &format!("polar/{file}.json")).await;
        let error = api_error(client.checkouts_client_confirm().client_secret(SECRET).body_map(|b| b).send().await, status);
        let ok = match &error {
            CheckoutsClientConfirmError::Forbidden(CheckoutForbiddenError::NotOpenCheckout(_)) => status == 403,
            CheckoutsClientConfirmError::NotFound(_) => status == 404,
            CheckoutsClientConfirmError::Conflict(_) => status == 409,
            CheckoutsClientConfirmError::Gone(_) => status == 410,
            CheckoutsClientConfirmError::UnprocessableEntity(_) => status == 422,
            _ => false,
        };
        assert!(ok, "{file}: {status} decoded as {error:?}");
    }
}

/// PATCH bodies are three-state: a field left unset is absent (unchanged), `Some(None)` sends
/// `null` (clear it), `Some(Some(v))` sends the value — for each update operation.
#[tokio::test]
async fn update_bodies_send_absent_null_and_value_distinctly() {
    let discount: uuid::Uuid = "93a4b5c6-d7e8-4f90-9a1b-3c4d5e6f7081".parse().unwrap();
    let (mock, client) = serve(200, "polar/checkout.json").await;
    client.checkouts_update().id(id()).body_map(|b| b.customer_name(Some(None)).discount_id(Some(Some(discount)))).send().await.unwrap();
    assert_eq!(mock.single().json(), serde_json::json!({"customer_name": null, "discount_id": discount}));

    let (mock, client) = serve(200, "polar/checkout_public.json").await;
    client
        .checkouts_client_update()
        .client_secret(SECRET)
        .body_map(|b| b.customer_tax_id(Some(None)).customer_email(Some(Some("ada@example.com".to_owned()))))
        .send()
        .await
        .unwrap();
    assert_eq!(mock.single().json(), serde_json::json!({"customer_tax_id": null, "customer_email": "ada@example.com"}));

    // Nested objects of an update body are three-state too: clearing one address line.
    let (mock, client) = serve(200, "polar/checkout.json").await;
    let address = types::AddressInput::builder().country("FR").line2(Some(None));
    client
        .checkouts_update()
        .id(id())
        .body_map(|b| b.customer_billing_address(Some(Some(address.try_into().unwrap()))))
        .send()
        .await
        .unwrap();
    assert_eq!(mock.single().json(), serde_json::json!({"customer_billing_address": {"country": "FR", "line2": null}}));
}
