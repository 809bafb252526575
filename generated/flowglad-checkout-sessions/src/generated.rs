// @generated from spec/flowglad-checkout-sessions.yaml by `cargo xtask codegen`. Do not edit.
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
    ///A checkout session that activates an existing subscription.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ActivateSubscriptionCheckoutSessionInput {
        ///The URL to redirect to after the purchase is canceled or fails.
        #[serde(rename = "cancelUrl")]
        pub cancel_url: ::std::string::String,
        ///The customer's ID in your system.
        #[serde(rename = "customerExternalId")]
        pub customer_external_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(
            rename = "outputName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date; false when not sent.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The URL to redirect to after a successful purchase.
        #[serde(rename = "successUrl")]
        pub success_url: ::std::string::String,
        ///The subscription to activate.
        #[serde(rename = "targetSubscriptionId")]
        pub target_subscription_id: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::ActivateSubscriptionCheckoutSessionInputType,
    }
    impl ActivateSubscriptionCheckoutSessionInput {
        pub fn builder() -> builder::ActivateSubscriptionCheckoutSessionInput {
            Default::default()
        }
    }
    /// `ActivateSubscriptionCheckoutSessionInputType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ActivateSubscriptionCheckoutSessionInputType {
        /// `activate_subscription`
        ActivateSubscription,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ActivateSubscriptionCheckoutSessionInputType { ActivateSubscription =
        "activate_subscription" }
    );
    ///A checkout session that activates a subscription: creates a payment method for it, then pays its outstanding invoices.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ActivateSubscriptionCheckoutSessionRecord {
        ///Whether all current subscriptions switch to the new payment method.
        #[serde(rename = "automaticallyUpdateSubscriptions")]
        pub automatically_update_subscriptions: ::std::option::Option<bool>,
        ///The billing address, once collected.
        #[serde(
            rename = "billingAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_address: ::std::option::Option<BillingAddress>,
        ///Where the customer is sent after a canceled or failed checkout.
        #[serde(
            rename = "cancelUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cancel_url: ::std::option::Option<::std::string::String>,
        ///Creation time, in milliseconds since the Unix epoch.
        #[serde(rename = "createdAt")]
        pub created_at: i64,
        #[serde(rename = "customerEmail")]
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///The customer, once known.
        #[serde(rename = "customerId")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "customerName")]
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///The discount applied.
        #[serde(rename = "discountId")]
        pub discount_id: ::std::option::Option<::std::string::String>,
        ///Expiry time, in milliseconds since the Unix epoch (shown in the reference; not sent by every server version).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires: ::std::option::Option<i64>,
        ///The checkout session ID.
        pub id: ::std::string::String,
        ///Always null for this type.
        #[serde(
            rename = "invoiceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_id: ::std::option::Option<::std::string::String>,
        ///Whether the session is in live mode (test mode otherwise).
        pub livemode: bool,
        ///The organization owning the session.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(rename = "outputName")]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///The payment method type chosen.
        #[serde(
            rename = "paymentMethodType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_type: ::std::option::Option<types::PaymentMethodType>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The price being purchased.
        #[serde(rename = "priceId")]
        pub price_id: ::std::option::Option<::std::string::String>,
        ///The pricing model of the session.
        #[serde(rename = "pricingModelId")]
        pub pricing_model_id: ::std::string::String,
        ///Always null for this type.
        #[serde(
            rename = "purchaseId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub purchase_id: ::std::option::Option<::std::string::String>,
        ///Quantity purchased; 1 unless a price is purchased in several units.
        pub quantity: i64,
        pub status: types::CheckoutSessionStatus,
        ///Where the customer is sent after a successful checkout.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///The subscription to activate.
        #[serde(rename = "targetSubscriptionId")]
        pub target_subscription_id: ::std::string::String,
        ///The type of the checkout session.
        #[serde(rename = "type")]
        pub type_: types::ActivateSubscriptionCheckoutSessionRecordType,
        ///Last update time, in milliseconds since the Unix epoch.
        #[serde(rename = "updatedAt")]
        pub updated_at: i64,
    }
    /// `ActivateSubscriptionCheckoutSessionRecordType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ActivateSubscriptionCheckoutSessionRecordType {
        /// `activate_subscription`
        ActivateSubscription,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ActivateSubscriptionCheckoutSessionRecordType { ActivateSubscription =
        "activate_subscription" }
    );
    ///A checkout session that saves a payment method for the customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct AddPaymentMethodCheckoutSessionInput {
        ///Whether all current subscriptions switch to the new payment method; false when not sent.
        #[serde(
            rename = "automaticallyUpdateSubscriptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub automatically_update_subscriptions: ::std::option::Option<bool>,
        ///The URL to redirect to after the purchase is canceled or fails.
        #[serde(rename = "cancelUrl")]
        pub cancel_url: ::std::string::String,
        ///The customer's ID in your system.
        #[serde(rename = "customerExternalId")]
        pub customer_external_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(
            rename = "outputName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///The URL to redirect to after a successful purchase.
        #[serde(rename = "successUrl")]
        pub success_url: ::std::string::String,
        ///The subscription the new payment method becomes the default of.
        #[serde(
            rename = "targetSubscriptionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_subscription_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: types::AddPaymentMethodCheckoutSessionInputType,
    }
    impl AddPaymentMethodCheckoutSessionInput {
        pub fn builder() -> builder::AddPaymentMethodCheckoutSessionInput {
            Default::default()
        }
    }
    /// `AddPaymentMethodCheckoutSessionInputType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AddPaymentMethodCheckoutSessionInputType {
        /// `add_payment_method`
        AddPaymentMethod,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        AddPaymentMethodCheckoutSessionInputType { AddPaymentMethod =
        "add_payment_method" }
    );
    ///A checkout session that creates a payment method; with `targetSubscriptionId`, it becomes that subscription's default.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddPaymentMethodCheckoutSessionRecord {
        ///Whether all current subscriptions switch to the new payment method (false when null).
        #[serde(
            rename = "automaticallyUpdateSubscriptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub automatically_update_subscriptions: ::std::option::Option<bool>,
        ///The billing address, once collected.
        #[serde(
            rename = "billingAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_address: ::std::option::Option<BillingAddress>,
        ///Where the customer is sent after a canceled or failed checkout.
        #[serde(
            rename = "cancelUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cancel_url: ::std::option::Option<::std::string::String>,
        ///Creation time, in milliseconds since the Unix epoch.
        #[serde(rename = "createdAt")]
        pub created_at: i64,
        #[serde(rename = "customerEmail")]
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///The customer the payment method is added to.
        #[serde(rename = "customerId")]
        pub customer_id: ::std::string::String,
        #[serde(rename = "customerName")]
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///The discount applied.
        #[serde(rename = "discountId")]
        pub discount_id: ::std::option::Option<::std::string::String>,
        ///Expiry time, in milliseconds since the Unix epoch (shown in the reference; not sent by every server version).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires: ::std::option::Option<i64>,
        ///The checkout session ID.
        pub id: ::std::string::String,
        ///The invoice paid by this session.
        #[serde(rename = "invoiceId")]
        pub invoice_id: ::std::option::Option<::std::string::String>,
        ///Whether the session is in live mode (test mode otherwise).
        pub livemode: bool,
        ///The organization owning the session.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(rename = "outputName")]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///The payment method type chosen.
        #[serde(
            rename = "paymentMethodType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_type: ::std::option::Option<types::PaymentMethodType>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date.
        #[serde(rename = "preserveBillingCycleAnchor")]
        pub preserve_billing_cycle_anchor: bool,
        ///The price being purchased.
        #[serde(rename = "priceId")]
        pub price_id: ::std::option::Option<::std::string::String>,
        ///The pricing model of the session.
        #[serde(rename = "pricingModelId")]
        pub pricing_model_id: ::std::string::String,
        ///The purchase completed by this session.
        #[serde(rename = "purchaseId")]
        pub purchase_id: ::std::option::Option<::std::string::String>,
        ///Quantity purchased; 1 unless a price is purchased in several units.
        pub quantity: i64,
        pub status: types::CheckoutSessionStatus,
        ///Where the customer is sent after a successful checkout.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///The subscription the payment method becomes the default of.
        #[serde(
            rename = "targetSubscriptionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_subscription_id: ::std::option::Option<::std::string::String>,
        ///The type of the checkout session.
        #[serde(rename = "type")]
        pub type_: types::AddPaymentMethodCheckoutSessionRecordType,
        ///Last update time, in milliseconds since the Unix epoch.
        #[serde(rename = "updatedAt")]
        pub updated_at: i64,
    }
    /// `AddPaymentMethodCheckoutSessionRecordType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AddPaymentMethodCheckoutSessionRecordType {
        /// `add_payment_method`
        AddPaymentMethod,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        AddPaymentMethodCheckoutSessionRecordType { AddPaymentMethod =
        "add_payment_method" }
    );
    ///A postal address; only the country is always known.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct Address {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        pub country: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line1: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line2: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    ///A product checkout session for an anonymous customer, naming the price by ID.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct AnonymousProductCheckoutSessionByPriceId {
        ///Always `true`: the customer is not identified.
        pub anonymous: types::True,
        ///The URL to redirect to after the purchase is canceled or fails.
        #[serde(rename = "cancelUrl")]
        pub cancel_url: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(
            rename = "outputName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date; false when not sent.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The ID of the price to purchase.
        #[serde(rename = "priceId")]
        pub price_id: ::std::string::String,
        ///Quantity of the purchase or subscription created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<::std::num::NonZeroU64>,
        ///The URL to redirect to after a successful purchase.
        #[serde(rename = "successUrl")]
        pub success_url: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::AnonymousProductCheckoutSessionByPriceIdType,
    }
    impl AnonymousProductCheckoutSessionByPriceId {
        pub fn builder() -> builder::AnonymousProductCheckoutSessionByPriceId {
            Default::default()
        }
    }
    /// `AnonymousProductCheckoutSessionByPriceIdType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AnonymousProductCheckoutSessionByPriceIdType {
        /// `product`
        Product,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        AnonymousProductCheckoutSessionByPriceIdType { Product = "product" }
    );
    ///A product checkout session for an anonymous customer, naming the price by slug.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct AnonymousProductCheckoutSessionByPriceSlug {
        ///Always `true`: the customer is not identified.
        pub anonymous: types::True,
        ///The URL to redirect to after the purchase is canceled or fails.
        #[serde(rename = "cancelUrl")]
        pub cancel_url: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(
            rename = "outputName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date; false when not sent.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The slug of the price to purchase (for anonymous sessions, from the organization's default pricing model).
        #[serde(rename = "priceSlug")]
        pub price_slug: ::std::string::String,
        ///Quantity of the purchase or subscription created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<::std::num::NonZeroU64>,
        ///The URL to redirect to after a successful purchase.
        #[serde(rename = "successUrl")]
        pub success_url: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::AnonymousProductCheckoutSessionByPriceSlugType,
    }
    impl AnonymousProductCheckoutSessionByPriceSlug {
        pub fn builder() -> builder::AnonymousProductCheckoutSessionByPriceSlug {
            Default::default()
        }
    }
    /// `AnonymousProductCheckoutSessionByPriceSlugType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AnonymousProductCheckoutSessionByPriceSlugType {
        /// `product`
        Product,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        AnonymousProductCheckoutSessionByPriceSlugType { Product = "product" }
    );
    ///A billing address collected in the checkout.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct BillingAddress {
        pub address: Address,
        ///Email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Full name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
    }
    /// A checkout session to create, by `type`.
    ///
    #[doc = concat!(
        " Decoded by its `", "type", "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutSessionInput {
        /// When `type` is `product`.
        Product(ProductCheckoutSessionInput),
        /// When `type` is `add_payment_method`.
        AddPaymentMethod(AddPaymentMethodCheckoutSessionInput),
        /// When `type` is `activate_subscription`.
        ActivateSubscription(ActivateSubscriptionCheckoutSessionInput),
        /// A `type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<ProductCheckoutSessionInput> for CheckoutSessionInput {
        fn from(value: ProductCheckoutSessionInput) -> Self {
            Self::Product(value)
        }
    }
    impl ::std::convert::From<AddPaymentMethodCheckoutSessionInput>
    for CheckoutSessionInput {
        fn from(value: AddPaymentMethodCheckoutSessionInput) -> Self {
            Self::AddPaymentMethod(value)
        }
    }
    impl ::std::convert::From<ActivateSubscriptionCheckoutSessionInput>
    for CheckoutSessionInput {
        fn from(value: ActivateSubscriptionCheckoutSessionInput) -> Self {
            Self::ActivateSubscription(value)
        }
    }
    impl ::serde::Serialize for CheckoutSessionInput {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Product(value) => value.serialize(serializer),
                Self::AddPaymentMethod(value) => value.serialize(serializer),
                Self::ActivateSubscription(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutSessionInput {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("product") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Product)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("add_payment_method") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::AddPaymentMethod)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("activate_subscription") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::ActivateSubscription)
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
    ///A page of checkout sessions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckoutSessionList {
        ///The cursor this page was read with.
        #[serde(
            rename = "currentCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_cursor: ::std::option::Option<::std::string::String>,
        ///The checkout sessions of this page.
        pub data: ::std::vec::Vec<types::CheckoutSessionRecord>,
        ///Whether another page follows.
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///The cursor of the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        ///Number of checkout sessions across all pages (a JSON number, as the published schema says).
        pub total: f64,
    }
    /// A time-limited checkout session, which captures the payment details needed to create a purchase or subscription, or to add a payment method; its `type` decides which fields it has.
    ///
    #[doc = concat!(
        " Decoded by its `", "type", "` property; an unknown value decodes as `Unknown`."
    )]
    ///
    /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
    /// buffer the object as text rather than as a tree.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutSessionRecord {
        /// When `type` is `purchase`.
        Purchase(PurchaseCheckoutSessionRecord),
        /// When `type` is `product`.
        Product(ProductCheckoutSessionRecord),
        /// When `type` is `add_payment_method`.
        AddPaymentMethod(AddPaymentMethodCheckoutSessionRecord),
        /// When `type` is `activate_subscription`.
        ActivateSubscription(ActivateSubscriptionCheckoutSessionRecord),
        /// A `type` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.
        Unknown(::serde_json::Value),
    }
    impl ::std::convert::From<PurchaseCheckoutSessionRecord> for CheckoutSessionRecord {
        fn from(value: PurchaseCheckoutSessionRecord) -> Self {
            Self::Purchase(value)
        }
    }
    impl ::std::convert::From<ProductCheckoutSessionRecord> for CheckoutSessionRecord {
        fn from(value: ProductCheckoutSessionRecord) -> Self {
            Self::Product(value)
        }
    }
    impl ::std::convert::From<AddPaymentMethodCheckoutSessionRecord>
    for CheckoutSessionRecord {
        fn from(value: AddPaymentMethodCheckoutSessionRecord) -> Self {
            Self::AddPaymentMethod(value)
        }
    }
    impl ::std::convert::From<ActivateSubscriptionCheckoutSessionRecord>
    for CheckoutSessionRecord {
        fn from(value: ActivateSubscriptionCheckoutSessionRecord) -> Self {
            Self::ActivateSubscription(value)
        }
    }
    impl ::serde::Serialize for CheckoutSessionRecord {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Purchase(value) => value.serialize(serializer),
                Self::Product(value) => value.serialize(serializer),
                Self::AddPaymentMethod(value) => value.serialize(serializer),
                Self::ActivateSubscription(value) => value.serialize(serializer),
                Self::Unknown(value) => value.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutSessionRecord {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            let tag = ::checkout_runtime::__private::union_tag_of_json(text, "type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            let tag = tag.as_deref();
            match tag {
                Some("purchase") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Purchase)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("product") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::Product)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("add_payment_method") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::AddPaymentMethod)
                        .map_err(|e| <D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "{} `{}`: {}", "type", tag.unwrap_or_default(), e
                            ),
                        ))
                }
                Some("activate_subscription") => {
                    ::checkout_runtime::__private::member(text)
                        .map(Self::ActivateSubscription)
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
    /// Status of a checkout session: `open` until paid or expired (24 hours by default), `pending` while payment processes.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CheckoutSessionStatus {
        /// `open`
        Open,
        /// `pending`
        Pending,
        /// `succeeded`
        Succeeded,
        /// `failed`
        Failed,
        /// `expired`
        Expired,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        CheckoutSessionStatus { Open = "open", Pending = "pending", Succeeded =
        "succeeded", Failed = "failed", Expired = "expired" }
    );
    ///The body of a create request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateCheckoutSessionInput {
        #[serde(rename = "checkoutSession")]
        pub checkout_session: types::CheckoutSessionInput,
    }
    impl CreateCheckoutSessionInput {
        pub fn builder() -> builder::CreateCheckoutSessionInput {
            Default::default()
        }
    }
    pub use ::checkout_runtime::False;
    ///An error body, in either of the two shapes Flowglad sends: the REST route's `{error, code?, request_id, trace_id?, sentry_event_id?}` (what the server sends today) or the published schema's `{message, code, issues?}`. Every field is optional so both decode.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        Eq
    )]
    pub struct FlowgladError {
        ///Error code, e.g. `NOT_FOUND` or `BAD_REQUEST`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<FlowgladErrorDetail>,
        ///The issues responsible for the error (published shape).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issues: ::std::option::Option<::std::vec::Vec<FlowgladErrorIssue>>,
        ///The error message (published shape).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The server's ID of the request, for support and logs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///The server's error-report ID, for a 500.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sentry_event_id: ::std::option::Option<::std::string::String>,
        ///The server's trace ID, when tracing is on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trace_id: ::std::option::Option<::std::string::String>,
    }
    ///What went wrong: a message, or (for validation failures) the list of issues.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum FlowgladErrorDetail {
        String(::std::string::String),
        Array(
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    > for FlowgladErrorDetail {
        fn from(
            value: ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for FlowgladErrorDetail {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///One issue behind an error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct FlowgladErrorIssue {
        ///What is wrong.
        pub message: ::std::string::String,
    }
    ///A customer, as a webhook names it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct FlowgladEventCustomer {
        ///The customer's ID in your system.
        #[serde(rename = "externalId")]
        pub external_id: ::std::string::String,
        ///Flowglad's ID of the customer.
        pub id: ::std::string::String,
    }
    /// The kind of object a webhook is about.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum FlowgladEventObject {
        /// `customer`
        Customer,
        /// `user`
        User,
        /// `purchase`
        Purchase,
        /// `invoice`
        Invoice,
        /// `payment`
        Payment,
        /// `product`
        Product,
        /// `subscription`
        Subscription,
        /// `sync_stream`
        SyncStream,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        FlowgladEventObject { Customer = "customer", User = "user", Purchase =
        "purchase", Invoice = "invoice", Payment = "payment", Product = "product",
        Subscription = "subscription", SyncStream = "sync_stream" }
    );
    ///The body of a Flowglad webhook: which object the event is about. The event type itself (`payment.succeeded`, …) is Svix's message type and is not in the body; fetch the object by its `id` for its current state.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq, Eq)]
    pub struct FlowgladEventPayload {
        ///The customer the object belongs to, when known.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<FlowgladEventCustomer>,
        ///The ID of the object the event is about.
        pub id: ::std::string::String,
        ///The kind of object.
        pub object: types::FlowgladEventObject,
        ///The pricing model the event belongs to.
        #[serde(
            rename = "pricingModelId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pricing_model_id: ::std::option::Option<::std::string::String>,
    }
    ///A JSON object of metadata; values are strings, numbers or booleans.
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
    ///A metadata value: a string (at most 500 characters), a number or a boolean.
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
    /// Payment method used or chosen in the checkout.
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PaymentMethodType {
        /// `card`
        Card,
        /// `link`
        Link,
        /// `us_bank_account`
        UsBankAccount,
        /// `sepa_debit`
        SepaDebit,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        PaymentMethodType { Card = "card", Link = "link", UsBankAccount =
        "us_bank_account", SepaDebit = "sepa_debit" }
    );
    ///A product checkout session for an identified customer, naming the price by ID.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ProductCheckoutSessionByPriceId {
        ///Only `false` (the default when absent): the customer is identified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub anonymous: ::std::option::Option<types::False>,
        ///The URL to redirect to after the purchase is canceled or fails.
        #[serde(rename = "cancelUrl")]
        pub cancel_url: ::std::string::String,
        ///The customer's ID in your system.
        #[serde(rename = "customerExternalId")]
        pub customer_external_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(
            rename = "outputName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date; false when not sent.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The ID of the price to purchase.
        #[serde(rename = "priceId")]
        pub price_id: ::std::string::String,
        ///Quantity of the purchase or subscription created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<::std::num::NonZeroU64>,
        ///The URL to redirect to after a successful purchase.
        #[serde(rename = "successUrl")]
        pub success_url: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::ProductCheckoutSessionByPriceIdType,
    }
    impl ProductCheckoutSessionByPriceId {
        pub fn builder() -> builder::ProductCheckoutSessionByPriceId {
            Default::default()
        }
    }
    /// `ProductCheckoutSessionByPriceIdType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductCheckoutSessionByPriceIdType {
        /// `product`
        Product,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductCheckoutSessionByPriceIdType { Product = "product" }
    );
    ///A product checkout session for an identified customer, naming the price by slug.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct ProductCheckoutSessionByPriceSlug {
        ///Only `false` (the default when absent): the customer is identified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub anonymous: ::std::option::Option<types::False>,
        ///The URL to redirect to after the purchase is canceled or fails.
        #[serde(rename = "cancelUrl")]
        pub cancel_url: ::std::string::String,
        ///The customer's ID in your system.
        #[serde(rename = "customerExternalId")]
        pub customer_external_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(
            rename = "outputName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date; false when not sent.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The slug of the price to purchase (for anonymous sessions, from the organization's default pricing model).
        #[serde(rename = "priceSlug")]
        pub price_slug: ::std::string::String,
        ///Quantity of the purchase or subscription created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<::std::num::NonZeroU64>,
        ///The URL to redirect to after a successful purchase.
        #[serde(rename = "successUrl")]
        pub success_url: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: types::ProductCheckoutSessionByPriceSlugType,
    }
    impl ProductCheckoutSessionByPriceSlug {
        pub fn builder() -> builder::ProductCheckoutSessionByPriceSlug {
            Default::default()
        }
    }
    /// `ProductCheckoutSessionByPriceSlugType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductCheckoutSessionByPriceSlugType {
        /// `product`
        Product,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductCheckoutSessionByPriceSlugType { Product = "product" }
    );
    ///A product checkout session to create: for an identified customer (`customerExternalId`) or an anonymous one (`anonymous: true`), naming the price by exactly one of `priceId` and `priceSlug`. Each combination is its own type, so a request with both identifiers, or neither, cannot be built.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum ProductCheckoutSessionInput {
        ProductCheckoutSessionByPriceId(ProductCheckoutSessionByPriceId),
        ProductCheckoutSessionByPriceSlug(ProductCheckoutSessionByPriceSlug),
        AnonymousProductCheckoutSessionByPriceId(
            AnonymousProductCheckoutSessionByPriceId,
        ),
        AnonymousProductCheckoutSessionByPriceSlug(
            AnonymousProductCheckoutSessionByPriceSlug,
        ),
    }
    impl ::std::convert::From<ProductCheckoutSessionByPriceId>
    for ProductCheckoutSessionInput {
        fn from(value: ProductCheckoutSessionByPriceId) -> Self {
            Self::ProductCheckoutSessionByPriceId(value)
        }
    }
    impl ::std::convert::From<ProductCheckoutSessionByPriceSlug>
    for ProductCheckoutSessionInput {
        fn from(value: ProductCheckoutSessionByPriceSlug) -> Self {
            Self::ProductCheckoutSessionByPriceSlug(value)
        }
    }
    impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceId>
    for ProductCheckoutSessionInput {
        fn from(value: AnonymousProductCheckoutSessionByPriceId) -> Self {
            Self::AnonymousProductCheckoutSessionByPriceId(value)
        }
    }
    impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceSlug>
    for ProductCheckoutSessionInput {
        fn from(value: AnonymousProductCheckoutSessionByPriceSlug) -> Self {
            Self::AnonymousProductCheckoutSessionByPriceSlug(value)
        }
    }
    ///A checkout session for a product; creates a purchase record and, for a subscription price, a subscription.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductCheckoutSessionRecord {
        ///Always null for this type.
        #[serde(
            rename = "automaticallyUpdateSubscriptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub automatically_update_subscriptions: ::std::option::Option<bool>,
        ///The billing address, once collected.
        #[serde(
            rename = "billingAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_address: ::std::option::Option<BillingAddress>,
        ///Where the customer is sent after a canceled or failed checkout.
        #[serde(
            rename = "cancelUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cancel_url: ::std::option::Option<::std::string::String>,
        ///Creation time, in milliseconds since the Unix epoch.
        #[serde(rename = "createdAt")]
        pub created_at: i64,
        #[serde(rename = "customerEmail")]
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///The customer, once known.
        #[serde(rename = "customerId")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "customerName")]
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///The discount applied.
        #[serde(rename = "discountId")]
        pub discount_id: ::std::option::Option<::std::string::String>,
        ///Expiry time, in milliseconds since the Unix epoch (shown in the reference; not sent by every server version).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires: ::std::option::Option<i64>,
        ///The checkout session ID.
        pub id: ::std::string::String,
        ///Always null for this type.
        #[serde(
            rename = "invoiceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_id: ::std::option::Option<::std::string::String>,
        ///Whether the session is in live mode (test mode otherwise).
        pub livemode: bool,
        ///The organization owning the session.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(rename = "outputName")]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///The payment method type chosen.
        #[serde(
            rename = "paymentMethodType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_type: ::std::option::Option<types::PaymentMethodType>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The price being purchased.
        #[serde(rename = "priceId")]
        pub price_id: ::std::string::String,
        ///The pricing model of the session.
        #[serde(rename = "pricingModelId")]
        pub pricing_model_id: ::std::string::String,
        ///The purchase completed by this session.
        #[serde(rename = "purchaseId")]
        pub purchase_id: ::std::option::Option<::std::string::String>,
        ///Quantity purchased; 1 unless a price is purchased in several units.
        pub quantity: i64,
        pub status: types::CheckoutSessionStatus,
        ///Where the customer is sent after a successful checkout.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///Always null for this type.
        #[serde(
            rename = "targetSubscriptionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_subscription_id: ::std::option::Option<::std::string::String>,
        ///The type of the checkout session.
        #[serde(rename = "type")]
        pub type_: types::ProductCheckoutSessionRecordType,
        ///Last update time, in milliseconds since the Unix epoch.
        #[serde(rename = "updatedAt")]
        pub updated_at: i64,
    }
    /// `ProductCheckoutSessionRecordType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum ProductCheckoutSessionRecordType {
        /// `product`
        Product,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        ProductCheckoutSessionRecordType { Product = "product" }
    );
    ///A checkout session for a customized purchase; completes the purchase record and, for a subscription price, a subscription.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PurchaseCheckoutSessionRecord {
        ///Always null for this type.
        #[serde(
            rename = "automaticallyUpdateSubscriptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub automatically_update_subscriptions: ::std::option::Option<bool>,
        ///The billing address, once collected.
        #[serde(
            rename = "billingAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub billing_address: ::std::option::Option<BillingAddress>,
        ///Where the customer is sent after a canceled or failed checkout.
        #[serde(
            rename = "cancelUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cancel_url: ::std::option::Option<::std::string::String>,
        ///Creation time, in milliseconds since the Unix epoch.
        #[serde(rename = "createdAt")]
        pub created_at: i64,
        #[serde(rename = "customerEmail")]
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///The customer, once known.
        #[serde(rename = "customerId")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "customerName")]
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///The discount applied.
        #[serde(rename = "discountId")]
        pub discount_id: ::std::option::Option<::std::string::String>,
        ///Expiry time, in milliseconds since the Unix epoch (shown in the reference; not sent by every server version).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires: ::std::option::Option<i64>,
        ///The checkout session ID.
        pub id: ::std::string::String,
        ///The invoice paid by this session.
        #[serde(rename = "invoiceId")]
        pub invoice_id: ::std::option::Option<::std::string::String>,
        ///Whether the session is in live mode (test mode otherwise).
        pub livemode: bool,
        ///The organization owning the session.
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        ///Metadata copied to the purchase or subscription created.
        #[serde(
            rename = "outputMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_metadata: ::std::option::Option<Metadata>,
        ///Name of the purchase or subscription created.
        #[serde(rename = "outputName")]
        pub output_name: ::std::option::Option<::std::string::String>,
        ///The payment method type chosen.
        #[serde(
            rename = "paymentMethodType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_type: ::std::option::Option<types::PaymentMethodType>,
        ///Whether an existing renewing subscription keeps its billing cycle anchor date.
        #[serde(
            rename = "preserveBillingCycleAnchor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preserve_billing_cycle_anchor: ::std::option::Option<bool>,
        ///The price being purchased.
        #[serde(rename = "priceId")]
        pub price_id: ::std::string::String,
        ///The pricing model of the session.
        #[serde(rename = "pricingModelId")]
        pub pricing_model_id: ::std::string::String,
        ///The purchase completed by this session.
        #[serde(rename = "purchaseId")]
        pub purchase_id: ::std::string::String,
        ///Quantity purchased; 1 unless a price is purchased in several units.
        pub quantity: i64,
        pub status: types::CheckoutSessionStatus,
        ///Where the customer is sent after a successful checkout.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///Always null for this type.
        #[serde(
            rename = "targetSubscriptionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_subscription_id: ::std::option::Option<::std::string::String>,
        ///The type of the checkout session.
        #[serde(rename = "type")]
        pub type_: types::PurchaseCheckoutSessionRecordType,
        ///Last update time, in milliseconds since the Unix epoch.
        #[serde(rename = "updatedAt")]
        pub updated_at: i64,
    }
    /// `PurchaseCheckoutSessionRecordType`
    ///
    /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum PurchaseCheckoutSessionRecordType {
        /// `purchase`
        Purchase,
        /// A value not known to this version of the client, kept as sent.
        Unknown(::std::string::String),
    }
    ::checkout_runtime::string_enum!(
        PurchaseCheckoutSessionRecordType { Purchase = "purchase" }
    );
    ///A checkout session and the URL to send the customer to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SingleCheckoutSession {
        #[serde(rename = "checkoutSession")]
        pub checkout_session: types::CheckoutSessionRecord,
        ///The URL to redirect to complete the purchase.
        pub url: ::std::string::String,
    }
    pub use ::checkout_runtime::True;
    /// Types for composing complex structures.
    pub mod builder {
        use super::super::types;
        #[derive(Clone, Debug)]
        pub struct ActivateSubscriptionCheckoutSessionInput {
            cancel_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer_external_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            output_metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            output_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preserve_billing_cycle_anchor: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            target_subscription_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::ActivateSubscriptionCheckoutSessionInputType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActivateSubscriptionCheckoutSessionInput {
            fn default() -> Self {
                Self {
                    cancel_url: Err("no value supplied for cancel_url".to_string()),
                    customer_external_id: Err(
                        "no value supplied for customer_external_id".to_string(),
                    ),
                    output_metadata: Ok(Default::default()),
                    output_name: Ok(Default::default()),
                    preserve_billing_cycle_anchor: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    target_subscription_id: Err(
                        "no value supplied for target_subscription_id".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ActivateSubscriptionCheckoutSessionInput {
            pub fn cancel_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancel_url: {e}")
                    });
                self
            }
            pub fn customer_external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn output_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_metadata: {e}"
                        )
                    });
                self
            }
            pub fn output_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_name: {e}")
                    });
                self
            }
            pub fn preserve_billing_cycle_anchor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.preserve_billing_cycle_anchor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preserve_billing_cycle_anchor: {e}"
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
            pub fn target_subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_subscription_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_subscription_id: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::ActivateSubscriptionCheckoutSessionInputType,
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
        impl ::std::convert::TryFrom<ActivateSubscriptionCheckoutSessionInput>
        for super::ActivateSubscriptionCheckoutSessionInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActivateSubscriptionCheckoutSessionInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cancel_url: value.cancel_url?,
                    customer_external_id: value.customer_external_id?,
                    output_metadata: value.output_metadata?,
                    output_name: value.output_name?,
                    preserve_billing_cycle_anchor: value.preserve_billing_cycle_anchor?,
                    success_url: value.success_url?,
                    target_subscription_id: value.target_subscription_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ActivateSubscriptionCheckoutSessionInput>
        for ActivateSubscriptionCheckoutSessionInput {
            fn from(value: super::ActivateSubscriptionCheckoutSessionInput) -> Self {
                Self {
                    cancel_url: Ok(value.cancel_url),
                    customer_external_id: Ok(value.customer_external_id),
                    output_metadata: Ok(value.output_metadata),
                    output_name: Ok(value.output_name),
                    preserve_billing_cycle_anchor: Ok(
                        value.preserve_billing_cycle_anchor,
                    ),
                    success_url: Ok(value.success_url),
                    target_subscription_id: Ok(value.target_subscription_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddPaymentMethodCheckoutSessionInput {
            automatically_update_subscriptions: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            cancel_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer_external_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            output_metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            output_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            target_subscription_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::AddPaymentMethodCheckoutSessionInputType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddPaymentMethodCheckoutSessionInput {
            fn default() -> Self {
                Self {
                    automatically_update_subscriptions: Ok(Default::default()),
                    cancel_url: Err("no value supplied for cancel_url".to_string()),
                    customer_external_id: Err(
                        "no value supplied for customer_external_id".to_string(),
                    ),
                    output_metadata: Ok(Default::default()),
                    output_name: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    target_subscription_id: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl AddPaymentMethodCheckoutSessionInput {
            pub fn automatically_update_subscriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.automatically_update_subscriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for automatically_update_subscriptions: {e}"
                        )
                    });
                self
            }
            pub fn cancel_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancel_url: {e}")
                    });
                self
            }
            pub fn customer_external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn output_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_metadata: {e}"
                        )
                    });
                self
            }
            pub fn output_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_name: {e}")
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
            pub fn target_subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_subscription_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_subscription_id: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::AddPaymentMethodCheckoutSessionInputType,
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
        impl ::std::convert::TryFrom<AddPaymentMethodCheckoutSessionInput>
        for super::AddPaymentMethodCheckoutSessionInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddPaymentMethodCheckoutSessionInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    automatically_update_subscriptions: value
                        .automatically_update_subscriptions?,
                    cancel_url: value.cancel_url?,
                    customer_external_id: value.customer_external_id?,
                    output_metadata: value.output_metadata?,
                    output_name: value.output_name?,
                    success_url: value.success_url?,
                    target_subscription_id: value.target_subscription_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::AddPaymentMethodCheckoutSessionInput>
        for AddPaymentMethodCheckoutSessionInput {
            fn from(value: super::AddPaymentMethodCheckoutSessionInput) -> Self {
                Self {
                    automatically_update_subscriptions: Ok(
                        value.automatically_update_subscriptions,
                    ),
                    cancel_url: Ok(value.cancel_url),
                    customer_external_id: Ok(value.customer_external_id),
                    output_metadata: Ok(value.output_metadata),
                    output_name: Ok(value.output_name),
                    success_url: Ok(value.success_url),
                    target_subscription_id: Ok(value.target_subscription_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnonymousProductCheckoutSessionByPriceId {
            anonymous: ::std::result::Result<types::True, ::std::string::String>,
            cancel_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            output_metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            output_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preserve_billing_cycle_anchor: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            price_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::AnonymousProductCheckoutSessionByPriceIdType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnonymousProductCheckoutSessionByPriceId {
            fn default() -> Self {
                Self {
                    anonymous: Err("no value supplied for anonymous".to_string()),
                    cancel_url: Err("no value supplied for cancel_url".to_string()),
                    output_metadata: Ok(Default::default()),
                    output_name: Ok(Default::default()),
                    preserve_billing_cycle_anchor: Ok(Default::default()),
                    price_id: Err("no value supplied for price_id".to_string()),
                    quantity: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl AnonymousProductCheckoutSessionByPriceId {
            pub fn anonymous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::True>,
                T::Error: ::std::fmt::Display,
            {
                self.anonymous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for anonymous: {e}")
                    });
                self
            }
            pub fn cancel_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancel_url: {e}")
                    });
                self
            }
            pub fn output_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_metadata: {e}"
                        )
                    });
                self
            }
            pub fn output_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_name: {e}")
                    });
                self
            }
            pub fn preserve_billing_cycle_anchor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.preserve_billing_cycle_anchor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preserve_billing_cycle_anchor: {e}"
                        )
                    });
                self
            }
            pub fn price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price_id: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::AnonymousProductCheckoutSessionByPriceIdType,
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
        impl ::std::convert::TryFrom<AnonymousProductCheckoutSessionByPriceId>
        for super::AnonymousProductCheckoutSessionByPriceId {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnonymousProductCheckoutSessionByPriceId,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    anonymous: value.anonymous?,
                    cancel_url: value.cancel_url?,
                    output_metadata: value.output_metadata?,
                    output_name: value.output_name?,
                    preserve_billing_cycle_anchor: value.preserve_billing_cycle_anchor?,
                    price_id: value.price_id?,
                    quantity: value.quantity?,
                    success_url: value.success_url?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::AnonymousProductCheckoutSessionByPriceId>
        for AnonymousProductCheckoutSessionByPriceId {
            fn from(value: super::AnonymousProductCheckoutSessionByPriceId) -> Self {
                Self {
                    anonymous: Ok(value.anonymous),
                    cancel_url: Ok(value.cancel_url),
                    output_metadata: Ok(value.output_metadata),
                    output_name: Ok(value.output_name),
                    preserve_billing_cycle_anchor: Ok(
                        value.preserve_billing_cycle_anchor,
                    ),
                    price_id: Ok(value.price_id),
                    quantity: Ok(value.quantity),
                    success_url: Ok(value.success_url),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnonymousProductCheckoutSessionByPriceSlug {
            anonymous: ::std::result::Result<types::True, ::std::string::String>,
            cancel_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            output_metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            output_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preserve_billing_cycle_anchor: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            price_slug: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::AnonymousProductCheckoutSessionByPriceSlugType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnonymousProductCheckoutSessionByPriceSlug {
            fn default() -> Self {
                Self {
                    anonymous: Err("no value supplied for anonymous".to_string()),
                    cancel_url: Err("no value supplied for cancel_url".to_string()),
                    output_metadata: Ok(Default::default()),
                    output_name: Ok(Default::default()),
                    preserve_billing_cycle_anchor: Ok(Default::default()),
                    price_slug: Err("no value supplied for price_slug".to_string()),
                    quantity: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl AnonymousProductCheckoutSessionByPriceSlug {
            pub fn anonymous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::True>,
                T::Error: ::std::fmt::Display,
            {
                self.anonymous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for anonymous: {e}")
                    });
                self
            }
            pub fn cancel_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancel_url: {e}")
                    });
                self
            }
            pub fn output_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_metadata: {e}"
                        )
                    });
                self
            }
            pub fn output_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_name: {e}")
                    });
                self
            }
            pub fn preserve_billing_cycle_anchor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.preserve_billing_cycle_anchor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preserve_billing_cycle_anchor: {e}"
                        )
                    });
                self
            }
            pub fn price_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price_slug: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    types::AnonymousProductCheckoutSessionByPriceSlugType,
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
        impl ::std::convert::TryFrom<AnonymousProductCheckoutSessionByPriceSlug>
        for super::AnonymousProductCheckoutSessionByPriceSlug {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnonymousProductCheckoutSessionByPriceSlug,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    anonymous: value.anonymous?,
                    cancel_url: value.cancel_url?,
                    output_metadata: value.output_metadata?,
                    output_name: value.output_name?,
                    preserve_billing_cycle_anchor: value.preserve_billing_cycle_anchor?,
                    price_slug: value.price_slug?,
                    quantity: value.quantity?,
                    success_url: value.success_url?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::AnonymousProductCheckoutSessionByPriceSlug>
        for AnonymousProductCheckoutSessionByPriceSlug {
            fn from(value: super::AnonymousProductCheckoutSessionByPriceSlug) -> Self {
                Self {
                    anonymous: Ok(value.anonymous),
                    cancel_url: Ok(value.cancel_url),
                    output_metadata: Ok(value.output_metadata),
                    output_name: Ok(value.output_name),
                    preserve_billing_cycle_anchor: Ok(
                        value.preserve_billing_cycle_anchor,
                    ),
                    price_slug: Ok(value.price_slug),
                    quantity: Ok(value.quantity),
                    success_url: Ok(value.success_url),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCheckoutSessionInput {
            checkout_session: ::std::result::Result<
                types::CheckoutSessionInput,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCheckoutSessionInput {
            fn default() -> Self {
                Self {
                    checkout_session: Err(
                        "no value supplied for checkout_session".to_string(),
                    ),
                }
            }
        }
        impl CreateCheckoutSessionInput {
            pub fn checkout_session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::CheckoutSessionInput>,
                T::Error: ::std::fmt::Display,
            {
                self.checkout_session = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkout_session: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCheckoutSessionInput>
        for super::CreateCheckoutSessionInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCheckoutSessionInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checkout_session: value.checkout_session?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCheckoutSessionInput>
        for CreateCheckoutSessionInput {
            fn from(value: super::CreateCheckoutSessionInput) -> Self {
                Self {
                    checkout_session: Ok(value.checkout_session),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductCheckoutSessionByPriceId {
            anonymous: ::std::result::Result<
                ::std::option::Option<types::False>,
                ::std::string::String,
            >,
            cancel_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer_external_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            output_metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            output_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preserve_billing_cycle_anchor: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            price_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::ProductCheckoutSessionByPriceIdType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductCheckoutSessionByPriceId {
            fn default() -> Self {
                Self {
                    anonymous: Ok(Default::default()),
                    cancel_url: Err("no value supplied for cancel_url".to_string()),
                    customer_external_id: Err(
                        "no value supplied for customer_external_id".to_string(),
                    ),
                    output_metadata: Ok(Default::default()),
                    output_name: Ok(Default::default()),
                    preserve_billing_cycle_anchor: Ok(Default::default()),
                    price_id: Err("no value supplied for price_id".to_string()),
                    quantity: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ProductCheckoutSessionByPriceId {
            pub fn anonymous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::False>>,
                T::Error: ::std::fmt::Display,
            {
                self.anonymous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for anonymous: {e}")
                    });
                self
            }
            pub fn cancel_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancel_url: {e}")
                    });
                self
            }
            pub fn customer_external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn output_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_metadata: {e}"
                        )
                    });
                self
            }
            pub fn output_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_name: {e}")
                    });
                self
            }
            pub fn preserve_billing_cycle_anchor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.preserve_billing_cycle_anchor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preserve_billing_cycle_anchor: {e}"
                        )
                    });
                self
            }
            pub fn price_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price_id: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductCheckoutSessionByPriceIdType>,
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
        impl ::std::convert::TryFrom<ProductCheckoutSessionByPriceId>
        for super::ProductCheckoutSessionByPriceId {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductCheckoutSessionByPriceId,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    anonymous: value.anonymous?,
                    cancel_url: value.cancel_url?,
                    customer_external_id: value.customer_external_id?,
                    output_metadata: value.output_metadata?,
                    output_name: value.output_name?,
                    preserve_billing_cycle_anchor: value.preserve_billing_cycle_anchor?,
                    price_id: value.price_id?,
                    quantity: value.quantity?,
                    success_url: value.success_url?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ProductCheckoutSessionByPriceId>
        for ProductCheckoutSessionByPriceId {
            fn from(value: super::ProductCheckoutSessionByPriceId) -> Self {
                Self {
                    anonymous: Ok(value.anonymous),
                    cancel_url: Ok(value.cancel_url),
                    customer_external_id: Ok(value.customer_external_id),
                    output_metadata: Ok(value.output_metadata),
                    output_name: Ok(value.output_name),
                    preserve_billing_cycle_anchor: Ok(
                        value.preserve_billing_cycle_anchor,
                    ),
                    price_id: Ok(value.price_id),
                    quantity: Ok(value.quantity),
                    success_url: Ok(value.success_url),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductCheckoutSessionByPriceSlug {
            anonymous: ::std::result::Result<
                ::std::option::Option<types::False>,
                ::std::string::String,
            >,
            cancel_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer_external_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            output_metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            output_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preserve_billing_cycle_anchor: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            price_slug: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                types::ProductCheckoutSessionByPriceSlugType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductCheckoutSessionByPriceSlug {
            fn default() -> Self {
                Self {
                    anonymous: Ok(Default::default()),
                    cancel_url: Err("no value supplied for cancel_url".to_string()),
                    customer_external_id: Err(
                        "no value supplied for customer_external_id".to_string(),
                    ),
                    output_metadata: Ok(Default::default()),
                    output_name: Ok(Default::default()),
                    preserve_billing_cycle_anchor: Ok(Default::default()),
                    price_slug: Err("no value supplied for price_slug".to_string()),
                    quantity: Ok(Default::default()),
                    success_url: Err("no value supplied for success_url".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ProductCheckoutSessionByPriceSlug {
            pub fn anonymous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<types::False>>,
                T::Error: ::std::fmt::Display,
            {
                self.anonymous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for anonymous: {e}")
                    });
                self
            }
            pub fn cancel_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cancel_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancel_url: {e}")
                    });
                self
            }
            pub fn customer_external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn output_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_metadata: {e}"
                        )
                    });
                self
            }
            pub fn output_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_name: {e}")
                    });
                self
            }
            pub fn preserve_billing_cycle_anchor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.preserve_billing_cycle_anchor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preserve_billing_cycle_anchor: {e}"
                        )
                    });
                self
            }
            pub fn price_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.price_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price_slug: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::ProductCheckoutSessionByPriceSlugType>,
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
        impl ::std::convert::TryFrom<ProductCheckoutSessionByPriceSlug>
        for super::ProductCheckoutSessionByPriceSlug {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductCheckoutSessionByPriceSlug,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    anonymous: value.anonymous?,
                    cancel_url: value.cancel_url?,
                    customer_external_id: value.customer_external_id?,
                    output_metadata: value.output_metadata?,
                    output_name: value.output_name?,
                    preserve_billing_cycle_anchor: value.preserve_billing_cycle_anchor?,
                    price_slug: value.price_slug?,
                    quantity: value.quantity?,
                    success_url: value.success_url?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ProductCheckoutSessionByPriceSlug>
        for ProductCheckoutSessionByPriceSlug {
            fn from(value: super::ProductCheckoutSessionByPriceSlug) -> Self {
                Self {
                    anonymous: Ok(value.anonymous),
                    cancel_url: Ok(value.cancel_url),
                    customer_external_id: Ok(value.customer_external_id),
                    output_metadata: Ok(value.output_metadata),
                    output_name: Ok(value.output_name),
                    preserve_billing_cycle_anchor: Ok(
                        value.preserve_billing_cycle_anchor,
                    ),
                    price_slug: Ok(value.price_slug),
                    quantity: Ok(value.quantity),
                    success_url: Ok(value.success_url),
                    type_: Ok(value.type_),
                }
            }
        }
        /// The required fields of a [`ActivateSubscriptionCheckoutSessionInput`](super::ActivateSubscriptionCheckoutSessionInput), by name: several are of one type, which positional arguments would let a caller swap. Converts into a `ActivateSubscriptionCheckoutSessionInput` (and the unions it is a member of), every other field what an absent key means.
        #[derive(Clone, Debug, PartialEq)]
        pub struct ActivateSubscriptionCheckoutSessionInputRequired {
            /// `customer_external_id` (see [`ActivateSubscriptionCheckoutSessionInput`](super::ActivateSubscriptionCheckoutSessionInput)).
            pub customer_external_id: ::std::string::String,
            /// `success_url` (see [`ActivateSubscriptionCheckoutSessionInput`](super::ActivateSubscriptionCheckoutSessionInput)).
            pub success_url: ::std::string::String,
            /// `cancel_url` (see [`ActivateSubscriptionCheckoutSessionInput`](super::ActivateSubscriptionCheckoutSessionInput)).
            pub cancel_url: ::std::string::String,
            /// `target_subscription_id` (see [`ActivateSubscriptionCheckoutSessionInput`](super::ActivateSubscriptionCheckoutSessionInput)).
            pub target_subscription_id: ::std::string::String,
        }
        impl ::std::convert::From<ActivateSubscriptionCheckoutSessionInputRequired>
        for super::ActivateSubscriptionCheckoutSessionInput {
            fn from(required: ActivateSubscriptionCheckoutSessionInputRequired) -> Self {
                let customer_external_id = required.customer_external_id;
                let success_url = required.success_url;
                let cancel_url = required.cancel_url;
                let target_subscription_id = required.target_subscription_id;
                Self {
                    cancel_url: cancel_url.into(),
                    customer_external_id: customer_external_id.into(),
                    output_metadata: Default::default(),
                    output_name: Default::default(),
                    preserve_billing_cycle_anchor: Default::default(),
                    success_url: success_url.into(),
                    target_subscription_id: target_subscription_id.into(),
                    type_: <types::ActivateSubscriptionCheckoutSessionInputType>::ActivateSubscription,
                }
            }
        }
        impl ::std::convert::From<ActivateSubscriptionCheckoutSessionInputRequired>
        for super::CheckoutSessionInput {
            fn from(required: ActivateSubscriptionCheckoutSessionInputRequired) -> Self {
                let value = super::ActivateSubscriptionCheckoutSessionInput::from(
                    required,
                );
                Self::from(value)
            }
        }
        /// The required fields of a [`AddPaymentMethodCheckoutSessionInput`](super::AddPaymentMethodCheckoutSessionInput), by name: several are of one type, which positional arguments would let a caller swap. Converts into a `AddPaymentMethodCheckoutSessionInput` (and the unions it is a member of), every other field what an absent key means.
        #[derive(Clone, Debug, PartialEq)]
        pub struct AddPaymentMethodCheckoutSessionInputRequired {
            /// `customer_external_id` (see [`AddPaymentMethodCheckoutSessionInput`](super::AddPaymentMethodCheckoutSessionInput)).
            pub customer_external_id: ::std::string::String,
            /// `success_url` (see [`AddPaymentMethodCheckoutSessionInput`](super::AddPaymentMethodCheckoutSessionInput)).
            pub success_url: ::std::string::String,
            /// `cancel_url` (see [`AddPaymentMethodCheckoutSessionInput`](super::AddPaymentMethodCheckoutSessionInput)).
            pub cancel_url: ::std::string::String,
        }
        impl ::std::convert::From<AddPaymentMethodCheckoutSessionInputRequired>
        for super::AddPaymentMethodCheckoutSessionInput {
            fn from(required: AddPaymentMethodCheckoutSessionInputRequired) -> Self {
                let customer_external_id = required.customer_external_id;
                let success_url = required.success_url;
                let cancel_url = required.cancel_url;
                Self {
                    automatically_update_subscriptions: Default::default(),
                    cancel_url: cancel_url.into(),
                    customer_external_id: customer_external_id.into(),
                    output_metadata: Default::default(),
                    output_name: Default::default(),
                    success_url: success_url.into(),
                    target_subscription_id: Default::default(),
                    type_: <types::AddPaymentMethodCheckoutSessionInputType>::AddPaymentMethod,
                }
            }
        }
        impl ::std::convert::From<AddPaymentMethodCheckoutSessionInputRequired>
        for super::CheckoutSessionInput {
            fn from(required: AddPaymentMethodCheckoutSessionInputRequired) -> Self {
                let value = super::AddPaymentMethodCheckoutSessionInput::from(required);
                Self::from(value)
            }
        }
        /// The required fields of a [`AnonymousProductCheckoutSessionByPriceId`](super::AnonymousProductCheckoutSessionByPriceId), by name: several are of one type, which positional arguments would let a caller swap. Converts into a `AnonymousProductCheckoutSessionByPriceId` (and the unions it is a member of), every other field what an absent key means.
        #[derive(Clone, Debug, PartialEq)]
        pub struct AnonymousProductCheckoutSessionByPriceIdRequired {
            /// `success_url` (see [`AnonymousProductCheckoutSessionByPriceId`](super::AnonymousProductCheckoutSessionByPriceId)).
            pub success_url: ::std::string::String,
            /// `cancel_url` (see [`AnonymousProductCheckoutSessionByPriceId`](super::AnonymousProductCheckoutSessionByPriceId)).
            pub cancel_url: ::std::string::String,
            /// `price_id` (see [`AnonymousProductCheckoutSessionByPriceId`](super::AnonymousProductCheckoutSessionByPriceId)).
            pub price_id: ::std::string::String,
        }
        impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceIdRequired>
        for super::AnonymousProductCheckoutSessionByPriceId {
            fn from(required: AnonymousProductCheckoutSessionByPriceIdRequired) -> Self {
                let success_url = required.success_url;
                let cancel_url = required.cancel_url;
                let price_id = required.price_id;
                Self {
                    anonymous: types::True,
                    cancel_url: cancel_url.into(),
                    output_metadata: Default::default(),
                    output_name: Default::default(),
                    preserve_billing_cycle_anchor: Default::default(),
                    price_id: price_id.into(),
                    quantity: Default::default(),
                    success_url: success_url.into(),
                    type_: <types::AnonymousProductCheckoutSessionByPriceIdType>::Product,
                }
            }
        }
        impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceIdRequired>
        for super::ProductCheckoutSessionInput {
            fn from(required: AnonymousProductCheckoutSessionByPriceIdRequired) -> Self {
                let value = super::AnonymousProductCheckoutSessionByPriceId::from(
                    required,
                );
                Self::from(value)
            }
        }
        impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceIdRequired>
        for super::CheckoutSessionInput {
            fn from(required: AnonymousProductCheckoutSessionByPriceIdRequired) -> Self {
                let value = super::AnonymousProductCheckoutSessionByPriceId::from(
                    required,
                );
                let value = super::ProductCheckoutSessionInput::from(value);
                Self::from(value)
            }
        }
        /// The required fields of a [`AnonymousProductCheckoutSessionByPriceSlug`](super::AnonymousProductCheckoutSessionByPriceSlug), by name: several are of one type, which positional arguments would let a caller swap. Converts into a `AnonymousProductCheckoutSessionByPriceSlug` (and the unions it is a member of), every other field what an absent key means.
        #[derive(Clone, Debug, PartialEq)]
        pub struct AnonymousProductCheckoutSessionByPriceSlugRequired {
            /// `success_url` (see [`AnonymousProductCheckoutSessionByPriceSlug`](super::AnonymousProductCheckoutSessionByPriceSlug)).
            pub success_url: ::std::string::String,
            /// `cancel_url` (see [`AnonymousProductCheckoutSessionByPriceSlug`](super::AnonymousProductCheckoutSessionByPriceSlug)).
            pub cancel_url: ::std::string::String,
            /// `price_slug` (see [`AnonymousProductCheckoutSessionByPriceSlug`](super::AnonymousProductCheckoutSessionByPriceSlug)).
            pub price_slug: ::std::string::String,
        }
        impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceSlugRequired>
        for super::AnonymousProductCheckoutSessionByPriceSlug {
            fn from(
                required: AnonymousProductCheckoutSessionByPriceSlugRequired,
            ) -> Self {
                let success_url = required.success_url;
                let cancel_url = required.cancel_url;
                let price_slug = required.price_slug;
                Self {
                    anonymous: types::True,
                    cancel_url: cancel_url.into(),
                    output_metadata: Default::default(),
                    output_name: Default::default(),
                    preserve_billing_cycle_anchor: Default::default(),
                    price_slug: price_slug.into(),
                    quantity: Default::default(),
                    success_url: success_url.into(),
                    type_: <types::AnonymousProductCheckoutSessionByPriceSlugType>::Product,
                }
            }
        }
        impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceSlugRequired>
        for super::ProductCheckoutSessionInput {
            fn from(
                required: AnonymousProductCheckoutSessionByPriceSlugRequired,
            ) -> Self {
                let value = super::AnonymousProductCheckoutSessionByPriceSlug::from(
                    required,
                );
                Self::from(value)
            }
        }
        impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceSlugRequired>
        for super::CheckoutSessionInput {
            fn from(
                required: AnonymousProductCheckoutSessionByPriceSlugRequired,
            ) -> Self {
                let value = super::AnonymousProductCheckoutSessionByPriceSlug::from(
                    required,
                );
                let value = super::ProductCheckoutSessionInput::from(value);
                Self::from(value)
            }
        }
        impl super::CreateCheckoutSessionInput {
            /// A `CreateCheckoutSessionInput` from its required fields (`checkout_session`); every other field is what an absent key means (unset, or the spec's default).
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                checkout_session: impl ::std::convert::Into<types::CheckoutSessionInput>,
            ) -> Self {
                Self {
                    checkout_session: checkout_session.into(),
                }
            }
        }
        /// The required fields of a [`ProductCheckoutSessionByPriceId`](super::ProductCheckoutSessionByPriceId), by name: several are of one type, which positional arguments would let a caller swap. Converts into a `ProductCheckoutSessionByPriceId` (and the unions it is a member of), every other field what an absent key means.
        #[derive(Clone, Debug, PartialEq)]
        pub struct ProductCheckoutSessionByPriceIdRequired {
            /// `customer_external_id` (see [`ProductCheckoutSessionByPriceId`](super::ProductCheckoutSessionByPriceId)).
            pub customer_external_id: ::std::string::String,
            /// `success_url` (see [`ProductCheckoutSessionByPriceId`](super::ProductCheckoutSessionByPriceId)).
            pub success_url: ::std::string::String,
            /// `cancel_url` (see [`ProductCheckoutSessionByPriceId`](super::ProductCheckoutSessionByPriceId)).
            pub cancel_url: ::std::string::String,
            /// `price_id` (see [`ProductCheckoutSessionByPriceId`](super::ProductCheckoutSessionByPriceId)).
            pub price_id: ::std::string::String,
        }
        impl ::std::convert::From<ProductCheckoutSessionByPriceIdRequired>
        for super::ProductCheckoutSessionByPriceId {
            fn from(required: ProductCheckoutSessionByPriceIdRequired) -> Self {
                let customer_external_id = required.customer_external_id;
                let success_url = required.success_url;
                let cancel_url = required.cancel_url;
                let price_id = required.price_id;
                Self {
                    anonymous: Default::default(),
                    cancel_url: cancel_url.into(),
                    customer_external_id: customer_external_id.into(),
                    output_metadata: Default::default(),
                    output_name: Default::default(),
                    preserve_billing_cycle_anchor: Default::default(),
                    price_id: price_id.into(),
                    quantity: Default::default(),
                    success_url: success_url.into(),
                    type_: <types::ProductCheckoutSessionByPriceIdType>::Product,
                }
            }
        }
        impl ::std::convert::From<ProductCheckoutSessionByPriceIdRequired>
        for super::ProductCheckoutSessionInput {
            fn from(required: ProductCheckoutSessionByPriceIdRequired) -> Self {
                let value = super::ProductCheckoutSessionByPriceId::from(required);
                Self::from(value)
            }
        }
        impl ::std::convert::From<ProductCheckoutSessionByPriceIdRequired>
        for super::CheckoutSessionInput {
            fn from(required: ProductCheckoutSessionByPriceIdRequired) -> Self {
                let value = super::ProductCheckoutSessionByPriceId::from(required);
                let value = super::ProductCheckoutSessionInput::from(value);
                Self::from(value)
            }
        }
        /// The required fields of a [`ProductCheckoutSessionByPriceSlug`](super::ProductCheckoutSessionByPriceSlug), by name: several are of one type, which positional arguments would let a caller swap. Converts into a `ProductCheckoutSessionByPriceSlug` (and the unions it is a member of), every other field what an absent key means.
        #[derive(Clone, Debug, PartialEq)]
        pub struct ProductCheckoutSessionByPriceSlugRequired {
            /// `customer_external_id` (see [`ProductCheckoutSessionByPriceSlug`](super::ProductCheckoutSessionByPriceSlug)).
            pub customer_external_id: ::std::string::String,
            /// `success_url` (see [`ProductCheckoutSessionByPriceSlug`](super::ProductCheckoutSessionByPriceSlug)).
            pub success_url: ::std::string::String,
            /// `cancel_url` (see [`ProductCheckoutSessionByPriceSlug`](super::ProductCheckoutSessionByPriceSlug)).
            pub cancel_url: ::std::string::String,
            /// `price_slug` (see [`ProductCheckoutSessionByPriceSlug`](super::ProductCheckoutSessionByPriceSlug)).
            pub price_slug: ::std::string::String,
        }
        impl ::std::convert::From<ProductCheckoutSessionByPriceSlugRequired>
        for super::ProductCheckoutSessionByPriceSlug {
            fn from(required: ProductCheckoutSessionByPriceSlugRequired) -> Self {
                let customer_external_id = required.customer_external_id;
                let success_url = required.success_url;
                let cancel_url = required.cancel_url;
                let price_slug = required.price_slug;
                Self {
                    anonymous: Default::default(),
                    cancel_url: cancel_url.into(),
                    customer_external_id: customer_external_id.into(),
                    output_metadata: Default::default(),
                    output_name: Default::default(),
                    preserve_billing_cycle_anchor: Default::default(),
                    price_slug: price_slug.into(),
                    quantity: Default::default(),
                    success_url: success_url.into(),
                    type_: <types::ProductCheckoutSessionByPriceSlugType>::Product,
                }
            }
        }
        impl ::std::convert::From<ProductCheckoutSessionByPriceSlugRequired>
        for super::ProductCheckoutSessionInput {
            fn from(required: ProductCheckoutSessionByPriceSlugRequired) -> Self {
                let value = super::ProductCheckoutSessionByPriceSlug::from(required);
                Self::from(value)
            }
        }
        impl ::std::convert::From<ProductCheckoutSessionByPriceSlugRequired>
        for super::CheckoutSessionInput {
            fn from(required: ProductCheckoutSessionByPriceSlugRequired) -> Self {
                let value = super::ProductCheckoutSessionByPriceSlug::from(required);
                let value = super::ProductCheckoutSessionInput::from(value);
                Self::from(value)
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
    impl ::std::convert::From<::std::string::String> for FlowgladErrorDetail {
        fn from(value: ::std::string::String) -> Self {
            Self::String(value)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FlowgladErrorDetail {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            if let Ok(value) = ::serde_json::from_str::<::std::string::String>(text) {
                return Ok(Self::String(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >(text) {
                return Ok(Self::Array(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >(text) {
                return Ok(Self::Object(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "String", ::checkout_runtime::__private::member:: <
                ::std::string::String > (text).err().unwrap_or_default()),
                format!("{}: {}", "Array", ::checkout_runtime::__private::member:: <
                ::std::vec::Vec < ::serde_json::Map < ::std::string::String,
                ::serde_json::Value > > > (text).err().unwrap_or_default()),
                format!("{}: {}", "Object", ::checkout_runtime::__private::member:: <
                ::serde_json::Map < ::std::string::String, ::serde_json::Value > > (text)
                .err().unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `FlowgladErrorDetail` matches", reasons
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
    impl<'de> ::serde::Deserialize<'de> for ProductCheckoutSessionInput {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let text = ::checkout_runtime::__private::json_text(deserializer)?;
            let text = text.as_str();
            if let Ok(value) = ::serde_json::from_str::<
                ProductCheckoutSessionByPriceId,
            >(text) {
                return Ok(Self::ProductCheckoutSessionByPriceId(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                ProductCheckoutSessionByPriceSlug,
            >(text) {
                return Ok(Self::ProductCheckoutSessionByPriceSlug(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                AnonymousProductCheckoutSessionByPriceId,
            >(text) {
                return Ok(Self::AnonymousProductCheckoutSessionByPriceId(value));
            }
            if let Ok(value) = ::serde_json::from_str::<
                AnonymousProductCheckoutSessionByPriceSlug,
            >(text) {
                return Ok(Self::AnonymousProductCheckoutSessionByPriceSlug(value));
            }
            let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                format!("{}: {}", "ProductCheckoutSessionByPriceId",
                ::checkout_runtime::__private::member:: < ProductCheckoutSessionByPriceId
                > (text).err().unwrap_or_default()), format!("{}: {}",
                "ProductCheckoutSessionByPriceSlug",
                ::checkout_runtime::__private::member:: <
                ProductCheckoutSessionByPriceSlug > (text).err().unwrap_or_default()),
                format!("{}: {}", "AnonymousProductCheckoutSessionByPriceId",
                ::checkout_runtime::__private::member:: <
                AnonymousProductCheckoutSessionByPriceId > (text).err()
                .unwrap_or_default()), format!("{}: {}",
                "AnonymousProductCheckoutSessionByPriceSlug",
                ::checkout_runtime::__private::member:: <
                AnonymousProductCheckoutSessionByPriceSlug > (text).err()
                .unwrap_or_default())
            ];
            Err(
                <D::Error as ::serde::de::Error>::custom(
                    format_args!(
                        "{} ({})", "no variant of `ProductCheckoutSessionInput` matches",
                        reasons.join("; ")
                    ),
                ),
            )
        }
    }
    impl CheckoutSessionRecord {
        /// `automatically_update_subscriptions` of whichever member this is; `None` for `Unknown`.
        pub fn automatically_update_subscriptions(
            &self,
        ) -> ::std::option::Option<&bool> {
            match self {
                Self::Purchase(value) => {
                    value.automatically_update_subscriptions.as_ref()
                }
                Self::Product(value) => value.automatically_update_subscriptions.as_ref(),
                Self::AddPaymentMethod(value) => {
                    value.automatically_update_subscriptions.as_ref()
                }
                Self::ActivateSubscription(value) => {
                    value.automatically_update_subscriptions.as_ref()
                }
                Self::Unknown(_) => None,
            }
        }
        /// `billing_address` of whichever member this is; `None` for `Unknown`.
        pub fn billing_address(&self) -> ::std::option::Option<&BillingAddress> {
            match self {
                Self::Purchase(value) => value.billing_address.as_ref(),
                Self::Product(value) => value.billing_address.as_ref(),
                Self::AddPaymentMethod(value) => value.billing_address.as_ref(),
                Self::ActivateSubscription(value) => value.billing_address.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `cancel_url` of whichever member this is; `None` for `Unknown`.
        pub fn cancel_url(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => value.cancel_url.as_ref(),
                Self::Product(value) => value.cancel_url.as_ref(),
                Self::AddPaymentMethod(value) => value.cancel_url.as_ref(),
                Self::ActivateSubscription(value) => value.cancel_url.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `created_at` of whichever member this is; `None` for `Unknown`.
        pub fn created_at(&self) -> ::std::option::Option<&i64> {
            match self {
                Self::Purchase(value) => Some(&value.created_at),
                Self::Product(value) => Some(&value.created_at),
                Self::AddPaymentMethod(value) => Some(&value.created_at),
                Self::ActivateSubscription(value) => Some(&value.created_at),
                Self::Unknown(_) => None,
            }
        }
        /// `customer_email` of whichever member this is; `None` for `Unknown`.
        pub fn customer_email(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => value.customer_email.as_ref(),
                Self::Product(value) => value.customer_email.as_ref(),
                Self::AddPaymentMethod(value) => value.customer_email.as_ref(),
                Self::ActivateSubscription(value) => value.customer_email.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `customer_name` of whichever member this is; `None` for `Unknown`.
        pub fn customer_name(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => value.customer_name.as_ref(),
                Self::Product(value) => value.customer_name.as_ref(),
                Self::AddPaymentMethod(value) => value.customer_name.as_ref(),
                Self::ActivateSubscription(value) => value.customer_name.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `discount_id` of whichever member this is; `None` for `Unknown`.
        pub fn discount_id(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => value.discount_id.as_ref(),
                Self::Product(value) => value.discount_id.as_ref(),
                Self::AddPaymentMethod(value) => value.discount_id.as_ref(),
                Self::ActivateSubscription(value) => value.discount_id.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `expires` of whichever member this is; `None` for `Unknown`.
        pub fn expires(&self) -> ::std::option::Option<&i64> {
            match self {
                Self::Purchase(value) => value.expires.as_ref(),
                Self::Product(value) => value.expires.as_ref(),
                Self::AddPaymentMethod(value) => value.expires.as_ref(),
                Self::ActivateSubscription(value) => value.expires.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `id` of whichever member this is; `None` for `Unknown`.
        pub fn id(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => Some(&value.id),
                Self::Product(value) => Some(&value.id),
                Self::AddPaymentMethod(value) => Some(&value.id),
                Self::ActivateSubscription(value) => Some(&value.id),
                Self::Unknown(_) => None,
            }
        }
        /// `invoice_id` of whichever member this is; `None` for `Unknown`.
        pub fn invoice_id(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => value.invoice_id.as_ref(),
                Self::Product(value) => value.invoice_id.as_ref(),
                Self::AddPaymentMethod(value) => value.invoice_id.as_ref(),
                Self::ActivateSubscription(value) => value.invoice_id.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `livemode` of whichever member this is; `None` for `Unknown`.
        pub fn livemode(&self) -> ::std::option::Option<&bool> {
            match self {
                Self::Purchase(value) => Some(&value.livemode),
                Self::Product(value) => Some(&value.livemode),
                Self::AddPaymentMethod(value) => Some(&value.livemode),
                Self::ActivateSubscription(value) => Some(&value.livemode),
                Self::Unknown(_) => None,
            }
        }
        /// `organization_id` of whichever member this is; `None` for `Unknown`.
        pub fn organization_id(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => Some(&value.organization_id),
                Self::Product(value) => Some(&value.organization_id),
                Self::AddPaymentMethod(value) => Some(&value.organization_id),
                Self::ActivateSubscription(value) => Some(&value.organization_id),
                Self::Unknown(_) => None,
            }
        }
        /// `output_metadata` of whichever member this is; `None` for `Unknown`.
        pub fn output_metadata(&self) -> ::std::option::Option<&Metadata> {
            match self {
                Self::Purchase(value) => value.output_metadata.as_ref(),
                Self::Product(value) => value.output_metadata.as_ref(),
                Self::AddPaymentMethod(value) => value.output_metadata.as_ref(),
                Self::ActivateSubscription(value) => value.output_metadata.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `output_name` of whichever member this is; `None` for `Unknown`.
        pub fn output_name(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => value.output_name.as_ref(),
                Self::Product(value) => value.output_name.as_ref(),
                Self::AddPaymentMethod(value) => value.output_name.as_ref(),
                Self::ActivateSubscription(value) => value.output_name.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `payment_method_type` of whichever member this is; `None` for `Unknown`.
        pub fn payment_method_type(
            &self,
        ) -> ::std::option::Option<&types::PaymentMethodType> {
            match self {
                Self::Purchase(value) => value.payment_method_type.as_ref(),
                Self::Product(value) => value.payment_method_type.as_ref(),
                Self::AddPaymentMethod(value) => value.payment_method_type.as_ref(),
                Self::ActivateSubscription(value) => value.payment_method_type.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `pricing_model_id` of whichever member this is; `None` for `Unknown`.
        pub fn pricing_model_id(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => Some(&value.pricing_model_id),
                Self::Product(value) => Some(&value.pricing_model_id),
                Self::AddPaymentMethod(value) => Some(&value.pricing_model_id),
                Self::ActivateSubscription(value) => Some(&value.pricing_model_id),
                Self::Unknown(_) => None,
            }
        }
        /// `quantity` of whichever member this is; `None` for `Unknown`.
        pub fn quantity(&self) -> ::std::option::Option<&i64> {
            match self {
                Self::Purchase(value) => Some(&value.quantity),
                Self::Product(value) => Some(&value.quantity),
                Self::AddPaymentMethod(value) => Some(&value.quantity),
                Self::ActivateSubscription(value) => Some(&value.quantity),
                Self::Unknown(_) => None,
            }
        }
        /// `status` of whichever member this is; `None` for `Unknown`.
        pub fn status(&self) -> ::std::option::Option<&types::CheckoutSessionStatus> {
            match self {
                Self::Purchase(value) => Some(&value.status),
                Self::Product(value) => Some(&value.status),
                Self::AddPaymentMethod(value) => Some(&value.status),
                Self::ActivateSubscription(value) => Some(&value.status),
                Self::Unknown(_) => None,
            }
        }
        /// `success_url` of whichever member this is; `None` for `Unknown`.
        pub fn success_url(&self) -> ::std::option::Option<&::std::string::String> {
            match self {
                Self::Purchase(value) => value.success_url.as_ref(),
                Self::Product(value) => value.success_url.as_ref(),
                Self::AddPaymentMethod(value) => value.success_url.as_ref(),
                Self::ActivateSubscription(value) => value.success_url.as_ref(),
                Self::Unknown(_) => None,
            }
        }
        /// `updated_at` of whichever member this is; `None` for `Unknown`.
        pub fn updated_at(&self) -> ::std::option::Option<&i64> {
            match self {
                Self::Purchase(value) => Some(&value.updated_at),
                Self::Product(value) => Some(&value.updated_at),
                Self::AddPaymentMethod(value) => Some(&value.updated_at),
                Self::ActivateSubscription(value) => Some(&value.updated_at),
                Self::Unknown(_) => None,
            }
        }
    }
    impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceId>
    for CheckoutSessionInput {
        fn from(value: AnonymousProductCheckoutSessionByPriceId) -> Self {
            Self::Product(ProductCheckoutSessionInput::from(value))
        }
    }
    impl ::std::convert::From<AnonymousProductCheckoutSessionByPriceSlug>
    for CheckoutSessionInput {
        fn from(value: AnonymousProductCheckoutSessionByPriceSlug) -> Self {
            Self::Product(ProductCheckoutSessionInput::from(value))
        }
    }
    impl ::std::convert::From<ProductCheckoutSessionByPriceId> for CheckoutSessionInput {
        fn from(value: ProductCheckoutSessionByPriceId) -> Self {
            Self::Product(ProductCheckoutSessionInput::from(value))
        }
    }
    impl ::std::convert::From<ProductCheckoutSessionByPriceSlug>
    for CheckoutSessionInput {
        fn from(value: ProductCheckoutSessionByPriceSlug) -> Self {
            Self::Product(ProductCheckoutSessionInput::from(value))
        }
    }
    impl ::std::convert::From<&str> for FlowgladErrorDetail {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
    impl<
        const N: usize,
    > ::std::convert::From<
        [::serde_json::Map<::std::string::String, ::serde_json::Value>; N],
    > for FlowgladErrorDetail {
        fn from(
            value: [::serde_json::Map<::std::string::String, ::serde_json::Value>; N],
        ) -> Self {
            Self::Array(value.into())
        }
    }
    impl ::std::convert::From<&str> for MetadataValue {
        fn from(value: &str) -> Self {
            Self::String(value.to_owned())
        }
    }
    pub use self::builder::ActivateSubscriptionCheckoutSessionInputRequired;
    pub use self::builder::AddPaymentMethodCheckoutSessionInputRequired;
    pub use self::builder::AnonymousProductCheckoutSessionByPriceIdRequired;
    pub use self::builder::AnonymousProductCheckoutSessionByPriceSlugRequired;
    pub use self::builder::ProductCheckoutSessionByPriceIdRequired;
    pub use self::builder::ProductCheckoutSessionByPriceSlugRequired;
}
#[derive(Clone, Debug)]
/**Client for Flowglad checkout sessions

Checkout sessions of the Flowglad API: create a hosted checkout for a product, to add a payment method, or to activate a subscription; list and read them back. Written by hand from Flowglad's API reference; see spec/README.md for sources and deliberate deviations.

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
#[doc(hidden)]
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

List checkout sessions, newest first, a page at a time.

Sends a `GET` request to `/api/v1/checkout-sessions`

Arguments:
- `cursor`: Opaque cursor of the page to read: a previous page's `nextCursor`.
- `limit`: Number of records per page (1 to 100).
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = flowglad_checkout_sessions::mock::MockServer::start().await;
# mock.checkout_sessions_list().respond(flowglad_checkout_sessions::types::CheckoutSessionList::example());
# let client = &mock.client();
let response = client
    .checkout_sessions_list()
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
```*/
    pub fn checkout_sessions_list(&self) -> builder::CheckoutSessionsList<'_> {
        builder::CheckoutSessionsList::new(self)
    }
    /**Create a checkout session

Create a checkout session of type `product`, `add_payment_method` or `activate_subscription` and get the URL to send the customer to.

Sends a `POST` request to `/api/v1/checkout-sessions`

```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = flowglad_checkout_sessions::mock::MockServer::start().await;
# mock.checkout_sessions_create().respond(flowglad_checkout_sessions::types::SingleCheckoutSession::example());
# let client = &mock.client();
let response = client
    .checkout_sessions_create()
    .body(flowglad_checkout_sessions::types::CreateCheckoutSessionInput::new(flowglad_checkout_sessions::types::ActivateSubscriptionCheckoutSessionInput::from(flowglad_checkout_sessions::types::ActivateSubscriptionCheckoutSessionInputRequired { customer_external_id: "<customer_external_id>".into(), success_url: "<success_url>".into(), cancel_url: "<cancel_url>".into(), target_subscription_id: "<target_subscription_id>".into() })))
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
```*/
    pub fn checkout_sessions_create(&self) -> builder::CheckoutSessionsCreate<'_> {
        builder::CheckoutSessionsCreate::new(self)
    }
    /**Get a checkout session

Get a checkout session by ID.

Sends a `GET` request to `/api/v1/checkout-sessions/{id}`

Arguments:
- `id`: The checkout session ID.
```rust
# #[cfg(feature = "mock")]
# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
# let mock = flowglad_checkout_sessions::mock::MockServer::start().await;
# mock.checkout_sessions_get().respond(flowglad_checkout_sessions::types::SingleCheckoutSession::example());
# let client = &mock.client();
let response = client
    .checkout_sessions_get()
    .id("<id>")
    .send()
    .await?;
# let _ = response;
# Ok::<(), Box<dyn std::error::Error>>(())
# }).unwrap();
```*/
    pub fn checkout_sessions_get(&self) -> builder::CheckoutSessionsGet<'_> {
        builder::CheckoutSessionsGet::new(self)
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
    /**Builder for [`Client::checkout_sessions_list`]

[`Client::checkout_sessions_list`]: super::Client::checkout_sessions_list*/
    #[derive(Debug, Clone)]
    pub struct CheckoutSessionsList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        options: ::checkout_runtime::RequestOptions,
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> CheckoutSessionsList<'a> {
        pub(crate) fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                options: ::std::default::Default::default(),
                invalid: ::std::option::Option::None,
            }
        }
        /// The `cursor` query parameter.
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
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
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::CheckoutSessionList>, Error<()>> {
            let Self { client, cursor, limit, options, invalid: _ } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/checkout-sessions", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "checkout_sessions_list",
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
    /**Builder for [`Client::checkout_sessions_create`]

[`Client::checkout_sessions_create`]: super::Client::checkout_sessions_create*/
    #[derive(Debug, Clone)]
    pub struct CheckoutSessionsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateCheckoutSessionInput, String>,
        options: ::checkout_runtime::RequestOptions,
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> CheckoutSessionsCreate<'a> {
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
            V: std::convert::TryInto<types::CreateCheckoutSessionInput>,
            <V as std::convert::TryInto<
                types::CreateCheckoutSessionInput,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateCheckoutSessionInput` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// Changes the body through typify's builder of it.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCheckoutSessionInput,
            ) -> types::builder::CreateCheckoutSessionInput,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::SingleCheckoutSession>, Error<()>> {
            let Self { client, body, options, invalid: _ } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateCheckoutSessionInput::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/checkout-sessions", client.baseurl,);
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
                operation_id: "checkout_sessions_create",
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
    /**Builder for [`Client::checkout_sessions_get`]

[`Client::checkout_sessions_get`]: super::Client::checkout_sessions_get*/
    #[derive(Debug, Clone)]
    pub struct CheckoutSessionsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        options: ::checkout_runtime::RequestOptions,
        invalid: ::std::option::Option<::checkout_runtime::bounds::Invalid>,
    }
    impl<'a> CheckoutSessionsGet<'a> {
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
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /// Sends the request with progenitor's untyped errors; `send` decodes them.
        async fn send_raw(
            self,
        ) -> Result<ResponseValue<types::SingleCheckoutSession>, Error<()>> {
            let Self { client, id, options, invalid: _ } = self;
            ::checkout_runtime::__private::check_options(
                    &options,
                    super::CREDENTIAL_HEADERS,
                )
                .map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/checkout-sessions/{}", client.baseurl,
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
                operation_id: "checkout_sessions_get",
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
    impl<'a> CheckoutSessionsList<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `GET /api/v1/checkout-sessions`. An error response decodes into [`super::errors::CheckoutSessionsListError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            types::CheckoutSessionList,
            ::checkout_runtime::Error<super::errors::CheckoutSessionsListError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CheckoutSessionList>,
            ::checkout_runtime::Error<super::errors::CheckoutSessionsListError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkoutSessions.list",
                    "GET",
                    "/api/v1/checkout-sessions",
                    async move {
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkoutSessions.list",
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
                                operation: "checkoutSessions.list",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkout_sessions_list",
                                super::rate_limits("checkout_sessions_list"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkoutSessions.list",
                                retry_in,
                            });
                        }
                        match self.send_raw().await {
                            Ok(value) => Ok(value),
                            Err(error) => {
                                Err(
                                    ::checkout_runtime::Error::from_progenitor::<
                                        types::CheckoutSessionList,
                                    >(
                                            "checkoutSessions.list",
                                            error,
                                            super::errors::CheckoutSessionsListError::decode,
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
    impl<'a> CheckoutSessionsCreate<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `POST /api/v1/checkout-sessions`. An error response decodes into [`super::errors::CheckoutSessionsCreateError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            types::SingleCheckoutSession,
            ::checkout_runtime::Error<super::errors::CheckoutSessionsCreateError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::SingleCheckoutSession>,
            ::checkout_runtime::Error<super::errors::CheckoutSessionsCreateError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkoutSessions.create",
                    "POST",
                    "/api/v1/checkout-sessions",
                    async move {
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkoutSessions.create",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkout_sessions_create",
                                super::rate_limits("checkout_sessions_create"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkoutSessions.create",
                                retry_in,
                            });
                        }
                        match self.send_raw().await {
                            Ok(value) => Ok(value),
                            Err(error) => {
                                Err(
                                    ::checkout_runtime::Error::from_progenitor::<
                                        types::SingleCheckoutSession,
                                    >(
                                            "checkoutSessions.create",
                                            error,
                                            super::errors::CheckoutSessionsCreateError::decode,
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
    impl<'a> CheckoutSessionsGet<'a> {
        /// Per-call settings: a timeout, extra headers, a retry policy (see
        /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
        pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// Sends `GET /api/v1/checkout-sessions/{id}`. An error response decodes into [`super::errors::CheckoutSessionsGetError`].
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            types::SingleCheckoutSession,
            ::checkout_runtime::Error<super::errors::CheckoutSessionsGetError>,
        > {
            self.send_with_response().await.map(ResponseValue::into_inner)
        }
        /// [`send`](Self::send), keeping the response's status and headers with its value
        /// (`ResponseValue` derefs to the value; `into_inner` takes it).
        pub async fn send_with_response(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::SingleCheckoutSession>,
            ::checkout_runtime::Error<super::errors::CheckoutSessionsGetError>,
        > {
            ::checkout_runtime::__private::traced(
                    "checkoutSessions.get",
                    "GET",
                    "/api/v1/checkout-sessions/{id}",
                    async move {
                        if let Some(invalid) = self.invalid {
                            return Err(::checkout_runtime::Error::Invalid {
                                operation: "checkoutSessions.get",
                                field: invalid.field,
                                bound: invalid.bound,
                            });
                        }
                        if let Err(retry_in) = ::checkout_runtime::__private::pace(
                                &self.client.inner,
                                "checkout_sessions_get",
                                super::rate_limits("checkout_sessions_get"),
                                &self.options,
                            )
                            .await
                        {
                            return Err(::checkout_runtime::Error::RateLimited {
                                operation: "checkoutSessions.get",
                                retry_in,
                            });
                        }
                        match self.send_raw().await {
                            Ok(value) => Ok(value),
                            Err(error) => {
                                Err(
                                    ::checkout_runtime::Error::from_progenitor::<
                                        types::SingleCheckoutSession,
                                    >(
                                            "checkoutSessions.get",
                                            error,
                                            super::errors::CheckoutSessionsGetError::decode,
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
    impl<'a> CheckoutSessionsCreate<'a> {
        /// The bounds the spec declares on the body, by field.
        const BODY_RULES: &'static [::checkout_runtime::bounds::Rule] = &[];
        /// Sets the body's `checkoutSession` (see [`checkout_session`](types::CreateCheckoutSessionInput::checkout_session)).
        ///
        pub fn checkout_session(
            mut self,
            value: impl ::std::convert::Into<types::CheckoutSessionInput>,
        ) -> Self {
            let converted: ::std::result::Result<
                types::CheckoutSessionInput,
                ::checkout_runtime::bounds::Invalid,
            > = Ok(value.into());
            match converted {
                Ok(value) => self.body_map(|body| body.checkout_session(value)),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
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
        ("checkoutSessions.list", "GET", "/api/v1/checkout-sessions", &[]),
        ("checkoutSessions.create", "POST", "/api/v1/checkout-sessions", &[]),
        ("checkoutSessions.get", "GET", "/api/v1/checkout-sessions/{id}", &[]),
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
        /// Expect `checkoutSessions.list` (`GET /api/v1/checkout-sessions`): add matchers, then a reply.
        pub fn checkout_sessions_list(&self) -> CheckoutSessionsList<'_> {
            CheckoutSessionsList {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    ("checkoutSessions.list", "GET", "/api/v1/checkout-sessions"),
                    CheckoutSessionsListRequest::decode,
                ),
            }
        }
        /// Expect `checkoutSessions.create` (`POST /api/v1/checkout-sessions`): add matchers, then a reply.
        pub fn checkout_sessions_create(&self) -> CheckoutSessionsCreate<'_> {
            CheckoutSessionsCreate {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    ("checkoutSessions.create", "POST", "/api/v1/checkout-sessions"),
                    CheckoutSessionsCreateRequest::decode,
                ),
            }
        }
        /// Expect `checkoutSessions.get` (`GET /api/v1/checkout-sessions/{id}`): add matchers, then a reply.
        pub fn checkout_sessions_get(&self) -> CheckoutSessionsGet<'_> {
            CheckoutSessionsGet {
                inner: ::checkout_runtime::mock::Expectation::new(
                    &self.inner,
                    ("checkoutSessions.get", "GET", "/api/v1/checkout-sessions/{id}"),
                    CheckoutSessionsGetRequest::decode,
                ),
            }
        }
    }
    /// A `checkoutSessions.list` request (`GET /api/v1/checkout-sessions`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutSessionsListRequest {
        /// The `cursor` query parameter.
        pub cursor: ::std::option::Option<::std::string::String>,
        /// The `limit` query parameter.
        pub limit: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl CheckoutSessionsListRequest {
        /// Decodes a received request of this operation.
        ///
        /// # Errors
        /// A parameter or the body does not decode as its type (the message says which).
        #[allow(unused_variables)]
        pub fn decode(
            received: &Received,
        ) -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                cursor: ::checkout_runtime::mock::decode_param(
                    &received.query_values("cursor"),
                    "query parameter `cursor`",
                )?,
                limit: ::checkout_runtime::mock::decode_param(
                    &received.query_values("limit"),
                    "query parameter `limit`",
                )?,
            })
        }
    }
    /// An expectation of `checkoutSessions.list` (`GET /api/v1/checkout-sessions`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutSessionsList<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutSessionsListRequest>,
    }
    impl<'a> CheckoutSessionsList<'a> {
        /// Only requests whose `cursor` is `value` (compared as typed values).
        pub fn cursor<V: ::std::convert::TryInto<::std::string::String>>(
            self,
            value: V,
        ) -> Self {
            Self {
                inner: self
                    .inner
                    .equals(
                        "cursor",
                        value.try_into().ok(),
                        |request| request.cursor.as_ref(),
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
        /// Only requests for which `predicate` holds.
        pub fn matching(
            self,
            predicate: impl Fn(
                &CheckoutSessionsListRequest,
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
        pub fn respond(self, value: types::CheckoutSessionList) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::CheckoutSessionsListError) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutSessionsListError::BadRequest(body) => {
                            Reply::json(400u16, body)
                        }
                        errors::CheckoutSessionsListError::Unauthorized(text) => {
                            Reply::text(401u16, text.clone())
                        }
                        errors::CheckoutSessionsListError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutSessionsListError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutSessionsListError::InternalServerError(body) => {
                            Reply::json(500u16, body)
                        }
                        errors::CheckoutSessionsListError::Unexpected {
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
        /// Serves `items` as pages of `per_page` in the API's own style (`cursor` is read from each request), each built on `CheckoutSessionList::example()` with `total` set to the number of items. Make the items distinct: a page equal to the one before it makes the client stop with `PaginationError::NoProgress`.
        pub fn respond_pages(
            self,
            items: Vec<types::CheckoutSessionRecord>,
            per_page: usize,
        ) -> Mounted {
            let paged = ::checkout_runtime::mock::Paged {
                page: ::checkout_runtime::mock::to_value(
                    &types::CheckoutSessionList::example(),
                ),
                items: items.iter().map(::checkout_runtime::mock::to_value).collect(),
                per_page,
                status: 200u16,
                items_at: "/data",
                total_at: Some("/total"),
            };
            self.inner
                .mount(
                    ::checkout_runtime::mock::pages_by_cursor(
                        paged,
                        "cursor",
                        "/nextCursor",
                        Some("/hasMore"),
                    ),
                )
        }
        /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
        /// connection.
        pub fn respond_with(self, reply: Reply) -> Mounted {
            self.inner.reply(reply)
        }
    }
    /// A `checkoutSessions.create` request (`POST /api/v1/checkout-sessions`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutSessionsCreateRequest {
        /// The JSON body.
        pub body: types::CreateCheckoutSessionInput,
    }
    impl CheckoutSessionsCreateRequest {
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
    /// An expectation of `checkoutSessions.create` (`POST /api/v1/checkout-sessions`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutSessionsCreate<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutSessionsCreateRequest>,
    }
    impl<'a> CheckoutSessionsCreate<'a> {
        /// Only requests whose `body` is `value` (compared as typed values).
        pub fn body<V: ::std::convert::TryInto<types::CreateCheckoutSessionInput>>(
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
                &types::CreateCheckoutSessionInput,
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
                &CheckoutSessionsCreateRequest,
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
        pub fn respond(self, value: types::SingleCheckoutSession) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(
            self,
            error: errors::CheckoutSessionsCreateError,
        ) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutSessionsCreateError::BadRequest(body) => {
                            Reply::json(400u16, body)
                        }
                        errors::CheckoutSessionsCreateError::Unauthorized(text) => {
                            Reply::text(401u16, text.clone())
                        }
                        errors::CheckoutSessionsCreateError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutSessionsCreateError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutSessionsCreateError::InternalServerError(
                            body,
                        ) => Reply::json(500u16, body),
                        errors::CheckoutSessionsCreateError::Unexpected {
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
    /// A `checkoutSessions.get` request (`GET /api/v1/checkout-sessions/{id}`) as the mock server received it, decoded.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CheckoutSessionsGetRequest {
        /// The `id` path parameter.
        pub id: ::std::string::String,
    }
    impl CheckoutSessionsGetRequest {
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
    /// An expectation of `checkoutSessions.get` (`GET /api/v1/checkout-sessions/{id}`): matchers, then a reply that mounts it.
    #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
    pub struct CheckoutSessionsGet<'a> {
        inner: ::checkout_runtime::mock::Expectation<'a, CheckoutSessionsGetRequest>,
    }
    impl<'a> CheckoutSessionsGet<'a> {
        /// Only requests whose `id` is `value` (compared as typed values).
        pub fn id<V: ::std::convert::TryInto<::std::string::String>>(
            self,
            value: V,
        ) -> Self {
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
            predicate: impl Fn(
                &CheckoutSessionsGetRequest,
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
        pub fn respond(self, value: types::SingleCheckoutSession) -> Mounted {
            self.inner.reply(Reply::json(200u16, &value))
        }
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::CheckoutSessionsGetError) -> Mounted {
            self.inner
                .reply(
                    match &error {
                        errors::CheckoutSessionsGetError::BadRequest(body) => {
                            Reply::json(400u16, body)
                        }
                        errors::CheckoutSessionsGetError::Unauthorized(text) => {
                            Reply::text(401u16, text.clone())
                        }
                        errors::CheckoutSessionsGetError::Forbidden(body) => {
                            Reply::json(403u16, body)
                        }
                        errors::CheckoutSessionsGetError::NotFound(body) => {
                            Reply::json(404u16, body)
                        }
                        errors::CheckoutSessionsGetError::InternalServerError(body) => {
                            Reply::json(500u16, body)
                        }
                        errors::CheckoutSessionsGetError::Unexpected {
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
            "ActivateSubscriptionCheckoutSessionInput",
            "{\"cancelUrl\":\"https://example.com/\",\"customerExternalId\":\"example customerExternalId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"preserveBillingCycleAnchor\":false,\"successUrl\":\"https://example.com/\",\"targetSubscriptionId\":\"example targetSubscriptionId\",\"type\":\"activate_subscription\"}",
        ),
        ("ActivateSubscriptionCheckoutSessionInputType", "\"activate_subscription\""),
        (
            "ActivateSubscriptionCheckoutSessionRecord",
            "{\"automaticallyUpdateSubscriptions\":false,\"billingAddress\":{\"address\":{\"$example\":\"Address\"},\"email\":\"customer@example.com\",\"firstName\":\"example firstName\",\"lastName\":\"example lastName\",\"name\":\"example name\",\"phone\":\"example phone\"},\"cancelUrl\":\"https://example.com/\",\"createdAt\":1,\"customerEmail\":\"customer@example.com\",\"customerId\":\"example customerId\",\"customerName\":\"example customerName\",\"discountId\":\"example discountId\",\"expires\":1,\"id\":\"example id\",\"invoiceId\":\"example invoiceId\",\"livemode\":false,\"organizationId\":\"example organizationId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"paymentMethodType\":\"card\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"pricingModelId\":\"example pricingModelId\",\"purchaseId\":\"example purchaseId\",\"quantity\":1,\"status\":{\"$example\":\"CheckoutSessionStatus\"},\"successUrl\":\"https://example.com/\",\"targetSubscriptionId\":\"example targetSubscriptionId\",\"type\":\"activate_subscription\",\"updatedAt\":1}",
        ),
        ("ActivateSubscriptionCheckoutSessionRecordType", "\"activate_subscription\""),
        (
            "AddPaymentMethodCheckoutSessionInput",
            "{\"automaticallyUpdateSubscriptions\":false,\"cancelUrl\":\"https://example.com/\",\"customerExternalId\":\"example customerExternalId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"successUrl\":\"https://example.com/\",\"targetSubscriptionId\":\"example targetSubscriptionId\",\"type\":\"add_payment_method\"}",
        ),
        ("AddPaymentMethodCheckoutSessionInputType", "\"add_payment_method\""),
        (
            "AddPaymentMethodCheckoutSessionRecord",
            "{\"automaticallyUpdateSubscriptions\":false,\"billingAddress\":{\"address\":{\"$example\":\"Address\"},\"email\":\"customer@example.com\",\"firstName\":\"example firstName\",\"lastName\":\"example lastName\",\"name\":\"example name\",\"phone\":\"example phone\"},\"cancelUrl\":\"https://example.com/\",\"createdAt\":1,\"customerEmail\":\"customer@example.com\",\"customerId\":\"example customerId\",\"customerName\":\"example customerName\",\"discountId\":\"example discountId\",\"expires\":1,\"id\":\"example id\",\"invoiceId\":\"example invoiceId\",\"livemode\":false,\"organizationId\":\"example organizationId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"paymentMethodType\":\"card\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"pricingModelId\":\"example pricingModelId\",\"purchaseId\":\"example purchaseId\",\"quantity\":1,\"status\":{\"$example\":\"CheckoutSessionStatus\"},\"successUrl\":\"https://example.com/\",\"targetSubscriptionId\":\"example targetSubscriptionId\",\"type\":\"add_payment_method\",\"updatedAt\":1}",
        ),
        ("AddPaymentMethodCheckoutSessionRecordType", "\"add_payment_method\""),
        (
            "Address",
            "{\"city\":\"example city\",\"country\":\"US\",\"line1\":\"example line1\",\"line2\":\"example line2\",\"name\":\"example name\",\"postal_code\":\"example postal code\",\"state\":\"example state\"}",
        ),
        (
            "AnonymousProductCheckoutSessionByPriceId",
            "{\"anonymous\":true,\"cancelUrl\":\"https://example.com/\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"quantity\":1,\"successUrl\":\"https://example.com/\",\"type\":\"product\"}",
        ),
        ("AnonymousProductCheckoutSessionByPriceIdType", "\"product\""),
        (
            "AnonymousProductCheckoutSessionByPriceSlug",
            "{\"anonymous\":true,\"cancelUrl\":\"https://example.com/\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"preserveBillingCycleAnchor\":false,\"priceSlug\":\"example priceSlug\",\"quantity\":1,\"successUrl\":\"https://example.com/\",\"type\":\"product\"}",
        ),
        ("AnonymousProductCheckoutSessionByPriceSlugType", "\"product\""),
        (
            "BillingAddress",
            "{\"address\":{\"$example\":\"Address\"},\"email\":\"customer@example.com\",\"firstName\":\"example firstName\",\"lastName\":\"example lastName\",\"name\":\"example name\",\"phone\":\"example phone\"}",
        ),
        (
            "CheckoutSessionInput",
            "{\"anonymous\":false,\"cancelUrl\":\"https://example.com/\",\"customerExternalId\":\"example customerExternalId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"quantity\":1,\"successUrl\":\"https://example.com/\",\"type\":\"product\"}",
        ),
        (
            "CheckoutSessionList",
            "{\"currentCursor\":\"example currentCursor\",\"data\":[{\"$example\":\"CheckoutSessionRecord\"}],\"hasMore\":false,\"nextCursor\":\"example nextCursor\",\"total\":1.0}",
        ),
        (
            "CheckoutSessionRecord",
            "{\"automaticallyUpdateSubscriptions\":false,\"billingAddress\":{\"address\":{\"$example\":\"Address\"},\"email\":\"customer@example.com\",\"firstName\":\"example firstName\",\"lastName\":\"example lastName\",\"name\":\"example name\",\"phone\":\"example phone\"},\"cancelUrl\":\"https://example.com/\",\"createdAt\":1,\"customerEmail\":\"customer@example.com\",\"customerId\":\"example customerId\",\"customerName\":\"example customerName\",\"discountId\":\"example discountId\",\"expires\":1,\"id\":\"example id\",\"invoiceId\":\"example invoiceId\",\"livemode\":false,\"organizationId\":\"example organizationId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"paymentMethodType\":\"card\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"pricingModelId\":\"example pricingModelId\",\"purchaseId\":\"example purchaseId\",\"quantity\":1,\"status\":{\"$example\":\"CheckoutSessionStatus\"},\"successUrl\":\"https://example.com/\",\"targetSubscriptionId\":\"example targetSubscriptionId\",\"type\":\"purchase\",\"updatedAt\":1}",
        ),
        ("CheckoutSessionStatus", "\"open\""),
        (
            "CreateCheckoutSessionInput",
            "{\"checkoutSession\":{\"$example\":\"CheckoutSessionInput\"}}",
        ),
        ("False", "false"),
        (
            "FlowgladError",
            "{\"code\":\"example code\",\"error\":{\"$example\":\"FlowgladErrorDetail\"},\"issues\":[{\"$example\":\"FlowgladErrorIssue\"}],\"message\":\"example message\",\"request_id\":\"example request id\",\"sentry_event_id\":\"example sentry event id\",\"trace_id\":\"example trace id\"}",
        ),
        ("FlowgladErrorDetail", "\"example FlowgladErrorDetail\""),
        ("FlowgladErrorIssue", "{\"message\":\"example message\"}"),
        (
            "FlowgladEventCustomer",
            "{\"externalId\":\"example externalId\",\"id\":\"example id\"}",
        ),
        ("FlowgladEventObject", "\"customer\""),
        (
            "FlowgladEventPayload",
            "{\"customer\":{\"externalId\":\"example externalId\",\"id\":\"example id\"},\"id\":\"example id\",\"object\":\"customer\",\"pricingModelId\":\"example pricingModelId\"}",
        ),
        ("Metadata", "{}"),
        ("MetadataValue", "\"example MetadataValue\""),
        ("PaymentMethodType", "\"card\""),
        (
            "ProductCheckoutSessionByPriceId",
            "{\"anonymous\":false,\"cancelUrl\":\"https://example.com/\",\"customerExternalId\":\"example customerExternalId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"quantity\":1,\"successUrl\":\"https://example.com/\",\"type\":\"product\"}",
        ),
        ("ProductCheckoutSessionByPriceIdType", "\"product\""),
        (
            "ProductCheckoutSessionByPriceSlug",
            "{\"anonymous\":false,\"cancelUrl\":\"https://example.com/\",\"customerExternalId\":\"example customerExternalId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"preserveBillingCycleAnchor\":false,\"priceSlug\":\"example priceSlug\",\"quantity\":1,\"successUrl\":\"https://example.com/\",\"type\":\"product\"}",
        ),
        ("ProductCheckoutSessionByPriceSlugType", "\"product\""),
        (
            "ProductCheckoutSessionInput",
            "{\"anonymous\":false,\"cancelUrl\":\"https://example.com/\",\"customerExternalId\":\"example customerExternalId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"quantity\":1,\"successUrl\":\"https://example.com/\",\"type\":\"product\"}",
        ),
        (
            "ProductCheckoutSessionRecord",
            "{\"automaticallyUpdateSubscriptions\":false,\"billingAddress\":{\"address\":{\"$example\":\"Address\"},\"email\":\"customer@example.com\",\"firstName\":\"example firstName\",\"lastName\":\"example lastName\",\"name\":\"example name\",\"phone\":\"example phone\"},\"cancelUrl\":\"https://example.com/\",\"createdAt\":1,\"customerEmail\":\"customer@example.com\",\"customerId\":\"example customerId\",\"customerName\":\"example customerName\",\"discountId\":\"example discountId\",\"expires\":1,\"id\":\"example id\",\"invoiceId\":\"example invoiceId\",\"livemode\":false,\"organizationId\":\"example organizationId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"paymentMethodType\":\"card\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"pricingModelId\":\"example pricingModelId\",\"purchaseId\":\"example purchaseId\",\"quantity\":1,\"status\":{\"$example\":\"CheckoutSessionStatus\"},\"successUrl\":\"https://example.com/\",\"targetSubscriptionId\":\"example targetSubscriptionId\",\"type\":\"product\",\"updatedAt\":1}",
        ),
        ("ProductCheckoutSessionRecordType", "\"product\""),
        (
            "PurchaseCheckoutSessionRecord",
            "{\"automaticallyUpdateSubscriptions\":false,\"billingAddress\":{\"address\":{\"$example\":\"Address\"},\"email\":\"customer@example.com\",\"firstName\":\"example firstName\",\"lastName\":\"example lastName\",\"name\":\"example name\",\"phone\":\"example phone\"},\"cancelUrl\":\"https://example.com/\",\"createdAt\":1,\"customerEmail\":\"customer@example.com\",\"customerId\":\"example customerId\",\"customerName\":\"example customerName\",\"discountId\":\"example discountId\",\"expires\":1,\"id\":\"example id\",\"invoiceId\":\"example invoiceId\",\"livemode\":false,\"organizationId\":\"example organizationId\",\"outputMetadata\":{},\"outputName\":\"example outputName\",\"paymentMethodType\":\"card\",\"preserveBillingCycleAnchor\":false,\"priceId\":\"example priceId\",\"pricingModelId\":\"example pricingModelId\",\"purchaseId\":\"example purchaseId\",\"quantity\":1,\"status\":{\"$example\":\"CheckoutSessionStatus\"},\"successUrl\":\"https://example.com/\",\"targetSubscriptionId\":\"example targetSubscriptionId\",\"type\":\"purchase\",\"updatedAt\":1}",
        ),
        ("PurchaseCheckoutSessionRecordType", "\"purchase\""),
        (
            "SingleCheckoutSession",
            "{\"checkoutSession\":{\"$example\":\"CheckoutSessionRecord\"},\"url\":\"https://example.com/\"}",
        ),
        ("True", "true"),
    ];
    ::checkout_runtime::mock_examples!(
        EXAMPLES : types::ActivateSubscriptionCheckoutSessionInput =
        "ActivateSubscriptionCheckoutSessionInput",
        types::ActivateSubscriptionCheckoutSessionInputType =
        "ActivateSubscriptionCheckoutSessionInputType",
        types::ActivateSubscriptionCheckoutSessionRecord =
        "ActivateSubscriptionCheckoutSessionRecord",
        types::ActivateSubscriptionCheckoutSessionRecordType =
        "ActivateSubscriptionCheckoutSessionRecordType",
        types::AddPaymentMethodCheckoutSessionInput =
        "AddPaymentMethodCheckoutSessionInput",
        types::AddPaymentMethodCheckoutSessionInputType =
        "AddPaymentMethodCheckoutSessionInputType",
        types::AddPaymentMethodCheckoutSessionRecord =
        "AddPaymentMethodCheckoutSessionRecord",
        types::AddPaymentMethodCheckoutSessionRecordType =
        "AddPaymentMethodCheckoutSessionRecordType", types::Address = "Address",
        types::AnonymousProductCheckoutSessionByPriceId =
        "AnonymousProductCheckoutSessionByPriceId",
        types::AnonymousProductCheckoutSessionByPriceIdType =
        "AnonymousProductCheckoutSessionByPriceIdType",
        types::AnonymousProductCheckoutSessionByPriceSlug =
        "AnonymousProductCheckoutSessionByPriceSlug",
        types::AnonymousProductCheckoutSessionByPriceSlugType =
        "AnonymousProductCheckoutSessionByPriceSlugType", types::BillingAddress =
        "BillingAddress", types::CheckoutSessionInput = "CheckoutSessionInput",
        types::CheckoutSessionList = "CheckoutSessionList", types::CheckoutSessionRecord
        = "CheckoutSessionRecord", types::CheckoutSessionStatus =
        "CheckoutSessionStatus", types::CreateCheckoutSessionInput =
        "CreateCheckoutSessionInput", types::FlowgladError = "FlowgladError",
        types::FlowgladErrorDetail = "FlowgladErrorDetail", types::FlowgladErrorIssue =
        "FlowgladErrorIssue", types::FlowgladEventCustomer = "FlowgladEventCustomer",
        types::FlowgladEventObject = "FlowgladEventObject", types::FlowgladEventPayload =
        "FlowgladEventPayload", types::Metadata = "Metadata", types::MetadataValue =
        "MetadataValue", types::PaymentMethodType = "PaymentMethodType",
        types::ProductCheckoutSessionByPriceId = "ProductCheckoutSessionByPriceId",
        types::ProductCheckoutSessionByPriceIdType =
        "ProductCheckoutSessionByPriceIdType", types::ProductCheckoutSessionByPriceSlug =
        "ProductCheckoutSessionByPriceSlug", types::ProductCheckoutSessionByPriceSlugType
        = "ProductCheckoutSessionByPriceSlugType", types::ProductCheckoutSessionInput =
        "ProductCheckoutSessionInput", types::ProductCheckoutSessionRecord =
        "ProductCheckoutSessionRecord", types::ProductCheckoutSessionRecordType =
        "ProductCheckoutSessionRecordType", types::PurchaseCheckoutSessionRecord =
        "PurchaseCheckoutSessionRecord", types::PurchaseCheckoutSessionRecordType =
        "PurchaseCheckoutSessionRecordType", types::SingleCheckoutSession =
        "SingleCheckoutSession"
    );
}
/// Per-operation error enums, decoded by HTTP status from the documented error bodies
/// (`decode` and `Display` come from `checkout_runtime::operation_error!`).
pub mod errors {
    /// Error responses of `checkoutSessions.list` (`GET /api/v1/checkout-sessions`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutSessionsListError {
        /// `400`: The request is invalid (a validation failure, malformed JSON or a bad cursor).
        BadRequest(super::types::FlowgladError),
        /// `401`: The API key is missing, malformed, expired or invalid. The body is plain text.
        Unauthorized(::std::string::String),
        /// `403`: The API key may not access this resource.
        Forbidden(super::types::FlowgladError),
        /// `404`: No such checkout session (or price, on create). A path the server does not route answers `Not Found` as plain text, which decodes as `Unexpected`.
        NotFound(super::types::FlowgladError),
        /// `500`: An unexpected server error.
        InternalServerError(super::types::FlowgladError),
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
        CheckoutSessionsListError { 400 => BadRequest : json, 401 => Unauthorized : text,
        403 => Forbidden : json, 404 => NotFound : json, 500 => InternalServerError :
        json, }
    );
    /// Error responses of `checkoutSessions.create` (`POST /api/v1/checkout-sessions`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutSessionsCreateError {
        /// `400`: The request is invalid (a validation failure, malformed JSON or a bad cursor).
        BadRequest(super::types::FlowgladError),
        /// `401`: The API key is missing, malformed, expired or invalid. The body is plain text.
        Unauthorized(::std::string::String),
        /// `403`: The API key may not access this resource.
        Forbidden(super::types::FlowgladError),
        /// `404`: No such checkout session (or price, on create). A path the server does not route answers `Not Found` as plain text, which decodes as `Unexpected`.
        NotFound(super::types::FlowgladError),
        /// `500`: An unexpected server error.
        InternalServerError(super::types::FlowgladError),
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
        CheckoutSessionsCreateError { 400 => BadRequest : json, 401 => Unauthorized :
        text, 403 => Forbidden : json, 404 => NotFound : json, 500 => InternalServerError
        : json, }
    );
    /// Error responses of `checkoutSessions.get` (`GET /api/v1/checkout-sessions/{id}`), decoded by status.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CheckoutSessionsGetError {
        /// `400`: The request is invalid (a validation failure, malformed JSON or a bad cursor).
        BadRequest(super::types::FlowgladError),
        /// `401`: The API key is missing, malformed, expired or invalid. The body is plain text.
        Unauthorized(::std::string::String),
        /// `403`: The API key may not access this resource.
        Forbidden(super::types::FlowgladError),
        /// `404`: No such checkout session (or price, on create). A path the server does not route answers `Not Found` as plain text, which decodes as `Unexpected`.
        NotFound(super::types::FlowgladError),
        /// `500`: An unexpected server error.
        InternalServerError(super::types::FlowgladError),
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
        CheckoutSessionsGetError { 400 => BadRequest : json, 401 => Unauthorized : text,
        403 => Forbidden : json, 404 => NotFound : json, 500 => InternalServerError :
        json, }
    );
}
/// The JSON names of the fields the spec marks secret; raw bodies kept in errors never
/// show their values (`runtime::RawBody`).
pub(crate) const SECRET_FIELDS: &[&str] = &[];
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
        _ => &[],
    }
}
/// How each operation (by progenitor's operation name) authenticates.
fn auth_scheme(operation: &str) -> Option<::checkout_runtime::__private::AuthScheme> {
    match operation {
        "checkout_sessions_list" => {
            Some(::checkout_runtime::__private::AuthScheme::Header("authorization"))
        }
        "checkout_sessions_create" => {
            Some(::checkout_runtime::__private::AuthScheme::Header("authorization"))
        }
        "checkout_sessions_get" => {
            Some(::checkout_runtime::__private::AuthScheme::Header("authorization"))
        }
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
    servers : [#[doc =
    " `https://app.flowglad.com`: Flowglad (live and test mode are chosen by the secret key)."]
    Production = "https://app.flowglad.com"], path_prefix : "/api/v1",
    per_operation_headers : ["authorization"], credential_headers : ["authorization"],
}
impl Client {
    /// Every page of `checkoutSessions.list`, in order. `configure` sets the other parameters; the `cursor` parameter is set for you. The stream owns a clone of the client (cheap: the connection pool is shared), so it can move into a spawned task.
    pub fn checkout_sessions_list_pages<F>(
        &self,
        configure: F,
    ) -> impl ::checkout_runtime::futures::Stream<
        Item = ::std::result::Result<
            types::CheckoutSessionList,
            ::checkout_runtime::Error<errors::CheckoutSessionsListError>,
        >,
    > + 'static
    where
        F: for<'b> Fn(
                builder::CheckoutSessionsList<'b>,
            ) -> builder::CheckoutSessionsList<'b> + 'static,
    {
        let client = self.clone();
        let configure = ::std::sync::Arc::new(configure);
        ::checkout_runtime::__private::pages_by_cursor(
            None,
            move |cursor: ::std::option::Option<::std::string::String>| {
                let (client, configure) = (client.clone(), configure.clone());
                async move {
                    let request = configure(client.checkout_sessions_list());
                    let request = match cursor {
                        Some(cursor) => request.cursor(cursor),
                        None => request,
                    };
                    request.send().await
                }
            },
            |page: &types::CheckoutSessionList| match (
                page.has_more,
                page.next_cursor.clone(),
            ) {
                (true, None) => {
                    Err(::checkout_runtime::paginate::PaginationError::MissingCursor)
                }
                (true, cursor) => Ok(cursor),
                (false, _) => Ok(None),
            },
            |page: &types::CheckoutSessionList| ::checkout_runtime::__private::fingerprint(
                &page.data,
            ),
            self.inner.pages,
            |source| ::checkout_runtime::Error::Pagination {
                operation: "checkoutSessions.list",
                source,
            },
        )
    }
    /// Every item of every page of `checkoutSessions.list` (see [`Client::checkout_sessions_list_pages`]).
    pub fn checkout_sessions_list_items<F>(
        &self,
        configure: F,
    ) -> impl ::checkout_runtime::futures::Stream<
        Item = ::std::result::Result<
            types::CheckoutSessionRecord,
            ::checkout_runtime::Error<errors::CheckoutSessionsListError>,
        >,
    > + 'static
    where
        F: for<'b> Fn(
                builder::CheckoutSessionsList<'b>,
            ) -> builder::CheckoutSessionsList<'b> + 'static,
    {
        use ::checkout_runtime::futures::TryStreamExt;
        self.checkout_sessions_list_pages(configure)
            .map_ok(|page| ::checkout_runtime::futures::stream::iter(
                page.data.into_iter().map(Ok),
            ))
            .try_flatten()
    }
}
/// Webhooks: verified, typed events. `Webhook::verify` checks the Standard Webhooks signature (and the timestamp's freshness) before anything is parsed, then decodes the body into an `Event` by its `object` property.
pub mod webhooks {
    use super::types;
    pub use ::checkout_runtime::webhook::{DEFAULT_TOLERANCE, SigningKey, WebhookError};
    /// A webhook event, by its type.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        /// `customer`: A customer was created or updated (`customer.created`, `customer.updated`).
        Customer(types::FlowgladEventPayload),
        /// `payment`: A payment succeeded or failed (`payment.succeeded`, `payment.failed`).
        Payment(types::FlowgladEventPayload),
        /// `purchase`: A purchase completed (`purchase.completed`).
        Purchase(types::FlowgladEventPayload),
        /// `subscription`: A subscription was created, updated or canceled (`subscription.created`, `subscription.updated`, `subscription.canceled`).
        Subscription(types::FlowgladEventPayload),
        /// An event whose `object` this version of the client does not know, with the body kept as JSON.
        Unknown {
            /// The event's type.
            event_type: ::std::string::String,
            /// The whole body.
            raw: ::serde_json::Value,
        },
    }
    impl Event {
        /// The property of the body that names the event type.
        pub const TAG: &'static str = "object";
        /// The event's type, as sent.
        pub fn event_type(&self) -> &str {
            match self {
                Self::Customer(_) => "customer",
                Self::Payment(_) => "payment",
                Self::Purchase(_) => "purchase",
                Self::Subscription(_) => "subscription",
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
                "customer" => {
                    ::checkout_runtime::webhook::payload(body, "customer")
                        .map(Self::Customer)
                }
                "payment" => {
                    ::checkout_runtime::webhook::payload(body, "payment")
                        .map(Self::Payment)
                }
                "purchase" => {
                    ::checkout_runtime::webhook::payload(body, "purchase")
                        .map(Self::Purchase)
                }
                "subscription" => {
                    ::checkout_runtime::webhook::payload(body, "subscription")
                        .map(Self::Subscription)
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
        /// Standard Webhooks: the signing key is the base64 text after `whsec_`.
        const SIGNING_KEY: SigningKey = SigningKey::Base64;
        const ORDERING: ::std::option::Option<::checkout_runtime::inbox::Ordering> = None;
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
