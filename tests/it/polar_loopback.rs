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
        .unwrap();
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
    assert!(
        matches!(error, CheckoutsListError::UnprocessableEntity(ref body) if body.detail.as_ref().is_some_and(|d| d[0].msg == "Field required")),
        "{error:?}"
    );
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
                .metadata(Some(types::MetadataInput::from(std::collections::HashMap::from([(
                    "order_ref".to_owned(),
                    types::MetadataInputValue::String("A-1042".parse().unwrap()),
                )]))))
        })
        .send_with_response()
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
    assert!(
        matches!(error, CheckoutsCreateError::UnprocessableEntity(ref body) if body.detail.as_ref().is_some_and(|d| d.len() == 2)),
        "{error:?}"
    );
}

#[tokio::test]
async fn get_puts_the_id_in_the_path_and_decodes_every_field() {
    let (mock, client) = serve(200, "polar/checkout.json").await;
    let checkout = client.checkouts_get().id(id()).send().await.unwrap();
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
        .body_map(|b| {
            b.customer_name(Some("Ada Lovelace".parse::<types::CheckoutUpdateCustomerName>().unwrap()))
                .seats(Some(std::num::NonZeroU64::new(3).unwrap()))
        })
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
    let checkout = client.checkouts_client_get().client_secret(SECRET).send().await.unwrap();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", format!("/v1/checkouts/client/{SECRET}").as_str()));
    assert_eq!(checkout.organization.name, "Analytical Engines");
    for (status, file) in [(404, "error_resource_not_found"), (410, "error_expired_checkout"), (422, "error_validation")] {
        let (_mock, client) = serve(status, &format!("polar/{file}.json")).await;
        let error = api_error(client.checkouts_client_get().client_secret(SECRET).send().await, status);
        let ok = match &error {
            CheckoutsClientGetError::Forbidden(_) => status == 403,
            CheckoutsClientGetError::NotFound(_) => status == 404,
            CheckoutsClientGetError::Gone(expired) => status == 410 && expired.error.as_str() == "ExpiredCheckoutError",
            CheckoutsClientGetError::UnprocessableEntity(_) => status == 422,
            _ => false,
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
        .body_map(|b| b.discount_code(Some("LAUNCH".to_owned())).allow_trial(Some(polar_checkouts::runtime::False)))
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
        .unwrap();
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

/// Confirm is applied by the server as a partial update (`x-partial-update`): like the PATCH
/// bodies, a field left unset is absent, `Some(None)` sends `null` (clears the discount code),
/// and the new `payment_method_type` and `units` go out as set.
#[tokio::test]
async fn confirm_bodies_are_three_state_and_carry_the_new_fields() {
    let (mock, client) = serve(200, "polar/checkout_public_confirmed.json").await;
    client
        .checkouts_client_confirm()
        .client_secret(SECRET)
        .body_map(|b| {
            b.discount_code(Some(None))
                .payment_method_type(Some(Some("card".to_owned())))
                .units(Some(Some(5)))
                .confirmation_token_id(Some(Some("ctoken_1Qx".to_owned())))
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        mock.single().json(),
        serde_json::json!({"discount_code": null, "payment_method_type": "card", "units": 5, "confirmation_token_id": "ctoken_1Qx"})
    );
    let (mock, client) = serve(200, "polar/checkout_public.json").await;
    client
        .checkouts_client_update()
        .client_secret(SECRET)
        .body_map(|b| b.payment_method_type(Some(None)).units(Some(Some(2))))
        .send()
        .await
        .unwrap();
    assert_eq!(mock.single().json(), serde_json::json!({"payment_method_type": null, "units": 2}));
}

/// Create carries unit quantities and every ad-hoc price form the API accepts: a fixed price of 0
/// (how a free price is made now), a unit-based price with tiers, a metered price whose unit
/// amount is a number or a decimal string.
#[tokio::test]
async fn create_sends_units_and_every_ad_hoc_price_form() {
    use types::{
        DecimalInput, ProductPriceCreate, ProductPriceFixedCreate, ProductPriceMeteredUnitCreate, ProductPriceUnitBasedCreate, TierInput,
        TierType, TiersInput,
    };
    let (mock, client) = serve(201, "polar/checkout.json").await;
    let product: uuid::Uuid = "7f1d2c3b-4a5e-4f60-8b71-92a3b4c5d6e7".parse().unwrap();
    let meter: uuid::Uuid = "5f607182-93a4-4b5c-96d7-f8091a2b3c4d".parse().unwrap();
    let free = ProductPriceFixedCreate { amount_type: "fixed".parse().unwrap(), price_amount: 0, price_currency: None, tax_behavior: None };
    let tiers = TiersInput {
        type_: TierType::Graduated,
        tiers: vec![
            TierInput { bound: std::num::NonZeroU64::new(10), unit_amount: DecimalInput::Number(500.0) },
            TierInput { bound: None, unit_amount: DecimalInput::String("350.5".into()) },
        ],
    };
    let unit_based = ProductPriceUnitBasedCreate {
        amount_type: "unit_based".parse().unwrap(),
        tiers,
        minimum_units: std::num::NonZeroU64::new(2),
        unit_label: None,
        price_currency: None,
        tax_behavior: None,
    };
    let metered = ProductPriceMeteredUnitCreate {
        amount_type: "metered_unit".parse().unwrap(),
        meter_id: meter,
        unit_amount: DecimalInput::String("0.000000000001".into()),
        cap_amount: None,
        price_currency: None,
        tax_behavior: None,
    };
    let prices: Vec<ProductPriceCreate> = vec![free.into(), unit_based.into(), metered.into()];
    client
        .checkouts_create()
        .body_map(|b| {
            b.products(vec![product])
                .units(Some(3))
                .min_units(Some(1))
                .max_units(Some(10))
                .seats(std::num::NonZeroU64::new(10_000))
                .prices(Some(std::collections::HashMap::from([(product.to_string(), prices)])))
        })
        .send()
        .await
        .unwrap();
    let body = mock.single().json();
    assert_eq!(
        (body["units"].clone(), body["min_units"].clone(), body["max_units"].clone(), body["seats"].clone()),
        (3.into(), 1.into(), 10.into(), 10_000.into())
    );
    assert_eq!(
        body["prices"][product.to_string()],
        serde_json::json!([
            {"amount_type": "fixed", "price_amount": 0},
            {"amount_type": "unit_based", "tiers": {"type": "graduated", "tiers": [{"bound": 10, "unit_amount": 500.0}, {"unit_amount": "350.5"}]}, "minimum_units": 2},
            {"amount_type": "metered_unit", "meter_id": meter, "unit_amount": "0.000000000001"}
        ])
    );
}

/// Length constraints the server enforces with a 422 are held by the types: a customer name,
/// a URL or a metadata string out of range cannot be built, so it is never sent.
#[test]
fn request_length_constraints_are_held_by_the_types() {
    use types::{CheckoutCreateCustomerName, CheckoutCreateSuccessUrl, MetadataInputValueString};
    assert!("x".repeat(256).parse::<CheckoutCreateCustomerName>().is_ok());
    let err = "x".repeat(257).parse::<CheckoutCreateCustomerName>().unwrap_err().to_string();
    assert!(err.contains("longer than 256"), "{err}");
    assert!("https://example.com/thanks".parse::<CheckoutCreateSuccessUrl>().is_ok());
    assert!(format!("https://example.com/{}", "x".repeat(2083)).parse::<CheckoutCreateSuccessUrl>().is_err());
    assert!("".parse::<CheckoutCreateSuccessUrl>().is_err());
    assert!("".parse::<MetadataInputValueString>().is_err());
    assert!("x".repeat(501).parse::<MetadataInputValueString>().is_err());
    // The same rules hold when a body is decoded (e.g. by a mock checking what it received).
    let err = serde_json::from_value::<types::CheckoutCreate>(serde_json::json!({"products": [], "customer_name": "x".repeat(257)}));
    assert!(err.is_err());
}

/// One bad element of a list page fails the decode with its JSON path, not a bare serde message.
#[tokio::test]
async fn a_bad_element_of_a_page_is_named_by_its_path() {
    let mut page = checkout_sdk_tests::fixture("polar/list.json");
    page["items"][1]["discount"] = serde_json::json!({
        "id": "d7e8f90a-1b2c-4334-9e5f-708192a3b4c5", "name": "Ten", "code": null,
        "type": "percentage", "duration": "once", "basis_points": "ten percent"
    });
    let mock = Mock::start().await;
    mock.respond(200, page);
    let client = Client::builder().base_url(&mock.url).credentials("polar_oat_TEST").retry(RetryPolicy::none()).build().unwrap();
    let err = client.checkouts_list().send().await.unwrap_err();
    let polar_checkouts::runtime::Error::Decode { message, .. } = &err else { panic!("{err:?}") };
    assert!(message.starts_with("items[1].discount: type `percentage`: duration `once`: basis_points: "), "{message}");
    assert!(message.contains("basis_points: invalid type: string \"ten percent\""), "{message}");
}

/// Every one-or-many filter takes a single value: a `String`, a `Uuid`, a status.
#[tokio::test]
async fn every_filter_takes_one_value() {
    let (mock, client) = serve(200, "polar/list.json").await;
    client
        .checkouts_list()
        .external_customer_id("cus_1".to_owned())
        .customer_id(id())
        .status(types::CheckoutStatus::Open)
        .send()
        .await
        .unwrap();
    assert_eq!(
        mock.single().query.as_deref(),
        Some("customer_id=b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91&external_customer_id=cus_1&status=open")
    );
}

/// A page whose `max_page` is any integer the published schema allows (here 0, and below zero)
/// ends the stream instead of failing to decode.
#[tokio::test]
async fn page_numbers_decode_whatever_integer_the_schema_allows() {
    use futures::StreamExt;
    for max_page in [0i64, -1] {
        let mut page = checkout_sdk_tests::fixture("polar/list.json");
        page["pagination"]["max_page"] = serde_json::json!(max_page);
        let mock = Mock::start().await;
        mock.respond(200, page);
        let client = Client::builder().base_url(&mock.url).credentials("polar_oat_TEST").retry(RetryPolicy::none()).build().unwrap();
        let pages: Vec<_> = client.checkouts_list_pages(|r| r).collect().await;
        assert_eq!(pages.len(), 1, "max_page {max_page}");
        assert_eq!(pages[0].as_ref().unwrap().pagination.max_page, max_page);
    }
}
