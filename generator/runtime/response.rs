//! What an operation returns: a [`Call`], which awaited gives the answer's body and, through
//! [`Call::with_response`], the whole [`Response`]: status, headers, request id and the number
//! of attempts it took ([`ResponseMeta`], which streams carry too).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use reqwest::header::HeaderMap;

use crate::client::{Client, Request};
use crate::error::{error_path, Error};
use crate::json::FromJson;

/// What came with an answer besides its body.
#[derive(Clone, Debug)]
pub struct ResponseMeta {
    status: u16,
    headers: HeaderMap,
    attempts: u32,
}

impl ResponseMeta {
    pub(crate) fn new(status: u16, headers: HeaderMap, attempts: u32) -> Self {
        ResponseMeta {
            status,
            headers,
            attempts,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The answer's headers (rate limits, processing time, the API's own).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// One header's value, if it is present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The id the server gave the request (`x-request-id`, else `request-id`), to quote to
    /// support.
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    /// How many requests the call took: 1, plus one per retry.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

/// The request id a response carries: `x-request-id`, else `request-id`.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<&str> {
    ["x-request-id", "request-id"]
        .iter()
        .find_map(|name| headers.get(*name))
        .and_then(|value| value.to_str().ok())
}

/// A successful answer: its decoded body and its [`ResponseMeta`] (status, headers, request id,
/// attempts). Given by [`Call::with_response`].
#[derive(Clone, Debug)]
pub struct Response<T> {
    meta: ResponseMeta,
    body: T,
}

impl<T> Response<T> {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.meta.status
    }

    /// The answer's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.meta.headers
    }

    /// The id the server gave the request (`x-request-id`, else `request-id`).
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }

    /// How many requests the call took: 1, plus one per retry.
    pub fn attempts(&self) -> u32 {
        self.meta.attempts
    }

    /// Status, headers and attempts together.
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, the rest dropped.
    pub fn into_body(self) -> T {
        self.body
    }

    /// The metadata and the body, apart.
    pub fn into_parts(self) -> (ResponseMeta, T) {
        (self.meta, self.body)
    }
}

/// Turns a successful answer's bytes into the operation's type, given the status (for errors).
type Decode<T> = fn(u16, bytes::Bytes) -> Result<T, Error>;

/// One call of an operation, a `Future`. Awaited, it gives the answer's body; its
/// [`with_response`](Call::with_response) gives the body with the status, headers, request id
/// and number of attempts:
///
/// ```text
/// let thing = client.get_thing("id_1").await?;
/// let response = client.get_thing("id_1").with_response().await?;
/// println!("{:?} after {} attempts", response.request_id(), response.attempts());
/// let thing = response.into_body();
/// ```
///
/// Nothing is sent until it is first polled.
#[must_use = "a call sends nothing until it is awaited"]
pub struct Call<T> {
    state: CallState<T>,
}

enum CallState<T> {
    /// Not polled yet.
    Ready(Box<Unsent<T>>),
    /// Being sent.
    Sending(Pin<Box<dyn Future<Output = Result<T, Error>> + Send>>),
    /// Finished: its output was taken.
    Done,
}

/// A call's parts before it is sent.
struct Unsent<T> {
    client: Client,
    /// The request, or why it could not be made (a body that breaks the spec's limits).
    request: Result<Request, Error>,
    decode: Decode<T>,
}

impl<T> std::fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = match &self.state {
            CallState::Ready(_) => "ready",
            CallState::Sending(_) => "sending",
            CallState::Done => "done",
        };
        f.debug_struct("Call").field("state", &state).finish()
    }
}

impl<T> Call<T> {
    pub(crate) fn new(client: &Client, request: Result<Request, Error>, decode: Decode<T>) -> Self {
        Call {
            state: CallState::Ready(Box::new(Unsent {
                client: client.clone(),
                request,
                decode,
            })),
        }
    }

    /// Sends the call and gives the whole answer: body, status, headers, request id, attempts.
    /// (A call already polled has sent its request, and gives a configuration error.)
    pub async fn with_response(self) -> Result<Response<T>, Error> {
        let CallState::Ready(unsent) = self.state else {
            return Err(Error::Config("the call was already polled".into()));
        };
        let Unsent {
            client,
            request,
            decode,
        } = *unsent;
        let (bytes, meta) = client.send_and_read(request?).await?;
        let body = decode(meta.status, bytes)?;
        Ok(Response { meta, body })
    }
}

impl<T: Send + 'static> Future for Call<T> {
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        if let CallState::Ready(_) = this.state {
            let ready = std::mem::replace(&mut this.state, CallState::Done);
            let call = Call { state: ready };
            this.state = CallState::Sending(Box::pin(async move {
                call.with_response().await.map(Response::into_body)
            }));
        }
        let CallState::Sending(future) = &mut this.state else {
            return Poll::Ready(Err(Error::Config(
                "the call was polled after it finished".into(),
            )));
        };
        let output = std::task::ready!(future.as_mut().poll(cx));
        this.state = CallState::Done;
        Poll::Ready(output)
    }
}

/// A JSON answer decoded as `T`; where it does not decode, the error names the path.
#[allow(dead_code)]
pub(crate) fn decode_json<T: FromJson>(status: u16, body: bytes::Bytes) -> Result<T, Error> {
    from_json(&body).map_err(|source| Error::Decode {
        status,
        path: error_path(&body, &source),
        body: String::from_utf8_lossy(&body).into_owned(),
        source,
    })
}

/// Decodes a JSON body with the crate's own reader ([`crate::json::from_str`]: serde_json
/// where it gives up, and for the error); checking the body is UTF-8 once is also cheaper
/// than checking each string.
pub(crate) fn from_json<T: FromJson>(body: &[u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(body) {
        Ok(text) => crate::json::from_str(text),
        Err(error) => Err(serde::de::Error::custom(format_args!(
            "the body is not UTF-8 (from byte {})",
            error.valid_up_to()
        ))),
    }
}

/// An answer kept as bytes (audio, files).
#[allow(dead_code)]
pub(crate) fn decode_bytes(_: u16, body: bytes::Bytes) -> Result<bytes::Bytes, Error> {
    Ok(body)
}

/// An answer whose body, if any, means nothing.
#[allow(dead_code)]
pub(crate) fn decode_empty(_: u16, _: bytes::Bytes) -> Result<(), Error> {
    Ok(())
}
