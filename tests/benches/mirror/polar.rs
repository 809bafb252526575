//! The hand-written baseline for Polar: what a person would write with serde derive for a
//! checkout list page — every field the generated `Checkout` has, with the same scalar types
//! (UUIDs, timestamps, integers), enum-valued fields as `String` (as the Flowglad baseline does),
//! and each tagged union as a serde internally tagged enum.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

type Time = DateTime<Utc>;

/// `GET /v1/checkouts/`.
#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Page {
    pub items: Vec<Checkout>,
    pub pagination: Pagination,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Pagination {
    pub total_count: u64,
    pub max_page: u64,
}

/// A scalar metadata or custom-field value.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum Scalar {
    String(String),
    Integer(i64),
    Number(f64),
    Boolean(bool),
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Checkout {
    pub id: Uuid,
    pub created_at: Time,
    pub modified_at: Option<Time>,
    pub custom_field_data: HashMap<String, Option<Scalar>>,
    pub payment_processor: String,
    pub status: String,
    pub client_secret: String,
    pub url: String,
    pub expires_at: Time,
    pub success_url: String,
    pub return_url: Option<String>,
    pub embed_origin: Option<String>,
    pub amount: i64,
    pub seats: Option<i64>,
    pub min_seats: Option<i64>,
    pub max_seats: Option<i64>,
    pub discount_amount: i64,
    pub net_amount: i64,
    pub tax_amount: Option<i64>,
    pub tax_behavior: Option<String>,
    pub total_amount: i64,
    pub subtotal_amount: Option<i64>,
    pub currency: String,
    pub allow_trial: Option<bool>,
    pub active_trial_interval: Option<String>,
    pub active_trial_interval_count: Option<i64>,
    pub trial_end: Option<Time>,
    pub trial_interval: Option<String>,
    pub trial_interval_count: Option<i64>,
    pub organization_id: Uuid,
    pub product_id: Option<Uuid>,
    pub product_price_id: Option<Uuid>,
    pub discount_id: Option<Uuid>,
    pub allow_discount_codes: bool,
    pub require_billing_address: bool,
    pub is_discount_applicable: bool,
    pub is_free_product_price: bool,
    pub is_payment_required: bool,
    pub is_payment_setup_required: bool,
    pub is_payment_form_required: bool,
    pub customer_id: Option<Uuid>,
    pub is_business_customer: bool,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    pub customer_ip_address: Option<String>,
    pub customer_billing_name: Option<String>,
    pub customer_billing_address: Option<Address>,
    pub customer_tax_id: Option<String>,
    pub locale: Option<String>,
    pub payment_processor_metadata: HashMap<String, String>,
    pub billing_address_fields: AddressFields<String>,
    pub customer_billing_address_fields: Option<AddressFields<bool>>,
    pub products: Vec<Product>,
    pub product: Option<Product>,
    pub product_price: Option<Price>,
    pub prices: Option<HashMap<String, Vec<Price>>>,
    pub discount: Option<Discount>,
    pub metadata: HashMap<String, Scalar>,
    pub customer_metadata: HashMap<String, Scalar>,
    pub external_customer_id: Option<String>,
    pub customer_external_id: Option<String>,
    pub subscription_id: Option<Uuid>,
    pub attached_custom_fields: Option<Vec<AttachedCustomField>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Address {
    pub line1: Option<String>,
    pub line2: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub country: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct AddressFields<T> {
    pub country: T,
    pub state: T,
    pub city: T,
    pub postal_code: T,
    pub line1: T,
    pub line2: T,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Product {
    pub id: Uuid,
    pub created_at: Time,
    pub modified_at: Option<Time>,
    pub trial_interval: Option<String>,
    pub trial_interval_count: Option<i64>,
    pub name: String,
    pub description: Option<String>,
    pub visibility: String,
    pub recurring_interval: Option<String>,
    pub recurring_interval_count: Option<i64>,
    pub is_recurring: bool,
    pub is_archived: bool,
    pub organization_id: Uuid,
    pub prices: Vec<Price>,
    pub benefits: Vec<Benefit>,
    pub medias: Vec<Media>,
}

/// Every price kind, legacy or current, by `amount_type`; `legacy` is a plain flag. Each
/// variant is its own struct (no `#[serde(flatten)]`, which would make the baseline slower).
#[derive(Deserialize)]
#[serde(tag = "amount_type", rename_all = "snake_case")]
#[allow(dead_code)]
pub enum Price {
    Fixed(PriceFixed),
    Custom(PriceCustom),
    Free(PriceFree),
    SeatBased(PriceSeatBased),
    MeteredUnit(PriceMeteredUnit),
}

/// A price struct: the fields every price has, then its own.
macro_rules! price {
    ($name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        #[derive(Deserialize)]
        #[allow(dead_code)]
        pub struct $name {
            pub id: Uuid,
            pub created_at: Time,
            pub modified_at: Option<Time>,
            pub source: String,
            pub price_currency: String,
            pub tax_behavior: Option<String>,
            pub is_archived: bool,
            pub product_id: Uuid,
            #[serde(rename = "type")]
            pub type_: Option<String>,
            pub recurring_interval: Option<String>,
            #[serde(default)]
            pub legacy: bool,
            $(pub $field: $ty,)*
        }
    };
}

price!(PriceFixed { price_amount: i64 });
price!(PriceCustom { minimum_amount: i64, maximum_amount: Option<i64>, preset_amount: Option<i64> });
price!(PriceFree {});
price!(PriceSeatBased { price_per_seat: Option<i64>, seat_tiers: SeatTiers });
price!(PriceMeteredUnit { unit_amount: String, cap_amount: Option<i64>, meter_id: Uuid, meter: Meter });

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct SeatTiers {
    pub seat_tier_type: String,
    pub tiers: Vec<SeatTier>,
    pub minimum_seats: i64,
    pub maximum_seats: Option<i64>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct SeatTier {
    pub min_seats: u64,
    pub max_seats: Option<u64>,
    pub price_per_seat: u64,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Meter {
    pub id: Uuid,
    pub name: String,
    pub unit: String,
    pub custom_label: Option<String>,
    pub custom_multiplier: Option<i64>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Benefit {
    pub id: Uuid,
    pub created_at: Time,
    pub modified_at: Option<Time>,
    #[serde(rename = "type")]
    pub type_: String,
    pub description: String,
    pub selectable: bool,
    pub deletable: bool,
    pub organization_id: Uuid,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Media {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub path: String,
    pub mime_type: String,
    pub size: i64,
    pub storage_version: Option<String>,
    pub checksum_etag: Option<String>,
    pub checksum_sha256_base64: Option<String>,
    pub checksum_sha256_hex: Option<String>,
    pub last_modified_at: Option<Time>,
    pub version: Option<String>,
    pub service: String,
    pub is_uploaded: bool,
    pub created_at: Time,
    pub size_readable: String,
    pub public_url: String,
}

/// Fixed-amount or percentage discounts; `duration_in_months` only for `repeating`.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[allow(dead_code)]
pub enum Discount {
    Fixed(DiscountFixed),
    Percentage(DiscountPercentage),
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct DiscountFixed {
    pub id: Uuid,
    pub name: String,
    pub code: Option<String>,
    pub duration: String,
    pub duration_in_months: Option<i64>,
    pub amount: i64,
    pub currency: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct DiscountPercentage {
    pub id: Uuid,
    pub name: String,
    pub code: Option<String>,
    pub duration: String,
    pub duration_in_months: Option<i64>,
    pub basis_points: i64,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct AttachedCustomField {
    pub custom_field_id: Uuid,
    pub custom_field: CustomField,
    pub order: i64,
    pub required: bool,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct CustomField {
    pub id: Uuid,
    pub created_at: Time,
    pub modified_at: Option<Time>,
    pub metadata: HashMap<String, Scalar>,
    #[serde(rename = "type")]
    pub type_: String,
    pub slug: String,
    pub name: String,
    pub organization_id: Uuid,
    pub properties: CustomFieldProperties,
}

/// The union of every custom field kind's properties.
#[derive(Deserialize)]
#[allow(dead_code)]
pub struct CustomFieldProperties {
    pub form_label: Option<String>,
    pub form_help_text: Option<String>,
    pub form_placeholder: Option<String>,
    pub textarea: Option<bool>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub ge: Option<i64>,
    pub le: Option<i64>,
    pub options: Option<Vec<SelectOption>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
}
