//! Fixture round-trips for the Polar client: realistic JSON for every response model and every
//! variant decodes into the generated types, dispatches to the right variant, and re-encodes to
//! the same JSON (the first difference is reported by JSON path).

use checkout_sdk_tests::{assert_round_trip, first_difference};
use polar_checkouts::types::{
    AttachedCustomField, Checkout, CheckoutDiscount, CheckoutDiscountFixed, CheckoutDiscountPercentage, CheckoutForbiddenError,
    CheckoutLocked, CheckoutProduct, CheckoutPublic, CheckoutPublicConfirmed, CurrentProductPrice, CustomField, CustomFieldValue,
    ExpiredCheckoutError, HttpValidationError, LegacyRecurringProductPrice, ListResourceCheckout, MetadataValue, PaymentError,
    ProductPrice, ResourceNotFound,
};

#[test]
fn every_response_model_round_trips() {
    let checkout: Checkout = assert_round_trip("polar/checkout.json");
    assert_eq!(checkout.products.len(), 2);
    assert_eq!(checkout.attached_custom_fields.as_ref().map(Vec::len), Some(5));
    let nulls: Checkout = assert_round_trip("polar/checkout_nulls.json");
    assert!(nulls.discount.is_none() && nulls.product.is_none() && nulls.customer_billing_address.is_none());
    let public: CheckoutPublic = assert_round_trip("polar/checkout_public.json");
    assert_eq!(public.organization.slug, "analytical-engines");
    let confirmed: CheckoutPublicConfirmed = assert_round_trip("polar/checkout_public_confirmed.json");
    assert_eq!(confirmed.customer_session_token.as_deref(), Some("polar_cst_8fQ2kLmN3pRtV6wXyZ1aB4cD"));
    let page: ListResourceCheckout = assert_round_trip("polar/list.json");
    assert_eq!((page.items.len(), page.pagination.total_count, page.pagination.max_page), (2, 42, 21));
    let _: CheckoutProduct = assert_round_trip("polar/checkout_product.json");
}

/// Each price decodes as its own `amount_type` (and legacy prices as legacy), not as the first
/// variant whose fields happen to match.
/// Deprecated fields the API still sends are optional: a payload without them (a later API
/// version) still decodes.
#[test]
fn a_checkout_without_the_deprecated_fields_still_decodes() {
    let mut json = checkout_sdk_tests::fixture("polar/checkout.json");
    for field in ["customer_billing_address_fields", "subtotal_amount", "customer_external_id"] {
        json.as_object_mut().unwrap().remove(field).expect(field);
    }
    let checkout: Checkout = serde_json::from_value(json).unwrap();
    assert_eq!((checkout.subtotal_amount, checkout.customer_external_id), (None, None));
}

#[test]
fn every_price_type_dispatches_on_its_tag() {
    use CurrentProductPrice as C;
    use LegacyRecurringProductPrice as L;
    let price = |file: &str| assert_round_trip::<ProductPrice>(&format!("polar/price_{file}.json"));
    assert!(matches!(price("fixed"), ProductPrice::Current(C::Fixed(p)) if p.price_amount == 2900));
    assert!(matches!(price("custom"), ProductPrice::Current(C::Custom(p)) if p.minimum_amount == 500 && p.preset_amount == Some(1500)));
    // `free` is no longer a price type (a free price is `fixed` at 0): an old one is kept as JSON.
    assert!(matches!(price("free"), ProductPrice::Current(C::Unknown(_))));
    assert!(
        matches!(price("unit_based"), ProductPrice::Current(C::UnitBased(p)) if p.tiers.tiers.len() == 2 && p.tiers.tiers[1].unit_amount == "350.5" && p.minimum_units == Some(2))
    );
    assert!(
        matches!(price("seat_based"), ProductPrice::Current(C::SeatBased(p)) if p.seat_tiers.tiers.len() == 2 && p.price_per_seat == Some(1000))
    );
    assert!(
        matches!(price("metered_unit"), ProductPrice::Current(C::MeteredUnit(p)) if p.unit_amount == "0.005" && p.meter.name == "API calls")
    );
    assert!(matches!(price("legacy_fixed"), ProductPrice::LegacyRecurring(L::Fixed(p)) if p.price_amount == 900));
    assert!(matches!(price("legacy_custom"), ProductPrice::LegacyRecurring(L::Custom(p)) if p.maximum_amount == Some(10000)));
    assert!(matches!(price("legacy_free"), ProductPrice::LegacyRecurring(L::Unknown(_))));
}

/// A repeating discount must not decode as a once/forever one and drop `duration_in_months`.
#[test]
fn every_discount_kind_dispatches_on_type_and_duration() {
    let discount = |file: &str| assert_round_trip::<CheckoutDiscount>(&format!("polar/discount_{file}.json"));
    use CheckoutDiscount::{Fixed, Percentage};
    use CheckoutDiscountFixed as F;
    use CheckoutDiscountPercentage as P;
    assert!(matches!(discount("fixed_once"), Fixed(F::OnceForeverDuration(d)) if d.amount == 1000 && d.code.as_deref() == Some("LAUNCH")));
    assert!(matches!(discount("fixed_forever"), Fixed(F::OnceForeverDuration(d)) if d.duration.as_str() == "forever"));
    assert!(matches!(discount("fixed_repeating"), Fixed(F::RepeatDuration(d)) if d.duration_in_months == 3));
    assert!(matches!(discount("percentage_once"), Percentage(P::OnceForeverDuration(d)) if d.basis_points == 2550));
    assert!(matches!(discount("percentage_repeating"), Percentage(P::RepeatDuration(d)) if d.duration_in_months == 12));
}

#[test]
fn every_custom_field_type_dispatches_on_its_tag() {
    let field = |file: &str| assert_round_trip::<CustomField>(&format!("polar/custom_field_{file}.json"));
    assert!(matches!(field("text"), CustomField::Text(f) if f.properties.max_length == Some(120)));
    assert!(matches!(field("number"), CustomField::Number(f) if f.properties.le == Some(500)));
    assert!(matches!(field("date"), CustomField::Date(f) if f.properties.ge == Some(1735689600)));
    assert!(matches!(field("checkbox"), CustomField::Checkbox(f) if f.properties.form_label.as_deref() == Some("I accept the terms")));
    assert!(matches!(field("select"), CustomField::Select(f) if f.properties.options.len() == 2));
}

/// `custom_field_data` and metadata are maps whose values are a union of scalars: each value keeps
/// its JSON type (typify's flattened-struct trap would reject every bare value).
#[test]
fn custom_field_data_and_metadata_keep_each_value_type() {
    let checkout: Checkout = assert_round_trip("polar/checkout.json");
    let data = checkout.custom_field_data.as_ref().expect("the fixture has custom field data");
    assert!(matches!(data["text-field"], Some(CustomFieldValue::String(ref s)) if s == "ACME Inc."));
    assert!(matches!(data["number-field"], Some(CustomFieldValue::Integer(12))));
    assert!(matches!(data["date-field"], Some(CustomFieldValue::String(ref s)) if s == "2025-04-01T00:00:00Z"));
    assert!(matches!(data["checkbox-field"], Some(CustomFieldValue::Boolean(true))));
    assert!(data["select-field"].is_none());
    let meta = &checkout.metadata;
    assert!(matches!(meta["order_ref"], MetadataValue::String(ref s) if s == "A-1042"));
    assert!(matches!(meta["attempt"], MetadataValue::Integer(2)));
    assert!(matches!(meta["ratio"], MetadataValue::Number(r) if r == 0.75));
    assert!(matches!(meta["vip"], MetadataValue::Boolean(true)));
    let attached: &AttachedCustomField = &checkout.attached_custom_fields.as_ref().unwrap()[4];
    assert!(matches!(attached.custom_field, CustomField::Select(_)));
}

#[test]
fn every_error_body_round_trips_and_forbidden_reasons_dispatch() {
    let _: ResourceNotFound = assert_round_trip("polar/error_resource_not_found.json");
    let _: ExpiredCheckoutError = assert_round_trip("polar/error_expired_checkout.json");
    let _: PaymentError = assert_round_trip("polar/error_payment.json");
    let _: CheckoutLocked = assert_round_trip("polar/error_checkout_locked.json");
    let validation: HttpValidationError = assert_round_trip("polar/error_validation.json");
    assert_eq!(validation.detail.as_ref().map(Vec::len), Some(2));
    let forbidden = |file: &str| assert_round_trip::<CheckoutForbiddenError>(&format!("polar/error_{file}.json"));
    assert!(matches!(forbidden("already_active_subscription"), CheckoutForbiddenError::AlreadyActiveSubscriptionError(_)));
    assert!(
        matches!(forbidden("not_open_checkout"), CheckoutForbiddenError::NotOpenCheckout(e) if e.detail.ends_with("is not open: confirmed"))
    );
    assert!(matches!(forbidden("payment_not_ready"), CheckoutForbiddenError::PaymentNotReady(_)));
    assert!(matches!(forbidden("trial_already_redeemed"), CheckoutForbiddenError::TrialAlreadyRedeemed(_)));
}

/// The comparison itself: a dropped field, a changed value and an added key are each reported
/// with their path; timestamps are compared as instants, numbers by value, and an absent key
/// equals `null` (a response decodes both as `None`).
#[test]
fn the_round_trip_comparison_reports_the_path_of_a_difference() {
    let expected = serde_json::json!({"a": [{"b": 1, "t": "2025-03-14T09:26:53.589000Z"}], "n": null, "v": "x"});
    assert_eq!(first_difference(&expected, &serde_json::json!({"a": [{"b": 1, "t": "2025-03-14T09:26:53.589Z"}], "v": "x"})), None);
    assert_eq!(first_difference(&expected, &serde_json::json!({"a": [{"b": 1.0, "t": "2025-03-14T09:26:53.589Z"}], "v": "x"})), None);
    assert_eq!(
        first_difference(&expected, &serde_json::json!({"a": [{"b": 2, "t": "2025-03-14T09:26:53.589Z"}], "n": null, "v": "x"})).as_deref(),
        Some("$.a[0].b: expected 1, got 2")
    );
    assert_eq!(
        first_difference(&expected, &serde_json::json!({"a": [{"b": 1, "t": "2025-03-14T09:26:53.589Z"}], "n": null})).as_deref(),
        Some("$.v: expected \"x\", got (absent)")
    );
    assert_eq!(
        first_difference(&expected, &serde_json::json!({"a": [{"b": 1, "t": "2025-03-14T09:26:53.589Z"}], "v": null})).as_deref(),
        Some("$.v: expected \"x\", got null")
    );
}
