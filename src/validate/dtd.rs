//! The internal DTD subset: general entity declarations only.
//!
//! XML 1.0 §5.1 asks even non-validating processors to read the internal subset, so a
//! document may declare `<!ENTITY nbsp "&#160;">` and use `&nbsp;`. polyfeed reads those
//! declarations and nothing else, under hard limits, because DOCTYPEs are also the classic
//! attack surface of XML:
//!
//! - external entities (`SYSTEM`/`PUBLIC`) are never fetched or opened (XXE-proof); they are
//!   recorded so that the walker can report them (`ContainsSystemEntity`) and expand them to
//!   nothing;
//! - parameter entities (`%name;`) are ignored (an external one is recorded, like an
//!   external general entity);
//! - entity values are flattened once the subset is read (character references and other
//!   entities replaced, in any declaration order), and one whose flattened text would pass
//!   [`ENTITY_LIMIT`] bytes is marked as a bomb ("billion laughs"), one that refers to
//!   itself as recursive: using either is a fatal error, as in expat;
//! - at most [`MAX_ENTITIES`] declarations are kept.

use std::collections::HashMap;

/// Largest flattened entity value, in bytes.
pub const ENTITY_LIMIT: usize = 64 * 1024;
/// Most entity declarations kept from one document.
pub const MAX_ENTITIES: usize = 4096;
/// Most bytes all entity references of a document may expand to, together.
pub const EXPANSION_BUDGET: usize = 16 << 20;

/// What a declared general entity stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entity {
    /// An internal entity's flattened replacement text.
    Text(String),
    /// An external entity (`SYSTEM`/`PUBLIC`): never read.
    External,
    /// An internal entity whose expansion passes [`ENTITY_LIMIT`].
    Bomb,
    /// An internal entity that refers to itself, directly or through others.
    Recursive,
}

/// A declaration as written, before flattening.
enum Raw<'a> {
    Literal(&'a str),
    External,
}

/// The general entities of a DOCTYPE's internal subset.
#[derive(Debug, Default, Clone)]
pub struct Entities {
    /// By name.
    pub map: HashMap<String, Entity>,
    /// An external parameter entity was declared (never read either).
    external_parameter: bool,
}

impl Entities {
    /// Reads the entity declarations of `doctype` (the text of `<!DOCTYPE ...>` between the
    /// keyword and the final `>`). Declarations outside the `[...]` subset do not exist.
    pub fn parse(doctype: &str) -> Self {
        let mut out = Entities::default();
        let Some(open) = doctype.find('[') else {
            return out;
        };
        let subset = &doctype[open + 1..];
        let mut rest = subset;
        let mut raw: Vec<(&str, Raw<'_>)> = Vec::new();
        while let Some(p) = rest.find("<!") {
            rest = &rest[p..];
            if let Some(decl) = rest.strip_prefix("<!ENTITY") {
                let end = decl_end(decl);
                out.declare(&decl[..end], &mut raw);
                rest = &decl[end.min(decl.len())..];
            } else if let Some(c) = rest.strip_prefix("<!--") {
                rest = c.find("-->").map_or("", |e| &c[e + 3..]);
            } else {
                let end = decl_end(&rest[2..]);
                rest = &rest[(2 + end).min(rest.len())..];
            }
        }
        let literals: HashMap<&str, &str> = raw
            .iter()
            .filter_map(|(n, r)| match r {
                Raw::Literal(l) => Some((*n, *l)),
                Raw::External => None,
            })
            .collect();
        for (name, r) in &raw {
            if let Raw::External = r {
                out.map.insert(name.to_string(), Entity::External);
            }
        }
        for (name, r) in &raw {
            if let Raw::Literal(_) = r {
                let mut stack = Vec::new();
                out.resolve(name, &literals, &mut stack);
            }
        }
        out
    }

    /// Flattens entity `name` (and those it refers to), memoised in `map`.
    fn resolve<'a>(
        &mut self,
        name: &'a str,
        literals: &HashMap<&'a str, &'a str>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Entity> {
        if let Some(e) = self.map.get(name) {
            return Some(e.clone());
        }
        let literal = *literals.get(name)?;
        if stack.contains(&name) {
            return Some(Entity::Recursive);
        }
        stack.push(name);
        let e = self.flatten(literal, literals, stack);
        stack.pop();
        self.map.insert(name.to_string(), e.clone());
        Some(e)
    }

    /// True when some external entity was declared.
    pub fn has_external(&self) -> bool {
        self.external_parameter || self.map.values().any(|e| *e == Entity::External)
    }

    /// One declaration: `decl` is what follows `<!ENTITY`, up to (not including) its `>`.
    fn declare<'a>(&mut self, decl: &'a str, raw: &mut Vec<(&'a str, Raw<'a>)>) {
        let decl = decl.trim_start();
        if let Some(p) = decl.strip_prefix('%') {
            // A parameter entity: ignored, but an external one is worth a report.
            let p = p.trim_start();
            let after_name = p.find(char::is_whitespace).map_or("", |i| &p[i..]);
            if !after_name.trim_start().starts_with(['"', '\'']) {
                self.external_parameter = true;
            }
            return;
        }
        if raw.len() >= MAX_ENTITIES {
            return; // too many
        }
        let name_end = decl
            .find(|c: char| c.is_whitespace() || c == '"' || c == '\'')
            .unwrap_or(decl.len());
        let (name, rest) = decl.split_at(name_end);
        if name.is_empty() || raw.iter().any(|(n, _)| *n == name) {
            return; // XML 1.0 §4.2: the first declaration binds
        }
        let rest = rest.trim_start();
        let entity = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = &rest[1..];
                Raw::Literal(body.find(q).map_or(body, |e| &body[..e]))
            }
            _ => Raw::External,
        };
        raw.push((name, entity));
    }

    /// Replaces character references, the predefined entities and other entities.
    fn flatten<'a>(
        &mut self,
        literal: &'a str,
        literals: &HashMap<&'a str, &'a str>,
        stack: &mut Vec<&'a str>,
    ) -> Entity {
        let mut out = String::new();
        let mut rest = literal;
        while let Some(amp) = rest.find('&') {
            out.push_str(&rest[..amp]);
            let after = &rest[amp + 1..];
            let Some(semi) = after.find(';') else {
                out.push_str(&rest[amp..]);
                rest = "";
                break;
            };
            let name = &after[..semi];
            let found = match self.reference(name) {
                Some(e) => Some(e),
                None => self.resolve(name, literals, stack),
            };
            match found {
                Some(Entity::Text(t)) => out.push_str(&t),
                Some(Entity::Bomb) => return Entity::Bomb,
                Some(Entity::Recursive) => return Entity::Recursive,
                Some(Entity::External) | None => {}
            }
            if out.len() > ENTITY_LIMIT {
                return Entity::Bomb;
            }
            rest = &after[semi + 1..];
        }
        out.push_str(rest);
        if out.len() > ENTITY_LIMIT {
            Entity::Bomb
        } else {
            Entity::Text(out)
        }
    }

    /// What `&name;` stands for inside an entity value.
    fn reference(&self, name: &str) -> Option<Entity> {
        if let Some(num) = name.strip_prefix('#') {
            let v = match num.strip_prefix('x') {
                Some(h) => u32::from_str_radix(h, 16).ok(),
                None => num.parse().ok(),
            };
            return v
                .and_then(char::from_u32)
                .map(|c| Entity::Text(c.to_string()));
        }
        let predefined = match name {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "apos" => "'",
            "quot" => "\"",
            _ => return self.map.get(name).cloned(),
        };
        Some(Entity::Text(predefined.to_string()))
    }
}

/// Where a markup declaration ends: the first `>` outside quotes (or the end).
fn decl_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_entities_are_flattened() {
        let e = Entities::parse(
            "rss [\n<!ENTITY nbsp \"&#160;\">\n<!-- <!ENTITY no \"x\"> -->\n<!ENTITY office 'Harbour &amp; Co&nbsp;'>\n<!ENTITY % p \"x\">\n<!ENTITY ext SYSTEM \"file:///etc/passwd\">\n]",
        );
        assert_eq!(e.map["nbsp"], Entity::Text("\u{a0}".into()));
        assert_eq!(e.map["office"], Entity::Text("Harbour & Co\u{a0}".into()));
        assert_eq!(e.map["ext"], Entity::External);
        assert!(!e.map.contains_key("no") && !e.map.contains_key("p") && !e.map.contains_key("%"));
        assert!(e.has_external());
        assert!(Entities::parse("rss PUBLIC \"x\" \"y\"").map.is_empty());
    }

    #[test]
    fn forward_references_recursion_and_external_parameter_entities() {
        let e = Entities::parse("rss [<!ENTITY a \"x&b;\"><!ENTITY b \"y\">]");
        assert_eq!(
            e.map["a"],
            Entity::Text("xy".into()),
            "declared later, still expanded"
        );
        let e =
            Entities::parse("rss [<!ENTITY a \"x&b;\"><!ENTITY b \"y&a;\"><!ENTITY c \"&c;\">]");
        assert_eq!(e.map["a"], Entity::Recursive);
        assert_eq!(e.map["b"], Entity::Recursive);
        assert_eq!(e.map["c"], Entity::Recursive);
        let e = Entities::parse("rss [<!ENTITY % p SYSTEM \"http://example.org/p.dtd\"> %p;]");
        assert!(e.map.is_empty() && e.has_external());
        assert!(!Entities::parse("rss [<!ENTITY % p \"x\">]").has_external());
    }

    #[test]
    fn billion_laughs_is_a_bomb() {
        let mut dtd = String::from("rss [<!ENTITY lol0 \"lollollollol\">");
        for i in 1..=9 {
            dtd.push_str(&format!(
                "<!ENTITY lol{i} \"{}\">",
                format!("&lol{};", i - 1).repeat(10)
            ));
        }
        dtd.push(']');
        let e = Entities::parse(&dtd);
        assert!(matches!(e.map["lol3"], Entity::Text(ref t) if t.len() == 12_000));
        assert_eq!(e.map["lol4"], Entity::Bomb);
        assert_eq!(e.map["lol9"], Entity::Bomb);
    }
}
