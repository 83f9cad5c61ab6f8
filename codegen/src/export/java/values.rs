//! How the Java emitter reads and writes a value of each contract type: the expressions
//! (`Json.integer(node, path, lo, hi)`, `Json.list(node, path, (j0, p0) -> ...)`, ...)
//! a record's `read` and `fields` are made of.

use super::super::model::Type;
use super::syntax::{Expr, call, cast, lambda, method, t as tx};
use super::{Emitter, int_ty};

impl Emitter<'_> {
    /// An expression reading node `j` at path `p` as `t`.
    pub(super) fn read(&self, t: &Type, j: Expr, p: Expr, d: usize) -> Expr {
        let (jj, pp) = (format!("j{d}"), format!("p{d}"));
        let json = |m: &'static str, args: Vec<Expr>| call("Json", m, args);
        let nested = |m: &'static str, i: &Type| {
            let params = format!("({jj}, {pp})");
            let inner = self.read(i, tx(jj.clone()), tx(pp.clone()), d + 1);
            call("Json", m, vec![j.clone(), p.clone(), lambda(params, inner)])
        };
        match self.resolve(t) {
            Type::Bool => json("bool", vec![j, p]),
            Type::Int(k) => {
                let (lo, hi) = k.range();
                let bounds = |lo: String, hi: String| {
                    json("integer", vec![j.clone(), p.clone(), tx(lo), tx(hi)])
                };
                match int_ty(*k) {
                    "int" => cast("int", bounds(format!("{lo}L"), format!("{hi}L"))),
                    "long" => bounds(format!("{lo}L"), format!("{hi}L")),
                    _ => bounds("BigInteger.ZERO".into(), "Json.U64_MAX".into()),
                }
            }
            Type::Float => json("number", vec![j, p]),
            Type::String => json("string", vec![j, p]),
            Type::DateTime => json("dateTime", vec![j, p]),
            Type::Uuid => json("uuid", vec![j, p]),
            Type::Any => json("notNull", vec![j, p]),
            Type::Array(i) => nested("list", i),
            Type::Map(i) => nested("map", i),
            Type::Named(n) => call(n.clone(), "read", vec![j, p]),
            Type::Nullable(i) => nested("nullable", i),
        }
    }

    /// An expression writing value `v` of type `t` as a node.
    pub(super) fn write(&self, t: &Type, v: Expr, d: usize) -> Expr {
        let x = format!("x{d}");
        let nested = |m: &'static str, i: &Type| {
            let inner = self.write(i, tx(x.clone()), d + 1);
            call("Json", m, vec![v.clone(), lambda(x.clone(), inner)])
        };
        match self.resolve(t) {
            Type::Bool => call("Json.F", "booleanNode", vec![v]),
            Type::String => call("Json.F", "textNode", vec![v]),
            Type::Int(_) | Type::Float => call("Json.F", "numberNode", vec![v]),
            Type::DateTime => call("Json", "dateTime", vec![v]),
            Type::Uuid => call("Json.F", "textNode", vec![method(v, "toString", vec![])]),
            Type::Any => v,
            Type::Array(i) => nested("list", i),
            Type::Map(i) => nested("map", i),
            Type::Named(_) => method(v, "toJson", vec![]),
            Type::Nullable(i) => nested("nullable", i),
        }
    }
}
