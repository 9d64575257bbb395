//! Auto-pagination: a list operation's pages, and their items, as streams that ask for the
//! next page only when the previous one is used up. How the next page is asked for (a cursor
//! in the body, a page number, the `Link` header) is a `PagePlan` value the generated
//! operation passes; this file names nothing that is generated.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::json::FromJson;
use futures_core::Stream;
use reqwest::header::{HeaderMap, LINK};

use crate::client::{Client, Request};
use crate::error::{error_path, Error};

/// The request for a page, here rather than in `client.rs` so that a crate with no list
/// operation, which has no `pagination.rs`, compiles none of this.
impl Client {
    /// Sends a request for one page of a list and reads its answer whole: the status, the
    /// headers (a `Link` may name the next page) and the body (or a cursor in it).
    pub(crate) async fn send_page(
        &self,
        request: Request,
    ) -> Result<(u16, HeaderMap, bytes::Bytes), Error> {
        let (response, _) = self.send(request).await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = self.read_body(response).await?;
        Ok((status, headers, body))
    }
}

/// How one list operation's answers chain into pages.
#[derive(Debug)]
pub(crate) struct PagePlan {
    /// The answer's property that holds the items; `None` when the answer is the list.
    pub(crate) items: Option<&'static str>,
    pub(crate) next: NextPage,
}

/// How the next page is asked for; a `Link: <..>; rel="next"` header is followed first.
#[allow(dead_code)]
#[derive(Debug)]
pub(crate) enum NextPage {
    /// A cursor read from the answer, sent as the query parameter `param`; a `has_more`
    /// property that is not `true` ends the list.
    Cursor {
        param: &'static str,
        from: CursorSource,
        has_more: Option<&'static str>,
    },
    /// Page numbers in the query parameter `param`, from the one asked for (else 1), until
    /// a page is empty or a `Link` header has no next.
    Number { param: &'static str },
    /// Only the `Link` header says where the next page is.
    Link,
}

/// Where a page's cursor is read.
#[allow(dead_code)]
#[derive(Debug)]
pub(crate) enum CursorSource {
    /// A property of the answer (`last_id`, `next_page`).
    Property(&'static str),
    /// A property of the page's last item (`id`).
    LastItem(&'static str),
}

/// The pages of a list operation, not yet asked for: [`Paginator::items`] streams the items
/// across pages, [`Paginator::pages`] the pages as the API answers them. Each page is asked
/// for when the one before is used up; an error ends the stream with one `Err` item.
///
/// ```text
/// let mut items = client.list_things_paginator(&params).max_items(50).items();
/// while let Some(item) = items.next().await {
///     println!("{:?}", item?);
/// }
/// ```
pub struct Paginator<P, T> {
    client: Client,
    first: Result<Request, Error>,
    plan: &'static PagePlan,
    items_of: fn(P) -> Vec<T>,
    max_items: Option<usize>,
}

impl<P, T> fmt::Debug for Paginator<P, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("plan", &self.plan)
            .field("max_items", &self.max_items)
            .finish_non_exhaustive()
    }
}

impl<P: FromJson, T> Paginator<P, T> {
    /// The pages of the call `first` (or its error, which the streams yield).
    #[allow(dead_code)]
    pub(crate) fn new(
        client: Client,
        first: Result<Request, Error>,
        plan: &'static PagePlan,
        items_of: fn(P) -> Vec<T>,
    ) -> Self {
        Paginator {
            client,
            first,
            plan,
            items_of,
            max_items: None,
        }
    }

    /// Stops after `max` items: no page is asked for once they are in hand (the page
    /// stream's last page may hold more).
    pub fn max_items(mut self, max: usize) -> Self {
        self.max_items = Some(max);
        self
    }

    /// The pages, as the API answers them.
    pub fn pages(self) -> Pages<P> {
        let (next, failed) = match self.first {
            Ok(request) => (Some(request), None),
            Err(error) => (None, Some(error)),
        };
        Pages {
            client: self.client,
            plan: self.plan,
            next,
            failed,
            pending: None,
            max_items: self.max_items,
            seen: 0,
            page: PhantomData,
        }
    }

    /// The items of every page, in order.
    pub fn items(self) -> Items<P, T> {
        let items_of = self.items_of;
        let left = self.max_items;
        Items {
            pages: self.pages(),
            items_of,
            buffer: Vec::new().into_iter(),
            left,
        }
    }
}

/// What one request for a page gives: the status, the headers, the body.
type Fetched = Result<(u16, HeaderMap, bytes::Bytes), Error>;

/// A request for a page, in flight.
type Fetch = Pin<Box<dyn Future<Output = Fetched> + Send>>;

/// A stream of a list operation's pages (see [`Paginator`]).
pub struct Pages<P> {
    client: Client,
    plan: &'static PagePlan,
    /// The request for the next page, if there is one.
    next: Option<Request>,
    /// An error to yield before ending (a request that could not be built, a bad link).
    failed: Option<Error>,
    /// The request in flight, and the request it is.
    pending: Option<(Fetch, Request)>,
    max_items: Option<usize>,
    /// Items in the pages yielded so far.
    seen: usize,
    page: PhantomData<fn() -> P>,
}

impl<P> fmt::Debug for Pages<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("plan", &self.plan)
            .field("seen", &self.seen)
            .field("max_items", &self.max_items)
            .finish_non_exhaustive()
    }
}

impl<P: FromJson> Pages<P> {
    /// The next page, or `None` at the end (`StreamExt::next` without the dependency).
    pub async fn next(&mut self) -> Option<Result<P, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Decodes a page and works out the request for the one after it.
    fn page(
        &mut self,
        sent: &Request,
        (status, headers, body): (u16, HeaderMap, bytes::Bytes),
    ) -> Result<P, Error> {
        let decode_error = |source| Error::Decode {
            status,
            path: error_path(&body, &source),
            body: String::from_utf8_lossy(&body).into_owned(),
            source,
        };
        let page: P = crate::response::from_json(&body).map_err(decode_error)?;
        let value: serde_json::Value = crate::response::from_json(&body).map_err(decode_error)?;
        let items = items_in(self.plan, &value);
        self.seen += items.map_or(0, Vec::len);
        let next = next_request(self.plan, sent, &value, &headers, self.client.base_url());
        match next {
            Ok(next) => self.next = next,
            Err(error) => self.failed = Some(error),
        }
        Ok(page)
    }
}

impl<P: FromJson> Stream for Pages<P> {
    type Item = Result<P, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.pending.is_none() {
            if let Some(error) = this.failed.take() {
                this.next = None;
                return Poll::Ready(Some(Err(error)));
            }
            let enough = this.max_items.is_some_and(|max| this.seen >= max);
            let Some(request) = this.next.take().filter(|_| !enough) else {
                return Poll::Ready(None);
            };
            let client = this.client.clone();
            let sent = request.clone();
            let fetch = async move { client.send_page(request).await };
            this.pending = Some((Box::pin(fetch), sent));
        }
        let Some((fetch, _)) = this.pending.as_mut() else {
            return Poll::Ready(None);
        };
        let fetched = match fetch.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(fetched) => fetched,
        };
        let Some((_, sent)) = this.pending.take() else {
            return Poll::Ready(None);
        };
        let page = fetched.and_then(|answer| this.page(&sent, answer));
        if page.is_err() {
            this.next = None;
            this.failed = None;
        }
        Poll::Ready(Some(page))
    }
}

/// A stream of the items of a list operation's pages (see [`Paginator`]).
pub struct Items<P, T> {
    pages: Pages<P>,
    items_of: fn(P) -> Vec<T>,
    /// The rest of the current page.
    buffer: std::vec::IntoIter<T>,
    /// Items still to yield, when capped.
    left: Option<usize>,
}

// Nothing in it is pinned: the request in flight is boxed.
impl<P, T> Unpin for Items<P, T> {}

impl<P, T> fmt::Debug for Items<P, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .field("left", &self.left)
            .finish()
    }
}

impl<P: FromJson, T> Items<P, T> {
    /// The next item, or `None` at the end (`StreamExt::next` without the dependency).
    pub async fn next(&mut self) -> Option<Result<T, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<P: FromJson, T> Stream for Items<P, T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.left == Some(0) {
                return Poll::Ready(None);
            }
            if let Some(item) = this.buffer.next() {
                this.left = this.left.map(|left| left.saturating_sub(1));
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(Some(Ok(page))) => this.buffer = (this.items_of)(page).into_iter(),
            }
        }
    }
}

/// The items of a page, as JSON.
fn items_in<'v>(
    plan: &PagePlan,
    page: &'v serde_json::Value,
) -> Option<&'v Vec<serde_json::Value>> {
    match plan.items {
        Some(property) => page.get(property)?.as_array(),
        None => page.as_array(),
    }
}

/// The request for the page after `page` (the answer to `sent`), if there is one.
pub(crate) fn next_request(
    plan: &PagePlan,
    sent: &Request,
    page: &serde_json::Value,
    headers: &HeaderMap,
    base_url: &str,
) -> Result<Option<Request>, Error> {
    if let Some(link) = next_link(headers) {
        let (path, query) = link_target(&link, base_url)?;
        return Ok(Some(sent.clone().with_target(path, query)));
    }
    let count = items_in(plan, page).map_or(0, Vec::len);
    Ok(match &plan.next {
        NextPage::Link => None,
        // A server that pages by links said this is the last page.
        NextPage::Number { .. } if headers.contains_key(LINK) || count == 0 => None,
        NextPage::Number { param } => {
            let current = sent.query_value(param).and_then(|n| n.parse::<u64>().ok());
            let next = current.unwrap_or(1).saturating_add(1);
            Some(sent.clone().with_query(param, next.to_string()))
        }
        NextPage::Cursor {
            param,
            from,
            has_more,
        } => {
            // `as_bool`, not `== Some(&Value::Bool(true))`: comparing `Value`s would compile
            // their whole equality (maps and arrays) into every generated crate.
            let more = has_more.is_none_or(|flag| {
                page.get(flag).and_then(serde_json::Value::as_bool) == Some(true)
            });
            let cursor = match from {
                CursorSource::Property(property) => page.get(property),
                CursorSource::LastItem(property) => items_in(plan, page)
                    .and_then(|items| items.last())
                    .and_then(|item| item.get(property)),
            };
            let cursor = cursor.and_then(cursor_text).filter(|c| !c.is_empty());
            match cursor {
                // The same cursor again would ask for the same page forever.
                Some(cursor) if more && sent.query_value(param) != Some(cursor.as_str()) => {
                    Some(sent.clone().with_query(param, cursor))
                }
                _ => None,
            }
        }
    })
}

/// A cursor's text: a string as it is, a number in decimal.
fn cursor_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// The target of `Link: <..>; rel="next"`, among all `Link` headers and their links.
pub(crate) fn next_link(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| {
            let mut rest = value;
            while let Some(start) = rest.find('<') {
                let end = start + rest[start..].find('>')?;
                let target = &rest[start + 1..end];
                let params_end = rest[end..].find('<').map_or(rest.len(), |n| end + n);
                let is_next = rest[end + 1..params_end].split(';').any(|param| {
                    let Some((name, value)) = param.split_once('=') else {
                        return false;
                    };
                    name.trim().eq_ignore_ascii_case("rel")
                        && value
                            .trim()
                            .trim_end_matches(',')
                            .trim()
                            .trim_matches('"')
                            .split_ascii_whitespace()
                            .any(|rel| rel.eq_ignore_ascii_case("next"))
                });
                if is_next {
                    return Some(target.to_owned());
                }
                rest = &rest[params_end..];
            }
            None
        })
}

/// The path (after the base URL's) and query pairs of a link, which must lie under the base
/// URL: the API key is never sent elsewhere.
pub(crate) fn link_target(
    link: &str,
    base_url: &str,
) -> Result<(String, Vec<(String, String)>), Error> {
    let refused = || {
        Error::Config(format!(
            "the next page's link `{link}` is not under the base URL `{base_url}`"
        ))
    };
    let base = reqwest::Url::parse(base_url).map_err(|_| refused())?;
    let url = base.join(link).map_err(|_| refused())?;
    let normal = base.as_str().to_owned();
    let prefix = normal.trim_end_matches('/');
    let after = url.as_str().strip_prefix(prefix).ok_or_else(refused)?;
    if !(after.is_empty() || after.starts_with('/') || after.starts_with('?')) {
        return Err(refused());
    }
    let path = after
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned();
    let query = url.query_pairs().into_owned().collect();
    Ok((path, query))
}
