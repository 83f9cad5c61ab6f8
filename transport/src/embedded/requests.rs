//! Requests and replies of the embedded transport, within the process: one handler per
//! query subject, reached through a channel.

use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use super::Inner;
use crate::Error;
use crate::backend::{BoxFuture, Headers, Reply, Request, Requests};

pub(super) async fn request(
    inner: &Inner,
    subject: String,
    headers: Headers,
    body: Vec<u8>,
    timeout: Duration,
) -> Result<(Headers, Vec<u8>), Error> {
    let handler = inner
        .answering
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&subject)
        .cloned();
    let Some(handler) = handler else {
        return Err(Error::NoResponder { subject });
    };
    let (tx, rx) = oneshot::channel();
    let request = Request {
        headers,
        body,
        reply: Box::new(ChannelReply(tx)),
    };
    if handler.send(request).await.is_err() {
        return Err(Error::NoResponder { subject });
    }
    match tokio::time::timeout(timeout, rx).await {
        Ok(Ok(answer)) => Ok(answer),
        Ok(Err(_)) => Err(Error::NoResponder { subject }),
        Err(_) => Err(Error::Timeout { subject }),
    }
}

pub(super) fn serve(
    inner: &Inner,
    subject: String,
    group: String,
) -> Result<Box<dyn Requests>, Error> {
    let mut answering = inner
        .answering
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if answering.get(&subject).is_some_and(|tx| !tx.is_closed()) {
        return Err(Error::GroupInUse { group });
    }
    let (tx, rx) = mpsc::channel(64);
    answering.insert(subject, tx);
    Ok(Box::new(ChannelRequests(rx)))
}

struct ChannelReply(oneshot::Sender<(Headers, Vec<u8>)>);

impl Reply for ChannelReply {
    fn send(
        self: Box<Self>,
        headers: Headers,
        body: Vec<u8>,
    ) -> BoxFuture<'static, Result<(), Error>> {
        // The asker may have given up; that is not the handler's error.
        let _ = self.0.send((headers, body));
        Box::pin(async { Ok(()) })
    }
}

struct ChannelRequests(mpsc::Receiver<Request>);

impl Requests for ChannelRequests {
    fn next(&mut self) -> BoxFuture<'_, Option<Request>> {
        Box::pin(self.0.recv())
    }
}
