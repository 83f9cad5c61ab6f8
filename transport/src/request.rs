//! Queries: a request with a typed response, answered by one handler of the query's
//! group.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use factum::Query;
use factum::envelope::{Binding, DecodeOptions, to_binary};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::oneshot;

use crate::backend::header;
use crate::consumer::{Decoded, Delivery, Exact, Running, ViaInbox};
use crate::trace::{SpanContext, TRACEPARENT};
use crate::{Bus, Error, subject};

/// The header that says whether an answer is a response (`ok`) or the handler's error.
const STATUS: &str = "factum-status";

impl Bus {
    /// Asks `query` and waits for its response, decoded as `R`.
    ///
    /// # Errors
    ///
    /// [`Error::NoResponder`], [`Error::Timeout`], [`Error::Rejected`] (the handler
    /// failed) or [`Error::Response`] (not an `R`).
    pub async fn request<Q: Query + Serialize, R: DeserializeOwned>(
        &self,
        query: Q,
    ) -> Result<R, Error> {
        let envelope = self.producer.envelope(query);
        let subject = subject::query(Q::NAME);
        let (mut headers, body) = to_binary(&envelope, Binding::Nats)?;
        headers.push((TRACEPARENT.to_owned(), SpanContext::root().to_traceparent()));
        let (headers, body) = self
            .backend
            .request(subject.clone(), headers, body, self.request_timeout)
            .await?;
        if header(&headers, STATUS) != Some("ok") {
            return Err(Error::Rejected {
                subject,
                reason: String::from_utf8_lossy(&body).into_owned(),
            });
        }
        serde_json::from_slice(&body).map_err(|err| Error::Response {
            subject,
            message: err.to_string(),
        })
    }

    /// How long [`request`](Self::request) waits for an answer (default 5 s).
    #[must_use]
    pub fn with_request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Answers the query `Q` with `handler`; one handler of the group answers each request.
    ///
    /// # Errors
    ///
    /// When the transport cannot receive requests.
    pub async fn answer<Q, R, F, Fut>(&self, handler: F) -> Result<Running, Error>
    where
        Q: Query + DeserializeOwned + Send + 'static,
        R: Serialize,
        F: Fn(Delivery<Q>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<R, String>> + Send + 'static,
    {
        let group = format!("{}-handler", Q::NAME);
        let mut requests = self
            .backend
            .serve(subject::query(Q::NAME), group.clone())
            .await?;
        let handler = Arc::new(handler);
        let group_name: Arc<str> = Arc::from(group.as_str());
        let (stop, mut stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let options = DecodeOptions::default();
            let decoder = ViaInbox::<Exact<Q>, Q>::new(|exact| exact.0);
            loop {
                let request = tokio::select! {
                    biased;
                    _ = &mut stopped => break,
                    request = requests.next() => match request { Some(r) => r, None => break },
                };
                let (status, body) =
                    match decoder.decode_parts(&request.headers, &request.body, &options) {
                        Decoded::Message(pair) => {
                            let (meta, query) = *pair;
                            let (delivery, _) = Delivery::new(
                                query,
                                meta,
                                1,
                                Arc::clone(&group_name),
                                header(&request.headers, TRACEPARENT),
                            );
                            match handler(delivery).await {
                                Ok(response) => match serde_json::to_vec(&response) {
                                    Ok(body) => ("ok", body),
                                    Err(err) => ("error", err.to_string().into_bytes()),
                                },
                                Err(reason) => ("error", reason.into_bytes()),
                            }
                        }
                        Decoded::NotMine | Decoded::Newer(_) => {
                            ("error", b"not a query this handler reads".to_vec())
                        }
                        Decoded::Broken(reason) => ("error", reason.into_bytes()),
                    };
                let headers = vec![(STATUS.to_owned(), status.to_owned())];
                if let Err(err) = request.reply.send(headers, body).await {
                    tracing::warn!("cannot answer a request: {err}");
                }
            }
        });
        Ok(Running::new(group, stop, task))
    }
}
