// @generated from spec/polar-checkouts.yaml by `cargo xtask codegen`. Do not edit.
#![allow(clippy::all, missing_docs, unused_imports, unreachable_pub, dead_code)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A postal address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
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
        pub postal_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl Address {
        pub fn builder() -> builder::Address {
            Default::default()
        }
    }
    ///Checkout session data retrieved using an access token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Checkout {
        ///Whether the customer may apply discount codes.
        pub allow_discount_codes: bool,
        ///Amount in cents, before discounts and taxes.
        pub amount: i64,
        ///Client secret used to update and complete the checkout session from the client.
        pub client_secret: ::std::string::String,
        ///Creation timestamp of the object.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Currency code of the checkout session.
        pub currency: ::std::string::String,
        ///Billing address of the customer.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_billing_address: ::std::option::Option<Address>,
        ///Billing name of the customer.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_billing_name: ::std::option::Option<::std::string::String>,
        ///Email address of the customer.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_email: ::std::option::Option<::std::string::String>,
        ///ID of the customer, once known.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_id: ::std::option::Option<::uuid::Uuid>,
        ///IP address of the customer.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_ip_address: ::std::option::Option<::std::string::String>,
        ///Name of the customer.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_name: ::std::option::Option<::std::string::String>,
        ///Tax ID of the customer.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub customer_tax_id: ::std::option::Option<::std::string::String>,
        ///Discount amount in cents.
        pub discount_amount: i64,
        ///ID of the discount applied to the checkout.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub discount_id: ::std::option::Option<::uuid::Uuid>,
        ///When checkout is embedded, the Origin of the embedding page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub embed_origin: ::std::option::Option<::std::string::String>,
        ///Expiration date and time of the checkout session.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///ID of the customer in your system.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_customer_id: ::std::option::Option<::std::string::String>,
        ///The ID of the object.
        pub id: ::uuid::Uuid,
        ///Whether the customer is a business.
        pub is_business_customer: bool,
        ///Whether the discount is applicable to the checkout.
        pub is_discount_applicable: bool,
        ///Whether the product price is free, regardless of discounts.
        pub is_free_product_price: bool,
        ///Whether the checkout requires a payment form.
        pub is_payment_form_required: bool,
        ///Whether the checkout requires payment.
        pub is_payment_required: bool,
        ///Whether the checkout requires setting up a payment method.
        pub is_payment_setup_required: bool,
        ///Last modification timestamp of the object.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub modified_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Amount in cents, after discounts but before taxes.
        pub net_amount: i64,
        ///ID of the organization owning the checkout session.
        pub organization_id: ::uuid::Uuid,
        pub payment_processor: PaymentProcessor,
        ///ID of the product to checkout.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub product_id: ::std::option::Option<::uuid::Uuid>,
        ///ID of the product price to checkout.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub product_price_id: ::std::option::Option<::uuid::Uuid>,
        ///Whether the customer must enter a full billing address.
        pub require_billing_address: bool,
        pub status: CheckoutStatus,
        ///ID of the subscription being upgraded, if any.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub subscription_id: ::std::option::Option<::uuid::Uuid>,
        ///URL where the customer will be redirected after a successful payment.
        pub success_url: ::std::string::String,
        ///Sales tax amount in cents; null while it cannot be computed yet.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub tax_amount: ::std::option::Option<i64>,
        ///Amount in cents, after discounts and taxes.
        pub total_amount: i64,
        ///URL where the customer can access the checkout session.
        pub url: ::std::string::String,
    }
    impl Checkout {
        pub fn builder() -> builder::Checkout {
            Default::default()
        }
    }
    ///A sorting criterion; a leading `-` sorts in descending order.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CheckoutSortProperty {
        #[serde(rename = "created_at")]
        CreatedXat,
        #[serde(rename = "-created_at")]
        XcreatedXat,
        #[serde(rename = "expires_at")]
        ExpiresXat,
        #[serde(rename = "-expires_at")]
        XexpiresXat,
        #[serde(rename = "status")]
        Status,
        #[serde(rename = "-status")]
        Xstatus,
    }
    impl ::std::fmt::Display for CheckoutSortProperty {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CreatedXat => f.write_str("created_at"),
                Self::XcreatedXat => f.write_str("-created_at"),
                Self::ExpiresXat => f.write_str("expires_at"),
                Self::XexpiresXat => f.write_str("-expires_at"),
                Self::Status => f.write_str("status"),
                Self::Xstatus => f.write_str("-status"),
            }
        }
    }
    impl ::std::str::FromStr for CheckoutSortProperty {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "created_at" => Ok(Self::CreatedXat),
                "-created_at" => Ok(Self::XcreatedXat),
                "expires_at" => Ok(Self::ExpiresXat),
                "-expires_at" => Ok(Self::XexpiresXat),
                "status" => Ok(Self::Status),
                "-status" => Ok(Self::Xstatus),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutSortProperty {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutSortProperty {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Status of the checkout session.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CheckoutStatus {
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "expired")]
        Expired,
        #[serde(rename = "confirmed")]
        Confirmed,
        #[serde(rename = "succeeded")]
        Succeeded,
        #[serde(rename = "failed")]
        Failed,
    }
    impl ::std::fmt::Display for CheckoutStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("open"),
                Self::Expired => f.write_str("expired"),
                Self::Confirmed => f.write_str("confirmed"),
                Self::Succeeded => f.write_str("succeeded"),
                Self::Failed => f.write_str("failed"),
            }
        }
    }
    impl ::std::str::FromStr for CheckoutStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "open" => Ok(Self::Open),
                "expired" => Ok(Self::Expired),
                "confirmed" => Ok(Self::Confirmed),
                "succeeded" => Ok(Self::Succeeded),
                "failed" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckoutStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One status, or several (sent as repeated query keys).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CheckoutStatusFilter {
        CheckoutStatus(CheckoutStatus),
        Array(::std::vec::Vec<CheckoutStatus>),
    }
    impl ::std::convert::From<CheckoutStatus> for CheckoutStatusFilter {
        fn from(value: CheckoutStatus) -> Self {
            Self::CheckoutStatus(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<CheckoutStatus>> for CheckoutStatusFilter {
        fn from(value: ::std::vec::Vec<CheckoutStatus>) -> Self {
            Self::Array(value)
        }
    }
    ///The request did not validate.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct HttpValidationError {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub detail: ::std::vec::Vec<ValidationError>,
    }
    impl HttpValidationError {
        pub fn builder() -> builder::HttpValidationError {
            Default::default()
        }
    }
    ///A page of checkout sessions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListResourceCheckout {
        pub items: ::std::vec::Vec<Checkout>,
        pub pagination: Pagination,
    }
    impl ListResourceCheckout {
        pub fn builder() -> builder::ListResourceCheckout {
            Default::default()
        }
    }
    ///Where a page sits in the whole result set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Pagination {
        ///Number of the last page.
        pub max_page: u64,
        ///Number of items across all pages.
        pub total_count: u64,
    }
    impl Pagination {
        pub fn builder() -> builder::Pagination {
            Default::default()
        }
    }
    ///Payment processor used.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum PaymentProcessor {
        #[serde(rename = "stripe")]
        Stripe,
    }
    impl ::std::fmt::Display for PaymentProcessor {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Stripe => f.write_str("stripe"),
            }
        }
    }
    impl ::std::str::FromStr for PaymentProcessor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "stripe" => Ok(Self::Stripe),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PaymentProcessor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PaymentProcessor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The resource does not exist or is not visible with these credentials.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ResourceNotFound {
        pub detail: ::std::string::String,
        pub error: ResourceNotFoundError,
    }
    impl ResourceNotFound {
        pub fn builder() -> builder::ResourceNotFound {
            Default::default()
        }
    }
    ///`ResourceNotFoundError`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ResourceNotFoundError {
        ResourceNotFound,
    }
    impl ::std::fmt::Display for ResourceNotFoundError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResourceNotFound => f.write_str("ResourceNotFound"),
            }
        }
    }
    impl ::std::str::FromStr for ResourceNotFoundError {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ResourceNotFound" => Ok(Self::ResourceNotFound),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResourceNotFoundError {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResourceNotFoundError {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One value, or several (sent as repeated query keys).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum StringFilter {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for StringFilter {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///One ID, or several (sent as repeated query keys).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ValidationError {
        ///Where the failure is, as path segments (names or indexes).
        pub loc: ::std::vec::Vec<ValidationErrorLocItem>,
        pub msg: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl ValidationError {
        pub fn builder() -> builder::ValidationError {
            Default::default()
        }
    }
    ///`ValidationErrorLocItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ValidationErrorLocItem {
        String(::std::string::String),
        Integer(i64),
    }
    impl ::std::fmt::Display for ValidationErrorLocItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Integer(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ValidationErrorLocItem {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
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
        pub struct Checkout {
            allow_discount_codes: ::std::result::Result<bool, ::std::string::String>,
            amount: ::std::result::Result<i64, ::std::string::String>,
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
            customer_billing_address: ::std::result::Result<
                ::std::option::Option<super::Address>,
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
            modified_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            net_amount: ::std::result::Result<i64, ::std::string::String>,
            organization_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            payment_processor: ::std::result::Result<
                super::PaymentProcessor,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            product_price_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            require_billing_address: ::std::result::Result<bool, ::std::string::String>,
            status: ::std::result::Result<super::CheckoutStatus, ::std::string::String>,
            subscription_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
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
            total_amount: ::std::result::Result<i64, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Checkout {
            fn default() -> Self {
                Self {
                    allow_discount_codes: Err(
                        "no value supplied for allow_discount_codes".to_string(),
                    ),
                    amount: Err("no value supplied for amount".to_string()),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    customer_billing_address: Err(
                        "no value supplied for customer_billing_address".to_string(),
                    ),
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
                    discount_amount: Err(
                        "no value supplied for discount_amount".to_string(),
                    ),
                    discount_id: Err("no value supplied for discount_id".to_string()),
                    embed_origin: Err("no value supplied for embed_origin".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    external_customer_id: Ok(Default::default()),
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
                    modified_at: Err("no value supplied for modified_at".to_string()),
                    net_amount: Err("no value supplied for net_amount".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    payment_processor: Err(
                        "no value supplied for payment_processor".to_string(),
                    ),
                    product_id: Err("no value supplied for product_id".to_string()),
                    product_price_id: Err(
                        "no value supplied for product_price_id".to_string(),
                    ),
                    require_billing_address: Err(
                        "no value supplied for require_billing_address".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    subscription_id: Err(
                        "no value supplied for subscription_id".to_string(),
                    ),
                    success_url: Err("no value supplied for success_url".to_string()),
                    tax_amount: Err("no value supplied for tax_amount".to_string()),
                    total_amount: Err("no value supplied for total_amount".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Checkout {
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
            pub fn payment_processor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PaymentProcessor>,
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutStatus>,
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
                    allow_discount_codes: value.allow_discount_codes?,
                    amount: value.amount?,
                    client_secret: value.client_secret?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_billing_address: value.customer_billing_address?,
                    customer_billing_name: value.customer_billing_name?,
                    customer_email: value.customer_email?,
                    customer_id: value.customer_id?,
                    customer_ip_address: value.customer_ip_address?,
                    customer_name: value.customer_name?,
                    customer_tax_id: value.customer_tax_id?,
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
                    modified_at: value.modified_at?,
                    net_amount: value.net_amount?,
                    organization_id: value.organization_id?,
                    payment_processor: value.payment_processor?,
                    product_id: value.product_id?,
                    product_price_id: value.product_price_id?,
                    require_billing_address: value.require_billing_address?,
                    status: value.status?,
                    subscription_id: value.subscription_id?,
                    success_url: value.success_url?,
                    tax_amount: value.tax_amount?,
                    total_amount: value.total_amount?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Checkout> for Checkout {
            fn from(value: super::Checkout) -> Self {
                Self {
                    allow_discount_codes: Ok(value.allow_discount_codes),
                    amount: Ok(value.amount),
                    client_secret: Ok(value.client_secret),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_billing_address: Ok(value.customer_billing_address),
                    customer_billing_name: Ok(value.customer_billing_name),
                    customer_email: Ok(value.customer_email),
                    customer_id: Ok(value.customer_id),
                    customer_ip_address: Ok(value.customer_ip_address),
                    customer_name: Ok(value.customer_name),
                    customer_tax_id: Ok(value.customer_tax_id),
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
                    modified_at: Ok(value.modified_at),
                    net_amount: Ok(value.net_amount),
                    organization_id: Ok(value.organization_id),
                    payment_processor: Ok(value.payment_processor),
                    product_id: Ok(value.product_id),
                    product_price_id: Ok(value.product_price_id),
                    require_billing_address: Ok(value.require_billing_address),
                    status: Ok(value.status),
                    subscription_id: Ok(value.subscription_id),
                    success_url: Ok(value.success_url),
                    tax_amount: Ok(value.tax_amount),
                    total_amount: Ok(value.total_amount),
                    url: Ok(value.url),
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
        pub struct Pagination {
            max_page: ::std::result::Result<u64, ::std::string::String>,
            total_count: ::std::result::Result<u64, ::std::string::String>,
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
                T: ::std::convert::TryInto<u64>,
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
                T: ::std::convert::TryInto<u64>,
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
        pub struct ResourceNotFound {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            error: ::std::result::Result<
                super::ResourceNotFoundError,
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
                T: ::std::convert::TryInto<super::ResourceNotFoundError>,
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
        pub struct ValidationError {
            loc: ::std::result::Result<
                ::std::vec::Vec<super::ValidationErrorLocItem>,
                ::std::string::String,
            >,
            msg: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ValidationError {
            fn default() -> Self {
                Self {
                    loc: Err("no value supplied for loc".to_string()),
                    msg: Err("no value supplied for msg".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ValidationError {
            pub fn loc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ValidationErrorLocItem>,
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
                    loc: value.loc?,
                    msg: value.msg?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ValidationError> for ValidationError {
            fn from(value: super::ValidationError) -> Self {
                Self {
                    loc: Ok(value.loc),
                    msg: Ok(value.msg),
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
}
#[derive(Clone, Debug)]
/**Client for Polar checkout sessions

Checkout sessions of the Polar API (polar.sh): create a checkout for products, let the customer update and confirm it, and read it back. Written by hand from Polar's API reference; see spec/README.md for sources and deliberate deviations.

Version: 2025-11-01*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "2025-11-01"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
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
    }
    impl<'a> CheckoutsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
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
                    "conversion to `:: std :: vec :: Vec < CheckoutSortProperty >` for sorting failed"
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
        ///Sends a `GET` request to `/v1/checkouts/`
        pub async fn send(
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
            } = self;
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
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
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
    }
    impl<'a> CheckoutsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
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
        ///Sends a `GET` request to `/v1/checkouts/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Checkout>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/checkouts/{}", client.baseurl, encode_path(& id.to_string()),
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
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
