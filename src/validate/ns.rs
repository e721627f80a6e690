//! Namespaces: the table of known namespace URIs and their conventional prefixes.
//!
//! Elements of a known namespace are named `prefix_local` internally and `prefix:local` in
//! reports, whatever prefix the document binds (`<DC:date>` is `dc:date`). Lookups are
//! forgiving the way feed readers are: a URI matches a table entry when both agree after
//! dropping trailing non-word characters (`/`, `#`) and ignoring ASCII case. Checks of the
//! declarations themselves (a reserved prefix bound elsewhere, a non-standard prefix) use
//! exact URIs.

/// Atom 1.0.
pub const ATOM: &str = "http://www.w3.org/2005/Atom";
/// Atom 0.3 (obsolete).
pub const ATOM03: &str = "http://purl.org/atom/ns#";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RSS 1.0.
pub const RSS1: &str = "http://purl.org/rss/1.0/";
/// RSS 0.90.
pub const RSS090: &str = "http://my.netscape.com/rdf/simple/0.9/";
/// RSS 1.1.
pub const RSS11: &str = "http://purl.org/net/rss1.1#";
/// XHTML.
pub const XHTML: &str = "http://www.w3.org/1999/xhtml";
/// SVG.
pub const SVG: &str = "http://www.w3.org/2000/svg";
/// MathML.
pub const MATHML: &str = "http://www.w3.org/1998/Math/MathML";
/// The XML namespace (`xml:` prefix).
pub const XML: &str = "http://www.w3.org/XML/1998/namespace";
/// Media RSS without its trailing slash: a common error.
pub const MEDIA_NO_SLASH: &str = "http://search.yahoo.com/mrss";

/// Known namespaces, in table order (the first URI of a prefix is its preferred one).
pub const TABLE: &[(&str, &str)] = &[
    ("http://www.bloglines.com/about/specs/fac-1.0", "access"),
    ("http://webns.net/mvcb/", "admin"),
    ("http://purl.org/rss/1.0/modules/aggregation/", "ag"),
    ("http://purl.org/rss/1.0/modules/annotate/", "annotate"),
    ("http://www.w3.org/2007/app", "app"),
    ("http://media.tangent.org/rss/1.0/", "audio"),
    (
        "http://backend.userland.com/blogChannelModule",
        "blogChannel",
    ),
    ("http://web.resource.org/cc/", "cc"),
    ("http://www.microsoft.com/schemas/rss/core/2005", "cf"),
    (
        "http://backend.userland.com/creativeCommonsRssModule",
        "creativeCommons",
    ),
    ("http://purl.org/rss/1.0/modules/company", "company"),
    ("http://purl.org/rss/1.0/modules/content/", "content"),
    (
        "http://conversationsnetwork.org/rssNamespace-1.0/",
        "conversationsNetwork",
    ),
    ("http://my.theinfo.org/changed/1.0/rss/", "cp"),
    ("http://purl.org/dc/elements/1.1/", "dc"),
    ("http://purl.org/dc/terms/", "dcterms"),
    ("http://purl.org/rss/1.0/modules/email/", "email"),
    ("http://purl.org/rss/1.0/modules/event/", "ev"),
    ("http://purl.org/syndication/history/1.0", "fh"),
    ("http://www.w3.org/2003/01/geo/wgs84_pos#", "geo"),
    ("http://geourl.org/rss/module/", "geourl"),
    ("http://www.georss.org/georss", "georss"),
    ("http://www.opengis.net/gml", "gml"),
    ("http://postneo.com/icbm", "icbm"),
    ("http://purl.org/rss/1.0/modules/image/", "image"),
    ("urn:atom-extension:indexing", "indexing"),
    ("http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"),
    ("http://rssnamespace.org/feedburner/ext/1.0", "feedburner"),
    ("http://xmlns.com/foaf/0.1/", "foaf"),
    ("http://purl.org/rss/1.0/modules/link/", "l"),
    ("http://search.yahoo.com/mrss/", "media"),
    ("http://www.w3.org/1998/Math/MathML", "mathml"),
    ("http://a9.com/-/spec/opensearchrss/1.0/", "opensearch10"),
    ("http://a9.com/-/spec/opensearch/1.1/", "opensearch"),
    ("http://www.opml.org/spec2", "opml"),
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"),
    ("http://www.w3.org/2000/01/rdf-schema#", "rdfs"),
    ("http://purl.org/rss/1.0/modules/reference/", "ref"),
    ("http://purl.org/rss/1.0/modules/richequiv/", "reqv"),
    ("http://purl.org/rss/1.0/modules/rss091#", "rss091"),
    ("http://purl.org/rss/1.0/modules/search/", "search"),
    ("http://purl.org/rss/1.0/modules/slash/", "slash"),
    ("http://purl.org/rss/1.0/modules/servicestatus/", "ss"),
    ("http://hacks.benhammersley.com/rss/streaming/", "str"),
    ("http://purl.org/rss/1.0/modules/subscription/", "sub"),
    ("http://feedsync.org/2007/feedsync", "sx"),
    ("http://www.w3.org/2000/svg", "svg"),
    ("http://purl.org/rss/1.0/modules/syndication/", "sy"),
    ("http://purl.org/rss/1.0/modules/taxonomy/", "taxo"),
    ("http://purl.org/rss/1.0/modules/threading/", "thr"),
    ("http://purl.org/syndication/thread/1.0", "thr"),
    (
        "http://madskills.com/public/xml/rss/module/trackback/",
        "trackback",
    ),
    ("http://wellformedweb.org/CommentAPI/", "wfw"),
    ("http://purl.org/rss/1.0/modules/wiki/", "wiki"),
    ("http://www.usemod.com/cgi-bin/mb.pl?ModWiki", "wiki"),
    ("http://schemas.xmlsoap.org/soap/envelope/", "soap"),
    ("http://www.w3.org/2005/Atom", "atom"),
    ("http://www.w3.org/1999/xhtml", "xhtml"),
    ("http://my.netscape.com/rdf/simple/0.9/", "rss090"),
    ("http://purl.org/rss/1.0/", "rss1"),
    ("http://purl.org/net/rss1.1#", "rss11"),
    ("http://base.google.com/ns/1.0", "g"),
    ("http://www.w3.org/XML/1998/namespace", "xml"),
    ("http://openid.net/xmlns/1.0", "openid"),
    ("http://earth.google.com/kml/2.0", "kml20"),
    ("http://earth.google.com/kml/2.1", "kml21"),
    ("http://www.opengis.net/kml/2.2", "kml22"),
    ("http://www.w3.org/1999/xlink", "xlink"),
    ("xri://$xrd*($v*2.0)", "xrd"),
    ("xri://$xrds", "xrds"),
];

/// Namespaces known but not supported: their elements are not checked, and a declaration is
/// reported (`UnsupportedNamespace`) with the name and specification of the vocabulary.
pub const UNSUPPORTED: &[(&str, &str, &str)] = &[
    (
        "http://schemas.google.com/g/2005",
        "Google Data",
        "https://developers.google.com/gdata/docs/1.0/elements",
    ),
    (
        "http://www.rawvoice.com/rawvoiceRssModule/",
        "RawVoice",
        "http://www.rawvoice.com/services/tools-and-resources/rawvoice-rss-2-0-module-xmlns-namespace-rss2/",
    ),
    ("https://schema.org/", "Schema.org", "https://schema.org/"),
    ("http://schema.org/", "Schema.org", "https://schema.org/"),
    (
        "https://podcastindex.org/namespace/1.0",
        "Podcasting 2.0",
        "https://podcastindex.org/",
    ),
    (
        "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
        "Podcasting 2.0",
        "https://github.com/Podcastindex-org/podcast-namespace/",
    ),
];

/// The forgiving form of a URI: up to its last word character, lowercased.
fn near(uri: &str) -> String {
    let end = uri
        .char_indices()
        .filter(|(_, c)| c.is_alphanumeric() || *c == '_')
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    uri[..end].to_lowercase()
}

/// The conventional prefix of a namespace, matching forgivingly.
pub fn prefix_for(uri: &str) -> Option<&'static str> {
    if let Some((_, p)) = TABLE.iter().find(|(u, _)| *u == uri) {
        return Some(p);
    }
    let n = near(uri);
    if n.is_empty() {
        return None;
    }
    TABLE.iter().find(|(u, _)| near(u) == n).map(|(_, p)| *p)
}

/// The conventional prefix of a namespace, exact URIs only.
pub fn exact_prefix(uri: &str) -> Option<&'static str> {
    TABLE.iter().find(|(u, _)| *u == uri).map(|(_, p)| *p)
}

/// The preferred (first) URI of a conventional prefix.
pub fn preferred_uri(prefix: &str) -> Option<&'static str> {
    TABLE.iter().find(|(_, p)| *p == prefix).map(|(u, _)| *u)
}

/// True when `prefix` is the conventional prefix of some known namespace.
pub fn is_known_prefix(prefix: &str) -> bool {
    TABLE.iter().any(|(_, p)| *p == prefix)
}

/// The unsupported-vocabulary entry of a URI.
pub fn unsupported(uri: &str) -> Option<(&'static str, &'static str)> {
    UNSUPPORTED
        .iter()
        .find(|(u, _, _)| *u == uri)
        .map(|(_, n, s)| (*n, *s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgiving_lookup() {
        assert_eq!(prefix_for("http://purl.org/dc/elements/1.1/"), Some("dc"));
        assert_eq!(prefix_for("http://purl.org/dc/elements/1.1"), Some("dc"));
        assert_eq!(prefix_for("HTTP://PURL.ORG/DC/ELEMENTS/1.1/"), Some("dc"));
        assert_eq!(prefix_for("http://search.yahoo.com/mrss"), Some("media"));
        assert_eq!(exact_prefix("http://search.yahoo.com/mrss"), None);
        assert_eq!(prefix_for("http://example.com/ns"), None);
        assert_eq!(
            preferred_uri("thr"),
            Some("http://purl.org/rss/1.0/modules/threading/")
        );
    }
}
