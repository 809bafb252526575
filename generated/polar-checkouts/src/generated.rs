// @generated from spec/polar-checkouts.yaml by `cargo xtask codegen`. Do not edit.
#![allow(clippy::all, missing_docs, unused_imports, unreachable_pub, dead_code)]

pub use progenitor_client::{ByteStream, ResponseValue};
#[allow(unused_imports)]
pub(crate) use progenitor_client::{ClientInfo, Error};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    use super::types;
    ///A billing address as returned by the API; only `country` is always present.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Address {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code, e.g. `US`, `SE`, `FR`.
        pub country: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line1: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line2: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        ///State or province; `US-NY`-style codes for the US and Canada.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl Address {
        pub fn builder() -> builder::Address {
            Default::default()
        }
    }
    ///A billing address to send. Only `country` is required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddressInput {
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub city: ::std::option::Option<::std::option::Option<::std::string::String>>,
        ///ISO 3166-1 alpha-2 country code (embargoed countries are refused).
        pub country: ::std::string::String,
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub line1: ::std::option::Option<::std::option::Option<::std::string::String>>,
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub line2: ::std::option::Option<::std::option::Option<::std::string::String>>,
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub postal_code: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///State or province; for the US and Canada, `NY` or `US-NY`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub state: ::std::option::Option<::std::option::Option<::std::string::String>>,
    }
    impl AddressInput {
        pub fn builder() -> builder::AddressInput {
            Default::default()
        }
    }
    ///The customer already has an active subscription.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AlreadyActiveSubscriptionError {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::AlreadyActiveSubscriptionErrorError,
    }
    impl AlreadyActiveSubscriptionError {
        pub fn builder() -> builder::AlreadyActiveSubscriptionError {
            Default::default()
        }
    }
    /// `AlreadyActiveSubscriptionErrorError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AlreadyActiveSubscriptionErrorError {
        /// `AlreadyActiveSubscriptionError`
        AlreadyActiveSubscriptionError,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        AlreadyActiveSubscriptionErrorError { AlreadyActiveSubscriptionError =
        "AlreadyActiveSubscriptionError" }
    );
    ///A custom field attached to a resource.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AttachedCustomField {
        pub custom_field: types::CustomField,
        ///ID of the custom field.
        pub custom_field_id: ::uuid::Uuid,
        ///Order of the custom field in the resource.
        pub order: i64,
        ///Whether a value is required for this custom field.
        pub required: bool,
    }
    impl AttachedCustomField {
        pub fn builder() -> builder::AttachedCustomField {
            Default::default()
        }
    }
    ///A benefit granted by a product, as shown publicly.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BenefitPublic {
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Whether the benefit is deletable.
        pub deletable: bool,
        ///The description of the benefit.
        pub description: ::std::string::String,
        ///The ID of the benefit.
        pub id: ::uuid::Uuid,
        ///Whether the benefit is deleted.
        pub is_deleted: bool,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The ID of the organization owning the benefit.
        pub organization_id: ::uuid::Uuid,
        ///Whether the benefit is selectable when creating a product.
        pub selectable: bool,
        ///The type of the benefit.
        #[serde(rename = "type")]
        pub type_: types::BenefitType,
    }
    impl BenefitPublic {
        pub fn builder() -> builder::BenefitPublic {
            Default::default()
        }
    }
    /// Type of a benefit.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BenefitType {
        /// `custom`
        Custom,
        /// `discord`
        Discord,
        /// `github_repository`
        GithubRepository,
        /// `downloadables`
        Downloadables,
        /// `license_keys`
        LicenseKeys,
        /// `meter_credit`
        MeterCredit,
        /// `feature_flag`
        FeatureFlag,
        /// `slack_shared_channel`
        SlackSharedChannel,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        BenefitType { Custom = "custom", Discord = "discord", GithubRepository =
        "github_repository", Downloadables = "downloadables", LicenseKeys =
        "license_keys", MeterCredit = "meter_credit", FeatureFlag = "feature_flag",
        SlackSharedChannel = "slack_shared_channel" }
    );
    /// Whether a billing address field is required, optional or disabled in the checkout form.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BillingAddressFieldMode {
        /// `required`
        Required,
        /// `optional`
        Optional,
        /// `disabled`
        Disabled,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        BillingAddressFieldMode { Required = "required", Optional = "optional", Disabled
        = "disabled" }
    );
    ///Checkout session data retrieved using an access token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Checkout {
        ///Interval unit of the trial period, if any, from the checkout or else the selected product.
        pub active_trial_interval: ::std::option::Option<types::TrialInterval>,
        ///Number of interval units of the trial period, if any.
        pub active_trial_interval_count: ::std::option::Option<i64>,
        ///Whether the customer may apply discount codes; a discount set with `discount_id` stays applied either way.
        pub allow_discount_codes: bool,
        ///Whether the trial period is enabled; if `false` it is disabled even when the product has one.
        pub allow_trial: ::std::option::Option<bool>,
        ///Amount in cents, before discounts and taxes.
        pub amount: i64,
        ///Custom fields attached to the selected product.
        pub attached_custom_fields: ::std::option::Option<
            ::std::vec::Vec<AttachedCustomField>,
        >,
        ///Which billing address fields are disabled, optional or required in the checkout form.
        pub billing_address_fields: CheckoutBillingAddressFields,
        ///Client secret used to update and complete the checkout session from the client.
        pub client_secret: ::std::string::String,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Currency code of the checkout session.
        pub currency: ::std::string::String,
        ///Key-value object storing custom field values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_field_data: ::std::option::Option<CustomFieldData>,
        ///Billing address of the customer.
        pub customer_billing_address: ::std::option::Option<Address>,
        ///Deprecated: use `billing_address_fields`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_billing_address_fields: ::std::option::Option<
            CheckoutCustomerBillingAddressFields,
        >,
        ///Billing name of the customer.
        pub customer_billing_name: ::std::option::Option<::std::string::String>,
        ///Email address of the customer.
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///Deprecated: use `external_customer_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_external_id: ::std::option::Option<::std::string::String>,
        ///ID of the customer, once known.
        pub customer_id: ::std::option::Option<::uuid::Uuid>,
        ///IP address of the customer, used to detect the tax location.
        pub customer_ip_address: ::std::option::Option<::std::string::String>,
        ///Key-value object copied to the created customer.
        pub customer_metadata: ::std::collections::HashMap<
            ::std::string::String,
            MetadataValue,
        >,
        ///Name of the customer.
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///Tax ID of the customer.
        pub customer_tax_id: ::std::option::Option<::std::string::String>,
        ///The discount applied to the checkout.
        pub discount: ::std::option::Option<types::CheckoutDiscount>,
        ///Discount amount in cents.
        pub discount_amount: i64,
        ///ID of the discount applied to the checkout.
        pub discount_id: ::std::option::Option<::uuid::Uuid>,
        ///When the checkout is embedded, the Origin of the embedding page; messages are only sent to it.
        pub embed_origin: ::std::option::Option<::std::string::String>,
        ///Expiration date and time of the checkout session.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///ID of the customer in your system.
        pub external_customer_id: ::std::option::Option<::std::string::String>,
        ///The ID of the object.
        pub id: ::uuid::Uuid,
        ///Whether the customer is a business; then the full billing address and billing name are required.
        pub is_business_customer: bool,
        ///Whether the discount is applicable; free and custom prices usually are not discountable.
        pub is_discount_applicable: bool,
        ///Whether the product price is free, regardless of discounts.
        pub is_free_product_price: bool,
        ///Whether the checkout requires a payment form, for a payment or a payment method setup.
        pub is_payment_form_required: bool,
        ///Whether the checkout requires payment (not for free products or fully discounted totals).
        pub is_payment_required: bool,
        ///Whether the checkout requires setting up a payment method regardless of the amount, e.g. for trials.
        pub is_payment_setup_required: bool,
        ///Locale of the checkout page, e.g. `en` or `fr`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        ///Maximum number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_seats: ::std::option::Option<i64>,
        ///Maximum number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_units: ::std::option::Option<i64>,
        ///Key-value object copied to the resulting order and/or subscription.
        pub metadata: Metadata,
        ///Minimum number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_seats: ::std::option::Option<i64>,
        ///Minimum number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_units: ::std::option::Option<i64>,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Amount in cents, after discounts but before taxes.
        pub net_amount: i64,
        ///ID of the organization owning the checkout session.
        pub organization_id: ::uuid::Uuid,
        ///Payment method type selected by the customer in the checkout form, e.g. `card`, `apple_pay` or `upi`.
        pub payment_method_type: ::std::option::Option<::std::string::String>,
        ///Payment processor used.
        pub payment_processor: types::PaymentProcessor,
        ///Data for the payment processor's client-side SDK, e.g. Stripe's publishable key.
        pub payment_processor_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Prices of each available product, keyed by product ID.
        pub prices: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<types::ProductPrice>,
            >,
        >,
        ///Product selected to checkout.
        pub product: ::std::option::Option<CheckoutProduct>,
        ///ID of the product to checkout.
        pub product_id: ::std::option::Option<::uuid::Uuid>,
        ///Deprecated: price of the selected product.
        pub product_price: ::std::option::Option<types::ProductPrice>,
        ///Deprecated: ID of the product price to checkout.
        pub product_price_id: ::std::option::Option<::uuid::Uuid>,
        ///List of products available to select.
        pub products: ::std::vec::Vec<CheckoutProduct>,
        ///Whether the customer must fill the full billing address instead of just the country (always required in the US).
        pub require_billing_address: bool,
        ///When set, a back button is shown in the checkout to return to this URL.
        pub return_url: ::std::option::Option<::std::string::String>,
        ///Predefined number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seats: ::std::option::Option<i64>,
        ///Status of the checkout session.
        pub status: types::CheckoutStatus,
        ///ID of the subscription being upgraded, if any.
        pub subscription_id: ::std::option::Option<::uuid::Uuid>,
        ///Deprecated: use `net_amount`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtotal_amount: ::std::option::Option<i64>,
        ///URL where the customer will be redirected after a successful payment.
        pub success_url: ::std::string::String,
        ///Sales tax amount in cents; null while there is not enough information to calculate it.
        pub tax_amount: ::std::option::Option<i64>,
        ///Tax behavior of the checkout; null while tax is not calculated yet.
        pub tax_behavior: ::std::option::Option<types::TaxBehavior>,
        ///Amount in cents, after discounts and taxes.
        pub total_amount: i64,
        ///End date and time of the trial period, if any.
        pub trial_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The interval unit for the trial period.
        pub trial_interval: ::std::option::Option<types::TrialInterval>,
        ///The number of interval units for the trial period.
        pub trial_interval_count: ::std::option::Option<i64>,
        ///Predefined number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<i64>,
        ///URL where the customer can access the checkout session; it embeds the client secret.
        pub url: ::std::string::String,
    }
    impl ::std::fmt::Debug for Checkout {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Checkout")
                .field("active_trial_interval", &self.active_trial_interval)
                .field("active_trial_interval_count", &self.active_trial_interval_count)
                .field("allow_discount_codes", &self.allow_discount_codes)
                .field("allow_trial", &self.allow_trial)
                .field("amount", &self.amount)
                .field("attached_custom_fields", &self.attached_custom_fields)
                .field("billing_address_fields", &self.billing_address_fields)
                .field("client_secret", &"<redacted>")
                .field("created_at", &self.created_at)
                .field("currency", &self.currency)
                .field("custom_field_data", &self.custom_field_data)
                .field("customer_billing_address", &self.customer_billing_address)
                .field(
                    "customer_billing_address_fields",
                    &self.customer_billing_address_fields,
                )
                .field("customer_billing_name", &self.customer_billing_name)
                .field("customer_email", &self.customer_email)
                .field("customer_external_id", &self.customer_external_id)
                .field("customer_id", &self.customer_id)
                .field("customer_ip_address", &self.customer_ip_address)
                .field("customer_metadata", &self.customer_metadata)
                .field("customer_name", &self.customer_name)
                .field("customer_tax_id", &self.customer_tax_id)
                .field("discount", &self.discount)
                .field("discount_amount", &self.discount_amount)
                .field("discount_id", &self.discount_id)
                .field("embed_origin", &self.embed_origin)
                .field("expires_at", &self.expires_at)
                .field("external_customer_id", &self.external_customer_id)
                .field("id", &self.id)
                .field("is_business_customer", &self.is_business_customer)
                .field("is_discount_applicable", &self.is_discount_applicable)
                .field("is_free_product_price", &self.is_free_product_price)
                .field("is_payment_form_required", &self.is_payment_form_required)
                .field("is_payment_required", &self.is_payment_required)
                .field("is_payment_setup_required", &self.is_payment_setup_required)
                .field("locale", &self.locale)
                .field("max_seats", &self.max_seats)
                .field("max_units", &self.max_units)
                .field("metadata", &self.metadata)
                .field("min_seats", &self.min_seats)
                .field("min_units", &self.min_units)
                .field("modified_at", &self.modified_at)
                .field("net_amount", &self.net_amount)
                .field("organization_id", &self.organization_id)
                .field("payment_method_type", &self.payment_method_type)
                .field("payment_processor", &self.payment_processor)
                .field("payment_processor_metadata", &"<redacted>")
                .field("prices", &self.prices)
                .field("product", &self.product)
                .field("product_id", &self.product_id)
                .field("product_price", &self.product_price)
                .field("product_price_id", &self.product_price_id)
                .field("products", &self.products)
                .field("require_billing_address", &self.require_billing_address)
                .field("return_url", &self.return_url)
                .field("seats", &self.seats)
                .field("status", &self.status)
                .field("subscription_id", &self.subscription_id)
                .field("subtotal_amount", &self.subtotal_amount)
                .field("success_url", &self.success_url)
                .field("tax_amount", &self.tax_amount)
                .field("tax_behavior", &self.tax_behavior)
                .field("total_amount", &self.total_amount)
                .field("trial_end", &self.trial_end)
                .field("trial_interval", &self.trial_interval)
                .field("trial_interval_count", &self.trial_interval_count)
                .field("units", &self.units)
                .field("url", &"<redacted>")
                .finish()
        }
    }
    impl Checkout {
        pub fn builder() -> builder::Checkout {
            Default::default()
        }
    }
    ///Which billing address fields are disabled, optional or required in the checkout form.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutBillingAddressFields {
        pub city: types::BillingAddressFieldMode,
        pub country: types::BillingAddressFieldMode,
        pub line1: types::BillingAddressFieldMode,
        pub line2: types::BillingAddressFieldMode,
        pub postal_code: types::BillingAddressFieldMode,
        pub state: types::BillingAddressFieldMode,
    }
    impl CheckoutBillingAddressFields {
        pub fn builder() -> builder::CheckoutBillingAddressFields {
            Default::default()
        }
    }
    ///Confirm a checkout session using a Stripe confirmation token. The server applies the fields that are present as a partial update (absent keeps, `null` clears), as for `CheckoutUpdatePublic`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CheckoutConfirmStripe {
        ///Only `false` (or `null`) is accepted, and `true` is refused by the server with a 422: disables the trial, e.g. when the customer already redeemed one.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub allow_trial: ::std::option::Option<::std::option::Option<bool>>,
        ///Amount in cents, before discounts and taxes; only used for custom prices.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub amount: ::std::option::Option<::std::option::Option<u64>>,
        ///ID of the Stripe confirmation token; required for fixed and custom prices.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub confirmation_token_id: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Key-value object storing custom field values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_field_data: ::std::option::Option<CustomFieldDataInput>,
        ///Billing address of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_billing_address: ::std::option::Option<
            ::std::option::Option<AddressInput>,
        >,
        ///Billing name of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_billing_name: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Email address of the customer; the server refuses one that is not a valid address.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_email: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Name of the customer (at most 256 characters).
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_name: ::std::option::Option<
            ::std::option::Option<CheckoutConfirmStripeCustomerName>,
        >,
        ///Tax ID of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_tax_id: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Discount code to apply to the checkout; `null` removes the applied one.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub discount_code: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Whether the customer is a business.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub is_business_customer: ::std::option::Option<::std::option::Option<bool>>,
        ///Locale of the checkout page, e.g. `en` or `fr`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub locale: ::std::option::Option<::std::option::Option<::std::string::String>>,
        ///Payment method type selected by the customer in the checkout form, e.g. `card`, `apple_pay` or `upi`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub payment_method_type: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///ID of the product to checkout; must be in the checkout's product list.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub product_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Deprecated: ID of the product price to checkout; use `product_id`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub product_price_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        /**Number of seats for seat-based pricing.

Between `1` and `10000`; the server refuses other values.*/
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub seats: ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
        ///Number of units for unit-based pricing.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub units: ::std::option::Option<::std::option::Option<i32>>,
    }
    impl CheckoutConfirmStripe {
        pub fn builder() -> builder::CheckoutConfirmStripe {
            Default::default()
        }
    }
    ///Name of the customer (at most 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutConfirmStripeCustomerName(::std::string::String);
    impl ::std::ops::Deref for CheckoutConfirmStripeCustomerName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutConfirmStripeCustomerName>
    for ::std::string::String {
        fn from(value: CheckoutConfirmStripeCustomerName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutConfirmStripeCustomerName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutConfirmStripeCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CheckoutConfirmStripeCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutConfirmStripeCustomerName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Create a checkout session from a list of products; the customer can switch between them. Metadata is copied to the resulting order and/or subscription.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutCreate {
        /**Whether the customer may apply discount codes; a discount set with `discount_id` stays applied either way.

Defaults to `true` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_discount_codes: ::std::option::Option<bool>,
        /**Whether to enable the trial period; `false` disables it even if the product has one.

Defaults to `true` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_trial: ::std::option::Option<bool>,
        ///Amount in cents, before discounts and taxes; only used for custom prices.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<u64>,
        ///Currency code of the checkout; if not set, inferred from the customer's location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<CheckoutCreateCurrency>,
        ///Key-value object storing custom field values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_field_data: ::std::option::Option<CustomFieldDataInput>,
        ///Billing address of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_billing_address: ::std::option::Option<AddressInput>,
        ///Billing name of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_billing_name: ::std::option::Option<::std::string::String>,
        ///Email address of the customer; the server refuses one that is not a valid address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///ID of an existing customer of the organization; pre-fills the form and links the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::uuid::Uuid>,
        ///IP address of the customer, used to detect the tax location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_ip_address: ::std::option::Option<::std::string::String>,
        ///Key-value object copied to the created customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_metadata: ::std::option::Option<MetadataInput>,
        ///Name of the customer (at most 256 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_name: ::std::option::Option<CheckoutCreateCustomerName>,
        ///Tax ID of the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_tax_id: ::std::option::Option<::std::string::String>,
        ///ID of the discount to apply to the checkout.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount_id: ::std::option::Option<::uuid::Uuid>,
        ///If you embed the checkout, the Origin of the embedding page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub embed_origin: ::std::option::Option<::std::string::String>,
        ///ID of the customer in your system; links the order to the matching customer, or creates one with this external ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_customer_id: ::std::option::Option<::std::string::String>,
        /**Whether the customer is a business; then the full billing address and billing name are required.

Defaults to `false` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_business_customer: ::std::option::Option<bool>,
        ///Locale of the checkout page, e.g. `en` or `fr`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        /**Maximum number of seats (seat-based pricing only).

Between `1` and `10000`; the server refuses other values.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_seats: ::std::option::Option<::std::num::NonZeroU64>,
        ///Maximum number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_units: ::std::option::Option<i32>,
        ///Key-value object copied to the resulting order and/or subscription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<MetadataInput>,
        /**Minimum number of seats (seat-based pricing only).

Between `1` and `10000`; the server refuses other values.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_seats: ::std::option::Option<::std::num::NonZeroU64>,
        ///Minimum number of units (unit-based pricing only); at most `max_units`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_units: ::std::option::Option<i32>,
        ///Ad-hoc prices to create, keyed by product ID; by default the products' catalog prices are used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prices: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<types::ProductPriceCreate>,
            >,
        >,
        ///IDs of the products available at this checkout (unique); the first one is selected.
        pub products: ::std::vec::Vec<::uuid::Uuid>,
        /**Whether the customer must fill the full billing address instead of just the country.

Defaults to `false` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub require_billing_address: ::std::option::Option<bool>,
        ///When set, a back button is shown in the checkout to return to this URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub return_url: ::std::option::Option<CheckoutCreateReturnUrl>,
        /**Predefined number of seats (seat-based pricing only); set `seats`, `min_seats` and `max_seats` alike to lock the quantity.

Between `1` and `10000`; the server refuses other values.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seats: ::std::option::Option<::std::num::NonZeroU64>,
        ///ID of a subscription on a free price to upgrade; the checkout's metadata is copied to it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_id: ::std::option::Option<::uuid::Uuid>,
        ///URL the customer is redirected to after a successful payment; add `checkout_id={CHECKOUT_ID}` to its query to receive the session ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success_url: ::std::option::Option<CheckoutCreateSuccessUrl>,
        ///The interval unit for the trial period.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_interval: ::std::option::Option<types::TrialInterval>,
        /**The number of interval units for the trial period.

Between `1` and `1000`; the server refuses other values.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_interval_count: ::std::option::Option<::std::num::NonZeroU64>,
        ///Predefined number of units (unit-based pricing only); between `min_units` and `max_units`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<i32>,
    }
    impl CheckoutCreate {
        pub fn builder() -> builder::CheckoutCreate {
            Default::default()
        }
    }
    ///Currency code of the checkout; if not set, inferred from the customer's location.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutCreateCurrency(::std::string::String);
    impl ::std::ops::Deref for CheckoutCreateCurrency {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutCreateCurrency> for ::std::string::String {
        fn from(value: CheckoutCreateCurrency) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutCreateCurrency {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 3usize {
                return Err("longer than 3 characters".into());
            }
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutCreateCurrency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutCreateCurrency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutCreateCurrency {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Name of the customer (at most 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutCreateCustomerName(::std::string::String);
    impl ::std::ops::Deref for CheckoutCreateCustomerName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutCreateCustomerName> for ::std::string::String {
        fn from(value: CheckoutCreateCustomerName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutCreateCustomerName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutCreateCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutCreateCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutCreateCustomerName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///When set, a back button is shown in the checkout to return to this URL.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutCreateReturnUrl(::std::string::String);
    impl ::std::ops::Deref for CheckoutCreateReturnUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutCreateReturnUrl> for ::std::string::String {
        fn from(value: CheckoutCreateReturnUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutCreateReturnUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2083usize {
                return Err("longer than 2083 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutCreateReturnUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutCreateReturnUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutCreateReturnUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///URL the customer is redirected to after a successful payment; add `checkout_id={CHECKOUT_ID}` to its query to receive the session ID.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutCreateSuccessUrl(::std::string::String);
    impl ::std::ops::Deref for CheckoutCreateSuccessUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutCreateSuccessUrl> for ::std::string::String {
        fn from(value: CheckoutCreateSuccessUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutCreateSuccessUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2083usize {
                return Err("longer than 2083 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutCreateSuccessUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutCreateSuccessUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutCreateSuccessUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Deprecated: use `billing_address_fields`. Which billing address fields are shown.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutCustomerBillingAddressFields {
        pub city: bool,
        pub country: bool,
        pub line1: bool,
        pub line2: bool,
        pub postal_code: bool,
        pub state: bool,
    }
    impl CheckoutCustomerBillingAddressFields {
        pub fn builder() -> builder::CheckoutCustomerBillingAddressFields {
            Default::default()
        }
    }
    /// The discount applied to a checkout, by `type`.
    ///
    #[doc = concat!(
        " Decoded by its `", "type", "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutDiscount {
        /// When `type` is `fixed`.
        Fixed(CheckoutDiscountFixed),
        /// When `type` is `percentage`.
        Percentage(CheckoutDiscountPercentage),
        /// A `type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<CheckoutDiscountFixed> for CheckoutDiscount {
        fn from(value: CheckoutDiscountFixed) -> Self {
            Self::Fixed(value)
        }
    }
    impl ::std::convert::From<CheckoutDiscountPercentage> for CheckoutDiscount {
        fn from(value: CheckoutDiscountPercentage) -> Self {
            Self::Percentage(value)
        }
    }
    impl ::serde::Serialize for CheckoutDiscount {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Fixed(value) => value.serialize(serializer),
                Self::Percentage(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutDiscount {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("fixed") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Fixed)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("percentage") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Percentage)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `type`",
                        ),
                    )
                }
            }
        }
    }
    /// A fixed-amount discount, by `duration`.
    ///
    #[doc = concat!(
        " Decoded by its `", "duration",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutDiscountFixed {
        /// When `duration` is `forever` or `once`.
        OnceForeverDuration(CheckoutDiscountFixedOnceForeverDuration),
        /// When `duration` is `repeating`.
        RepeatDuration(CheckoutDiscountFixedRepeatDuration),
        /// A `duration` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<CheckoutDiscountFixedOnceForeverDuration>
    for CheckoutDiscountFixed {
        fn from(value: CheckoutDiscountFixedOnceForeverDuration) -> Self {
            Self::OnceForeverDuration(value)
        }
    }
    impl ::std::convert::From<CheckoutDiscountFixedRepeatDuration>
    for CheckoutDiscountFixed {
        fn from(value: CheckoutDiscountFixedRepeatDuration) -> Self {
            Self::RepeatDuration(value)
        }
    }
    impl ::serde::Serialize for CheckoutDiscountFixed {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::OnceForeverDuration(value) => value.serialize(serializer),
                Self::RepeatDuration(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutDiscountFixed {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "duration")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("forever") | Some("once") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::OnceForeverDuration)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "duration", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("repeating") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::RepeatDuration)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "duration", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `duration`",
                        ),
                    )
                }
            }
        }
    }
    ///A fixed amount discount applied once or forever.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutDiscountFixedOnceForeverDuration {
        ///Deprecated: use `amounts`. Fixed amount to discount from the invoice total, in cents.
        pub amount: i64,
        ///Fixed amount to discount from the total, in cents, by lowercase currency code (e.g. `usd`).
        pub amounts: ::std::collections::HashMap<::std::string::String, i64>,
        ///Code customers can use to apply the discount.
        pub code: ::std::option::Option<::std::string::String>,
        ///Deprecated: use `amounts`. The currency of the amount.
        pub currency: ::std::string::String,
        ///Whether the discount applies once, on the first invoice, or forever.
        pub duration: types::CheckoutDiscountFixedOnceForeverDurationDuration,
        ///The ID of the discount.
        pub id: ::uuid::Uuid,
        ///Name of the discount, shown to the customer.
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CheckoutDiscountFixedOnceForeverDurationType,
    }
    impl CheckoutDiscountFixedOnceForeverDuration {
        pub fn builder() -> builder::CheckoutDiscountFixedOnceForeverDuration {
            Default::default()
        }
    }
    /// `CheckoutDiscountFixedOnceForeverDurationDuration`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountFixedOnceForeverDurationDuration {
        /// `once`
        Once,
        /// `forever`
        Forever,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountFixedOnceForeverDurationDuration { Once = "once", Forever =
        "forever" }
    );
    /// `CheckoutDiscountFixedOnceForeverDurationType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountFixedOnceForeverDurationType {
        /// `fixed`
        Fixed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountFixedOnceForeverDurationType { Fixed = "fixed" }
    );
    ///A fixed amount discount applied on every invoice for a number of months.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutDiscountFixedRepeatDuration {
        ///Deprecated: use `amounts`. Fixed amount to discount from the invoice total, in cents.
        pub amount: i64,
        ///Fixed amount to discount from the total, in cents, by lowercase currency code (e.g. `usd`).
        pub amounts: ::std::collections::HashMap<::std::string::String, i64>,
        ///Code customers can use to apply the discount.
        pub code: ::std::option::Option<::std::string::String>,
        ///Deprecated: use `amounts`. The currency of the amount.
        pub currency: ::std::string::String,
        ///The discount applies on every invoice for `duration_in_months` months.
        pub duration: types::CheckoutDiscountFixedRepeatDurationDuration,
        ///Number of months the discount applies.
        pub duration_in_months: i64,
        ///The ID of the discount.
        pub id: ::uuid::Uuid,
        ///Name of the discount, shown to the customer.
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CheckoutDiscountFixedRepeatDurationType,
    }
    impl CheckoutDiscountFixedRepeatDuration {
        pub fn builder() -> builder::CheckoutDiscountFixedRepeatDuration {
            Default::default()
        }
    }
    /// `CheckoutDiscountFixedRepeatDurationDuration`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountFixedRepeatDurationDuration {
        /// `repeating`
        Repeating,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountFixedRepeatDurationDuration { Repeating = "repeating" }
    );
    /// `CheckoutDiscountFixedRepeatDurationType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountFixedRepeatDurationType {
        /// `fixed`
        Fixed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountFixedRepeatDurationType { Fixed = "fixed" }
    );
    /// A percentage discount, by `duration`.
    ///
    #[doc = concat!(
        " Decoded by its `", "duration",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutDiscountPercentage {
        /// When `duration` is `forever` or `once`.
        OnceForeverDuration(CheckoutDiscountPercentageOnceForeverDuration),
        /// When `duration` is `repeating`.
        RepeatDuration(CheckoutDiscountPercentageRepeatDuration),
        /// A `duration` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<CheckoutDiscountPercentageOnceForeverDuration>
    for CheckoutDiscountPercentage {
        fn from(value: CheckoutDiscountPercentageOnceForeverDuration) -> Self {
            Self::OnceForeverDuration(value)
        }
    }
    impl ::std::convert::From<CheckoutDiscountPercentageRepeatDuration>
    for CheckoutDiscountPercentage {
        fn from(value: CheckoutDiscountPercentageRepeatDuration) -> Self {
            Self::RepeatDuration(value)
        }
    }
    impl ::serde::Serialize for CheckoutDiscountPercentage {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::OnceForeverDuration(value) => value.serialize(serializer),
                Self::RepeatDuration(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutDiscountPercentage {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "duration")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("forever") | Some("once") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::OnceForeverDuration)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "duration", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("repeating") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::RepeatDuration)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "duration", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `duration`",
                        ),
                    )
                }
            }
        }
    }
    ///A percentage discount applied once or forever.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutDiscountPercentageOnceForeverDuration {
        ///Discount percentage in basis points (1000 = 10%).
        pub basis_points: i64,
        ///Code customers can use to apply the discount.
        pub code: ::std::option::Option<::std::string::String>,
        ///Whether the discount applies once, on the first invoice, or forever.
        pub duration: types::CheckoutDiscountPercentageOnceForeverDurationDuration,
        ///The ID of the discount.
        pub id: ::uuid::Uuid,
        ///Name of the discount, shown to the customer.
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CheckoutDiscountPercentageOnceForeverDurationType,
    }
    impl CheckoutDiscountPercentageOnceForeverDuration {
        pub fn builder() -> builder::CheckoutDiscountPercentageOnceForeverDuration {
            Default::default()
        }
    }
    /// `CheckoutDiscountPercentageOnceForeverDurationDuration`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountPercentageOnceForeverDurationDuration {
        /// `once`
        Once,
        /// `forever`
        Forever,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountPercentageOnceForeverDurationDuration { Once = "once", Forever =
        "forever" }
    );
    /// `CheckoutDiscountPercentageOnceForeverDurationType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountPercentageOnceForeverDurationType {
        /// `percentage`
        Percentage,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountPercentageOnceForeverDurationType { Percentage = "percentage" }
    );
    ///A percentage discount applied on every invoice for a number of months.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutDiscountPercentageRepeatDuration {
        ///Discount percentage in basis points (1000 = 10%).
        pub basis_points: i64,
        ///Code customers can use to apply the discount.
        pub code: ::std::option::Option<::std::string::String>,
        ///The discount applies on every invoice for `duration_in_months` months.
        pub duration: types::CheckoutDiscountPercentageRepeatDurationDuration,
        ///Number of months the discount applies.
        pub duration_in_months: i64,
        ///The ID of the discount.
        pub id: ::uuid::Uuid,
        ///Name of the discount, shown to the customer.
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CheckoutDiscountPercentageRepeatDurationType,
    }
    impl CheckoutDiscountPercentageRepeatDuration {
        pub fn builder() -> builder::CheckoutDiscountPercentageRepeatDuration {
            Default::default()
        }
    }
    /// `CheckoutDiscountPercentageRepeatDurationDuration`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountPercentageRepeatDurationDuration {
        /// `repeating`
        Repeating,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountPercentageRepeatDurationDuration { Repeating = "repeating" }
    );
    /// `CheckoutDiscountPercentageRepeatDurationType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutDiscountPercentageRepeatDurationType {
        /// `percentage`
        Percentage,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutDiscountPercentageRepeatDurationType { Percentage = "percentage" }
    );
    /// Why a checkout operation was forbidden, by `error`.
    ///
    #[doc = concat!(
        " Decoded by its `", "error",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutForbiddenError {
        /// When `error` is `AlreadyActiveSubscriptionError`.
        AlreadyActiveSubscriptionError(AlreadyActiveSubscriptionError),
        /// When `error` is `NotOpenCheckout`.
        NotOpenCheckout(NotOpenCheckout),
        /// When `error` is `PaymentNotReady`.
        PaymentNotReady(PaymentNotReady),
        /// When `error` is `TrialAlreadyRedeemed`.
        TrialAlreadyRedeemed(TrialAlreadyRedeemed),
        /// When `error` is `DiscountRedemptionLimitReached`.
        DiscountRedemptionLimitReached(DiscountRedemptionLimitReached),
        /// When `error` is `NotPermitted`.
        NotPermitted(NotPermitted),
        /// A `error` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<AlreadyActiveSubscriptionError>
    for CheckoutForbiddenError {
        fn from(value: AlreadyActiveSubscriptionError) -> Self {
            Self::AlreadyActiveSubscriptionError(value)
        }
    }
    impl ::std::convert::From<NotOpenCheckout> for CheckoutForbiddenError {
        fn from(value: NotOpenCheckout) -> Self {
            Self::NotOpenCheckout(value)
        }
    }
    impl ::std::convert::From<PaymentNotReady> for CheckoutForbiddenError {
        fn from(value: PaymentNotReady) -> Self {
            Self::PaymentNotReady(value)
        }
    }
    impl ::std::convert::From<TrialAlreadyRedeemed> for CheckoutForbiddenError {
        fn from(value: TrialAlreadyRedeemed) -> Self {
            Self::TrialAlreadyRedeemed(value)
        }
    }
    impl ::std::convert::From<DiscountRedemptionLimitReached>
    for CheckoutForbiddenError {
        fn from(value: DiscountRedemptionLimitReached) -> Self {
            Self::DiscountRedemptionLimitReached(value)
        }
    }
    impl ::std::convert::From<NotPermitted> for CheckoutForbiddenError {
        fn from(value: NotPermitted) -> Self {
            Self::NotPermitted(value)
        }
    }
    impl ::serde::Serialize for CheckoutForbiddenError {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::AlreadyActiveSubscriptionError(value) => {
                    value.serialize(serializer)
                }
                Self::NotOpenCheckout(value) => value.serialize(serializer),
                Self::PaymentNotReady(value) => value.serialize(serializer),
                Self::TrialAlreadyRedeemed(value) => value.serialize(serializer),
                Self::DiscountRedemptionLimitReached(value) => {
                    value.serialize(serializer)
                }
                Self::NotPermitted(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutForbiddenError {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "error")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("AlreadyActiveSubscriptionError") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::AlreadyActiveSubscriptionError)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "error", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("NotOpenCheckout") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::NotOpenCheckout)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "error", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("PaymentNotReady") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::PaymentNotReady)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "error", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("TrialAlreadyRedeemed") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::TrialAlreadyRedeemed)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "error", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("DiscountRedemptionLimitReached") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::DiscountRedemptionLimitReached)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "error", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("NotPermitted") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::NotPermitted)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "error", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `error`",
                        ),
                    )
                }
            }
        }
    }
    ///The checkout session is being processed by another request; retry later.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutLocked {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::CheckoutLockedError,
    }
    impl CheckoutLocked {
        pub fn builder() -> builder::CheckoutLocked {
            Default::default()
        }
    }
    /// `CheckoutLockedError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutLockedError {
        /// `CheckoutLocked`
        CheckoutLocked,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutLockedError { CheckoutLocked = "CheckoutLocked" }
    );
    ///The organization selling, as shown in a public checkout.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutOrganization {
        ///Whether customers can update their subscriptions from the customer portal.
        pub allow_customer_updates: bool,
        ///Avatar URL.
        pub avatar_url: ::std::option::Option<::std::string::String>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bio: ::std::option::Option<::std::string::String>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blog: ::std::option::Option<::std::string::String>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub company: ::std::option::Option<::std::string::String>,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Deprecated.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub customer_email_settings: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_upfront_split_to_contributors: ::std::option::Option<i64>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details_submitted_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub feature_settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        pub id: ::uuid::Uuid,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Organization name shown in checkout, customer portal and emails.
        pub name: ::std::string::String,
        ///Deprecated.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub notification_settings: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pledge_badge_show_amount: ::std::option::Option<bool>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pledge_minimum_amount: ::std::option::Option<i64>,
        pub proration_behavior: types::SubscriptionProrationBehavior,
        ///Unique organization slug.
        pub slug: ::std::string::String,
        ///Deprecated.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub socials: ::std::vec::Vec<OrganizationSocialLink>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<types::LegacyOrganizationStatus>,
        ///Deprecated.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub subscription_settings: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub twitter_username: ::std::option::Option<::std::string::String>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<::std::string::String>,
    }
    impl CheckoutOrganization {
        pub fn builder() -> builder::CheckoutOrganization {
            Default::default()
        }
    }
    ///Product data for a checkout session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutProduct {
        ///List of benefits granted by the product.
        pub benefits: ::std::vec::Vec<BenefitPublic>,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The description of the product.
        pub description: ::std::option::Option<::std::string::String>,
        ///The ID of the product.
        pub id: ::uuid::Uuid,
        ///Whether the product is archived and no longer available.
        pub is_archived: bool,
        ///Whether the product is a subscription.
        pub is_recurring: bool,
        ///List of medias associated to the product.
        pub medias: ::std::vec::Vec<ProductMediaFileRead>,
        ///The meter cycle of the product, independent of the billing interval; null when metered concerns follow the billing interval.
        pub meter_interval: ::std::option::Option<types::SubscriptionRecurringInterval>,
        ///Number of meter interval units; null when no meter cycle is set.
        pub meter_interval_count: ::std::option::Option<i64>,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The name of the product.
        pub name: ::std::string::String,
        ///The ID of the organization owning the product.
        pub organization_id: ::uuid::Uuid,
        ///List of prices for this product.
        pub prices: ::std::vec::Vec<types::ProductPrice>,
        ///The recurring interval of the product; null for a one-time purchase.
        pub recurring_interval: ::std::option::Option<
            types::SubscriptionRecurringInterval,
        >,
        ///Number of interval units between charges (1: every interval, 2: every other); null for one-time products.
        pub recurring_interval_count: ::std::option::Option<i64>,
        ///The interval unit for the trial period.
        pub trial_interval: ::std::option::Option<types::TrialInterval>,
        ///The number of interval units for the trial period.
        pub trial_interval_count: ::std::option::Option<i64>,
        ///The visibility of the product.
        pub visibility: types::ProductVisibility,
    }
    impl CheckoutProduct {
        pub fn builder() -> builder::CheckoutProduct {
            Default::default()
        }
    }
    ///Checkout session data retrieved using the client secret.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct CheckoutPublic {
        ///Interval unit of the trial period, if any, from the checkout or else the selected product.
        pub active_trial_interval: ::std::option::Option<types::TrialInterval>,
        ///Number of interval units of the trial period, if any.
        pub active_trial_interval_count: ::std::option::Option<i64>,
        ///Whether the customer may apply discount codes; a discount set with `discount_id` stays applied either way.
        pub allow_discount_codes: bool,
        ///Whether the trial period is enabled; if `false` it is disabled even when the product has one.
        pub allow_trial: ::std::option::Option<bool>,
        ///Amount in cents, before discounts and taxes.
        pub amount: i64,
        ///Custom fields attached to the selected product.
        pub attached_custom_fields: ::std::option::Option<
            ::std::vec::Vec<AttachedCustomField>,
        >,
        ///Which billing address fields are disabled, optional or required in the checkout form.
        pub billing_address_fields: CheckoutBillingAddressFields,
        ///Client secret used to update and complete the checkout session from the client.
        pub client_secret: ::std::string::String,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Currency code of the checkout session.
        pub currency: ::std::string::String,
        ///Key-value object storing custom field values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_field_data: ::std::option::Option<CustomFieldData>,
        ///Billing address of the customer.
        pub customer_billing_address: ::std::option::Option<Address>,
        ///Deprecated: use `billing_address_fields`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_billing_address_fields: ::std::option::Option<
            CheckoutCustomerBillingAddressFields,
        >,
        ///Billing name of the customer.
        pub customer_billing_name: ::std::option::Option<::std::string::String>,
        ///Email address of the customer.
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///ID of the customer, once known.
        pub customer_id: ::std::option::Option<::uuid::Uuid>,
        ///IP address of the customer, used to detect the tax location.
        pub customer_ip_address: ::std::option::Option<::std::string::String>,
        ///Name of the customer.
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///Tax ID of the customer.
        pub customer_tax_id: ::std::option::Option<::std::string::String>,
        ///The discount applied to the checkout.
        pub discount: ::std::option::Option<types::CheckoutDiscount>,
        ///Discount amount in cents.
        pub discount_amount: i64,
        ///ID of the discount applied to the checkout.
        pub discount_id: ::std::option::Option<::uuid::Uuid>,
        ///When the checkout is embedded, the Origin of the embedding page; messages are only sent to it.
        pub embed_origin: ::std::option::Option<::std::string::String>,
        ///Expiration date and time of the checkout session.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the object.
        pub id: ::uuid::Uuid,
        ///Whether the customer is a business; then the full billing address and billing name are required.
        pub is_business_customer: bool,
        ///Whether the discount is applicable; free and custom prices usually are not discountable.
        pub is_discount_applicable: bool,
        ///Whether the product price is free, regardless of discounts.
        pub is_free_product_price: bool,
        ///Whether the checkout requires a payment form, for a payment or a payment method setup.
        pub is_payment_form_required: bool,
        ///Whether the checkout requires payment (not for free products or fully discounted totals).
        pub is_payment_required: bool,
        ///Whether the checkout requires setting up a payment method regardless of the amount, e.g. for trials.
        pub is_payment_setup_required: bool,
        ///Locale of the checkout page, e.g. `en` or `fr`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        ///Maximum number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_seats: ::std::option::Option<i64>,
        ///Maximum number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_units: ::std::option::Option<i64>,
        ///Minimum number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_seats: ::std::option::Option<i64>,
        ///Minimum number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_units: ::std::option::Option<i64>,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Amount in cents, after discounts but before taxes.
        pub net_amount: i64,
        ///The organization selling.
        pub organization: CheckoutOrganization,
        ///ID of the organization owning the checkout session.
        pub organization_id: ::uuid::Uuid,
        ///Payment method type selected by the customer in the checkout form, e.g. `card`, `apple_pay` or `upi`.
        pub payment_method_type: ::std::option::Option<::std::string::String>,
        ///Payment processor used.
        pub payment_processor: types::PaymentProcessor,
        ///Data for the payment processor's client-side SDK, e.g. Stripe's publishable key.
        pub payment_processor_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Prices of each available product, keyed by product ID.
        pub prices: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<types::ProductPrice>,
            >,
        >,
        ///Product selected to checkout.
        pub product: ::std::option::Option<CheckoutProduct>,
        ///ID of the product to checkout.
        pub product_id: ::std::option::Option<::uuid::Uuid>,
        ///Deprecated: price of the selected product.
        pub product_price: ::std::option::Option<types::ProductPrice>,
        ///Deprecated: ID of the product price to checkout.
        pub product_price_id: ::std::option::Option<::uuid::Uuid>,
        ///List of products available to select.
        pub products: ::std::vec::Vec<CheckoutProduct>,
        ///Whether the customer must fill the full billing address instead of just the country (always required in the US).
        pub require_billing_address: bool,
        ///When set, a back button is shown in the checkout to return to this URL.
        pub return_url: ::std::option::Option<::std::string::String>,
        ///Predefined number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seats: ::std::option::Option<i64>,
        ///Status of the checkout session.
        pub status: types::CheckoutStatus,
        ///Deprecated: use `net_amount`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtotal_amount: ::std::option::Option<i64>,
        ///URL where the customer will be redirected after a successful payment.
        pub success_url: ::std::string::String,
        ///Sales tax amount in cents; null while there is not enough information to calculate it.
        pub tax_amount: ::std::option::Option<i64>,
        ///Tax behavior of the checkout; null while tax is not calculated yet.
        pub tax_behavior: ::std::option::Option<types::TaxBehavior>,
        ///Amount in cents, after discounts and taxes.
        pub total_amount: i64,
        ///End date and time of the trial period, if any.
        pub trial_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Predefined number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<i64>,
        ///URL where the customer can access the checkout session; it embeds the client secret.
        pub url: ::std::string::String,
    }
    impl ::std::fmt::Debug for CheckoutPublic {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutPublic")
                .field("active_trial_interval", &self.active_trial_interval)
                .field("active_trial_interval_count", &self.active_trial_interval_count)
                .field("allow_discount_codes", &self.allow_discount_codes)
                .field("allow_trial", &self.allow_trial)
                .field("amount", &self.amount)
                .field("attached_custom_fields", &self.attached_custom_fields)
                .field("billing_address_fields", &self.billing_address_fields)
                .field("client_secret", &"<redacted>")
                .field("created_at", &self.created_at)
                .field("currency", &self.currency)
                .field("custom_field_data", &self.custom_field_data)
                .field("customer_billing_address", &self.customer_billing_address)
                .field(
                    "customer_billing_address_fields",
                    &self.customer_billing_address_fields,
                )
                .field("customer_billing_name", &self.customer_billing_name)
                .field("customer_email", &self.customer_email)
                .field("customer_id", &self.customer_id)
                .field("customer_ip_address", &self.customer_ip_address)
                .field("customer_name", &self.customer_name)
                .field("customer_tax_id", &self.customer_tax_id)
                .field("discount", &self.discount)
                .field("discount_amount", &self.discount_amount)
                .field("discount_id", &self.discount_id)
                .field("embed_origin", &self.embed_origin)
                .field("expires_at", &self.expires_at)
                .field("id", &self.id)
                .field("is_business_customer", &self.is_business_customer)
                .field("is_discount_applicable", &self.is_discount_applicable)
                .field("is_free_product_price", &self.is_free_product_price)
                .field("is_payment_form_required", &self.is_payment_form_required)
                .field("is_payment_required", &self.is_payment_required)
                .field("is_payment_setup_required", &self.is_payment_setup_required)
                .field("locale", &self.locale)
                .field("max_seats", &self.max_seats)
                .field("max_units", &self.max_units)
                .field("min_seats", &self.min_seats)
                .field("min_units", &self.min_units)
                .field("modified_at", &self.modified_at)
                .field("net_amount", &self.net_amount)
                .field("organization", &self.organization)
                .field("organization_id", &self.organization_id)
                .field("payment_method_type", &self.payment_method_type)
                .field("payment_processor", &self.payment_processor)
                .field("payment_processor_metadata", &"<redacted>")
                .field("prices", &self.prices)
                .field("product", &self.product)
                .field("product_id", &self.product_id)
                .field("product_price", &self.product_price)
                .field("product_price_id", &self.product_price_id)
                .field("products", &self.products)
                .field("require_billing_address", &self.require_billing_address)
                .field("return_url", &self.return_url)
                .field("seats", &self.seats)
                .field("status", &self.status)
                .field("subtotal_amount", &self.subtotal_amount)
                .field("success_url", &self.success_url)
                .field("tax_amount", &self.tax_amount)
                .field("tax_behavior", &self.tax_behavior)
                .field("total_amount", &self.total_amount)
                .field("trial_end", &self.trial_end)
                .field("units", &self.units)
                .field("url", &"<redacted>")
                .finish()
        }
    }
    impl CheckoutPublic {
        pub fn builder() -> builder::CheckoutPublic {
            Default::default()
        }
    }
    ///Checkout session data retrieved using the client secret after confirmation, with a customer session token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct CheckoutPublicConfirmed {
        ///Interval unit of the trial period, if any, from the checkout or else the selected product.
        pub active_trial_interval: ::std::option::Option<types::TrialInterval>,
        ///Number of interval units of the trial period, if any.
        pub active_trial_interval_count: ::std::option::Option<i64>,
        ///Whether the customer may apply discount codes; a discount set with `discount_id` stays applied either way.
        pub allow_discount_codes: bool,
        ///Whether the trial period is enabled; if `false` it is disabled even when the product has one.
        pub allow_trial: ::std::option::Option<bool>,
        ///Amount in cents, before discounts and taxes.
        pub amount: i64,
        ///Custom fields attached to the selected product.
        pub attached_custom_fields: ::std::option::Option<
            ::std::vec::Vec<AttachedCustomField>,
        >,
        ///Which billing address fields are disabled, optional or required in the checkout form.
        pub billing_address_fields: CheckoutBillingAddressFields,
        ///Client secret used to update and complete the checkout session from the client.
        pub client_secret: ::std::string::String,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Currency code of the checkout session.
        pub currency: ::std::string::String,
        ///Key-value object storing custom field values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_field_data: ::std::option::Option<CustomFieldData>,
        ///Billing address of the customer.
        pub customer_billing_address: ::std::option::Option<Address>,
        ///Deprecated: use `billing_address_fields`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_billing_address_fields: ::std::option::Option<
            CheckoutCustomerBillingAddressFields,
        >,
        ///Billing name of the customer.
        pub customer_billing_name: ::std::option::Option<::std::string::String>,
        ///Email address of the customer.
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///ID of the customer, once known.
        pub customer_id: ::std::option::Option<::uuid::Uuid>,
        ///IP address of the customer, used to detect the tax location.
        pub customer_ip_address: ::std::option::Option<::std::string::String>,
        ///Name of the customer.
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///Customer session token to retrieve order information right after the checkout.
        pub customer_session_token: ::std::option::Option<::std::string::String>,
        ///Tax ID of the customer.
        pub customer_tax_id: ::std::option::Option<::std::string::String>,
        ///The discount applied to the checkout.
        pub discount: ::std::option::Option<types::CheckoutDiscount>,
        ///Discount amount in cents.
        pub discount_amount: i64,
        ///ID of the discount applied to the checkout.
        pub discount_id: ::std::option::Option<::uuid::Uuid>,
        ///When the checkout is embedded, the Origin of the embedding page; messages are only sent to it.
        pub embed_origin: ::std::option::Option<::std::string::String>,
        ///Expiration date and time of the checkout session.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the object.
        pub id: ::uuid::Uuid,
        ///Whether the customer is a business; then the full billing address and billing name are required.
        pub is_business_customer: bool,
        ///Whether the discount is applicable; free and custom prices usually are not discountable.
        pub is_discount_applicable: bool,
        ///Whether the product price is free, regardless of discounts.
        pub is_free_product_price: bool,
        ///Whether the checkout requires a payment form, for a payment or a payment method setup.
        pub is_payment_form_required: bool,
        ///Whether the checkout requires payment (not for free products or fully discounted totals).
        pub is_payment_required: bool,
        ///Whether the checkout requires setting up a payment method regardless of the amount, e.g. for trials.
        pub is_payment_setup_required: bool,
        ///Locale of the checkout page, e.g. `en` or `fr`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        ///Maximum number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_seats: ::std::option::Option<i64>,
        ///Maximum number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_units: ::std::option::Option<i64>,
        ///Minimum number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_seats: ::std::option::Option<i64>,
        ///Minimum number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_units: ::std::option::Option<i64>,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Amount in cents, after discounts but before taxes.
        pub net_amount: i64,
        ///The organization selling.
        pub organization: CheckoutOrganization,
        ///ID of the organization owning the checkout session.
        pub organization_id: ::uuid::Uuid,
        ///Payment method type selected by the customer in the checkout form, e.g. `card`, `apple_pay` or `upi`.
        pub payment_method_type: ::std::option::Option<::std::string::String>,
        ///Payment processor used.
        pub payment_processor: types::PaymentProcessor,
        ///Data for the payment processor's client-side SDK, e.g. Stripe's publishable key.
        pub payment_processor_metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Prices of each available product, keyed by product ID.
        pub prices: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<types::ProductPrice>,
            >,
        >,
        ///Product selected to checkout.
        pub product: ::std::option::Option<CheckoutProduct>,
        ///ID of the product to checkout.
        pub product_id: ::std::option::Option<::uuid::Uuid>,
        ///Deprecated: price of the selected product.
        pub product_price: ::std::option::Option<types::ProductPrice>,
        ///Deprecated: ID of the product price to checkout.
        pub product_price_id: ::std::option::Option<::uuid::Uuid>,
        ///List of products available to select.
        pub products: ::std::vec::Vec<CheckoutProduct>,
        ///Whether the customer must fill the full billing address instead of just the country (always required in the US).
        pub require_billing_address: bool,
        ///When set, a back button is shown in the checkout to return to this URL.
        pub return_url: ::std::option::Option<::std::string::String>,
        ///Predefined number of seats (seat-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seats: ::std::option::Option<i64>,
        ///Always `confirmed`.
        pub status: types::CheckoutPublicConfirmedStatus,
        ///Deprecated: use `net_amount`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtotal_amount: ::std::option::Option<i64>,
        ///URL where the customer will be redirected after a successful payment.
        pub success_url: ::std::string::String,
        ///Sales tax amount in cents; null while there is not enough information to calculate it.
        pub tax_amount: ::std::option::Option<i64>,
        ///Tax behavior of the checkout; null while tax is not calculated yet.
        pub tax_behavior: ::std::option::Option<types::TaxBehavior>,
        ///Amount in cents, after discounts and taxes.
        pub total_amount: i64,
        ///End date and time of the trial period, if any.
        pub trial_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Predefined number of units (unit-based pricing only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<i64>,
        ///URL where the customer can access the checkout session; it embeds the client secret.
        pub url: ::std::string::String,
    }
    impl ::std::fmt::Debug for CheckoutPublicConfirmed {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutPublicConfirmed")
                .field("active_trial_interval", &self.active_trial_interval)
                .field("active_trial_interval_count", &self.active_trial_interval_count)
                .field("allow_discount_codes", &self.allow_discount_codes)
                .field("allow_trial", &self.allow_trial)
                .field("amount", &self.amount)
                .field("attached_custom_fields", &self.attached_custom_fields)
                .field("billing_address_fields", &self.billing_address_fields)
                .field("client_secret", &"<redacted>")
                .field("created_at", &self.created_at)
                .field("currency", &self.currency)
                .field("custom_field_data", &self.custom_field_data)
                .field("customer_billing_address", &self.customer_billing_address)
                .field(
                    "customer_billing_address_fields",
                    &self.customer_billing_address_fields,
                )
                .field("customer_billing_name", &self.customer_billing_name)
                .field("customer_email", &self.customer_email)
                .field("customer_id", &self.customer_id)
                .field("customer_ip_address", &self.customer_ip_address)
                .field("customer_name", &self.customer_name)
                .field("customer_session_token", &"<redacted>")
                .field("customer_tax_id", &self.customer_tax_id)
                .field("discount", &self.discount)
                .field("discount_amount", &self.discount_amount)
                .field("discount_id", &self.discount_id)
                .field("embed_origin", &self.embed_origin)
                .field("expires_at", &self.expires_at)
                .field("id", &self.id)
                .field("is_business_customer", &self.is_business_customer)
                .field("is_discount_applicable", &self.is_discount_applicable)
                .field("is_free_product_price", &self.is_free_product_price)
                .field("is_payment_form_required", &self.is_payment_form_required)
                .field("is_payment_required", &self.is_payment_required)
                .field("is_payment_setup_required", &self.is_payment_setup_required)
                .field("locale", &self.locale)
                .field("max_seats", &self.max_seats)
                .field("max_units", &self.max_units)
                .field("min_seats", &self.min_seats)
                .field("min_units", &self.min_units)
                .field("modified_at", &self.modified_at)
                .field("net_amount", &self.net_amount)
                .field("organization", &self.organization)
                .field("organization_id", &self.organization_id)
                .field("payment_method_type", &self.payment_method_type)
                .field("payment_processor", &self.payment_processor)
                .field("payment_processor_metadata", &"<redacted>")
                .field("prices", &self.prices)
                .field("product", &self.product)
                .field("product_id", &self.product_id)
                .field("product_price", &self.product_price)
                .field("product_price_id", &self.product_price_id)
                .field("products", &self.products)
                .field("require_billing_address", &self.require_billing_address)
                .field("return_url", &self.return_url)
                .field("seats", &self.seats)
                .field("status", &self.status)
                .field("subtotal_amount", &self.subtotal_amount)
                .field("success_url", &self.success_url)
                .field("tax_amount", &self.tax_amount)
                .field("tax_behavior", &self.tax_behavior)
                .field("total_amount", &self.total_amount)
                .field("trial_end", &self.trial_end)
                .field("units", &self.units)
                .field("url", &"<redacted>")
                .finish()
        }
    }
    impl CheckoutPublicConfirmed {
        pub fn builder() -> builder::CheckoutPublicConfirmed {
            Default::default()
        }
    }
    /// `CheckoutPublicConfirmedStatus`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutPublicConfirmedStatus {
        /// `confirmed`
        Confirmed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutPublicConfirmedStatus { Confirmed = "confirmed" }
    );
    /// A sorting criterion; a leading `-` sorts in descending order.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutSortProperty {
        /// `created_at`
        CreatedAt,
        /// `-created_at`
        CreatedAtDesc,
        /// `expires_at`
        ExpiresAt,
        /// `-expires_at`
        ExpiresAtDesc,
        /// `status`
        Status,
        /// `-status`
        StatusDesc,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutSortProperty { CreatedAt = "created_at", CreatedAtDesc = "-created_at",
        ExpiresAt = "expires_at", ExpiresAtDesc = "-expires_at", Status = "status",
        StatusDesc = "-status" }
    );
    /// Status of the checkout session: `open` (opened), `expired` (no longer accessible), `confirmed` (the customer clicked Pay; says nothing of the payment's success), `succeeded` (the payment succeeded), `failed` (failed for technical reasons; cannot be retried).
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutStatus {
        /// `open`
        Open,
        /// `expired`
        Expired,
        /// `confirmed`
        Confirmed,
        /// `succeeded`
        Succeeded,
        /// `failed`
        Failed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutStatus { Open = "open", Expired = "expired", Confirmed = "confirmed",
        Succeeded = "succeeded", Failed = "failed" }
    );
    ///One status, or several (sent as repeated query keys).
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum CheckoutStatusFilter {
        CheckoutStatus(types::CheckoutStatus),
        Array(::std::vec::Vec<types::CheckoutStatus>),
    }
    impl ::std::convert::From<types::CheckoutStatus> for CheckoutStatusFilter {
        fn from(value: types::CheckoutStatus) -> Self {
            Self::CheckoutStatus(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<types::CheckoutStatus>>
    for CheckoutStatusFilter {
        fn from(value: ::std::vec::Vec<types::CheckoutStatus>) -> Self {
            Self::Array(value)
        }
    }
    ///Update a checkout session using an access token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CheckoutUpdate {
        ///Whether the customer may apply discount codes.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub allow_discount_codes: ::std::option::Option<::std::option::Option<bool>>,
        ///Whether to enable the trial period.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub allow_trial: ::std::option::Option<::std::option::Option<bool>>,
        ///Amount in cents, before discounts and taxes; only used for custom prices.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub amount: ::std::option::Option<::std::option::Option<u64>>,
        ///Currency code of the checkout; if not set, inferred from the customer's location.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub currency: ::std::option::Option<
            ::std::option::Option<CheckoutUpdateCurrency>,
        >,
        ///Key-value object storing custom field values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_field_data: ::std::option::Option<CustomFieldDataInput>,
        ///Billing address of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_billing_address: ::std::option::Option<
            ::std::option::Option<AddressInput>,
        >,
        ///Billing name of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_billing_name: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Email address of the customer; the server refuses one that is not a valid address.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_email: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///IP address of the customer, used to detect the tax location.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_ip_address: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Key-value object copied to the created customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_metadata: ::std::option::Option<
            ::std::option::Option<MetadataInput>,
        >,
        ///Name of the customer (at most 256 characters).
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_name: ::std::option::Option<
            ::std::option::Option<CheckoutUpdateCustomerName>,
        >,
        ///Tax ID of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_tax_id: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///ID of the discount to apply to the checkout.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub discount_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///If you embed the checkout, the Origin of the embedding page.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub embed_origin: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Whether the customer is a business.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub is_business_customer: ::std::option::Option<::std::option::Option<bool>>,
        ///Locale of the checkout page, e.g. `en` or `fr`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub locale: ::std::option::Option<::std::option::Option<::std::string::String>>,
        ///Key-value object copied to the resulting order and/or subscription; replaces the whole object (it cannot be cleared with `null`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<MetadataInput>,
        ///ID of the product to checkout; must be in the checkout's product list.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub product_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Deprecated: ID of the product price to checkout; use `product_id`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub product_price_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Whether the customer must fill the full billing address.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub require_billing_address: ::std::option::Option<::std::option::Option<bool>>,
        ///When set, a back button is shown in the checkout to return to this URL.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub return_url: ::std::option::Option<
            ::std::option::Option<CheckoutUpdateReturnUrl>,
        >,
        /**Number of seats for seat-based pricing.

Between `1` and `10000`; the server refuses other values.*/
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub seats: ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
        ///URL the customer is redirected to after a successful payment; add `checkout_id={CHECKOUT_ID}` to its query to receive the session ID.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub success_url: ::std::option::Option<
            ::std::option::Option<CheckoutUpdateSuccessUrl>,
        >,
        ///The interval unit for the trial period.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub trial_interval: ::std::option::Option<
            ::std::option::Option<types::TrialInterval>,
        >,
        /**The number of interval units for the trial period.

Between `1` and `1000`; the server refuses other values.*/
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub trial_interval_count: ::std::option::Option<
            ::std::option::Option<::std::num::NonZeroU64>,
        >,
        ///Number of units for unit-based pricing.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub units: ::std::option::Option<::std::option::Option<i32>>,
    }
    impl CheckoutUpdate {
        pub fn builder() -> builder::CheckoutUpdate {
            Default::default()
        }
    }
    ///Currency code of the checkout; if not set, inferred from the customer's location.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutUpdateCurrency(::std::string::String);
    impl ::std::ops::Deref for CheckoutUpdateCurrency {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutUpdateCurrency> for ::std::string::String {
        fn from(value: CheckoutUpdateCurrency) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutUpdateCurrency {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 3usize {
                return Err("longer than 3 characters".into());
            }
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutUpdateCurrency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutUpdateCurrency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutUpdateCurrency {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Name of the customer (at most 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutUpdateCustomerName(::std::string::String);
    impl ::std::ops::Deref for CheckoutUpdateCustomerName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutUpdateCustomerName> for ::std::string::String {
        fn from(value: CheckoutUpdateCustomerName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutUpdateCustomerName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutUpdateCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutUpdateCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutUpdateCustomerName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Update a checkout session using the client secret.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CheckoutUpdatePublic {
        ///Only `false` (or `null`) is accepted, and `true` is refused by the server with a 422: disables the trial, e.g. when the customer already redeemed one.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub allow_trial: ::std::option::Option<::std::option::Option<bool>>,
        ///Amount in cents, before discounts and taxes; only used for custom prices.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub amount: ::std::option::Option<::std::option::Option<u64>>,
        ///Key-value object storing custom field values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_field_data: ::std::option::Option<CustomFieldDataInput>,
        ///Billing address of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_billing_address: ::std::option::Option<
            ::std::option::Option<AddressInput>,
        >,
        ///Billing name of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_billing_name: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Email address of the customer; the server refuses one that is not a valid address.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_email: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Name of the customer (at most 256 characters).
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_name: ::std::option::Option<
            ::std::option::Option<CheckoutUpdatePublicCustomerName>,
        >,
        ///Tax ID of the customer.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub customer_tax_id: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Discount code to apply to the checkout; `null` removes the applied one.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub discount_code: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///Whether the customer is a business.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub is_business_customer: ::std::option::Option<::std::option::Option<bool>>,
        ///Locale of the checkout page, e.g. `en` or `fr`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub locale: ::std::option::Option<::std::option::Option<::std::string::String>>,
        ///Payment method type selected by the customer in the checkout form, e.g. `card`, `apple_pay` or `upi`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub payment_method_type: ::std::option::Option<
            ::std::option::Option<::std::string::String>,
        >,
        ///ID of the product to checkout; must be in the checkout's product list.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub product_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        ///Deprecated: ID of the product price to checkout; use `product_id`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub product_price_id: ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
        /**Number of seats for seat-based pricing.

Between `1` and `10000`; the server refuses other values.*/
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub seats: ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
        ///Number of units for unit-based pricing.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub units: ::std::option::Option<::std::option::Option<i32>>,
    }
    impl CheckoutUpdatePublic {
        pub fn builder() -> builder::CheckoutUpdatePublic {
            Default::default()
        }
    }
    ///Name of the customer (at most 256 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutUpdatePublicCustomerName(::std::string::String);
    impl ::std::ops::Deref for CheckoutUpdatePublicCustomerName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutUpdatePublicCustomerName>
    for ::std::string::String {
        fn from(value: CheckoutUpdatePublicCustomerName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutUpdatePublicCustomerName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutUpdatePublicCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CheckoutUpdatePublicCustomerName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutUpdatePublicCustomerName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///When set, a back button is shown in the checkout to return to this URL.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutUpdateReturnUrl(::std::string::String);
    impl ::std::ops::Deref for CheckoutUpdateReturnUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutUpdateReturnUrl> for ::std::string::String {
        fn from(value: CheckoutUpdateReturnUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutUpdateReturnUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2083usize {
                return Err("longer than 2083 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutUpdateReturnUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutUpdateReturnUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutUpdateReturnUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///URL the customer is redirected to after a successful payment; add `checkout_id={CHECKOUT_ID}` to its query to receive the session ID.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutUpdateSuccessUrl(::std::string::String);
    impl ::std::ops::Deref for CheckoutUpdateSuccessUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutUpdateSuccessUrl> for ::std::string::String {
        fn from(value: CheckoutUpdateSuccessUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutUpdateSuccessUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2083usize {
                return Err("longer than 2083 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutUpdateSuccessUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutUpdateSuccessUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutUpdateSuccessUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// A price of a product, by `amount_type`.
    ///
    #[doc = concat!(
        " Decoded by its `", "amount_type",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CurrentProductPrice {
        /// When `amount_type` is `fixed`.
        Fixed(ProductPriceFixed),
        /// When `amount_type` is `custom`.
        Custom(ProductPriceCustom),
        /// When `amount_type` is `seat_based`.
        SeatBased(ProductPriceSeatBased),
        /// When `amount_type` is `unit_based`.
        UnitBased(ProductPriceUnitBased),
        /// When `amount_type` is `metered_unit`.
        MeteredUnit(ProductPriceMeteredUnit),
        /// A `amount_type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<ProductPriceFixed> for CurrentProductPrice {
        fn from(value: ProductPriceFixed) -> Self {
            Self::Fixed(value)
        }
    }
    impl ::std::convert::From<ProductPriceCustom> for CurrentProductPrice {
        fn from(value: ProductPriceCustom) -> Self {
            Self::Custom(value)
        }
    }
    impl ::std::convert::From<ProductPriceSeatBased> for CurrentProductPrice {
        fn from(value: ProductPriceSeatBased) -> Self {
            Self::SeatBased(value)
        }
    }
    impl ::std::convert::From<ProductPriceUnitBased> for CurrentProductPrice {
        fn from(value: ProductPriceUnitBased) -> Self {
            Self::UnitBased(value)
        }
    }
    impl ::std::convert::From<ProductPriceMeteredUnit> for CurrentProductPrice {
        fn from(value: ProductPriceMeteredUnit) -> Self {
            Self::MeteredUnit(value)
        }
    }
    impl ::serde::Serialize for CurrentProductPrice {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Fixed(value) => value.serialize(serializer),
                Self::Custom(value) => value.serialize(serializer),
                Self::SeatBased(value) => value.serialize(serializer),
                Self::UnitBased(value) => value.serialize(serializer),
                Self::MeteredUnit(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CurrentProductPrice {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "amount_type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("fixed") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Fixed)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("custom") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Custom)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("seat_based") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::SeatBased)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("unit_based") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::UnitBased)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("metered_unit") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::MeteredUnit)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `amount_type`",
                        ),
                    )
                }
            }
        }
    }
    /// A custom field, by `type`.
    ///
    #[doc = concat!(
        " Decoded by its `", "type", "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CustomField {
        /// When `type` is `text`.
        Text(CustomFieldText),
        /// When `type` is `number`.
        Number(CustomFieldNumber),
        /// When `type` is `date`.
        Date(CustomFieldDate),
        /// When `type` is `checkbox`.
        Checkbox(CustomFieldCheckbox),
        /// When `type` is `select`.
        Select(CustomFieldSelect),
        /// A `type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<CustomFieldText> for CustomField {
        fn from(value: CustomFieldText) -> Self {
            Self::Text(value)
        }
    }
    impl ::std::convert::From<CustomFieldNumber> for CustomField {
        fn from(value: CustomFieldNumber) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<CustomFieldDate> for CustomField {
        fn from(value: CustomFieldDate) -> Self {
            Self::Date(value)
        }
    }
    impl ::std::convert::From<CustomFieldCheckbox> for CustomField {
        fn from(value: CustomFieldCheckbox) -> Self {
            Self::Checkbox(value)
        }
    }
    impl ::std::convert::From<CustomFieldSelect> for CustomField {
        fn from(value: CustomFieldSelect) -> Self {
            Self::Select(value)
        }
    }
    impl ::serde::Serialize for CustomField {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Text(value) => value.serialize(serializer),
                Self::Number(value) => value.serialize(serializer),
                Self::Date(value) => value.serialize(serializer),
                Self::Checkbox(value) => value.serialize(serializer),
                Self::Select(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomField {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("text") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Text)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("number") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Number)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("date") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Date)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("checkbox") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Checkbox)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("select") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Select)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `type`",
                        ),
                    )
                }
            }
        }
    }
    ///A custom field of type checkbox.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomFieldCheckbox {
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the custom field.
        pub id: ::uuid::Uuid,
        pub metadata: Metadata,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Name of the custom field.
        pub name: ::std::string::String,
        ///The ID of the organization owning the custom field.
        pub organization_id: ::uuid::Uuid,
        pub properties: CustomFieldCheckboxProperties,
        ///Identifier of the custom field; the key of its value in `custom_field_data`.
        pub slug: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CustomFieldCheckboxType,
    }
    impl CustomFieldCheckbox {
        pub fn builder() -> builder::CustomFieldCheckbox {
            Default::default()
        }
    }
    ///Properties of a checkbox custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomFieldCheckboxProperties {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_help_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_placeholder: ::std::option::Option<::std::string::String>,
    }
    impl CustomFieldCheckboxProperties {
        pub fn builder() -> builder::CustomFieldCheckboxProperties {
            Default::default()
        }
    }
    /// `CustomFieldCheckboxType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomFieldCheckboxType {
        /// `checkbox`
        Checkbox,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(CustomFieldCheckboxType { Checkbox = "checkbox" });
    ///Key-value object storing custom field values, keyed by custom field slug; a value may be null.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct CustomFieldData(
        pub ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldValue>,
        >,
    );
    impl ::std::ops::Deref for CustomFieldData {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldValue>,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldValue>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<CustomFieldData>
    for ::std::collections::HashMap<
        ::std::string::String,
        ::std::option::Option<CustomFieldValue>,
    > {
        fn from(value: CustomFieldData) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldValue>,
        >,
    > for CustomFieldData {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::option::Option<CustomFieldValue>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///Custom field values to send, keyed by custom field slug; `null` clears a value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct CustomFieldDataInput(
        pub ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldInputValue>,
        >,
    );
    impl ::std::ops::Deref for CustomFieldDataInput {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldInputValue>,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldInputValue>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<CustomFieldDataInput>
    for ::std::collections::HashMap<
        ::std::string::String,
        ::std::option::Option<CustomFieldInputValue>,
    > {
        fn from(value: CustomFieldDataInput) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<CustomFieldInputValue>,
        >,
    > for CustomFieldDataInput {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::option::Option<CustomFieldInputValue>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///A custom field of type date.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomFieldDate {
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the custom field.
        pub id: ::uuid::Uuid,
        pub metadata: Metadata,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Name of the custom field.
        pub name: ::std::string::String,
        ///The ID of the organization owning the custom field.
        pub organization_id: ::uuid::Uuid,
        pub properties: CustomFieldDateProperties,
        ///Identifier of the custom field; the key of its value in `custom_field_data`.
        pub slug: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CustomFieldDateType,
    }
    impl CustomFieldDate {
        pub fn builder() -> builder::CustomFieldDate {
            Default::default()
        }
    }
    ///Properties of a date custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomFieldDateProperties {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_help_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_placeholder: ::std::option::Option<::std::string::String>,
        ///Lower bound (inclusive); for dates, a Unix timestamp.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ge: ::std::option::Option<i64>,
        ///Upper bound (inclusive); for dates, a Unix timestamp.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub le: ::std::option::Option<i64>,
    }
    impl CustomFieldDateProperties {
        pub fn builder() -> builder::CustomFieldDateProperties {
            Default::default()
        }
    }
    /// `CustomFieldDateType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomFieldDateType {
        /// `date`
        Date,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(CustomFieldDateType { Date = "date" });
    ///A custom field value to send: a string (text, select, and date fields as an ISO 8601 date-time), an integer (number fields) or a boolean (checkbox fields). Floating-point numbers are refused by the server.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum CustomFieldInputValue {
        String(::std::string::String),
        Integer(i64),
        Boolean(bool),
    }
    impl ::std::fmt::Display for CustomFieldInputValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Integer(x) => x.fmt(f),
                Self::Boolean(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for CustomFieldInputValue {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    impl ::std::convert::From<bool> for CustomFieldInputValue {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///A custom field of type number.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomFieldNumber {
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the custom field.
        pub id: ::uuid::Uuid,
        pub metadata: Metadata,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Name of the custom field.
        pub name: ::std::string::String,
        ///The ID of the organization owning the custom field.
        pub organization_id: ::uuid::Uuid,
        pub properties: CustomFieldNumberProperties,
        ///Identifier of the custom field; the key of its value in `custom_field_data`.
        pub slug: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CustomFieldNumberType,
    }
    impl CustomFieldNumber {
        pub fn builder() -> builder::CustomFieldNumber {
            Default::default()
        }
    }
    ///Properties of a number custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomFieldNumberProperties {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_help_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_placeholder: ::std::option::Option<::std::string::String>,
        ///Lower bound (inclusive); for dates, a Unix timestamp.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ge: ::std::option::Option<i64>,
        ///Upper bound (inclusive); for dates, a Unix timestamp.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub le: ::std::option::Option<i64>,
    }
    impl CustomFieldNumberProperties {
        pub fn builder() -> builder::CustomFieldNumberProperties {
            Default::default()
        }
    }
    /// `CustomFieldNumberType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomFieldNumberType {
        /// `number`
        Number,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(CustomFieldNumberType { Number = "number" });
    ///A custom field of type select.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomFieldSelect {
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the custom field.
        pub id: ::uuid::Uuid,
        pub metadata: Metadata,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Name of the custom field.
        pub name: ::std::string::String,
        ///The ID of the organization owning the custom field.
        pub organization_id: ::uuid::Uuid,
        pub properties: CustomFieldSelectProperties,
        ///Identifier of the custom field; the key of its value in `custom_field_data`.
        pub slug: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CustomFieldSelectType,
    }
    impl CustomFieldSelect {
        pub fn builder() -> builder::CustomFieldSelect {
            Default::default()
        }
    }
    ///An option of a select custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomFieldSelectOption {
        pub label: ::std::string::String,
        pub value: ::std::string::String,
    }
    impl CustomFieldSelectOption {
        pub fn builder() -> builder::CustomFieldSelectOption {
            Default::default()
        }
    }
    ///Properties of a select custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomFieldSelectProperties {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_help_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_placeholder: ::std::option::Option<::std::string::String>,
        pub options: ::std::vec::Vec<CustomFieldSelectOption>,
    }
    impl CustomFieldSelectProperties {
        pub fn builder() -> builder::CustomFieldSelectProperties {
            Default::default()
        }
    }
    /// `CustomFieldSelectType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomFieldSelectType {
        /// `select`
        Select,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(CustomFieldSelectType { Select = "select" });
    ///A custom field of type text.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomFieldText {
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the custom field.
        pub id: ::uuid::Uuid,
        pub metadata: Metadata,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Name of the custom field.
        pub name: ::std::string::String,
        ///The ID of the organization owning the custom field.
        pub organization_id: ::uuid::Uuid,
        pub properties: CustomFieldTextProperties,
        ///Identifier of the custom field; the key of its value in `custom_field_data`.
        pub slug: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::CustomFieldTextType,
    }
    impl CustomFieldText {
        pub fn builder() -> builder::CustomFieldText {
            Default::default()
        }
    }
    ///Properties of a text custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomFieldTextProperties {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_help_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_placeholder: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_length: ::std::option::Option<u64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_length: ::std::option::Option<u64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub textarea: ::std::option::Option<bool>,
    }
    impl CustomFieldTextProperties {
        pub fn builder() -> builder::CustomFieldTextProperties {
            Default::default()
        }
    }
    /// `CustomFieldTextType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CustomFieldTextType {
        /// `text`
        Text,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(CustomFieldTextType { Text = "text" });
    ///A custom field value: text and select fields hold strings, number fields integers, checkbox fields booleans, date fields ISO 8601 date-time strings.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum CustomFieldValue {
        String(::std::string::String),
        Integer(i64),
        Number(f64),
        Boolean(bool),
    }
    impl ::std::fmt::Display for CustomFieldValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Integer(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
                Self::Boolean(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for CustomFieldValue {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    impl ::std::convert::From<f64> for CustomFieldValue {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<bool> for CustomFieldValue {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///A decimal amount, sent as a JSON number or as a decimal string (`"0.005"`) to keep every digit.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum DecimalInput {
        Number(f64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for DecimalInput {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Number(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for DecimalInput {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///The discount has reached its maximum number of redemptions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DiscountRedemptionLimitReached {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::DiscountRedemptionLimitReachedError,
    }
    impl DiscountRedemptionLimitReached {
        pub fn builder() -> builder::DiscountRedemptionLimitReached {
            Default::default()
        }
    }
    /// `DiscountRedemptionLimitReachedError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum DiscountRedemptionLimitReachedError {
        /// `DiscountRedemptionLimitReached`
        DiscountRedemptionLimitReached,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        DiscountRedemptionLimitReachedError { DiscountRedemptionLimitReached =
        "DiscountRedemptionLimitReached" }
    );
    ///The checkout session is expired.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExpiredCheckoutError {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::ExpiredCheckoutErrorError,
    }
    impl ExpiredCheckoutError {
        pub fn builder() -> builder::ExpiredCheckoutError {
            Default::default()
        }
    }
    /// `ExpiredCheckoutErrorError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ExpiredCheckoutErrorError {
        /// `ExpiredCheckoutError`
        ExpiredCheckoutError,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ExpiredCheckoutErrorError { ExpiredCheckoutError = "ExpiredCheckoutError" }
    );
    ///The request did not validate.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct HttpValidationError {
        ///Every validation failure.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub detail: ::std::vec::Vec<ValidationError>,
    }
    impl HttpValidationError {
        pub fn builder() -> builder::HttpValidationError {
            Default::default()
        }
    }
    /// Legacy organization status, kept by the API for backward compatibility.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum LegacyOrganizationStatus {
        /// `created`
        Created,
        /// `onboarding_started`
        OnboardingStarted,
        /// `under_review`
        UnderReview,
        /// `denied`
        Denied,
        /// `active`
        Active,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        LegacyOrganizationStatus { Created = "created", OnboardingStarted =
        "onboarding_started", UnderReview = "under_review", Denied = "denied", Active =
        "active" }
    );
    /// Deprecated: a recurring price whose interval is set on the price instead of the product, by `amount_type`.
    ///
    #[doc = concat!(
        " Decoded by its `", "amount_type",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum LegacyRecurringProductPrice {
        /// When `amount_type` is `fixed`.
        Fixed(LegacyRecurringProductPriceFixed),
        /// When `amount_type` is `custom`.
        Custom(LegacyRecurringProductPriceCustom),
        /// A `amount_type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<LegacyRecurringProductPriceFixed>
    for LegacyRecurringProductPrice {
        fn from(value: LegacyRecurringProductPriceFixed) -> Self {
            Self::Fixed(value)
        }
    }
    impl ::std::convert::From<LegacyRecurringProductPriceCustom>
    for LegacyRecurringProductPrice {
        fn from(value: LegacyRecurringProductPriceCustom) -> Self {
            Self::Custom(value)
        }
    }
    impl ::serde::Serialize for LegacyRecurringProductPrice {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Fixed(value) => value.serialize(serializer),
                Self::Custom(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LegacyRecurringProductPrice {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "amount_type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("fixed") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Fixed)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("custom") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Custom)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `amount_type`",
                        ),
                    )
                }
            }
        }
    }
    ///Deprecated: a pay-what-you-want recurring price.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyRecurringProductPriceCustom {
        ///The type of amount.
        pub amount_type: types::LegacyRecurringProductPriceCustomAmountType,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the price.
        pub id: ::uuid::Uuid,
        ///Whether the price is archived and no longer available.
        pub is_archived: bool,
        ///Always `true`: marks a legacy price.
        pub legacy: bool,
        ///The maximum amount the customer can pay.
        pub maximum_amount: ::std::option::Option<i64>,
        ///The minimum amount the customer can pay; 0 means 'free or pay what you want'.
        pub minimum_amount: i64,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The initial amount shown to the customer.
        pub preset_amount: ::std::option::Option<i64>,
        ///The currency in which the customer will be charged.
        pub price_currency: ::std::string::String,
        ///The ID of the product owning the price.
        pub product_id: ::uuid::Uuid,
        ///The recurring interval of the price.
        pub recurring_interval: types::SubscriptionRecurringInterval,
        ///The source of the price.
        pub source: types::ProductPriceSource,
        ///The tax behavior of the price; null means the organization's default.
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///The type of the price.
        #[serde(rename = "type")]
        pub type_: types::LegacyRecurringProductPriceCustomType,
    }
    impl LegacyRecurringProductPriceCustom {
        pub fn builder() -> builder::LegacyRecurringProductPriceCustom {
            Default::default()
        }
    }
    /// `LegacyRecurringProductPriceCustomAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum LegacyRecurringProductPriceCustomAmountType {
        /// `custom`
        Custom,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        LegacyRecurringProductPriceCustomAmountType { Custom = "custom" }
    );
    /// `LegacyRecurringProductPriceCustomType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum LegacyRecurringProductPriceCustomType {
        /// `recurring`
        Recurring,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        LegacyRecurringProductPriceCustomType { Recurring = "recurring" }
    );
    ///Deprecated: a fixed recurring price; the interval belongs on the product.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyRecurringProductPriceFixed {
        ///The type of amount.
        pub amount_type: types::LegacyRecurringProductPriceFixedAmountType,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the price.
        pub id: ::uuid::Uuid,
        ///Whether the price is archived and no longer available.
        pub is_archived: bool,
        ///Always `true`: marks a legacy price.
        pub legacy: bool,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The price in cents.
        pub price_amount: i64,
        ///The currency in which the customer will be charged.
        pub price_currency: ::std::string::String,
        ///The ID of the product owning the price.
        pub product_id: ::uuid::Uuid,
        ///The recurring interval of the price.
        pub recurring_interval: types::SubscriptionRecurringInterval,
        ///The source of the price.
        pub source: types::ProductPriceSource,
        ///The tax behavior of the price; null means the organization's default.
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///The type of the price.
        #[serde(rename = "type")]
        pub type_: types::LegacyRecurringProductPriceFixedType,
    }
    impl LegacyRecurringProductPriceFixed {
        pub fn builder() -> builder::LegacyRecurringProductPriceFixed {
            Default::default()
        }
    }
    /// `LegacyRecurringProductPriceFixedAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum LegacyRecurringProductPriceFixedAmountType {
        /// `fixed`
        Fixed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        LegacyRecurringProductPriceFixedAmountType { Fixed = "fixed" }
    );
    /// `LegacyRecurringProductPriceFixedType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum LegacyRecurringProductPriceFixedType {
        /// `recurring`
        Recurring,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        LegacyRecurringProductPriceFixedType { Recurring = "recurring" }
    );
    ///A page of checkout sessions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListResourceCheckout {
        pub items: ::std::vec::Vec<Checkout>,
        pub pagination: Pagination,
    }
    impl ListResourceCheckout {
        pub fn builder() -> builder::ListResourceCheckout {
            Default::default()
        }
    }
    ///Key-value object for additional information: at most 50 pairs, keys at most 40 characters, values strings (at most 500 characters), integers, floating-point numbers or booleans.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Metadata(
        pub ::std::collections::HashMap<::std::string::String, MetadataValue>,
    );
    impl ::std::ops::Deref for Metadata {
        type Target = ::std::collections::HashMap<::std::string::String, MetadataValue>;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<::std::string::String, MetadataValue> {
            &self.0
        }
    }
    impl ::std::convert::From<Metadata>
    for ::std::collections::HashMap<::std::string::String, MetadataValue> {
        fn from(value: Metadata) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<::std::string::String, MetadataValue>,
    > for Metadata {
        fn from(
            value: ::std::collections::HashMap<::std::string::String, MetadataValue>,
        ) -> Self {
            Self(value)
        }
    }
    /**Key-value object to send: at most 50 pairs; keys of 1 to 40 characters (the server refuses others with a 422); values strings of 1 to 500 characters, integers, floating-point numbers or booleans.

At most `50` entries; the server refuses more.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct MetadataInput(
        pub ::std::collections::HashMap<::std::string::String, MetadataInputValue>,
    );
    impl ::std::ops::Deref for MetadataInput {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            MetadataInputValue,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<::std::string::String, MetadataInputValue> {
            &self.0
        }
    }
    impl ::std::convert::From<MetadataInput>
    for ::std::collections::HashMap<::std::string::String, MetadataInputValue> {
        fn from(value: MetadataInput) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<::std::string::String, MetadataInputValue>,
    > for MetadataInput {
        fn from(
            value: ::std::collections::HashMap<::std::string::String, MetadataInputValue>,
        ) -> Self {
            Self(value)
        }
    }
    ///A metadata value to send: a string of 1 to 500 characters, an integer, a floating-point number or a boolean.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum MetadataInputValue {
        String(MetadataInputValueString),
        Integer(i64),
        Number(f64),
        Boolean(bool),
    }
    impl ::std::fmt::Display for MetadataInputValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Integer(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
                Self::Boolean(x) => x.fmt(f),
            }
        }
    }
    impl ::std::str::FromStr for MetadataInputValue {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if let Ok(v) = value.parse() {
                Ok(Self::String(v))
            } else if let Ok(v) = value.parse() {
                Ok(Self::Integer(v))
            } else if let Ok(v) = value.parse() {
                Ok(Self::Number(v))
            } else if let Ok(v) = value.parse() {
                Ok(Self::Boolean(v))
            } else {
                Err("string conversion failed for all variants".into())
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MetadataInputValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MetadataInputValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::From<MetadataInputValueString> for MetadataInputValue {
        fn from(value: MetadataInputValueString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<i64> for MetadataInputValue {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    impl ::std::convert::From<f64> for MetadataInputValue {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<bool> for MetadataInputValue {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`MetadataInputValueString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MetadataInputValueString(::std::string::String);
    impl ::std::ops::Deref for MetadataInputValueString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MetadataInputValueString> for ::std::string::String {
        fn from(value: MetadataInputValueString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MetadataInputValueString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 500usize {
                return Err("longer than 500 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MetadataInputValueString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MetadataInputValueString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MetadataInputValueString {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A metadata value: a string (at most 500 characters), an integer, a floating-point number or a boolean.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum MetadataValue {
        String(::std::string::String),
        Integer(i64),
        Number(f64),
        Boolean(bool),
    }
    impl ::std::fmt::Display for MetadataValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Integer(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
                Self::Boolean(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for MetadataValue {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    impl ::std::convert::From<f64> for MetadataValue {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<bool> for MetadataValue {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///The checkout session is not open.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NotOpenCheckout {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::NotOpenCheckoutError,
    }
    impl NotOpenCheckout {
        pub fn builder() -> builder::NotOpenCheckout {
            Default::default()
        }
    }
    /// `NotOpenCheckoutError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum NotOpenCheckoutError {
        /// `NotOpenCheckout`
        NotOpenCheckout,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        NotOpenCheckoutError { NotOpenCheckout = "NotOpenCheckout" }
    );
    ///The credentials are not allowed to do this (e.g. the organization is blocked or the token lacks access).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NotPermitted {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::NotPermittedError,
    }
    impl NotPermitted {
        pub fn builder() -> builder::NotPermitted {
            Default::default()
        }
    }
    /// `NotPermittedError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum NotPermittedError {
        /// `NotPermitted`
        NotPermitted,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        NotPermittedError { NotPermitted = "NotPermitted" }
    );
    ///A link to a social profile.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrganizationSocialLink {
        pub platform: types::OrganizationSocialPlatforms,
        pub url: ::std::string::String,
    }
    impl OrganizationSocialLink {
        pub fn builder() -> builder::OrganizationSocialLink {
            Default::default()
        }
    }
    /// A social platform.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum OrganizationSocialPlatforms {
        /// `x`
        X,
        /// `github`
        Github,
        /// `facebook`
        Facebook,
        /// `instagram`
        Instagram,
        /// `youtube`
        Youtube,
        /// `tiktok`
        Tiktok,
        /// `linkedin`
        Linkedin,
        /// `threads`
        Threads,
        /// `discord`
        Discord,
        /// `other`
        Other,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        OrganizationSocialPlatforms { X = "x", Github = "github", Facebook = "facebook",
        Instagram = "instagram", Youtube = "youtube", Tiktok = "tiktok", Linkedin =
        "linkedin", Threads = "threads", Discord = "discord", Other = "other" }
    );
    ///Where a page sits in the whole result set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Pagination {
        ///Number of the last page.
        pub max_page: i64,
        ///Number of items across all pages.
        pub total_count: i64,
    }
    impl Pagination {
        pub fn builder() -> builder::Pagination {
            Default::default()
        }
    }
    ///The payment failed; try again with a different payment method.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentError {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::PaymentErrorError,
    }
    impl PaymentError {
        pub fn builder() -> builder::PaymentError {
            Default::default()
        }
    }
    /// `PaymentErrorError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentErrorError {
        /// `PaymentError`
        PaymentError,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        PaymentErrorError { PaymentError = "PaymentError" }
    );
    ///The organization is not ready to accept payments.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentNotReady {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::PaymentNotReadyError,
    }
    impl PaymentNotReady {
        pub fn builder() -> builder::PaymentNotReady {
            Default::default()
        }
    }
    /// `PaymentNotReadyError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentNotReadyError {
        /// `PaymentNotReady`
        PaymentNotReady,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        PaymentNotReadyError { PaymentNotReady = "PaymentNotReady" }
    );
    /// Payment processor used.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentProcessor {
        /// `stripe`
        Stripe,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(PaymentProcessor { Stripe = "stripe" });
    ///A file used as a product media.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductMediaFileRead {
        pub checksum_etag: ::std::option::Option<::std::string::String>,
        pub checksum_sha256_base64: ::std::option::Option<::std::string::String>,
        pub checksum_sha256_hex: ::std::option::Option<::std::string::String>,
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the file.
        pub id: ::uuid::Uuid,
        pub is_uploaded: bool,
        pub last_modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        pub mime_type: ::std::string::String,
        pub name: ::std::string::String,
        pub organization_id: ::uuid::Uuid,
        pub path: ::std::string::String,
        ///Public URL of the file.
        pub public_url: ::std::string::String,
        pub service: types::ProductMediaFileReadService,
        ///Size in bytes.
        pub size: i64,
        ///Human-readable size.
        pub size_readable: ::std::string::String,
        pub storage_version: ::std::option::Option<::std::string::String>,
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl ProductMediaFileRead {
        pub fn builder() -> builder::ProductMediaFileRead {
            Default::default()
        }
    }
    /// `ProductMediaFileReadService`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductMediaFileReadService {
        /// `product_media`
        ProductMedia,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductMediaFileReadService { ProductMedia = "product_media" }
    );
    /// A price of a product: a current price, or a legacy recurring one (recognised by its `legacy: true` property).
    ///
    #[doc = concat!(
        " Decoded by its `", "legacy",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ProductPrice {
        /// When `legacy` is `true`.
        LegacyRecurring(LegacyRecurringProductPrice),
        /// When `legacy` is absent.
        Current(CurrentProductPrice),
        /// A `legacy` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<LegacyRecurringProductPrice> for ProductPrice {
        fn from(value: LegacyRecurringProductPrice) -> Self {
            Self::LegacyRecurring(value)
        }
    }
    impl ::std::convert::From<CurrentProductPrice> for ProductPrice {
        fn from(value: CurrentProductPrice) -> Self {
            Self::Current(value)
        }
    }
    impl ::serde::Serialize for ProductPrice {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::LegacyRecurring(value) => value.serialize(serializer),
                Self::Current(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProductPrice {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "legacy")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("true") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::LegacyRecurring)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "legacy", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Current)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!("no `{}`: {}", "legacy", e),
                        ))
                }
            }
        }
    }
    /// An ad-hoc price to create, by `amount_type`.
    ///
    #[doc = concat!(
        " Decoded by its `", "amount_type",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ProductPriceCreate {
        /// When `amount_type` is `fixed`.
        Fixed(ProductPriceFixedCreate),
        /// When `amount_type` is `custom`.
        Custom(ProductPriceCustomCreate),
        /// When `amount_type` is `seat_based`.
        SeatBased(ProductPriceSeatBasedCreate),
        /// When `amount_type` is `unit_based`.
        UnitBased(ProductPriceUnitBasedCreate),
        /// When `amount_type` is `metered_unit`.
        MeteredUnit(ProductPriceMeteredUnitCreate),
        /// A `amount_type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<ProductPriceFixedCreate> for ProductPriceCreate {
        fn from(value: ProductPriceFixedCreate) -> Self {
            Self::Fixed(value)
        }
    }
    impl ::std::convert::From<ProductPriceCustomCreate> for ProductPriceCreate {
        fn from(value: ProductPriceCustomCreate) -> Self {
            Self::Custom(value)
        }
    }
    impl ::std::convert::From<ProductPriceSeatBasedCreate> for ProductPriceCreate {
        fn from(value: ProductPriceSeatBasedCreate) -> Self {
            Self::SeatBased(value)
        }
    }
    impl ::std::convert::From<ProductPriceUnitBasedCreate> for ProductPriceCreate {
        fn from(value: ProductPriceUnitBasedCreate) -> Self {
            Self::UnitBased(value)
        }
    }
    impl ::std::convert::From<ProductPriceMeteredUnitCreate> for ProductPriceCreate {
        fn from(value: ProductPriceMeteredUnitCreate) -> Self {
            Self::MeteredUnit(value)
        }
    }
    impl ::serde::Serialize for ProductPriceCreate {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Fixed(value) => value.serialize(serializer),
                Self::Custom(value) => value.serialize(serializer),
                Self::SeatBased(value) => value.serialize(serializer),
                Self::UnitBased(value) => value.serialize(serializer),
                Self::MeteredUnit(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProductPriceCreate {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            let tag = ::checkout_runtime::__private::union_tag(text, "amount_type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("fixed") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Fixed)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("custom") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Custom)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("seat_based") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::SeatBased)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("unit_based") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::UnitBased)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("metered_unit") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::MeteredUnit)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "amount_type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some(_) => {
                    ::serde_json::from_str(text)
                        .map(Self::Unknown)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                }
                None => {
                    Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "missing discriminator `amount_type`",
                        ),
                    )
                }
            }
        }
    }
    ///A pay-what-you-want price for a product.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceCustom {
        ///The type of amount.
        pub amount_type: types::ProductPriceCustomAmountType,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the price.
        pub id: ::uuid::Uuid,
        ///Whether the price is archived and no longer available.
        pub is_archived: bool,
        ///The maximum amount the customer can pay.
        pub maximum_amount: ::std::option::Option<i64>,
        ///The minimum amount the customer can pay; 0 means 'free or pay what you want'.
        pub minimum_amount: i64,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The initial amount shown to the customer.
        pub preset_amount: ::std::option::Option<i64>,
        ///The currency in which the customer will be charged.
        pub price_currency: ::std::string::String,
        ///The ID of the product owning the price.
        pub product_id: ::uuid::Uuid,
        ///Deprecated: the recurring interval, set from the product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recurring_interval: ::std::option::Option<
            types::SubscriptionRecurringInterval,
        >,
        ///The source of the price.
        pub source: types::ProductPriceSource,
        ///The tax behavior of the price; null means the organization's default.
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///Deprecated: the price type, set from the product.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<types::ProductPriceType>,
    }
    impl ProductPriceCustom {
        pub fn builder() -> builder::ProductPriceCustom {
            Default::default()
        }
    }
    /// `ProductPriceCustomAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceCustomAmountType {
        /// `custom`
        Custom,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(ProductPriceCustomAmountType { Custom = "custom" });
    ///A pay-what-you-want price to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceCustomCreate {
        pub amount_type: types::ProductPriceCustomCreateAmountType,
        ///The maximum amount the customer can pay.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub maximum_amount: ::std::option::Option<::std::num::NonZeroU64>,
        /**The minimum amount the customer can pay; 0 accepts $0.

Defaults to `50` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minimum_amount: ::std::option::Option<u64>,
        ///The initial amount shown to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preset_amount: ::std::option::Option<u64>,
        /**The currency in which the customer will be charged.

Defaults to `"usd"` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_currency: ::std::option::Option<::std::string::String>,
        ///The tax behavior of the price; by default the organization's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
    }
    impl ProductPriceCustomCreate {
        pub fn builder() -> builder::ProductPriceCustomCreate {
            Default::default()
        }
    }
    /// `ProductPriceCustomCreateAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceCustomCreateAmountType {
        /// `custom`
        Custom,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceCustomCreateAmountType { Custom = "custom" }
    );
    ///A fixed price for a product.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceFixed {
        ///The type of amount.
        pub amount_type: types::ProductPriceFixedAmountType,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the price.
        pub id: ::uuid::Uuid,
        ///Whether the price is archived and no longer available.
        pub is_archived: bool,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The price in cents.
        pub price_amount: i64,
        ///The currency in which the customer will be charged.
        pub price_currency: ::std::string::String,
        ///The ID of the product owning the price.
        pub product_id: ::uuid::Uuid,
        ///Deprecated: the recurring interval, set from the product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recurring_interval: ::std::option::Option<
            types::SubscriptionRecurringInterval,
        >,
        ///The source of the price.
        pub source: types::ProductPriceSource,
        ///The tax behavior of the price; null means the organization's default.
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///Deprecated: the price type, set from the product.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<types::ProductPriceType>,
    }
    impl ProductPriceFixed {
        pub fn builder() -> builder::ProductPriceFixed {
            Default::default()
        }
    }
    /// `ProductPriceFixedAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceFixedAmountType {
        /// `fixed`
        Fixed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(ProductPriceFixedAmountType { Fixed = "fixed" });
    ///A fixed price to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceFixedCreate {
        pub amount_type: types::ProductPriceFixedCreateAmountType,
        ///The price in cents; `0` makes a free price (the retired `free` type).
        pub price_amount: u64,
        /**The currency in which the customer will be charged.

Defaults to `"usd"` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_currency: ::std::option::Option<::std::string::String>,
        ///The tax behavior of the price; by default the organization's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
    }
    impl ProductPriceFixedCreate {
        pub fn builder() -> builder::ProductPriceFixedCreate {
            Default::default()
        }
    }
    /// `ProductPriceFixedCreateAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceFixedCreateAmountType {
        /// `fixed`
        Fixed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceFixedCreateAmountType { Fixed = "fixed" }
    );
    ///A meter associated to a metered price.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceMeter {
        ///The label for a custom unit.
        pub custom_label: ::std::option::Option<::std::string::String>,
        ///The multiplier from the base unit to the display scale.
        pub custom_multiplier: ::std::option::Option<i64>,
        ///The ID of the meter.
        pub id: ::uuid::Uuid,
        ///The name of the meter.
        pub name: ::std::string::String,
        ///The unit of the meter, e.g. `scalar` or `token`.
        pub unit: ::std::string::String,
    }
    impl ProductPriceMeter {
        pub fn builder() -> builder::ProductPriceMeter {
            Default::default()
        }
    }
    ///A metered, usage-based price for a product, with a fixed unit price.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceMeteredUnit {
        ///The type of amount.
        pub amount_type: types::ProductPriceMeteredUnitAmountType,
        ///The maximum amount in cents that can be charged, regardless of the units consumed.
        pub cap_amount: ::std::option::Option<i64>,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the price.
        pub id: ::uuid::Uuid,
        ///Whether the price is archived and no longer available.
        pub is_archived: bool,
        ///The meter associated to the price.
        pub meter: ProductPriceMeter,
        ///The ID of the meter associated to the price.
        pub meter_id: ::uuid::Uuid,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The currency in which the customer will be charged.
        pub price_currency: ::std::string::String,
        ///The ID of the product owning the price.
        pub product_id: ::uuid::Uuid,
        ///Deprecated: the recurring interval, set from the product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recurring_interval: ::std::option::Option<
            types::SubscriptionRecurringInterval,
        >,
        ///The source of the price.
        pub source: types::ProductPriceSource,
        ///The tax behavior of the price; null means the organization's default.
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///Deprecated: the price type, set from the product.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<types::ProductPriceType>,
        ///The price per unit in cents, as a decimal string with up to 12 decimal places (e.g. `"0.005"`).
        pub unit_amount: ::std::string::String,
    }
    impl ProductPriceMeteredUnit {
        pub fn builder() -> builder::ProductPriceMeteredUnit {
            Default::default()
        }
    }
    /// `ProductPriceMeteredUnitAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceMeteredUnitAmountType {
        /// `metered_unit`
        MeteredUnit,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceMeteredUnitAmountType { MeteredUnit = "metered_unit" }
    );
    ///A metered price with a fixed unit price to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceMeteredUnitCreate {
        pub amount_type: types::ProductPriceMeteredUnitCreateAmountType,
        /**The maximum amount in cents that can be charged, regardless of the units consumed.

Between `0` and `2147483647`; the server refuses other values.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cap_amount: ::std::option::Option<i64>,
        ///The ID of the meter.
        pub meter_id: ::uuid::Uuid,
        /**The currency in which the customer will be charged.

Defaults to `"usd"` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_currency: ::std::option::Option<::std::string::String>,
        ///The tax behavior of the price; by default the organization's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///The price per unit in cents, greater than 0, with up to 12 decimal places: a number or a decimal string.
        pub unit_amount: DecimalInput,
    }
    impl ProductPriceMeteredUnitCreate {
        pub fn builder() -> builder::ProductPriceMeteredUnitCreate {
            Default::default()
        }
    }
    /// `ProductPriceMeteredUnitCreateAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceMeteredUnitCreateAmountType {
        /// `metered_unit`
        MeteredUnit,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceMeteredUnitCreateAmountType { MeteredUnit = "metered_unit" }
    );
    ///A seat-based price for a product.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceSeatBased {
        ///The type of amount.
        pub amount_type: types::ProductPriceSeatBasedAmountType,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the price.
        pub id: ::uuid::Uuid,
        ///Whether the price is archived and no longer available.
        pub is_archived: bool,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The currency in which the customer will be charged.
        pub price_currency: ::std::string::String,
        ///Deprecated: the first tier's price per seat in cents; use `seat_tiers`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_per_seat: ::std::option::Option<i64>,
        ///The ID of the product owning the price.
        pub product_id: ::uuid::Uuid,
        ///Deprecated: the recurring interval, set from the product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recurring_interval: ::std::option::Option<
            types::SubscriptionRecurringInterval,
        >,
        ///Tiered pricing based on seat quantity.
        pub seat_tiers: ProductPriceSeatTiers,
        ///The source of the price.
        pub source: types::ProductPriceSource,
        ///The tax behavior of the price; null means the organization's default.
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///Deprecated: the price type, set from the product.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<types::ProductPriceType>,
    }
    impl ProductPriceSeatBased {
        pub fn builder() -> builder::ProductPriceSeatBased {
            Default::default()
        }
    }
    /// `ProductPriceSeatBasedAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceSeatBasedAmountType {
        /// `seat_based`
        SeatBased,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceSeatBasedAmountType { SeatBased = "seat_based" }
    );
    ///A seat-based price to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceSeatBasedCreate {
        pub amount_type: types::ProductPriceSeatBasedCreateAmountType,
        /**The currency in which the customer will be charged.

Defaults to `"usd"` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_currency: ::std::option::Option<::std::string::String>,
        ///Tiered pricing based on seat quantity.
        pub seat_tiers: ProductPriceSeatTiersInput,
        ///The tax behavior of the price; by default the organization's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
    }
    impl ProductPriceSeatBasedCreate {
        pub fn builder() -> builder::ProductPriceSeatBasedCreate {
            Default::default()
        }
    }
    /// `ProductPriceSeatBasedCreateAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceSeatBasedCreateAmountType {
        /// `seat_based`
        SeatBased,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceSeatBasedCreateAmountType { SeatBased = "seat_based" }
    );
    ///A pricing tier for seat-based pricing.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceSeatTier {
        ///Maximum number of seats (inclusive); null for unlimited.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_seats: ::std::option::Option<::std::num::NonZeroU64>,
        ///Minimum number of seats (inclusive).
        pub min_seats: ::std::num::NonZeroU64,
        ///Price per seat in cents for this tier; 0 for free tiers.
        pub price_per_seat: u64,
    }
    impl ProductPriceSeatTier {
        pub fn builder() -> builder::ProductPriceSeatTier {
            Default::default()
        }
    }
    ///Pricing tiers for seat-based pricing; the seat limits derive from the first and last tier.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceSeatTiers {
        ///Maximum number of seats, from the last tier; null for unlimited.
        pub maximum_seats: ::std::option::Option<i64>,
        ///Minimum number of seats, from the first tier.
        pub minimum_seats: i64,
        ///How tiers are applied.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seat_tier_type: ::std::option::Option<types::SeatTierType>,
        ///The pricing tiers.
        pub tiers: ::std::vec::Vec<ProductPriceSeatTier>,
    }
    impl ProductPriceSeatTiers {
        pub fn builder() -> builder::ProductPriceSeatTiers {
            Default::default()
        }
    }
    ///Pricing tiers for seat-based pricing: continuous ranges, only the last may be unlimited.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceSeatTiersInput {
        ///How tiers are applied; `volume` when not sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seat_tier_type: ::std::option::Option<types::SeatTierType>,
        ///The pricing tiers.
        pub tiers: ::std::vec::Vec<ProductPriceSeatTier>,
    }
    impl ProductPriceSeatTiersInput {
        pub fn builder() -> builder::ProductPriceSeatTiersInput {
            Default::default()
        }
    }
    /// `catalog`: a predefined price; `ad_hoc`: created dynamically for a checkout session.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceSource {
        /// `catalog`
        Catalog,
        /// `ad_hoc`
        AdHoc,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceSource { Catalog = "catalog", AdHoc = "ad_hoc" }
    );
    /// Legacy price type, kept by the API for backward compatibility.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceType {
        /// `one_time`
        OneTime,
        /// `recurring`
        Recurring,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceType { OneTime = "one_time", Recurring = "recurring" }
    );
    ///A unit-based price for a product: the buyer picks a quantity of units, pays for it up-front, and changes are prorated.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceUnitBased {
        ///The type of amount.
        pub amount_type: types::ProductPriceUnitBasedAmountType,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the price.
        pub id: ::uuid::Uuid,
        ///Whether the price is archived and no longer available.
        pub is_archived: bool,
        ///The maximum purchasable quantity, from the last tier's bound; null for unlimited.
        pub maximum_units: ::std::option::Option<i64>,
        ///The minimum purchasable quantity (inclusive).
        pub minimum_units: ::std::option::Option<i64>,
        ///Last modification timestamp of the object.
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The currency in which the customer will be charged.
        pub price_currency: ::std::string::String,
        ///The ID of the product owning the price.
        pub product_id: ::uuid::Uuid,
        ///Deprecated: the recurring interval, set from the product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recurring_interval: ::std::option::Option<
            types::SubscriptionRecurringInterval,
        >,
        ///The source of the price.
        pub source: types::ProductPriceSource,
        ///The tax behavior of the price; null means the organization's default.
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///Tiered pricing based on the purchased unit quantity.
        pub tiers: Tiers,
        ///Deprecated: the price type, set from the product.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<types::ProductPriceType>,
        ///Per-locale unit nouns shown at checkout and on invoices (`{"en": {"=1": "device", "other": "devices"}}`); null means "unit"/"units".
        pub unit_label: ::std::option::Option<UnitLabel>,
    }
    impl ProductPriceUnitBased {
        pub fn builder() -> builder::ProductPriceUnitBased {
            Default::default()
        }
    }
    /// `ProductPriceUnitBasedAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceUnitBasedAmountType {
        /// `unit_based`
        UnitBased,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceUnitBasedAmountType { UnitBased = "unit_based" }
    );
    ///A unit-based price to create: the buyer picks a quantity of units, pays for it up-front, and changes are prorated.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceUnitBasedCreate {
        pub amount_type: types::ProductPriceUnitBasedCreateAmountType,
        ///The minimum purchasable quantity (inclusive); 1 when not set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minimum_units: ::std::option::Option<::std::num::NonZeroU64>,
        /**The currency in which the customer will be charged.

Defaults to `"usd"` when not sent.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_currency: ::std::option::Option<::std::string::String>,
        ///The tax behavior of the price; by default the organization's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_behavior: ::std::option::Option<types::TaxBehaviorOption>,
        ///Tiered pricing based on the purchased unit quantity; rates must be whole cents.
        pub tiers: TiersInput,
        ///Per-locale unit nouns (`{"en": {"=1": "device", "other": "devices"}}`); each locale needs an `other` form of at most 32 characters. "unit"/"units" when not set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_label: ::std::option::Option<UnitLabel>,
    }
    impl ProductPriceUnitBasedCreate {
        pub fn builder() -> builder::ProductPriceUnitBasedCreate {
            Default::default()
        }
    }
    /// `ProductPriceUnitBasedCreateAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceUnitBasedCreateAmountType {
        /// `unit_based`
        UnitBased,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceUnitBasedCreateAmountType { UnitBased = "unit_based" }
    );
    /// Visibility of a product.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductVisibility {
        /// `draft`
        Draft,
        /// `private`
        Private,
        /// `public`
        Public,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductVisibility { Draft = "draft", Private = "private", Public = "public" }
    );
    ///The resource does not exist or is not visible with these credentials.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ResourceNotFound {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::ResourceNotFoundError,
    }
    impl ResourceNotFound {
        pub fn builder() -> builder::ResourceNotFound {
            Default::default()
        }
    }
    /// `ResourceNotFoundError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ResourceNotFoundError {
        /// `ResourceNotFound`
        ResourceNotFound,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ResourceNotFoundError { ResourceNotFound = "ResourceNotFound" }
    );
    /// `volume` prices all seats at the matching tier's rate; `graduated` prices each tier's range independently.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SeatTierType {
        /// `volume`
        Volume,
        /// `graduated`
        Graduated,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        SeatTierType { Volume = "volume", Graduated = "graduated" }
    );
    ///One value, or several (sent as repeated query keys).
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum StringFilter {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for StringFilter {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    /// Proration applied when a customer changes their subscription from the portal: `invoice` at once, `prorate` on the next invoice, `next_period` (the change applies from the next period), `reset` (a new period starts now).
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SubscriptionProrationBehavior {
        /// `invoice`
        Invoice,
        /// `prorate`
        Prorate,
        /// `next_period`
        NextPeriod,
        /// `reset`
        Reset,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        SubscriptionProrationBehavior { Invoice = "invoice", Prorate = "prorate",
        NextPeriod = "next_period", Reset = "reset" }
    );
    /// Interval unit of a subscription.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SubscriptionRecurringInterval {
        /// `day`
        Day,
        /// `week`
        Week,
        /// `month`
        Month,
        /// `year`
        Year,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        SubscriptionRecurringInterval { Day = "day", Week = "week", Month = "month", Year
        = "year" }
    );
    /// `inclusive`: the price includes tax; `exclusive`: tax is added on top.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TaxBehavior {
        /// `inclusive`
        Inclusive,
        /// `exclusive`
        Exclusive,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        TaxBehavior { Inclusive = "inclusive", Exclusive = "exclusive" }
    );
    /// Tax behavior of a price; `location` decides by the customer's location.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TaxBehaviorOption {
        /// `location`
        Location,
        /// `inclusive`
        Inclusive,
        /// `exclusive`
        Exclusive,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        TaxBehaviorOption { Location = "location", Inclusive = "inclusive", Exclusive =
        "exclusive" }
    );
    ///A per-unit rate up to and including `bound`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Tier {
        ///Last quantity of the tier (inclusive); null on an unbounded last tier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bound: ::std::option::Option<i64>,
        ///The rate per unit in cents, as a decimal string (rates may be fractional).
        pub unit_amount: ::std::string::String,
    }
    impl Tier {
        pub fn builder() -> builder::Tier {
            Default::default()
        }
    }
    ///A per-unit rate up to and including `bound`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TierInput {
        ///Last quantity of the tier (inclusive); null or absent on an unbounded last tier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bound: ::std::option::Option<::std::num::NonZeroU64>,
        ///The rate per unit in cents, at least 0: a number or a decimal string.
        pub unit_amount: DecimalInput,
    }
    impl TierInput {
        pub fn builder() -> builder::TierInput {
            Default::default()
        }
    }
    /// `volume` prices every unit at the matching tier's rate; `graduated` prices each tier's range at its own rate.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TierType {
        /// `volume`
        Volume,
        /// `graduated`
        Graduated,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        TierType { Volume = "volume", Graduated = "graduated" }
    );
    ///Tiered per-unit rates: each tier starts where the previous one ended (the first at zero).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Tiers {
        ///The tiers, by ascending bound; only the last may be unbounded.
        pub tiers: ::std::vec::Vec<Tier>,
        ///How tiers are applied.
        #[serde(rename = "type")]
        pub type_: types::TierType,
    }
    impl Tiers {
        pub fn builder() -> builder::Tiers {
            Default::default()
        }
    }
    ///Tiered per-unit rates to create: unique bounds, only the last tier unbounded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TiersInput {
        ///The tiers.
        pub tiers: ::std::vec::Vec<TierInput>,
        ///How tiers are applied.
        #[serde(rename = "type")]
        pub type_: types::TierType,
    }
    impl TiersInput {
        pub fn builder() -> builder::TiersInput {
            Default::default()
        }
    }
    ///The customer already used a trial for this product; trials can be used once per customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TrialAlreadyRedeemed {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::TrialAlreadyRedeemedError,
    }
    impl TrialAlreadyRedeemed {
        pub fn builder() -> builder::TrialAlreadyRedeemed {
            Default::default()
        }
    }
    /// `TrialAlreadyRedeemedError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TrialAlreadyRedeemedError {
        /// `TrialAlreadyRedeemed`
        TrialAlreadyRedeemed,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        TrialAlreadyRedeemedError { TrialAlreadyRedeemed = "TrialAlreadyRedeemed" }
    );
    /// Interval unit of a trial period.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum TrialInterval {
        /// `day`
        Day,
        /// `week`
        Week,
        /// `month`
        Month,
        /// `year`
        Year,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        TrialInterval { Day = "day", Week = "week", Month = "month", Year = "year" }
    );
    ///Unit nouns by locale, each a map of plural forms (`=1`, `other`, …) to the noun.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct UnitLabel(
        pub ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    );
    impl ::std::ops::Deref for UnitLabel {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<UnitLabel>
    for ::std::collections::HashMap<
        ::std::string::String,
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    > {
        fn from(value: UnitLabel) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    > for UnitLabel {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///One ID, or several (sent as repeated query keys).
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum UuidFilter {
        Uuid(::uuid::Uuid),
        Array(::std::vec::Vec<::uuid::Uuid>),
    }
    impl ::std::convert::From<::uuid::Uuid> for UuidFilter {
        fn from(value: ::uuid::Uuid) -> Self {
            Self::Uuid(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::uuid::Uuid>> for UuidFilter {
        fn from(value: ::std::vec::Vec<::uuid::Uuid>) -> Self {
            Self::Array(value)
        }
    }
    ///One validation failure.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ValidationError {
        ///Extra context, when the server sends it.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub ctx: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The input that failed, when the server echoes it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub input: ::std::option::Option<::serde_json::Value>,
        ///Where the failure is, as path segments.
        pub loc: ::std::vec::Vec<ValidationErrorLocation>,
        ///What is wrong.
        pub msg: ::std::string::String,
        ///Machine-readable failure type.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl ValidationError {
        pub fn builder() -> builder::ValidationError {
            Default::default()
        }
    }
    ///A path segment of a validation failure's location (a name or an index).
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum ValidationErrorLocation {
        String(::std::string::String),
        Integer(i64),
    }
    impl ::std::fmt::Display for ValidationErrorLocation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Integer(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ValidationErrorLocation {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    ///Sent when a new checkout is created.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WebhookCheckoutCreatedPayload {
        pub data: Checkout,
        ///When the event happened.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "type")]
        pub type_: types::WebhookCheckoutCreatedPayloadType,
    }
    impl WebhookCheckoutCreatedPayload {
        pub fn builder() -> builder::WebhookCheckoutCreatedPayload {
            Default::default()
        }
    }
    /// `WebhookCheckoutCreatedPayloadType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WebhookCheckoutCreatedPayloadType {
        /// `checkout.created`
        CheckoutCreated,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        WebhookCheckoutCreatedPayloadType { CheckoutCreated = "checkout.created" }
    );
    ///Sent when a checkout expires without being completed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WebhookCheckoutExpiredPayload {
        pub data: Checkout,
        ///When the event happened.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "type")]
        pub type_: types::WebhookCheckoutExpiredPayloadType,
    }
    impl WebhookCheckoutExpiredPayload {
        pub fn builder() -> builder::WebhookCheckoutExpiredPayload {
            Default::default()
        }
    }
    /// `WebhookCheckoutExpiredPayloadType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WebhookCheckoutExpiredPayloadType {
        /// `checkout.expired`
        CheckoutExpired,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        WebhookCheckoutExpiredPayloadType { CheckoutExpired = "checkout.expired" }
    );
    ///Sent when a checkout is updated.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WebhookCheckoutUpdatedPayload {
        pub data: Checkout,
        ///When the event happened.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "type")]
        pub type_: types::WebhookCheckoutUpdatedPayloadType,
    }
    impl WebhookCheckoutUpdatedPayload {
        pub fn builder() -> builder::WebhookCheckoutUpdatedPayload {
            Default::default()
        }
    }
    /// `WebhookCheckoutUpdatedPayloadType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WebhookCheckoutUpdatedPayloadType {
        /// `checkout.updated`
        CheckoutUpdated,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        WebhookCheckoutUpdatedPayloadType { CheckoutUpdated = "checkout.updated" }
    );
    /// Types for composing complex structures.
    pub mod builder {
        use super::super::types;
        #[derive(Clone, Debug)]
        pub struct Address {
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<::std::string::String, ::std::string::String>,
            line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            line2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Address {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    country: Err("no value supplied for country".to_string()),
                    line1: Ok(Default::default()),
                    line2: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl Address {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line1: {e}")
                    });
                self
            }
            pub fn line2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.line2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line2: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Address> for super::Address {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Address,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    line1: value.line1?,
                    line2: value.line2?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::Address> for Address {
            fn from(value: super::Address) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    line1: Ok(value.line1),
                    line2: Ok(value.line2),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddressInput {
            city: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            country: ::std::result::Result<::std::string::String, ::std::string::String>,
            line1: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            line2: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddressInput {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    country: Err("no value supplied for country".to_string()),
                    line1: Ok(Default::default()),
                    line2: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl AddressInput {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line1: {e}")
                    });
                self
            }
            pub fn line2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.line2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line2: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddressInput> for super::AddressInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddressInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    line1: value.line1?,
                    line2: value.line2?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::AddressInput> for AddressInput {
            fn from(value: super::AddressInput) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    line1: Ok(value.line1),
                    line2: Ok(value.line2),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AlreadyActiveSubscriptionError {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::AlreadyActiveSubscriptionErrorError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AlreadyActiveSubscriptionError {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl AlreadyActiveSubscriptionError {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::AlreadyActiveSubscriptionErrorError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AlreadyActiveSubscriptionError>
        for super::AlreadyActiveSubscriptionError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AlreadyActiveSubscriptionError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::AlreadyActiveSubscriptionError>
        for AlreadyActiveSubscriptionError {
            fn from(value: super::AlreadyActiveSubscriptionError) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttachedCustomField {
            custom_field: ::std::result::Result<
                types::CustomField,
                ::std::string::String,
            >,
            custom_field_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            order: ::std::result::Result<i64, ::std::string::String>,
            required: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for AttachedCustomField {
            fn default() -> Self {
                Self {
                    custom_field: Err("no value supplied for custom_field".to_string()),
                    custom_field_id: Err(
                        "no value supplied for custom_field_id".to_string(),
                    ),
                    order: Err("no value supplied for order".to_string()),
                    required: Err("no value supplied for required".to_string()),
                }
            }
        }
        impl AttachedCustomField {
            pub fn custom_field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CustomField>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_field: {e}")
                    });
                self
            }
            pub fn custom_field_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_id: {e}"
                        )
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for required: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttachedCustomField>
        for super::AttachedCustomField {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttachedCustomField,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_field: value.custom_field?,
                    custom_field_id: value.custom_field_id?,
                    order: value.order?,
                    required: value.required?,
                })
            }
        }
        impl ::std::convert::From<super::AttachedCustomField> for AttachedCustomField {
            fn from(value: super::AttachedCustomField) -> Self {
                Self {
                    custom_field: Ok(value.custom_field),
                    custom_field_id: Ok(value.custom_field_id),
                    order: Ok(value.order),
                    required: Ok(value.required),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BenefitPublic {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            deletable: ::std::result::Result<bool, ::std::string::String>,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_deleted: ::std::result::Result<bool, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            selectable: ::std::result::Result<bool, ::std::string::String>,
            type_: ::std::result::Result<types::BenefitType, ::std::string::String>,
        }
        impl ::std::default::Default for BenefitPublic {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    deletable: Err("no value supplied for deletable".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_deleted: Err("no value supplied for is_deleted".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    selectable: Err("no value supplied for selectable".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl BenefitPublic {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn deletable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.deletable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deletable: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_deleted: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn selectable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.selectable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for selectable: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::BenefitType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BenefitPublic> for super::BenefitPublic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BenefitPublic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    deletable: value.deletable?,
                    description: value.description?,
                    id: value.id?,
                    is_deleted: value.is_deleted?,
                    modified_at: value.modified_at?,
                    organization_id: value.organization_id?,
                    selectable: value.selectable?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::BenefitPublic> for BenefitPublic {
            fn from(value: super::BenefitPublic) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    deletable: Ok(value.deletable),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    is_deleted: Ok(value.is_deleted),
                    modified_at: Ok(value.modified_at),
                    organization_id: Ok(value.organization_id),
                    selectable: Ok(value.selectable),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Checkout {
            active_trial_interval: ::std::result::Result<
                ::std::option::Option<types::TrialInterval>,
                ::std::string::String,
            >,
            active_trial_interval_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            allow_discount_codes: ::std::result::Result<bool, ::std::string::String>,
            allow_trial: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<i64, ::std::string::String>,
            attached_custom_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::AttachedCustomField>>,
                ::std::string::String,
            >,
            billing_address_fields: ::std::result::Result<
                super::CheckoutBillingAddressFields,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            custom_field_data: ::std::result::Result<
                ::std::option::Option<super::CustomFieldData>,
                ::std::string::String,
            >,
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            customer_billing_address_fields: ::std::result::Result<
                ::std::option::Option<super::CheckoutCustomerBillingAddressFields>,
                ::std::string::String,
            >,
            customer_billing_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            customer_ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, super::MetadataValue>,
                ::std::string::String,
            >,
            customer_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_tax_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount: ::std::result::Result<
                ::std::option::Option<types::CheckoutDiscount>,
                ::std::string::String,
            >,
            discount_amount: ::std::result::Result<i64, ::std::string::String>,
            discount_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            embed_origin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            external_customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_business_customer: ::std::result::Result<bool, ::std::string::String>,
            is_discount_applicable: ::std::result::Result<bool, ::std::string::String>,
            is_free_product_price: ::std::result::Result<bool, ::std::string::String>,
            is_payment_form_required: ::std::result::Result<bool, ::std::string::String>,
            is_payment_required: ::std::result::Result<bool, ::std::string::String>,
            is_payment_setup_required: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            max_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            min_seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            net_amount: ::std::result::Result<i64, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            payment_method_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_processor: ::std::result::Result<
                types::PaymentProcessor,
                ::std::string::String,
            >,
            payment_processor_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            prices: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<types::ProductPrice>,
                    >,
                >,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<super::CheckoutProduct>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            product_price: ::std::result::Result<
                ::std::option::Option<types::ProductPrice>,
                ::std::string::String,
            >,
            product_price_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            products: ::std::result::Result<
                ::std::vec::Vec<super::CheckoutProduct>,
                ::std::string::String,
            >,
            require_billing_address: ::std::result::Result<bool, ::std::string::String>,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<types::CheckoutStatus, ::std::string::String>,
            subscription_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            subtotal_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            tax_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehavior>,
                ::std::string::String,
            >,
            total_amount: ::std::result::Result<i64, ::std::string::String>,
            trial_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            trial_interval: ::std::result::Result<
                ::std::option::Option<types::TrialInterval>,
                ::std::string::String,
            >,
            trial_interval_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Checkout {
            fn default() -> Self {
                Self {
                    active_trial_interval: Err(
                        "no value supplied for active_trial_interval".to_string(),
                    ),
                    active_trial_interval_count: Err(
                        "no value supplied for active_trial_interval_count".to_string(),
                    ),
                    allow_discount_codes: Err(
                        "no value supplied for allow_discount_codes".to_string(),
                    ),
                    allow_trial: Err("no value supplied for allow_trial".to_string()),
                    amount: Err("no value supplied for amount".to_string()),
                    attached_custom_fields: Err(
                        "no value supplied for attached_custom_fields".to_string(),
                    ),
                    billing_address_fields: Err(
                        "no value supplied for billing_address_fields".to_string(),
                    ),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    custom_field_data: Ok(Default::default()),
                    customer_billing_address: Err(
                        "no value supplied for customer_billing_address".to_string(),
                    ),
                    customer_billing_address_fields: Ok(Default::default()),
                    customer_billing_name: Err(
                        "no value supplied for customer_billing_name".to_string(),
                    ),
                    customer_email: Err(
                        "no value supplied for customer_email".to_string(),
                    ),
                    customer_external_id: Ok(Default::default()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    customer_ip_address: Err(
                        "no value supplied for customer_ip_address".to_string(),
                    ),
                    customer_metadata: Err(
                        "no value supplied for customer_metadata".to_string(),
                    ),
                    customer_name: Err(
                        "no value supplied for customer_name".to_string(),
                    ),
                    customer_tax_id: Err(
                        "no value supplied for customer_tax_id".to_string(),
                    ),
                    discount: Err("no value supplied for discount".to_string()),
                    discount_amount: Err(
                        "no value supplied for discount_amount".to_string(),
                    ),
                    discount_id: Err("no value supplied for discount_id".to_string()),
                    embed_origin: Err("no value supplied for embed_origin".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    external_customer_id: Err(
                        "no value supplied for external_customer_id".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    is_business_customer: Err(
                        "no value supplied for is_business_customer".to_string(),
                    ),
                    is_discount_applicable: Err(
                        "no value supplied for is_discount_applicable".to_string(),
                    ),
                    is_free_product_price: Err(
                        "no value supplied for is_free_product_price".to_string(),
                    ),
                    is_payment_form_required: Err(
                        "no value supplied for is_payment_form_required".to_string(),
                    ),
                    is_payment_required: Err(
                        "no value supplied for is_payment_required".to_string(),
                    ),
                    is_payment_setup_required: Err(
                        "no value supplied for is_payment_setup_required".to_string(),
                    ),
                    locale: Ok(Default::default()),
                    max_seats: Ok(Default::default()),
                    max_units: Ok(Default::default()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    min_seats: Ok(Default::default()),
                    min_units: Ok(Default::default()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    net_amount: Err("no value supplied for net_amount".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    payment_method_type: Err(
                        "no value supplied for payment_method_type".to_string(),
                    ),
                    payment_processor: Err(
                        "no value supplied for payment_processor".to_string(),
                    ),
                    payment_processor_metadata: Err(
                        "no value supplied for payment_processor_metadata".to_string(),
                    ),
                    prices: Err("no value supplied for prices".to_string()),
                    product: Err("no value supplied for product".to_string()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    product_price: Err(
                        "no value supplied for product_price".to_string(),
                    ),
                    product_price_id: Err(
                        "no value supplied for product_price_id".to_string(),
                    ),
                    products: Err("no value supplied for products".to_string()),
                    require_billing_address: Err(
                        "no value supplied for require_billing_address".to_string(),
                    ),
                    return_url: Err("no value supplied for return_url".to_string()),
                    seats: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    subscription_id: Err(
                        "no value supplied for subscription_id".to_string(),
                    ),
                    subtotal_amount: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    tax_amount: Err("no value supplied for tax_amount".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    total_amount: Err("no value supplied for total_amount".to_string()),
                    trial_end: Err("no value supplied for trial_end".to_string()),
                    trial_interval: Err(
                        "no value supplied for trial_interval".to_string(),
                    ),
                    trial_interval_count: Err(
                        "no value supplied for trial_interval_count".to_string(),
                    ),
                    units: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Checkout {
            pub fn active_trial_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TrialInterval>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_trial_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_trial_interval: {e}"
                        )
                    });
                self
            }
            pub fn active_trial_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_trial_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_trial_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn allow_discount_codes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_discount_codes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_discount_codes: {e}"
                        )
                    });
                self
            }
            pub fn allow_trial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_trial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_trial: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn attached_custom_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::AttachedCustomField>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attached_custom_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attached_custom_fields: {e}"
                        )
                    });
                self
            }
            pub fn billing_address_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutBillingAddressFields>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_address_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_address_fields: {e}"
                        )
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn custom_field_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomFieldData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_data: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutCustomerBillingAddressFields>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address_fields: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_name: {e}"
                        )
                    });
                self
            }
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email: {e}"
                        )
                    });
                self
            }
            pub fn customer_external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_external_id: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_ip_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::MetadataValue,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn customer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_name: {e}")
                    });
                self
            }
            pub fn customer_tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_tax_id: {e}"
                        )
                    });
                self
            }
            pub fn discount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::CheckoutDiscount>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount: {e}")
                    });
                self
            }
            pub fn discount_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for discount_amount: {e}"
                        )
                    });
                self
            }
            pub fn discount_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_id: {e}")
                    });
                self
            }
            pub fn embed_origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.embed_origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for embed_origin: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn external_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_business_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_business_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_business_customer: {e}"
                        )
                    });
                self
            }
            pub fn is_discount_applicable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_discount_applicable = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_discount_applicable: {e}"
                        )
                    });
                self
            }
            pub fn is_free_product_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_free_product_price = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_free_product_price: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_form_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_form_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_form_required: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_required: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_setup_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_setup_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_setup_required: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn max_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_seats: {e}")
                    });
                self
            }
            pub fn max_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_units: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn min_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_seats: {e}")
                    });
                self
            }
            pub fn min_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_units: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn net_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.net_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for net_amount: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_type: {e}"
                        )
                    });
                self
            }
            pub fn payment_processor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::PaymentProcessor>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_processor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_processor: {e}"
                        )
                    });
                self
            }
            pub fn payment_processor_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payment_processor_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_processor_metadata: {e}"
                        )
                    });
                self
            }
            pub fn prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::vec::Vec<types::ProductPrice>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.prices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prices: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutProduct>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::ProductPrice>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_price: {e}")
                    });
                self
            }
            pub fn product_price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_price_id: {e}"
                        )
                    });
                self
            }
            pub fn products<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckoutProduct>>,
                T::Error: ::std::fmt::Display,
            {
                self.products = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for products: {e}")
                    });
                self
            }
            pub fn require_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.require_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for require_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn return_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for return_url: {e}")
                    });
                self
            }
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CheckoutStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.subscription_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subscription_id: {e}"
                        )
                    });
                self
            }
            pub fn subtotal_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtotal_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subtotal_amount: {e}"
                        )
                    });
                self
            }
            pub fn success_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.success_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_url: {e}")
                    });
                self
            }
            pub fn tax_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_amount: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TaxBehavior>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_amount: {e}")
                    });
                self
            }
            pub fn trial_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trial_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trial_end: {e}")
                    });
                self
            }
            pub fn trial_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TrialInterval>>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval: {e}"
                        )
                    });
                self
            }
            pub fn trial_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for units: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Checkout> for super::Checkout {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Checkout,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_trial_interval: value.active_trial_interval?,
                    active_trial_interval_count: value.active_trial_interval_count?,
                    allow_discount_codes: value.allow_discount_codes?,
                    allow_trial: value.allow_trial?,
                    amount: value.amount?,
                    attached_custom_fields: value.attached_custom_fields?,
                    billing_address_fields: value.billing_address_fields?,
                    client_secret: value.client_secret?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    custom_field_data: value.custom_field_data?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_address_fields: value
                        .customer_billing_address_fields?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_external_id: value.customer_external_id?,
                    customer_id: value.customer_id?,
                    customer_ip_address: value.customer_ip_address?,
                    customer_metadata: value.customer_metadata?,
                    customer_name: value.customer_name?,
                    customer_tax_id: value.customer_tax_id?,
                    discount: value.discount?,
                    discount_amount: value.discount_amount?,
                    discount_id: value.discount_id?,
                    embed_origin: value.embed_origin?,
                    expires_at: value.expires_at?,
                    external_customer_id: value.external_customer_id?,
                    id: value.id?,
                    is_business_customer: value.is_business_customer?,
                    is_discount_applicable: value.is_discount_applicable?,
                    is_free_product_price: value.is_free_product_price?,
                    is_payment_form_required: value.is_payment_form_required?,
                    is_payment_required: value.is_payment_required?,
                    is_payment_setup_required: value.is_payment_setup_required?,
                    locale: value.locale?,
                    max_seats: value.max_seats?,
                    max_units: value.max_units?,
                    metadata: value.metadata?,
                    min_seats: value.min_seats?,
                    min_units: value.min_units?,
                    modified_at: value.modified_at?,
                    net_amount: value.net_amount?,
                    organization_id: value.organization_id?,
                    payment_method_type: value.payment_method_type?,
                    payment_processor: value.payment_processor?,
                    payment_processor_metadata: value.payment_processor_metadata?,
                    prices: value.prices?,
                    product: value.product?,
                    product_id: value.product_id?,
                    product_price: value.product_price?,
                    product_price_id: value.product_price_id?,
                    products: value.products?,
                    require_billing_address: value.require_billing_address?,
                    return_url: value.return_url?,
                    seats: value.seats?,
                    status: value.status?,
                    subscription_id: value.subscription_id?,
                    subtotal_amount: value.subtotal_amount?,
                    success_url: value.success_url?,
                    tax_amount: value.tax_amount?,
                    tax_behavior: value.tax_behavior?,
                    total_amount: value.total_amount?,
                    trial_end: value.trial_end?,
                    trial_interval: value.trial_interval?,
                    trial_interval_count: value.trial_interval_count?,
                    units: value.units?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Checkout> for Checkout {
            fn from(value: super::Checkout) -> Self {
                Self {
                    active_trial_interval: Ok(value.active_trial_interval),
                    active_trial_interval_count: Ok(value.active_trial_interval_count),
                    allow_discount_codes: Ok(value.allow_discount_codes),
                    allow_trial: Ok(value.allow_trial),
                    amount: Ok(value.amount),
                    attached_custom_fields: Ok(value.attached_custom_fields),
                    billing_address_fields: Ok(value.billing_address_fields),
                    client_secret: Ok(value.client_secret),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    custom_field_data: Ok(value.custom_field_data),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_address_fields: Ok(
                        value.customer_billing_address_fields,
                    ),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_external_id: Ok(value.customer_external_id),
                    customer_id: Ok(value.customer_id),
                    customer_ip_address: Ok(value.customer_ip_address),
                    customer_metadata: Ok(value.customer_metadata),
                    customer_name: Ok(value.customer_name),
                    customer_tax_id: Ok(value.customer_tax_id),
                    discount: Ok(value.discount),
                    discount_amount: Ok(value.discount_amount),
                    discount_id: Ok(value.discount_id),
                    embed_origin: Ok(value.embed_origin),
                    expires_at: Ok(value.expires_at),
                    external_customer_id: Ok(value.external_customer_id),
                    id: Ok(value.id),
                    is_business_customer: Ok(value.is_business_customer),
                    is_discount_applicable: Ok(value.is_discount_applicable),
                    is_free_product_price: Ok(value.is_free_product_price),
                    is_payment_form_required: Ok(value.is_payment_form_required),
                    is_payment_required: Ok(value.is_payment_required),
                    is_payment_setup_required: Ok(value.is_payment_setup_required),
                    locale: Ok(value.locale),
                    max_seats: Ok(value.max_seats),
                    max_units: Ok(value.max_units),
                    metadata: Ok(value.metadata),
                    min_seats: Ok(value.min_seats),
                    min_units: Ok(value.min_units),
                    modified_at: Ok(value.modified_at),
                    net_amount: Ok(value.net_amount),
                    organization_id: Ok(value.organization_id),
                    payment_method_type: Ok(value.payment_method_type),
                    payment_processor: Ok(value.payment_processor),
                    payment_processor_metadata: Ok(value.payment_processor_metadata),
                    prices: Ok(value.prices),
                    product: Ok(value.product),
                    product_id: Ok(value.product_id),
                    product_price: Ok(value.product_price),
                    product_price_id: Ok(value.product_price_id),
                    products: Ok(value.products),
                    require_billing_address: Ok(value.require_billing_address),
                    return_url: Ok(value.return_url),
                    seats: Ok(value.seats),
                    status: Ok(value.status),
                    subscription_id: Ok(value.subscription_id),
                    subtotal_amount: Ok(value.subtotal_amount),
                    success_url: Ok(value.success_url),
                    tax_amount: Ok(value.tax_amount),
                    tax_behavior: Ok(value.tax_behavior),
                    total_amount: Ok(value.total_amount),
                    trial_end: Ok(value.trial_end),
                    trial_interval: Ok(value.trial_interval),
                    trial_interval_count: Ok(value.trial_interval_count),
                    units: Ok(value.units),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutBillingAddressFields {
            city: ::std::result::Result<
                types::BillingAddressFieldMode,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                types::BillingAddressFieldMode,
                ::std::string::String,
            >,
            line1: ::std::result::Result<
                types::BillingAddressFieldMode,
                ::std::string::String,
            >,
            line2: ::std::result::Result<
                types::BillingAddressFieldMode,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                types::BillingAddressFieldMode,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                types::BillingAddressFieldMode,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutBillingAddressFields {
            fn default() -> Self {
                Self {
                    city: Err("no value supplied for city".to_string()),
                    country: Err("no value supplied for country".to_string()),
                    line1: Err("no value supplied for line1".to_string()),
                    line2: Err("no value supplied for line2".to_string()),
                    postal_code: Err("no value supplied for postal_code".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl CheckoutBillingAddressFields {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::BillingAddressFieldMode>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::BillingAddressFieldMode>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::BillingAddressFieldMode>,
                T::Error: ::std::fmt::Display,
            {
                self.line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line1: {e}")
                    });
                self
            }
            pub fn line2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::BillingAddressFieldMode>,
                T::Error: ::std::fmt::Display,
            {
                self.line2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line2: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::BillingAddressFieldMode>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::BillingAddressFieldMode>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutBillingAddressFields>
        for super::CheckoutBillingAddressFields {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutBillingAddressFields,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    line1: value.line1?,
                    line2: value.line2?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutBillingAddressFields>
        for CheckoutBillingAddressFields {
            fn from(value: super::CheckoutBillingAddressFields) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    line1: Ok(value.line1),
                    line2: Ok(value.line2),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutConfirmStripe {
            allow_trial: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::std::option::Option<u64>>,
                ::std::string::String,
            >,
            confirmation_token_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            custom_field_data: ::std::result::Result<
                ::std::option::Option<super::CustomFieldDataInput>,
                ::std::string::String,
            >,
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<::std::option::Option<super::AddressInput>>,
                ::std::string::String,
            >,
            customer_billing_name: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            customer_name: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::CheckoutConfirmStripeCustomerName>,
                >,
                ::std::string::String,
            >,
            customer_tax_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            discount_code: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            is_business_customer: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            payment_method_type: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            product_price_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                ::std::string::String,
            >,
            units: ::std::result::Result<
                ::std::option::Option<::std::option::Option<i32>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutConfirmStripe {
            fn default() -> Self {
                Self {
                    allow_trial: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    confirmation_token_id: Ok(Default::default()),
                    custom_field_data: Ok(Default::default()),
                    customer_billing_address: Ok(Default::default()),
                    customer_billing_name: Ok(Default::default()),
                    customer_email: Ok(Default::default()),
                    customer_name: Ok(Default::default()),
                    customer_tax_id: Ok(Default::default()),
                    discount_code: Ok(Default::default()),
                    is_business_customer: Ok(Default::default()),
                    locale: Ok(Default::default()),
                    payment_method_type: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    product_price_id: Ok(Default::default()),
                    seats: Ok(Default::default()),
                    units: Ok(Default::default()),
                }
            }
        }
        impl CheckoutConfirmStripe {
            pub fn allow_trial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allow_trial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_trial: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<u64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn confirmation_token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.confirmation_token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for confirmation_token_id: {e}"
                        )
                    });
                self
            }
            pub fn custom_field_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomFieldDataInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_data: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<super::AddressInput>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_name: {e}"
                        )
                    });
                self
            }
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email: {e}"
                        )
                    });
                self
            }
            pub fn customer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::CheckoutConfirmStripeCustomerName>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_name: {e}")
                    });
                self
            }
            pub fn customer_tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_tax_id: {e}"
                        )
                    });
                self
            }
            pub fn discount_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_code: {e}")
                    });
                self
            }
            pub fn is_business_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.is_business_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_business_customer: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn payment_method_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_type: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product_price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_price_id: {e}"
                        )
                    });
                self
            }
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<i32>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for units: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutConfirmStripe>
        for super::CheckoutConfirmStripe {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutConfirmStripe,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_trial: value.allow_trial?,
                    amount: value.amount?,
                    confirmation_token_id: value.confirmation_token_id?,
                    custom_field_data: value.custom_field_data?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_name: value.customer_name?,
                    customer_tax_id: value.customer_tax_id?,
                    discount_code: value.discount_code?,
                    is_business_customer: value.is_business_customer?,
                    locale: value.locale?,
                    payment_method_type: value.payment_method_type?,
                    product_id: value.product_id?,
                    product_price_id: value.product_price_id?,
                    seats: value.seats?,
                    units: value.units?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutConfirmStripe>
        for CheckoutConfirmStripe {
            fn from(value: super::CheckoutConfirmStripe) -> Self {
                Self {
                    allow_trial: Ok(value.allow_trial),
                    amount: Ok(value.amount),
                    confirmation_token_id: Ok(value.confirmation_token_id),
                    custom_field_data: Ok(value.custom_field_data),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_name: Ok(value.customer_name),
                    customer_tax_id: Ok(value.customer_tax_id),
                    discount_code: Ok(value.discount_code),
                    is_business_customer: Ok(value.is_business_customer),
                    locale: Ok(value.locale),
                    payment_method_type: Ok(value.payment_method_type),
                    product_id: Ok(value.product_id),
                    product_price_id: Ok(value.product_price_id),
                    seats: Ok(value.seats),
                    units: Ok(value.units),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutCreate {
            allow_discount_codes: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allow_trial: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<super::CheckoutCreateCurrency>,
                ::std::string::String,
            >,
            custom_field_data: ::std::result::Result<
                ::std::option::Option<super::CustomFieldDataInput>,
                ::std::string::String,
            >,
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<super::AddressInput>,
                ::std::string::String,
            >,
            customer_billing_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            customer_ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::option::Option<super::MetadataInput>,
                ::std::string::String,
            >,
            customer_name: ::std::result::Result<
                ::std::option::Option<super::CheckoutCreateCustomerName>,
                ::std::string::String,
            >,
            customer_tax_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            embed_origin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_business_customer: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_seats: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            max_units: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::MetadataInput>,
                ::std::string::String,
            >,
            min_seats: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            min_units: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            prices: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<types::ProductPriceCreate>,
                    >,
                >,
                ::std::string::String,
            >,
            products: ::std::result::Result<
                ::std::vec::Vec<::uuid::Uuid>,
                ::std::string::String,
            >,
            require_billing_address: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            return_url: ::std::result::Result<
                ::std::option::Option<super::CheckoutCreateReturnUrl>,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            subscription_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::option::Option<super::CheckoutCreateSuccessUrl>,
                ::std::string::String,
            >,
            trial_interval: ::std::result::Result<
                ::std::option::Option<types::TrialInterval>,
                ::std::string::String,
            >,
            trial_interval_count: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            units: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutCreate {
            fn default() -> Self {
                Self {
                    allow_discount_codes: Ok(Default::default()),
                    allow_trial: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    custom_field_data: Ok(Default::default()),
                    customer_billing_address: Ok(Default::default()),
                    customer_billing_name: Ok(Default::default()),
                    customer_email: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customer_ip_address: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    customer_name: Ok(Default::default()),
                    customer_tax_id: Ok(Default::default()),
                    discount_id: Ok(Default::default()),
                    embed_origin: Ok(Default::default()),
                    external_customer_id: Ok(Default::default()),
                    is_business_customer: Ok(Default::default()),
                    locale: Ok(Default::default()),
                    max_seats: Ok(Default::default()),
                    max_units: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    min_seats: Ok(Default::default()),
                    min_units: Ok(Default::default()),
                    prices: Ok(Default::default()),
                    products: Err("no value supplied for products".to_string()),
                    require_billing_address: Ok(Default::default()),
                    return_url: Ok(Default::default()),
                    seats: Ok(Default::default()),
                    subscription_id: Ok(Default::default()),
                    success_url: Ok(Default::default()),
                    trial_interval: Ok(Default::default()),
                    trial_interval_count: Ok(Default::default()),
                    units: Ok(Default::default()),
                }
            }
        }
        impl CheckoutCreate {
            pub fn allow_discount_codes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_discount_codes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_discount_codes: {e}"
                        )
                    });
                self
            }
            pub fn allow_trial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_trial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_trial: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutCreateCurrency>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn custom_field_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomFieldDataInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_data: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AddressInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_name: {e}"
                        )
                    });
                self
            }
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_ip_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetadataInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn customer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutCreateCustomerName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_name: {e}")
                    });
                self
            }
            pub fn customer_tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_tax_id: {e}"
                        )
                    });
                self
            }
            pub fn discount_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_id: {e}")
                    });
                self
            }
            pub fn embed_origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.embed_origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for embed_origin: {e}")
                    });
                self
            }
            pub fn external_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn is_business_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_business_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_business_customer: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn max_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.max_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_seats: {e}")
                    });
                self
            }
            pub fn max_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_units: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetadataInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn min_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.min_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_seats: {e}")
                    });
                self
            }
            pub fn min_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_units: {e}")
                    });
                self
            }
            pub fn prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::vec::Vec<types::ProductPriceCreate>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.prices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prices: {e}")
                    });
                self
            }
            pub fn products<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.products = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for products: {e}")
                    });
                self
            }
            pub fn require_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.require_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for require_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn return_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutCreateReturnUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.return_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for return_url: {e}")
                    });
                self
            }
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.subscription_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subscription_id: {e}"
                        )
                    });
                self
            }
            pub fn success_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutCreateSuccessUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.success_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_url: {e}")
                    });
                self
            }
            pub fn trial_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TrialInterval>>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval: {e}"
                        )
                    });
                self
            }
            pub fn trial_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for units: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutCreate> for super::CheckoutCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_discount_codes: value.allow_discount_codes?,
                    allow_trial: value.allow_trial?,
                    amount: value.amount?,
                    currency: value.currency?,
                    custom_field_data: value.custom_field_data?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_id: value.customer_id?,
                    customer_ip_address: value.customer_ip_address?,
                    customer_metadata: value.customer_metadata?,
                    customer_name: value.customer_name?,
                    customer_tax_id: value.customer_tax_id?,
                    discount_id: value.discount_id?,
                    embed_origin: value.embed_origin?,
                    external_customer_id: value.external_customer_id?,
                    is_business_customer: value.is_business_customer?,
                    locale: value.locale?,
                    max_seats: value.max_seats?,
                    max_units: value.max_units?,
                    metadata: value.metadata?,
                    min_seats: value.min_seats?,
                    min_units: value.min_units?,
                    prices: value.prices?,
                    products: value.products?,
                    require_billing_address: value.require_billing_address?,
                    return_url: value.return_url?,
                    seats: value.seats?,
                    subscription_id: value.subscription_id?,
                    success_url: value.success_url?,
                    trial_interval: value.trial_interval?,
                    trial_interval_count: value.trial_interval_count?,
                    units: value.units?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutCreate> for CheckoutCreate {
            fn from(value: super::CheckoutCreate) -> Self {
                Self {
                    allow_discount_codes: Ok(value.allow_discount_codes),
                    allow_trial: Ok(value.allow_trial),
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    custom_field_data: Ok(value.custom_field_data),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_id: Ok(value.customer_id),
                    customer_ip_address: Ok(value.customer_ip_address),
                    customer_metadata: Ok(value.customer_metadata),
                    customer_name: Ok(value.customer_name),
                    customer_tax_id: Ok(value.customer_tax_id),
                    discount_id: Ok(value.discount_id),
                    embed_origin: Ok(value.embed_origin),
                    external_customer_id: Ok(value.external_customer_id),
                    is_business_customer: Ok(value.is_business_customer),
                    locale: Ok(value.locale),
                    max_seats: Ok(value.max_seats),
                    max_units: Ok(value.max_units),
                    metadata: Ok(value.metadata),
                    min_seats: Ok(value.min_seats),
                    min_units: Ok(value.min_units),
                    prices: Ok(value.prices),
                    products: Ok(value.products),
                    require_billing_address: Ok(value.require_billing_address),
                    return_url: Ok(value.return_url),
                    seats: Ok(value.seats),
                    subscription_id: Ok(value.subscription_id),
                    success_url: Ok(value.success_url),
                    trial_interval: Ok(value.trial_interval),
                    trial_interval_count: Ok(value.trial_interval_count),
                    units: Ok(value.units),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutCustomerBillingAddressFields {
            city: ::std::result::Result<bool, ::std::string::String>,
            country: ::std::result::Result<bool, ::std::string::String>,
            line1: ::std::result::Result<bool, ::std::string::String>,
            line2: ::std::result::Result<bool, ::std::string::String>,
            postal_code: ::std::result::Result<bool, ::std::string::String>,
            state: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for CheckoutCustomerBillingAddressFields {
            fn default() -> Self {
                Self {
                    city: Err("no value supplied for city".to_string()),
                    country: Err("no value supplied for country".to_string()),
                    line1: Err("no value supplied for line1".to_string()),
                    line2: Err("no value supplied for line2".to_string()),
                    postal_code: Err("no value supplied for postal_code".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl CheckoutCustomerBillingAddressFields {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line1: {e}")
                    });
                self
            }
            pub fn line2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.line2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line2: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutCustomerBillingAddressFields>
        for super::CheckoutCustomerBillingAddressFields {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutCustomerBillingAddressFields,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    line1: value.line1?,
                    line2: value.line2?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutCustomerBillingAddressFields>
        for CheckoutCustomerBillingAddressFields {
            fn from(value: super::CheckoutCustomerBillingAddressFields) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    line1: Ok(value.line1),
                    line2: Ok(value.line2),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutDiscountFixedOnceForeverDuration {
            amount: ::std::result::Result<i64, ::std::string::String>,
            amounts: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, i64>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                types::CheckoutDiscountFixedOnceForeverDurationDuration,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CheckoutDiscountFixedOnceForeverDurationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutDiscountFixedOnceForeverDuration {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    amounts: Err("no value supplied for amounts".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    duration: Err("no value supplied for duration".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CheckoutDiscountFixedOnceForeverDuration {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn amounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, i64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amounts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amounts: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountFixedOnceForeverDurationDuration,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountFixedOnceForeverDurationType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutDiscountFixedOnceForeverDuration>
        for super::CheckoutDiscountFixedOnceForeverDuration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutDiscountFixedOnceForeverDuration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amounts: value.amounts?,
                    code: value.code?,
                    currency: value.currency?,
                    duration: value.duration?,
                    id: value.id?,
                    name: value.name?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutDiscountFixedOnceForeverDuration>
        for CheckoutDiscountFixedOnceForeverDuration {
            fn from(value: super::CheckoutDiscountFixedOnceForeverDuration) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amounts: Ok(value.amounts),
                    code: Ok(value.code),
                    currency: Ok(value.currency),
                    duration: Ok(value.duration),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutDiscountFixedRepeatDuration {
            amount: ::std::result::Result<i64, ::std::string::String>,
            amounts: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, i64>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                types::CheckoutDiscountFixedRepeatDurationDuration,
                ::std::string::String,
            >,
            duration_in_months: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CheckoutDiscountFixedRepeatDurationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutDiscountFixedRepeatDuration {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    amounts: Err("no value supplied for amounts".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    duration: Err("no value supplied for duration".to_string()),
                    duration_in_months: Err(
                        "no value supplied for duration_in_months".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CheckoutDiscountFixedRepeatDuration {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn amounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, i64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amounts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amounts: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountFixedRepeatDurationDuration,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn duration_in_months<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_in_months = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for duration_in_months: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountFixedRepeatDurationType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutDiscountFixedRepeatDuration>
        for super::CheckoutDiscountFixedRepeatDuration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutDiscountFixedRepeatDuration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amounts: value.amounts?,
                    code: value.code?,
                    currency: value.currency?,
                    duration: value.duration?,
                    duration_in_months: value.duration_in_months?,
                    id: value.id?,
                    name: value.name?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutDiscountFixedRepeatDuration>
        for CheckoutDiscountFixedRepeatDuration {
            fn from(value: super::CheckoutDiscountFixedRepeatDuration) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amounts: Ok(value.amounts),
                    code: Ok(value.code),
                    currency: Ok(value.currency),
                    duration: Ok(value.duration),
                    duration_in_months: Ok(value.duration_in_months),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutDiscountPercentageOnceForeverDuration {
            basis_points: ::std::result::Result<i64, ::std::string::String>,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                types::CheckoutDiscountPercentageOnceForeverDurationDuration,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CheckoutDiscountPercentageOnceForeverDurationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutDiscountPercentageOnceForeverDuration {
            fn default() -> Self {
                Self {
                    basis_points: Err("no value supplied for basis_points".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    duration: Err("no value supplied for duration".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CheckoutDiscountPercentageOnceForeverDuration {
            pub fn basis_points<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.basis_points = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basis_points: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountPercentageOnceForeverDurationDuration,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountPercentageOnceForeverDurationType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutDiscountPercentageOnceForeverDuration>
        for super::CheckoutDiscountPercentageOnceForeverDuration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutDiscountPercentageOnceForeverDuration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    basis_points: value.basis_points?,
                    code: value.code?,
                    duration: value.duration?,
                    id: value.id?,
                    name: value.name?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutDiscountPercentageOnceForeverDuration>
        for CheckoutDiscountPercentageOnceForeverDuration {
            fn from(
                value: super::CheckoutDiscountPercentageOnceForeverDuration,
            ) -> Self {
                Self {
                    basis_points: Ok(value.basis_points),
                    code: Ok(value.code),
                    duration: Ok(value.duration),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutDiscountPercentageRepeatDuration {
            basis_points: ::std::result::Result<i64, ::std::string::String>,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                types::CheckoutDiscountPercentageRepeatDurationDuration,
                ::std::string::String,
            >,
            duration_in_months: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CheckoutDiscountPercentageRepeatDurationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutDiscountPercentageRepeatDuration {
            fn default() -> Self {
                Self {
                    basis_points: Err("no value supplied for basis_points".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    duration: Err("no value supplied for duration".to_string()),
                    duration_in_months: Err(
                        "no value supplied for duration_in_months".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CheckoutDiscountPercentageRepeatDuration {
            pub fn basis_points<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.basis_points = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basis_points: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountPercentageRepeatDurationDuration,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn duration_in_months<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_in_months = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for duration_in_months: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::CheckoutDiscountPercentageRepeatDurationType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutDiscountPercentageRepeatDuration>
        for super::CheckoutDiscountPercentageRepeatDuration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutDiscountPercentageRepeatDuration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    basis_points: value.basis_points?,
                    code: value.code?,
                    duration: value.duration?,
                    duration_in_months: value.duration_in_months?,
                    id: value.id?,
                    name: value.name?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutDiscountPercentageRepeatDuration>
        for CheckoutDiscountPercentageRepeatDuration {
            fn from(value: super::CheckoutDiscountPercentageRepeatDuration) -> Self {
                Self {
                    basis_points: Ok(value.basis_points),
                    code: Ok(value.code),
                    duration: Ok(value.duration),
                    duration_in_months: Ok(value.duration_in_months),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutLocked {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::CheckoutLockedError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutLocked {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl CheckoutLocked {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CheckoutLockedError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutLocked> for super::CheckoutLocked {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutLocked,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutLocked> for CheckoutLocked {
            fn from(value: super::CheckoutLocked) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutOrganization {
            allow_customer_updates: ::std::result::Result<bool, ::std::string::String>,
            avatar_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bio: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            blog: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            company: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            customer_email_settings: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            default_upfront_split_to_contributors: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            details_submitted_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            feature_settings: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            notification_settings: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            pledge_badge_show_amount: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            pledge_minimum_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            proration_behavior: ::std::result::Result<
                types::SubscriptionProrationBehavior,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            socials: ::std::result::Result<
                ::std::vec::Vec<super::OrganizationSocialLink>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<types::LegacyOrganizationStatus>,
                ::std::string::String,
            >,
            subscription_settings: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            twitter_username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutOrganization {
            fn default() -> Self {
                Self {
                    allow_customer_updates: Err(
                        "no value supplied for allow_customer_updates".to_string(),
                    ),
                    avatar_url: Err("no value supplied for avatar_url".to_string()),
                    bio: Ok(Default::default()),
                    blog: Ok(Default::default()),
                    company: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    customer_email_settings: Ok(Default::default()),
                    default_upfront_split_to_contributors: Ok(Default::default()),
                    details_submitted_at: Ok(Default::default()),
                    email: Ok(Default::default()),
                    feature_settings: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    location: Ok(Default::default()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    notification_settings: Ok(Default::default()),
                    pledge_badge_show_amount: Ok(Default::default()),
                    pledge_minimum_amount: Ok(Default::default()),
                    proration_behavior: Err(
                        "no value supplied for proration_behavior".to_string(),
                    ),
                    slug: Err("no value supplied for slug".to_string()),
                    socials: Ok(Default::default()),
                    status: Ok(Default::default()),
                    subscription_settings: Ok(Default::default()),
                    twitter_username: Ok(Default::default()),
                    website: Ok(Default::default()),
                }
            }
        }
        impl CheckoutOrganization {
            pub fn allow_customer_updates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_customer_updates = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_customer_updates: {e}"
                        )
                    });
                self
            }
            pub fn avatar_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_url: {e}")
                    });
                self
            }
            pub fn bio<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bio = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bio: {e}")
                    });
                self
            }
            pub fn blog<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.blog = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for blog: {e}")
                    });
                self
            }
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.company = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer_email_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email_settings: {e}"
                        )
                    });
                self
            }
            pub fn default_upfront_split_to_contributors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_upfront_split_to_contributors = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_upfront_split_to_contributors: {e}"
                        )
                    });
                self
            }
            pub fn details_submitted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details_submitted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for details_submitted_at: {e}"
                        )
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn feature_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.feature_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for feature_settings: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn notification_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notification_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_settings: {e}"
                        )
                    });
                self
            }
            pub fn pledge_badge_show_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.pledge_badge_show_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pledge_badge_show_amount: {e}"
                        )
                    });
                self
            }
            pub fn pledge_minimum_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.pledge_minimum_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pledge_minimum_amount: {e}"
                        )
                    });
                self
            }
            pub fn proration_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::SubscriptionProrationBehavior>,
                T::Error: ::std::fmt::Display,
            {
                self.proration_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for proration_behavior: {e}"
                        )
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn socials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::OrganizationSocialLink>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.socials = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for socials: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::LegacyOrganizationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subscription_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subscription_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subscription_settings: {e}"
                        )
                    });
                self
            }
            pub fn twitter_username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.twitter_username = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for twitter_username: {e}"
                        )
                    });
                self
            }
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutOrganization>
        for super::CheckoutOrganization {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutOrganization,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_customer_updates: value.allow_customer_updates?,
                    avatar_url: value.avatar_url?,
                    bio: value.bio?,
                    blog: value.blog?,
                    company: value.company?,
                    created_at: value.created_at?,
                    customer_email_settings: value.customer_email_settings?,
                    default_upfront_split_to_contributors: value
                        .default_upfront_split_to_contributors?,
                    details_submitted_at: value.details_submitted_at?,
                    email: value.email?,
                    feature_settings: value.feature_settings?,
                    id: value.id?,
                    location: value.location?,
                    modified_at: value.modified_at?,
                    name: value.name?,
                    notification_settings: value.notification_settings?,
                    pledge_badge_show_amount: value.pledge_badge_show_amount?,
                    pledge_minimum_amount: value.pledge_minimum_amount?,
                    proration_behavior: value.proration_behavior?,
                    slug: value.slug?,
                    socials: value.socials?,
                    status: value.status?,
                    subscription_settings: value.subscription_settings?,
                    twitter_username: value.twitter_username?,
                    website: value.website?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutOrganization> for CheckoutOrganization {
            fn from(value: super::CheckoutOrganization) -> Self {
                Self {
                    allow_customer_updates: Ok(value.allow_customer_updates),
                    avatar_url: Ok(value.avatar_url),
                    bio: Ok(value.bio),
                    blog: Ok(value.blog),
                    company: Ok(value.company),
                    created_at: Ok(value.created_at),
                    customer_email_settings: Ok(value.customer_email_settings),
                    default_upfront_split_to_contributors: Ok(
                        value.default_upfront_split_to_contributors,
                    ),
                    details_submitted_at: Ok(value.details_submitted_at),
                    email: Ok(value.email),
                    feature_settings: Ok(value.feature_settings),
                    id: Ok(value.id),
                    location: Ok(value.location),
                    modified_at: Ok(value.modified_at),
                    name: Ok(value.name),
                    notification_settings: Ok(value.notification_settings),
                    pledge_badge_show_amount: Ok(value.pledge_badge_show_amount),
                    pledge_minimum_amount: Ok(value.pledge_minimum_amount),
                    proration_behavior: Ok(value.proration_behavior),
                    slug: Ok(value.slug),
                    socials: Ok(value.socials),
                    status: Ok(value.status),
                    subscription_settings: Ok(value.subscription_settings),
                    twitter_username: Ok(value.twitter_username),
                    website: Ok(value.website),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutProduct {
            benefits: ::std::result::Result<
                ::std::vec::Vec<super::BenefitPublic>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            is_recurring: ::std::result::Result<bool, ::std::string::String>,
            medias: ::std::result::Result<
                ::std::vec::Vec<super::ProductMediaFileRead>,
                ::std::string::String,
            >,
            meter_interval: ::std::result::Result<
                ::std::option::Option<types::SubscriptionRecurringInterval>,
                ::std::string::String,
            >,
            meter_interval_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            prices: ::std::result::Result<
                ::std::vec::Vec<types::ProductPrice>,
                ::std::string::String,
            >,
            recurring_interval: ::std::result::Result<
                ::std::option::Option<types::SubscriptionRecurringInterval>,
                ::std::string::String,
            >,
            recurring_interval_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            trial_interval: ::std::result::Result<
                ::std::option::Option<types::TrialInterval>,
                ::std::string::String,
            >,
            trial_interval_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            visibility: ::std::result::Result<
                types::ProductVisibility,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutProduct {
            fn default() -> Self {
                Self {
                    benefits: Err("no value supplied for benefits".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    is_recurring: Err("no value supplied for is_recurring".to_string()),
                    medias: Err("no value supplied for medias".to_string()),
                    meter_interval: Err(
                        "no value supplied for meter_interval".to_string(),
                    ),
                    meter_interval_count: Err(
                        "no value supplied for meter_interval_count".to_string(),
                    ),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    prices: Err("no value supplied for prices".to_string()),
                    recurring_interval: Err(
                        "no value supplied for recurring_interval".to_string(),
                    ),
                    recurring_interval_count: Err(
                        "no value supplied for recurring_interval_count".to_string(),
                    ),
                    trial_interval: Err(
                        "no value supplied for trial_interval".to_string(),
                    ),
                    trial_interval_count: Err(
                        "no value supplied for trial_interval_count".to_string(),
                    ),
                    visibility: Err("no value supplied for visibility".to_string()),
                }
            }
        }
        impl CheckoutProduct {
            pub fn benefits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BenefitPublic>>,
                T::Error: ::std::fmt::Display,
            {
                self.benefits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for benefits: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn is_recurring<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_recurring = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_recurring: {e}")
                    });
                self
            }
            pub fn medias<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProductMediaFileRead>>,
                T::Error: ::std::fmt::Display,
            {
                self.medias = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for medias: {e}")
                    });
                self
            }
            pub fn meter_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::SubscriptionRecurringInterval>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.meter_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for meter_interval: {e}"
                        )
                    });
                self
            }
            pub fn meter_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.meter_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for meter_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<types::ProductPrice>>,
                T::Error: ::std::fmt::Display,
            {
                self.prices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prices: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::SubscriptionRecurringInterval>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn recurring_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn trial_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TrialInterval>>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval: {e}"
                        )
                    });
                self
            }
            pub fn trial_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductVisibility>,
                T::Error: ::std::fmt::Display,
            {
                self.visibility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visibility: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutProduct> for super::CheckoutProduct {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutProduct,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    benefits: value.benefits?,
                    created_at: value.created_at?,
                    description: value.description?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    is_recurring: value.is_recurring?,
                    medias: value.medias?,
                    meter_interval: value.meter_interval?,
                    meter_interval_count: value.meter_interval_count?,
                    modified_at: value.modified_at?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    prices: value.prices?,
                    recurring_interval: value.recurring_interval?,
                    recurring_interval_count: value.recurring_interval_count?,
                    trial_interval: value.trial_interval?,
                    trial_interval_count: value.trial_interval_count?,
                    visibility: value.visibility?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutProduct> for CheckoutProduct {
            fn from(value: super::CheckoutProduct) -> Self {
                Self {
                    benefits: Ok(value.benefits),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    is_recurring: Ok(value.is_recurring),
                    medias: Ok(value.medias),
                    meter_interval: Ok(value.meter_interval),
                    meter_interval_count: Ok(value.meter_interval_count),
                    modified_at: Ok(value.modified_at),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    prices: Ok(value.prices),
                    recurring_interval: Ok(value.recurring_interval),
                    recurring_interval_count: Ok(value.recurring_interval_count),
                    trial_interval: Ok(value.trial_interval),
                    trial_interval_count: Ok(value.trial_interval_count),
                    visibility: Ok(value.visibility),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutPublic {
            active_trial_interval: ::std::result::Result<
                ::std::option::Option<types::TrialInterval>,
                ::std::string::String,
            >,
            active_trial_interval_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            allow_discount_codes: ::std::result::Result<bool, ::std::string::String>,
            allow_trial: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<i64, ::std::string::String>,
            attached_custom_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::AttachedCustomField>>,
                ::std::string::String,
            >,
            billing_address_fields: ::std::result::Result<
                super::CheckoutBillingAddressFields,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            custom_field_data: ::std::result::Result<
                ::std::option::Option<super::CustomFieldData>,
                ::std::string::String,
            >,
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            customer_billing_address_fields: ::std::result::Result<
                ::std::option::Option<super::CheckoutCustomerBillingAddressFields>,
                ::std::string::String,
            >,
            customer_billing_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            customer_ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_tax_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount: ::std::result::Result<
                ::std::option::Option<types::CheckoutDiscount>,
                ::std::string::String,
            >,
            discount_amount: ::std::result::Result<i64, ::std::string::String>,
            discount_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            embed_origin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_business_customer: ::std::result::Result<bool, ::std::string::String>,
            is_discount_applicable: ::std::result::Result<bool, ::std::string::String>,
            is_free_product_price: ::std::result::Result<bool, ::std::string::String>,
            is_payment_form_required: ::std::result::Result<bool, ::std::string::String>,
            is_payment_required: ::std::result::Result<bool, ::std::string::String>,
            is_payment_setup_required: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            max_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            net_amount: ::std::result::Result<i64, ::std::string::String>,
            organization: ::std::result::Result<
                super::CheckoutOrganization,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            payment_method_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_processor: ::std::result::Result<
                types::PaymentProcessor,
                ::std::string::String,
            >,
            payment_processor_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            prices: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<types::ProductPrice>,
                    >,
                >,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<super::CheckoutProduct>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            product_price: ::std::result::Result<
                ::std::option::Option<types::ProductPrice>,
                ::std::string::String,
            >,
            product_price_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            products: ::std::result::Result<
                ::std::vec::Vec<super::CheckoutProduct>,
                ::std::string::String,
            >,
            require_billing_address: ::std::result::Result<bool, ::std::string::String>,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<types::CheckoutStatus, ::std::string::String>,
            subtotal_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            tax_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehavior>,
                ::std::string::String,
            >,
            total_amount: ::std::result::Result<i64, ::std::string::String>,
            trial_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CheckoutPublic {
            fn default() -> Self {
                Self {
                    active_trial_interval: Err(
                        "no value supplied for active_trial_interval".to_string(),
                    ),
                    active_trial_interval_count: Err(
                        "no value supplied for active_trial_interval_count".to_string(),
                    ),
                    allow_discount_codes: Err(
                        "no value supplied for allow_discount_codes".to_string(),
                    ),
                    allow_trial: Err("no value supplied for allow_trial".to_string()),
                    amount: Err("no value supplied for amount".to_string()),
                    attached_custom_fields: Err(
                        "no value supplied for attached_custom_fields".to_string(),
                    ),
                    billing_address_fields: Err(
                        "no value supplied for billing_address_fields".to_string(),
                    ),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    custom_field_data: Ok(Default::default()),
                    customer_billing_address: Err(
                        "no value supplied for customer_billing_address".to_string(),
                    ),
                    customer_billing_address_fields: Ok(Default::default()),
                    customer_billing_name: Err(
                        "no value supplied for customer_billing_name".to_string(),
                    ),
                    customer_email: Err(
                        "no value supplied for customer_email".to_string(),
                    ),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    customer_ip_address: Err(
                        "no value supplied for customer_ip_address".to_string(),
                    ),
                    customer_name: Err(
                        "no value supplied for customer_name".to_string(),
                    ),
                    customer_tax_id: Err(
                        "no value supplied for customer_tax_id".to_string(),
                    ),
                    discount: Err("no value supplied for discount".to_string()),
                    discount_amount: Err(
                        "no value supplied for discount_amount".to_string(),
                    ),
                    discount_id: Err("no value supplied for discount_id".to_string()),
                    embed_origin: Err("no value supplied for embed_origin".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_business_customer: Err(
                        "no value supplied for is_business_customer".to_string(),
                    ),
                    is_discount_applicable: Err(
                        "no value supplied for is_discount_applicable".to_string(),
                    ),
                    is_free_product_price: Err(
                        "no value supplied for is_free_product_price".to_string(),
                    ),
                    is_payment_form_required: Err(
                        "no value supplied for is_payment_form_required".to_string(),
                    ),
                    is_payment_required: Err(
                        "no value supplied for is_payment_required".to_string(),
                    ),
                    is_payment_setup_required: Err(
                        "no value supplied for is_payment_setup_required".to_string(),
                    ),
                    locale: Ok(Default::default()),
                    max_seats: Ok(Default::default()),
                    max_units: Ok(Default::default()),
                    min_seats: Ok(Default::default()),
                    min_units: Ok(Default::default()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    net_amount: Err("no value supplied for net_amount".to_string()),
                    organization: Err("no value supplied for organization".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    payment_method_type: Err(
                        "no value supplied for payment_method_type".to_string(),
                    ),
                    payment_processor: Err(
                        "no value supplied for payment_processor".to_string(),
                    ),
                    payment_processor_metadata: Err(
                        "no value supplied for payment_processor_metadata".to_string(),
                    ),
                    prices: Err("no value supplied for prices".to_string()),
                    product: Err("no value supplied for product".to_string()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    product_price: Err(
                        "no value supplied for product_price".to_string(),
                    ),
                    product_price_id: Err(
                        "no value supplied for product_price_id".to_string(),
                    ),
                    products: Err("no value supplied for products".to_string()),
                    require_billing_address: Err(
                        "no value supplied for require_billing_address".to_string(),
                    ),
                    return_url: Err("no value supplied for return_url".to_string()),
                    seats: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    subtotal_amount: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    tax_amount: Err("no value supplied for tax_amount".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    total_amount: Err("no value supplied for total_amount".to_string()),
                    trial_end: Err("no value supplied for trial_end".to_string()),
                    units: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CheckoutPublic {
            pub fn active_trial_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TrialInterval>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_trial_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_trial_interval: {e}"
                        )
                    });
                self
            }
            pub fn active_trial_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_trial_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_trial_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn allow_discount_codes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_discount_codes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_discount_codes: {e}"
                        )
                    });
                self
            }
            pub fn allow_trial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_trial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_trial: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn attached_custom_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::AttachedCustomField>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attached_custom_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attached_custom_fields: {e}"
                        )
                    });
                self
            }
            pub fn billing_address_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutBillingAddressFields>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_address_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_address_fields: {e}"
                        )
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn custom_field_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomFieldData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_data: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutCustomerBillingAddressFields>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address_fields: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_name: {e}"
                        )
                    });
                self
            }
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_ip_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_name: {e}")
                    });
                self
            }
            pub fn customer_tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_tax_id: {e}"
                        )
                    });
                self
            }
            pub fn discount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::CheckoutDiscount>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount: {e}")
                    });
                self
            }
            pub fn discount_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for discount_amount: {e}"
                        )
                    });
                self
            }
            pub fn discount_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_id: {e}")
                    });
                self
            }
            pub fn embed_origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.embed_origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for embed_origin: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_business_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_business_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_business_customer: {e}"
                        )
                    });
                self
            }
            pub fn is_discount_applicable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_discount_applicable = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_discount_applicable: {e}"
                        )
                    });
                self
            }
            pub fn is_free_product_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_free_product_price = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_free_product_price: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_form_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_form_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_form_required: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_required: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_setup_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_setup_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_setup_required: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn max_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_seats: {e}")
                    });
                self
            }
            pub fn max_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_units: {e}")
                    });
                self
            }
            pub fn min_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_seats: {e}")
                    });
                self
            }
            pub fn min_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_units: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn net_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.net_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for net_amount: {e}")
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutOrganization>,
                T::Error: ::std::fmt::Display,
            {
                self.organization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organization: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_type: {e}"
                        )
                    });
                self
            }
            pub fn payment_processor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::PaymentProcessor>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_processor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_processor: {e}"
                        )
                    });
                self
            }
            pub fn payment_processor_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payment_processor_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_processor_metadata: {e}"
                        )
                    });
                self
            }
            pub fn prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::vec::Vec<types::ProductPrice>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.prices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prices: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutProduct>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::ProductPrice>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_price: {e}")
                    });
                self
            }
            pub fn product_price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_price_id: {e}"
                        )
                    });
                self
            }
            pub fn products<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckoutProduct>>,
                T::Error: ::std::fmt::Display,
            {
                self.products = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for products: {e}")
                    });
                self
            }
            pub fn require_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.require_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for require_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn return_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for return_url: {e}")
                    });
                self
            }
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CheckoutStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subtotal_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtotal_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subtotal_amount: {e}"
                        )
                    });
                self
            }
            pub fn success_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.success_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_url: {e}")
                    });
                self
            }
            pub fn tax_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_amount: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TaxBehavior>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_amount: {e}")
                    });
                self
            }
            pub fn trial_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trial_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trial_end: {e}")
                    });
                self
            }
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for units: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutPublic> for super::CheckoutPublic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutPublic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_trial_interval: value.active_trial_interval?,
                    active_trial_interval_count: value.active_trial_interval_count?,
                    allow_discount_codes: value.allow_discount_codes?,
                    allow_trial: value.allow_trial?,
                    amount: value.amount?,
                    attached_custom_fields: value.attached_custom_fields?,
                    billing_address_fields: value.billing_address_fields?,
                    client_secret: value.client_secret?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    custom_field_data: value.custom_field_data?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_address_fields: value
                        .customer_billing_address_fields?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_id: value.customer_id?,
                    customer_ip_address: value.customer_ip_address?,
                    customer_name: value.customer_name?,
                    customer_tax_id: value.customer_tax_id?,
                    discount: value.discount?,
                    discount_amount: value.discount_amount?,
                    discount_id: value.discount_id?,
                    embed_origin: value.embed_origin?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    is_business_customer: value.is_business_customer?,
                    is_discount_applicable: value.is_discount_applicable?,
                    is_free_product_price: value.is_free_product_price?,
                    is_payment_form_required: value.is_payment_form_required?,
                    is_payment_required: value.is_payment_required?,
                    is_payment_setup_required: value.is_payment_setup_required?,
                    locale: value.locale?,
                    max_seats: value.max_seats?,
                    max_units: value.max_units?,
                    min_seats: value.min_seats?,
                    min_units: value.min_units?,
                    modified_at: value.modified_at?,
                    net_amount: value.net_amount?,
                    organization: value.organization?,
                    organization_id: value.organization_id?,
                    payment_method_type: value.payment_method_type?,
                    payment_processor: value.payment_processor?,
                    payment_processor_metadata: value.payment_processor_metadata?,
                    prices: value.prices?,
                    product: value.product?,
                    product_id: value.product_id?,
                    product_price: value.product_price?,
                    product_price_id: value.product_price_id?,
                    products: value.products?,
                    require_billing_address: value.require_billing_address?,
                    return_url: value.return_url?,
                    seats: value.seats?,
                    status: value.status?,
                    subtotal_amount: value.subtotal_amount?,
                    success_url: value.success_url?,
                    tax_amount: value.tax_amount?,
                    tax_behavior: value.tax_behavior?,
                    total_amount: value.total_amount?,
                    trial_end: value.trial_end?,
                    units: value.units?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutPublic> for CheckoutPublic {
            fn from(value: super::CheckoutPublic) -> Self {
                Self {
                    active_trial_interval: Ok(value.active_trial_interval),
                    active_trial_interval_count: Ok(value.active_trial_interval_count),
                    allow_discount_codes: Ok(value.allow_discount_codes),
                    allow_trial: Ok(value.allow_trial),
                    amount: Ok(value.amount),
                    attached_custom_fields: Ok(value.attached_custom_fields),
                    billing_address_fields: Ok(value.billing_address_fields),
                    client_secret: Ok(value.client_secret),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    custom_field_data: Ok(value.custom_field_data),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_address_fields: Ok(
                        value.customer_billing_address_fields,
                    ),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_id: Ok(value.customer_id),
                    customer_ip_address: Ok(value.customer_ip_address),
                    customer_name: Ok(value.customer_name),
                    customer_tax_id: Ok(value.customer_tax_id),
                    discount: Ok(value.discount),
                    discount_amount: Ok(value.discount_amount),
                    discount_id: Ok(value.discount_id),
                    embed_origin: Ok(value.embed_origin),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    is_business_customer: Ok(value.is_business_customer),
                    is_discount_applicable: Ok(value.is_discount_applicable),
                    is_free_product_price: Ok(value.is_free_product_price),
                    is_payment_form_required: Ok(value.is_payment_form_required),
                    is_payment_required: Ok(value.is_payment_required),
                    is_payment_setup_required: Ok(value.is_payment_setup_required),
                    locale: Ok(value.locale),
                    max_seats: Ok(value.max_seats),
                    max_units: Ok(value.max_units),
                    min_seats: Ok(value.min_seats),
                    min_units: Ok(value.min_units),
                    modified_at: Ok(value.modified_at),
                    net_amount: Ok(value.net_amount),
                    organization: Ok(value.organization),
                    organization_id: Ok(value.organization_id),
                    payment_method_type: Ok(value.payment_method_type),
                    payment_processor: Ok(value.payment_processor),
                    payment_processor_metadata: Ok(value.payment_processor_metadata),
                    prices: Ok(value.prices),
                    product: Ok(value.product),
                    product_id: Ok(value.product_id),
                    product_price: Ok(value.product_price),
                    product_price_id: Ok(value.product_price_id),
                    products: Ok(value.products),
                    require_billing_address: Ok(value.require_billing_address),
                    return_url: Ok(value.return_url),
                    seats: Ok(value.seats),
                    status: Ok(value.status),
                    subtotal_amount: Ok(value.subtotal_amount),
                    success_url: Ok(value.success_url),
                    tax_amount: Ok(value.tax_amount),
                    tax_behavior: Ok(value.tax_behavior),
                    total_amount: Ok(value.total_amount),
                    trial_end: Ok(value.trial_end),
                    units: Ok(value.units),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutPublicConfirmed {
            active_trial_interval: ::std::result::Result<
                ::std::option::Option<types::TrialInterval>,
                ::std::string::String,
            >,
            active_trial_interval_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            allow_discount_codes: ::std::result::Result<bool, ::std::string::String>,
            allow_trial: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<i64, ::std::string::String>,
            attached_custom_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::AttachedCustomField>>,
                ::std::string::String,
            >,
            billing_address_fields: ::std::result::Result<
                super::CheckoutBillingAddressFields,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            custom_field_data: ::std::result::Result<
                ::std::option::Option<super::CustomFieldData>,
                ::std::string::String,
            >,
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
                ::std::string::String,
            >,
            customer_billing_address_fields: ::std::result::Result<
                ::std::option::Option<super::CheckoutCustomerBillingAddressFields>,
                ::std::string::String,
            >,
            customer_billing_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            customer_ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_session_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_tax_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount: ::std::result::Result<
                ::std::option::Option<types::CheckoutDiscount>,
                ::std::string::String,
            >,
            discount_amount: ::std::result::Result<i64, ::std::string::String>,
            discount_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            embed_origin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_business_customer: ::std::result::Result<bool, ::std::string::String>,
            is_discount_applicable: ::std::result::Result<bool, ::std::string::String>,
            is_free_product_price: ::std::result::Result<bool, ::std::string::String>,
            is_payment_form_required: ::std::result::Result<bool, ::std::string::String>,
            is_payment_required: ::std::result::Result<bool, ::std::string::String>,
            is_payment_setup_required: ::std::result::Result<
                bool,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            max_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            net_amount: ::std::result::Result<i64, ::std::string::String>,
            organization: ::std::result::Result<
                super::CheckoutOrganization,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            payment_method_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_processor: ::std::result::Result<
                types::PaymentProcessor,
                ::std::string::String,
            >,
            payment_processor_metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            prices: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<types::ProductPrice>,
                    >,
                >,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<super::CheckoutProduct>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            product_price: ::std::result::Result<
                ::std::option::Option<types::ProductPrice>,
                ::std::string::String,
            >,
            product_price_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            products: ::std::result::Result<
                ::std::vec::Vec<super::CheckoutProduct>,
                ::std::string::String,
            >,
            require_billing_address: ::std::result::Result<bool, ::std::string::String>,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                types::CheckoutPublicConfirmedStatus,
                ::std::string::String,
            >,
            subtotal_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            tax_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehavior>,
                ::std::string::String,
            >,
            total_amount: ::std::result::Result<i64, ::std::string::String>,
            trial_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CheckoutPublicConfirmed {
            fn default() -> Self {
                Self {
                    active_trial_interval: Err(
                        "no value supplied for active_trial_interval".to_string(),
                    ),
                    active_trial_interval_count: Err(
                        "no value supplied for active_trial_interval_count".to_string(),
                    ),
                    allow_discount_codes: Err(
                        "no value supplied for allow_discount_codes".to_string(),
                    ),
                    allow_trial: Err("no value supplied for allow_trial".to_string()),
                    amount: Err("no value supplied for amount".to_string()),
                    attached_custom_fields: Err(
                        "no value supplied for attached_custom_fields".to_string(),
                    ),
                    billing_address_fields: Err(
                        "no value supplied for billing_address_fields".to_string(),
                    ),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    custom_field_data: Ok(Default::default()),
                    customer_billing_address: Err(
                        "no value supplied for customer_billing_address".to_string(),
                    ),
                    customer_billing_address_fields: Ok(Default::default()),
                    customer_billing_name: Err(
                        "no value supplied for customer_billing_name".to_string(),
                    ),
                    customer_email: Err(
                        "no value supplied for customer_email".to_string(),
                    ),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    customer_ip_address: Err(
                        "no value supplied for customer_ip_address".to_string(),
                    ),
                    customer_name: Err(
                        "no value supplied for customer_name".to_string(),
                    ),
                    customer_session_token: Err(
                        "no value supplied for customer_session_token".to_string(),
                    ),
                    customer_tax_id: Err(
                        "no value supplied for customer_tax_id".to_string(),
                    ),
                    discount: Err("no value supplied for discount".to_string()),
                    discount_amount: Err(
                        "no value supplied for discount_amount".to_string(),
                    ),
                    discount_id: Err("no value supplied for discount_id".to_string()),
                    embed_origin: Err("no value supplied for embed_origin".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_business_customer: Err(
                        "no value supplied for is_business_customer".to_string(),
                    ),
                    is_discount_applicable: Err(
                        "no value supplied for is_discount_applicable".to_string(),
                    ),
                    is_free_product_price: Err(
                        "no value supplied for is_free_product_price".to_string(),
                    ),
                    is_payment_form_required: Err(
                        "no value supplied for is_payment_form_required".to_string(),
                    ),
                    is_payment_required: Err(
                        "no value supplied for is_payment_required".to_string(),
                    ),
                    is_payment_setup_required: Err(
                        "no value supplied for is_payment_setup_required".to_string(),
                    ),
                    locale: Ok(Default::default()),
                    max_seats: Ok(Default::default()),
                    max_units: Ok(Default::default()),
                    min_seats: Ok(Default::default()),
                    min_units: Ok(Default::default()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    net_amount: Err("no value supplied for net_amount".to_string()),
                    organization: Err("no value supplied for organization".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    payment_method_type: Err(
                        "no value supplied for payment_method_type".to_string(),
                    ),
                    payment_processor: Err(
                        "no value supplied for payment_processor".to_string(),
                    ),
                    payment_processor_metadata: Err(
                        "no value supplied for payment_processor_metadata".to_string(),
                    ),
                    prices: Err("no value supplied for prices".to_string()),
                    product: Err("no value supplied for product".to_string()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    product_price: Err(
                        "no value supplied for product_price".to_string(),
                    ),
                    product_price_id: Err(
                        "no value supplied for product_price_id".to_string(),
                    ),
                    products: Err("no value supplied for products".to_string()),
                    require_billing_address: Err(
                        "no value supplied for require_billing_address".to_string(),
                    ),
                    return_url: Err("no value supplied for return_url".to_string()),
                    seats: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    subtotal_amount: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    tax_amount: Err("no value supplied for tax_amount".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    total_amount: Err("no value supplied for total_amount".to_string()),
                    trial_end: Err("no value supplied for trial_end".to_string()),
                    units: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CheckoutPublicConfirmed {
            pub fn active_trial_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TrialInterval>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_trial_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_trial_interval: {e}"
                        )
                    });
                self
            }
            pub fn active_trial_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_trial_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_trial_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn allow_discount_codes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_discount_codes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_discount_codes: {e}"
                        )
                    });
                self
            }
            pub fn allow_trial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_trial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_trial: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn attached_custom_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::AttachedCustomField>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attached_custom_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attached_custom_fields: {e}"
                        )
                    });
                self
            }
            pub fn billing_address_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutBillingAddressFields>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_address_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_address_fields: {e}"
                        )
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn custom_field_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomFieldData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_data: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Address>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutCustomerBillingAddressFields>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address_fields: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_name: {e}"
                        )
                    });
                self
            }
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customer_ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_ip_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_name: {e}")
                    });
                self
            }
            pub fn customer_session_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_session_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_session_token: {e}"
                        )
                    });
                self
            }
            pub fn customer_tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_tax_id: {e}"
                        )
                    });
                self
            }
            pub fn discount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::CheckoutDiscount>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount: {e}")
                    });
                self
            }
            pub fn discount_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for discount_amount: {e}"
                        )
                    });
                self
            }
            pub fn discount_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_id: {e}")
                    });
                self
            }
            pub fn embed_origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.embed_origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for embed_origin: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_business_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_business_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_business_customer: {e}"
                        )
                    });
                self
            }
            pub fn is_discount_applicable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_discount_applicable = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_discount_applicable: {e}"
                        )
                    });
                self
            }
            pub fn is_free_product_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_free_product_price = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_free_product_price: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_form_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_form_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_form_required: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_required: {e}"
                        )
                    });
                self
            }
            pub fn is_payment_setup_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_payment_setup_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_payment_setup_required: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn max_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_seats: {e}")
                    });
                self
            }
            pub fn max_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_units: {e}")
                    });
                self
            }
            pub fn min_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_seats: {e}")
                    });
                self
            }
            pub fn min_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_units: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn net_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.net_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for net_amount: {e}")
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutOrganization>,
                T::Error: ::std::fmt::Display,
            {
                self.organization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organization: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_type: {e}"
                        )
                    });
                self
            }
            pub fn payment_processor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::PaymentProcessor>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_processor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_processor: {e}"
                        )
                    });
                self
            }
            pub fn payment_processor_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payment_processor_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_processor_metadata: {e}"
                        )
                    });
                self
            }
            pub fn prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::vec::Vec<types::ProductPrice>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.prices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prices: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckoutProduct>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::ProductPrice>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_price: {e}")
                    });
                self
            }
            pub fn product_price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_price_id: {e}"
                        )
                    });
                self
            }
            pub fn products<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckoutProduct>>,
                T::Error: ::std::fmt::Display,
            {
                self.products = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for products: {e}")
                    });
                self
            }
            pub fn require_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.require_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for require_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn return_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for return_url: {e}")
                    });
                self
            }
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CheckoutPublicConfirmedStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subtotal_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtotal_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subtotal_amount: {e}"
                        )
                    });
                self
            }
            pub fn success_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.success_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_url: {e}")
                    });
                self
            }
            pub fn tax_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_amount: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::TaxBehavior>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_amount: {e}")
                    });
                self
            }
            pub fn trial_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trial_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trial_end: {e}")
                    });
                self
            }
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for units: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutPublicConfirmed>
        for super::CheckoutPublicConfirmed {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutPublicConfirmed,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_trial_interval: value.active_trial_interval?,
                    active_trial_interval_count: value.active_trial_interval_count?,
                    allow_discount_codes: value.allow_discount_codes?,
                    allow_trial: value.allow_trial?,
                    amount: value.amount?,
                    attached_custom_fields: value.attached_custom_fields?,
                    billing_address_fields: value.billing_address_fields?,
                    client_secret: value.client_secret?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    custom_field_data: value.custom_field_data?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_address_fields: value
                        .customer_billing_address_fields?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_id: value.customer_id?,
                    customer_ip_address: value.customer_ip_address?,
                    customer_name: value.customer_name?,
                    customer_session_token: value.customer_session_token?,
                    customer_tax_id: value.customer_tax_id?,
                    discount: value.discount?,
                    discount_amount: value.discount_amount?,
                    discount_id: value.discount_id?,
                    embed_origin: value.embed_origin?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    is_business_customer: value.is_business_customer?,
                    is_discount_applicable: value.is_discount_applicable?,
                    is_free_product_price: value.is_free_product_price?,
                    is_payment_form_required: value.is_payment_form_required?,
                    is_payment_required: value.is_payment_required?,
                    is_payment_setup_required: value.is_payment_setup_required?,
                    locale: value.locale?,
                    max_seats: value.max_seats?,
                    max_units: value.max_units?,
                    min_seats: value.min_seats?,
                    min_units: value.min_units?,
                    modified_at: value.modified_at?,
                    net_amount: value.net_amount?,
                    organization: value.organization?,
                    organization_id: value.organization_id?,
                    payment_method_type: value.payment_method_type?,
                    payment_processor: value.payment_processor?,
                    payment_processor_metadata: value.payment_processor_metadata?,
                    prices: value.prices?,
                    product: value.product?,
                    product_id: value.product_id?,
                    product_price: value.product_price?,
                    product_price_id: value.product_price_id?,
                    products: value.products?,
                    require_billing_address: value.require_billing_address?,
                    return_url: value.return_url?,
                    seats: value.seats?,
                    status: value.status?,
                    subtotal_amount: value.subtotal_amount?,
                    success_url: value.success_url?,
                    tax_amount: value.tax_amount?,
                    tax_behavior: value.tax_behavior?,
                    total_amount: value.total_amount?,
                    trial_end: value.trial_end?,
                    units: value.units?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutPublicConfirmed>
        for CheckoutPublicConfirmed {
            fn from(value: super::CheckoutPublicConfirmed) -> Self {
                Self {
                    active_trial_interval: Ok(value.active_trial_interval),
                    active_trial_interval_count: Ok(value.active_trial_interval_count),
                    allow_discount_codes: Ok(value.allow_discount_codes),
                    allow_trial: Ok(value.allow_trial),
                    amount: Ok(value.amount),
                    attached_custom_fields: Ok(value.attached_custom_fields),
                    billing_address_fields: Ok(value.billing_address_fields),
                    client_secret: Ok(value.client_secret),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    custom_field_data: Ok(value.custom_field_data),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_address_fields: Ok(
                        value.customer_billing_address_fields,
                    ),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_id: Ok(value.customer_id),
                    customer_ip_address: Ok(value.customer_ip_address),
                    customer_name: Ok(value.customer_name),
                    customer_session_token: Ok(value.customer_session_token),
                    customer_tax_id: Ok(value.customer_tax_id),
                    discount: Ok(value.discount),
                    discount_amount: Ok(value.discount_amount),
                    discount_id: Ok(value.discount_id),
                    embed_origin: Ok(value.embed_origin),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    is_business_customer: Ok(value.is_business_customer),
                    is_discount_applicable: Ok(value.is_discount_applicable),
                    is_free_product_price: Ok(value.is_free_product_price),
                    is_payment_form_required: Ok(value.is_payment_form_required),
                    is_payment_required: Ok(value.is_payment_required),
                    is_payment_setup_required: Ok(value.is_payment_setup_required),
                    locale: Ok(value.locale),
                    max_seats: Ok(value.max_seats),
                    max_units: Ok(value.max_units),
                    min_seats: Ok(value.min_seats),
                    min_units: Ok(value.min_units),
                    modified_at: Ok(value.modified_at),
                    net_amount: Ok(value.net_amount),
                    organization: Ok(value.organization),
                    organization_id: Ok(value.organization_id),
                    payment_method_type: Ok(value.payment_method_type),
                    payment_processor: Ok(value.payment_processor),
                    payment_processor_metadata: Ok(value.payment_processor_metadata),
                    prices: Ok(value.prices),
                    product: Ok(value.product),
                    product_id: Ok(value.product_id),
                    product_price: Ok(value.product_price),
                    product_price_id: Ok(value.product_price_id),
                    products: Ok(value.products),
                    require_billing_address: Ok(value.require_billing_address),
                    return_url: Ok(value.return_url),
                    seats: Ok(value.seats),
                    status: Ok(value.status),
                    subtotal_amount: Ok(value.subtotal_amount),
                    success_url: Ok(value.success_url),
                    tax_amount: Ok(value.tax_amount),
                    tax_behavior: Ok(value.tax_behavior),
                    total_amount: Ok(value.total_amount),
                    trial_end: Ok(value.trial_end),
                    units: Ok(value.units),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutUpdate {
            allow_discount_codes: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            allow_trial: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::std::option::Option<u64>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::CheckoutUpdateCurrency>,
                >,
                ::std::string::String,
            >,
            custom_field_data: ::std::result::Result<
                ::std::option::Option<super::CustomFieldDataInput>,
                ::std::string::String,
            >,
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<::std::option::Option<super::AddressInput>>,
                ::std::string::String,
            >,
            customer_billing_name: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            customer_ip_address: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            customer_metadata: ::std::result::Result<
                ::std::option::Option<::std::option::Option<super::MetadataInput>>,
                ::std::string::String,
            >,
            customer_name: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::CheckoutUpdateCustomerName>,
                >,
                ::std::string::String,
            >,
            customer_tax_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            discount_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            embed_origin: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            is_business_customer: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::MetadataInput>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            product_price_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            require_billing_address: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            return_url: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::CheckoutUpdateReturnUrl>,
                >,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::CheckoutUpdateSuccessUrl>,
                >,
                ::std::string::String,
            >,
            trial_interval: ::std::result::Result<
                ::std::option::Option<::std::option::Option<types::TrialInterval>>,
                ::std::string::String,
            >,
            trial_interval_count: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                ::std::string::String,
            >,
            units: ::std::result::Result<
                ::std::option::Option<::std::option::Option<i32>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutUpdate {
            fn default() -> Self {
                Self {
                    allow_discount_codes: Ok(Default::default()),
                    allow_trial: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    custom_field_data: Ok(Default::default()),
                    customer_billing_address: Ok(Default::default()),
                    customer_billing_name: Ok(Default::default()),
                    customer_email: Ok(Default::default()),
                    customer_ip_address: Ok(Default::default()),
                    customer_metadata: Ok(Default::default()),
                    customer_name: Ok(Default::default()),
                    customer_tax_id: Ok(Default::default()),
                    discount_id: Ok(Default::default()),
                    embed_origin: Ok(Default::default()),
                    is_business_customer: Ok(Default::default()),
                    locale: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    product_price_id: Ok(Default::default()),
                    require_billing_address: Ok(Default::default()),
                    return_url: Ok(Default::default()),
                    seats: Ok(Default::default()),
                    success_url: Ok(Default::default()),
                    trial_interval: Ok(Default::default()),
                    trial_interval_count: Ok(Default::default()),
                    units: Ok(Default::default()),
                }
            }
        }
        impl CheckoutUpdate {
            pub fn allow_discount_codes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allow_discount_codes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_discount_codes: {e}"
                        )
                    });
                self
            }
            pub fn allow_trial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allow_trial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_trial: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<u64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::CheckoutUpdateCurrency>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn custom_field_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomFieldDataInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_data: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<super::AddressInput>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_name: {e}"
                        )
                    });
                self
            }
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email: {e}"
                        )
                    });
                self
            }
            pub fn customer_ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_ip_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<super::MetadataInput>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_metadata: {e}"
                        )
                    });
                self
            }
            pub fn customer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::CheckoutUpdateCustomerName>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_name: {e}")
                    });
                self
            }
            pub fn customer_tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_tax_id: {e}"
                        )
                    });
                self
            }
            pub fn discount_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_id: {e}")
                    });
                self
            }
            pub fn embed_origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.embed_origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for embed_origin: {e}")
                    });
                self
            }
            pub fn is_business_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.is_business_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_business_customer: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetadataInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product_price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_price_id: {e}"
                        )
                    });
                self
            }
            pub fn require_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.require_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for require_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn return_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::CheckoutUpdateReturnUrl>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.return_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for return_url: {e}")
                    });
                self
            }
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            pub fn success_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::CheckoutUpdateSuccessUrl>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.success_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_url: {e}")
                    });
                self
            }
            pub fn trial_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<types::TrialInterval>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval: {e}"
                        )
                    });
                self
            }
            pub fn trial_interval_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trial_interval_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for trial_interval_count: {e}"
                        )
                    });
                self
            }
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<i32>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for units: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutUpdate> for super::CheckoutUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_discount_codes: value.allow_discount_codes?,
                    allow_trial: value.allow_trial?,
                    amount: value.amount?,
                    currency: value.currency?,
                    custom_field_data: value.custom_field_data?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_ip_address: value.customer_ip_address?,
                    customer_metadata: value.customer_metadata?,
                    customer_name: value.customer_name?,
                    customer_tax_id: value.customer_tax_id?,
                    discount_id: value.discount_id?,
                    embed_origin: value.embed_origin?,
                    is_business_customer: value.is_business_customer?,
                    locale: value.locale?,
                    metadata: value.metadata?,
                    product_id: value.product_id?,
                    product_price_id: value.product_price_id?,
                    require_billing_address: value.require_billing_address?,
                    return_url: value.return_url?,
                    seats: value.seats?,
                    success_url: value.success_url?,
                    trial_interval: value.trial_interval?,
                    trial_interval_count: value.trial_interval_count?,
                    units: value.units?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutUpdate> for CheckoutUpdate {
            fn from(value: super::CheckoutUpdate) -> Self {
                Self {
                    allow_discount_codes: Ok(value.allow_discount_codes),
                    allow_trial: Ok(value.allow_trial),
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    custom_field_data: Ok(value.custom_field_data),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_ip_address: Ok(value.customer_ip_address),
                    customer_metadata: Ok(value.customer_metadata),
                    customer_name: Ok(value.customer_name),
                    customer_tax_id: Ok(value.customer_tax_id),
                    discount_id: Ok(value.discount_id),
                    embed_origin: Ok(value.embed_origin),
                    is_business_customer: Ok(value.is_business_customer),
                    locale: Ok(value.locale),
                    metadata: Ok(value.metadata),
                    product_id: Ok(value.product_id),
                    product_price_id: Ok(value.product_price_id),
                    require_billing_address: Ok(value.require_billing_address),
                    return_url: Ok(value.return_url),
                    seats: Ok(value.seats),
                    success_url: Ok(value.success_url),
                    trial_interval: Ok(value.trial_interval),
                    trial_interval_count: Ok(value.trial_interval_count),
                    units: Ok(value.units),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckoutUpdatePublic {
            allow_trial: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::std::option::Option<u64>>,
                ::std::string::String,
            >,
            custom_field_data: ::std::result::Result<
                ::std::option::Option<super::CustomFieldDataInput>,
                ::std::string::String,
            >,
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<::std::option::Option<super::AddressInput>>,
                ::std::string::String,
            >,
            customer_billing_name: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            customer_email: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            customer_name: ::std::result::Result<
                ::std::option::Option<
                    ::std::option::Option<super::CheckoutUpdatePublicCustomerName>,
                >,
                ::std::string::String,
            >,
            customer_tax_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            discount_code: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            is_business_customer: ::std::result::Result<
                ::std::option::Option<::std::option::Option<bool>>,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            payment_method_type: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::string::String>>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            product_price_id: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                ::std::string::String,
            >,
            seats: ::std::result::Result<
                ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                ::std::string::String,
            >,
            units: ::std::result::Result<
                ::std::option::Option<::std::option::Option<i32>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckoutUpdatePublic {
            fn default() -> Self {
                Self {
                    allow_trial: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    custom_field_data: Ok(Default::default()),
                    customer_billing_address: Ok(Default::default()),
                    customer_billing_name: Ok(Default::default()),
                    customer_email: Ok(Default::default()),
                    customer_name: Ok(Default::default()),
                    customer_tax_id: Ok(Default::default()),
                    discount_code: Ok(Default::default()),
                    is_business_customer: Ok(Default::default()),
                    locale: Ok(Default::default()),
                    payment_method_type: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    product_price_id: Ok(Default::default()),
                    seats: Ok(Default::default()),
                    units: Ok(Default::default()),
                }
            }
        }
        impl CheckoutUpdatePublic {
            pub fn allow_trial<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allow_trial = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_trial: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<u64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn custom_field_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomFieldDataInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_field_data: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<super::AddressInput>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_address: {e}"
                        )
                    });
                self
            }
            pub fn customer_billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_billing_name: {e}"
                        )
                    });
                self
            }
            pub fn customer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_email: {e}"
                        )
                    });
                self
            }
            pub fn customer_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::option::Option<super::CheckoutUpdatePublicCustomerName>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_name: {e}")
                    });
                self
            }
            pub fn customer_tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_tax_id: {e}"
                        )
                    });
                self
            }
            pub fn discount_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_code: {e}")
                    });
                self
            }
            pub fn is_business_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<bool>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.is_business_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_business_customer: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn payment_method_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_type: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::uuid::Uuid>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product_price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_price_id: {e}"
                        )
                    });
                self
            }
            pub fn seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<::std::num::NonZeroU64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seats: {e}")
                    });
                self
            }
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::option::Option<i32>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for units: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckoutUpdatePublic>
        for super::CheckoutUpdatePublic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutUpdatePublic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_trial: value.allow_trial?,
                    amount: value.amount?,
                    custom_field_data: value.custom_field_data?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_name: value.customer_name?,
                    customer_tax_id: value.customer_tax_id?,
                    discount_code: value.discount_code?,
                    is_business_customer: value.is_business_customer?,
                    locale: value.locale?,
                    payment_method_type: value.payment_method_type?,
                    product_id: value.product_id?,
                    product_price_id: value.product_price_id?,
                    seats: value.seats?,
                    units: value.units?,
                })
            }
        }
        impl ::std::convert::From<super::CheckoutUpdatePublic> for CheckoutUpdatePublic {
            fn from(value: super::CheckoutUpdatePublic) -> Self {
                Self {
                    allow_trial: Ok(value.allow_trial),
                    amount: Ok(value.amount),
                    custom_field_data: Ok(value.custom_field_data),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_name: Ok(value.customer_name),
                    customer_tax_id: Ok(value.customer_tax_id),
                    discount_code: Ok(value.discount_code),
                    is_business_customer: Ok(value.is_business_customer),
                    locale: Ok(value.locale),
                    payment_method_type: Ok(value.payment_method_type),
                    product_id: Ok(value.product_id),
                    product_price_id: Ok(value.product_price_id),
                    seats: Ok(value.seats),
                    units: Ok(value.units),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldCheckbox {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            properties: ::std::result::Result<
                super::CustomFieldCheckboxProperties,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CustomFieldCheckboxType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldCheckbox {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    properties: Err("no value supplied for properties".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CustomFieldCheckbox {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomFieldCheckboxProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CustomFieldCheckboxType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldCheckbox>
        for super::CustomFieldCheckbox {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldCheckbox,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    modified_at: value.modified_at?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    properties: value.properties?,
                    slug: value.slug?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldCheckbox> for CustomFieldCheckbox {
            fn from(value: super::CustomFieldCheckbox) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    modified_at: Ok(value.modified_at),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    properties: Ok(value.properties),
                    slug: Ok(value.slug),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldCheckboxProperties {
            form_help_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_placeholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldCheckboxProperties {
            fn default() -> Self {
                Self {
                    form_help_text: Ok(Default::default()),
                    form_label: Ok(Default::default()),
                    form_placeholder: Ok(Default::default()),
                }
            }
        }
        impl CustomFieldCheckboxProperties {
            pub fn form_help_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_help_text = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_help_text: {e}"
                        )
                    });
                self
            }
            pub fn form_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form_label: {e}")
                    });
                self
            }
            pub fn form_placeholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_placeholder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_placeholder: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldCheckboxProperties>
        for super::CustomFieldCheckboxProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldCheckboxProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    form_help_text: value.form_help_text?,
                    form_label: value.form_label?,
                    form_placeholder: value.form_placeholder?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldCheckboxProperties>
        for CustomFieldCheckboxProperties {
            fn from(value: super::CustomFieldCheckboxProperties) -> Self {
                Self {
                    form_help_text: Ok(value.form_help_text),
                    form_label: Ok(value.form_label),
                    form_placeholder: Ok(value.form_placeholder),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldDate {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            properties: ::std::result::Result<
                super::CustomFieldDateProperties,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CustomFieldDateType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldDate {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    properties: Err("no value supplied for properties".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CustomFieldDate {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomFieldDateProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CustomFieldDateType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldDate> for super::CustomFieldDate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldDate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    modified_at: value.modified_at?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    properties: value.properties?,
                    slug: value.slug?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldDate> for CustomFieldDate {
            fn from(value: super::CustomFieldDate) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    modified_at: Ok(value.modified_at),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    properties: Ok(value.properties),
                    slug: Ok(value.slug),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldDateProperties {
            form_help_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_placeholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ge: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            le: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }
        impl ::std::default::Default for CustomFieldDateProperties {
            fn default() -> Self {
                Self {
                    form_help_text: Ok(Default::default()),
                    form_label: Ok(Default::default()),
                    form_placeholder: Ok(Default::default()),
                    ge: Ok(Default::default()),
                    le: Ok(Default::default()),
                }
            }
        }
        impl CustomFieldDateProperties {
            pub fn form_help_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_help_text = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_help_text: {e}"
                        )
                    });
                self
            }
            pub fn form_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form_label: {e}")
                    });
                self
            }
            pub fn form_placeholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_placeholder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_placeholder: {e}"
                        )
                    });
                self
            }
            pub fn ge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ge = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ge: {e}"));
                self
            }
            pub fn le<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.le = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for le: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldDateProperties>
        for super::CustomFieldDateProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldDateProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    form_help_text: value.form_help_text?,
                    form_label: value.form_label?,
                    form_placeholder: value.form_placeholder?,
                    ge: value.ge?,
                    le: value.le?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldDateProperties>
        for CustomFieldDateProperties {
            fn from(value: super::CustomFieldDateProperties) -> Self {
                Self {
                    form_help_text: Ok(value.form_help_text),
                    form_label: Ok(value.form_label),
                    form_placeholder: Ok(value.form_placeholder),
                    ge: Ok(value.ge),
                    le: Ok(value.le),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldNumber {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            properties: ::std::result::Result<
                super::CustomFieldNumberProperties,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CustomFieldNumberType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldNumber {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    properties: Err("no value supplied for properties".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CustomFieldNumber {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomFieldNumberProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CustomFieldNumberType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldNumber> for super::CustomFieldNumber {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldNumber,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    modified_at: value.modified_at?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    properties: value.properties?,
                    slug: value.slug?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldNumber> for CustomFieldNumber {
            fn from(value: super::CustomFieldNumber) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    modified_at: Ok(value.modified_at),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    properties: Ok(value.properties),
                    slug: Ok(value.slug),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldNumberProperties {
            form_help_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_placeholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ge: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            le: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }
        impl ::std::default::Default for CustomFieldNumberProperties {
            fn default() -> Self {
                Self {
                    form_help_text: Ok(Default::default()),
                    form_label: Ok(Default::default()),
                    form_placeholder: Ok(Default::default()),
                    ge: Ok(Default::default()),
                    le: Ok(Default::default()),
                }
            }
        }
        impl CustomFieldNumberProperties {
            pub fn form_help_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_help_text = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_help_text: {e}"
                        )
                    });
                self
            }
            pub fn form_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form_label: {e}")
                    });
                self
            }
            pub fn form_placeholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_placeholder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_placeholder: {e}"
                        )
                    });
                self
            }
            pub fn ge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ge = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ge: {e}"));
                self
            }
            pub fn le<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.le = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for le: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldNumberProperties>
        for super::CustomFieldNumberProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldNumberProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    form_help_text: value.form_help_text?,
                    form_label: value.form_label?,
                    form_placeholder: value.form_placeholder?,
                    ge: value.ge?,
                    le: value.le?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldNumberProperties>
        for CustomFieldNumberProperties {
            fn from(value: super::CustomFieldNumberProperties) -> Self {
                Self {
                    form_help_text: Ok(value.form_help_text),
                    form_label: Ok(value.form_label),
                    form_placeholder: Ok(value.form_placeholder),
                    ge: Ok(value.ge),
                    le: Ok(value.le),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldSelect {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            properties: ::std::result::Result<
                super::CustomFieldSelectProperties,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CustomFieldSelectType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldSelect {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    properties: Err("no value supplied for properties".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CustomFieldSelect {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomFieldSelectProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CustomFieldSelectType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldSelect> for super::CustomFieldSelect {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldSelect,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    modified_at: value.modified_at?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    properties: value.properties?,
                    slug: value.slug?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldSelect> for CustomFieldSelect {
            fn from(value: super::CustomFieldSelect) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    modified_at: Ok(value.modified_at),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    properties: Ok(value.properties),
                    slug: Ok(value.slug),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldSelectOption {
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomFieldSelectOption {
            fn default() -> Self {
                Self {
                    label: Err("no value supplied for label".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl CustomFieldSelectOption {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldSelectOption>
        for super::CustomFieldSelectOption {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldSelectOption,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldSelectOption>
        for CustomFieldSelectOption {
            fn from(value: super::CustomFieldSelectOption) -> Self {
                Self {
                    label: Ok(value.label),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldSelectProperties {
            form_help_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_placeholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<super::CustomFieldSelectOption>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldSelectProperties {
            fn default() -> Self {
                Self {
                    form_help_text: Ok(Default::default()),
                    form_label: Ok(Default::default()),
                    form_placeholder: Ok(Default::default()),
                    options: Err("no value supplied for options".to_string()),
                }
            }
        }
        impl CustomFieldSelectProperties {
            pub fn form_help_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_help_text = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_help_text: {e}"
                        )
                    });
                self
            }
            pub fn form_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form_label: {e}")
                    });
                self
            }
            pub fn form_placeholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_placeholder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_placeholder: {e}"
                        )
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CustomFieldSelectOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldSelectProperties>
        for super::CustomFieldSelectProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldSelectProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    form_help_text: value.form_help_text?,
                    form_label: value.form_label?,
                    form_placeholder: value.form_placeholder?,
                    options: value.options?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldSelectProperties>
        for CustomFieldSelectProperties {
            fn from(value: super::CustomFieldSelectProperties) -> Self {
                Self {
                    form_help_text: Ok(value.form_help_text),
                    form_label: Ok(value.form_label),
                    form_placeholder: Ok(value.form_placeholder),
                    options: Ok(value.options),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldText {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            properties: ::std::result::Result<
                super::CustomFieldTextProperties,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                types::CustomFieldTextType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldText {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    properties: Err("no value supplied for properties".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CustomFieldText {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomFieldTextProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CustomFieldTextType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldText> for super::CustomFieldText {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldText,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    modified_at: value.modified_at?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    properties: value.properties?,
                    slug: value.slug?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldText> for CustomFieldText {
            fn from(value: super::CustomFieldText) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    modified_at: Ok(value.modified_at),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    properties: Ok(value.properties),
                    slug: Ok(value.slug),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldTextProperties {
            form_help_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            form_placeholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_length: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            min_length: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            textarea: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomFieldTextProperties {
            fn default() -> Self {
                Self {
                    form_help_text: Ok(Default::default()),
                    form_label: Ok(Default::default()),
                    form_placeholder: Ok(Default::default()),
                    max_length: Ok(Default::default()),
                    min_length: Ok(Default::default()),
                    textarea: Ok(Default::default()),
                }
            }
        }
        impl CustomFieldTextProperties {
            pub fn form_help_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_help_text = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_help_text: {e}"
                        )
                    });
                self
            }
            pub fn form_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form_label: {e}")
                    });
                self
            }
            pub fn form_placeholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_placeholder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_placeholder: {e}"
                        )
                    });
                self
            }
            pub fn max_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_length: {e}")
                    });
                self
            }
            pub fn min_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_length: {e}")
                    });
                self
            }
            pub fn textarea<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.textarea = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for textarea: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomFieldTextProperties>
        for super::CustomFieldTextProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldTextProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    form_help_text: value.form_help_text?,
                    form_label: value.form_label?,
                    form_placeholder: value.form_placeholder?,
                    max_length: value.max_length?,
                    min_length: value.min_length?,
                    textarea: value.textarea?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldTextProperties>
        for CustomFieldTextProperties {
            fn from(value: super::CustomFieldTextProperties) -> Self {
                Self {
                    form_help_text: Ok(value.form_help_text),
                    form_label: Ok(value.form_label),
                    form_placeholder: Ok(value.form_placeholder),
                    max_length: Ok(value.max_length),
                    min_length: Ok(value.min_length),
                    textarea: Ok(value.textarea),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DiscountRedemptionLimitReached {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::DiscountRedemptionLimitReachedError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DiscountRedemptionLimitReached {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl DiscountRedemptionLimitReached {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::DiscountRedemptionLimitReachedError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DiscountRedemptionLimitReached>
        for super::DiscountRedemptionLimitReached {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DiscountRedemptionLimitReached,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::DiscountRedemptionLimitReached>
        for DiscountRedemptionLimitReached {
            fn from(value: super::DiscountRedemptionLimitReached) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExpiredCheckoutError {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::ExpiredCheckoutErrorError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ExpiredCheckoutError {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ExpiredCheckoutError {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ExpiredCheckoutErrorError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExpiredCheckoutError>
        for super::ExpiredCheckoutError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExpiredCheckoutError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::ExpiredCheckoutError> for ExpiredCheckoutError {
            fn from(value: super::ExpiredCheckoutError) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HttpValidationError {
            detail: ::std::result::Result<
                ::std::vec::Vec<super::ValidationError>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HttpValidationError {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                }
            }
        }
        impl HttpValidationError {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ValidationError>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HttpValidationError>
        for super::HttpValidationError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HttpValidationError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { detail: value.detail? })
            }
        }
        impl ::std::convert::From<super::HttpValidationError> for HttpValidationError {
            fn from(value: super::HttpValidationError) -> Self {
                Self { detail: Ok(value.detail) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LegacyRecurringProductPriceCustom {
            amount_type: ::std::result::Result<
                types::LegacyRecurringProductPriceCustomAmountType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            legacy: ::std::result::Result<bool, ::std::string::String>,
            maximum_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            minimum_amount: ::std::result::Result<i64, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            preset_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            recurring_interval: ::std::result::Result<
                types::SubscriptionRecurringInterval,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                types::ProductPriceSource,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::LegacyRecurringProductPriceCustomType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LegacyRecurringProductPriceCustom {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    legacy: Err("no value supplied for legacy".to_string()),
                    maximum_amount: Err(
                        "no value supplied for maximum_amount".to_string(),
                    ),
                    minimum_amount: Err(
                        "no value supplied for minimum_amount".to_string(),
                    ),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    preset_amount: Err(
                        "no value supplied for preset_amount".to_string(),
                    ),
                    price_currency: Err(
                        "no value supplied for price_currency".to_string(),
                    ),
                    product_id: Err("no value supplied for product_id".to_string()),
                    recurring_interval: Err(
                        "no value supplied for recurring_interval".to_string(),
                    ),
                    source: Err("no value supplied for source".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl LegacyRecurringProductPriceCustom {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::LegacyRecurringProductPriceCustomAmountType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn legacy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.legacy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for legacy: {e}")
                    });
                self
            }
            pub fn maximum_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.maximum_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for maximum_amount: {e}"
                        )
                    });
                self
            }
            pub fn minimum_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_amount: {e}"
                        )
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn preset_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.preset_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for preset_amount: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::SubscriptionRecurringInterval>,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::LegacyRecurringProductPriceCustomType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LegacyRecurringProductPriceCustom>
        for super::LegacyRecurringProductPriceCustom {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LegacyRecurringProductPriceCustom,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    legacy: value.legacy?,
                    maximum_amount: value.maximum_amount?,
                    minimum_amount: value.minimum_amount?,
                    modified_at: value.modified_at?,
                    preset_amount: value.preset_amount?,
                    price_currency: value.price_currency?,
                    product_id: value.product_id?,
                    recurring_interval: value.recurring_interval?,
                    source: value.source?,
                    tax_behavior: value.tax_behavior?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::LegacyRecurringProductPriceCustom>
        for LegacyRecurringProductPriceCustom {
            fn from(value: super::LegacyRecurringProductPriceCustom) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    legacy: Ok(value.legacy),
                    maximum_amount: Ok(value.maximum_amount),
                    minimum_amount: Ok(value.minimum_amount),
                    modified_at: Ok(value.modified_at),
                    preset_amount: Ok(value.preset_amount),
                    price_currency: Ok(value.price_currency),
                    product_id: Ok(value.product_id),
                    recurring_interval: Ok(value.recurring_interval),
                    source: Ok(value.source),
                    tax_behavior: Ok(value.tax_behavior),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LegacyRecurringProductPriceFixed {
            amount_type: ::std::result::Result<
                types::LegacyRecurringProductPriceFixedAmountType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            legacy: ::std::result::Result<bool, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            price_amount: ::std::result::Result<i64, ::std::string::String>,
            price_currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            recurring_interval: ::std::result::Result<
                types::SubscriptionRecurringInterval,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                types::ProductPriceSource,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::LegacyRecurringProductPriceFixedType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LegacyRecurringProductPriceFixed {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    legacy: Err("no value supplied for legacy".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    price_amount: Err("no value supplied for price_amount".to_string()),
                    price_currency: Err(
                        "no value supplied for price_currency".to_string(),
                    ),
                    product_id: Err("no value supplied for product_id".to_string()),
                    recurring_interval: Err(
                        "no value supplied for recurring_interval".to_string(),
                    ),
                    source: Err("no value supplied for source".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl LegacyRecurringProductPriceFixed {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::LegacyRecurringProductPriceFixedAmountType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn legacy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.legacy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for legacy: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn price_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.price_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price_amount: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::SubscriptionRecurringInterval>,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::LegacyRecurringProductPriceFixedType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LegacyRecurringProductPriceFixed>
        for super::LegacyRecurringProductPriceFixed {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LegacyRecurringProductPriceFixed,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    legacy: value.legacy?,
                    modified_at: value.modified_at?,
                    price_amount: value.price_amount?,
                    price_currency: value.price_currency?,
                    product_id: value.product_id?,
                    recurring_interval: value.recurring_interval?,
                    source: value.source?,
                    tax_behavior: value.tax_behavior?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::LegacyRecurringProductPriceFixed>
        for LegacyRecurringProductPriceFixed {
            fn from(value: super::LegacyRecurringProductPriceFixed) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    legacy: Ok(value.legacy),
                    modified_at: Ok(value.modified_at),
                    price_amount: Ok(value.price_amount),
                    price_currency: Ok(value.price_currency),
                    product_id: Ok(value.product_id),
                    recurring_interval: Ok(value.recurring_interval),
                    source: Ok(value.source),
                    tax_behavior: Ok(value.tax_behavior),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListResourceCheckout {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Checkout>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListResourceCheckout {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListResourceCheckout {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Checkout>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListResourceCheckout>
        for super::ListResourceCheckout {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListResourceCheckout,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListResourceCheckout> for ListResourceCheckout {
            fn from(value: super::ListResourceCheckout) -> Self {
                Self {
                    items: Ok(value.items),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NotOpenCheckout {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::NotOpenCheckoutError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NotOpenCheckout {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl NotOpenCheckout {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::NotOpenCheckoutError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NotOpenCheckout> for super::NotOpenCheckout {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NotOpenCheckout,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::NotOpenCheckout> for NotOpenCheckout {
            fn from(value: super::NotOpenCheckout) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NotPermitted {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::NotPermittedError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NotPermitted {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl NotPermitted {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::NotPermittedError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NotPermitted> for super::NotPermitted {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NotPermitted,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::NotPermitted> for NotPermitted {
            fn from(value: super::NotPermitted) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationSocialLink {
            platform: ::std::result::Result<
                types::OrganizationSocialPlatforms,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationSocialLink {
            fn default() -> Self {
                Self {
                    platform: Err("no value supplied for platform".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl OrganizationSocialLink {
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::OrganizationSocialPlatforms>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationSocialLink>
        for super::OrganizationSocialLink {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationSocialLink,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    platform: value.platform?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationSocialLink>
        for OrganizationSocialLink {
            fn from(value: super::OrganizationSocialLink) -> Self {
                Self {
                    platform: Ok(value.platform),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pagination {
            max_page: ::std::result::Result<i64, ::std::string::String>,
            total_count: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for Pagination {
            fn default() -> Self {
                Self {
                    max_page: Err("no value supplied for max_page".to_string()),
                    total_count: Err("no value supplied for total_count".to_string()),
                }
            }
        }
        impl Pagination {
            pub fn max_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_page: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Pagination> for super::Pagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_page: value.max_page?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::Pagination> for Pagination {
            fn from(value: super::Pagination) -> Self {
                Self {
                    max_page: Ok(value.max_page),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentError {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::PaymentErrorError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentError {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl PaymentError {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::PaymentErrorError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentError> for super::PaymentError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentError> for PaymentError {
            fn from(value: super::PaymentError) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentNotReady {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::PaymentNotReadyError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentNotReady {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl PaymentNotReady {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::PaymentNotReadyError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentNotReady> for super::PaymentNotReady {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentNotReady,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentNotReady> for PaymentNotReady {
            fn from(value: super::PaymentNotReady) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductMediaFileRead {
            checksum_etag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            checksum_sha256_base64: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            checksum_sha256_hex: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_uploaded: ::std::result::Result<bool, ::std::string::String>,
            last_modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            public_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            service: ::std::result::Result<
                types::ProductMediaFileReadService,
                ::std::string::String,
            >,
            size: ::std::result::Result<i64, ::std::string::String>,
            size_readable: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            storage_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductMediaFileRead {
            fn default() -> Self {
                Self {
                    checksum_etag: Err(
                        "no value supplied for checksum_etag".to_string(),
                    ),
                    checksum_sha256_base64: Err(
                        "no value supplied for checksum_sha256_base64".to_string(),
                    ),
                    checksum_sha256_hex: Err(
                        "no value supplied for checksum_sha256_hex".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_uploaded: Err("no value supplied for is_uploaded".to_string()),
                    last_modified_at: Err(
                        "no value supplied for last_modified_at".to_string(),
                    ),
                    mime_type: Err("no value supplied for mime_type".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    path: Err("no value supplied for path".to_string()),
                    public_url: Err("no value supplied for public_url".to_string()),
                    service: Err("no value supplied for service".to_string()),
                    size: Err("no value supplied for size".to_string()),
                    size_readable: Err(
                        "no value supplied for size_readable".to_string(),
                    ),
                    storage_version: Err(
                        "no value supplied for storage_version".to_string(),
                    ),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl ProductMediaFileRead {
            pub fn checksum_etag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.checksum_etag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for checksum_etag: {e}")
                    });
                self
            }
            pub fn checksum_sha256_base64<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.checksum_sha256_base64 = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checksum_sha256_base64: {e}"
                        )
                    });
                self
            }
            pub fn checksum_sha256_hex<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.checksum_sha256_hex = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checksum_sha256_hex: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_uploaded<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_uploaded = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_uploaded: {e}")
                    });
                self
            }
            pub fn last_modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_modified_at: {e}"
                        )
                    });
                self
            }
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
            pub fn public_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.public_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_url: {e}")
                    });
                self
            }
            pub fn service<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductMediaFileReadService>,
                T::Error: ::std::fmt::Display,
            {
                self.service = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn size_readable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.size_readable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_readable: {e}")
                    });
                self
            }
            pub fn storage_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.storage_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for storage_version: {e}"
                        )
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductMediaFileRead>
        for super::ProductMediaFileRead {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductMediaFileRead,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checksum_etag: value.checksum_etag?,
                    checksum_sha256_base64: value.checksum_sha256_base64?,
                    checksum_sha256_hex: value.checksum_sha256_hex?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_uploaded: value.is_uploaded?,
                    last_modified_at: value.last_modified_at?,
                    mime_type: value.mime_type?,
                    name: value.name?,
                    organization_id: value.organization_id?,
                    path: value.path?,
                    public_url: value.public_url?,
                    service: value.service?,
                    size: value.size?,
                    size_readable: value.size_readable?,
                    storage_version: value.storage_version?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::ProductMediaFileRead> for ProductMediaFileRead {
            fn from(value: super::ProductMediaFileRead) -> Self {
                Self {
                    checksum_etag: Ok(value.checksum_etag),
                    checksum_sha256_base64: Ok(value.checksum_sha256_base64),
                    checksum_sha256_hex: Ok(value.checksum_sha256_hex),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_uploaded: Ok(value.is_uploaded),
                    last_modified_at: Ok(value.last_modified_at),
                    mime_type: Ok(value.mime_type),
                    name: Ok(value.name),
                    organization_id: Ok(value.organization_id),
                    path: Ok(value.path),
                    public_url: Ok(value.public_url),
                    service: Ok(value.service),
                    size: Ok(value.size),
                    size_readable: Ok(value.size_readable),
                    storage_version: Ok(value.storage_version),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceCustom {
            amount_type: ::std::result::Result<
                types::ProductPriceCustomAmountType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            maximum_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            minimum_amount: ::std::result::Result<i64, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            preset_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            recurring_interval: ::std::result::Result<
                ::std::option::Option<types::SubscriptionRecurringInterval>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                types::ProductPriceSource,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<types::ProductPriceType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceCustom {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    maximum_amount: Err(
                        "no value supplied for maximum_amount".to_string(),
                    ),
                    minimum_amount: Err(
                        "no value supplied for minimum_amount".to_string(),
                    ),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    preset_amount: Err(
                        "no value supplied for preset_amount".to_string(),
                    ),
                    price_currency: Err(
                        "no value supplied for price_currency".to_string(),
                    ),
                    product_id: Err("no value supplied for product_id".to_string()),
                    recurring_interval: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ProductPriceCustom {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceCustomAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn maximum_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.maximum_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for maximum_amount: {e}"
                        )
                    });
                self
            }
            pub fn minimum_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_amount: {e}"
                        )
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn preset_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.preset_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for preset_amount: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::SubscriptionRecurringInterval>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::ProductPriceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceCustom> for super::ProductPriceCustom {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceCustom,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    maximum_amount: value.maximum_amount?,
                    minimum_amount: value.minimum_amount?,
                    modified_at: value.modified_at?,
                    preset_amount: value.preset_amount?,
                    price_currency: value.price_currency?,
                    product_id: value.product_id?,
                    recurring_interval: value.recurring_interval?,
                    source: value.source?,
                    tax_behavior: value.tax_behavior?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceCustom> for ProductPriceCustom {
            fn from(value: super::ProductPriceCustom) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    maximum_amount: Ok(value.maximum_amount),
                    minimum_amount: Ok(value.minimum_amount),
                    modified_at: Ok(value.modified_at),
                    preset_amount: Ok(value.preset_amount),
                    price_currency: Ok(value.price_currency),
                    product_id: Ok(value.product_id),
                    recurring_interval: Ok(value.recurring_interval),
                    source: Ok(value.source),
                    tax_behavior: Ok(value.tax_behavior),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceCustomCreate {
            amount_type: ::std::result::Result<
                types::ProductPriceCustomCreateAmountType,
                ::std::string::String,
            >,
            maximum_amount: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            minimum_amount: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            preset_amount: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceCustomCreate {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    maximum_amount: Ok(Default::default()),
                    minimum_amount: Ok(Default::default()),
                    preset_amount: Ok(Default::default()),
                    price_currency: Ok(Default::default()),
                    tax_behavior: Ok(Default::default()),
                }
            }
        }
        impl ProductPriceCustomCreate {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceCustomCreateAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn maximum_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.maximum_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for maximum_amount: {e}"
                        )
                    });
                self
            }
            pub fn minimum_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_amount: {e}"
                        )
                    });
                self
            }
            pub fn preset_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.preset_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for preset_amount: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceCustomCreate>
        for super::ProductPriceCustomCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceCustomCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    maximum_amount: value.maximum_amount?,
                    minimum_amount: value.minimum_amount?,
                    preset_amount: value.preset_amount?,
                    price_currency: value.price_currency?,
                    tax_behavior: value.tax_behavior?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceCustomCreate>
        for ProductPriceCustomCreate {
            fn from(value: super::ProductPriceCustomCreate) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    maximum_amount: Ok(value.maximum_amount),
                    minimum_amount: Ok(value.minimum_amount),
                    preset_amount: Ok(value.preset_amount),
                    price_currency: Ok(value.price_currency),
                    tax_behavior: Ok(value.tax_behavior),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceFixed {
            amount_type: ::std::result::Result<
                types::ProductPriceFixedAmountType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            price_amount: ::std::result::Result<i64, ::std::string::String>,
            price_currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            recurring_interval: ::std::result::Result<
                ::std::option::Option<types::SubscriptionRecurringInterval>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                types::ProductPriceSource,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<types::ProductPriceType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceFixed {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    price_amount: Err("no value supplied for price_amount".to_string()),
                    price_currency: Err(
                        "no value supplied for price_currency".to_string(),
                    ),
                    product_id: Err("no value supplied for product_id".to_string()),
                    recurring_interval: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ProductPriceFixed {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceFixedAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn price_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.price_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price_amount: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::SubscriptionRecurringInterval>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::ProductPriceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceFixed> for super::ProductPriceFixed {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceFixed,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    modified_at: value.modified_at?,
                    price_amount: value.price_amount?,
                    price_currency: value.price_currency?,
                    product_id: value.product_id?,
                    recurring_interval: value.recurring_interval?,
                    source: value.source?,
                    tax_behavior: value.tax_behavior?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceFixed> for ProductPriceFixed {
            fn from(value: super::ProductPriceFixed) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    modified_at: Ok(value.modified_at),
                    price_amount: Ok(value.price_amount),
                    price_currency: Ok(value.price_currency),
                    product_id: Ok(value.product_id),
                    recurring_interval: Ok(value.recurring_interval),
                    source: Ok(value.source),
                    tax_behavior: Ok(value.tax_behavior),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceFixedCreate {
            amount_type: ::std::result::Result<
                types::ProductPriceFixedCreateAmountType,
                ::std::string::String,
            >,
            price_amount: ::std::result::Result<u64, ::std::string::String>,
            price_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceFixedCreate {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    price_amount: Err("no value supplied for price_amount".to_string()),
                    price_currency: Ok(Default::default()),
                    tax_behavior: Ok(Default::default()),
                }
            }
        }
        impl ProductPriceFixedCreate {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceFixedCreateAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn price_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.price_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price_amount: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceFixedCreate>
        for super::ProductPriceFixedCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceFixedCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    price_amount: value.price_amount?,
                    price_currency: value.price_currency?,
                    tax_behavior: value.tax_behavior?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceFixedCreate>
        for ProductPriceFixedCreate {
            fn from(value: super::ProductPriceFixedCreate) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    price_amount: Ok(value.price_amount),
                    price_currency: Ok(value.price_currency),
                    tax_behavior: Ok(value.tax_behavior),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceMeter {
            custom_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_multiplier: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            unit: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProductPriceMeter {
            fn default() -> Self {
                Self {
                    custom_label: Err("no value supplied for custom_label".to_string()),
                    custom_multiplier: Err(
                        "no value supplied for custom_multiplier".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    unit: Err("no value supplied for unit".to_string()),
                }
            }
        }
        impl ProductPriceMeter {
            pub fn custom_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_label: {e}")
                    });
                self
            }
            pub fn custom_multiplier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_multiplier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_multiplier: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn unit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.unit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceMeter> for super::ProductPriceMeter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceMeter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_label: value.custom_label?,
                    custom_multiplier: value.custom_multiplier?,
                    id: value.id?,
                    name: value.name?,
                    unit: value.unit?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceMeter> for ProductPriceMeter {
            fn from(value: super::ProductPriceMeter) -> Self {
                Self {
                    custom_label: Ok(value.custom_label),
                    custom_multiplier: Ok(value.custom_multiplier),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    unit: Ok(value.unit),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceMeteredUnit {
            amount_type: ::std::result::Result<
                types::ProductPriceMeteredUnitAmountType,
                ::std::string::String,
            >,
            cap_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            meter: ::std::result::Result<
                super::ProductPriceMeter,
                ::std::string::String,
            >,
            meter_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            recurring_interval: ::std::result::Result<
                ::std::option::Option<types::SubscriptionRecurringInterval>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                types::ProductPriceSource,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<types::ProductPriceType>,
                ::std::string::String,
            >,
            unit_amount: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceMeteredUnit {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    cap_amount: Err("no value supplied for cap_amount".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    meter: Err("no value supplied for meter".to_string()),
                    meter_id: Err("no value supplied for meter_id".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    price_currency: Err(
                        "no value supplied for price_currency".to_string(),
                    ),
                    product_id: Err("no value supplied for product_id".to_string()),
                    recurring_interval: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    type_: Ok(Default::default()),
                    unit_amount: Err("no value supplied for unit_amount".to_string()),
                }
            }
        }
        impl ProductPriceMeteredUnit {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceMeteredUnitAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn cap_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cap_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cap_amount: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn meter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProductPriceMeter>,
                T::Error: ::std::fmt::Display,
            {
                self.meter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meter: {e}")
                    });
                self
            }
            pub fn meter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.meter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meter_id: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::SubscriptionRecurringInterval>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::ProductPriceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unit_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceMeteredUnit>
        for super::ProductPriceMeteredUnit {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceMeteredUnit,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    cap_amount: value.cap_amount?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    meter: value.meter?,
                    meter_id: value.meter_id?,
                    modified_at: value.modified_at?,
                    price_currency: value.price_currency?,
                    product_id: value.product_id?,
                    recurring_interval: value.recurring_interval?,
                    source: value.source?,
                    tax_behavior: value.tax_behavior?,
                    type_: value.type_?,
                    unit_amount: value.unit_amount?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceMeteredUnit>
        for ProductPriceMeteredUnit {
            fn from(value: super::ProductPriceMeteredUnit) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    cap_amount: Ok(value.cap_amount),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    meter: Ok(value.meter),
                    meter_id: Ok(value.meter_id),
                    modified_at: Ok(value.modified_at),
                    price_currency: Ok(value.price_currency),
                    product_id: Ok(value.product_id),
                    recurring_interval: Ok(value.recurring_interval),
                    source: Ok(value.source),
                    tax_behavior: Ok(value.tax_behavior),
                    type_: Ok(value.type_),
                    unit_amount: Ok(value.unit_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceMeteredUnitCreate {
            amount_type: ::std::result::Result<
                types::ProductPriceMeteredUnitCreateAmountType,
                ::std::string::String,
            >,
            cap_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            meter_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            price_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            unit_amount: ::std::result::Result<
                super::DecimalInput,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceMeteredUnitCreate {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    cap_amount: Ok(Default::default()),
                    meter_id: Err("no value supplied for meter_id".to_string()),
                    price_currency: Ok(Default::default()),
                    tax_behavior: Ok(Default::default()),
                    unit_amount: Err("no value supplied for unit_amount".to_string()),
                }
            }
        }
        impl ProductPriceMeteredUnitCreate {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::ProductPriceMeteredUnitCreateAmountType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn cap_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cap_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cap_amount: {e}")
                    });
                self
            }
            pub fn meter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.meter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meter_id: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn unit_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DecimalInput>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceMeteredUnitCreate>
        for super::ProductPriceMeteredUnitCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceMeteredUnitCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    cap_amount: value.cap_amount?,
                    meter_id: value.meter_id?,
                    price_currency: value.price_currency?,
                    tax_behavior: value.tax_behavior?,
                    unit_amount: value.unit_amount?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceMeteredUnitCreate>
        for ProductPriceMeteredUnitCreate {
            fn from(value: super::ProductPriceMeteredUnitCreate) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    cap_amount: Ok(value.cap_amount),
                    meter_id: Ok(value.meter_id),
                    price_currency: Ok(value.price_currency),
                    tax_behavior: Ok(value.tax_behavior),
                    unit_amount: Ok(value.unit_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceSeatBased {
            amount_type: ::std::result::Result<
                types::ProductPriceSeatBasedAmountType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            price_per_seat: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            recurring_interval: ::std::result::Result<
                ::std::option::Option<types::SubscriptionRecurringInterval>,
                ::std::string::String,
            >,
            seat_tiers: ::std::result::Result<
                super::ProductPriceSeatTiers,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                types::ProductPriceSource,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<types::ProductPriceType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceSeatBased {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    price_currency: Err(
                        "no value supplied for price_currency".to_string(),
                    ),
                    price_per_seat: Ok(Default::default()),
                    product_id: Err("no value supplied for product_id".to_string()),
                    recurring_interval: Ok(Default::default()),
                    seat_tiers: Err("no value supplied for seat_tiers".to_string()),
                    source: Err("no value supplied for source".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ProductPriceSeatBased {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSeatBasedAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn price_per_seat<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.price_per_seat = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_per_seat: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::SubscriptionRecurringInterval>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn seat_tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProductPriceSeatTiers>,
                T::Error: ::std::fmt::Display,
            {
                self.seat_tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seat_tiers: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::ProductPriceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceSeatBased>
        for super::ProductPriceSeatBased {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceSeatBased,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    modified_at: value.modified_at?,
                    price_currency: value.price_currency?,
                    price_per_seat: value.price_per_seat?,
                    product_id: value.product_id?,
                    recurring_interval: value.recurring_interval?,
                    seat_tiers: value.seat_tiers?,
                    source: value.source?,
                    tax_behavior: value.tax_behavior?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceSeatBased>
        for ProductPriceSeatBased {
            fn from(value: super::ProductPriceSeatBased) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    modified_at: Ok(value.modified_at),
                    price_currency: Ok(value.price_currency),
                    price_per_seat: Ok(value.price_per_seat),
                    product_id: Ok(value.product_id),
                    recurring_interval: Ok(value.recurring_interval),
                    seat_tiers: Ok(value.seat_tiers),
                    source: Ok(value.source),
                    tax_behavior: Ok(value.tax_behavior),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceSeatBasedCreate {
            amount_type: ::std::result::Result<
                types::ProductPriceSeatBasedCreateAmountType,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            seat_tiers: ::std::result::Result<
                super::ProductPriceSeatTiersInput,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceSeatBasedCreate {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    price_currency: Ok(Default::default()),
                    seat_tiers: Err("no value supplied for seat_tiers".to_string()),
                    tax_behavior: Ok(Default::default()),
                }
            }
        }
        impl ProductPriceSeatBasedCreate {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSeatBasedCreateAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn seat_tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProductPriceSeatTiersInput>,
                T::Error: ::std::fmt::Display,
            {
                self.seat_tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seat_tiers: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceSeatBasedCreate>
        for super::ProductPriceSeatBasedCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceSeatBasedCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    price_currency: value.price_currency?,
                    seat_tiers: value.seat_tiers?,
                    tax_behavior: value.tax_behavior?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceSeatBasedCreate>
        for ProductPriceSeatBasedCreate {
            fn from(value: super::ProductPriceSeatBasedCreate) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    price_currency: Ok(value.price_currency),
                    seat_tiers: Ok(value.seat_tiers),
                    tax_behavior: Ok(value.tax_behavior),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceSeatTier {
            max_seats: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            min_seats: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            price_per_seat: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for ProductPriceSeatTier {
            fn default() -> Self {
                Self {
                    max_seats: Ok(Default::default()),
                    min_seats: Err("no value supplied for min_seats".to_string()),
                    price_per_seat: Err(
                        "no value supplied for price_per_seat".to_string(),
                    ),
                }
            }
        }
        impl ProductPriceSeatTier {
            pub fn max_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.max_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_seats: {e}")
                    });
                self
            }
            pub fn min_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.min_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_seats: {e}")
                    });
                self
            }
            pub fn price_per_seat<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.price_per_seat = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_per_seat: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceSeatTier>
        for super::ProductPriceSeatTier {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceSeatTier,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_seats: value.max_seats?,
                    min_seats: value.min_seats?,
                    price_per_seat: value.price_per_seat?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceSeatTier> for ProductPriceSeatTier {
            fn from(value: super::ProductPriceSeatTier) -> Self {
                Self {
                    max_seats: Ok(value.max_seats),
                    min_seats: Ok(value.min_seats),
                    price_per_seat: Ok(value.price_per_seat),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceSeatTiers {
            maximum_seats: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            minimum_seats: ::std::result::Result<i64, ::std::string::String>,
            seat_tier_type: ::std::result::Result<
                ::std::option::Option<types::SeatTierType>,
                ::std::string::String,
            >,
            tiers: ::std::result::Result<
                ::std::vec::Vec<super::ProductPriceSeatTier>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceSeatTiers {
            fn default() -> Self {
                Self {
                    maximum_seats: Err(
                        "no value supplied for maximum_seats".to_string(),
                    ),
                    minimum_seats: Err(
                        "no value supplied for minimum_seats".to_string(),
                    ),
                    seat_tier_type: Ok(Default::default()),
                    tiers: Err("no value supplied for tiers".to_string()),
                }
            }
        }
        impl ProductPriceSeatTiers {
            pub fn maximum_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.maximum_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for maximum_seats: {e}")
                    });
                self
            }
            pub fn minimum_seats<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_seats = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for minimum_seats: {e}")
                    });
                self
            }
            pub fn seat_tier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::SeatTierType>>,
                T::Error: ::std::fmt::Display,
            {
                self.seat_tier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for seat_tier_type: {e}"
                        )
                    });
                self
            }
            pub fn tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProductPriceSeatTier>>,
                T::Error: ::std::fmt::Display,
            {
                self.tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tiers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceSeatTiers>
        for super::ProductPriceSeatTiers {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceSeatTiers,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    maximum_seats: value.maximum_seats?,
                    minimum_seats: value.minimum_seats?,
                    seat_tier_type: value.seat_tier_type?,
                    tiers: value.tiers?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceSeatTiers>
        for ProductPriceSeatTiers {
            fn from(value: super::ProductPriceSeatTiers) -> Self {
                Self {
                    maximum_seats: Ok(value.maximum_seats),
                    minimum_seats: Ok(value.minimum_seats),
                    seat_tier_type: Ok(value.seat_tier_type),
                    tiers: Ok(value.tiers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceSeatTiersInput {
            seat_tier_type: ::std::result::Result<
                ::std::option::Option<types::SeatTierType>,
                ::std::string::String,
            >,
            tiers: ::std::result::Result<
                ::std::vec::Vec<super::ProductPriceSeatTier>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceSeatTiersInput {
            fn default() -> Self {
                Self {
                    seat_tier_type: Ok(Default::default()),
                    tiers: Err("no value supplied for tiers".to_string()),
                }
            }
        }
        impl ProductPriceSeatTiersInput {
            pub fn seat_tier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::SeatTierType>>,
                T::Error: ::std::fmt::Display,
            {
                self.seat_tier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for seat_tier_type: {e}"
                        )
                    });
                self
            }
            pub fn tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProductPriceSeatTier>>,
                T::Error: ::std::fmt::Display,
            {
                self.tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tiers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceSeatTiersInput>
        for super::ProductPriceSeatTiersInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceSeatTiersInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    seat_tier_type: value.seat_tier_type?,
                    tiers: value.tiers?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceSeatTiersInput>
        for ProductPriceSeatTiersInput {
            fn from(value: super::ProductPriceSeatTiersInput) -> Self {
                Self {
                    seat_tier_type: Ok(value.seat_tier_type),
                    tiers: Ok(value.tiers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceUnitBased {
            amount_type: ::std::result::Result<
                types::ProductPriceUnitBasedAmountType,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_archived: ::std::result::Result<bool, ::std::string::String>,
            maximum_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            minimum_units: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            recurring_interval: ::std::result::Result<
                ::std::option::Option<types::SubscriptionRecurringInterval>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                types::ProductPriceSource,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            tiers: ::std::result::Result<super::Tiers, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<types::ProductPriceType>,
                ::std::string::String,
            >,
            unit_label: ::std::result::Result<
                ::std::option::Option<super::UnitLabel>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceUnitBased {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_archived: Err("no value supplied for is_archived".to_string()),
                    maximum_units: Err(
                        "no value supplied for maximum_units".to_string(),
                    ),
                    minimum_units: Err(
                        "no value supplied for minimum_units".to_string(),
                    ),
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    price_currency: Err(
                        "no value supplied for price_currency".to_string(),
                    ),
                    product_id: Err("no value supplied for product_id".to_string()),
                    recurring_interval: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                    tax_behavior: Err("no value supplied for tax_behavior".to_string()),
                    tiers: Err("no value supplied for tiers".to_string()),
                    type_: Ok(Default::default()),
                    unit_label: Err("no value supplied for unit_label".to_string()),
                }
            }
        }
        impl ProductPriceUnitBased {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceUnitBasedAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_archived<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_archived = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_archived: {e}")
                    });
                self
            }
            pub fn maximum_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.maximum_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for maximum_units: {e}")
                    });
                self
            }
            pub fn minimum_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for minimum_units: {e}")
                    });
                self
            }
            pub fn modified_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_at: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn recurring_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::SubscriptionRecurringInterval>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recurring_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recurring_interval: {e}"
                        )
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Tiers>,
                T::Error: ::std::fmt::Display,
            {
                self.tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tiers: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::ProductPriceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unit_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UnitLabel>>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_label: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceUnitBased>
        for super::ProductPriceUnitBased {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceUnitBased,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_archived: value.is_archived?,
                    maximum_units: value.maximum_units?,
                    minimum_units: value.minimum_units?,
                    modified_at: value.modified_at?,
                    price_currency: value.price_currency?,
                    product_id: value.product_id?,
                    recurring_interval: value.recurring_interval?,
                    source: value.source?,
                    tax_behavior: value.tax_behavior?,
                    tiers: value.tiers?,
                    type_: value.type_?,
                    unit_label: value.unit_label?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceUnitBased>
        for ProductPriceUnitBased {
            fn from(value: super::ProductPriceUnitBased) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_archived: Ok(value.is_archived),
                    maximum_units: Ok(value.maximum_units),
                    minimum_units: Ok(value.minimum_units),
                    modified_at: Ok(value.modified_at),
                    price_currency: Ok(value.price_currency),
                    product_id: Ok(value.product_id),
                    recurring_interval: Ok(value.recurring_interval),
                    source: Ok(value.source),
                    tax_behavior: Ok(value.tax_behavior),
                    tiers: Ok(value.tiers),
                    type_: Ok(value.type_),
                    unit_label: Ok(value.unit_label),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductPriceUnitBasedCreate {
            amount_type: ::std::result::Result<
                types::ProductPriceUnitBasedCreateAmountType,
                ::std::string::String,
            >,
            minimum_units: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            price_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_behavior: ::std::result::Result<
                ::std::option::Option<types::TaxBehaviorOption>,
                ::std::string::String,
            >,
            tiers: ::std::result::Result<super::TiersInput, ::std::string::String>,
            unit_label: ::std::result::Result<
                ::std::option::Option<super::UnitLabel>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductPriceUnitBasedCreate {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    minimum_units: Ok(Default::default()),
                    price_currency: Ok(Default::default()),
                    tax_behavior: Ok(Default::default()),
                    tiers: Err("no value supplied for tiers".to_string()),
                    unit_label: Ok(Default::default()),
                }
            }
        }
        impl ProductPriceUnitBasedCreate {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductPriceUnitBasedCreateAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn minimum_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_units = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for minimum_units: {e}")
                    });
                self
            }
            pub fn price_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.price_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for price_currency: {e}"
                        )
                    });
                self
            }
            pub fn tax_behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<types::TaxBehaviorOption>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_behavior: {e}")
                    });
                self
            }
            pub fn tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TiersInput>,
                T::Error: ::std::fmt::Display,
            {
                self.tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tiers: {e}")
                    });
                self
            }
            pub fn unit_label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UnitLabel>>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_label: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductPriceUnitBasedCreate>
        for super::ProductPriceUnitBasedCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceUnitBasedCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    minimum_units: value.minimum_units?,
                    price_currency: value.price_currency?,
                    tax_behavior: value.tax_behavior?,
                    tiers: value.tiers?,
                    unit_label: value.unit_label?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceUnitBasedCreate>
        for ProductPriceUnitBasedCreate {
            fn from(value: super::ProductPriceUnitBasedCreate) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    minimum_units: Ok(value.minimum_units),
                    price_currency: Ok(value.price_currency),
                    tax_behavior: Ok(value.tax_behavior),
                    tiers: Ok(value.tiers),
                    unit_label: Ok(value.unit_label),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResourceNotFound {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::ResourceNotFoundError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResourceNotFound {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ResourceNotFound {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ResourceNotFoundError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResourceNotFound> for super::ResourceNotFound {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResourceNotFound,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::ResourceNotFound> for ResourceNotFound {
            fn from(value: super::ResourceNotFound) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tier {
            bound: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            unit_amount: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Tier {
            fn default() -> Self {
                Self {
                    bound: Ok(Default::default()),
                    unit_amount: Err("no value supplied for unit_amount".to_string()),
                }
            }
        }
        impl Tier {
            pub fn bound<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bound = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bound: {e}")
                    });
                self
            }
            pub fn unit_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tier> for super::Tier {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tier,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bound: value.bound?,
                    unit_amount: value.unit_amount?,
                })
            }
        }
        impl ::std::convert::From<super::Tier> for Tier {
            fn from(value: super::Tier) -> Self {
                Self {
                    bound: Ok(value.bound),
                    unit_amount: Ok(value.unit_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TierInput {
            bound: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            unit_amount: ::std::result::Result<
                super::DecimalInput,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TierInput {
            fn default() -> Self {
                Self {
                    bound: Ok(Default::default()),
                    unit_amount: Err("no value supplied for unit_amount".to_string()),
                }
            }
        }
        impl TierInput {
            pub fn bound<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.bound = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bound: {e}")
                    });
                self
            }
            pub fn unit_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DecimalInput>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TierInput> for super::TierInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TierInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bound: value.bound?,
                    unit_amount: value.unit_amount?,
                })
            }
        }
        impl ::std::convert::From<super::TierInput> for TierInput {
            fn from(value: super::TierInput) -> Self {
                Self {
                    bound: Ok(value.bound),
                    unit_amount: Ok(value.unit_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tiers {
            tiers: ::std::result::Result<
                ::std::vec::Vec<super::Tier>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<types::TierType, ::std::string::String>,
        }
        impl ::std::default::Default for Tiers {
            fn default() -> Self {
                Self {
                    tiers: Err("no value supplied for tiers".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Tiers {
            pub fn tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tier>>,
                T::Error: ::std::fmt::Display,
            {
                self.tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tiers: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::TierType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tiers> for super::Tiers {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tiers,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    tiers: value.tiers?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Tiers> for Tiers {
            fn from(value: super::Tiers) -> Self {
                Self {
                    tiers: Ok(value.tiers),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TiersInput {
            tiers: ::std::result::Result<
                ::std::vec::Vec<super::TierInput>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<types::TierType, ::std::string::String>,
        }
        impl ::std::default::Default for TiersInput {
            fn default() -> Self {
                Self {
                    tiers: Err("no value supplied for tiers".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TiersInput {
            pub fn tiers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TierInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.tiers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tiers: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::TierType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TiersInput> for super::TiersInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TiersInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    tiers: value.tiers?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TiersInput> for TiersInput {
            fn from(value: super::TiersInput) -> Self {
                Self {
                    tiers: Ok(value.tiers),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TrialAlreadyRedeemed {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                types::TrialAlreadyRedeemedError,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TrialAlreadyRedeemed {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl TrialAlreadyRedeemed {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::TrialAlreadyRedeemedError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TrialAlreadyRedeemed>
        for super::TrialAlreadyRedeemed {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TrialAlreadyRedeemed,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                })
            }
        }
        impl ::std::convert::From<super::TrialAlreadyRedeemed> for TrialAlreadyRedeemed {
            fn from(value: super::TrialAlreadyRedeemed) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidationError {
            ctx: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            input: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            loc: ::std::result::Result<
                ::std::vec::Vec<super::ValidationErrorLocation>,
                ::std::string::String,
            >,
            msg: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ValidationError {
            fn default() -> Self {
                Self {
                    ctx: Ok(Default::default()),
                    input: Ok(Default::default()),
                    loc: Err("no value supplied for loc".to_string()),
                    msg: Err("no value supplied for msg".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ValidationError {
            pub fn ctx<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ctx = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ctx: {e}")
                    });
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input: {e}")
                    });
                self
            }
            pub fn loc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ValidationErrorLocation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.loc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for loc: {e}")
                    });
                self
            }
            pub fn msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msg: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ValidationError> for super::ValidationError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidationError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ctx: value.ctx?,
                    input: value.input?,
                    loc: value.loc?,
                    msg: value.msg?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ValidationError> for ValidationError {
            fn from(value: super::ValidationError) -> Self {
                Self {
                    ctx: Ok(value.ctx),
                    input: Ok(value.input),
                    loc: Ok(value.loc),
                    msg: Ok(value.msg),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCheckoutCreatedPayload {
            data: ::std::result::Result<super::Checkout, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::WebhookCheckoutCreatedPayloadType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCheckoutCreatedPayload {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl WebhookCheckoutCreatedPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Checkout>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::WebhookCheckoutCreatedPayloadType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCheckoutCreatedPayload>
        for super::WebhookCheckoutCreatedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCheckoutCreatedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    timestamp: value.timestamp?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCheckoutCreatedPayload>
        for WebhookCheckoutCreatedPayload {
            fn from(value: super::WebhookCheckoutCreatedPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    timestamp: Ok(value.timestamp),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCheckoutExpiredPayload {
            data: ::std::result::Result<super::Checkout, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::WebhookCheckoutExpiredPayloadType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCheckoutExpiredPayload {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl WebhookCheckoutExpiredPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Checkout>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::WebhookCheckoutExpiredPayloadType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCheckoutExpiredPayload>
        for super::WebhookCheckoutExpiredPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCheckoutExpiredPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    timestamp: value.timestamp?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCheckoutExpiredPayload>
        for WebhookCheckoutExpiredPayload {
            fn from(value: super::WebhookCheckoutExpiredPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    timestamp: Ok(value.timestamp),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCheckoutUpdatedPayload {
            data: ::std::result::Result<super::Checkout, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::WebhookCheckoutUpdatedPayloadType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCheckoutUpdatedPayload {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl WebhookCheckoutUpdatedPayload {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Checkout>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::WebhookCheckoutUpdatedPayloadType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCheckoutUpdatedPayload>
        for super::WebhookCheckoutUpdatedPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCheckoutUpdatedPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    timestamp: value.timestamp?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCheckoutUpdatedPayload>
        for WebhookCheckoutUpdatedPayload {
            fn from(value: super::WebhookCheckoutUpdatedPayload) -> Self {
                Self {
                    data: Ok(value.data),
                    timestamp: Ok(value.timestamp),
                    type_: Ok(value.type_),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutStatusFilter {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<types::CheckoutStatus>(text) {
                return Ok(Self::CheckoutStatus(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                ::std::vec::Vec<types::CheckoutStatus>,
            >(text) {
                return Ok(Self::Array(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "CheckoutStatus",
                ::checkout_runtime::__private::member:: < types::CheckoutStatus > (text)
                .err().unwrap_or_default()), format!("{}: {}", "Array",
                ::checkout_runtime::__private::member:: < ::std::vec::Vec <
                types::CheckoutStatus > > (text).err().unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `CheckoutStatusFilter` matches",
                        reasons.join("; ")
                    ),
                ),
            )
        }
    }
    impl ::std::convert::From<::std::string::String> for CustomFieldInputValue {
        fn from(value: ::std::string::String) -> Self {
            Self::String(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomFieldInputValue {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<::std::string::String>(text) {
                return Ok(Self::String(value));
            }
            if let Ok(value) = ::serde_json::from_str::<i64>(text) {
                return Ok(Self::Integer(value));
            }
            if let Ok(value) = ::serde_json::from_str::<bool>(text) {
                return Ok(Self::Boolean(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "String", ::checkout_runtime::__private::member:: <
                ::std::string::String > (text).err().unwrap_or_default()),
                format!("{}: {}", "Integer", ::checkout_runtime::__private::member:: <
                i64 > (text).err().unwrap_or_default()), format!("{}: {}", "Boolean",
                ::checkout_runtime::__private::member:: < bool > (text).err()
                .unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `CustomFieldInputValue` matches",
                        reasons.join("; ")
                    ),
                ),
            )
        }
    }
    impl ::std::convert::From<::std::string::String> for CustomFieldValue {
        fn from(value: ::std::string::String) -> Self {
            Self::String(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomFieldValue {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<::std::string::String>(text) {
                return Ok(Self::String(value));
            }
            if let Ok(value) = ::serde_json::from_str::<i64>(text) {
                return Ok(Self::Integer(value));
            }
            if let Ok(value) = ::serde_json::from_str::<f64>(text) {
                return Ok(Self::Number(value));
            }
            if let Ok(value) = ::serde_json::from_str::<bool>(text) {
                return Ok(Self::Boolean(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "String", ::checkout_runtime::__private::member:: <
                ::std::string::String > (text).err().unwrap_or_default()),
                format!("{}: {}", "Integer", ::checkout_runtime::__private::member:: <
                i64 > (text).err().unwrap_or_default()), format!("{}: {}", "Number",
                ::checkout_runtime::__private::member:: < f64 > (text).err()
                .unwrap_or_default()), format!("{}: {}", "Boolean",
                ::checkout_runtime::__private::member:: < bool > (text).err()
                .unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `CustomFieldValue` matches", reasons
                        .join("; ")
                    ),
                ),
            )
        }
    }
    impl ::std::convert::From<::std::string::String> for DecimalInput {
        fn from(value: ::std::string::String) -> Self {
            Self::String(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DecimalInput {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<f64>(text) {
                return Ok(Self::Number(value));
            }
            if let Ok(value) = ::serde_json::from_str::<::std::string::String>(text) {
                return Ok(Self::String(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "Number", ::checkout_runtime::__private::member:: < f64
                > (text).err().unwrap_or_default()), format!("{}: {}", "String",
                ::checkout_runtime::__private::member:: < ::std::string::String > (text)
                .err().unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `DecimalInput` matches", reasons
                        .join("; ")
                    ),
                ),
            )
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MetadataInputValue {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<MetadataInputValueString>(text) {
                return Ok(Self::String(value));
            }
            if let Ok(value) = ::serde_json::from_str::<i64>(text) {
                return Ok(Self::Integer(value));
            }
            if let Ok(value) = ::serde_json::from_str::<f64>(text) {
                return Ok(Self::Number(value));
            }
            if let Ok(value) = ::serde_json::from_str::<bool>(text) {
                return Ok(Self::Boolean(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "String", ::checkout_runtime::__private::member:: <
                MetadataInputValueString > (text).err().unwrap_or_default()),
                format!("{}: {}", "Integer", ::checkout_runtime::__private::member:: <
                i64 > (text).err().unwrap_or_default()), format!("{}: {}", "Number",
                ::checkout_runtime::__private::member:: < f64 > (text).err()
                .unwrap_or_default()), format!("{}: {}", "Boolean",
                ::checkout_runtime::__private::member:: < bool > (text).err()
                .unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `MetadataInputValue` matches", reasons
                        .join("; ")
                    ),
                ),
            )
        }
    }
    impl ::std::convert::From<::std::string::String> for MetadataValue {
        fn from(value: ::std::string::String) -> Self {
            Self::String(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MetadataValue {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<::std::string::String>(text) {
                return Ok(Self::String(value));
            }
            if let Ok(value) = ::serde_json::from_str::<i64>(text) {
                return Ok(Self::Integer(value));
            }
            if let Ok(value) = ::serde_json::from_str::<f64>(text) {
                return Ok(Self::Number(value));
            }
            if let Ok(value) = ::serde_json::from_str::<bool>(text) {
                return Ok(Self::Boolean(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "String", ::checkout_runtime::__private::member:: <
                ::std::string::String > (text).err().unwrap_or_default()),
                format!("{}: {}", "Integer", ::checkout_runtime::__private::member:: <
                i64 > (text).err().unwrap_or_default()), format!("{}: {}", "Number",
                ::checkout_runtime::__private::member:: < f64 > (text).err()
                .unwrap_or_default()), format!("{}: {}", "Boolean",
                ::checkout_runtime::__private::member:: < bool > (text).err()
                .unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `MetadataValue` matches", reasons
                        .join("; ")
                    ),
                ),
            )
        }
    }
    impl ::std::convert::From<::std::string::String> for StringFilter {
        fn from(value: ::std::string::String) -> Self {
            Self::String(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StringFilter {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<::std::string::String>(text) {
                return Ok(Self::String(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                ::std::vec::Vec<::std::string::String>,
            >(text) {
                return Ok(Self::Array(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "String", ::checkout_runtime::__private::member:: <
                ::std::string::String > (text).err().unwrap_or_default()),
                format!("{}: {}", "Array", ::checkout_runtime::__private::member:: <
                ::std::vec::Vec < ::std::string::String > > (text).err()
                .unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `StringFilter` matches", reasons
                        .join("; ")
                    ),
                ),
            )
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UuidFilter {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<::uuid::Uuid>(text) {
                return Ok(Self::Uuid(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(text) {
                return Ok(Self::Array(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "Uuid", ::checkout_runtime::__private::member:: <
                ::uuid::Uuid > (text).err().unwrap_or_default()), format!("{}: {}",
                "Array", ::checkout_runtime::__private::member:: < ::std::vec::Vec <
                ::uuid::Uuid > > (text).err().unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `UuidFilter` matches", reasons
                        .join("; ")
                    ),
                ),
            )
        }
    }
    impl ::std::convert::From<::std::string::String> for ValidationErrorLocation {
        fn from(value: ::std::string::String) -> Self {
            Self::String(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidationErrorLocation {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let raw = <::std::boxed::Box<
                ::serde_json::value::RawValue,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            let text = raw.get();
            if let Ok(value) = ::serde_json::from_str::<::std::string::String>(text) {
                return Ok(Self::String(value));
            }
            if let Ok(value) = ::serde_json::from_str::<i64>(text) {
                return Ok(Self::Integer(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "String", ::checkout_runtime::__private::member:: <
                ::std::string::String > (text).err().unwrap_or_default()),
                format!("{}: {}", "Integer", ::checkout_runtime::__private::member:: <
                i64 > (text).err().unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `ValidationErrorLocation` matches",
                        reasons.join("; ")
                    ),
                ),
            )
        }
    }
    /// Deserializes a field that is present, even as `null`, as `Some`: together with
    /// `#[serde(default)]` (absent → `None`) it tells absent, `null` and a value apart.
    fn deserialize_present<'de, T, D>(
        deserializer: D,
    ) -> ::std::result::Result<::std::option::Option<T>, D::Error>
    where
        T: ::serde::Deserialize<'de>,
        D: ::serde::Deserializer<'de>,
    {
        T::deserialize(deserializer).map(::std::option::Option::Some)
    }
}
#[derive(Clone, Debug)]
/**Client for Polar checkout sessions

Checkout sessions of the Polar API (polar.sh): create a checkout for products, let the customer update and confirm it, and read it back. Written by hand from Polar's API reference; see spec/README.md for sources and deliberate deviations.

Version: 2026-11-21*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::checkout_runtime::__private::ClientState,
}
impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::checkout_runtime::__private::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::checkout_runtime::__private::ClientState> for Client {
    fn api_version() -> &'static str {
        "2026-11-21"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::checkout_runtime::__private::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<::checkout_runtime::__private::ClientState>,
    {}
};
impl Client {
    /**List checkout sessions

List checkout sessions. Scopes: `checkouts:read`, `checkouts:write`.

Sends a `GET` request to `/v1/checkouts/`

Arguments:
- `customer_id`: Filter by customer ID (one or many).
- `external_customer_id`: Filter by the customer ID in your system (one or many).
- `limit`: Size of a page, defaults to 10. Maximum is 100.
- `organization_id`: Filter by organization ID (one or many).
- `page`: Page number, defaults to 1.
- `product_id`: Filter by product ID (one or many).
- `query`: Filter by customer email.
- `sorting`: Sorting criteria, applied in order. A leading minus sign sorts in descending order. Defaults to `-created_at`.
- `status`: Filter by checkout session status (one or many).
```ignore
let response = client.checkouts_list()
    .customer_id(customer_id)
    .external_customer_id(external_customer_id)
    .limit(limit)
    .organization_id(organization_id)
    .page(page)
    .product_id(product_id)
    .query(query)
    .sorting(sorting)
    .status(status)
    .send()
    .await;
```*/
    pub fn checkouts_list(&self) -> builder::CheckoutsList<'_> {
        builder::CheckoutsList::new(self)
    }
    /**Create a checkout session

Create a checkout session. Scopes: `checkouts:write`.

Sends a `POST` request to `/v1/checkouts/`

```ignore
let response = client.checkouts_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn checkouts_create(&self) -> builder::CheckoutsCreate<'_> {
        builder::CheckoutsCreate::new(self)
    }
    /**Get a checkout session from the client

Get a checkout session by client secret. Needs no access token.

Sends a `GET` request to `/v1/checkouts/client/{client_secret}`

Arguments:
- `client_secret`: The checkout session client secret.
```ignore
let response = client.checkouts_client_get()
    .client_secret(client_secret)
    .send()
    .await;
```*/
    pub fn checkouts_client_get(&self) -> builder::CheckoutsClientGet<'_> {
        builder::CheckoutsClientGet::new(self)
    }
    /**Update a checkout session from the client

Update a checkout session by client secret. Needs no access token.

Sends a `PATCH` request to `/v1/checkouts/client/{client_secret}`

Arguments:
- `client_secret`: The checkout session client secret.
- `body`
```ignore
let response = client.checkouts_client_update()
    .client_secret(client_secret)
    .body(body)
    .send()
    .await;
```*/
    pub fn checkouts_client_update(&self) -> builder::CheckoutsClientUpdate<'_> {
        builder::CheckoutsClientUpdate::new(self)
    }
    /**Confirm a checkout session from the client

Confirm a checkout session by client secret. Orders and subscriptions will be processed. Needs no access token.

Sends a `POST` request to `/v1/checkouts/client/{client_secret}/confirm`

Arguments:
- `client_secret`: The checkout session client secret.
- `body`
```ignore
let response = client.checkouts_client_confirm()
    .client_secret(client_secret)
    .body(body)
    .send()
    .await;
```*/
    pub fn checkouts_client_confirm(&self) -> builder::CheckoutsClientConfirm<'_> {
        builder::CheckoutsClientConfirm::new(self)
    }
    /**Get a checkout session

Get a checkout session by ID. Scopes: `checkouts:read`, `checkouts:write`.

Sends a `GET` request to `/v1/checkouts/{id}`

Arguments:
- `id`: The checkout session ID.
```ignore
let response = client.checkouts_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn checkouts_get(&self) -> builder::CheckoutsGet<'_> {
        builder::CheckoutsGet::new(self)
    }
    /**Update a checkout session

Update a checkout session. Scopes: `checkouts:write`.

Sends a `PATCH` request to `/v1/checkouts/{id}`

Arguments:
- `id`: The checkout session ID.
- `body`
```ignore
let response = client.checkouts_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn checkouts_update(&self) -> builder::CheckoutsUpdate<'_> {
        builder::CheckoutsUpdate::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::checkouts_list`]

[`Client::checkouts_list`]: super::Client::checkouts_list*/
    #[derive(Debug, Clone)]
    pub struct CheckoutsList<'a> {
        client: &'a super::Client,
        customer_id: Result<Option<types::UuidFilter>, String>,
        external_customer_id: Result<Option<types::StringFilter>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        organization_id: Result<Option<types::UuidFilter>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        product_id: Result<Option<types::UuidFilter>, String>,
        query: Result<Option<::std::string::String>, String>,
        sorting: Result<Option<::std::vec::Vec<types::CheckoutSortProperty>>, String>,
        status: Result<Option<types::CheckoutStatusFilter>, String>,
        options: ::checkout_runtime::RequestOptions,
    }
    impl<'a> CheckoutsList<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Ok(None),
                external_customer_id: Ok(None),
                limit: Ok(None),
                organization_id: Ok(None),
                page: Ok(None),
                product_id: Ok(None),
                query: Ok(None),
                sorting: Ok(None),
                status: Ok(None),
                options: ::std::default::Default::default(),
            }
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UuidFilter>,
        {
            self.customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `UuidFilter` for customer_id failed".to_string()
                });
            self
        }
        pub fn external_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StringFilter>,
        {
            self.external_customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `StringFilter` for external_customer_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UuidFilter>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `UuidFilter` for organization_id failed".to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UuidFilter>,
        {
            self.product_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `UuidFilter` for product_id failed".to_string()
                });
            self
        }
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        pub fn sorting<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::CheckoutSortProperty>>,
        {
            self.sorting = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < types :: CheckoutSortProperty >` for sorting failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckoutStatusFilter>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CheckoutStatusFilter` for status failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::ListResourceCheckout>, Error<()>> {
            let Self {
                client,
                customer_id,
                external_customer_id,
                limit,
                organization_id,
                page,
                product_id,
                query,
                sorting,
                status,
                options,
            } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let external_customer_id = external_customer_id
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let product_id = product_id.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let sorting = sorting.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/checkouts/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("customer_id", &customer_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "external_customer_id",
                        &external_customer_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "organization_id",
                        &organization_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("product_id", &product_id))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .query(&progenitor_client::QueryParam::new("sorting", &sorting))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkouts_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_with(request, &info, &options).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::checkouts_create`]

[`Client::checkouts_create`]: super::Client::checkouts_create*/
    #[derive(Debug, Clone)]
    pub struct CheckoutsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CheckoutCreate, String>,
        options: ::checkout_runtime::RequestOptions,
    }
    impl<'a> CheckoutsCreate<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
                options: ::std::default::Default::default(),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckoutCreate>,
            <V as std::convert::TryInto<
                types::CheckoutCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CheckoutCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CheckoutCreate,
            ) -> types::builder::CheckoutCreate,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(self) -> Result<ResponseValue<types::Checkout>, Error<()>> {
            let Self { client, body, options } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CheckoutCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/checkouts/", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkouts_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_with(request, &info, &options).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::checkouts_client_get`]

[`Client::checkouts_client_get`]: super::Client::checkouts_client_get*/
    #[derive(Clone)]
    pub struct CheckoutsClientGet<'a> {
        client: &'a super::Client,
        client_secret: Result<::std::string::String, String>,
        options: ::checkout_runtime::RequestOptions,
    }
    impl<'a> ::std::fmt::Debug for CheckoutsClientGet<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutsClientGet")
                .field("client", &self.client)
                .field("client_secret", &"<redacted>")
                .field("options", &self.options)
                .finish()
        }
    }
    impl<'a> CheckoutsClientGet<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                client_secret: Err("client_secret was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }
        pub fn client_secret<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.client_secret = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for client_secret failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CheckoutPublic>, Error<()>> {
            let Self { client, client_secret, options } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let client_secret = client_secret.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/checkouts/client/{}", client.baseurl,
                ::checkout_runtime::__private::encode_segment(& client_secret
                .to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkouts_client_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_with(request, &info, &options).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::checkouts_client_update`]

[`Client::checkouts_client_update`]: super::Client::checkouts_client_update*/
    #[derive(Clone)]
    pub struct CheckoutsClientUpdate<'a> {
        client: &'a super::Client,
        client_secret: Result<::std::string::String, String>,
        body: Result<types::builder::CheckoutUpdatePublic, String>,
        options: ::checkout_runtime::RequestOptions,
    }
    impl<'a> ::std::fmt::Debug for CheckoutsClientUpdate<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutsClientUpdate")
                .field("client", &self.client)
                .field("client_secret", &"<redacted>")
                .field("body", &self.body)
                .field("options", &self.options)
                .finish()
        }
    }
    impl<'a> CheckoutsClientUpdate<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                client_secret: Err("client_secret was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                options: ::std::default::Default::default(),
            }
        }
        pub fn client_secret<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.client_secret = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for client_secret failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckoutUpdatePublic>,
            <V as std::convert::TryInto<
                types::CheckoutUpdatePublic,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CheckoutUpdatePublic` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CheckoutUpdatePublic,
            ) -> types::builder::CheckoutUpdatePublic,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CheckoutPublic>, Error<()>> {
            let Self { client, client_secret, body, options } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let client_secret = client_secret.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CheckoutUpdatePublic::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/checkouts/client/{}", client.baseurl,
                ::checkout_runtime::__private::encode_segment(& client_secret
                .to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkouts_client_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_with(request, &info, &options).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::checkouts_client_confirm`]

[`Client::checkouts_client_confirm`]: super::Client::checkouts_client_confirm*/
    #[derive(Clone)]
    pub struct CheckoutsClientConfirm<'a> {
        client: &'a super::Client,
        client_secret: Result<::std::string::String, String>,
        body: Result<types::builder::CheckoutConfirmStripe, String>,
        options: ::checkout_runtime::RequestOptions,
    }
    impl<'a> ::std::fmt::Debug for CheckoutsClientConfirm<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutsClientConfirm")
                .field("client", &self.client)
                .field("client_secret", &"<redacted>")
                .field("body", &self.body)
                .field("options", &self.options)
                .finish()
        }
    }
    impl<'a> CheckoutsClientConfirm<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                client_secret: Err("client_secret was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                options: ::std::default::Default::default(),
            }
        }
        pub fn client_secret<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.client_secret = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for client_secret failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckoutConfirmStripe>,
            <V as std::convert::TryInto<
                types::CheckoutConfirmStripe,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CheckoutConfirmStripe` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CheckoutConfirmStripe,
            ) -> types::builder::CheckoutConfirmStripe,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CheckoutPublicConfirmed>, Error<()>> {
            let Self { client, client_secret, body, options } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let client_secret = client_secret.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CheckoutConfirmStripe::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/checkouts/client/{}/confirm", client.baseurl,
                ::checkout_runtime::__private::encode_segment(& client_secret
                .to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkouts_client_confirm",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_with(request, &info, &options).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::checkouts_get`]

[`Client::checkouts_get`]: super::Client::checkouts_get*/
    #[derive(Debug, Clone)]
    pub struct CheckoutsGet<'a> {
        client: &'a super::Client,
        id: Result<::uuid::Uuid, String>,
        options: ::checkout_runtime::RequestOptions,
    }
    impl<'a> CheckoutsGet<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id failed".to_string()
                });
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(self) -> Result<ResponseValue<types::Checkout>, Error<()>> {
            let Self { client, id, options } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/checkouts/{}", client.baseurl,
                ::checkout_runtime::__private::encode_segment(& id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkouts_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_with(request, &info, &options).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::checkouts_update`]

[`Client::checkouts_update`]: super::Client::checkouts_update*/
    #[derive(Debug, Clone)]
    pub struct CheckoutsUpdate<'a> {
        client: &'a super::Client,
        id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::CheckoutUpdate, String>,
        options: ::checkout_runtime::RequestOptions,
    }
    impl<'a> CheckoutsUpdate<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                options: ::std::default::Default::default(),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckoutUpdate>,
            <V as std::convert::TryInto<
                types::CheckoutUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CheckoutUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CheckoutUpdate,
            ) -> types::builder::CheckoutUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(self) -> Result<ResponseValue<types::Checkout>, Error<()>> {
            let Self { client, id, body, options } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CheckoutUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/checkouts/{}", client.baseurl,
                ::checkout_runtime::__private::encode_segment(& id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkouts_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_with(request, &info, &options).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    impl<'a> CheckoutsList<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `GET /v1/checkouts/`. An error response decodes into [`super::errors::CheckoutsListError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListResourceCheckout>,
            ::checkout_runtime::Error<super::errors::CheckoutsListError>,
        > {
            match self.send_raw().await {
                Ok(value) => Ok(value),
                Err(error) => {
                    Err(
                        ::checkout_runtime::Error::from_progenitor::<
                            types::ListResourceCheckout,
                        >(
                                "checkouts:list",
                                error,
                                super::errors::CheckoutsListError::decode,
                                super::SECRET_FIELDS,
                            )
                            .await,
                    )
                }
            }
        }
    }
    impl<'a> CheckoutsCreate<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `POST /v1/checkouts/`. An error response decodes into [`super::errors::CheckoutsCreateError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::Checkout>,
            ::checkout_runtime::Error<super::errors::CheckoutsCreateError>,
        > {
            match self.send_raw().await {
                Ok(value) => Ok(value),
                Err(error) => {
                    Err(
                        ::checkout_runtime::Error::from_progenitor::<
                            types::Checkout,
                        >(
                                "checkouts:create",
                                error,
                                super::errors::CheckoutsCreateError::decode,
                                super::SECRET_FIELDS,
                            )
                            .await,
                    )
                }
            }
        }
    }
    impl<'a> CheckoutsClientGet<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `GET /v1/checkouts/client/{client_secret}`. An error response decodes into [`super::errors::CheckoutsClientGetError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CheckoutPublic>,
            ::checkout_runtime::Error<super::errors::CheckoutsClientGetError>,
        > {
            match self.send_raw().await {
                Ok(value) => Ok(value),
                Err(error) => {
                    Err(
                        ::checkout_runtime::Error::from_progenitor::<
                            types::CheckoutPublic,
                        >(
                                "checkouts:client_get",
                                error,
                                super::errors::CheckoutsClientGetError::decode,
                                super::SECRET_FIELDS,
                            )
                            .await,
                    )
                }
            }
        }
    }
    impl<'a> CheckoutsClientUpdate<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `PATCH /v1/checkouts/client/{client_secret}`. An error response decodes into [`super::errors::CheckoutsClientUpdateError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CheckoutPublic>,
            ::checkout_runtime::Error<super::errors::CheckoutsClientUpdateError>,
        > {
            match self.send_raw().await {
                Ok(value) => Ok(value),
                Err(error) => {
                    Err(
                        ::checkout_runtime::Error::from_progenitor::<
                            types::CheckoutPublic,
                        >(
                                "checkouts:client_update",
                                error,
                                super::errors::CheckoutsClientUpdateError::decode,
                                super::SECRET_FIELDS,
                            )
                            .await,
                    )
                }
            }
        }
    }
    impl<'a> CheckoutsClientConfirm<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `POST /v1/checkouts/client/{client_secret}/confirm`. An error response decodes into [`super::errors::CheckoutsClientConfirmError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CheckoutPublicConfirmed>,
            ::checkout_runtime::Error<super::errors::CheckoutsClientConfirmError>,
        > {
            match self.send_raw().await {
                Ok(value) => Ok(value),
                Err(error) => {
                    Err(
                        ::checkout_runtime::Error::from_progenitor::<
                            types::CheckoutPublicConfirmed,
                        >(
                                "checkouts:client_confirm",
                                error,
                                super::errors::CheckoutsClientConfirmError::decode,
                                super::SECRET_FIELDS,
                            )
                            .await,
                    )
                }
            }
        }
    }
    impl<'a> CheckoutsGet<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `GET /v1/checkouts/{id}`. An error response decodes into [`super::errors::CheckoutsGetError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::Checkout>,
            ::checkout_runtime::Error<super::errors::CheckoutsGetError>,
        > {
            match self.send_raw().await {
                Ok(value) => Ok(value),
                Err(error) => {
                    Err(
                        ::checkout_runtime::Error::from_progenitor::<
                            types::Checkout,
                        >(
                                "checkouts:get",
                                error,
                                super::errors::CheckoutsGetError::decode,
                                super::SECRET_FIELDS,
                            )
                            .await,
                    )
                }
            }
        }
    }
    impl<'a> CheckoutsUpdate<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `PATCH /v1/checkouts/{id}`. An error response decodes into [`super::errors::CheckoutsUpdateError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::Checkout>,
            ::checkout_runtime::Error<super::errors::CheckoutsUpdateError>,
        > {
            match self.send_raw().await {
                Ok(value) => Ok(value),
                Err(error) => {
                    Err(
                        ::checkout_runtime::Error::from_progenitor::<
                            types::Checkout,
                        >(
                                "checkouts:update",
                                error,
                                super::errors::CheckoutsUpdateError::decode,
                                super::SECRET_FIELDS,
                            )
                            .await,
                    )
                }
            }
        }
    }
}
/// Per-operation error enums, decoded by HTTP status from the documented error bodies
/// (`decode` and `Display` come from `checkout_runtime::operation_error!`).
pub mod errors {
    /// Error responses of `checkouts:list` (`GET /v1/checkouts/`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsListError {
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// A status this operation does not document, or a documented one whose body did
        /// not decode; the raw response is kept.
        Unexpected {
            /// The HTTP status.
            status: ::checkout_runtime::reqwest::StatusCode,
            /// The response headers.
            headers: ::checkout_runtime::reqwest::header::HeaderMap,
            /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
            body: ::checkout_runtime::RawBody,
        },
    }
    ::checkout_runtime::operation_error!(
        CheckoutsListError { 422 => UnprocessableEntity : json, }
    );
    /// Error responses of `checkouts:create` (`POST /v1/checkouts/`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsCreateError {
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// A status this operation does not document, or a documented one whose body did
        /// not decode; the raw response is kept.
        Unexpected {
            /// The HTTP status.
            status: ::checkout_runtime::reqwest::StatusCode,
            /// The response headers.
            headers: ::checkout_runtime::reqwest::header::HeaderMap,
            /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
            body: ::checkout_runtime::RawBody,
        },
    }
    ::checkout_runtime::operation_error!(
        CheckoutsCreateError { 403 => Forbidden : json, 422 => UnprocessableEntity :
        json, }
    );
    /// Error responses of `checkouts:client_get` (`GET /v1/checkouts/client/{client_secret}`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsClientGetError {
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `404`: Checkout session not found.
        NotFound(super::types::ResourceNotFound),
        /// `410`: The checkout session is expired.
        Gone(super::types::ExpiredCheckoutError),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// A status this operation does not document, or a documented one whose body did
        /// not decode; the raw response is kept.
        Unexpected {
            /// The HTTP status.
            status: ::checkout_runtime::reqwest::StatusCode,
            /// The response headers.
            headers: ::checkout_runtime::reqwest::header::HeaderMap,
            /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
            body: ::checkout_runtime::RawBody,
        },
    }
    ::checkout_runtime::operation_error!(
        CheckoutsClientGetError { 403 => Forbidden : json, 404 => NotFound : json, 410 =>
        Gone : json, 422 => UnprocessableEntity : json, }
    );
    /// Error responses of `checkouts:client_update` (`PATCH /v1/checkouts/client/{client_secret}`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsClientUpdateError {
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `404`: Checkout session not found.
        NotFound(super::types::ResourceNotFound),
        /// `409`: The checkout session is locked by another request being processed; retry later.
        Conflict(super::types::CheckoutLocked),
        /// `410`: The checkout session is expired.
        Gone(super::types::ExpiredCheckoutError),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// A status this operation does not document, or a documented one whose body did
        /// not decode; the raw response is kept.
        Unexpected {
            /// The HTTP status.
            status: ::checkout_runtime::reqwest::StatusCode,
            /// The response headers.
            headers: ::checkout_runtime::reqwest::header::HeaderMap,
            /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
            body: ::checkout_runtime::RawBody,
        },
    }
    ::checkout_runtime::operation_error!(
        CheckoutsClientUpdateError { 403 => Forbidden : json, 404 => NotFound : json, 409
        => Conflict : json, 410 => Gone : json, 422 => UnprocessableEntity : json, }
    );
    /// Error responses of `checkouts:client_confirm` (`POST /v1/checkouts/client/{client_secret}/confirm`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsClientConfirmError {
        /// `400`: The payment failed.
        BadRequest(super::types::PaymentError),
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `404`: Checkout session not found.
        NotFound(super::types::ResourceNotFound),
        /// `409`: The checkout session is locked by another request being processed; retry later.
        Conflict(super::types::CheckoutLocked),
        /// `410`: The checkout session is expired.
        Gone(super::types::ExpiredCheckoutError),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// A status this operation does not document, or a documented one whose body did
        /// not decode; the raw response is kept.
        Unexpected {
            /// The HTTP status.
            status: ::checkout_runtime::reqwest::StatusCode,
            /// The response headers.
            headers: ::checkout_runtime::reqwest::header::HeaderMap,
            /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
            body: ::checkout_runtime::RawBody,
        },
    }
    ::checkout_runtime::operation_error!(
        CheckoutsClientConfirmError { 400 => BadRequest : json, 403 => Forbidden : json,
        404 => NotFound : json, 409 => Conflict : json, 410 => Gone : json, 422 =>
        UnprocessableEntity : json, }
    );
    /// Error responses of `checkouts:get` (`GET /v1/checkouts/{id}`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsGetError {
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `404`: Checkout session not found.
        NotFound(super::types::ResourceNotFound),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// A status this operation does not document, or a documented one whose body did
        /// not decode; the raw response is kept.
        Unexpected {
            /// The HTTP status.
            status: ::checkout_runtime::reqwest::StatusCode,
            /// The response headers.
            headers: ::checkout_runtime::reqwest::header::HeaderMap,
            /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
            body: ::checkout_runtime::RawBody,
        },
    }
    ::checkout_runtime::operation_error!(
        CheckoutsGetError { 403 => Forbidden : json, 404 => NotFound : json, 422 =>
        UnprocessableEntity : json, }
    );
    /// Error responses of `checkouts:update` (`PATCH /v1/checkouts/{id}`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsUpdateError {
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `404`: Checkout session not found.
        NotFound(super::types::ResourceNotFound),
        /// `409`: The checkout session is locked by another request being processed; retry later.
        Conflict(super::types::CheckoutLocked),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// A status this operation does not document, or a documented one whose body did
        /// not decode; the raw response is kept.
        Unexpected {
            /// The HTTP status.
            status: ::checkout_runtime::reqwest::StatusCode,
            /// The response headers.
            headers: ::checkout_runtime::reqwest::header::HeaderMap,
            /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
            body: ::checkout_runtime::RawBody,
        },
    }
    ::checkout_runtime::operation_error!(
        CheckoutsUpdateError { 403 => Forbidden : json, 404 => NotFound : json, 409 =>
        Conflict : json, 422 => UnprocessableEntity : json, }
    );
}
/// The JSON names of the fields the spec marks secret; raw bodies kept in errors never
/// show their values (`runtime::RawBody`).
pub(crate) const SECRET_FIELDS: &[&str] = &[
    "client_secret",
    "customer_session_token",
    "payment_processor_metadata",
    "url",
];
/// The header each operation's API de-duplicates retried requests by (`x-idempotency-header`);
/// without one, a POST or PATCH that may have reached the server is never retried.
fn idempotency_header(operation: &str) -> Option<&'static str> {
    match operation {
        _ => None,
    }
}
/// How each operation (by progenitor's operation name) authenticates.
fn auth_scheme(operation: &str) -> Option<::checkout_runtime::__private::AuthScheme> {
    match operation {
        "checkouts_list" => Some(::checkout_runtime::__private::AuthScheme::Bearer),
        "checkouts_create" => Some(::checkout_runtime::__private::AuthScheme::Bearer),
        "checkouts_get" => Some(::checkout_runtime::__private::AuthScheme::Bearer),
        "checkouts_update" => Some(::checkout_runtime::__private::AuthScheme::Bearer),
        _ => None,
    }
}
impl Client {
    /// Sends a prepared request through the retry loop, with the call's options: its
    /// timeout and headers replace the client's, its retry policy the client's policy.
    async fn exec_with(
        &self,
        mut request: reqwest::Request,
        info: &OperationInfo,
        options: &::checkout_runtime::RequestOptions,
    ) -> reqwest::Result<reqwest::Response> {
        ::checkout_runtime::__private::apply_options(&mut request, options);
        let policy = options.retry.as_ref().unwrap_or(&self.inner.retry);
        let limit = self
            .inner
            .max_response_bytes
            .unwrap_or(::checkout_runtime::DEFAULT_MAX_RESPONSE_BYTES);
        ::checkout_runtime::__private::execute(
                &self.client,
                policy,
                request,
                idempotency_header(info.operation_id),
            )
            .await
            .map(|response| ::checkout_runtime::__private::limit_body(response, limit))
    }
}
impl ClientHooks<::checkout_runtime::__private::ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> ::std::result::Result<(), Error<E>> {
        ::checkout_runtime::__private::prepare(
                &self.inner,
                request,
                info.operation_id,
                auth_scheme(info.operation_id),
            )
            .map_err(Error::Custom)
    }
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        ::checkout_runtime::__private::execute(
                &self.client,
                &self.inner.retry,
                request,
                idempotency_header(info.operation_id),
            )
            .await
    }
}
::checkout_runtime::client_builder! {
    servers : [#[doc = " `https://api.polar.sh`: Production environment."] Production =
    "https://api.polar.sh", #[doc =
    " `https://sandbox-api.polar.sh`: Sandbox environment, for testing with fake payments."]
    Sandbox = "https://sandbox-api.polar.sh"], version_header : ("polar-version",
    "2026-10"), per_operation_headers : ["authorization"], credential_headers :
    ["authorization"],
}
impl Client {
    /// Every page of `checkouts:list`, in order. `configure` sets the other parameters; the `page` parameter is set for you.
    pub fn checkouts_list_pages<'a, F>(
        &'a self,
        configure: F,
    ) -> impl ::checkout_runtime::futures::Stream<
        Item = ::std::result::Result<
            types::ListResourceCheckout,
            ::checkout_runtime::Error<errors::CheckoutsListError>,
        >,
    > + 'a
    where
        F: Fn(builder::CheckoutsList<'a>) -> builder::CheckoutsList<'a> + 'a,
    {
        ::checkout_runtime::__private::pages_by_number(
            1,
            move |page: u64| {
                let request = configure(self.checkouts_list()).page(page);
                async move { request.send().await.map(ResponseValue::into_inner) }
            },
            |page: &types::ListResourceCheckout| page.items.is_empty(),
            |page: &types::ListResourceCheckout| {
                ::std::convert::TryFrom::try_from(page.pagination.max_page)
                    .unwrap_or(0u64)
            },
            |page: &types::ListResourceCheckout| ::checkout_runtime::__private::fingerprint(
                &page.items,
            ),
            self.inner.pages,
            |source| ::checkout_runtime::Error::Pagination {
                operation: "checkouts:list",
                source,
            },
        )
    }
    /// Every item of every page of `checkouts:list` (see [`Client::checkouts_list_pages`]).
    pub fn checkouts_list_items<'a, F>(
        &'a self,
        configure: F,
    ) -> impl ::checkout_runtime::futures::Stream<
        Item = ::std::result::Result<
            types::Checkout,
            ::checkout_runtime::Error<errors::CheckoutsListError>,
        >,
    > + 'a
    where
        F: Fn(builder::CheckoutsList<'a>) -> builder::CheckoutsList<'a> + 'a,
    {
        use ::checkout_runtime::futures::TryStreamExt;
        self.checkouts_list_pages(configure)
            .map_ok(|page| ::checkout_runtime::futures::stream::iter(
                page.items.into_iter().map(Ok),
            ))
            .try_flatten()
    }
}
/// Webhooks: verified, typed events. [`Webhook::verify`] checks the Standard Webhooks signature (and the timestamp's freshness) before anything is parsed, then decodes the body into an [`Event`] by its `type` property.
pub mod webhooks {
    use super::types;
    pub use ::checkout_runtime::webhook::{DEFAULT_TOLERANCE, WebhookError, sign};
    /// A webhook event, by its type.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        /// `checkout.created`: A checkout session was created.
        CheckoutCreated(types::WebhookCheckoutCreatedPayload),
        /// `checkout.expired`: A checkout session reached its expiry without being completed.
        CheckoutExpired(types::WebhookCheckoutExpiredPayload),
        /// `checkout.updated`: A checkout session changed, e.g. its status became `confirmed`, `succeeded` or `failed`.
        CheckoutUpdated(types::WebhookCheckoutUpdatedPayload),
        /// An event whose `type` this version of the client does not know, with the body kept as JSON.
        Unknown {
            /// The event's type.
            event_type: ::std::string::String,
            /// The whole body.
            raw: ::serde_json::Value,
        },
    }
    impl Event {
        /// The property of the body that names the event type.
        pub const TAG: &'static str = "type";
        /// The event's type, as sent.
        pub fn event_type(&self) -> &str {
            match self {
                Self::CheckoutCreated(_) => "checkout.created",
                Self::CheckoutExpired(_) => "checkout.expired",
                Self::CheckoutUpdated(_) => "checkout.updated",
                Self::Unknown { event_type, .. } => event_type,
            }
        }
        /// Decodes a body **already verified** (use [`Webhook::verify`] for a delivery).
        ///
        /// # Errors
        /// The body is not a JSON object with a `TAG`, or a known event's payload does not
        /// match its schema (the error names the JSON path).
        pub fn from_verified_body(
            body: &[u8],
        ) -> ::std::result::Result<Event, WebhookError> {
            let event_type = ::checkout_runtime::webhook::tag(body, Self::TAG)?;
            match event_type.as_str() {
                "checkout.created" => {
                    ::checkout_runtime::webhook::payload(body, "checkout.created")
                        .map(Self::CheckoutCreated)
                }
                "checkout.expired" => {
                    ::checkout_runtime::webhook::payload(body, "checkout.expired")
                        .map(Self::CheckoutExpired)
                }
                "checkout.updated" => {
                    ::checkout_runtime::webhook::payload(body, "checkout.updated")
                        .map(Self::CheckoutUpdated)
                }
                _ => {
                    Ok(Self::Unknown {
                        raw: ::checkout_runtime::webhook::raw(body)?,
                        event_type,
                    })
                }
            }
        }
    }
    impl ::checkout_runtime::webhook::Event for Event {
        fn from_verified_body(
            body: &[u8],
        ) -> ::std::result::Result<Event, WebhookError> {
            Event::from_verified_body(body)
        }
    }
    /// Verifies and decodes this API's webhooks into [`Event`]s: `Webhook::new(secret)`,
    /// then `verify(headers, body)`. `Debug` never shows the secret.
    pub type Webhook = ::checkout_runtime::webhook::Webhook<Event>;
}
