//! Arrays: items position by position (`prefixItems` and the tail after them), length
//! bounds, `uniqueItems`.

use serde_json::{Map, Value};

use super::super::{Finding, Rule};
use super::bounds::{End, bound};
use super::values::{child, count, finding, tail};
use super::{Checker, Side};

impl Checker<'_> {
    #[allow(clippy::too_many_lines)]
    pub(super) fn array(
        &mut self,
        wm: &Map<String, Value>,
        wp: &str,
        rm: &Map<String, Value>,
        rp: &str,
    ) -> Vec<Finding> {
        let mut out = vec![];
        let tuple = |m: &Map<String, Value>,
                     writer: bool|
         -> (Vec<Value>, Value, &'static str, &'static str) {
            let (tail, tail_key) = tail(m, writer);
            if let Some(Value::Array(items)) = m.get("items") {
                (items.clone(), tail, "items", tail_key)
            } else {
                let prefix = m
                    .get("prefixItems")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                (prefix, tail, "prefixItems", tail_key)
            }
        };
        let (wpre, wtail, wpk, wtk) = tuple(wm, true);
        let (rpre, rtail, rpk, rtk) = tuple(rm, false);
        let wmax = count(wm, "maxItems");
        let n = wpre.len().max(rpre.len());
        let mut writer_done = false;
        for i in 0..n {
            if wmax.is_some_and(|m| u64::try_from(i).unwrap_or(u64::MAX) >= m) {
                writer_done = true;
                break;
            }
            let (ws, wsp) = match wpre.get(i) {
                Some(s) => (s, format!("{wp}/{wpk}/{i}")),
                None => (&wtail, child(wp, wtk)),
            };
            let wn = self.view(Side::Writer, ws, &wsp);
            if wn.v == Value::Bool(false) {
                writer_done = true;
                break;
            }
            let (rs, rsp) = match rpre.get(i) {
                Some(s) => (s, format!("{rp}/{rpk}/{i}")),
                None => (&rtail, child(rp, rtk)),
            };
            let rn = self.view(Side::Reader, rs, &rsp);
            if rn.v == Value::Bool(false) {
                out.push(finding(
                    Rule::ItemNotAllowed,
                    &wn.ptr,
                    &rn.ptr,
                    format!(
                        "the writer may write an item at index {i}, the reader allows none there"
                    ),
                ));
                writer_done = true;
                break;
            }
            out.extend(self.sub_nodes(&wn, &rn));
        }
        let beyond = wmax.is_none_or(|m| m > u64::try_from(n).unwrap_or(u64::MAX));
        if !writer_done && beyond {
            let wn = self.view(Side::Writer, &wtail, &child(wp, wtk));
            let rn = self.view(Side::Reader, &rtail, &child(rp, rtk));
            if wn.v != Value::Bool(false) && rn.v == Value::Bool(false) {
                out.push(finding(
                    Rule::ItemNotAllowed,
                    &wn.ptr,
                    &rn.ptr,
                    format!("the writer may write more than {n} items, the reader allows no more"),
                ));
            } else {
                out.extend(self.sub_nodes(&wn, &rn));
            }
        }
        out.extend(bound(
            wm,
            wp,
            rm,
            rp,
            (End::Min, "minItems"),
            Rule::MinItemsAdded,
            Rule::MinItemsIncreased,
        ));
        // A closed tuple bounds the writer's length as `maxItems` does.
        let tail_closed = self.view(Side::Writer, &wtail, wp).v == Value::Bool(false);
        let closed_len = tail_closed.then(|| u64::try_from(wpre.len()).unwrap_or(u64::MAX));
        let mut wbounded = wm.clone();
        if let Some(len) = [wmax, closed_len].into_iter().flatten().min() {
            wbounded.insert("maxItems".to_owned(), Value::from(len));
        }
        out.extend(bound(
            &wbounded,
            wp,
            rm,
            rp,
            (End::Max, "maxItems"),
            Rule::MaxItemsAdded,
            Rule::MaxItemsDecreased,
        ));
        if rm.get("uniqueItems") == Some(&Value::Bool(true))
            && wm.get("uniqueItems") != Some(&Value::Bool(true))
        {
            out.push(finding(
                Rule::UniqueItemsAdded,
                wp,
                &child(rp, "uniqueItems"),
                "the reader requires unique items, the writer may repeat items".to_owned(),
            ));
        }
        out
    }
}
