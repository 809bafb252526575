//! Operations whose 2xx responses have different bodies (`200` a resource, `202` a job): the
//! generated client receives the body as bytes and decodes it by status into the operation's
//! success enum, so that no status is decoded as another's body.

use futures::StreamExt;
use progenitor_client::{ByteStream, ResponseValue};

use crate::{Error, RawBody, ResponseMeta};

/// Reads the whole body of `value` (within the client's body cap) and decodes it with
/// `decode(status, body)`. A body that does not decode is [`Error::Decode`] with the status,
/// headers, raw body (secrets hidden) and the decoder's message.
pub async fn decode_by_status<T: std::fmt::Debug, E>(
    operation: &'static str,
    value: ResponseValue<ByteStream>,
    decode: fn(u16, &[u8]) -> Result<T, String>,
    secrets: &'static [&'static str],
) -> Result<ResponseValue<T>, Error<E>> {
    let status = value.status();
    let headers = value.headers().clone();
    let mut stream = value.into_inner();
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        body.extend_from_slice(&chunk.map_err(|source| Error::from_transport(operation, source))?);
    }
    match decode(status.as_u16(), &body) {
        Ok(success) => Ok(ResponseValue::new(success, status, headers)),
        Err(message) => {
            let body = RawBody::new(crate::call::scrub_body(body.into()), secrets);
            Err(Error::Decode { operation, meta: ResponseMeta { status, headers }, body, message: crate::call::scrub(&message) })
        }
    }
}

/// Decodes `body` as `T` for [`decode_by_status`], naming the JSON path of a bad value.
pub fn json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, String> {
    crate::decode::member(&String::from_utf8_lossy(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Success {
        Ok(u32),
        Accepted,
    }

    fn decode(status: u16, body: &[u8]) -> Result<Success, String> {
        match status {
            200 => json::<std::collections::BTreeMap<String, u32>>(body).map(|m| Success::Ok(m["n"])),
            202 => Ok(Success::Accepted),
            other => Err(format!("status {other}")),
        }
    }

    fn response(status: u16, chunks: &[&'static [u8]]) -> ResponseValue<ByteStream> {
        let chunks: Vec<reqwest::Result<bytes::Bytes>> = chunks.iter().map(|c| Ok(bytes::Bytes::from_static(c))).collect();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-request-id", "req_1".parse().unwrap());
        ResponseValue::new(
            ByteStream::new(Box::pin(futures::stream::iter(chunks))),
            reqwest::StatusCode::from_u16(status).unwrap(),
            headers,
        )
    }

    #[tokio::test]
    async fn each_status_decodes_as_its_own_body_with_status_and_headers_kept() {
        let ok = decode_by_status::<_, ()>("op", response(200, &[b"{\"n\":", b"7}"]), decode, &[]).await.unwrap();
        assert_eq!((ok.status().as_u16(), ok.headers()["x-request-id"].to_str().unwrap()), (200, "req_1"));
        assert_eq!(ok.into_inner(), Success::Ok(7));
        let accepted = decode_by_status::<_, ()>("op", response(202, &[]), decode, &[]).await.unwrap();
        assert_eq!(accepted.into_inner(), Success::Accepted);
    }

    #[tokio::test]
    async fn a_body_that_does_not_decode_is_a_decode_error_naming_the_path_and_keeping_the_status() {
        let err = decode_by_status::<_, ()>("op", response(200, &[b"{\"n\":\"seven\",\"secret\":\"s3\"}"]), decode, &["secret"])
            .await
            .unwrap_err();
        let Error::Decode { operation, meta, body, message } = &err else { panic!("{err:?}") };
        assert_eq!((*operation, meta.status.as_u16()), ("op", 200));
        assert!(message.starts_with("n: invalid type: string \"seven\""), "{message}");
        assert!(!format!("{body:?}").contains("s3"), "the secret leaked: {body:?}");
    }
}
