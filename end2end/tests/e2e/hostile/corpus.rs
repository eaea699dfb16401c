//! The XSS corpus: templates of the usual attack shapes (script tags,
//! event handlers, attribute breakouts, URL schemes with tab, newline
//! and entity tricks, SVG and MathML, mXSS, unicode, CSS, polyglots),
//! each run through the contexts a value may be written in. `M` is the
//! marker call the page counts (`__xss(n)`); every element a payload
//! carries has `data-xss`, so an injected one is found even if it cannot
//! run.

const TEMPLATES: &[&str] = &[
    "<script data-xss>M</script>",
    "<img data-xss src=x onerror=M>",
    "<svg data-xss onload=M>",
    "<svg data-xss><script>M</script></svg>",
    "<body data-xss onload=M>",
    "<iframe data-xss srcdoc=\"<script>parent.M</script>\"></iframe>",
    "<iframe data-xss src=\"javascript:parent.M\"></iframe>",
    "<details data-xss open ontoggle=M>",
    "<input data-xss autofocus onfocus=M>",
    "<video data-xss><source onerror=M></video>",
    "<object data-xss data=\"javascript:M\"></object>",
    "<embed data-xss src=\"javascript:M\">",
    "<form data-xss action=\"javascript:M\"><button>x</button></form>",
    "<a data-xss href=\"javascript:M\">x</a>",
    "<base data-xss href=\"javascript:M//\">",
    "<meta data-xss http-equiv=refresh content=\"0;url=javascript:M\">",
    "<math data-xss><mtext><table><mglyph><style><img src=x onerror=M>",
    "<noscript><p title=\"</noscript><img data-xss src=x onerror=M>\">",
    "<template><img data-xss src=x onerror=M></template><img data-xss src=x onerror=M>",
    "<style>@import 'javascript:M';</style><b data-xss>",
    "<div data-xss style=\"background:url(javascript:M)\">",
    "<marquee data-xss onstart=M>",
    "<select data-xss autofocus onfocus=M>",
    "<textarea data-xss autofocus onfocus=M>",
    "</textarea><script data-xss>M</script>",
    "</title><script data-xss>M</script>",
    "</script><script data-xss>M</script>",
    "<!--><img data-xss src=x onerror=M>-->",
    "<![CDATA[><img data-xss src=x onerror=M>]]>",
    "\" onmouseover=\"M\" data-xss=\"",
    "' onmouseover='M' data-xss='",
    "\" autofocus onfocus=\"M\" data-xss x=\"",
    "javascript:M",
    "JaVaScRiPt:M",
    "java\tscript:M",
    "java\nscript:M",
    "\u{0}javascript:M",
    " \u{1}javascript:M",
    "&#106;avascript:M",
    "&#x6A;avascript&colon;M",
    "javascript&#58;M",
    "data:text/html,<script>M</script>",
    "data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+",
    "vbscript:M",
    "\u{202e}<img data-xss src=x onerror=M>",
    "\u{FF1C}script\u{FF1E}M\u{FF1C}/script\u{FF1E}<b data-xss>",
    "<img data-xss src=x onerror=\u{2028}M>",
    "{{constructor.constructor('M')()}}<b data-xss>",
    "${M}<xss-marker></xss-marker>",
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=M )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg data-xss/oNloAd=M//>\\x3e",
    "\"'><svg data-xss/onload=M>",
];

/// The contexts a value lands in: as it is, after closing a double or
/// single quoted attribute, a tag, a comment, or behind whitespace.
const PREFIXES: &[&str] = &["", "\">", "'>", "-->", "\t\n ", "]]></a>"];

/// Every template in every context, each with its own marker number.
pub fn payloads() -> Vec<String> {
    let mut all = Vec::with_capacity(TEMPLATES.len() * PREFIXES.len());
    for prefix in PREFIXES {
        for template in TEMPLATES {
            let marker = format!("__xss({})", all.len());
            all.push(format!("{prefix}{}", template.replace('M', &marker)));
        }
    }
    all
}

/// How many attack shapes (templates) the corpus has.
pub fn templates() -> usize {
    TEMPLATES.len()
}

/// The template payload `i` of [`payloads`] was made from.
pub fn template_of(i: usize) -> usize {
    i % TEMPLATES.len()
}
