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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    ///A billing address to send. Only `country` is required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct AlreadyActiveSubscriptionError {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::AlreadyActiveSubscriptionErrorError,
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
    /// Why the request was not authenticated, by `error`.
    ///
    #[doc = concat!(
        " Decoded by its `", "error",
        "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum AuthenticationError {
        /// When `error` is `Unauthorized`.
        Unauthorized(Unauthorized),
        /// When `error` is `invalid_token`.
        InvalidToken(InvalidToken),
        /// A `error` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<Unauthorized> for AuthenticationError {
        fn from(value: Unauthorized) -> Self {
            Self::Unauthorized(value)
        }
    }
    impl ::std::convert::From<InvalidToken> for AuthenticationError {
        fn from(value: InvalidToken) -> Self {
            Self::InvalidToken(value)
        }
    }
    impl ::serde::Serialize for AuthenticationError {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Unauthorized(value) => value.serialize(serializer),
                Self::InvalidToken(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuthenticationError {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "error")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("Unauthorized") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Unauthorized)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "error", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("invalid_token") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::InvalidToken)
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
    ///A benefit, as shown publicly, of a type that shows no properties (every type but `meter_credit`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct BenefitGenericPublic {
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
    ///A benefit of type `meter_credit`: grants a number of units on a meter.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct BenefitMeterCreditPublic {
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
        ///The units granted and the meter they are credited on. Optional: the published 2026-10 schema does not list it yet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<BenefitMeterCreditPublicProperties>,
        ///Whether the benefit is selectable when creating a product.
        pub selectable: bool,
        ///The type of the benefit.
        #[serde(rename = "type")]
        pub type_: types::BenefitMeterCreditPublicType,
    }
    ///The public properties of a `meter_credit` benefit.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct BenefitMeterCreditPublicProperties {
        ///The ID of the meter the units are credited on.
        pub meter_id: ::uuid::Uuid,
        ///The number of units credited.
        pub units: i64,
    }
    /// `BenefitMeterCreditPublicType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BenefitMeterCreditPublicType {
        /// `meter_credit`
        MeterCredit,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        BenefitMeterCreditPublicType { MeterCredit = "meter_credit" }
    );
    /// A benefit granted by a product, as shown publicly, by `type`: a meter credit shows its units and meter, other types no properties.
    ///
    #[doc = concat!(
        " Decoded by its `", "type", "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum BenefitPublic {
        /// When `type` is `custom` or `discord` or `downloadables` or `feature_flag` or `github_repository` or `license_keys` or `slack_shared_channel`.
        Generic(BenefitGenericPublic),
        /// When `type` is `meter_credit`.
        MeterCredit(BenefitMeterCreditPublic),
        /// A `type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<BenefitGenericPublic> for BenefitPublic {
        fn from(value: BenefitGenericPublic) -> Self {
            Self::Generic(value)
        }
    }
    impl ::std::convert::From<BenefitMeterCreditPublic> for BenefitPublic {
        fn from(value: BenefitMeterCreditPublic) -> Self {
            Self::MeterCredit(value)
        }
    }
    impl ::serde::Serialize for BenefitPublic {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Generic(value) => value.serialize(serializer),
                Self::MeterCredit(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BenefitPublic {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("custom")
                | Some("discord")
                | Some("downloadables")
                | Some("feature_flag")
                | Some("github_repository")
                | Some("license_keys")
                | Some("slack_shared_channel") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Generic)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("meter_credit") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::MeterCredit)
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
    ///Which billing address fields are disabled, optional or required in the checkout form.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct CheckoutBillingAddressFields {
        pub city: types::BillingAddressFieldMode,
        pub country: types::BillingAddressFieldMode,
        pub line1: types::BillingAddressFieldMode,
        pub line2: types::BillingAddressFieldMode,
        pub postal_code: types::BillingAddressFieldMode,
        pub state: types::BillingAddressFieldMode,
    }
    ///Confirm a checkout session using a Stripe confirmation token. The server applies the fields that are present as a partial update (absent keeps, `null` clears), as for `CheckoutUpdatePublic`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
    pub struct CheckoutConfirmStripe {
        ///Disables the trial, e.g. when the customer already redeemed one: only `false` (or `null`) is accepted, as the server refuses `true` with a 422.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub allow_trial: ::std::option::Option<::std::option::Option<types::False>>,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct CheckoutCustomerBillingAddressFields {
        pub city: bool,
        pub country: bool,
        pub line1: bool,
        pub line2: bool,
        pub postal_code: bool,
        pub state: bool,
    }
    /// The discount applied to a checkout, by `type`.
    ///
    #[doc = concat!(
        " Decoded by its `", "type", "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq, Eq)]
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "type")
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
    #[derive(Clone, Debug, PartialEq, Eq)]
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "duration")
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(Clone, Debug, PartialEq, Eq)]
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "duration")
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(Clone, Debug, PartialEq, Eq)]
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
        /// When `error` is `insufficient_scope`.
        InsufficientScope(InsufficientScope),
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
    impl ::std::convert::From<InsufficientScope> for CheckoutForbiddenError {
        fn from(value: InsufficientScope) -> Self {
            Self::InsufficientScope(value)
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
                Self::InsufficientScope(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutForbiddenError {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "error")
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
                Some("insufficient_scope") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::InsufficientScope)
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct CheckoutLocked {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::CheckoutLockedError,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_email_settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notification_settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub socials: ::std::option::Option<::std::vec::Vec<OrganizationSocialLink>>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<types::LegacyOrganizationStatus>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_settings: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub twitter_username: ::std::option::Option<::std::string::String>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<::std::string::String>,
    }
    ///Product data for a checkout session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct CheckoutProduct {
        ///List of benefits granted by the product.
        pub benefits: ::std::vec::Vec<types::BenefitPublic>,
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
    #[derive(::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum CheckoutStatusFilter {
        CheckoutStatus(types::CheckoutStatus),
        Array(::std::vec::Vec<types::CheckoutStatus>),
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
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
    pub struct CheckoutUpdatePublic {
        ///Disables the trial, e.g. when the customer already redeemed one: only `false` (or `null`) is accepted, as the server refuses `true` with a 422.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        pub allow_trial: ::std::option::Option<::std::option::Option<types::False>>,
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
    #[derive(Clone, Debug, PartialEq, Eq)]
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
        /// When `amount_type` is `metered_tiers`.
        MeteredTiers(ProductPriceMeteredTiers),
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
    impl ::std::convert::From<ProductPriceMeteredTiers> for CurrentProductPrice {
        fn from(value: ProductPriceMeteredTiers) -> Self {
            Self::MeteredTiers(value)
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
                Self::MeteredTiers(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CurrentProductPrice {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(
                    text,
                    "amount_type",
                )
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
                Some("metered_tiers") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::MeteredTiers)
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "type")
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
    ///Properties of a checkbox custom field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
    pub struct CustomFieldCheckboxProperties {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_help_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_placeholder: ::std::option::Option<::std::string::String>,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    ///Properties of a date custom field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
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
    #[derive(::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    ///Properties of a number custom field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
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
    ///An option of a select custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct CustomFieldSelectOption {
        pub label: ::std::string::String,
        pub value: ::std::string::String,
    }
    ///Properties of a select custom field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct CustomFieldSelectProperties {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_help_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_placeholder: ::std::option::Option<::std::string::String>,
        pub options: ::std::vec::Vec<CustomFieldSelectOption>,
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
    ///Properties of a text custom field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct DiscountRedemptionLimitReached {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::DiscountRedemptionLimitReachedError,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct ExpiredCheckoutError {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::ExpiredCheckoutErrorError,
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
    pub use ::checkout_runtime::False;
    ///The request did not validate.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
    pub struct HttpValidationError {
        ///Every validation failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::vec::Vec<ValidationError>>,
        ///Which check refused the request: the request's shape (`RequestValidationError`) or a business rule on valid input (`PolarRequestValidationError`). Sent by the server (`exception_handlers.py`), not in the published schema.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<types::ValidationErrorKind>,
    }
    ///The access token lacks a scope the operation needs (`oauth2/exceptions.py`, RFC 6750).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct InsufficientScope {
        pub error: types::InsufficientScopeError,
        ///Human-readable explanation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
    }
    /// `InsufficientScopeError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum InsufficientScopeError {
        /// `insufficient_scope`
        InsufficientScope,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        InsufficientScopeError { InsufficientScope = "insufficient_scope" }
    );
    ///The access token is expired, revoked, malformed or unknown (`oauth2/exceptions.py`, RFC 6750).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct InvalidToken {
        pub error: types::InvalidTokenError,
        ///Human-readable explanation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
    }
    /// `InvalidTokenError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum InvalidTokenError {
        /// `invalid_token`
        InvalidToken,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        InvalidTokenError { InvalidToken = "invalid_token" }
    );
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
    #[derive(Clone, Debug, PartialEq, Eq)]
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(
                    text,
                    "amount_type",
                )
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
        pub legacy: types::True,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
        pub legacy: types::True,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct NotOpenCheckout {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::NotOpenCheckoutError,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct NotPermitted {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::NotPermittedError,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct OrganizationSocialLink {
        pub platform: types::OrganizationSocialPlatforms,
        pub url: ::std::string::String,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct Pagination {
        ///Number of the last page.
        pub max_page: i64,
        ///Number of items across all pages.
        pub total_count: i64,
    }
    ///The payment failed; try again with a different payment method.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct PaymentError {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::PaymentErrorError,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct PaymentNotReady {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::PaymentNotReadyError,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(Clone, Debug, PartialEq, Eq)]
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "legacy")
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
        /// When `amount_type` is `metered_tiers`.
        MeteredTiers(ProductPriceMeteredTiersCreate),
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
    impl ::std::convert::From<ProductPriceMeteredTiersCreate> for ProductPriceCreate {
        fn from(value: ProductPriceMeteredTiersCreate) -> Self {
            Self::MeteredTiers(value)
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
                Self::MeteredTiers(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProductPriceCreate {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(
                    text,
                    "amount_type",
                )
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
                Some("metered_tiers") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::MeteredTiers)
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    ///A metered, usage-based price for a product, billed from tiers on the consumed units.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct ProductPriceMeteredTiers {
        ///The type of amount.
        pub amount_type: types::ProductPriceMeteredTiersAmountType,
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
        ///The pricing tiers, by consumed units.
        pub tiers: Tiers,
        ///Deprecated: the price type, set from the product.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<types::ProductPriceType>,
    }
    /// `ProductPriceMeteredTiersAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceMeteredTiersAmountType {
        /// `metered_tiers`
        MeteredTiers,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceMeteredTiersAmountType { MeteredTiers = "metered_tiers" }
    );
    ///A metered price billed from tiers on the consumed units, to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductPriceMeteredTiersCreate {
        pub amount_type: types::ProductPriceMeteredTiersCreateAmountType,
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
        ///Tiered pricing based on the consumed units.
        pub tiers: TiersInput,
    }
    impl ProductPriceMeteredTiersCreate {
        pub fn builder() -> builder::ProductPriceMeteredTiersCreate {
            Default::default()
        }
    }
    /// `ProductPriceMeteredTiersCreateAmountType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductPriceMeteredTiersCreateAmountType {
        /// `metered_tiers`
        MeteredTiers,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductPriceMeteredTiersCreateAmountType { MeteredTiers = "metered_tiers" }
    );
    ///A metered, usage-based price for a product, with a fixed unit price.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    ///Pricing tiers for seat-based pricing: continuous ranges, only the last may be unlimited.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct ResourceNotFound {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::ResourceNotFoundError,
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
    #[derive(::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct Tier {
        ///Last quantity of the tier (inclusive); null on an unbounded last tier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bound: ::std::option::Option<i64>,
        ///The rate per unit in cents, as a decimal string (rates may be fractional).
        pub unit_amount: ::std::string::String,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct Tiers {
        ///The tiers, by ascending bound; only the last may be unbounded.
        pub tiers: ::std::vec::Vec<Tier>,
        ///How tiers are applied.
        #[serde(rename = "type")]
        pub type_: types::TierType,
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct TrialAlreadyRedeemed {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::TrialAlreadyRedeemedError,
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
    pub use ::checkout_runtime::True;
    ///No access token was sent where one is needed (`exceptions.py`, `Unauthorized`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct Unauthorized {
        ///Human-readable explanation.
        pub detail: ::std::string::String,
        pub error: types::UnauthorizedError,
    }
    /// `UnauthorizedError`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum UnauthorizedError {
        /// `Unauthorized`
        Unauthorized,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        UnauthorizedError { Unauthorized = "Unauthorized" }
    );
    ///Unit nouns by locale, each a map of plural forms (`=1`, `other`, …) to the noun.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct ValidationError {
        ///Extra context, when the server sends it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ctx: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
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
    /// Which check refused a request with a 422.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ValidationErrorKind {
        /// `RequestValidationError`
        RequestValidationError,
        /// `PolarRequestValidationError`
        PolarRequestValidationError,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ValidationErrorKind { RequestValidationError = "RequestValidationError",
        PolarRequestValidationError = "PolarRequestValidationError" }
    );
    ///A path segment of a validation failure's location (a name or an index).
    #[derive(::serde::Serialize, Clone, Debug, PartialEq, Eq)]
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
        ///The API version the payload is shaped for (e.g. `2026-10`): the webhook endpoint's version. Sent by current servers; absent from older deliveries.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        pub data: Checkout,
        ///When the event happened.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "type")]
        pub type_: types::WebhookCheckoutCreatedPayloadType,
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
        ///The API version the payload is shaped for (e.g. `2026-10`): the webhook endpoint's version. Sent by current servers; absent from older deliveries.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        pub data: Checkout,
        ///When the event happened.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "type")]
        pub type_: types::WebhookCheckoutExpiredPayloadType,
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
        ///The API version the payload is shaped for (e.g. `2026-10`): the webhook endpoint's version. Sent by current servers; absent from older deliveries.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        pub data: Checkout,
        ///When the event happened.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "type")]
        pub type_: types::WebhookCheckoutUpdatedPayloadType,
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
        pub struct CheckoutConfirmStripe {
            allow_trial: ::std::result::Result<
                ::std::option::Option<::std::option::Option<types::False>>,
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
                    ::std::option::Option<::std::option::Option<types::False>>,
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
                ::std::option::Option<::std::option::Option<types::False>>,
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
                    ::std::option::Option<::std::option::Option<types::False>>,
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
        pub struct ProductPriceMeteredTiersCreate {
            amount_type: ::std::result::Result<
                types::ProductPriceMeteredTiersCreateAmountType,
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
            tiers: ::std::result::Result<super::TiersInput, ::std::string::String>,
        }
        impl ::std::default::Default for ProductPriceMeteredTiersCreate {
            fn default() -> Self {
                Self {
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    cap_amount: Ok(Default::default()),
                    meter_id: Err("no value supplied for meter_id".to_string()),
                    price_currency: Ok(Default::default()),
                    tax_behavior: Ok(Default::default()),
                    tiers: Err("no value supplied for tiers".to_string()),
                }
            }
        }
        impl ProductPriceMeteredTiersCreate {
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::ProductPriceMeteredTiersCreateAmountType,
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
        }
        impl ::std::convert::TryFrom<ProductPriceMeteredTiersCreate>
        for super::ProductPriceMeteredTiersCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductPriceMeteredTiersCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_type: value.amount_type?,
                    cap_amount: value.cap_amount?,
                    meter_id: value.meter_id?,
                    price_currency: value.price_currency?,
                    tax_behavior: value.tax_behavior?,
                    tiers: value.tiers?,
                })
            }
        }
        impl ::std::convert::From<super::ProductPriceMeteredTiersCreate>
        for ProductPriceMeteredTiersCreate {
            fn from(value: super::ProductPriceMeteredTiersCreate) -> Self {
                Self {
                    amount_type: Ok(value.amount_type),
                    cap_amount: Ok(value.cap_amount),
                    meter_id: Ok(value.meter_id),
                    price_currency: Ok(value.price_currency),
                    tax_behavior: Ok(value.tax_behavior),
                    tiers: Ok(value.tiers),
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
        impl super::AddressInput {
            /// A `AddressInput` from its required fields (`country`); every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                country: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    city: Default::default(),
                    country: country.into(),
                    line1: Default::default(),
                    line2: Default::default(),
                    postal_code: Default::default(),
                    state: Default::default(),
                }
            }
        }
        impl super::CheckoutConfirmStripe {
            /// A `CheckoutConfirmStripe` from its required fields; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self {
                    allow_trial: Default::default(),
                    amount: Default::default(),
                    confirmation_token_id: Default::default(),
                    custom_field_data: Default::default(),
                    customer_billing_address: Default::default(),
                    customer_billing_name: Default::default(),
                    customer_email: Default::default(),
                    customer_name: Default::default(),
                    customer_tax_id: Default::default(),
                    discount_code: Default::default(),
                    is_business_customer: Default::default(),
                    locale: Default::default(),
                    payment_method_type: Default::default(),
                    product_id: Default::default(),
                    product_price_id: Default::default(),
                    seats: Default::default(),
                    units: Default::default(),
                }
            }
        }
        impl super::CheckoutCreate {
            /// A `CheckoutCreate` from its required fields (`products`); every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                products: impl ::std::convert::Into<::std::vec::Vec<::uuid::Uuid>>,
            ) -> Self {
                Self {
                    allow_discount_codes: Default::default(),
                    allow_trial: Default::default(),
                    amount: Default::default(),
                    currency: Default::default(),
                    custom_field_data: Default::default(),
                    customer_billing_address: Default::default(),
                    customer_billing_name: Default::default(),
                    customer_email: Default::default(),
                    customer_id: Default::default(),
                    customer_ip_address: Default::default(),
                    customer_metadata: Default::default(),
                    customer_name: Default::default(),
                    customer_tax_id: Default::default(),
                    discount_id: Default::default(),
                    embed_origin: Default::default(),
                    external_customer_id: Default::default(),
                    is_business_customer: Default::default(),
                    locale: Default::default(),
                    max_seats: Default::default(),
                    max_units: Default::default(),
                    metadata: Default::default(),
                    min_seats: Default::default(),
                    min_units: Default::default(),
                    prices: Default::default(),
                    products: products.into(),
                    require_billing_address: Default::default(),
                    return_url: Default::default(),
                    seats: Default::default(),
                    subscription_id: Default::default(),
                    success_url: Default::default(),
                    trial_interval: Default::default(),
                    trial_interval_count: Default::default(),
                    units: Default::default(),
                }
            }
        }
        impl super::CheckoutUpdate {
            /// A `CheckoutUpdate` from its required fields; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self {
                    allow_discount_codes: Default::default(),
                    allow_trial: Default::default(),
                    amount: Default::default(),
                    currency: Default::default(),
                    custom_field_data: Default::default(),
                    customer_billing_address: Default::default(),
                    customer_billing_name: Default::default(),
                    customer_email: Default::default(),
                    customer_ip_address: Default::default(),
                    customer_metadata: Default::default(),
                    customer_name: Default::default(),
                    customer_tax_id: Default::default(),
                    discount_id: Default::default(),
                    embed_origin: Default::default(),
                    is_business_customer: Default::default(),
                    locale: Default::default(),
                    metadata: Default::default(),
                    product_id: Default::default(),
                    product_price_id: Default::default(),
                    require_billing_address: Default::default(),
                    return_url: Default::default(),
                    seats: Default::default(),
                    success_url: Default::default(),
                    trial_interval: Default::default(),
                    trial_interval_count: Default::default(),
                    units: Default::default(),
                }
            }
        }
        impl super::CheckoutUpdatePublic {
            /// A `CheckoutUpdatePublic` from its required fields; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self {
                    allow_trial: Default::default(),
                    amount: Default::default(),
                    custom_field_data: Default::default(),
                    customer_billing_address: Default::default(),
                    customer_billing_name: Default::default(),
                    customer_email: Default::default(),
                    customer_name: Default::default(),
                    customer_tax_id: Default::default(),
                    discount_code: Default::default(),
                    is_business_customer: Default::default(),
                    locale: Default::default(),
                    payment_method_type: Default::default(),
                    product_id: Default::default(),
                    product_price_id: Default::default(),
                    seats: Default::default(),
                    units: Default::default(),
                }
            }
        }
        impl super::ProductPriceCustomCreate {
            /// A `ProductPriceCustomCreate` from its required fields, with `amount_type` set to the only value allowed; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new() -> Self {
                Self {
                    amount_type: <types::ProductPriceCustomCreateAmountType>::Custom,
                    maximum_amount: Default::default(),
                    minimum_amount: Default::default(),
                    preset_amount: Default::default(),
                    price_currency: Default::default(),
                    tax_behavior: Default::default(),
                }
            }
        }
        impl super::ProductPriceFixedCreate {
            /// A `ProductPriceFixedCreate` from its required fields (`price_amount`), with `amount_type` set to the only value allowed; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(price_amount: impl ::std::convert::Into<u64>) -> Self {
                Self {
                    amount_type: <types::ProductPriceFixedCreateAmountType>::Fixed,
                    price_amount: price_amount.into(),
                    price_currency: Default::default(),
                    tax_behavior: Default::default(),
                }
            }
        }
        impl super::ProductPriceMeteredTiersCreate {
            /// A `ProductPriceMeteredTiersCreate` from its required fields (`meter_id`, `tiers`), with `amount_type` set to the only value allowed; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                meter_id: impl ::std::convert::Into<::uuid::Uuid>,
                tiers: impl ::std::convert::Into<super::TiersInput>,
            ) -> Self {
                Self {
                    amount_type: <types::ProductPriceMeteredTiersCreateAmountType>::MeteredTiers,
                    cap_amount: Default::default(),
                    meter_id: meter_id.into(),
                    price_currency: Default::default(),
                    tax_behavior: Default::default(),
                    tiers: tiers.into(),
                }
            }
        }
        impl super::ProductPriceMeteredUnitCreate {
            /// A `ProductPriceMeteredUnitCreate` from its required fields (`meter_id`, `unit_amount`), with `amount_type` set to the only value allowed; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                meter_id: impl ::std::convert::Into<::uuid::Uuid>,
                unit_amount: impl ::std::convert::Into<super::DecimalInput>,
            ) -> Self {
                Self {
                    amount_type: <types::ProductPriceMeteredUnitCreateAmountType>::MeteredUnit,
                    cap_amount: Default::default(),
                    meter_id: meter_id.into(),
                    price_currency: Default::default(),
                    tax_behavior: Default::default(),
                    unit_amount: unit_amount.into(),
                }
            }
        }
        impl super::ProductPriceSeatBasedCreate {
            /// A `ProductPriceSeatBasedCreate` from its required fields (`seat_tiers`), with `amount_type` set to the only value allowed; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                seat_tiers: impl ::std::convert::Into<super::ProductPriceSeatTiersInput>,
            ) -> Self {
                Self {
                    amount_type: <types::ProductPriceSeatBasedCreateAmountType>::SeatBased,
                    price_currency: Default::default(),
                    seat_tiers: seat_tiers.into(),
                    tax_behavior: Default::default(),
                }
            }
        }
        impl super::ProductPriceSeatTier {
            /// A `ProductPriceSeatTier` from its required fields (`min_seats`, `price_per_seat`); every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                min_seats: impl ::std::convert::Into<::std::num::NonZeroU64>,
                price_per_seat: impl ::std::convert::Into<u64>,
            ) -> Self {
                Self {
                    max_seats: Default::default(),
                    min_seats: min_seats.into(),
                    price_per_seat: price_per_seat.into(),
                }
            }
        }
        impl super::ProductPriceSeatTiersInput {
            /// A `ProductPriceSeatTiersInput` from its required fields (`tiers`); every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                tiers: impl ::std::convert::Into<
                    ::std::vec::Vec<super::ProductPriceSeatTier>,
                >,
            ) -> Self {
                Self {
                    seat_tier_type: Default::default(),
                    tiers: tiers.into(),
                }
            }
        }
        impl super::ProductPriceUnitBasedCreate {
            /// A `ProductPriceUnitBasedCreate` from its required fields (`tiers`), with `amount_type` set to the only value allowed; every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(tiers: impl ::std::convert::Into<super::TiersInput>) -> Self {
                Self {
                    amount_type: <types::ProductPriceUnitBasedCreateAmountType>::UnitBased,
                    minimum_units: Default::default(),
                    price_currency: Default::default(),
                    tax_behavior: Default::default(),
                    tiers: tiers.into(),
                    unit_label: Default::default(),
                }
            }
        }
        impl super::TierInput {
            /// A `TierInput` from its required fields (`unit_amount`); every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                unit_amount: impl ::std::convert::Into<super::DecimalInput>,
            ) -> Self {
                Self {
                    bound: Default::default(),
                    unit_amount: unit_amount.into(),
                }
            }
        }
        impl super::TiersInput {
            /// A `TiersInput` from its required fields (`type_`, `tiers`); every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                type_: impl ::std::convert::Into<types::TierType>,
                tiers: impl ::std::convert::Into<::std::vec::Vec<super::TierInput>>,
            ) -> Self {
                Self {
                    tiers: tiers.into(),
                    type_: type_.into(),
                }
            }
        }
        impl AddressInput {
            /// Sends `city` as `null`, which clears it (unset keeps it).
            pub fn clear_city(mut self) -> Self {
                self.city = Ok(Some(None));
                self
            }
            /// Sends `line1` as `null`, which clears it (unset keeps it).
            pub fn clear_line1(mut self) -> Self {
                self.line1 = Ok(Some(None));
                self
            }
            /// Sends `line2` as `null`, which clears it (unset keeps it).
            pub fn clear_line2(mut self) -> Self {
                self.line2 = Ok(Some(None));
                self
            }
            /// Sends `postal_code` as `null`, which clears it (unset keeps it).
            pub fn clear_postal_code(mut self) -> Self {
                self.postal_code = Ok(Some(None));
                self
            }
            /// Sends `state` as `null`, which clears it (unset keeps it).
            pub fn clear_state(mut self) -> Self {
                self.state = Ok(Some(None));
                self
            }
        }
        impl CheckoutConfirmStripe {
            /// Sends `allow_trial` as `null`, which clears it (unset keeps it).
            pub fn clear_allow_trial(mut self) -> Self {
                self.allow_trial = Ok(Some(None));
                self
            }
            /// Sends `amount` as `null`, which clears it (unset keeps it).
            pub fn clear_amount(mut self) -> Self {
                self.amount = Ok(Some(None));
                self
            }
            /// Sends `confirmation_token_id` as `null`, which clears it (unset keeps it).
            pub fn clear_confirmation_token_id(mut self) -> Self {
                self.confirmation_token_id = Ok(Some(None));
                self
            }
            /// Sends `customer_billing_address` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_billing_address(mut self) -> Self {
                self.customer_billing_address = Ok(Some(None));
                self
            }
            /// Sends `customer_billing_name` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_billing_name(mut self) -> Self {
                self.customer_billing_name = Ok(Some(None));
                self
            }
            /// Sends `customer_email` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_email(mut self) -> Self {
                self.customer_email = Ok(Some(None));
                self
            }
            /// Sends `customer_name` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_name(mut self) -> Self {
                self.customer_name = Ok(Some(None));
                self
            }
            /// Sends `customer_tax_id` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_tax_id(mut self) -> Self {
                self.customer_tax_id = Ok(Some(None));
                self
            }
            /// Sends `discount_code` as `null`, which clears it (unset keeps it).
            pub fn clear_discount_code(mut self) -> Self {
                self.discount_code = Ok(Some(None));
                self
            }
            /// Sends `is_business_customer` as `null`, which clears it (unset keeps it).
            pub fn clear_is_business_customer(mut self) -> Self {
                self.is_business_customer = Ok(Some(None));
                self
            }
            /// Sends `locale` as `null`, which clears it (unset keeps it).
            pub fn clear_locale(mut self) -> Self {
                self.locale = Ok(Some(None));
                self
            }
            /// Sends `payment_method_type` as `null`, which clears it (unset keeps it).
            pub fn clear_payment_method_type(mut self) -> Self {
                self.payment_method_type = Ok(Some(None));
                self
            }
            /// Sends `product_id` as `null`, which clears it (unset keeps it).
            pub fn clear_product_id(mut self) -> Self {
                self.product_id = Ok(Some(None));
                self
            }
            /// Sends `product_price_id` as `null`, which clears it (unset keeps it).
            pub fn clear_product_price_id(mut self) -> Self {
                self.product_price_id = Ok(Some(None));
                self
            }
            /// Sends `seats` as `null`, which clears it (unset keeps it).
            pub fn clear_seats(mut self) -> Self {
                self.seats = Ok(Some(None));
                self
            }
            /// Sends `units` as `null`, which clears it (unset keeps it).
            pub fn clear_units(mut self) -> Self {
                self.units = Ok(Some(None));
                self
            }
        }
        impl CheckoutUpdate {
            /// Sends `allow_discount_codes` as `null`, which clears it (unset keeps it).
            pub fn clear_allow_discount_codes(mut self) -> Self {
                self.allow_discount_codes = Ok(Some(None));
                self
            }
            /// Sends `allow_trial` as `null`, which clears it (unset keeps it).
            pub fn clear_allow_trial(mut self) -> Self {
                self.allow_trial = Ok(Some(None));
                self
            }
            /// Sends `amount` as `null`, which clears it (unset keeps it).
            pub fn clear_amount(mut self) -> Self {
                self.amount = Ok(Some(None));
                self
            }
            /// Sends `currency` as `null`, which clears it (unset keeps it).
            pub fn clear_currency(mut self) -> Self {
                self.currency = Ok(Some(None));
                self
            }
            /// Sends `customer_billing_address` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_billing_address(mut self) -> Self {
                self.customer_billing_address = Ok(Some(None));
                self
            }
            /// Sends `customer_billing_name` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_billing_name(mut self) -> Self {
                self.customer_billing_name = Ok(Some(None));
                self
            }
            /// Sends `customer_email` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_email(mut self) -> Self {
                self.customer_email = Ok(Some(None));
                self
            }
            /// Sends `customer_ip_address` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_ip_address(mut self) -> Self {
                self.customer_ip_address = Ok(Some(None));
                self
            }
            /// Sends `customer_metadata` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_metadata(mut self) -> Self {
                self.customer_metadata = Ok(Some(None));
                self
            }
            /// Sends `customer_name` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_name(mut self) -> Self {
                self.customer_name = Ok(Some(None));
                self
            }
            /// Sends `customer_tax_id` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_tax_id(mut self) -> Self {
                self.customer_tax_id = Ok(Some(None));
                self
            }
            /// Sends `discount_id` as `null`, which clears it (unset keeps it).
            pub fn clear_discount_id(mut self) -> Self {
                self.discount_id = Ok(Some(None));
                self
            }
            /// Sends `embed_origin` as `null`, which clears it (unset keeps it).
            pub fn clear_embed_origin(mut self) -> Self {
                self.embed_origin = Ok(Some(None));
                self
            }
            /// Sends `is_business_customer` as `null`, which clears it (unset keeps it).
            pub fn clear_is_business_customer(mut self) -> Self {
                self.is_business_customer = Ok(Some(None));
                self
            }
            /// Sends `locale` as `null`, which clears it (unset keeps it).
            pub fn clear_locale(mut self) -> Self {
                self.locale = Ok(Some(None));
                self
            }
            /// Sends `product_id` as `null`, which clears it (unset keeps it).
            pub fn clear_product_id(mut self) -> Self {
                self.product_id = Ok(Some(None));
                self
            }
            /// Sends `product_price_id` as `null`, which clears it (unset keeps it).
            pub fn clear_product_price_id(mut self) -> Self {
                self.product_price_id = Ok(Some(None));
                self
            }
            /// Sends `require_billing_address` as `null`, which clears it (unset keeps it).
            pub fn clear_require_billing_address(mut self) -> Self {
                self.require_billing_address = Ok(Some(None));
                self
            }
            /// Sends `return_url` as `null`, which clears it (unset keeps it).
            pub fn clear_return_url(mut self) -> Self {
                self.return_url = Ok(Some(None));
                self
            }
            /// Sends `seats` as `null`, which clears it (unset keeps it).
            pub fn clear_seats(mut self) -> Self {
                self.seats = Ok(Some(None));
                self
            }
            /// Sends `success_url` as `null`, which clears it (unset keeps it).
            pub fn clear_success_url(mut self) -> Self {
                self.success_url = Ok(Some(None));
                self
            }
            /// Sends `trial_interval` as `null`, which clears it (unset keeps it).
            pub fn clear_trial_interval(mut self) -> Self {
                self.trial_interval = Ok(Some(None));
                self
            }
            /// Sends `trial_interval_count` as `null`, which clears it (unset keeps it).
            pub fn clear_trial_interval_count(mut self) -> Self {
                self.trial_interval_count = Ok(Some(None));
                self
            }
            /// Sends `units` as `null`, which clears it (unset keeps it).
            pub fn clear_units(mut self) -> Self {
                self.units = Ok(Some(None));
                self
            }
        }
        impl CheckoutUpdatePublic {
            /// Sends `allow_trial` as `null`, which clears it (unset keeps it).
            pub fn clear_allow_trial(mut self) -> Self {
                self.allow_trial = Ok(Some(None));
                self
            }
            /// Sends `amount` as `null`, which clears it (unset keeps it).
            pub fn clear_amount(mut self) -> Self {
                self.amount = Ok(Some(None));
                self
            }
            /// Sends `customer_billing_address` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_billing_address(mut self) -> Self {
                self.customer_billing_address = Ok(Some(None));
                self
            }
            /// Sends `customer_billing_name` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_billing_name(mut self) -> Self {
                self.customer_billing_name = Ok(Some(None));
                self
            }
            /// Sends `customer_email` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_email(mut self) -> Self {
                self.customer_email = Ok(Some(None));
                self
            }
            /// Sends `customer_name` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_name(mut self) -> Self {
                self.customer_name = Ok(Some(None));
                self
            }
            /// Sends `customer_tax_id` as `null`, which clears it (unset keeps it).
            pub fn clear_customer_tax_id(mut self) -> Self {
                self.customer_tax_id = Ok(Some(None));
                self
            }
            /// Sends `discount_code` as `null`, which clears it (unset keeps it).
            pub fn clear_discount_code(mut self) -> Self {
                self.discount_code = Ok(Some(None));
                self
            }
            /// Sends `is_business_customer` as `null`, which clears it (unset keeps it).
            pub fn clear_is_business_customer(mut self) -> Self {
                self.is_business_customer = Ok(Some(None));
                self
            }
            /// Sends `locale` as `null`, which clears it (unset keeps it).
            pub fn clear_locale(mut self) -> Self {
                self.locale = Ok(Some(None));
                self
            }
            /// Sends `payment_method_type` as `null`, which clears it (unset keeps it).
            pub fn clear_payment_method_type(mut self) -> Self {
                self.payment_method_type = Ok(Some(None));
                self
            }
            /// Sends `product_id` as `null`, which clears it (unset keeps it).
            pub fn clear_product_id(mut self) -> Self {
                self.product_id = Ok(Some(None));
                self
            }
            /// Sends `product_price_id` as `null`, which clears it (unset keeps it).
            pub fn clear_product_price_id(mut self) -> Self {
                self.product_price_id = Ok(Some(None));
                self
            }
            /// Sends `seats` as `null`, which clears it (unset keeps it).
            pub fn clear_seats(mut self) -> Self {
                self.seats = Ok(Some(None));
                self
            }
            /// Sends `units` as `null`, which clears it (unset keeps it).
            pub fn clear_units(mut self) -> Self {
                self.units = Ok(Some(None));
                self
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
    impl ::std::convert::From<types::CheckoutStatus> for CheckoutStatusFilter {
        fn from(value: types::CheckoutStatus) -> Self {
            Self::CheckoutStatus(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutStatusFilter {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
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
    impl BenefitPublic {
        /// `created_at` of whichever member this is; `None` for `Unknown`.
        pub fn created_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Generic(value) => Some(&value.created_at),
                Self::MeterCredit(value) => Some(&value.created_at),
                Self::Unknown(_) => None,
            }
        }
        /// `deletable` of whichever member this is; `None` for `Unknown`.
        pub fn deletable(&self) -> ::std::option::Option<&bool> {
            match self {
                Self::Generic(value) => Some(&value.deletable),
                Self::MeterCredit(value) => Some(&value.deletable),
                Self::Unknown(_) => None,
            }
        }
        /// `description` of whichever member this is; `None` for `Unknown`.
        pub fn description(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Generic(value) => Some(&value.description),
                Self::MeterCredit(value) => Some(&value.description),
                Self::Unknown(_) => None,
            }
        }
        /// `id` of whichever member this is; `None` for `Unknown`.
        pub fn id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Generic(value) => Some(&value.id),
                Self::MeterCredit(value) => Some(&value.id),
                Self::Unknown(_) => None,
            }
        }
        /// `is_deleted` of whichever member this is; `None` for `Unknown`.
        pub fn is_deleted(&self) -> ::std::option::Option<&bool> {
            match self {
                Self::Generic(value) => Some(&value.is_deleted),
                Self::MeterCredit(value) => Some(&value.is_deleted),
                Self::Unknown(_) => None,
            }
        }
        /// `modified_at` of whichever member this is; `None` for `Unknown`.
        pub fn modified_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Generic(value) => value.modified_at.as_ref(),
                Self::MeterCredit(value) => value.modified_at.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `organization_id` of whichever member this is; `None` for `Unknown`.
        pub fn organization_id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Generic(value) => Some(&value.organization_id),
                Self::MeterCredit(value) => Some(&value.organization_id),
                Self::Unknown(_) => None,
            }
        }
        /// `selectable` of whichever member this is; `None` for `Unknown`.
        pub fn selectable(&self) -> ::std::option::Option<&bool> {
            match self {
                Self::Generic(value) => Some(&value.selectable),
                Self::MeterCredit(value) => Some(&value.selectable),
                Self::Unknown(_) => None,
            }
        }
    }
    impl CheckoutDiscountFixed {
        /// `amount` of whichever member this is; `None` for `Unknown`.
        pub fn amount(&self) -> ::std::option::Option<&i64> {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.amount),
                Self::RepeatDuration(value) => Some(&value.amount),
                Self::Unknown(_) => None,
            }
        }
        /// `amounts` of whichever member this is; `None` for `Unknown`.
        pub fn amounts(
            &self,
        ) -> ::std::option::Option<
            &::std::collections::HashMap<::std::string::String, i64>,
        > {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.amounts),
                Self::RepeatDuration(value) => Some(&value.amounts),
                Self::Unknown(_) => None,
            }
        }
        /// `code` of whichever member this is; `None` for `Unknown`.
        pub fn code(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::OnceForeverDuration(value) => value.code.as_ref(),
                Self::RepeatDuration(value) => value.code.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `currency` of whichever member this is; `None` for `Unknown`.
        pub fn currency(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.currency),
                Self::RepeatDuration(value) => Some(&value.currency),
                Self::Unknown(_) => None,
            }
        }
        /// `id` of whichever member this is; `None` for `Unknown`.
        pub fn id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.id),
                Self::RepeatDuration(value) => Some(&value.id),
                Self::Unknown(_) => None,
            }
        }
        /// `name` of whichever member this is; `None` for `Unknown`.
        pub fn name(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.name),
                Self::RepeatDuration(value) => Some(&value.name),
                Self::Unknown(_) => None,
            }
        }
    }
    impl CheckoutDiscountPercentage {
        /// `basis_points` of whichever member this is; `None` for `Unknown`.
        pub fn basis_points(&self) -> ::std::option::Option<&i64> {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.basis_points),
                Self::RepeatDuration(value) => Some(&value.basis_points),
                Self::Unknown(_) => None,
            }
        }
        /// `code` of whichever member this is; `None` for `Unknown`.
        pub fn code(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::OnceForeverDuration(value) => value.code.as_ref(),
                Self::RepeatDuration(value) => value.code.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `id` of whichever member this is; `None` for `Unknown`.
        pub fn id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.id),
                Self::RepeatDuration(value) => Some(&value.id),
                Self::Unknown(_) => None,
            }
        }
        /// `name` of whichever member this is; `None` for `Unknown`.
        pub fn name(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::OnceForeverDuration(value) => Some(&value.name),
                Self::RepeatDuration(value) => Some(&value.name),
                Self::Unknown(_) => None,
            }
        }
    }
    impl CurrentProductPrice {
        /// `created_at` of whichever member this is; `None` for `Unknown`.
        pub fn created_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Fixed(value) => Some(&value.created_at),
                Self::Custom(value) => Some(&value.created_at),
                Self::SeatBased(value) => Some(&value.created_at),
                Self::UnitBased(value) => Some(&value.created_at),
                Self::MeteredUnit(value) => Some(&value.created_at),
                Self::MeteredTiers(value) => Some(&value.created_at),
                Self::Unknown(_) => None,
            }
        }
        /// `id` of whichever member this is; `None` for `Unknown`.
        pub fn id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Fixed(value) => Some(&value.id),
                Self::Custom(value) => Some(&value.id),
                Self::SeatBased(value) => Some(&value.id),
                Self::UnitBased(value) => Some(&value.id),
                Self::MeteredUnit(value) => Some(&value.id),
                Self::MeteredTiers(value) => Some(&value.id),
                Self::Unknown(_) => None,
            }
        }
        /// `is_archived` of whichever member this is; `None` for `Unknown`.
        pub fn is_archived(&self) -> ::std::option::Option<&bool> {
            match self {
                Self::Fixed(value) => Some(&value.is_archived),
                Self::Custom(value) => Some(&value.is_archived),
                Self::SeatBased(value) => Some(&value.is_archived),
                Self::UnitBased(value) => Some(&value.is_archived),
                Self::MeteredUnit(value) => Some(&value.is_archived),
                Self::MeteredTiers(value) => Some(&value.is_archived),
                Self::Unknown(_) => None,
            }
        }
        /// `modified_at` of whichever member this is; `None` for `Unknown`.
        pub fn modified_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Fixed(value) => value.modified_at.as_ref(),
                Self::Custom(value) => value.modified_at.as_ref(),
                Self::SeatBased(value) => value.modified_at.as_ref(),
                Self::UnitBased(value) => value.modified_at.as_ref(),
                Self::MeteredUnit(value) => value.modified_at.as_ref(),
                Self::MeteredTiers(value) => value.modified_at.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `price_currency` of whichever member this is; `None` for `Unknown`.
        pub fn price_currency(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Fixed(value) => Some(&value.price_currency),
                Self::Custom(value) => Some(&value.price_currency),
                Self::SeatBased(value) => Some(&value.price_currency),
                Self::UnitBased(value) => Some(&value.price_currency),
                Self::MeteredUnit(value) => Some(&value.price_currency),
                Self::MeteredTiers(value) => Some(&value.price_currency),
                Self::Unknown(_) => None,
            }
        }
        /// `product_id` of whichever member this is; `None` for `Unknown`.
        pub fn product_id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Fixed(value) => Some(&value.product_id),
                Self::Custom(value) => Some(&value.product_id),
                Self::SeatBased(value) => Some(&value.product_id),
                Self::UnitBased(value) => Some(&value.product_id),
                Self::MeteredUnit(value) => Some(&value.product_id),
                Self::MeteredTiers(value) => Some(&value.product_id),
                Self::Unknown(_) => None,
            }
        }
        /// `recurring_interval` of whichever member this is; `None` for `Unknown`.
        pub fn recurring_interval(
            &self,
        ) -> ::std::option::Option<&types::SubscriptionRecurringInterval> {
            match self {
                Self::Fixed(value) => value.recurring_interval.as_ref(),
                Self::Custom(value) => value.recurring_interval.as_ref(),
                Self::SeatBased(value) => value.recurring_interval.as_ref(),
                Self::UnitBased(value) => value.recurring_interval.as_ref(),
                Self::MeteredUnit(value) => value.recurring_interval.as_ref(),
                Self::MeteredTiers(value) => value.recurring_interval.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `source` of whichever member this is; `None` for `Unknown`.
        pub fn source(&self) -> ::std::option::Option<&types::ProductPriceSource> {
            match self {
                Self::Fixed(value) => Some(&value.source),
                Self::Custom(value) => Some(&value.source),
                Self::SeatBased(value) => Some(&value.source),
                Self::UnitBased(value) => Some(&value.source),
                Self::MeteredUnit(value) => Some(&value.source),
                Self::MeteredTiers(value) => Some(&value.source),
                Self::Unknown(_) => None,
            }
        }
        /// `tax_behavior` of whichever member this is; `None` for `Unknown`.
        pub fn tax_behavior(&self) -> ::std::option::Option<&types::TaxBehaviorOption> {
            match self {
                Self::Fixed(value) => value.tax_behavior.as_ref(),
                Self::Custom(value) => value.tax_behavior.as_ref(),
                Self::SeatBased(value) => value.tax_behavior.as_ref(),
                Self::UnitBased(value) => value.tax_behavior.as_ref(),
                Self::MeteredUnit(value) => value.tax_behavior.as_ref(),
                Self::MeteredTiers(value) => value.tax_behavior.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `type_` of whichever member this is; `None` for `Unknown`.
        pub fn type_(&self) -> ::std::option::Option<&types::ProductPriceType> {
            match self {
                Self::Fixed(value) => value.type_.as_ref(),
                Self::Custom(value) => value.type_.as_ref(),
                Self::SeatBased(value) => value.type_.as_ref(),
                Self::UnitBased(value) => value.type_.as_ref(),
                Self::MeteredUnit(value) => value.type_.as_ref(),
                Self::MeteredTiers(value) => value.type_.as_ref(),
                Self::Unknown(_) => None,
            }
        }
    }
    impl CustomField {
        /// `created_at` of whichever member this is; `None` for `Unknown`.
        pub fn created_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Text(value) => Some(&value.created_at),
                Self::Number(value) => Some(&value.created_at),
                Self::Date(value) => Some(&value.created_at),
                Self::Checkbox(value) => Some(&value.created_at),
                Self::Select(value) => Some(&value.created_at),
                Self::Unknown(_) => None,
            }
        }
        /// `id` of whichever member this is; `None` for `Unknown`.
        pub fn id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Text(value) => Some(&value.id),
                Self::Number(value) => Some(&value.id),
                Self::Date(value) => Some(&value.id),
                Self::Checkbox(value) => Some(&value.id),
                Self::Select(value) => Some(&value.id),
                Self::Unknown(_) => None,
            }
        }
        /// `metadata` of whichever member this is; `None` for `Unknown`.
        pub fn metadata(&self) -> ::std::option::Option<&Metadata> {
            match self {
                Self::Text(value) => Some(&value.metadata),
                Self::Number(value) => Some(&value.metadata),
                Self::Date(value) => Some(&value.metadata),
                Self::Checkbox(value) => Some(&value.metadata),
                Self::Select(value) => Some(&value.metadata),
                Self::Unknown(_) => None,
            }
        }
        /// `modified_at` of whichever member this is; `None` for `Unknown`.
        pub fn modified_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Text(value) => value.modified_at.as_ref(),
                Self::Number(value) => value.modified_at.as_ref(),
                Self::Date(value) => value.modified_at.as_ref(),
                Self::Checkbox(value) => value.modified_at.as_ref(),
                Self::Select(value) => value.modified_at.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `name` of whichever member this is; `None` for `Unknown`.
        pub fn name(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Text(value) => Some(&value.name),
                Self::Number(value) => Some(&value.name),
                Self::Date(value) => Some(&value.name),
                Self::Checkbox(value) => Some(&value.name),
                Self::Select(value) => Some(&value.name),
                Self::Unknown(_) => None,
            }
        }
        /// `organization_id` of whichever member this is; `None` for `Unknown`.
        pub fn organization_id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Text(value) => Some(&value.organization_id),
                Self::Number(value) => Some(&value.organization_id),
                Self::Date(value) => Some(&value.organization_id),
                Self::Checkbox(value) => Some(&value.organization_id),
                Self::Select(value) => Some(&value.organization_id),
                Self::Unknown(_) => None,
            }
        }
        /// `slug` of whichever member this is; `None` for `Unknown`.
        pub fn slug(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Text(value) => Some(&value.slug),
                Self::Number(value) => Some(&value.slug),
                Self::Date(value) => Some(&value.slug),
                Self::Checkbox(value) => Some(&value.slug),
                Self::Select(value) => Some(&value.slug),
                Self::Unknown(_) => None,
            }
        }
    }
    impl LegacyRecurringProductPrice {
        /// `created_at` of whichever member this is; `None` for `Unknown`.
        pub fn created_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Fixed(value) => Some(&value.created_at),
                Self::Custom(value) => Some(&value.created_at),
                Self::Unknown(_) => None,
            }
        }
        /// `id` of whichever member this is; `None` for `Unknown`.
        pub fn id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Fixed(value) => Some(&value.id),
                Self::Custom(value) => Some(&value.id),
                Self::Unknown(_) => None,
            }
        }
        /// `is_archived` of whichever member this is; `None` for `Unknown`.
        pub fn is_archived(&self) -> ::std::option::Option<&bool> {
            match self {
                Self::Fixed(value) => Some(&value.is_archived),
                Self::Custom(value) => Some(&value.is_archived),
                Self::Unknown(_) => None,
            }
        }
        /// `legacy` of whichever member this is; `None` for `Unknown`.
        pub fn legacy(&self) -> ::std::option::Option<&types::True> {
            match self {
                Self::Fixed(value) => Some(&value.legacy),
                Self::Custom(value) => Some(&value.legacy),
                Self::Unknown(_) => None,
            }
        }
        /// `modified_at` of whichever member this is; `None` for `Unknown`.
        pub fn modified_at(
            &self,
        ) -> ::std::option::Option<&::chrono::DateTime<::chrono::offset::Utc>> {
            match self {
                Self::Fixed(value) => value.modified_at.as_ref(),
                Self::Custom(value) => value.modified_at.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `price_currency` of whichever member this is; `None` for `Unknown`.
        pub fn price_currency(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Fixed(value) => Some(&value.price_currency),
                Self::Custom(value) => Some(&value.price_currency),
                Self::Unknown(_) => None,
            }
        }
        /// `product_id` of whichever member this is; `None` for `Unknown`.
        pub fn product_id(&self) -> ::std::option::Option<&::uuid::Uuid> {
            match self {
                Self::Fixed(value) => Some(&value.product_id),
                Self::Custom(value) => Some(&value.product_id),
                Self::Unknown(_) => None,
            }
        }
        /// `recurring_interval` of whichever member this is; `None` for `Unknown`.
        pub fn recurring_interval(
            &self,
        ) -> ::std::option::Option<&types::SubscriptionRecurringInterval> {
            match self {
                Self::Fixed(value) => Some(&value.recurring_interval),
                Self::Custom(value) => Some(&value.recurring_interval),
                Self::Unknown(_) => None,
            }
        }
        /// `source` of whichever member this is; `None` for `Unknown`.
        pub fn source(&self) -> ::std::option::Option<&types::ProductPriceSource> {
            match self {
                Self::Fixed(value) => Some(&value.source),
                Self::Custom(value) => Some(&value.source),
                Self::Unknown(_) => None,
            }
        }
        /// `tax_behavior` of whichever member this is; `None` for `Unknown`.
        pub fn tax_behavior(&self) -> ::std::option::Option<&types::TaxBehaviorOption> {
            match self {
                Self::Fixed(value) => value.tax_behavior.as_ref(),
                Self::Custom(value) => value.tax_behavior.as_ref(),
                Self::Unknown(_) => None,
            }
        }
    }
    impl ProductPriceCreate {
        /// `price_currency` of whichever member this is; `None` for `Unknown`.
        pub fn price_currency(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Fixed(value) => value.price_currency.as_ref(),
                Self::Custom(value) => value.price_currency.as_ref(),
                Self::SeatBased(value) => value.price_currency.as_ref(),
                Self::UnitBased(value) => value.price_currency.as_ref(),
                Self::MeteredUnit(value) => value.price_currency.as_ref(),
                Self::MeteredTiers(value) => value.price_currency.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `tax_behavior` of whichever member this is; `None` for `Unknown`.
        pub fn tax_behavior(&self) -> ::std::option::Option<&types::TaxBehaviorOption> {
            match self {
                Self::Fixed(value) => value.tax_behavior.as_ref(),
                Self::Custom(value) => value.tax_behavior.as_ref(),
                Self::SeatBased(value) => value.tax_behavior.as_ref(),
                Self::UnitBased(value) => value.tax_behavior.as_ref(),
                Self::MeteredUnit(value) => value.tax_behavior.as_ref(),
                Self::MeteredTiers(value) => value.tax_behavior.as_ref(),
                Self::Unknown(_) => None,
            }
        }
    }
    impl ::std::convert::From<CheckoutDiscountFixedOnceForeverDuration>
    for CheckoutDiscount {
        fn from(value: CheckoutDiscountFixedOnceForeverDuration) -> Self {
            Self::Fixed(CheckoutDiscountFixed::from(value))
        }
    }
    impl ::std::convert::From<CheckoutDiscountFixedRepeatDuration> for CheckoutDiscount {
        fn from(value: CheckoutDiscountFixedRepeatDuration) -> Self {
            Self::Fixed(CheckoutDiscountFixed::from(value))
        }
    }
    impl ::std::convert::From<CheckoutDiscountPercentageOnceForeverDuration>
    for CheckoutDiscount {
        fn from(value: CheckoutDiscountPercentageOnceForeverDuration) -> Self {
            Self::Percentage(CheckoutDiscountPercentage::from(value))
        }
    }
    impl ::std::convert::From<CheckoutDiscountPercentageRepeatDuration>
    for CheckoutDiscount {
        fn from(value: CheckoutDiscountPercentageRepeatDuration) -> Self {
            Self::Percentage(CheckoutDiscountPercentage::from(value))
        }
    }
    impl ::std::convert::From<LegacyRecurringProductPriceCustom> for ProductPrice {
        fn from(value: LegacyRecurringProductPriceCustom) -> Self {
            Self::LegacyRecurring(LegacyRecurringProductPrice::from(value))
        }
    }
    impl ::std::convert::From<LegacyRecurringProductPriceFixed> for ProductPrice {
        fn from(value: LegacyRecurringProductPriceFixed) -> Self {
            Self::LegacyRecurring(LegacyRecurringProductPrice::from(value))
        }
    }
    impl ::std::convert::From<ProductPriceCustom> for ProductPrice {
        fn from(value: ProductPriceCustom) -> Self {
            Self::Current(CurrentProductPrice::from(value))
        }
    }
    impl ::std::convert::From<ProductPriceFixed> for ProductPrice {
        fn from(value: ProductPriceFixed) -> Self {
            Self::Current(CurrentProductPrice::from(value))
        }
    }
    impl ::std::convert::From<ProductPriceMeteredTiers> for ProductPrice {
        fn from(value: ProductPriceMeteredTiers) -> Self {
            Self::Current(CurrentProductPrice::from(value))
        }
    }
    impl ::std::convert::From<ProductPriceMeteredUnit> for ProductPrice {
        fn from(value: ProductPriceMeteredUnit) -> Self {
            Self::Current(CurrentProductPrice::from(value))
        }
    }
    impl ::std::convert::From<ProductPriceSeatBased> for ProductPrice {
        fn from(value: ProductPriceSeatBased) -> Self {
            Self::Current(CurrentProductPrice::from(value))
        }
    }
    impl ::std::convert::From<ProductPriceUnitBased> for ProductPrice {
        fn from(value: ProductPriceUnitBased) -> Self {
            Self::Current(CurrentProductPrice::from(value))
        }
    }
    impl<const N: usize> ::std::convert::From<[types::CheckoutStatus; N]>
    for CheckoutStatusFilter {
        fn from(value: [types::CheckoutStatus; N]) -> Self {
            Self::Array(value.into())
        }
    }
    impl ::std::convert::From<&str> for CustomFieldInputValue {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
    impl ::std::convert::From<&str> for CustomFieldValue {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
    impl ::std::convert::From<&str> for DecimalInput {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
    impl ::std::convert::From<&str> for MetadataValue {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
    impl ::std::convert::From<&str> for StringFilter {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
    impl<const N: usize> ::std::convert::From<[::std::string::String; N]>
    for StringFilter {
        fn from(value: [::std::string::String; N]) -> Self {
            Self::Array(value.into())
        }
    }
    impl<const N: usize> ::std::convert::From<[&str; N]> for StringFilter {
        fn from(value: [&str; N]) -> Self {
            Self::Array(value.iter().map(|v| (*v).to_owned()).collect())
        }
    }
    impl ::std::convert::TryFrom<&str> for UuidFilter {
        type Error = ::uuid::Error;
        fn try_from(value: &str) -> ::std::result::Result<Self, ::uuid::Error> {
            value.parse().map(Self::Uuid)
        }
    }
    impl<const N: usize> ::std::convert::From<[::uuid::Uuid; N]> for UuidFilter {
        fn from(value: [::uuid::Uuid; N]) -> Self {
            Self::Array(value.into())
        }
    }
    impl ::std::convert::From<&str> for ValidationErrorLocation {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Polar checkout sessions

Checkout sessions of the Polar API (polar.sh): create a checkout for products, let the customer update and confirm it, and read it back. Written by hand from Polar's API reference; see spec/README.md for sources and deliberate deviations.

Version: 2026-10*/
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
#[doc(hidden)]
impl ClientInfo<::checkout_runtime::__private::ClientState> for Client {
    fn api_version() -> &'static str {
        "2026-10"
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
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = polar_checkouts::mock::MockServer::start().await;
# mock.checkouts_list().respond(polar_checkouts::types::ListResourceCheckout::example());
# let client = &mock.client();
let response = client
    .checkouts_list()
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
```*/
    pub fn checkouts_list(&self) -> builder::CheckoutsList<'_> {
        builder::CheckoutsList::new(self)
    }
    /**Create a checkout session

Create a checkout session. Scopes: `checkouts:write`.

Sends a `POST` request to `/v1/checkouts/`

```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = polar_checkouts::mock::MockServer::start().await;
# mock.checkouts_create().respond(polar_checkouts::types::Checkout::example());
# let client = &mock.client();
let response = client
    .checkouts_create()
    .body(polar_checkouts::types::CheckoutCreate::new(vec![polar_checkouts::uuid::Uuid::nil()]))
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
```*/
    pub fn checkouts_create(&self) -> builder::CheckoutsCreate<'_> {
        builder::CheckoutsCreate::new(self)
    }
    /**Get a checkout session from the client

Get a checkout session by client secret. Needs no access token.

Sends a `GET` request to `/v1/checkouts/client/{client_secret}`

Arguments:
- `client_secret`: The checkout session client secret.
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = polar_checkouts::mock::MockServer::start().await;
# mock.checkouts_client_get().respond(polar_checkouts::types::CheckoutPublic::example());
# let client = &mock.client();
let response = client
    .checkouts_client_get()
    .client_secret("<client_secret>")
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
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
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = polar_checkouts::mock::MockServer::start().await;
# mock.checkouts_client_update().respond(polar_checkouts::types::CheckoutPublic::example());
# let client = &mock.client();
let response = client
    .checkouts_client_update()
    .client_secret("<client_secret>")
    .body(polar_checkouts::types::CheckoutUpdatePublic::new())
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
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
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = polar_checkouts::mock::MockServer::start().await;
# mock.checkouts_client_confirm().respond(polar_checkouts::types::CheckoutPublicConfirmed::example());
# let client = &mock.client();
let response = client
    .checkouts_client_confirm()
    .client_secret("<client_secret>")
    .body(polar_checkouts::types::CheckoutConfirmStripe::new())
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
```*/
    pub fn checkouts_client_confirm(&self) -> builder::CheckoutsClientConfirm<'_> {
        builder::CheckoutsClientConfirm::new(self)
    }
    /**Get a checkout session

Get a checkout session by ID. Scopes: `checkouts:read`, `checkouts:write`.

Sends a `GET` request to `/v1/checkouts/{id}`

Arguments:
- `id`: The checkout session ID.
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = polar_checkouts::mock::MockServer::start().await;
# mock.checkouts_get().respond(polar_checkouts::types::Checkout::example());
# let client = &mock.client();
let response = client
    .checkouts_get()
    .id(polar_checkouts::uuid::Uuid::nil())
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
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
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = polar_checkouts::mock::MockServer::start().await;
# mock.checkouts_update().respond(polar_checkouts::types::Checkout::example());
# let client = &mock.client();
let response = client
    .checkouts_update()
    .id(polar_checkouts::uuid::Uuid::nil())
    .body(polar_checkouts::types::CheckoutUpdate::new())
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
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
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
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
                invalid: ::std::option::Option::None,
            }
        }
        /// The `customer_id` query parameter.
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
        /// The `external_customer_id` query parameter.
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
        /// The `limit` query parameter.
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<u64>,
        {
            match value.try_into().ok().and_then(::std::num::NonZeroU64::new) {
                Some(value) => self.limit = Ok(Some(value)),
                None => {
                    self.invalid
                        .get_or_insert(::checkout_runtime::bounds::Invalid {
                            field: "limit".to_owned(),
                            bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                        });
                }
            }
            self
        }
        /// The `organization_id` query parameter.
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
        /// The `page` query parameter.
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: ::std::convert::TryInto<u64>,
        {
            match value.try_into().ok().and_then(::std::num::NonZeroU64::new) {
                Some(value) => self.page = Ok(Some(value)),
                None => {
                    self.invalid
                        .get_or_insert(::checkout_runtime::bounds::Invalid {
                            field: "page".to_owned(),
                            bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                        });
                }
            }
            self
        }
        /// The `product_id` query parameter.
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
        /// The `query` query parameter.
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
        /// The `sorting` query parameter.
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
        /// The `status` query parameter.
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
                invalid: _,
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
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> CheckoutsCreate<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
                options: ::std::default::Default::default(),
                invalid: ::std::option::Option::None,
            }
        }
        /// The whole body (its fields also have setters of their own on this builder).
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
        /// Changes the body through typify's builder of it.
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
            let Self { client, body, options, invalid: _ } = self;
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
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> ::std::fmt::Debug for CheckoutsClientGet<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutsClientGet")
                .field("client", &self.client)
                .field("client_secret", &"<redacted>")
                .field("options", &self.options)
                .field("invalid", &self.invalid)
                .finish()
        }
    }
    impl<'a> CheckoutsClientGet<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                client_secret: Err("client_secret was not initialized".to_string()),
                options: ::std::default::Default::default(),
                invalid: ::std::option::Option::None,
            }
        }
        /// The `client_secret` path parameter.
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
            let Self { client, client_secret, options, invalid: _ } = self;
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
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> ::std::fmt::Debug for CheckoutsClientUpdate<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutsClientUpdate")
                .field("client", &self.client)
                .field("client_secret", &"<redacted>")
                .field("body", &self.body)
                .field("options", &self.options)
                .field("invalid", &self.invalid)
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
                invalid: ::std::option::Option::None,
            }
        }
        /// The `client_secret` path parameter.
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
        /// The whole body (its fields also have setters of their own on this builder).
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
        /// Changes the body through typify's builder of it.
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
            let Self { client, client_secret, body, options, invalid: _ } = self;
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
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> ::std::fmt::Debug for CheckoutsClientConfirm<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckoutsClientConfirm")
                .field("client", &self.client)
                .field("client_secret", &"<redacted>")
                .field("body", &self.body)
                .field("options", &self.options)
                .field("invalid", &self.invalid)
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
                invalid: ::std::option::Option::None,
            }
        }
        /// The `client_secret` path parameter.
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
        /// The whole body (its fields also have setters of their own on this builder).
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
        /// Changes the body through typify's builder of it.
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
            let Self { client, client_secret, body, options, invalid: _ } = self;
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
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> CheckoutsGet<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::std::default::Default::default(),
                invalid: ::std::option::Option::None,
            }
        }
        /// The `id` path parameter.
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
            let Self { client, id, options, invalid: _ } = self;
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
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> CheckoutsUpdate<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
                options: ::std::default::Default::default(),
                invalid: ::std::option::Option::None,
            }
        }
        /// The `id` path parameter.
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
        /// The whole body (its fields also have setters of their own on this builder).
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
        /// Changes the body through typify's builder of it.
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
            let Self { client, id, body, options, invalid: _ } = self;
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
            types::ListResourceCheckout,
            ::checkout_runtime::Error<super::errors::CheckoutsListError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListResourceCheckout>,
            ::checkout_runtime::Error<super::errors::CheckoutsListError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkouts:list",
                    "GET",
                    "/v1/checkouts/",
                    async move {
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:list",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(Some(value)) = &self.limit
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "limit",
                                value,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(100f64),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:list",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(Some(value)) = &self.page
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "page",
                                value,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:list",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(Some(value)) = &self.sorting
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "sorting",
                                value,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "*",
                                        bound: ::checkout_runtime::bounds::Bound::OneOf(
                                            &[
                                                "\"created_at\"",
                                                "\"-created_at\"",
                                                "\"expires_at\"",
                                                "\"-expires_at\"",
                                                "\"status\"",
                                                "\"-status\"",
                                            ],
                                        ),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:list",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(Some(value)) = &self.status
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "status",
                                value,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "",
                                        bound: ::checkout_runtime::bounds::Bound::OneOf(
                                            &[
                                                "\"open\"",
                                                "\"expired\"",
                                                "\"confirmed\"",
                                                "\"succeeded\"",
                                                "\"failed\"",
                                            ],
                                        ),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "*",
                                        bound: ::checkout_runtime::bounds::Bound::OneOf(
                                            &[
                                                "\"open\"",
                                                "\"expired\"",
                                                "\"confirmed\"",
                                                "\"succeeded\"",
                                                "\"failed\"",
                                            ],
                                        ),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:list",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkouts_list",
                                super::rate_limits("checkouts_list"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkouts:list",
                                retry_in,
                            });
                        }
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
                    },
                )
                .await
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
            types::Checkout,
            ::checkout_runtime::Error<super::errors::CheckoutsCreateError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::Checkout>,
            ::checkout_runtime::Error<super::errors::CheckoutsCreateError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkouts:create",
                    "POST",
                    "/v1/checkouts/",
                    async move {
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:create",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(body) = &self.body
                            && let Ok(body) = types::CheckoutCreate::try_from(
                                body.clone(),
                            )
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "",
                                &body,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "amount",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "currency",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(3u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "currency",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(3u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_metadata",
                                        bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_name",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "max_seats",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "max_seats",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "metadata",
                                        bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "min_seats",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "min_seats",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "prices/*",
                                        bound: ::checkout_runtime::bounds::Bound::MinItems(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "products",
                                        bound: ::checkout_runtime::bounds::Bound::MinItems(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "return_url",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "return_url",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "success_url",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "success_url",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "trial_interval",
                                        bound: ::checkout_runtime::bounds::Bound::OneOf(
                                            &["\"day\"", "\"week\"", "\"month\"", "\"year\""],
                                        ),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "trial_interval_count",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "trial_interval_count",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(1000f64),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:create",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkouts_create",
                                super::rate_limits("checkouts_create"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkouts:create",
                                retry_in,
                            });
                        }
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
                    },
                )
                .await
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
            types::CheckoutPublic,
            ::checkout_runtime::Error<super::errors::CheckoutsClientGetError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CheckoutPublic>,
            ::checkout_runtime::Error<super::errors::CheckoutsClientGetError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkouts:client_get",
                    "GET",
                    "/v1/checkouts/client/{client_secret}",
                    async move {
                        if let Ok(value) = &self.client_secret {
                            ::checkout_runtime::__private::add_secret(
                                &value.to_string(),
                            );
                        }
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:client_get",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkouts_client_get",
                                super::rate_limits("checkouts_client_get"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkouts:client_get",
                                retry_in,
                            });
                        }
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
                    },
                )
                .await
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
            types::CheckoutPublic,
            ::checkout_runtime::Error<super::errors::CheckoutsClientUpdateError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CheckoutPublic>,
            ::checkout_runtime::Error<super::errors::CheckoutsClientUpdateError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkouts:client_update",
                    "PATCH",
                    "/v1/checkouts/client/{client_secret}",
                    async move {
                        if let Ok(value) = &self.client_secret {
                            ::checkout_runtime::__private::add_secret(
                                &value.to_string(),
                            );
                        }
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:client_update",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(body) = &self.body
                            && let Ok(body) = types::CheckoutUpdatePublic::try_from(
                                body.clone(),
                            )
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "",
                                &body,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "amount",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_name",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:client_update",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkouts_client_update",
                                super::rate_limits("checkouts_client_update"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkouts:client_update",
                                retry_in,
                            });
                        }
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
                    },
                )
                .await
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
            types::CheckoutPublicConfirmed,
            ::checkout_runtime::Error<super::errors::CheckoutsClientConfirmError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CheckoutPublicConfirmed>,
            ::checkout_runtime::Error<super::errors::CheckoutsClientConfirmError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkouts:client_confirm",
                    "POST",
                    "/v1/checkouts/client/{client_secret}/confirm",
                    async move {
                        if let Ok(value) = &self.client_secret {
                            ::checkout_runtime::__private::add_secret(
                                &value.to_string(),
                            );
                        }
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:client_confirm",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(body) = &self.body
                            && let Ok(body) = types::CheckoutConfirmStripe::try_from(
                                body.clone(),
                            )
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "",
                                &body,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "amount",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_name",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:client_confirm",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkouts_client_confirm",
                                super::rate_limits("checkouts_client_confirm"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkouts:client_confirm",
                                retry_in,
                            });
                        }
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
                    },
                )
                .await
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
            types::Checkout,
            ::checkout_runtime::Error<super::errors::CheckoutsGetError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::Checkout>,
            ::checkout_runtime::Error<super::errors::CheckoutsGetError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkouts:get",
                    "GET",
                    "/v1/checkouts/{id}",
                    async move {
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:get",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkouts_get",
                                super::rate_limits("checkouts_get"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkouts:get",
                                retry_in,
                            });
                        }
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
                    },
                )
                .await
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
            types::Checkout,
            ::checkout_runtime::Error<super::errors::CheckoutsUpdateError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::Checkout>,
            ::checkout_runtime::Error<super::errors::CheckoutsUpdateError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkouts:update",
                    "PATCH",
                    "/v1/checkouts/{id}",
                    async move {
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:update",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Ok(body) = &self.body
                            && let Ok(body) = types::CheckoutUpdate::try_from(
                                body.clone(),
                            )
                            && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(
                                "",
                                &body,
                                &[
                                    ::checkout_runtime::bounds::Rule {
                                        path: "amount",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "currency",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(3u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "currency",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(3u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_metadata",
                                        bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "customer_name",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "metadata",
                                        bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "metadata/*",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "return_url",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "return_url",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "seats",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "success_url",
                                        bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "success_url",
                                        bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "trial_interval",
                                        bound: ::checkout_runtime::bounds::Bound::OneOf(
                                            &["\"day\"", "\"week\"", "\"month\"", "\"year\""],
                                        ),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "trial_interval_count",
                                        bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
                                    },
                                    ::checkout_runtime::bounds::Rule {
                                        path: "trial_interval_count",
                                        bound: ::checkout_runtime::bounds::Bound::Maximum(1000f64),
                                    },
                                ],
                            )
                        {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkouts:update",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkouts_update",
                                super::rate_limits("checkouts_update"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkouts:update",
                                retry_in,
                            });
                        }
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
                    },
                )
                .await
        }
    }
    impl<'a> CheckoutsCreate<'a> {
        /// The bounds the spec declares on the body, by field.
        const BODY_RULES: &'static [::checkout_runtime::bounds::Rule] = &[
            ::checkout_runtime::bounds::Rule {
                path: "amount",
                bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "currency",
                bound: ::checkout_runtime::bounds::Bound::MinLength(3u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "currency",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(3u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_metadata",
                bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_name",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "max_seats",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "max_seats",
                bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "metadata",
                bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "min_seats",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "min_seats",
                bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "prices/*",
                bound: ::checkout_runtime::bounds::Bound::MinItems(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "products",
                bound: ::checkout_runtime::bounds::Bound::MinItems(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "return_url",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "return_url",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "success_url",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "success_url",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "trial_interval",
                bound: ::checkout_runtime::bounds::Bound::OneOf(
                    &["\"day\"", "\"week\"", "\"month\"", "\"year\""],
                ),
            },
            ::checkout_runtime::bounds::Rule {
                path: "trial_interval_count",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "trial_interval_count",
                bound: ::checkout_runtime::bounds::Bound::Maximum(1000f64),
            },
        ];
        /// Sets the body's `allow_discount_codes` (see [`allow_discount_codes`](types::CheckoutCreate::allow_discount_codes)).
        ///
        pub fn allow_discount_codes(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.allow_discount_codes(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `allow_trial` (see [`allow_trial`](types::CheckoutCreate::allow_trial)).
        ///
        pub fn allow_trial(mut self, value: impl ::std::convert::Into<bool>) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.allow_trial(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `amount` (see [`amount`](types::CheckoutCreate::amount)).
        ///
        pub fn amount(mut self, value: impl ::std::convert::Into<u64>) -> Self {
            let converted: ::std::result::Result<
                u64,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.amount(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `currency` (see [`currency`](types::CheckoutCreate::currency)).
        ///
        pub fn currency(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutCreateCurrency,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutCreateCurrency>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "currency",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.currency(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `custom_field_data` (see [`custom_field_data`](types::CheckoutCreate::custom_field_data)).
        ///
        pub fn custom_field_data(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CustomFieldDataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::CustomFieldDataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "custom_field_data",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.custom_field_data(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_billing_address` (see [`customer_billing_address`](types::CheckoutCreate::customer_billing_address)).
        ///
        pub fn customer_billing_address(
            mut self,
            value: impl ::std::convert::Into<types::AddressInput>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::AddressInput,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_billing_address(Some(value)))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_billing_name` (see [`customer_billing_name`](types::CheckoutCreate::customer_billing_name)).
        ///
        pub fn customer_billing_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_billing_name(Some(value)))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_email` (see [`customer_email`](types::CheckoutCreate::customer_email)).
        ///
        pub fn customer_email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.customer_email(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_id` (see [`customer_id`](types::CheckoutCreate::customer_id)).
        ///
        pub fn customer_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "customer_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.customer_id(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_ip_address` (see [`customer_ip_address`](types::CheckoutCreate::customer_ip_address)).
        ///
        pub fn customer_ip_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.customer_ip_address(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_metadata` (see [`customer_metadata`](types::CheckoutCreate::customer_metadata)).
        ///
        pub fn customer_metadata(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::MetadataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::MetadataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "customer_metadata",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.customer_metadata(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_name` (see [`customer_name`](types::CheckoutCreate::customer_name)).
        ///
        pub fn customer_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutCreateCustomerName,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutCreateCustomerName>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "customer_name",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.customer_name(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_tax_id` (see [`customer_tax_id`](types::CheckoutCreate::customer_tax_id)).
        ///
        pub fn customer_tax_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.customer_tax_id(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `discount_id` (see [`discount_id`](types::CheckoutCreate::discount_id)).
        ///
        pub fn discount_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "discount_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.discount_id(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `embed_origin` (see [`embed_origin`](types::CheckoutCreate::embed_origin)).
        ///
        pub fn embed_origin(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.embed_origin(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `external_customer_id` (see [`external_customer_id`](types::CheckoutCreate::external_customer_id)).
        ///
        pub fn external_customer_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.external_customer_id(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `is_business_customer` (see [`is_business_customer`](types::CheckoutCreate::is_business_customer)).
        ///
        pub fn is_business_customer(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.is_business_customer(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `locale` (see [`locale`](types::CheckoutCreate::locale)).
        ///
        pub fn locale(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.locale(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `max_seats` (see [`max_seats`](types::CheckoutCreate::max_seats)).
        ///
        pub fn max_seats(mut self, value: impl ::std::convert::TryInto<u64>) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "max_seats".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.max_seats(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `max_units` (see [`max_units`](types::CheckoutCreate::max_units)).
        ///
        pub fn max_units(mut self, value: impl ::std::convert::Into<i32>) -> Self {
            let converted: ::std::result::Result<
                i32,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.max_units(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `metadata` (see [`metadata`](types::CheckoutCreate::metadata)).
        ///
        pub fn metadata(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::MetadataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::MetadataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "metadata",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.metadata(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `min_seats` (see [`min_seats`](types::CheckoutCreate::min_seats)).
        ///
        pub fn min_seats(mut self, value: impl ::std::convert::TryInto<u64>) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "min_seats".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.min_seats(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `min_units` (see [`min_units`](types::CheckoutCreate::min_units)).
        ///
        pub fn min_units(mut self, value: impl ::std::convert::Into<i32>) -> Self {
            let converted: ::std::result::Result<
                i32,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.min_units(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `prices` (see [`prices`](types::CheckoutCreate::prices)).
        ///
        pub fn prices(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::vec::Vec<types::ProductPriceCreate>,
                >,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<types::ProductPriceCreate>,
                    >,
                >(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "prices",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.prices(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `products` (see [`products`](types::CheckoutCreate::products)).
        ///
        pub fn products(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::TryInto<::uuid::Uuid>,
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::vec::Vec<::uuid::Uuid>,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .into_iter()
                .enumerate()
                .map(|(i, value)| {
                    let converted: ::std::result::Result<
                        ::uuid::Uuid,
                        ::checkout_runtime::bounds::Invalid,
                    > = value
                        .try_into()
                        .map_err(|_| ::checkout_runtime::bounds::Invalid {
                            field: "products".to_owned(),
                            bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                        });
                    converted
                        .map_err(|mut invalid| {
                            if invalid.field == "products" {
                                invalid.field = format!("{}[{}]", "products", i);
                            }
                            invalid
                        })
                })
                .collect::<::std::result::Result<::std::vec::Vec<_>, _>>();
            match converted {
                Ok(value) => self.body_map(|body| body.products(value)),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `require_billing_address` (see [`require_billing_address`](types::CheckoutCreate::require_billing_address)).
        ///
        pub fn require_billing_address(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.require_billing_address(Some(value)))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `return_url` (see [`return_url`](types::CheckoutCreate::return_url)).
        ///
        pub fn return_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutCreateReturnUrl,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutCreateReturnUrl>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "return_url",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.return_url(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `seats` (see [`seats`](types::CheckoutCreate::seats)).
        ///
        pub fn seats(mut self, value: impl ::std::convert::TryInto<u64>) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "seats".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.seats(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `subscription_id` (see [`subscription_id`](types::CheckoutCreate::subscription_id)).
        ///
        pub fn subscription_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "subscription_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.subscription_id(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `success_url` (see [`success_url`](types::CheckoutCreate::success_url)).
        ///
        pub fn success_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutCreateSuccessUrl,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutCreateSuccessUrl>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "success_url",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.success_url(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `trial_interval` (see [`trial_interval`](types::CheckoutCreate::trial_interval)).
        ///
        pub fn trial_interval(
            mut self,
            value: impl ::std::convert::Into<types::TrialInterval>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::TrialInterval,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.trial_interval(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `trial_interval_count` (see [`trial_interval_count`](types::CheckoutCreate::trial_interval_count)).
        ///
        pub fn trial_interval_count(
            mut self,
            value: impl ::std::convert::TryInto<u64>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "trial_interval_count".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.trial_interval_count(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `units` (see [`units`](types::CheckoutCreate::units)).
        ///
        pub fn units(mut self, value: impl ::std::convert::Into<i32>) -> Self {
            let converted: ::std::result::Result<
                i32,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.units(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
    }
    impl<'a> CheckoutsClientUpdate<'a> {
        /// The bounds the spec declares on the body, by field.
        const BODY_RULES: &'static [::checkout_runtime::bounds::Rule] = &[
            ::checkout_runtime::bounds::Rule {
                path: "amount",
                bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_name",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
            },
        ];
        /// Sets the body's `allow_trial` (see [`allow_trial`](types::CheckoutUpdatePublic::allow_trial)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn allow_trial(
            mut self,
            value: impl ::std::convert::Into<types::False>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::False,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.allow_trial(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `allow_trial` as `null`, which clears it.
        pub fn clear_allow_trial(self) -> Self {
            self.body_map(|body| body.allow_trial(Some(None)))
        }
        /// Sets the body's `amount` (see [`amount`](types::CheckoutUpdatePublic::amount)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn amount(mut self, value: impl ::std::convert::Into<u64>) -> Self {
            let converted: ::std::result::Result<
                u64,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.amount(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `amount` as `null`, which clears it.
        pub fn clear_amount(self) -> Self {
            self.body_map(|body| body.amount(Some(None)))
        }
        /// Sets the body's `custom_field_data` (see [`custom_field_data`](types::CheckoutUpdatePublic::custom_field_data)).
        ///
        pub fn custom_field_data(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CustomFieldDataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::CustomFieldDataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "custom_field_data",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.custom_field_data(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_billing_address` (see [`customer_billing_address`](types::CheckoutUpdatePublic::customer_billing_address)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_billing_address(
            mut self,
            value: impl ::std::convert::Into<types::AddressInput>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::AddressInput,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| {
                        body.customer_billing_address(Some(Some(value)))
                    })
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_billing_address` as `null`, which clears it.
        pub fn clear_customer_billing_address(self) -> Self {
            self.body_map(|body| body.customer_billing_address(Some(None)))
        }
        /// Sets the body's `customer_billing_name` (see [`customer_billing_name`](types::CheckoutUpdatePublic::customer_billing_name)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_billing_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_billing_name(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_billing_name` as `null`, which clears it.
        pub fn clear_customer_billing_name(self) -> Self {
            self.body_map(|body| body.customer_billing_name(Some(None)))
        }
        /// Sets the body's `customer_email` (see [`customer_email`](types::CheckoutUpdatePublic::customer_email)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.customer_email(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_email` as `null`, which clears it.
        pub fn clear_customer_email(self) -> Self {
            self.body_map(|body| body.customer_email(Some(None)))
        }
        /// Sets the body's `customer_name` (see [`customer_name`](types::CheckoutUpdatePublic::customer_name)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutUpdatePublicCustomerName,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutUpdatePublicCustomerName>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "customer_name",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.customer_name(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_name` as `null`, which clears it.
        pub fn clear_customer_name(self) -> Self {
            self.body_map(|body| body.customer_name(Some(None)))
        }
        /// Sets the body's `customer_tax_id` (see [`customer_tax_id`](types::CheckoutUpdatePublic::customer_tax_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_tax_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_tax_id(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_tax_id` as `null`, which clears it.
        pub fn clear_customer_tax_id(self) -> Self {
            self.body_map(|body| body.customer_tax_id(Some(None)))
        }
        /// Sets the body's `discount_code` (see [`discount_code`](types::CheckoutUpdatePublic::discount_code)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn discount_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.discount_code(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `discount_code` as `null`, which clears it.
        pub fn clear_discount_code(self) -> Self {
            self.body_map(|body| body.discount_code(Some(None)))
        }
        /// Sets the body's `is_business_customer` (see [`is_business_customer`](types::CheckoutUpdatePublic::is_business_customer)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn is_business_customer(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.is_business_customer(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `is_business_customer` as `null`, which clears it.
        pub fn clear_is_business_customer(self) -> Self {
            self.body_map(|body| body.is_business_customer(Some(None)))
        }
        /// Sets the body's `locale` (see [`locale`](types::CheckoutUpdatePublic::locale)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn locale(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.locale(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `locale` as `null`, which clears it.
        pub fn clear_locale(self) -> Self {
            self.body_map(|body| body.locale(Some(None)))
        }
        /// Sets the body's `payment_method_type` (see [`payment_method_type`](types::CheckoutUpdatePublic::payment_method_type)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn payment_method_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.payment_method_type(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `payment_method_type` as `null`, which clears it.
        pub fn clear_payment_method_type(self) -> Self {
            self.body_map(|body| body.payment_method_type(Some(None)))
        }
        /// Sets the body's `product_id` (see [`product_id`](types::CheckoutUpdatePublic::product_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn product_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "product_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.product_id(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `product_id` as `null`, which clears it.
        pub fn clear_product_id(self) -> Self {
            self.body_map(|body| body.product_id(Some(None)))
        }
        /// Sets the body's `product_price_id` (see [`product_price_id`](types::CheckoutUpdatePublic::product_price_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn product_price_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "product_price_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.product_price_id(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `product_price_id` as `null`, which clears it.
        pub fn clear_product_price_id(self) -> Self {
            self.body_map(|body| body.product_price_id(Some(None)))
        }
        /// Sets the body's `seats` (see [`seats`](types::CheckoutUpdatePublic::seats)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn seats(mut self, value: impl ::std::convert::TryInto<u64>) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "seats".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.seats(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `seats` as `null`, which clears it.
        pub fn clear_seats(self) -> Self {
            self.body_map(|body| body.seats(Some(None)))
        }
        /// Sets the body's `units` (see [`units`](types::CheckoutUpdatePublic::units)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn units(mut self, value: impl ::std::convert::Into<i32>) -> Self {
            let converted: ::std::result::Result<
                i32,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.units(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `units` as `null`, which clears it.
        pub fn clear_units(self) -> Self {
            self.body_map(|body| body.units(Some(None)))
        }
    }
    impl<'a> CheckoutsClientConfirm<'a> {
        /// The bounds the spec declares on the body, by field.
        const BODY_RULES: &'static [::checkout_runtime::bounds::Rule] = &[
            ::checkout_runtime::bounds::Rule {
                path: "amount",
                bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_name",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
            },
        ];
        /// Sets the body's `allow_trial` (see [`allow_trial`](types::CheckoutConfirmStripe::allow_trial)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn allow_trial(
            mut self,
            value: impl ::std::convert::Into<types::False>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::False,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.allow_trial(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `allow_trial` as `null`, which clears it.
        pub fn clear_allow_trial(self) -> Self {
            self.body_map(|body| body.allow_trial(Some(None)))
        }
        /// Sets the body's `amount` (see [`amount`](types::CheckoutConfirmStripe::amount)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn amount(mut self, value: impl ::std::convert::Into<u64>) -> Self {
            let converted: ::std::result::Result<
                u64,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.amount(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `amount` as `null`, which clears it.
        pub fn clear_amount(self) -> Self {
            self.body_map(|body| body.amount(Some(None)))
        }
        /// Sets the body's `confirmation_token_id` (see [`confirmation_token_id`](types::CheckoutConfirmStripe::confirmation_token_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn confirmation_token_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.confirmation_token_id(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `confirmation_token_id` as `null`, which clears it.
        pub fn clear_confirmation_token_id(self) -> Self {
            self.body_map(|body| body.confirmation_token_id(Some(None)))
        }
        /// Sets the body's `custom_field_data` (see [`custom_field_data`](types::CheckoutConfirmStripe::custom_field_data)).
        ///
        pub fn custom_field_data(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CustomFieldDataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::CustomFieldDataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "custom_field_data",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.custom_field_data(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_billing_address` (see [`customer_billing_address`](types::CheckoutConfirmStripe::customer_billing_address)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_billing_address(
            mut self,
            value: impl ::std::convert::Into<types::AddressInput>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::AddressInput,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| {
                        body.customer_billing_address(Some(Some(value)))
                    })
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_billing_address` as `null`, which clears it.
        pub fn clear_customer_billing_address(self) -> Self {
            self.body_map(|body| body.customer_billing_address(Some(None)))
        }
        /// Sets the body's `customer_billing_name` (see [`customer_billing_name`](types::CheckoutConfirmStripe::customer_billing_name)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_billing_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_billing_name(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_billing_name` as `null`, which clears it.
        pub fn clear_customer_billing_name(self) -> Self {
            self.body_map(|body| body.customer_billing_name(Some(None)))
        }
        /// Sets the body's `customer_email` (see [`customer_email`](types::CheckoutConfirmStripe::customer_email)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.customer_email(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_email` as `null`, which clears it.
        pub fn clear_customer_email(self) -> Self {
            self.body_map(|body| body.customer_email(Some(None)))
        }
        /// Sets the body's `customer_name` (see [`customer_name`](types::CheckoutConfirmStripe::customer_name)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutConfirmStripeCustomerName,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutConfirmStripeCustomerName>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "customer_name",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.customer_name(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_name` as `null`, which clears it.
        pub fn clear_customer_name(self) -> Self {
            self.body_map(|body| body.customer_name(Some(None)))
        }
        /// Sets the body's `customer_tax_id` (see [`customer_tax_id`](types::CheckoutConfirmStripe::customer_tax_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_tax_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_tax_id(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_tax_id` as `null`, which clears it.
        pub fn clear_customer_tax_id(self) -> Self {
            self.body_map(|body| body.customer_tax_id(Some(None)))
        }
        /// Sets the body's `discount_code` (see [`discount_code`](types::CheckoutConfirmStripe::discount_code)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn discount_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.discount_code(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `discount_code` as `null`, which clears it.
        pub fn clear_discount_code(self) -> Self {
            self.body_map(|body| body.discount_code(Some(None)))
        }
        /// Sets the body's `is_business_customer` (see [`is_business_customer`](types::CheckoutConfirmStripe::is_business_customer)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn is_business_customer(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.is_business_customer(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `is_business_customer` as `null`, which clears it.
        pub fn clear_is_business_customer(self) -> Self {
            self.body_map(|body| body.is_business_customer(Some(None)))
        }
        /// Sets the body's `locale` (see [`locale`](types::CheckoutConfirmStripe::locale)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn locale(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.locale(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `locale` as `null`, which clears it.
        pub fn clear_locale(self) -> Self {
            self.body_map(|body| body.locale(Some(None)))
        }
        /// Sets the body's `payment_method_type` (see [`payment_method_type`](types::CheckoutConfirmStripe::payment_method_type)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn payment_method_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.payment_method_type(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `payment_method_type` as `null`, which clears it.
        pub fn clear_payment_method_type(self) -> Self {
            self.body_map(|body| body.payment_method_type(Some(None)))
        }
        /// Sets the body's `product_id` (see [`product_id`](types::CheckoutConfirmStripe::product_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn product_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "product_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.product_id(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `product_id` as `null`, which clears it.
        pub fn clear_product_id(self) -> Self {
            self.body_map(|body| body.product_id(Some(None)))
        }
        /// Sets the body's `product_price_id` (see [`product_price_id`](types::CheckoutConfirmStripe::product_price_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn product_price_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "product_price_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.product_price_id(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `product_price_id` as `null`, which clears it.
        pub fn clear_product_price_id(self) -> Self {
            self.body_map(|body| body.product_price_id(Some(None)))
        }
        /// Sets the body's `seats` (see [`seats`](types::CheckoutConfirmStripe::seats)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn seats(mut self, value: impl ::std::convert::TryInto<u64>) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "seats".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.seats(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `seats` as `null`, which clears it.
        pub fn clear_seats(self) -> Self {
            self.body_map(|body| body.seats(Some(None)))
        }
        /// Sets the body's `units` (see [`units`](types::CheckoutConfirmStripe::units)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn units(mut self, value: impl ::std::convert::Into<i32>) -> Self {
            let converted: ::std::result::Result<
                i32,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.units(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `units` as `null`, which clears it.
        pub fn clear_units(self) -> Self {
            self.body_map(|body| body.units(Some(None)))
        }
    }
    impl<'a> CheckoutsUpdate<'a> {
        /// The bounds the spec declares on the body, by field.
        const BODY_RULES: &'static [::checkout_runtime::bounds::Rule] = &[
            ::checkout_runtime::bounds::Rule {
                path: "amount",
                bound: ::checkout_runtime::bounds::Bound::Minimum(0f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "currency",
                bound: ::checkout_runtime::bounds::Bound::MinLength(3u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "currency",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(3u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_metadata",
                bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "customer_name",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(256u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "metadata",
                bound: ::checkout_runtime::bounds::Bound::MaxEntries(50u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "metadata/*",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(500u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "return_url",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "return_url",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "seats",
                bound: ::checkout_runtime::bounds::Bound::Maximum(10000f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "success_url",
                bound: ::checkout_runtime::bounds::Bound::MinLength(1u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "success_url",
                bound: ::checkout_runtime::bounds::Bound::MaxLength(2083u64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "trial_interval",
                bound: ::checkout_runtime::bounds::Bound::OneOf(
                    &["\"day\"", "\"week\"", "\"month\"", "\"year\""],
                ),
            },
            ::checkout_runtime::bounds::Rule {
                path: "trial_interval_count",
                bound: ::checkout_runtime::bounds::Bound::Minimum(1f64),
            },
            ::checkout_runtime::bounds::Rule {
                path: "trial_interval_count",
                bound: ::checkout_runtime::bounds::Bound::Maximum(1000f64),
            },
        ];
        /// Sets the body's `allow_discount_codes` (see [`allow_discount_codes`](types::CheckoutUpdate::allow_discount_codes)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn allow_discount_codes(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.allow_discount_codes(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `allow_discount_codes` as `null`, which clears it.
        pub fn clear_allow_discount_codes(self) -> Self {
            self.body_map(|body| body.allow_discount_codes(Some(None)))
        }
        /// Sets the body's `allow_trial` (see [`allow_trial`](types::CheckoutUpdate::allow_trial)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn allow_trial(mut self, value: impl ::std::convert::Into<bool>) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.allow_trial(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `allow_trial` as `null`, which clears it.
        pub fn clear_allow_trial(self) -> Self {
            self.body_map(|body| body.allow_trial(Some(None)))
        }
        /// Sets the body's `amount` (see [`amount`](types::CheckoutUpdate::amount)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn amount(mut self, value: impl ::std::convert::Into<u64>) -> Self {
            let converted: ::std::result::Result<
                u64,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.amount(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `amount` as `null`, which clears it.
        pub fn clear_amount(self) -> Self {
            self.body_map(|body| body.amount(Some(None)))
        }
        /// Sets the body's `currency` (see [`currency`](types::CheckoutUpdate::currency)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn currency(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutUpdateCurrency,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutUpdateCurrency>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "currency",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.currency(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `currency` as `null`, which clears it.
        pub fn clear_currency(self) -> Self {
            self.body_map(|body| body.currency(Some(None)))
        }
        /// Sets the body's `custom_field_data` (see [`custom_field_data`](types::CheckoutUpdate::custom_field_data)).
        ///
        pub fn custom_field_data(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CustomFieldDataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::CustomFieldDataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "custom_field_data",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.custom_field_data(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `customer_billing_address` (see [`customer_billing_address`](types::CheckoutUpdate::customer_billing_address)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_billing_address(
            mut self,
            value: impl ::std::convert::Into<types::AddressInput>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::AddressInput,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| {
                        body.customer_billing_address(Some(Some(value)))
                    })
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_billing_address` as `null`, which clears it.
        pub fn clear_customer_billing_address(self) -> Self {
            self.body_map(|body| body.customer_billing_address(Some(None)))
        }
        /// Sets the body's `customer_billing_name` (see [`customer_billing_name`](types::CheckoutUpdate::customer_billing_name)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_billing_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_billing_name(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_billing_name` as `null`, which clears it.
        pub fn clear_customer_billing_name(self) -> Self {
            self.body_map(|body| body.customer_billing_name(Some(None)))
        }
        /// Sets the body's `customer_email` (see [`customer_email`](types::CheckoutUpdate::customer_email)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.customer_email(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_email` as `null`, which clears it.
        pub fn clear_customer_email(self) -> Self {
            self.body_map(|body| body.customer_email(Some(None)))
        }
        /// Sets the body's `customer_ip_address` (see [`customer_ip_address`](types::CheckoutUpdate::customer_ip_address)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_ip_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_ip_address(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_ip_address` as `null`, which clears it.
        pub fn clear_customer_ip_address(self) -> Self {
            self.body_map(|body| body.customer_ip_address(Some(None)))
        }
        /// Sets the body's `customer_metadata` (see [`customer_metadata`](types::CheckoutUpdate::customer_metadata)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_metadata(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::MetadataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::MetadataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "customer_metadata",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_metadata(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_metadata` as `null`, which clears it.
        pub fn clear_customer_metadata(self) -> Self {
            self.body_map(|body| body.customer_metadata(Some(None)))
        }
        /// Sets the body's `customer_name` (see [`customer_name`](types::CheckoutUpdate::customer_name)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutUpdateCustomerName,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutUpdateCustomerName>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "customer_name",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.customer_name(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_name` as `null`, which clears it.
        pub fn clear_customer_name(self) -> Self {
            self.body_map(|body| body.customer_name(Some(None)))
        }
        /// Sets the body's `customer_tax_id` (see [`customer_tax_id`](types::CheckoutUpdate::customer_tax_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn customer_tax_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.customer_tax_id(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `customer_tax_id` as `null`, which clears it.
        pub fn clear_customer_tax_id(self) -> Self {
            self.body_map(|body| body.customer_tax_id(Some(None)))
        }
        /// Sets the body's `discount_id` (see [`discount_id`](types::CheckoutUpdate::discount_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn discount_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "discount_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.discount_id(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `discount_id` as `null`, which clears it.
        pub fn clear_discount_id(self) -> Self {
            self.body_map(|body| body.discount_id(Some(None)))
        }
        /// Sets the body's `embed_origin` (see [`embed_origin`](types::CheckoutUpdate::embed_origin)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn embed_origin(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.embed_origin(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `embed_origin` as `null`, which clears it.
        pub fn clear_embed_origin(self) -> Self {
            self.body_map(|body| body.embed_origin(Some(None)))
        }
        /// Sets the body's `is_business_customer` (see [`is_business_customer`](types::CheckoutUpdate::is_business_customer)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn is_business_customer(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.is_business_customer(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `is_business_customer` as `null`, which clears it.
        pub fn clear_is_business_customer(self) -> Self {
            self.body_map(|body| body.is_business_customer(Some(None)))
        }
        /// Sets the body's `locale` (see [`locale`](types::CheckoutUpdate::locale)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn locale(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::string::String,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.locale(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `locale` as `null`, which clears it.
        pub fn clear_locale(self) -> Self {
            self.body_map(|body| body.locale(Some(None)))
        }
        /// Sets the body's `metadata` (see [`metadata`](types::CheckoutUpdate::metadata)).
        ///
        pub fn metadata(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    ::serde_json::Value,
                ),
            >,
        ) -> Self {
            let converted: ::std::result::Result<
                types::MetadataInput,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let object: ::serde_json::Map<
                    ::std::string::String,
                    ::serde_json::Value,
                > = value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<types::MetadataInput>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "metadata",
                        object,
                        Self::BODY_RULES,
                        "map of JSON values its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.metadata(Some(value))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sets the body's `product_id` (see [`product_id`](types::CheckoutUpdate::product_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn product_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "product_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.product_id(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `product_id` as `null`, which clears it.
        pub fn clear_product_id(self) -> Self {
            self.body_map(|body| body.product_id(Some(None)))
        }
        /// Sets the body's `product_price_id` (see [`product_price_id`](types::CheckoutUpdate::product_price_id)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn product_price_id(
            mut self,
            value: impl ::std::convert::TryInto<::uuid::Uuid>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::uuid::Uuid,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .map_err(|_| ::checkout_runtime::bounds::Invalid {
                    field: "product_price_id".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
                });
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.product_price_id(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `product_price_id` as `null`, which clears it.
        pub fn clear_product_price_id(self) -> Self {
            self.body_map(|body| body.product_price_id(Some(None)))
        }
        /// Sets the body's `require_billing_address` (see [`require_billing_address`](types::CheckoutUpdate::require_billing_address)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn require_billing_address(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            let converted: ::std::result::Result<
                bool,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.require_billing_address(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `require_billing_address` as `null`, which clears it.
        pub fn clear_require_billing_address(self) -> Self {
            self.body_map(|body| body.require_billing_address(Some(None)))
        }
        /// Sets the body's `return_url` (see [`return_url`](types::CheckoutUpdate::return_url)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn return_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutUpdateReturnUrl,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutUpdateReturnUrl>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "return_url",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.return_url(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `return_url` as `null`, which clears it.
        pub fn clear_return_url(self) -> Self {
            self.body_map(|body| body.return_url(Some(None)))
        }
        /// Sets the body's `seats` (see [`seats`](types::CheckoutUpdate::seats)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn seats(mut self, value: impl ::std::convert::TryInto<u64>) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "seats".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => self.body_map(|body| body.seats(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `seats` as `null`, which clears it.
        pub fn clear_seats(self) -> Self {
            self.body_map(|body| body.seats(Some(None)))
        }
        /// Sets the body's `success_url` (see [`success_url`](types::CheckoutUpdate::success_url)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn success_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutUpdateSuccessUrl,
                ::checkout_runtime::bounds::Invalid,
            > = {
                let text: ::std::string::String = value.into();
                <types::CheckoutUpdateSuccessUrl>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(
                        "success_url",
                        ::serde_json::Value::String(text),
                        Self::BODY_RULES,
                        "string its schema allows",
                    ))
            };
            match converted {
                Ok(value) => self.body_map(|body| body.success_url(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `success_url` as `null`, which clears it.
        pub fn clear_success_url(self) -> Self {
            self.body_map(|body| body.success_url(Some(None)))
        }
        /// Sets the body's `trial_interval` (see [`trial_interval`](types::CheckoutUpdate::trial_interval)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn trial_interval(
            mut self,
            value: impl ::std::convert::Into<types::TrialInterval>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::TrialInterval,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.trial_interval(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `trial_interval` as `null`, which clears it.
        pub fn clear_trial_interval(self) -> Self {
            self.body_map(|body| body.trial_interval(Some(None)))
        }
        /// Sets the body's `trial_interval_count` (see [`trial_interval_count`](types::CheckoutUpdate::trial_interval_count)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn trial_interval_count(
            mut self,
            value: impl ::std::convert::TryInto<u64>,
        ) -> Self {
            let converted: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::checkout_runtime::bounds::Invalid,
            > = value
                .try_into()
                .ok()
                .and_then(::std::num::NonZeroU64::new)
                .ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                    field: "trial_interval_count".to_owned(),
                    bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
                });
            match converted {
                Ok(value) => {
                    self.body_map(|body| body.trial_interval_count(Some(Some(value))))
                }
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `trial_interval_count` as `null`, which clears it.
        pub fn clear_trial_interval_count(self) -> Self {
            self.body_map(|body| body.trial_interval_count(Some(None)))
        }
        /// Sets the body's `units` (see [`units`](types::CheckoutUpdate::units)).
        /// Unset, the field is left as it is; `clear_<field>()` sends `null`.
        pub fn units(mut self, value: impl ::std::convert::Into<i32>) -> Self {
            let converted: ::std::result::Result<
                i32,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.units(Some(Some(value)))),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        /// Sends the body's `units` as `null`, which clears it.
        pub fn clear_units(self) -> Self {
            self.body_map(|body| body.units(Some(None)))
        }
    }
}
/// Typed mocks for tests (the `mock` feature): a server on a loopback port that answers
/// per operation from typed expectations, and `example()` values of every model.
#[cfg(feature = "mock")]
pub mod mock {
    #![allow(clippy::all)]
    use super::types;
    use super::errors;
    pub use ::checkout_runtime::mock::{Mounted, Received, Reply};
    /// Every operation: `(operationId, method, path template, secret parameters)`.
    const OPERATIONS: &[::checkout_runtime::mock::Operation] = &[
        ("checkouts:list", "GET", "/v1/checkouts/", &[]),
        ("checkouts:create", "POST", "/v1/checkouts/", &[]),
        (
            "checkouts:client_get",
            "GET",
            "/v1/checkouts/client/{client_secret}",
            &["client_secret"],
        ),
        (
            "checkouts:client_update",
            "PATCH",
            "/v1/checkouts/client/{client_secret}",
            &["client_secret"],
        ),
        (
            "checkouts:client_confirm",
            "POST",
            "/v1/checkouts/client/{client_secret}/confirm",
            &["client_secret"],
        ),
        ("checkouts:get", "GET", "/v1/checkouts/{id}", &[]),
        ("checkouts:update", "PATCH", "/v1/checkouts/{id}", &[]),
    ];
    ::checkout_runtime::mock_server!(OPERATIONS);
    impl MockServer {
        /// A client of this server: placeholder credentials, no retries (a test sees
        /// every request it caused) and no rate limits (the mock has none).
        ///
        /// # Panics
        /// reqwest cannot build a client (no TLS backend at all): the test cannot run.
        pub fn client(&self) -> super::Client {
            super::Client::builder()
                .base_url(self.url())
                .credentials("mock-credentials")
                .retry(::checkout_runtime::RetryPolicy::none())
                .no_rate_limits()
                .build()
                .expect("a client of the mock server builds")
        }
        /// Expect `checkouts:list` (`GET /v1/checkouts/`): add matchers, then a reply.
        pub fn checkouts_list(&self) -> CheckoutsList<'_> {
            CheckoutsList {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    ("checkouts:list", "GET", "/v1/checkouts/"),
                    CheckoutsListRequest::decode,
                ),
            }
        }
        /// Expect `checkouts:create` (`POST /v1/checkouts/`): add matchers, then a reply.
        pub fn checkouts_create(&self) -> CheckoutsCreate<'_> {
            CheckoutsCreate {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    ("checkouts:create", "POST", "/v1/checkouts/"),
                    CheckoutsCreateRequest::decode,
                ),
            }
        }
        /// Expect `checkouts:client_get` (`GET /v1/checkouts/client/{client_secret}`): add matchers, then a reply.
        pub fn checkouts_client_get(&self) -> CheckoutsClientGet<'_> {
            CheckoutsClientGet {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    (
                        "checkouts:client_get",
                        "GET",
                        "/v1/checkouts/client/{client_secret}",
                    ),
                    CheckoutsClientGetRequest::decode,
                ),
            }
        }
        /// Expect `checkouts:client_update` (`PATCH /v1/checkouts/client/{client_secret}`): add matchers, then a reply.
        pub fn checkouts_client_update(&self) -> CheckoutsClientUpdate<'_> {
            CheckoutsClientUpdate {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    (
                        "checkouts:client_update",
                        "PATCH",
                        "/v1/checkouts/client/{client_secret}",
                    ),
                    CheckoutsClientUpdateRequest::decode,
                ),
            }
        }
        /// Expect `checkouts:client_confirm` (`POST /v1/checkouts/client/{client_secret}/confirm`): add matchers, then a reply.
        pub fn checkouts_client_confirm(&self) -> CheckoutsClientConfirm<'_> {
            CheckoutsClientConfirm {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    (
                        "checkouts:client_confirm",
                        "POST",
                        "/v1/checkouts/client/{client_secret}/confirm",
                    ),
                    CheckoutsClientConfirmRequest::decode,
                ),
            }
        }
        /// Expect `checkouts:get` (`GET /v1/checkouts/{id}`): add matchers, then a reply.
        pub fn checkouts_get(&self) -> CheckoutsGet<'_> {
            CheckoutsGet {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    ("checkouts:get", "GET", "/v1/checkouts/{id}"),
                    CheckoutsGetRequest::decode,
                ),
            }
        }
        /// Expect `checkouts:update` (`PATCH /v1/checkouts/{id}`): add matchers, then a reply.
        pub fn checkouts_update(&self) -> CheckoutsUpdate<'_> {
            CheckoutsUpdate {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    ("checkouts:update", "PATCH", "/v1/checkouts/{id}"),
                    CheckoutsUpdateRequest::decode,
                ),
            }
        }
    }
    /// A `checkouts:list` request (`GET /v1/checkouts/`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutsListRequest {
        /// The `customer_id` query parameter.
        pub customer_id: ::std::option::Option<types::UuidFilter>,
        /// The `external_customer_id` query parameter.
        pub external_customer_id: ::std::option::Option<types::StringFilter>,
        /// The `limit` query parameter.
        pub limit: ::std::option::Option<::std::num::NonZeroU64>,
        /// The `organization_id` query parameter.
        pub organization_id: ::std::option::Option<types::UuidFilter>,
        /// The `page` query parameter.
        pub page: ::std::option::Option<::std::num::NonZeroU64>,
        /// The `product_id` query parameter.
        pub product_id: ::std::option::Option<types::UuidFilter>,
        /// The `query` query parameter.
        pub query: ::std::option::Option<::std::string::String>,
        /// The `sorting` query parameter.
        pub sorting: ::std::option::Option<::std::vec::Vec<types::CheckoutSortProperty>>,
        /// The `status` query parameter.
        pub status: ::std::option::Option<types::CheckoutStatusFilter>,
    }
    impl CheckoutsListRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                customer_id: ::checkout_runtime::mock::decode_param(
                    &received.query_values("customer_id"),
                    "query parameter `customer_id`",
                )?,
                external_customer_id: ::checkout_runtime::mock::decode_param(
                    &received.query_values("external_customer_id"),
                    "query parameter `external_customer_id`",
                )?,
                limit: ::checkout_runtime::mock::decode_param(
                    &received.query_values("limit"),
                    "query parameter `limit`",
                )?,
                organization_id: ::checkout_runtime::mock::decode_param(
                    &received.query_values("organization_id"),
                    "query parameter `organization_id`",
                )?,
                page: ::checkout_runtime::mock::decode_param(
                    &received.query_values("page"),
                    "query parameter `page`",
                )?,
                product_id: ::checkout_runtime::mock::decode_param(
                    &received.query_values("product_id"),
                    "query parameter `product_id`",
                )?,
                query: ::checkout_runtime::mock::decode_param(
                    &received.query_values("query"),
                    "query parameter `query`",
                )?,
                sorting: ::checkout_runtime::mock::decode_param(
                    &received.query_values("sorting"),
                    "query parameter `sorting`",
                )?,
                status: ::checkout_runtime::mock::decode_param(
                    &received.query_values("status"),
                    "query parameter `status`",
                )?,
            })
        }
    }
    /// An expectation of `checkouts:list` (`GET /v1/checkouts/`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutsList<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutsListRequest>,
    }
    impl<'a> CheckoutsList<'a> {
        /// Only requests whose `customer_id` is `value` (compared as typed values).
        pub fn customer_id<V: ::std::convert::TryInto<types::UuidFilter>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "customer_id",
                        value.try_into().ok(),
                        |request| request.customer_id.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `external_customer_id` is `value` (compared as typed values).
        pub fn external_customer_id<V: ::std::convert::TryInto<types::StringFilter>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "external_customer_id",
                        value.try_into().ok(),
                        |request| request.external_customer_id.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `limit` is `value` (compared as typed values).
        pub fn limit<V: ::std::convert::TryInto<u64>>(self, value: V) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "limit",
                        value.try_into().ok().and_then(::std::num::NonZeroU64::new),
                        |request| request.limit.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `organization_id` is `value` (compared as typed values).
        pub fn organization_id<V: ::std::convert::TryInto<types::UuidFilter>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "organization_id",
                        value.try_into().ok(),
                        |request| request.organization_id.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `page` is `value` (compared as typed values).
        pub fn page<V: ::std::convert::TryInto<u64>>(self, value: V) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "page",
                        value.try_into().ok().and_then(::std::num::NonZeroU64::new),
                        |request| request.page.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `product_id` is `value` (compared as typed values).
        pub fn product_id<V: ::std::convert::TryInto<types::UuidFilter>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "product_id",
                        value.try_into().ok(),
                        |request| request.product_id.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `query` is `value` (compared as typed values).
        pub fn query<V: ::std::convert::TryInto<::std::string::String>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "query",
                        value.try_into().ok(),
                        |request| request.query.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `sorting` is `value` (compared as typed values).
        pub fn sorting<
            V: ::std::convert::TryInto<::std::vec::Vec<types::CheckoutSortProperty>>,
        >(self, value: V) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "sorting",
                        value.try_into().ok(),
                        |request| request.sorting.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests whose `status` is `value` (compared as typed values).
        pub fn status<V: ::std::convert::TryInto<types::CheckoutStatusFilter>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "status",
                        value.try_into().ok(),
                        |request| request.status.as_ref(),
                        false,
                        false,
                    ),
            }
        }
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(&CheckoutsListRequest) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.matching(predicate),
            }
        }
        /// Answers exactly `n` calls, then stops matching (a later expectation answers the
        /// next call); `verify` fails if fewer than `n` came.
        pub fn times(self, n: usize) -> Self {
            Self { inner: self.inner.times(n) }
        }
        /// Answers `200` with `value` as the body.
        pub fn respond(self, value: types::ListResourceCheckout) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::CheckoutsListError) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutsListError::Unauthorized(body) => {
                            Reply::json(401u16, body)
                        }
                        errors::CheckoutsListError::UnprocessableEntity(body) => {
                            Reply::json(422u16, body)
                        }
                        errors::CheckoutsListError::TooManyRequests => {
                            Reply::status(429u16)
                        }
                        errors::CheckoutsListError::Unexpected {
                            status,
                            headers,
                            body,
                        } => {
                            Reply::unexpected(
                                status.as_u16(),
                                headers,
                                body.bytes().clone(),
                            )
                        }
                    },
                )
        }
        /// Serves `items` as pages of `per_page` in the API's own style (`page` is read from each request), each built on `ListResourceCheckout::example()` with `pagination.total_count` set to the number of items. Make the items distinct: a page equal to the one before it makes the client stop with `PaginationError::NoProgress`.
        pub fn respond_pages(
            self,
            items: Vec<types::Checkout>,
            per_page: usize,
        ) -> Mounted {
            let paged = ::checkout_runtime::mock::Paged {
                page: ::checkout_runtime::mock::to_value(
                    &types::ListResourceCheckout::example(),
                ),
                items: items.iter().map(::checkout_runtime::mock::to_value).collect(),
                per_page,
                status: 200u16,
                items_at: "/items",
                total_at: Some("/pagination/total_count"),
            };
            self.inner
                .mount(
                    ::checkout_runtime::mock::pages_by_number(
                        paged,
                        "page",
                        "/pagination/max_page",
                    ),
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// A `checkouts:create` request (`POST /v1/checkouts/`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutsCreateRequest {
        /// The JSON body.
        pub body: types::CheckoutCreate,
    }
    impl CheckoutsCreateRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                body: ::checkout_runtime::mock::decode_body(received)?,
            })
        }
    }
    /// An expectation of `checkouts:create` (`POST /v1/checkouts/`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutsCreate<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutsCreateRequest>,
    }
    impl<'a> CheckoutsCreate<'a> {
        /// Only requests whose `body` is `value` (compared as typed values).
        pub fn body<V: ::std::convert::TryInto<types::CheckoutCreate>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "body",
                        value.try_into().ok(),
                        |request| Some(&request.body),
                        true,
                        false,
                    ),
            }
        }
        /// Only requests whose body satisfies `predicate`.
        pub fn body_matches(
            self,
            predicate: impl Fn(&types::CheckoutCreate) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.body_matches(|request| Some(&request.body), predicate),
            }
        }
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(&CheckoutsCreateRequest) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.matching(predicate),
            }
        }
        /// Answers exactly `n` calls, then stops matching (a later expectation answers the
        /// next call); `verify` fails if fewer than `n` came.
        pub fn times(self, n: usize) -> Self {
            Self { inner: self.inner.times(n) }
        }
        /// Answers `201` with `value` as the body.
        pub fn respond(self, value: types::Checkout) -> Mounted {
            self.inner.reply(Reply::json(201u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::CheckoutsCreateError) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutsCreateError::Unauthorized(body) => {
                            Reply::json(401u16, body)
                        }
                        errors::CheckoutsCreateError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutsCreateError::UnprocessableEntity(body) => {
                            Reply::json(422u16, body)
                        }
                        errors::CheckoutsCreateError::TooManyRequests => {
                            Reply::status(429u16)
                        }
                        errors::CheckoutsCreateError::Unexpected {
                            status,
                            headers,
                            body,
                        } => {
                            Reply::unexpected(
                                status.as_u16(),
                                headers,
                                body.bytes().clone(),
                            )
                        }
                    },
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// A `checkouts:client_get` request (`GET /v1/checkouts/client/{client_secret}`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutsClientGetRequest {
        /// The `client_secret` path parameter.
        pub client_secret: ::std::string::String,
    }
    impl CheckoutsClientGetRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                client_secret: ::checkout_runtime::mock::decode_param(
                        &received
                            .path_param("client_secret")
                            .into_iter()
                            .collect::<Vec<_>>(),
                        "path parameter `client_secret`",
                    )?
                    .ok_or_else(|| format!("no {}", "path parameter `client_secret`"))?,
            })
        }
    }
    /// An expectation of `checkouts:client_get` (`GET /v1/checkouts/client/{client_secret}`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutsClientGet<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutsClientGetRequest>,
    }
    impl<'a> CheckoutsClientGet<'a> {
        /// Only requests whose `client_secret` is `value` (compared as typed values).
        pub fn client_secret<V: ::std::convert::TryInto<::std::string::String>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "client_secret",
                        value.try_into().ok(),
                        |request| Some(&request.client_secret),
                        true,
                        true,
                    ),
            }
        }
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(
                &CheckoutsClientGetRequest,
            ) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.matching(predicate),
            }
        }
        /// Answers exactly `n` calls, then stops matching (a later expectation answers the
        /// next call); `verify` fails if fewer than `n` came.
        pub fn times(self, n: usize) -> Self {
            Self { inner: self.inner.times(n) }
        }
        /// Answers `200` with `value` as the body.
        pub fn respond(self, value: types::CheckoutPublic) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::CheckoutsClientGetError) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutsClientGetError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutsClientGetError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutsClientGetError::Gone(body) => {
                            Reply::json(410u16, body)
                        }
                        errors::CheckoutsClientGetError::UnprocessableEntity(body) => {
                            Reply::json(422u16, body)
                        }
                        errors::CheckoutsClientGetError::TooManyRequests => {
                            Reply::status(429u16)
                        }
                        errors::CheckoutsClientGetError::Unexpected {
                            status,
                            headers,
                            body,
                        } => {
                            Reply::unexpected(
                                status.as_u16(),
                                headers,
                                body.bytes().clone(),
                            )
                        }
                    },
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// A `checkouts:client_update` request (`PATCH /v1/checkouts/client/{client_secret}`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutsClientUpdateRequest {
        /// The `client_secret` path parameter.
        pub client_secret: ::std::string::String,
        /// The JSON body.
        pub body: types::CheckoutUpdatePublic,
    }
    impl CheckoutsClientUpdateRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                client_secret: ::checkout_runtime::mock::decode_param(
                        &received
                            .path_param("client_secret")
                            .into_iter()
                            .collect::<Vec<_>>(),
                        "path parameter `client_secret`",
                    )?
                    .ok_or_else(|| format!("no {}", "path parameter `client_secret`"))?,
                body: ::checkout_runtime::mock::decode_body(received)?,
            })
        }
    }
    /// An expectation of `checkouts:client_update` (`PATCH /v1/checkouts/client/{client_secret}`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutsClientUpdate<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutsClientUpdateRequest>,
    }
    impl<'a> CheckoutsClientUpdate<'a> {
        /// Only requests whose `client_secret` is `value` (compared as typed values).
        pub fn client_secret<V: ::std::convert::TryInto<::std::string::String>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "client_secret",
                        value.try_into().ok(),
                        |request| Some(&request.client_secret),
                        true,
                        true,
                    ),
            }
        }
        /// Only requests whose `body` is `value` (compared as typed values).
        pub fn body<V: ::std::convert::TryInto<types::CheckoutUpdatePublic>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "body",
                        value.try_into().ok(),
                        |request| Some(&request.body),
                        true,
                        false,
                    ),
            }
        }
        /// Only requests whose body satisfies `predicate`.
        pub fn body_matches(
            self,
            predicate: impl Fn(
                &types::CheckoutUpdatePublic,
            ) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.body_matches(|request| Some(&request.body), predicate),
            }
        }
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(
                &CheckoutsClientUpdateRequest,
            ) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.matching(predicate),
            }
        }
        /// Answers exactly `n` calls, then stops matching (a later expectation answers the
        /// next call); `verify` fails if fewer than `n` came.
        pub fn times(self, n: usize) -> Self {
            Self { inner: self.inner.times(n) }
        }
        /// Answers `200` with `value` as the body.
        pub fn respond(self, value: types::CheckoutPublic) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(
            self,
            error: errors::CheckoutsClientUpdateError,
        ) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutsClientUpdateError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutsClientUpdateError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutsClientUpdateError::Conflict(body) => {
                            Reply::json(409u16, body)
                        }
                        errors::CheckoutsClientUpdateError::Gone(body) => {
                            Reply::json(410u16, body)
                        }
                        errors::CheckoutsClientUpdateError::UnprocessableEntity(body) => {
                            Reply::json(422u16, body)
                        }
                        errors::CheckoutsClientUpdateError::TooManyRequests => {
                            Reply::status(429u16)
                        }
                        errors::CheckoutsClientUpdateError::Unexpected {
                            status,
                            headers,
                            body,
                        } => {
                            Reply::unexpected(
                                status.as_u16(),
                                headers,
                                body.bytes().clone(),
                            )
                        }
                    },
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// A `checkouts:client_confirm` request (`POST /v1/checkouts/client/{client_secret}/confirm`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutsClientConfirmRequest {
        /// The `client_secret` path parameter.
        pub client_secret: ::std::string::String,
        /// The JSON body.
        pub body: types::CheckoutConfirmStripe,
    }
    impl CheckoutsClientConfirmRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                client_secret: ::checkout_runtime::mock::decode_param(
                        &received
                            .path_param("client_secret")
                            .into_iter()
                            .collect::<Vec<_>>(),
                        "path parameter `client_secret`",
                    )?
                    .ok_or_else(|| format!("no {}", "path parameter `client_secret`"))?,
                body: ::checkout_runtime::mock::decode_body(received)?,
            })
        }
    }
    /// An expectation of `checkouts:client_confirm` (`POST /v1/checkouts/client/{client_secret}/confirm`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutsClientConfirm<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutsClientConfirmRequest>,
    }
    impl<'a> CheckoutsClientConfirm<'a> {
        /// Only requests whose `client_secret` is `value` (compared as typed values).
        pub fn client_secret<V: ::std::convert::TryInto<::std::string::String>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "client_secret",
                        value.try_into().ok(),
                        |request| Some(&request.client_secret),
                        true,
                        true,
                    ),
            }
        }
        /// Only requests whose `body` is `value` (compared as typed values).
        pub fn body<V: ::std::convert::TryInto<types::CheckoutConfirmStripe>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "body",
                        value.try_into().ok(),
                        |request| Some(&request.body),
                        true,
                        false,
                    ),
            }
        }
        /// Only requests whose body satisfies `predicate`.
        pub fn body_matches(
            self,
            predicate: impl Fn(
                &types::CheckoutConfirmStripe,
            ) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.body_matches(|request| Some(&request.body), predicate),
            }
        }
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(
                &CheckoutsClientConfirmRequest,
            ) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.matching(predicate),
            }
        }
        /// Answers exactly `n` calls, then stops matching (a later expectation answers the
        /// next call); `verify` fails if fewer than `n` came.
        pub fn times(self, n: usize) -> Self {
            Self { inner: self.inner.times(n) }
        }
        /// Answers `200` with `value` as the body.
        pub fn respond(self, value: types::CheckoutPublicConfirmed) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(
            self,
            error: errors::CheckoutsClientConfirmError,
        ) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutsClientConfirmError::BadRequest(body) => {
                            Reply::json(400u16, body)
                        }
                        errors::CheckoutsClientConfirmError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutsClientConfirmError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutsClientConfirmError::Conflict(body) => {
                            Reply::json(409u16, body)
                        }
                        errors::CheckoutsClientConfirmError::Gone(body) => {
                            Reply::json(410u16, body)
                        }
                        errors::CheckoutsClientConfirmError::UnprocessableEntity(
                            body,
                        ) => Reply::json(422u16, body),
                        errors::CheckoutsClientConfirmError::TooManyRequests => {
                            Reply::status(429u16)
                        }
                        errors::CheckoutsClientConfirmError::Unexpected {
                            status,
                            headers,
                            body,
                        } => {
                            Reply::unexpected(
                                status.as_u16(),
                                headers,
                                body.bytes().clone(),
                            )
                        }
                    },
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// A `checkouts:get` request (`GET /v1/checkouts/{id}`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutsGetRequest {
        /// The `id` path parameter.
        pub id: ::uuid::Uuid,
    }
    impl CheckoutsGetRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: ::checkout_runtime::mock::decode_param(
                        &received.path_param("id").into_iter().collect::<Vec<_>>(),
                        "path parameter `id`",
                    )?
                    .ok_or_else(|| format!("no {}", "path parameter `id`"))?,
            })
        }
    }
    /// An expectation of `checkouts:get` (`GET /v1/checkouts/{id}`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutsGet<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutsGetRequest>,
    }
    impl<'a> CheckoutsGet<'a> {
        /// Only requests whose `id` is `value` (compared as typed values).
        pub fn id<V: ::std::convert::TryInto<::uuid::Uuid>>(self, value: V) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "id",
                        value.try_into().ok(),
                        |request| Some(&request.id),
                        true,
                        false,
                    ),
            }
        }
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(&CheckoutsGetRequest) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.matching(predicate),
            }
        }
        /// Answers exactly `n` calls, then stops matching (a later expectation answers the
        /// next call); `verify` fails if fewer than `n` came.
        pub fn times(self, n: usize) -> Self {
            Self { inner: self.inner.times(n) }
        }
        /// Answers `200` with `value` as the body.
        pub fn respond(self, value: types::Checkout) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::CheckoutsGetError) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutsGetError::Unauthorized(body) => {
                            Reply::json(401u16, body)
                        }
                        errors::CheckoutsGetError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutsGetError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutsGetError::UnprocessableEntity(body) => {
                            Reply::json(422u16, body)
                        }
                        errors::CheckoutsGetError::TooManyRequests => {
                            Reply::status(429u16)
                        }
                        errors::CheckoutsGetError::Unexpected {
                            status,
                            headers,
                            body,
                        } => {
                            Reply::unexpected(
                                status.as_u16(),
                                headers,
                                body.bytes().clone(),
                            )
                        }
                    },
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// A `checkouts:update` request (`PATCH /v1/checkouts/{id}`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutsUpdateRequest {
        /// The `id` path parameter.
        pub id: ::uuid::Uuid,
        /// The JSON body.
        pub body: types::CheckoutUpdate,
    }
    impl CheckoutsUpdateRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: ::checkout_runtime::mock::decode_param(
                        &received.path_param("id").into_iter().collect::<Vec<_>>(),
                        "path parameter `id`",
                    )?
                    .ok_or_else(|| format!("no {}", "path parameter `id`"))?,
                body: ::checkout_runtime::mock::decode_body(received)?,
            })
        }
    }
    /// An expectation of `checkouts:update` (`PATCH /v1/checkouts/{id}`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutsUpdate<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutsUpdateRequest>,
    }
    impl<'a> CheckoutsUpdate<'a> {
        /// Only requests whose `id` is `value` (compared as typed values).
        pub fn id<V: ::std::convert::TryInto<::uuid::Uuid>>(self, value: V) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "id",
                        value.try_into().ok(),
                        |request| Some(&request.id),
                        true,
                        false,
                    ),
            }
        }
        /// Only requests whose `body` is `value` (compared as typed values).
        pub fn body<V: ::std::convert::TryInto<types::CheckoutUpdate>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "body",
                        value.try_into().ok(),
                        |request| Some(&request.body),
                        true,
                        false,
                    ),
            }
        }
        /// Only requests whose body satisfies `predicate`.
        pub fn body_matches(
            self,
            predicate: impl Fn(&types::CheckoutUpdate) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.body_matches(|request| Some(&request.body), predicate),
            }
        }
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(&CheckoutsUpdateRequest) -> bool + Send + Sync + 'static,
        ) -> Self {
            Self {
                inner: self.inner.matching(predicate),
            }
        }
        /// Answers exactly `n` calls, then stops matching (a later expectation answers the
        /// next call); `verify` fails if fewer than `n` came.
        pub fn times(self, n: usize) -> Self {
            Self { inner: self.inner.times(n) }
        }
        /// Answers `200` with `value` as the body.
        pub fn respond(self, value: types::Checkout) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::CheckoutsUpdateError) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutsUpdateError::Unauthorized(body) => {
                            Reply::json(401u16, body)
                        }
                        errors::CheckoutsUpdateError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutsUpdateError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutsUpdateError::Conflict(body) => {
                            Reply::json(409u16, body)
                        }
                        errors::CheckoutsUpdateError::UnprocessableEntity(body) => {
                            Reply::json(422u16, body)
                        }
                        errors::CheckoutsUpdateError::TooManyRequests => {
                            Reply::status(429u16)
                        }
                        errors::CheckoutsUpdateError::Unexpected {
                            status,
                            headers,
                            body,
                        } => {
                            Reply::unexpected(
                                status.as_u16(),
                                headers,
                                body.bytes().clone(),
                            )
                        }
                    },
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// Every model's example by type name, sorted; `{"$example": "Name"}` stands for another's.
    const EXAMPLES: &[(&str, &str)] = &[
        (
            "Address",
            "{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"}",
        ),
        (
            "AddressInput",
            "{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"}",
        ),
        (
            "AlreadyActiveSubscriptionError",
            "{\"detail\":\"example detail\",\"error\":\"AlreadyActiveSubscriptionError\"}",
        ),
        ("AlreadyActiveSubscriptionErrorError", "\"AlreadyActiveSubscriptionError\""),
        (
            "AttachedCustomField",
            "{\"custom_field\":{\"$example\":\"CustomField\"},\"custom_field_id\":\"00000000-0000-4000-8000-4546d65d1574\",\"order\":1,\"required\":false}",
        ),
        (
            "AuthenticationError",
            "{\"detail\":\"example detail\",\"error\":\"Unauthorized\"}",
        ),
        (
            "BenefitGenericPublic",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"deletable\":false,\"description\":\"example description\",\"id\":\"00000000-0000-4000-8000-8bcf5cd04a43\",\"is_deleted\":false,\"modified_at\":\"2026-01-15T09:30:00Z\",\"organization_id\":\"00000000-0000-4000-8000-60dc36e12c67\",\"selectable\":false,\"type\":\"custom\"}",
        ),
        (
            "BenefitMeterCreditPublic",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"deletable\":false,\"description\":\"example description\",\"id\":\"00000000-0000-4000-8000-7e5fd5338b6c\",\"is_deleted\":false,\"modified_at\":\"2026-01-15T09:30:00Z\",\"organization_id\":\"00000000-0000-4000-8000-af3da893c86e\",\"properties\":{\"meter_id\":\"00000000-0000-4000-8000-6e19ed5fb2e1\",\"units\":1},\"selectable\":false,\"type\":\"meter_credit\"}",
        ),
        (
            "BenefitMeterCreditPublicProperties",
            "{\"meter_id\":\"00000000-0000-4000-8000-542efec70c85\",\"units\":1}",
        ),
        ("BenefitMeterCreditPublicType", "\"meter_credit\""),
        (
            "BenefitPublic",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"deletable\":false,\"description\":\"example description\",\"id\":\"00000000-0000-4000-8000-83b6f42257a4\",\"is_deleted\":false,\"modified_at\":\"2026-01-15T09:30:00Z\",\"organization_id\":\"00000000-0000-4000-8000-79dc54582bb6\",\"selectable\":false,\"type\":\"custom\"}",
        ),
        ("BenefitType", "\"custom\""),
        ("BillingAddressFieldMode", "\"required\""),
        (
            "Checkout",
            "{\"active_trial_interval\":\"day\",\"active_trial_interval_count\":1,\"allow_discount_codes\":false,\"allow_trial\":false,\"amount\":1,\"attached_custom_fields\":[{\"$example\":\"AttachedCustomField\"}],\"billing_address_fields\":{\"city\":{\"$example\":\"BillingAddressFieldMode\"},\"country\":{\"$example\":\"BillingAddressFieldMode\"},\"line1\":{\"$example\":\"BillingAddressFieldMode\"},\"line2\":{\"$example\":\"BillingAddressFieldMode\"},\"postal_code\":{\"$example\":\"BillingAddressFieldMode\"},\"state\":{\"$example\":\"BillingAddressFieldMode\"}},\"client_secret\":\"example client secret\",\"created_at\":\"2026-01-15T09:30:00Z\",\"currency\":\"usd\",\"custom_field_data\":{},\"customer_billing_address\":{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"},\"customer_billing_address_fields\":{\"city\":false,\"country\":false,\"line1\":false,\"line2\":false,\"postal_code\":false,\"state\":false},\"customer_billing_name\":\"example customer billing name\",\"customer_email\":\"customer@example.com\",\"customer_external_id\":\"example customer external id\",\"customer_id\":\"00000000-0000-4000-8000-72bafbb4034f\",\"customer_ip_address\":\"192.0.2.1\",\"customer_metadata\":{},\"customer_name\":\"example customer name\",\"customer_tax_id\":\"example customer tax id\",\"discount\":{\"amount\":1,\"amounts\":{},\"code\":\"example code\",\"currency\":\"usd\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-51fef9fd9bfd\",\"name\":\"example name\",\"type\":\"fixed\"},\"discount_amount\":1,\"discount_id\":\"00000000-0000-4000-8000-8901246077ce\",\"embed_origin\":\"example embed origin\",\"expires_at\":\"2026-01-15T09:30:00Z\",\"external_customer_id\":\"example external customer id\",\"id\":\"00000000-0000-4000-8000-57e41852fc70\",\"is_business_customer\":false,\"is_discount_applicable\":false,\"is_free_product_price\":false,\"is_payment_form_required\":false,\"is_payment_required\":false,\"is_payment_setup_required\":false,\"locale\":\"example locale\",\"max_seats\":1,\"max_units\":1,\"metadata\":{},\"min_seats\":1,\"min_units\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"net_amount\":1,\"organization_id\":\"00000000-0000-4000-8000-16f4433ebdb2\",\"payment_method_type\":\"example payment method type\",\"payment_processor\":\"stripe\",\"payment_processor_metadata\":{},\"prices\":{},\"product\":{\"benefits\":[{\"$example\":\"BenefitPublic\"}],\"created_at\":\"2026-01-15T09:30:00Z\",\"description\":\"example description\",\"id\":\"00000000-0000-4000-8000-6bad51b751ab\",\"is_archived\":false,\"is_recurring\":false,\"medias\":[{\"$example\":\"ProductMediaFileRead\"}],\"meter_interval\":\"day\",\"meter_interval_count\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-882a891cea5f\",\"prices\":[{\"$example\":\"ProductPrice\"}],\"recurring_interval\":\"day\",\"recurring_interval_count\":1,\"trial_interval\":\"day\",\"trial_interval_count\":1,\"visibility\":\"draft\"},\"product_id\":\"00000000-0000-4000-8000-72aede31c37c\",\"product_price\":{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-3fe3328510ad\",\"is_archived\":false,\"legacy\":true,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-ab83c7dd45bd\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"recurring\"},\"product_price_id\":\"00000000-0000-4000-8000-96e24e1246de\",\"products\":[{\"$example\":\"CheckoutProduct\"}],\"require_billing_address\":false,\"return_url\":\"https://example.com/\",\"seats\":1,\"status\":\"open\",\"subscription_id\":\"00000000-0000-4000-8000-84d7120f8774\",\"subtotal_amount\":1,\"success_url\":\"https://example.com/\",\"tax_amount\":1,\"tax_behavior\":\"inclusive\",\"total_amount\":1,\"trial_end\":\"2026-01-15T09:30:00Z\",\"trial_interval\":\"day\",\"trial_interval_count\":1,\"units\":1,\"url\":\"https://example.com/\"}",
        ),
        (
            "CheckoutBillingAddressFields",
            "{\"city\":{\"$example\":\"BillingAddressFieldMode\"},\"country\":{\"$example\":\"BillingAddressFieldMode\"},\"line1\":{\"$example\":\"BillingAddressFieldMode\"},\"line2\":{\"$example\":\"BillingAddressFieldMode\"},\"postal_code\":{\"$example\":\"BillingAddressFieldMode\"},\"state\":{\"$example\":\"BillingAddressFieldMode\"}}",
        ),
        (
            "CheckoutConfirmStripe",
            "{\"allow_trial\":false,\"amount\":1,\"confirmation_token_id\":\"example confirmation token id\",\"custom_field_data\":{},\"customer_billing_address\":{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"},\"customer_billing_name\":\"example customer billing name\",\"customer_email\":\"customer@example.com\",\"customer_name\":\"example customer name\",\"customer_tax_id\":\"example customer tax id\",\"discount_code\":\"example discount code\",\"is_business_customer\":false,\"locale\":\"example locale\",\"payment_method_type\":\"example payment method type\",\"product_id\":\"00000000-0000-4000-8000-73d4558488e1\",\"product_price_id\":\"00000000-0000-4000-8000-e022f091dc1f\",\"seats\":1,\"units\":1}",
        ),
        (
            "CheckoutCreate",
            "{\"allow_discount_codes\":false,\"allow_trial\":false,\"amount\":1,\"currency\":\"usd\",\"custom_field_data\":{},\"customer_billing_address\":{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"},\"customer_billing_name\":\"example customer billing name\",\"customer_email\":\"customer@example.com\",\"customer_id\":\"00000000-0000-4000-8000-51d90b5df1df\",\"customer_ip_address\":\"192.0.2.1\",\"customer_metadata\":{},\"customer_name\":\"example customer name\",\"customer_tax_id\":\"example customer tax id\",\"discount_id\":\"00000000-0000-4000-8000-e0d49230a0be\",\"embed_origin\":\"example embed origin\",\"external_customer_id\":\"example external customer id\",\"is_business_customer\":false,\"locale\":\"example locale\",\"max_seats\":1,\"max_units\":1,\"metadata\":{},\"min_seats\":1,\"min_units\":1,\"prices\":{},\"products\":[\"00000000-0000-4000-8000-3b8c284b9ced\"],\"require_billing_address\":false,\"return_url\":\"https://example.com/\",\"seats\":1,\"subscription_id\":\"00000000-0000-4000-8000-9cd0cd98b904\",\"success_url\":\"https://example.com/\",\"trial_interval\":\"day\",\"trial_interval_count\":1,\"units\":1}",
        ),
        (
            "CheckoutCustomerBillingAddressFields",
            "{\"city\":false,\"country\":false,\"line1\":false,\"line2\":false,\"postal_code\":false,\"state\":false}",
        ),
        (
            "CheckoutDiscount",
            "{\"amount\":1,\"amounts\":{},\"code\":\"example code\",\"currency\":\"usd\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-b86e25902161\",\"name\":\"example name\",\"type\":\"fixed\"}",
        ),
        (
            "CheckoutDiscountFixed",
            "{\"amount\":1,\"amounts\":{},\"code\":\"example code\",\"currency\":\"usd\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-86e207aa7843\",\"name\":\"example name\",\"type\":\"fixed\"}",
        ),
        (
            "CheckoutDiscountFixedOnceForeverDuration",
            "{\"amount\":1,\"amounts\":{},\"code\":\"example code\",\"currency\":\"usd\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-9636b0494bb7\",\"name\":\"example name\",\"type\":\"fixed\"}",
        ),
        ("CheckoutDiscountFixedOnceForeverDurationDuration", "\"once\""),
        ("CheckoutDiscountFixedOnceForeverDurationType", "\"fixed\""),
        (
            "CheckoutDiscountFixedRepeatDuration",
            "{\"amount\":1,\"amounts\":{},\"code\":\"example code\",\"currency\":\"usd\",\"duration\":\"repeating\",\"duration_in_months\":1,\"id\":\"00000000-0000-4000-8000-f2b68145a68e\",\"name\":\"example name\",\"type\":\"fixed\"}",
        ),
        ("CheckoutDiscountFixedRepeatDurationDuration", "\"repeating\""),
        ("CheckoutDiscountFixedRepeatDurationType", "\"fixed\""),
        (
            "CheckoutDiscountPercentage",
            "{\"basis_points\":1,\"code\":\"example code\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-9b6c262dd861\",\"name\":\"example name\",\"type\":\"percentage\"}",
        ),
        (
            "CheckoutDiscountPercentageOnceForeverDuration",
            "{\"basis_points\":1,\"code\":\"example code\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-173fec2beb55\",\"name\":\"example name\",\"type\":\"percentage\"}",
        ),
        ("CheckoutDiscountPercentageOnceForeverDurationDuration", "\"once\""),
        ("CheckoutDiscountPercentageOnceForeverDurationType", "\"percentage\""),
        (
            "CheckoutDiscountPercentageRepeatDuration",
            "{\"basis_points\":1,\"code\":\"example code\",\"duration\":\"repeating\",\"duration_in_months\":1,\"id\":\"00000000-0000-4000-8000-67e73f62cb7c\",\"name\":\"example name\",\"type\":\"percentage\"}",
        ),
        ("CheckoutDiscountPercentageRepeatDurationDuration", "\"repeating\""),
        ("CheckoutDiscountPercentageRepeatDurationType", "\"percentage\""),
        (
            "CheckoutForbiddenError",
            "{\"detail\":\"example detail\",\"error\":\"AlreadyActiveSubscriptionError\"}",
        ),
        (
            "CheckoutLocked",
            "{\"detail\":\"example detail\",\"error\":\"CheckoutLocked\"}",
        ),
        ("CheckoutLockedError", "\"CheckoutLocked\""),
        (
            "CheckoutOrganization",
            "{\"allow_customer_updates\":false,\"avatar_url\":\"https://example.com/\",\"bio\":\"example bio\",\"blog\":\"example blog\",\"company\":\"example company\",\"created_at\":\"2026-01-15T09:30:00Z\",\"customer_email_settings\":{},\"default_upfront_split_to_contributors\":1,\"details_submitted_at\":\"2026-01-15T09:30:00Z\",\"email\":\"customer@example.com\",\"feature_settings\":{},\"id\":\"00000000-0000-4000-8000-acefd5fcab4d\",\"location\":\"example location\",\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"notification_settings\":{},\"pledge_badge_show_amount\":false,\"pledge_minimum_amount\":1,\"proration_behavior\":{\"$example\":\"SubscriptionProrationBehavior\"},\"slug\":\"example slug\",\"socials\":[{\"$example\":\"OrganizationSocialLink\"}],\"status\":\"created\",\"subscription_settings\":{},\"twitter_username\":\"example twitter username\",\"website\":\"example website\"}",
        ),
        (
            "CheckoutProduct",
            "{\"benefits\":[{\"$example\":\"BenefitPublic\"}],\"created_at\":\"2026-01-15T09:30:00Z\",\"description\":\"example description\",\"id\":\"00000000-0000-4000-8000-eab52e5b22ff\",\"is_archived\":false,\"is_recurring\":false,\"medias\":[{\"$example\":\"ProductMediaFileRead\"}],\"meter_interval\":\"day\",\"meter_interval_count\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-38722192cc93\",\"prices\":[{\"$example\":\"ProductPrice\"}],\"recurring_interval\":\"day\",\"recurring_interval_count\":1,\"trial_interval\":\"day\",\"trial_interval_count\":1,\"visibility\":\"draft\"}",
        ),
        (
            "CheckoutPublic",
            "{\"active_trial_interval\":\"day\",\"active_trial_interval_count\":1,\"allow_discount_codes\":false,\"allow_trial\":false,\"amount\":1,\"attached_custom_fields\":[{\"$example\":\"AttachedCustomField\"}],\"billing_address_fields\":{\"city\":{\"$example\":\"BillingAddressFieldMode\"},\"country\":{\"$example\":\"BillingAddressFieldMode\"},\"line1\":{\"$example\":\"BillingAddressFieldMode\"},\"line2\":{\"$example\":\"BillingAddressFieldMode\"},\"postal_code\":{\"$example\":\"BillingAddressFieldMode\"},\"state\":{\"$example\":\"BillingAddressFieldMode\"}},\"client_secret\":\"example client secret\",\"created_at\":\"2026-01-15T09:30:00Z\",\"currency\":\"usd\",\"custom_field_data\":{},\"customer_billing_address\":{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"},\"customer_billing_address_fields\":{\"city\":false,\"country\":false,\"line1\":false,\"line2\":false,\"postal_code\":false,\"state\":false},\"customer_billing_name\":\"example customer billing name\",\"customer_email\":\"customer@example.com\",\"customer_id\":\"00000000-0000-4000-8000-b948c16167c6\",\"customer_ip_address\":\"192.0.2.1\",\"customer_name\":\"example customer name\",\"customer_tax_id\":\"example customer tax id\",\"discount\":{\"amount\":1,\"amounts\":{},\"code\":\"example code\",\"currency\":\"usd\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-90dc00e211b0\",\"name\":\"example name\",\"type\":\"fixed\"},\"discount_amount\":1,\"discount_id\":\"00000000-0000-4000-8000-99db11f3019f\",\"embed_origin\":\"example embed origin\",\"expires_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-84c5d7209513\",\"is_business_customer\":false,\"is_discount_applicable\":false,\"is_free_product_price\":false,\"is_payment_form_required\":false,\"is_payment_required\":false,\"is_payment_setup_required\":false,\"locale\":\"example locale\",\"max_seats\":1,\"max_units\":1,\"min_seats\":1,\"min_units\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"net_amount\":1,\"organization\":{\"allow_customer_updates\":false,\"avatar_url\":\"https://example.com/\",\"bio\":\"example bio\",\"blog\":\"example blog\",\"company\":\"example company\",\"created_at\":\"2026-01-15T09:30:00Z\",\"customer_email_settings\":{},\"default_upfront_split_to_contributors\":1,\"details_submitted_at\":\"2026-01-15T09:30:00Z\",\"email\":\"customer@example.com\",\"feature_settings\":{},\"id\":\"00000000-0000-4000-8000-73b85c7b0cc8\",\"location\":\"example location\",\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"notification_settings\":{},\"pledge_badge_show_amount\":false,\"pledge_minimum_amount\":1,\"proration_behavior\":{\"$example\":\"SubscriptionProrationBehavior\"},\"slug\":\"example slug\",\"socials\":[{\"$example\":\"OrganizationSocialLink\"}],\"status\":\"created\",\"subscription_settings\":{},\"twitter_username\":\"example twitter username\",\"website\":\"example website\"},\"organization_id\":\"00000000-0000-4000-8000-1cba7f42ab97\",\"payment_method_type\":\"example payment method type\",\"payment_processor\":\"stripe\",\"payment_processor_metadata\":{},\"prices\":{},\"product\":{\"benefits\":[{\"$example\":\"BenefitPublic\"}],\"created_at\":\"2026-01-15T09:30:00Z\",\"description\":\"example description\",\"id\":\"00000000-0000-4000-8000-e34b4d35fe24\",\"is_archived\":false,\"is_recurring\":false,\"medias\":[{\"$example\":\"ProductMediaFileRead\"}],\"meter_interval\":\"day\",\"meter_interval_count\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-05a791f1ff36\",\"prices\":[{\"$example\":\"ProductPrice\"}],\"recurring_interval\":\"day\",\"recurring_interval_count\":1,\"trial_interval\":\"day\",\"trial_interval_count\":1,\"visibility\":\"draft\"},\"product_id\":\"00000000-0000-4000-8000-dc49c05eba73\",\"product_price\":{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-6c2bb06fd8ee\",\"is_archived\":false,\"legacy\":true,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-e506b7361b12\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"recurring\"},\"product_price_id\":\"00000000-0000-4000-8000-752abe9becdd\",\"products\":[{\"$example\":\"CheckoutProduct\"}],\"require_billing_address\":false,\"return_url\":\"https://example.com/\",\"seats\":1,\"status\":\"open\",\"subtotal_amount\":1,\"success_url\":\"https://example.com/\",\"tax_amount\":1,\"tax_behavior\":\"inclusive\",\"total_amount\":1,\"trial_end\":\"2026-01-15T09:30:00Z\",\"units\":1,\"url\":\"https://example.com/\"}",
        ),
        (
            "CheckoutPublicConfirmed",
            "{\"active_trial_interval\":\"day\",\"active_trial_interval_count\":1,\"allow_discount_codes\":false,\"allow_trial\":false,\"amount\":1,\"attached_custom_fields\":[{\"$example\":\"AttachedCustomField\"}],\"billing_address_fields\":{\"city\":{\"$example\":\"BillingAddressFieldMode\"},\"country\":{\"$example\":\"BillingAddressFieldMode\"},\"line1\":{\"$example\":\"BillingAddressFieldMode\"},\"line2\":{\"$example\":\"BillingAddressFieldMode\"},\"postal_code\":{\"$example\":\"BillingAddressFieldMode\"},\"state\":{\"$example\":\"BillingAddressFieldMode\"}},\"client_secret\":\"example client secret\",\"created_at\":\"2026-01-15T09:30:00Z\",\"currency\":\"usd\",\"custom_field_data\":{},\"customer_billing_address\":{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"},\"customer_billing_address_fields\":{\"city\":false,\"country\":false,\"line1\":false,\"line2\":false,\"postal_code\":false,\"state\":false},\"customer_billing_name\":\"example customer billing name\",\"customer_email\":\"customer@example.com\",\"customer_id\":\"00000000-0000-4000-8000-420ceb00cc63\",\"customer_ip_address\":\"192.0.2.1\",\"customer_name\":\"example customer name\",\"customer_session_token\":\"example customer session token\",\"customer_tax_id\":\"example customer tax id\",\"discount\":{\"amount\":1,\"amounts\":{},\"code\":\"example code\",\"currency\":\"usd\",\"duration\":\"once\",\"id\":\"00000000-0000-4000-8000-c1c198fe7a71\",\"name\":\"example name\",\"type\":\"fixed\"},\"discount_amount\":1,\"discount_id\":\"00000000-0000-4000-8000-a8c3288b2152\",\"embed_origin\":\"example embed origin\",\"expires_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-22f76da7cb6c\",\"is_business_customer\":false,\"is_discount_applicable\":false,\"is_free_product_price\":false,\"is_payment_form_required\":false,\"is_payment_required\":false,\"is_payment_setup_required\":false,\"locale\":\"example locale\",\"max_seats\":1,\"max_units\":1,\"min_seats\":1,\"min_units\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"net_amount\":1,\"organization\":{\"allow_customer_updates\":false,\"avatar_url\":\"https://example.com/\",\"bio\":\"example bio\",\"blog\":\"example blog\",\"company\":\"example company\",\"created_at\":\"2026-01-15T09:30:00Z\",\"customer_email_settings\":{},\"default_upfront_split_to_contributors\":1,\"details_submitted_at\":\"2026-01-15T09:30:00Z\",\"email\":\"customer@example.com\",\"feature_settings\":{},\"id\":\"00000000-0000-4000-8000-f8de7c4c9c5d\",\"location\":\"example location\",\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"notification_settings\":{},\"pledge_badge_show_amount\":false,\"pledge_minimum_amount\":1,\"proration_behavior\":{\"$example\":\"SubscriptionProrationBehavior\"},\"slug\":\"example slug\",\"socials\":[{\"$example\":\"OrganizationSocialLink\"}],\"status\":\"created\",\"subscription_settings\":{},\"twitter_username\":\"example twitter username\",\"website\":\"example website\"},\"organization_id\":\"00000000-0000-4000-8000-efdf6e20886e\",\"payment_method_type\":\"example payment method type\",\"payment_processor\":\"stripe\",\"payment_processor_metadata\":{},\"prices\":{},\"product\":{\"benefits\":[{\"$example\":\"BenefitPublic\"}],\"created_at\":\"2026-01-15T09:30:00Z\",\"description\":\"example description\",\"id\":\"00000000-0000-4000-8000-2017bc8512cf\",\"is_archived\":false,\"is_recurring\":false,\"medias\":[{\"$example\":\"ProductMediaFileRead\"}],\"meter_interval\":\"day\",\"meter_interval_count\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-47dbfe48f583\",\"prices\":[{\"$example\":\"ProductPrice\"}],\"recurring_interval\":\"day\",\"recurring_interval_count\":1,\"trial_interval\":\"day\",\"trial_interval_count\":1,\"visibility\":\"draft\"},\"product_id\":\"00000000-0000-4000-8000-b718109f85c0\",\"product_price\":{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-8ffd85778381\",\"is_archived\":false,\"legacy\":true,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-ab766444c4f9\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"recurring\"},\"product_price_id\":\"00000000-0000-4000-8000-16fd3bd90542\",\"products\":[{\"$example\":\"CheckoutProduct\"}],\"require_billing_address\":false,\"return_url\":\"https://example.com/\",\"seats\":1,\"status\":\"confirmed\",\"subtotal_amount\":1,\"success_url\":\"https://example.com/\",\"tax_amount\":1,\"tax_behavior\":\"inclusive\",\"total_amount\":1,\"trial_end\":\"2026-01-15T09:30:00Z\",\"units\":1,\"url\":\"https://example.com/\"}",
        ),
        ("CheckoutPublicConfirmedStatus", "\"confirmed\""),
        ("CheckoutSortProperty", "\"created_at\""),
        ("CheckoutStatus", "\"open\""),
        ("CheckoutStatusFilter", "\"open\""),
        (
            "CheckoutUpdate",
            "{\"allow_discount_codes\":false,\"allow_trial\":false,\"amount\":1,\"currency\":\"usd\",\"custom_field_data\":{},\"customer_billing_address\":{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"},\"customer_billing_name\":\"example customer billing name\",\"customer_email\":\"customer@example.com\",\"customer_ip_address\":\"192.0.2.1\",\"customer_metadata\":{},\"customer_name\":\"example customer name\",\"customer_tax_id\":\"example customer tax id\",\"discount_id\":\"00000000-0000-4000-8000-e2964d02a513\",\"embed_origin\":\"example embed origin\",\"is_business_customer\":false,\"locale\":\"example locale\",\"metadata\":{},\"product_id\":\"00000000-0000-4000-8000-04dd3c0b3f77\",\"product_price_id\":\"00000000-0000-4000-8000-00a8e069e301\",\"require_billing_address\":false,\"return_url\":\"https://example.com/\",\"seats\":1,\"success_url\":\"https://example.com/\",\"trial_interval\":\"day\",\"trial_interval_count\":1,\"units\":1}",
        ),
        (
            "CheckoutUpdatePublic",
            "{\"allow_trial\":false,\"amount\":1,\"custom_field_data\":{},\"customer_billing_address\":{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"postal_code\":\"example postal code\",\"state\":\"example state\"},\"customer_billing_name\":\"example customer billing name\",\"customer_email\":\"customer@example.com\",\"customer_name\":\"example customer name\",\"customer_tax_id\":\"example customer tax id\",\"discount_code\":\"example discount code\",\"is_business_customer\":false,\"locale\":\"example locale\",\"payment_method_type\":\"example payment method type\",\"product_id\":\"00000000-0000-4000-8000-50eb750360cc\",\"product_price_id\":\"00000000-0000-4000-8000-f4bc9e3aa40e\",\"seats\":1,\"units\":1}",
        ),
        (
            "CurrentProductPrice",
            "{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-c1c5764f82ed\",\"is_archived\":false,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-cb434a6359fd\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"one_time\"}",
        ),
        (
            "CustomField",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-9d54b2ccc3b1\",\"metadata\":{\"$example\":\"Metadata\"},\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-d627dc1c07d1\",\"properties\":{\"$example\":\"CustomFieldTextProperties\"},\"slug\":\"example slug\",\"type\":\"text\"}",
        ),
        (
            "CustomFieldCheckbox",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-7cda79d4eb76\",\"metadata\":{\"$example\":\"Metadata\"},\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-db0a242c96fc\",\"properties\":{\"$example\":\"CustomFieldCheckboxProperties\"},\"slug\":\"example slug\",\"type\":\"checkbox\"}",
        ),
        (
            "CustomFieldCheckboxProperties",
            "{\"form_help_text\":\"example form help text\",\"form_label\":\"example form label\",\"form_placeholder\":\"example form placeholder\"}",
        ),
        ("CustomFieldCheckboxType", "\"checkbox\""),
        ("CustomFieldData", "{}"),
        ("CustomFieldDataInput", "{}"),
        (
            "CustomFieldDate",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-bc7c9c24af4d\",\"metadata\":{\"$example\":\"Metadata\"},\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-fa5f88fb406d\",\"properties\":{\"$example\":\"CustomFieldDateProperties\"},\"slug\":\"example slug\",\"type\":\"date\"}",
        ),
        (
            "CustomFieldDateProperties",
            "{\"form_help_text\":\"example form help text\",\"form_label\":\"example form label\",\"form_placeholder\":\"example form placeholder\",\"ge\":1,\"le\":1}",
        ),
        ("CustomFieldDateType", "\"date\""),
        ("CustomFieldInputValue", "\"example CustomFieldInputValue\""),
        (
            "CustomFieldNumber",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-ccde199663e6\",\"metadata\":{\"$example\":\"Metadata\"},\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-6a3aa116280c\",\"properties\":{\"$example\":\"CustomFieldNumberProperties\"},\"slug\":\"example slug\",\"type\":\"number\"}",
        ),
        (
            "CustomFieldNumberProperties",
            "{\"form_help_text\":\"example form help text\",\"form_label\":\"example form label\",\"form_placeholder\":\"example form placeholder\",\"ge\":1,\"le\":1}",
        ),
        ("CustomFieldNumberType", "\"number\""),
        (
            "CustomFieldSelect",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-91697f5d10a9\",\"metadata\":{\"$example\":\"Metadata\"},\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-30c0cd748179\",\"properties\":{\"$example\":\"CustomFieldSelectProperties\"},\"slug\":\"example slug\",\"type\":\"select\"}",
        ),
        (
            "CustomFieldSelectOption",
            "{\"label\":\"example label\",\"value\":\"example value\"}",
        ),
        (
            "CustomFieldSelectProperties",
            "{\"form_help_text\":\"example form help text\",\"form_label\":\"example form label\",\"form_placeholder\":\"example form placeholder\",\"options\":[{\"$example\":\"CustomFieldSelectOption\"}]}",
        ),
        ("CustomFieldSelectType", "\"select\""),
        (
            "CustomFieldText",
            "{\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-ca1d2fc038f8\",\"metadata\":{\"$example\":\"Metadata\"},\"modified_at\":\"2026-01-15T09:30:00Z\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-f40f32eaa32a\",\"properties\":{\"$example\":\"CustomFieldTextProperties\"},\"slug\":\"example slug\",\"type\":\"text\"}",
        ),
        (
            "CustomFieldTextProperties",
            "{\"form_help_text\":\"example form help text\",\"form_label\":\"example form label\",\"form_placeholder\":\"example form placeholder\",\"max_length\":1,\"min_length\":1,\"textarea\":false}",
        ),
        ("CustomFieldTextType", "\"text\""),
        ("CustomFieldValue", "\"example CustomFieldValue\""),
        ("DecimalInput", "1.0"),
        (
            "DiscountRedemptionLimitReached",
            "{\"detail\":\"example detail\",\"error\":\"DiscountRedemptionLimitReached\"}",
        ),
        ("DiscountRedemptionLimitReachedError", "\"DiscountRedemptionLimitReached\""),
        (
            "ExpiredCheckoutError",
            "{\"detail\":\"example detail\",\"error\":\"ExpiredCheckoutError\"}",
        ),
        ("ExpiredCheckoutErrorError", "\"ExpiredCheckoutError\""),
        ("False", "false"),
        (
            "HttpValidationError",
            "{\"detail\":[{\"$example\":\"ValidationError\"}],\"error\":\"RequestValidationError\"}",
        ),
        (
            "InsufficientScope",
            "{\"error\":\"insufficient_scope\",\"error_description\":\"example error description\"}",
        ),
        ("InsufficientScopeError", "\"insufficient_scope\""),
        (
            "InvalidToken",
            "{\"error\":\"invalid_token\",\"error_description\":\"example error description\"}",
        ),
        ("InvalidTokenError", "\"invalid_token\""),
        ("LegacyOrganizationStatus", "\"created\""),
        (
            "LegacyRecurringProductPrice",
            "{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-d158f7679df4\",\"is_archived\":false,\"legacy\":true,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-83fa87f45948\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"recurring\"}",
        ),
        (
            "LegacyRecurringProductPriceCustom",
            "{\"amount_type\":\"custom\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-71623b9d980d\",\"is_archived\":false,\"legacy\":true,\"maximum_amount\":1,\"minimum_amount\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"preset_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-736f76dfd2dd\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"recurring\"}",
        ),
        ("LegacyRecurringProductPriceCustomAmountType", "\"custom\""),
        ("LegacyRecurringProductPriceCustomType", "\"recurring\""),
        (
            "LegacyRecurringProductPriceFixed",
            "{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-78dd90223d00\",\"is_archived\":false,\"legacy\":true,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-f7ce1a4e04ec\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"recurring\"}",
        ),
        ("LegacyRecurringProductPriceFixedAmountType", "\"fixed\""),
        ("LegacyRecurringProductPriceFixedType", "\"recurring\""),
        (
            "ListResourceCheckout",
            "{\"items\":[{\"$example\":\"Checkout\"}],\"pagination\":{\"$example\":\"Pagination\"}}",
        ),
        ("Metadata", "{}"),
        ("MetadataInput", "{}"),
        ("MetadataInputValue", "\"example MetadataInputValue\""),
        ("MetadataValue", "\"example MetadataValue\""),
        (
            "NotOpenCheckout",
            "{\"detail\":\"example detail\",\"error\":\"NotOpenCheckout\"}",
        ),
        ("NotOpenCheckoutError", "\"NotOpenCheckout\""),
        ("NotPermitted", "{\"detail\":\"example detail\",\"error\":\"NotPermitted\"}"),
        ("NotPermittedError", "\"NotPermitted\""),
        (
            "OrganizationSocialLink",
            "{\"platform\":{\"$example\":\"OrganizationSocialPlatforms\"},\"url\":\"https://example.com/\"}",
        ),
        ("OrganizationSocialPlatforms", "\"x\""),
        ("Pagination", "{\"max_page\":1,\"total_count\":1}"),
        ("PaymentError", "{\"detail\":\"example detail\",\"error\":\"PaymentError\"}"),
        ("PaymentErrorError", "\"PaymentError\""),
        (
            "PaymentNotReady",
            "{\"detail\":\"example detail\",\"error\":\"PaymentNotReady\"}",
        ),
        ("PaymentNotReadyError", "\"PaymentNotReady\""),
        ("PaymentProcessor", "\"stripe\""),
        (
            "ProductMediaFileRead",
            "{\"checksum_etag\":\"example checksum etag\",\"checksum_sha256_base64\":\"example checksum sha256 base64\",\"checksum_sha256_hex\":\"example checksum sha256 hex\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-16130b1b2fdd\",\"is_uploaded\":false,\"last_modified_at\":\"2026-01-15T09:30:00Z\",\"mime_type\":\"example mime type\",\"name\":\"example name\",\"organization_id\":\"00000000-0000-4000-8000-bb5cc538501d\",\"path\":\"example path\",\"public_url\":\"https://example.com/\",\"service\":\"product_media\",\"size\":1,\"size_readable\":\"example size readable\",\"storage_version\":\"example storage version\",\"version\":\"example version\"}",
        ),
        ("ProductMediaFileReadService", "\"product_media\""),
        (
            "ProductPrice",
            "{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-40d3d00ef430\",\"is_archived\":false,\"legacy\":true,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-9e0a1cd50e3c\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"recurring\"}",
        ),
        (
            "ProductPriceCreate",
            "{\"amount_type\":\"fixed\",\"price_amount\":1,\"price_currency\":\"usd\",\"tax_behavior\":\"location\"}",
        ),
        (
            "ProductPriceCustom",
            "{\"amount_type\":\"custom\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-7efaeb247fb9\",\"is_archived\":false,\"maximum_amount\":1,\"minimum_amount\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"preset_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-4ba42849b071\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"one_time\"}",
        ),
        ("ProductPriceCustomAmountType", "\"custom\""),
        (
            "ProductPriceCustomCreate",
            "{\"amount_type\":\"custom\",\"maximum_amount\":1,\"minimum_amount\":1,\"preset_amount\":1,\"price_currency\":\"usd\",\"tax_behavior\":\"location\"}",
        ),
        ("ProductPriceCustomCreateAmountType", "\"custom\""),
        (
            "ProductPriceFixed",
            "{\"amount_type\":\"fixed\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-b168212c38dc\",\"is_archived\":false,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_amount\":1,\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-cae2d57fddd0\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"one_time\"}",
        ),
        ("ProductPriceFixedAmountType", "\"fixed\""),
        (
            "ProductPriceFixedCreate",
            "{\"amount_type\":\"fixed\",\"price_amount\":1,\"price_currency\":\"usd\",\"tax_behavior\":\"location\"}",
        ),
        ("ProductPriceFixedCreateAmountType", "\"fixed\""),
        (
            "ProductPriceMeter",
            "{\"custom_label\":\"example custom label\",\"custom_multiplier\":1,\"id\":\"00000000-0000-4000-8000-6dc4a5acd1bd\",\"name\":\"example name\",\"unit\":\"example unit\"}",
        ),
        (
            "ProductPriceMeteredTiers",
            "{\"amount_type\":\"metered_tiers\",\"cap_amount\":1,\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-e97f4becdaf3\",\"is_archived\":false,\"meter\":{\"custom_label\":\"example custom label\",\"custom_multiplier\":1,\"id\":\"00000000-0000-4000-8000-037d19b8cab6\",\"name\":\"example name\",\"unit\":\"example unit\"},\"meter_id\":\"00000000-0000-4000-8000-8c7e9ec75d25\",\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-64d1c3cbae13\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"tiers\":{\"tiers\":[{\"$example\":\"Tier\"}],\"type\":\"volume\"},\"type\":\"one_time\"}",
        ),
        ("ProductPriceMeteredTiersAmountType", "\"metered_tiers\""),
        (
            "ProductPriceMeteredTiersCreate",
            "{\"amount_type\":\"metered_tiers\",\"cap_amount\":1,\"meter_id\":\"00000000-0000-4000-8000-6a7e470c5571\",\"price_currency\":\"usd\",\"tax_behavior\":\"location\",\"tiers\":{\"tiers\":[{\"$example\":\"TierInput\"}],\"type\":\"volume\"}}",
        ),
        ("ProductPriceMeteredTiersCreateAmountType", "\"metered_tiers\""),
        (
            "ProductPriceMeteredUnit",
            "{\"amount_type\":\"metered_unit\",\"cap_amount\":1,\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-57390dc15f7c\",\"is_archived\":false,\"meter\":{\"custom_label\":\"example custom label\",\"custom_multiplier\":1,\"id\":\"00000000-0000-4000-8000-e0b1b3789d9d\",\"name\":\"example name\",\"unit\":\"example unit\"},\"meter_id\":\"00000000-0000-4000-8000-57b02e68582e\",\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-b042058b76b0\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"one_time\",\"unit_amount\":\"example unit amount\"}",
        ),
        ("ProductPriceMeteredUnitAmountType", "\"metered_unit\""),
        (
            "ProductPriceMeteredUnitCreate",
            "{\"amount_type\":\"metered_unit\",\"cap_amount\":1,\"meter_id\":\"00000000-0000-4000-8000-22ef27c31336\",\"price_currency\":\"usd\",\"tax_behavior\":\"location\",\"unit_amount\":1.0}",
        ),
        ("ProductPriceMeteredUnitCreateAmountType", "\"metered_unit\""),
        (
            "ProductPriceSeatBased",
            "{\"amount_type\":\"seat_based\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-0b3e7c6a14f6\",\"is_archived\":false,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_currency\":\"usd\",\"price_per_seat\":1,\"product_id\":\"00000000-0000-4000-8000-24b91920271a\",\"recurring_interval\":\"day\",\"seat_tiers\":{\"maximum_seats\":1,\"minimum_seats\":1,\"seat_tier_type\":\"volume\",\"tiers\":[{\"$example\":\"ProductPriceSeatTier\"}]},\"source\":\"catalog\",\"tax_behavior\":\"location\",\"type\":\"one_time\"}",
        ),
        ("ProductPriceSeatBasedAmountType", "\"seat_based\""),
        (
            "ProductPriceSeatBasedCreate",
            "{\"amount_type\":\"seat_based\",\"price_currency\":\"usd\",\"seat_tiers\":{\"seat_tier_type\":\"volume\",\"tiers\":[{\"$example\":\"ProductPriceSeatTier\"}]},\"tax_behavior\":\"location\"}",
        ),
        ("ProductPriceSeatBasedCreateAmountType", "\"seat_based\""),
        (
            "ProductPriceSeatTier",
            "{\"max_seats\":1,\"min_seats\":1,\"price_per_seat\":1}",
        ),
        (
            "ProductPriceSeatTiers",
            "{\"maximum_seats\":1,\"minimum_seats\":1,\"seat_tier_type\":\"volume\",\"tiers\":[{\"$example\":\"ProductPriceSeatTier\"}]}",
        ),
        (
            "ProductPriceSeatTiersInput",
            "{\"seat_tier_type\":\"volume\",\"tiers\":[{\"$example\":\"ProductPriceSeatTier\"}]}",
        ),
        ("ProductPriceSource", "\"catalog\""),
        ("ProductPriceType", "\"one_time\""),
        (
            "ProductPriceUnitBased",
            "{\"amount_type\":\"unit_based\",\"created_at\":\"2026-01-15T09:30:00Z\",\"id\":\"00000000-0000-4000-8000-d7135164e95d\",\"is_archived\":false,\"maximum_units\":1,\"minimum_units\":1,\"modified_at\":\"2026-01-15T09:30:00Z\",\"price_currency\":\"usd\",\"product_id\":\"00000000-0000-4000-8000-c336107bb3cd\",\"recurring_interval\":\"day\",\"source\":\"catalog\",\"tax_behavior\":\"location\",\"tiers\":{\"tiers\":[{\"$example\":\"Tier\"}],\"type\":\"volume\"},\"type\":\"one_time\",\"unit_label\":{}}",
        ),
        ("ProductPriceUnitBasedAmountType", "\"unit_based\""),
        (
            "ProductPriceUnitBasedCreate",
            "{\"amount_type\":\"unit_based\",\"minimum_units\":1,\"price_currency\":\"usd\",\"tax_behavior\":\"location\",\"tiers\":{\"tiers\":[{\"$example\":\"TierInput\"}],\"type\":\"volume\"},\"unit_label\":{}}",
        ),
        ("ProductPriceUnitBasedCreateAmountType", "\"unit_based\""),
        ("ProductVisibility", "\"draft\""),
        (
            "ResourceNotFound",
            "{\"detail\":\"example detail\",\"error\":\"ResourceNotFound\"}",
        ),
        ("ResourceNotFoundError", "\"ResourceNotFound\""),
        ("SeatTierType", "\"volume\""),
        ("StringFilter", "\"example StringFilter\""),
        ("SubscriptionProrationBehavior", "\"invoice\""),
        ("SubscriptionRecurringInterval", "\"day\""),
        ("TaxBehavior", "\"inclusive\""),
        ("TaxBehaviorOption", "\"location\""),
        ("Tier", "{\"bound\":1,\"unit_amount\":\"example unit amount\"}"),
        ("TierInput", "{\"bound\":1,\"unit_amount\":1.0}"),
        ("TierType", "\"volume\""),
        ("Tiers", "{\"tiers\":[{\"$example\":\"Tier\"}],\"type\":\"volume\"}"),
        ("TiersInput", "{\"tiers\":[{\"$example\":\"TierInput\"}],\"type\":\"volume\"}"),
        (
            "TrialAlreadyRedeemed",
            "{\"detail\":\"example detail\",\"error\":\"TrialAlreadyRedeemed\"}",
        ),
        ("TrialAlreadyRedeemedError", "\"TrialAlreadyRedeemed\""),
        ("TrialInterval", "\"day\""),
        ("True", "true"),
        ("Unauthorized", "{\"detail\":\"example detail\",\"error\":\"Unauthorized\"}"),
        ("UnauthorizedError", "\"Unauthorized\""),
        ("UnitLabel", "{}"),
        ("UuidFilter", "\"00000000-0000-4000-8000-564cc2c3d82c\""),
        (
            "ValidationError",
            "{\"ctx\":{},\"input\":{},\"loc\":[{\"$example\":\"ValidationErrorLocation\"}],\"msg\":\"example msg\",\"type\":\"example type\"}",
        ),
        ("ValidationErrorKind", "\"RequestValidationError\""),
        ("ValidationErrorLocation", "\"example ValidationErrorLocation\""),
        (
            "WebhookCheckoutCreatedPayload",
            "{\"api_version\":\"example api version\",\"data\":{\"$example\":\"Checkout\"},\"timestamp\":\"2026-01-15T09:30:00Z\",\"type\":\"checkout.created\"}",
        ),
        ("WebhookCheckoutCreatedPayloadType", "\"checkout.created\""),
        (
            "WebhookCheckoutExpiredPayload",
            "{\"api_version\":\"example api version\",\"data\":{\"$example\":\"Checkout\"},\"timestamp\":\"2026-01-15T09:30:00Z\",\"type\":\"checkout.expired\"}",
        ),
        ("WebhookCheckoutExpiredPayloadType", "\"checkout.expired\""),
        (
            "WebhookCheckoutUpdatedPayload",
            "{\"api_version\":\"example api version\",\"data\":{\"$example\":\"Checkout\"},\"timestamp\":\"2026-01-15T09:30:00Z\",\"type\":\"checkout.updated\"}",
        ),
        ("WebhookCheckoutUpdatedPayloadType", "\"checkout.updated\""),
    ];
    ::checkout_runtime::mock_examples!(
        EXAMPLES : types::Address = "Address", types::AddressInput = "AddressInput",
        types::AlreadyActiveSubscriptionError = "AlreadyActiveSubscriptionError",
        types::AlreadyActiveSubscriptionErrorError =
        "AlreadyActiveSubscriptionErrorError", types::AttachedCustomField =
        "AttachedCustomField", types::AuthenticationError = "AuthenticationError",
        types::BenefitGenericPublic = "BenefitGenericPublic",
        types::BenefitMeterCreditPublic = "BenefitMeterCreditPublic",
        types::BenefitMeterCreditPublicProperties = "BenefitMeterCreditPublicProperties",
        types::BenefitMeterCreditPublicType = "BenefitMeterCreditPublicType",
        types::BenefitPublic = "BenefitPublic", types::BenefitType = "BenefitType",
        types::BillingAddressFieldMode = "BillingAddressFieldMode", types::Checkout =
        "Checkout", types::CheckoutBillingAddressFields = "CheckoutBillingAddressFields",
        types::CheckoutConfirmStripe = "CheckoutConfirmStripe", types::CheckoutCreate =
        "CheckoutCreate", types::CheckoutCustomerBillingAddressFields =
        "CheckoutCustomerBillingAddressFields", types::CheckoutDiscount =
        "CheckoutDiscount", types::CheckoutDiscountFixed = "CheckoutDiscountFixed",
        types::CheckoutDiscountFixedOnceForeverDuration =
        "CheckoutDiscountFixedOnceForeverDuration",
        types::CheckoutDiscountFixedOnceForeverDurationDuration =
        "CheckoutDiscountFixedOnceForeverDurationDuration",
        types::CheckoutDiscountFixedOnceForeverDurationType =
        "CheckoutDiscountFixedOnceForeverDurationType",
        types::CheckoutDiscountFixedRepeatDuration =
        "CheckoutDiscountFixedRepeatDuration",
        types::CheckoutDiscountFixedRepeatDurationDuration =
        "CheckoutDiscountFixedRepeatDurationDuration",
        types::CheckoutDiscountFixedRepeatDurationType =
        "CheckoutDiscountFixedRepeatDurationType", types::CheckoutDiscountPercentage =
        "CheckoutDiscountPercentage",
        types::CheckoutDiscountPercentageOnceForeverDuration =
        "CheckoutDiscountPercentageOnceForeverDuration",
        types::CheckoutDiscountPercentageOnceForeverDurationDuration =
        "CheckoutDiscountPercentageOnceForeverDurationDuration",
        types::CheckoutDiscountPercentageOnceForeverDurationType =
        "CheckoutDiscountPercentageOnceForeverDurationType",
        types::CheckoutDiscountPercentageRepeatDuration =
        "CheckoutDiscountPercentageRepeatDuration",
        types::CheckoutDiscountPercentageRepeatDurationDuration =
        "CheckoutDiscountPercentageRepeatDurationDuration",
        types::CheckoutDiscountPercentageRepeatDurationType =
        "CheckoutDiscountPercentageRepeatDurationType", types::CheckoutForbiddenError =
        "CheckoutForbiddenError", types::CheckoutLocked = "CheckoutLocked",
        types::CheckoutLockedError = "CheckoutLockedError", types::CheckoutOrganization =
        "CheckoutOrganization", types::CheckoutProduct = "CheckoutProduct",
        types::CheckoutPublic = "CheckoutPublic", types::CheckoutPublicConfirmed =
        "CheckoutPublicConfirmed", types::CheckoutPublicConfirmedStatus =
        "CheckoutPublicConfirmedStatus", types::CheckoutSortProperty =
        "CheckoutSortProperty", types::CheckoutStatus = "CheckoutStatus",
        types::CheckoutStatusFilter = "CheckoutStatusFilter", types::CheckoutUpdate =
        "CheckoutUpdate", types::CheckoutUpdatePublic = "CheckoutUpdatePublic",
        types::CurrentProductPrice = "CurrentProductPrice", types::CustomField =
        "CustomField", types::CustomFieldCheckbox = "CustomFieldCheckbox",
        types::CustomFieldCheckboxProperties = "CustomFieldCheckboxProperties",
        types::CustomFieldCheckboxType = "CustomFieldCheckboxType",
        types::CustomFieldData = "CustomFieldData", types::CustomFieldDataInput =
        "CustomFieldDataInput", types::CustomFieldDate = "CustomFieldDate",
        types::CustomFieldDateProperties = "CustomFieldDateProperties",
        types::CustomFieldDateType = "CustomFieldDateType", types::CustomFieldInputValue
        = "CustomFieldInputValue", types::CustomFieldNumber = "CustomFieldNumber",
        types::CustomFieldNumberProperties = "CustomFieldNumberProperties",
        types::CustomFieldNumberType = "CustomFieldNumberType", types::CustomFieldSelect
        = "CustomFieldSelect", types::CustomFieldSelectOption =
        "CustomFieldSelectOption", types::CustomFieldSelectProperties =
        "CustomFieldSelectProperties", types::CustomFieldSelectType =
        "CustomFieldSelectType", types::CustomFieldText = "CustomFieldText",
        types::CustomFieldTextProperties = "CustomFieldTextProperties",
        types::CustomFieldTextType = "CustomFieldTextType", types::CustomFieldValue =
        "CustomFieldValue", types::DecimalInput = "DecimalInput",
        types::DiscountRedemptionLimitReached = "DiscountRedemptionLimitReached",
        types::DiscountRedemptionLimitReachedError =
        "DiscountRedemptionLimitReachedError", types::ExpiredCheckoutError =
        "ExpiredCheckoutError", types::ExpiredCheckoutErrorError =
        "ExpiredCheckoutErrorError", types::HttpValidationError = "HttpValidationError",
        types::InsufficientScope = "InsufficientScope", types::InsufficientScopeError =
        "InsufficientScopeError", types::InvalidToken = "InvalidToken",
        types::InvalidTokenError = "InvalidTokenError", types::LegacyOrganizationStatus =
        "LegacyOrganizationStatus", types::LegacyRecurringProductPrice =
        "LegacyRecurringProductPrice", types::LegacyRecurringProductPriceCustom =
        "LegacyRecurringProductPriceCustom",
        types::LegacyRecurringProductPriceCustomAmountType =
        "LegacyRecurringProductPriceCustomAmountType",
        types::LegacyRecurringProductPriceCustomType =
        "LegacyRecurringProductPriceCustomType", types::LegacyRecurringProductPriceFixed
        = "LegacyRecurringProductPriceFixed",
        types::LegacyRecurringProductPriceFixedAmountType =
        "LegacyRecurringProductPriceFixedAmountType",
        types::LegacyRecurringProductPriceFixedType =
        "LegacyRecurringProductPriceFixedType", types::ListResourceCheckout =
        "ListResourceCheckout", types::Metadata = "Metadata", types::MetadataInput =
        "MetadataInput", types::MetadataInputValue = "MetadataInputValue",
        types::MetadataValue = "MetadataValue", types::NotOpenCheckout =
        "NotOpenCheckout", types::NotOpenCheckoutError = "NotOpenCheckoutError",
        types::NotPermitted = "NotPermitted", types::NotPermittedError =
        "NotPermittedError", types::OrganizationSocialLink = "OrganizationSocialLink",
        types::OrganizationSocialPlatforms = "OrganizationSocialPlatforms",
        types::Pagination = "Pagination", types::PaymentError = "PaymentError",
        types::PaymentErrorError = "PaymentErrorError", types::PaymentNotReady =
        "PaymentNotReady", types::PaymentNotReadyError = "PaymentNotReadyError",
        types::PaymentProcessor = "PaymentProcessor", types::ProductMediaFileRead =
        "ProductMediaFileRead", types::ProductMediaFileReadService =
        "ProductMediaFileReadService", types::ProductPrice = "ProductPrice",
        types::ProductPriceCreate = "ProductPriceCreate", types::ProductPriceCustom =
        "ProductPriceCustom", types::ProductPriceCustomAmountType =
        "ProductPriceCustomAmountType", types::ProductPriceCustomCreate =
        "ProductPriceCustomCreate", types::ProductPriceCustomCreateAmountType =
        "ProductPriceCustomCreateAmountType", types::ProductPriceFixed =
        "ProductPriceFixed", types::ProductPriceFixedAmountType =
        "ProductPriceFixedAmountType", types::ProductPriceFixedCreate =
        "ProductPriceFixedCreate", types::ProductPriceFixedCreateAmountType =
        "ProductPriceFixedCreateAmountType", types::ProductPriceMeter =
        "ProductPriceMeter", types::ProductPriceMeteredTiers =
        "ProductPriceMeteredTiers", types::ProductPriceMeteredTiersAmountType =
        "ProductPriceMeteredTiersAmountType", types::ProductPriceMeteredTiersCreate =
        "ProductPriceMeteredTiersCreate", types::ProductPriceMeteredTiersCreateAmountType
        = "ProductPriceMeteredTiersCreateAmountType", types::ProductPriceMeteredUnit =
        "ProductPriceMeteredUnit", types::ProductPriceMeteredUnitAmountType =
        "ProductPriceMeteredUnitAmountType", types::ProductPriceMeteredUnitCreate =
        "ProductPriceMeteredUnitCreate", types::ProductPriceMeteredUnitCreateAmountType =
        "ProductPriceMeteredUnitCreateAmountType", types::ProductPriceSeatBased =
        "ProductPriceSeatBased", types::ProductPriceSeatBasedAmountType =
        "ProductPriceSeatBasedAmountType", types::ProductPriceSeatBasedCreate =
        "ProductPriceSeatBasedCreate", types::ProductPriceSeatBasedCreateAmountType =
        "ProductPriceSeatBasedCreateAmountType", types::ProductPriceSeatTier =
        "ProductPriceSeatTier", types::ProductPriceSeatTiers = "ProductPriceSeatTiers",
        types::ProductPriceSeatTiersInput = "ProductPriceSeatTiersInput",
        types::ProductPriceSource = "ProductPriceSource", types::ProductPriceType =
        "ProductPriceType", types::ProductPriceUnitBased = "ProductPriceUnitBased",
        types::ProductPriceUnitBasedAmountType = "ProductPriceUnitBasedAmountType",
        types::ProductPriceUnitBasedCreate = "ProductPriceUnitBasedCreate",
        types::ProductPriceUnitBasedCreateAmountType =
        "ProductPriceUnitBasedCreateAmountType", types::ProductVisibility =
        "ProductVisibility", types::ResourceNotFound = "ResourceNotFound",
        types::ResourceNotFoundError = "ResourceNotFoundError", types::SeatTierType =
        "SeatTierType", types::StringFilter = "StringFilter",
        types::SubscriptionProrationBehavior = "SubscriptionProrationBehavior",
        types::SubscriptionRecurringInterval = "SubscriptionRecurringInterval",
        types::TaxBehavior = "TaxBehavior", types::TaxBehaviorOption =
        "TaxBehaviorOption", types::Tier = "Tier", types::TierInput = "TierInput",
        types::TierType = "TierType", types::Tiers = "Tiers", types::TiersInput =
        "TiersInput", types::TrialAlreadyRedeemed = "TrialAlreadyRedeemed",
        types::TrialAlreadyRedeemedError = "TrialAlreadyRedeemedError",
        types::TrialInterval = "TrialInterval", types::Unauthorized = "Unauthorized",
        types::UnauthorizedError = "UnauthorizedError", types::UnitLabel = "UnitLabel",
        types::UuidFilter = "UuidFilter", types::ValidationError = "ValidationError",
        types::ValidationErrorKind = "ValidationErrorKind",
        types::ValidationErrorLocation = "ValidationErrorLocation",
        types::WebhookCheckoutCreatedPayload = "WebhookCheckoutCreatedPayload",
        types::WebhookCheckoutCreatedPayloadType = "WebhookCheckoutCreatedPayloadType",
        types::WebhookCheckoutExpiredPayload = "WebhookCheckoutExpiredPayload",
        types::WebhookCheckoutExpiredPayloadType = "WebhookCheckoutExpiredPayloadType",
        types::WebhookCheckoutUpdatedPayload = "WebhookCheckoutUpdatedPayload",
        types::WebhookCheckoutUpdatedPayloadType = "WebhookCheckoutUpdatedPayloadType"
    );
}
/// Per-operation error enums, decoded by HTTP status from the documented error bodies
/// (`decode` and `Display` come from `checkout_runtime::operation_error!`).
pub mod errors {
    /// Error responses of `checkouts:list` (`GET /v1/checkouts/`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsListError {
        /// `401`: The access token is missing (`Unauthorized`) or expired, revoked or malformed (`invalid_token`); the `WWW-Authenticate` header says the same for OAuth clients.
        Unauthorized(super::types::AuthenticationError),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// `429`: Too many requests for this access token (or, without one, this IP address); the body is empty and `Retry-After` says how many seconds to wait (`Error::retry_after`).
        TooManyRequests,
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
        CheckoutsListError { 401 => Unauthorized : json, 422 => UnprocessableEntity :
        json, 429 => TooManyRequests : empty, }
    );
    /// Error responses of `checkouts:create` (`POST /v1/checkouts/`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsCreateError {
        /// `401`: The access token is missing (`Unauthorized`) or expired, revoked or malformed (`invalid_token`); the `WWW-Authenticate` header says the same for OAuth clients.
        Unauthorized(super::types::AuthenticationError),
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// `429`: Too many requests for this access token (or, without one, this IP address); the body is empty and `Retry-After` says how many seconds to wait (`Error::retry_after`).
        TooManyRequests,
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
        CheckoutsCreateError { 401 => Unauthorized : json, 403 => Forbidden : json, 422
        => UnprocessableEntity : json, 429 => TooManyRequests : empty, }
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
        /// `429`: Too many requests for this access token (or, without one, this IP address); the body is empty and `Retry-After` says how many seconds to wait (`Error::retry_after`).
        TooManyRequests,
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
        Gone : json, 422 => UnprocessableEntity : json, 429 => TooManyRequests : empty, }
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
        /// `429`: Too many requests for this access token (or, without one, this IP address); the body is empty and `Retry-After` says how many seconds to wait (`Error::retry_after`).
        TooManyRequests,
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
        => Conflict : json, 410 => Gone : json, 422 => UnprocessableEntity : json, 429 =>
        TooManyRequests : empty, }
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
        /// `429`: Too many requests for this access token (or, without one, this IP address); the body is empty and `Retry-After` says how many seconds to wait (`Error::retry_after`).
        TooManyRequests,
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
        UnprocessableEntity : json, 429 => TooManyRequests : empty, }
    );
    /// Error responses of `checkouts:get` (`GET /v1/checkouts/{id}`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsGetError {
        /// `401`: The access token is missing (`Unauthorized`) or expired, revoked or malformed (`invalid_token`); the `WWW-Authenticate` header says the same for OAuth clients.
        Unauthorized(super::types::AuthenticationError),
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `404`: Checkout session not found.
        NotFound(super::types::ResourceNotFound),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// `429`: Too many requests for this access token (or, without one, this IP address); the body is empty and `Retry-After` says how many seconds to wait (`Error::retry_after`).
        TooManyRequests,
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
        CheckoutsGetError { 401 => Unauthorized : json, 403 => Forbidden : json, 404 =>
        NotFound : json, 422 => UnprocessableEntity : json, 429 => TooManyRequests :
        empty, }
    );
    /// Error responses of `checkouts:update` (`PATCH /v1/checkouts/{id}`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutsUpdateError {
        /// `401`: The access token is missing (`Unauthorized`) or expired, revoked or malformed (`invalid_token`); the `WWW-Authenticate` header says the same for OAuth clients.
        Unauthorized(super::types::AuthenticationError),
        /// `403`: Forbidden: the checkout is not open, the customer already has an active subscription, the organization is not ready to accept payments, the trial was already redeemed, the discount reached its redemption limit, or the credentials are not permitted.
        Forbidden(super::types::CheckoutForbiddenError),
        /// `404`: Checkout session not found.
        NotFound(super::types::ResourceNotFound),
        /// `409`: The checkout session is locked by another request being processed; retry later.
        Conflict(super::types::CheckoutLocked),
        /// `422`: The request did not validate.
        UnprocessableEntity(super::types::HttpValidationError),
        /// `429`: Too many requests for this access token (or, without one, this IP address); the body is empty and `Retry-After` says how many seconds to wait (`Error::retry_after`).
        TooManyRequests,
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
        CheckoutsUpdateError { 401 => Unauthorized : json, 403 => Forbidden : json, 404
        => NotFound : json, 409 => Conflict : json, 422 => UnprocessableEntity : json,
        429 => TooManyRequests : empty, }
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
/// Each operation's own rate limits (`x-rate-limit`), beside its server's.
pub(crate) fn rate_limits(
    operation: &str,
) -> &'static [::checkout_runtime::pace::RateLimit] {
    match operation {
        "checkouts_client_confirm" => {
            const LIMITS: &[::checkout_runtime::pace::RateLimit] = &[
                ::checkout_runtime::pace::RateLimit::new(
                    6u32,
                    ::std::time::Duration::from_secs(60u64),
                ),
                ::checkout_runtime::pace::RateLimit::new(
                    20u32,
                    ::std::time::Duration::from_secs(3600u64),
                ),
            ];
            LIMITS
        }
        _ => &[],
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
        let pace = self
            .inner
            .pacer
            .as_deref()
            .map(|pacer| (pacer, info.operation_id, rate_limits(info.operation_id)));
        ::checkout_runtime::__private::execute(
                &self.client,
                policy,
                request,
                idempotency_header(info.operation_id),
                pace,
            )
            .await
            .map(|response| ::checkout_runtime::__private::limit_body(response, limit))
    }
}
#[doc(hidden)]
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
        let pace = self
            .inner
            .pacer
            .as_deref()
            .map(|pacer| (pacer, info.operation_id, rate_limits(info.operation_id)));
        ::checkout_runtime::__private::execute(
                &self.client,
                &self.inner.retry,
                request,
                idempotency_header(info.operation_id),
                pace,
            )
            .await
    }
}
::checkout_runtime::client_builder! {
    servers : [#[doc = " `https://api.polar.sh`: Production environment."] Production =
    "https://api.polar.sh" limits[(500u32, 60u64)], #[doc =
    " `https://sandbox-api.polar.sh`: Sandbox environment, for testing with fake payments."]
    Sandbox = "https://sandbox-api.polar.sh" limits[(100u32, 60u64)]], path_prefix :
    "/v1/checkouts", version_header : ("polar-version", "2026-10"), per_operation_headers
    : ["authorization"], credential_headers : ["authorization"],
}
impl Client {
    /// Every page of `checkouts:list`, in order. `configure` sets the other parameters; the `page` parameter is set for you. The stream owns a clone of the client (cheap: the connection pool is shared), so it can move into a spawned task.
    pub fn checkouts_list_pages<F>(
        &self,
        configure: F,
    ) -> impl ::checkout_runtime::futures::Stream<
        Item = ::std::result::Result<
            types::ListResourceCheckout,
            ::checkout_runtime::Error<errors::CheckoutsListError>,
        >,
    > + 'static
    where
        F: for<'b> Fn(builder::CheckoutsList<'b>) -> builder::CheckoutsList<'b>
            + 'static,
    {
        let client = self.clone();
        let configure = ::std::sync::Arc::new(configure);
        ::checkout_runtime::__private::pages_by_number(
            1,
            move |page: u64| {
                let (client, configure) = (client.clone(), configure.clone());
                async move { configure(client.checkouts_list()).page(page).send().await }
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
    pub fn checkouts_list_items<F>(
        &self,
        configure: F,
    ) -> impl ::checkout_runtime::futures::Stream<
        Item = ::std::result::Result<
            types::Checkout,
            ::checkout_runtime::Error<errors::CheckoutsListError>,
        >,
    > + 'static
    where
        F: for<'b> Fn(builder::CheckoutsList<'b>) -> builder::CheckoutsList<'b>
            + 'static,
    {
        use ::checkout_runtime::futures::TryStreamExt;
        self.checkouts_list_pages(configure)
            .map_ok(|page| ::checkout_runtime::futures::stream::iter(
                page.items.into_iter().map(Ok),
            ))
            .try_flatten()
    }
}
/// Webhooks: verified, typed events. `Webhook::verify` checks the Standard Webhooks signature (and the timestamp's freshness) before anything is parsed, then decodes the body into an `Event` by its `type` property.
pub mod webhooks {
    use super::types;
    pub use ::checkout_runtime::webhook::{DEFAULT_TOLERANCE, SigningKey, WebhookError};
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
        /// The signing key is the secret's own UTF-8 bytes, exactly as issued (prefix included).
        const SIGNING_KEY: SigningKey = SigningKey::Utf8;
        const ORDERING: ::std::option::Option<::checkout_runtime::inbox::Ordering> = Some(::checkout_runtime::inbox::Ordering {
            key: "/data/id",
            version: &["/data/modified_at", "/data/created_at"],
        });
        fn event_type(&self) -> &str {
            Event::event_type(self)
        }
        fn from_verified_body(
            body: &[u8],
        ) -> ::std::result::Result<Event, WebhookError> {
            Event::from_verified_body(body)
        }
    }
    /// Verified deliveries told apart: fresh, a duplicate of a `webhook-id` already
    /// accepted, or stale (see `checkout_runtime::inbox`); in memory unless given a store.
    pub type Inbox<S = ::checkout_runtime::inbox::MemoryStore> = ::checkout_runtime::inbox::Inbox<
        Event,
        S,
    >;
    pub use ::checkout_runtime::inbox::{
        DeliveryStore, InboxError, MemoryStore, Received, StoreError,
    };
    /// A fresh event as an axum extractor (feature `axum`): see `checkout_runtime::inbox::Fresh`.
    #[cfg(feature = "axum")]
    pub type Fresh<S = ::checkout_runtime::inbox::MemoryStore> = ::checkout_runtime::inbox::Fresh<
        Event,
        S,
    >;
    /// The `webhook-signature` value for `body` sent as message `id` at `timestamp`
    /// (seconds since the Unix epoch), signed with `secret` exactly as this API signs:
    /// for tests of a service's own webhook handler.
    ///
    /// # Errors
    /// [`WebhookError::InvalidSecret`] for a secret this API would not issue.
    pub fn sign(
        secret: &str,
        id: &str,
        timestamp: i64,
        body: &[u8],
    ) -> ::std::result::Result<::std::string::String, WebhookError> {
        ::checkout_runtime::webhook::sign(
            <Event as ::checkout_runtime::webhook::Event>::SIGNING_KEY,
            secret,
            id,
            timestamp,
            body,
        )
    }
    /// Verifies and decodes this API's webhooks into [`Event`]s: `Webhook::new(secret)`,
    /// then `verify(headers, body)`. `Debug` never shows the secret.
    #[derive(Clone, Debug)]
    pub struct Webhook(::checkout_runtime::webhook::Webhook<Event>);
    impl Webhook {
        /// A verifier for the endpoint's signing `secret`, exactly as the vendor shows
        /// it, accepting timestamps within 5 minutes of now.
        ///
        /// # Errors
        /// [`WebhookError::InvalidSecret`] for an empty secret, or one this API's
        /// [`SigningKey`] cannot read.
        pub fn new(secret: &str) -> ::std::result::Result<Self, WebhookError> {
            ::checkout_runtime::webhook::Webhook::new(secret).map(Self)
        }
        /// Accepts timestamps up to `tolerance` away from now, in either direction.
        pub fn tolerance(self, tolerance: ::std::time::Duration) -> Self {
            Self(self.0.tolerance(tolerance))
        }
        /// Checks the signature of a delivery (`webhook-id`, `webhook-timestamp`,
        /// `webhook-signature`, or their `svix-` forms), then decodes its body.
        ///
        /// # Errors
        /// A missing header, a stale or future timestamp, no matching signature (the
        /// body is not looked at then), or a body that is not the event it says.
        pub fn verify(
            &self,
            headers: &::checkout_runtime::reqwest::header::HeaderMap,
            body: &[u8],
        ) -> ::std::result::Result<Event, WebhookError> {
            self.0.verify(headers, body)
        }
        /// [`verify`](Self::verify) as of `now` (tests, replays of recorded deliveries).
        ///
        /// # Errors
        /// As [`verify`](Self::verify).
        pub fn verify_at(
            &self,
            headers: &::checkout_runtime::reqwest::header::HeaderMap,
            body: &[u8],
            now: ::std::time::SystemTime,
        ) -> ::std::result::Result<Event, WebhookError> {
            self.0.verify_at(headers, body, now)
        }
    }
    impl ::std::convert::From<Webhook> for ::checkout_runtime::webhook::Webhook<Event> {
        fn from(webhook: Webhook) -> Self {
            webhook.0
        }
    }
}
