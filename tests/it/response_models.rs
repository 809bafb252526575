//! Every response model of both specs decodes from a *minimal* body (only the keys the spec lists
//! as `required`, `null` where a required key is nullable) and from a *full* one (every key, each
//! with a value), and re-encodes without loss (an absent key and `null` count as equal). The
//! bodies are built from the spec itself, so a struct that requires a key the spec leaves
//! optional fails here, whichever schema it is and however the spec changes; the keys the
//! vendors' published schemas leave optional are pinned below, so making one required again in
//! the spec fails too.

use std::collections::BTreeSet;

use checkout_sdk_tests::{first_difference, root};
use serde_json::{Value, json};

/// Decodes `json` as `T` and encodes it back.
fn through<T: serde::de::DeserializeOwned + serde::Serialize>(json: Value) -> Result<Value, String> {
    let decoded: T = serde_json::from_value(json).map_err(|e| e.to_string())?;
    serde_json::to_value(&decoded).map_err(|e| e.to_string())
}

/// `schema name → decode and re-encode`, for the listed Rust types.
macro_rules! models {
    ($($name:literal => $ty:ty),* $(,)?) => {
        |name: &str, json: Value| -> Option<Result<Value, String>> {
            match name {
                $($name => Some(through::<$ty>(json)),)*
                _ => None,
            }
        }
    };
}

fn spec(name: &str) -> Value {
    let text = std::fs::read_to_string(root().join("spec").join(format!("{name}.yaml"))).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

fn resolve<'a>(doc: &'a Value, reference: &str) -> &'a Value {
    doc.pointer(reference.trim_start_matches('#')).unwrap_or_else(|| panic!("dangling {reference}"))
}

/// The component schemas reachable from any response of any operation, or from a webhook.
fn response_schemas(doc: &Value) -> BTreeSet<String> {
    // Webhook payloads (`x-webhooks`) are bodies the vendor sends too.
    let mut stack: Vec<&Value> = doc.get("x-webhooks").into_iter().collect();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            stack.extend(op.get("responses"));
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref")
                    && seen.insert(r.clone())
                {
                    stack.push(resolve(doc, r));
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    seen.into_iter().filter_map(|r| r.strip_prefix("#/components/schemas/").map(str::to_owned)).collect()
}

/// A body for `schema`: with `full`, every property and one entry in every array and map;
/// without, only required properties (`null` when nullable), empty arrays and maps.
fn body(doc: &Value, schema: &Value, full: bool, depth: usize) -> Value {
    assert!(depth < 24, "the schemas recurse deeper than a body can be built");
    if let Some(Value::String(r)) = schema.get("$ref") {
        return body(doc, resolve(doc, r), full, depth + 1);
    }
    if let Some(Value::Array(all)) = schema.get("allOf") {
        return body(doc, &all[0], full, depth + 1);
    }
    if let Some(Value::Array(members)) = schema.get("oneOf") {
        // A member's own single-valued tag property spells the discriminator.
        return body(doc, &members[0], full, depth + 1);
    }
    if let Some(Value::Array(values)) = schema.get("enum") {
        return values[0].clone();
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("object") | None if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() => {
            let required: Vec<&str> =
                schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
            let mut out = serde_json::Map::new();
            for (key, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
                if full {
                    out.insert(key.clone(), body(doc, property, true, depth + 1));
                } else if required.contains(&key.as_str()) {
                    let nullable = property.get("nullable") == Some(&Value::Bool(true));
                    out.insert(key.clone(), if nullable { Value::Null } else { body(doc, property, false, depth + 1) });
                }
            }
            match schema.get("additionalProperties") {
                Some(Value::Object(values)) if full => {
                    out.insert("extra-key".into(), body(doc, &Value::Object(values.clone()), true, depth + 1));
                }
                Some(Value::Bool(true)) if full => {
                    out.insert("extra-key".into(), json!("extra"));
                }
                _ => {}
            }
            Value::Object(out)
        }
        Some("array") => {
            if full {
                json!([body(doc, &schema["items"], true, depth + 1)])
            } else {
                json!([])
            }
        }
        Some("string") => match schema.get("format").and_then(Value::as_str) {
            Some("date-time") => json!("2025-03-14T09:26:53Z"),
            Some("uuid") => json!("3d4e5f60-7182-493a-b4b5-d6e7f8091a2b"),
            _ => json!("text"),
        },
        Some("integer") => json!(7),
        Some("number") => json!(1.5),
        Some("boolean") => json!(true),
        // A schema with no type (`input` of a validation error) takes any value.
        _ => json!("any"),
    }
}

/// Builds minimal and full bodies for every response schema of `spec_name`, and checks each
/// decodes with `decode` and re-encodes to the same JSON.
fn check(spec_name: &str, decode: impl Fn(&str, Value) -> Option<Result<Value, String>>) {
    let doc = spec(spec_name);
    let names = response_schemas(&doc);
    assert!(names.len() > 10, "{spec_name}: only {} response schemas found", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let schema = &doc["components"]["schemas"][name];
        for full in [false, true] {
            let json = body(&doc, schema, full, 0);
            let kind = if full { "full" } else { "minimal" };
            match decode(name, json.clone()) {
                None => failures.push(format!("{name}: not in this test's list of response models; add it")),
                Some(Err(e)) => failures.push(format!("{name} ({kind} body {json}): does not decode: {e}")),
                Some(Ok(back)) => {
                    if let Some(difference) = first_difference(&json, &back) {
                        failures.push(format!("{name} ({kind}): did not round-trip: {difference}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{spec_name}:\n{}", failures.join("\n"));
}

#[test]
fn every_polar_response_model_decodes_minimal_and_full_bodies() {
    use polar_checkouts::types::*;
    check(
        "polar-checkouts",
        models! {
            "Address" => Address, "AlreadyActiveSubscriptionError" => AlreadyActiveSubscriptionError,
            "AttachedCustomField" => AttachedCustomField, "BenefitPublic" => BenefitPublic, "BenefitType" => BenefitType,
            "BillingAddressFieldMode" => BillingAddressFieldMode, "Checkout" => Checkout,
            "CheckoutBillingAddressFields" => CheckoutBillingAddressFields,
            "CheckoutCustomerBillingAddressFields" => CheckoutCustomerBillingAddressFields, "CheckoutDiscount" => CheckoutDiscount,
            "CheckoutDiscountFixed" => CheckoutDiscountFixed,
            "CheckoutDiscountFixedOnceForeverDuration" => CheckoutDiscountFixedOnceForeverDuration,
            "CheckoutDiscountFixedRepeatDuration" => CheckoutDiscountFixedRepeatDuration,
            "CheckoutDiscountPercentage" => CheckoutDiscountPercentage,
            "CheckoutDiscountPercentageOnceForeverDuration" => CheckoutDiscountPercentageOnceForeverDuration,
            "CheckoutDiscountPercentageRepeatDuration" => CheckoutDiscountPercentageRepeatDuration,
            "CheckoutForbiddenError" => CheckoutForbiddenError, "CheckoutLocked" => CheckoutLocked,
            "CheckoutOrganization" => CheckoutOrganization, "CheckoutProduct" => CheckoutProduct, "CheckoutPublic" => CheckoutPublic,
            "CheckoutPublicConfirmed" => CheckoutPublicConfirmed, "CheckoutStatus" => CheckoutStatus,
            "CurrentProductPrice" => CurrentProductPrice, "CustomField" => CustomField, "CustomFieldCheckbox" => CustomFieldCheckbox,
            "CustomFieldCheckboxProperties" => CustomFieldCheckboxProperties, "CustomFieldData" => CustomFieldData,
            "CustomFieldDate" => CustomFieldDate, "CustomFieldDateProperties" => CustomFieldDateProperties,
            "CustomFieldNumber" => CustomFieldNumber, "CustomFieldNumberProperties" => CustomFieldNumberProperties,
            "CustomFieldSelect" => CustomFieldSelect, "CustomFieldSelectOption" => CustomFieldSelectOption,
            "CustomFieldSelectProperties" => CustomFieldSelectProperties, "CustomFieldText" => CustomFieldText,
            "CustomFieldTextProperties" => CustomFieldTextProperties, "CustomFieldValue" => CustomFieldValue,
            "DiscountRedemptionLimitReached" => DiscountRedemptionLimitReached, "ExpiredCheckoutError" => ExpiredCheckoutError,
            "HTTPValidationError" => HttpValidationError, "LegacyOrganizationStatus" => LegacyOrganizationStatus,
            "LegacyRecurringProductPrice" => LegacyRecurringProductPrice,
            "LegacyRecurringProductPriceCustom" => LegacyRecurringProductPriceCustom,
            "LegacyRecurringProductPriceFixed" => LegacyRecurringProductPriceFixed, "ListResourceCheckout" => ListResourceCheckout,
            "Metadata" => Metadata, "MetadataValue" => MetadataValue, "NotOpenCheckout" => NotOpenCheckout,
            "NotPermitted" => NotPermitted, "OrganizationSocialLink" => OrganizationSocialLink,
            "OrganizationSocialPlatforms" => OrganizationSocialPlatforms, "Pagination" => Pagination, "PaymentError" => PaymentError,
            "PaymentNotReady" => PaymentNotReady, "PaymentProcessor" => PaymentProcessor,
            "ProductMediaFileRead" => ProductMediaFileRead, "ProductPrice" => ProductPrice, "ProductPriceCustom" => ProductPriceCustom,
            "ProductPriceFixed" => ProductPriceFixed, "ProductPriceMeter" => ProductPriceMeter,
            "ProductPriceMeteredUnit" => ProductPriceMeteredUnit, "ProductPriceSeatBased" => ProductPriceSeatBased,
            "ProductPriceSeatTier" => ProductPriceSeatTier, "ProductPriceSeatTiers" => ProductPriceSeatTiers,
            "ProductPriceSource" => ProductPriceSource, "ProductPriceType" => ProductPriceType,
            "ProductPriceUnitBased" => ProductPriceUnitBased, "ProductVisibility" => ProductVisibility,
            "ResourceNotFound" => ResourceNotFound, "SeatTierType" => SeatTierType,
            "SubscriptionProrationBehavior" => SubscriptionProrationBehavior,
            "SubscriptionRecurringInterval" => SubscriptionRecurringInterval, "TaxBehavior" => TaxBehavior,
            "TaxBehaviorOption" => TaxBehaviorOption, "Tier" => Tier, "TierType" => TierType, "Tiers" => Tiers,
            "TrialAlreadyRedeemed" => TrialAlreadyRedeemed, "TrialInterval" => TrialInterval, "UnitLabel" => UnitLabel,
            "ValidationError" => ValidationError, "ValidationErrorLocation" => ValidationErrorLocation,
            "WebhookCheckoutCreatedPayload" => WebhookCheckoutCreatedPayload,
            "WebhookCheckoutUpdatedPayload" => WebhookCheckoutUpdatedPayload,
            "WebhookCheckoutExpiredPayload" => WebhookCheckoutExpiredPayload,
            "AuthenticationError" => AuthenticationError, "Unauthorized" => Unauthorized, "InvalidToken" => InvalidToken,
            "InsufficientScope" => InsufficientScope, "ValidationErrorKind" => ValidationErrorKind,
            "BenefitGenericPublic" => BenefitGenericPublic, "BenefitMeterCreditPublic" => BenefitMeterCreditPublic,
            "BenefitMeterCreditPublicProperties" => BenefitMeterCreditPublicProperties,
            "ProductPriceMeteredTiers" => ProductPriceMeteredTiers,
        },
    );
}

#[test]
fn every_flowglad_response_model_decodes_minimal_and_full_bodies() {
    use flowglad_checkout_sessions::types::*;
    check(
        "flowglad-checkout-sessions",
        models! {
            "ActivateSubscriptionCheckoutSessionRecord" => ActivateSubscriptionCheckoutSessionRecord,
            "AddPaymentMethodCheckoutSessionRecord" => AddPaymentMethodCheckoutSessionRecord, "Address" => Address,
            "BillingAddress" => BillingAddress, "CheckoutSessionList" => CheckoutSessionList,
            "CheckoutSessionRecord" => CheckoutSessionRecord, "CheckoutSessionStatus" => CheckoutSessionStatus,
            "FlowgladError" => FlowgladError, "FlowgladErrorDetail" => FlowgladErrorDetail, "FlowgladErrorIssue" => FlowgladErrorIssue,
            "Metadata" => Metadata, "MetadataValue" => MetadataValue, "PaymentMethodType" => PaymentMethodType,
            "ProductCheckoutSessionRecord" => ProductCheckoutSessionRecord,
            "PurchaseCheckoutSessionRecord" => PurchaseCheckoutSessionRecord, "SingleCheckoutSession" => SingleCheckoutSession,
            "FlowgladEventPayload" => FlowgladEventPayload, "FlowgladEventObject" => FlowgladEventObject,
            "FlowgladEventCustomer" => FlowgladEventCustomer,
        },
    );
}

/// Keys the vendors' published schemas (Polar `2026-10`, Flowglad `openapi.json`) leave out of
/// `required`: the spec must not require them, or a body without them fails as a whole.
const PUBLISHED_OPTIONAL: &[(&str, &str, &[&str])] = &[
    ("polar-checkouts", "Checkout", &["custom_field_data", "locale", "seats", "min_seats", "max_seats"]),
    ("polar-checkouts", "CheckoutPublic", &["custom_field_data", "locale", "seats", "min_seats", "max_seats"]),
    ("polar-checkouts", "CheckoutPublicConfirmed", &["custom_field_data", "locale", "seats", "min_seats", "max_seats"]),
    ("polar-checkouts", "Address", &["line1", "line2", "postal_code", "city", "state"]),
    ("polar-checkouts", "ProductPriceSeatTier", &["max_seats"]),
    ("polar-checkouts", "ProductPriceSeatTiers", &["seat_tier_type"]),
    ("flowglad-checkout-sessions", "BillingAddress", &["name", "firstName", "lastName", "email", "phone"]),
    (
        "flowglad-checkout-sessions",
        "PurchaseCheckoutSessionRecord",
        &["billingAddress", "paymentMethodType", "successUrl", "cancelUrl", "preserveBillingCycleAnchor", "outputMetadata"],
    ),
    (
        "flowglad-checkout-sessions",
        "ProductCheckoutSessionRecord",
        &["billingAddress", "invoiceId", "paymentMethodType", "successUrl", "cancelUrl", "preserveBillingCycleAnchor", "outputMetadata"],
    ),
    (
        "flowglad-checkout-sessions",
        "AddPaymentMethodCheckoutSessionRecord",
        &["billingAddress", "paymentMethodType", "successUrl", "cancelUrl", "outputMetadata", "targetSubscriptionId"],
    ),
    (
        "flowglad-checkout-sessions",
        "ActivateSubscriptionCheckoutSessionRecord",
        &["billingAddress", "invoiceId", "purchaseId", "paymentMethodType", "successUrl", "cancelUrl", "preserveBillingCycleAnchor"],
    ),
];

#[test]
fn keys_the_published_schemas_leave_optional_are_not_required() {
    let mut wrong = Vec::new();
    for (spec_name, schema, keys) in PUBLISHED_OPTIONAL {
        let doc = spec(spec_name);
        let node = &doc["components"]["schemas"][schema];
        assert!(node.is_object(), "{spec_name}: no schema `{schema}`");
        let required: Vec<&str> = node["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        for key in *keys {
            assert!(node["properties"].get(key).is_some(), "{spec_name}: `{schema}` has no property `{key}`");
            if required.contains(key) {
                wrong.push(format!("{spec_name}: `{schema}.{key}` is required, the published schema does not require it"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The generator itself: minimal bodies leave out what is optional and give required nullable
/// keys `null`; full bodies fill everything.
#[test]
fn minimal_and_full_bodies_are_what_they_say() {
    let doc = json!({"components": {"schemas": {"S": {
        "type": "object",
        "required": ["a", "n"],
        "properties": {"a": {"type": "integer"}, "n": {"type": "string", "nullable": true}, "o": {"type": "boolean"},
                       "l": {"type": "array", "items": {"type": "string", "format": "uuid"}}}
    }}}});
    let schema = json!({"$ref": "#/components/schemas/S"});
    assert_eq!(body(&doc, &schema, false, 0), json!({"a": 7, "n": null}));
    assert_eq!(body(&doc, &schema, true, 0), json!({"a": 7, "n": "text", "o": true, "l": ["3d4e5f60-7182-493a-b4b5-d6e7f8091a2b"]}));
}
