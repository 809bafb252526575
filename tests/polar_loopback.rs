//! The generated Polar client against a real HTTP server on loopback: what goes on the wire
//! (method, path, repeated query keys) and what comes back decoded, errors included.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use polar_checkouts::{Client, Error, types};

/// What the server saw: method, path and raw query of each request.
type Seen = Arc<Mutex<Vec<(String, String, Option<String>)>>>;

fn checkout_json() -> serde_json::Value {
    serde_json::from_str(include_str!("fixtures/polar/checkout.json")).unwrap()
}

/// Serves `status` + `body` for every request and records what it received.
async fn serve(status: StatusCode, body: serde_json::Value) -> (Client, Seen) {
    let seen: Seen = Arc::default();
    let record = seen.clone();
    let app = Router::new().fallback(move |req: Request<Body>| {
        let record = record.clone();
        let body = body.clone();
        async move {
            record.lock().unwrap().push((req.method().to_string(), req.uri().path().to_owned(), req.uri().query().map(str::to_owned)));
            Response::builder().status(status).header("content-type", "application/json").body(Body::from(body.to_string())).unwrap()
        }
    });
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (Client::new(&format!("http://{addr}")), seen)
}

#[tokio::test]
async fn list_sends_repeated_keys_and_decodes_the_page() {
    let page = serde_json::json!({"items": [checkout_json()], "pagination": {"total_count": 1, "max_page": 1}});
    let (client, seen) = serve(StatusCode::OK, page).await;
    let org_a: uuid::Uuid = "1dbfc517-0bbf-4301-9ba8-555ca42b9737".parse().unwrap();
    let org_b: uuid::Uuid = "2ecfd628-1ccf-4412-8cb9-666db53c0848".parse().unwrap();
    let response = client
        .checkouts_list()
        .organization_id(types::UuidFilter::Array(vec![org_a, org_b]))
        .status(types::CheckoutStatusFilter::CheckoutStatus(types::CheckoutStatus::Open))
        .limit(std::num::NonZeroU64::new(100).unwrap())
        .sorting(vec![types::CheckoutSortProperty::XcreatedXat, types::CheckoutSortProperty::Status])
        .send()
        .await
        .unwrap();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        vec![(
            "GET".to_owned(),
            "/v1/checkouts/".to_owned(),
            Some(format!("limit=100&organization_id={org_a}&organization_id={org_b}&sorting=-created_at&sorting=status&status=open"))
        )]
    );
    let page = response.into_inner();
    assert_eq!((page.pagination.total_count, page.pagination.max_page, page.items.len()), (1, 1, 1));
    assert_eq!(page.items[0].client_secret, "polar_c_Xr4Fq0NwZb8KqT3yVd1sLm6PjH2eGa9u");
    assert_eq!(page.items[0].external_customer_id.as_deref(), Some("cus_internal_42"));
}

#[tokio::test]
async fn get_decodes_every_field_with_proper_types() {
    let (client, seen) = serve(StatusCode::OK, checkout_json()).await;
    let id: uuid::Uuid = "b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91".parse().unwrap();
    let checkout = client.checkouts_get().id(id).send().await.unwrap().into_inner();
    assert_eq!(seen.lock().unwrap()[0], ("GET".to_owned(), format!("/v1/checkouts/{id}"), None));
    assert_eq!(checkout.id, id);
    assert_eq!(checkout.status, types::CheckoutStatus::Open);
    assert_eq!(checkout.total_amount, 2900);
    assert_eq!(checkout.tax_amount, None);
    assert_eq!(checkout.expires_at.to_rfc3339(), "2025-03-14T10:26:53.589+00:00");
    assert_eq!(checkout.customer_billing_address.as_ref().map(|a| a.country.as_str()), Some("FR"));
}

/// Until typed errors exist, a documented error must arrive whole: status and decodable body.
#[tokio::test]
async fn a_404_keeps_its_body() {
    let body = serde_json::json!({"error": "ResourceNotFound", "detail": "Not found"});
    let (client, _) = serve(StatusCode::NOT_FOUND, body).await;
    let err = client.checkouts_get().id(uuid::Uuid::nil()).send().await.unwrap_err();
    let Error::UnexpectedResponse(response) = err else { panic!("expected the raw response, got {err:?}") };
    assert_eq!(response.status().as_u16(), 404);
    let decoded: types::ResourceNotFound = response.json().await.unwrap();
    assert_eq!(decoded.detail, "Not found");
}
