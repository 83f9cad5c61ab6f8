//! The W3C trace context the transport writes joins OpenTelemetry: its `traceparent`
//! header is extracted by OpenTelemetry's `TraceContextPropagator`, and a handler's span,
//! parented on the delivery's context, lands in the publisher's trace (checked on the
//! spans an OpenTelemetry SDK tracer exported, through `tracing-opentelemetry`).

use std::collections::HashMap;
use std::time::Duration;

use factum::envelope::TraceParent;
use factum::{Event, Inbox};
use factum_transport::backend::GroupSpec;
use factum_transport::{Bus, Embedded, Outcome};
use opentelemetry::propagation::TextMapPropagator as _;
use opentelemetry::trace::{TraceContextExt as _, TracerProvider as _};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider};
use tracing_opentelemetry::OpenTelemetrySpanExt as _;
use tracing_subscriber::layer::SubscriberExt as _;

#[derive(Debug, Event, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[event(key = order_id)]
struct OrderPlaced {
    order_id: String,
}

#[derive(Debug, Inbox)]
enum Billing {
    Placed(OrderPlaced),
}

/// The `traceparent` of the OpenTelemetry context of `span`, as the propagator writes it.
fn inject(span: &tracing::Span) -> TraceParent {
    let mut carrier = HashMap::new();
    TraceContextPropagator::new().inject_context(&span.context(), &mut carrier);
    TraceParent::parse(carrier["traceparent"].clone()).expect("the propagator writes W3C")
}

fn extract(headers: impl IntoIterator<Item = (String, String)>) -> opentelemetry::Context {
    let carrier: HashMap<String, String> = headers.into_iter().collect();
    TraceContextPropagator::new().extract(&carrier)
}

#[test]
fn the_transports_trace_context_joins_opentelemetry() {
    let exporter = InMemorySpanExporter::default();
    let provider = SdkTracerProvider::builder()
        .with_simple_exporter(exporter.clone())
        .build();
    let subscriber = tracing_subscriber::registry()
        .with(tracing_opentelemetry::layer().with_tracer(provider.tracer("factum-test")));
    let _guard = tracing::subscriber::set_default(subscriber);
    // One thread: the subscriber above is this thread's, and every task runs here.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();

    let (publisher_trace, handle_span) = runtime.block_on(async {
        let bus = Bus::new(
            Embedded::in_memory().unwrap(),
            factum::Producer::new("/shop").unwrap(),
        );
        // The publisher works inside an OpenTelemetry span and hands its context to the
        // envelope.
        let checkout = tracing::info_span!("checkout");
        let origin = inject(&checkout);
        let publisher_trace = checkout.context().span().span_context().trace_id();
        let envelope = bus
            .producer()
            .envelope(OrderPlaced {
                order_id: "o-1".into(),
            })
            .with_trace(origin.clone(), None);
        bus.publish_envelope(envelope).await.unwrap();
        drop(checkout);

        // What travelled: the hop's `traceparent` header, in the publisher's trace, on a
        // span of its own (the publish), sampled.
        let mut raw = bus
            .backend()
            .subscribe(GroupSpec {
                group: "raw".into(),
                filters: vec![factum_transport::subject::every(
                    factum::MessageKind::Event,
                    "OrderPlaced",
                )],
                ack_wait: Duration::from_secs(30),
            })
            .await
            .unwrap();
        let incoming = raw.next().await.unwrap();
        let extracted = extract(incoming.headers.to_vec());
        let remote = extracted.span().span_context().clone();
        assert!(remote.is_valid() && remote.is_remote() && remote.is_sampled());
        assert_eq!(remote.trace_id(), publisher_trace);
        assert_ne!(remote.span_id().to_string(), origin.as_str()[36..52]);

        // The handler parents its own span on the delivery's context.
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let billing = bus
            .subscribe::<Billing>("billing")
            .start(move |delivery| {
                let context = *delivery.span_context();
                let parent = extract([("traceparent".to_owned(), context.to_traceparent())]);
                let charge = tracing::info_span!("charge");
                let _ = charge.set_parent(parent);
                charge.in_scope(|| {
                    let Billing::Placed(order) = delivery.message();
                    tracing::info!(order = %order.order_id, "charged");
                });
                drop(charge);
                tx.send(context).unwrap();
                std::future::ready(Outcome::Done)
            })
            .await
            .unwrap();
        let handle_span = rx.recv().await.unwrap();
        billing.stop().await;
        (publisher_trace, handle_span)
    });

    provider.force_flush().unwrap();
    let spans = exporter.get_finished_spans().unwrap();
    let named = |name: &str| {
        spans
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no `{name}` span among {spans:?}"))
    };
    let checkout = named("checkout");
    let charge = named("charge");
    assert_eq!(checkout.span_context.trace_id(), publisher_trace);
    // The handler's span is in the publisher's trace, a child of the handling hop.
    assert_eq!(charge.span_context.trace_id(), publisher_trace);
    assert_eq!(handle_span.trace_id(), publisher_trace.to_string());
    assert_eq!(charge.parent_span_id.to_string(), handle_span.span_id());
}
