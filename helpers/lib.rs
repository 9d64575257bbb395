//! Conveniences that need to know what the Assistants events mean, which a generator cannot
//! read from a spec: written by hand, on top of the generated crate.

use std::collections::BTreeMap;

use openai_thread_runs::types::{
    AssistantStreamEvent, MessageDeltaObject, MessageDeltaObjectDeltaContentItem, MessageObject,
    MessageObjectContentItem, RunObject,
};

/// Folds a run's stream events into what a user shows: each message's text as it grows,
/// and the run as it last stood.
///
/// ```
/// # use openai_thread_runs_helpers::RunAccumulator;
/// # fn show(events: Vec<openai_thread_runs::types::AssistantStreamEvent>) {
/// let mut run = RunAccumulator::default();
/// for event in &events {
///     run.apply(event);
/// }
/// for (id, text) in run.messages() {
///     println!("{id}: {text}");
/// }
/// # }
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunAccumulator {
    /// Message id → its text parts by content index.
    messages: BTreeMap<String, BTreeMap<i64, String>>,
    /// The order in which messages first appeared.
    order: Vec<String>,
    run: Option<RunObject>,
    finished: bool,
}

impl RunAccumulator {
    /// Takes one event into account. Events that say nothing about text or the run are
    /// ignored.
    pub fn apply(&mut self, event: &AssistantStreamEvent) {
        use AssistantStreamEvent as E;
        match event {
            E::ThreadMessageDelta(delta) => self.apply_delta(&delta.data),
            E::ThreadMessageCreated(m) => self.apply_message(&m.data),
            E::ThreadMessageCompleted(m) => self.apply_message(&m.data),
            E::ThreadMessageIncomplete(m) => self.apply_message(&m.data),
            E::ThreadRunCreated(r) => self.apply_run(&r.data, false),
            E::ThreadRunQueued(r) => self.apply_run(&r.data, false),
            E::ThreadRunInProgress(r) => self.apply_run(&r.data, false),
            E::ThreadRunCancelling(r) => self.apply_run(&r.data, false),
            E::ThreadRunRequiresAction(r) => self.apply_run(&r.data, true),
            E::ThreadRunCompleted(r) => self.apply_run(&r.data, true),
            E::ThreadRunIncomplete(r) => self.apply_run(&r.data, true),
            E::ThreadRunFailed(r) => self.apply_run(&r.data, true),
            E::ThreadRunCancelled(r) => self.apply_run(&r.data, true),
            E::ThreadRunExpired(r) => self.apply_run(&r.data, true),
            _ => {}
        }
    }

    /// The text of one message so far.
    pub fn text(&self, message_id: &str) -> Option<String> {
        self.messages
            .get(message_id)
            .map(|parts| parts.values().map(String::as_str).collect())
    }

    /// Every message's text so far, in the order the messages appeared.
    pub fn messages(&self) -> impl Iterator<Item = (&str, String)> + '_ {
        self.order
            .iter()
            .filter_map(|id| self.text(id).map(|text| (id.as_str(), text)))
    }

    /// The run as the last run event described it.
    pub fn run(&self) -> Option<&RunObject> {
        self.run.as_ref()
    }

    /// The run, once an event said it ended (completed, failed, cancelled, expired,
    /// incomplete) or waits on the caller (requires_action).
    pub fn final_run(&self) -> Option<&RunObject> {
        self.finished.then_some(self.run.as_ref()).flatten()
    }

    fn parts(&mut self, message_id: &str) -> &mut BTreeMap<i64, String> {
        if !self.messages.contains_key(message_id) {
            self.order.push(message_id.to_owned());
        }
        self.messages.entry(message_id.to_owned()).or_default()
    }

    fn apply_delta(&mut self, delta: &MessageDeltaObject) {
        let parts = self.parts(&delta.id);
        for item in delta.delta.content.iter().flatten() {
            if let MessageDeltaObjectDeltaContentItem::Text(text) = item {
                if let Some(value) = text.text.as_ref().and_then(|t| t.value.as_deref()) {
                    parts.entry(text.index).or_default().push_str(value);
                }
            }
        }
    }

    /// A whole message replaces what the deltas built (it is the server's final word).
    fn apply_message(&mut self, message: &MessageObject) {
        let texts: BTreeMap<i64, String> = message
            .content
            .iter()
            .enumerate()
            .filter_map(|(index, item)| match item {
                MessageObjectContentItem::Text(text) => {
                    Some((index as i64, text.text.value.clone()))
                }
                _ => None,
            })
            .collect();
        let parts = self.parts(&message.id);
        if !texts.is_empty() || parts.is_empty() {
            *parts = texts;
        }
    }

    fn apply_run(&mut self, run: &RunObject, finished: bool) {
        self.run = Some(run.clone());
        self.finished = finished;
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn event(name: &str, data: serde_json::Value) -> AssistantStreamEvent {
        serde_json::from_value(json!({"event": name, "data": data})).expect("event decodes")
    }

    fn delta(id: &str, index: i64, value: &str) -> AssistantStreamEvent {
        event(
            "thread.message.delta",
            json!({"id": id, "object": "thread.message.delta",
                   "delta": {"content": [{"index": index, "type": "text", "text": {"value": value}}]}}),
        )
    }

    fn run(status: &str) -> serde_json::Value {
        json!({
            "id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "t", "assistant_id": "a",
            "status": status, "required_action": null, "last_error": null, "expires_at": null,
            "started_at": null, "cancelled_at": null, "failed_at": null, "completed_at": null,
            "incomplete_details": null, "model": "gpt-4o", "instructions": null, "tools": [],
            "metadata": {}, "usage": null, "tool_choice": "auto", "response_format": "auto"
        })
    }

    #[test]
    fn deltas_grow_the_text_and_the_run_ends() {
        let mut acc = RunAccumulator::default();
        acc.apply(&event("thread.run.created", run("queued")));
        assert!(acc.final_run().is_none());
        acc.apply(&delta("msg_1", 0, "Hello"));
        acc.apply(&delta("msg_1", 0, ", world"));
        acc.apply(&delta("msg_2", 0, "Second"));
        assert_eq!(acc.text("msg_1").as_deref(), Some("Hello, world"));
        assert_eq!(
            acc.messages().collect::<Vec<_>>(),
            [
                ("msg_1", "Hello, world".to_owned()),
                ("msg_2", "Second".to_owned())
            ]
        );
        acc.apply(&event("thread.run.completed", run("completed")));
        assert_eq!(
            acc.final_run().map(|r| r.status.as_str()),
            Some("completed")
        );
    }

    #[test]
    fn a_completed_message_is_the_final_text() {
        let mut acc = RunAccumulator::default();
        acc.apply(&delta("msg_1", 0, "Hel"));
        acc.apply(&event(
            "thread.message.completed",
            json!({"id": "msg_1", "object": "thread.message", "created_at": 1, "thread_id": "t",
                   "role": "assistant", "content": [{"type": "text", "text": {"value": "Hello", "annotations": []}}],
                   "assistant_id": null, "run_id": null, "metadata": {}}),
        ));
        assert_eq!(acc.text("msg_1").as_deref(), Some("Hello"));
    }
}
