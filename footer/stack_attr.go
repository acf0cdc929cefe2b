package footer

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The stack model reads attributes where the parser's decisions depend on
// them: the Noah's Ark clause compares the attributes of formatting
// elements, an input of type hidden in a table is not foster parented, a
// font with color, face or size leaves SVG and MathML, and a MathML
// annotation-xml of HTML encoding is an integration point. It reads them
// from the raw tag as golang.org/x/net/html's tokenizer does (token.go,
// readTag, readTagAttrKey, readTagAttrVal; HTML §13.2.5.32–§13.2.5.39),
// names lower-cased and the first of two of one name kept, and decodes
// values as TagAttr does only where two raw values differ.

// attrSpan is an attribute of a tag: views of the page.
type attrSpan struct{ key, val []byte }

// tagAttrs appends to buf the attributes of a start tag (its raw text,
// from "<" to ">"), as the tokenizer reads them, sorted by name (lower
// case), without the later attributes of a name already read.
func tagAttrs(tag []byte, buf []attrSpan) []attrSpan {
	i := 1
	for i < len(tag) {
		if c := tag[i]; isTagSpace(c) {
			i++
			break
		} else if c == '/' || c == '>' {
			break
		}
		i++
	}
	skip := func() {
		for i < len(tag) && isTagSpace(tag[i]) {
			i++
		}
	}
	n0 := len(buf)
	skip()
	for i < len(tag) && tag[i] != '>' {
		ks := i
		for i < len(tag) {
			c := tag[i]
			if c == '=' && i == ks {
				// An "=" that starts a name is part of it.
				i++
				continue
			}
			if c == '=' || isTagSpace(c) || c == '/' || c == '>' {
				break
			}
			i++
		}
		a := attrSpan{key: tag[ks:i]}
		skip()
		if i < len(tag) {
			switch tag[i] {
			case '/':
				i++
			case '=':
				i++
				skip()
				if i < len(tag) {
					switch q := tag[i]; q {
					case '>':
					case '"', '\'':
						vs := i + 1
						if j := bytes.IndexByte(tag[vs:], q); j >= 0 {
							a.val, i = tag[vs:vs+j], vs+j+1
						} else {
							a.val, i = tag[vs:], len(tag)
						}
					default:
						vs := i
						for i++; i < len(tag) && !isTagSpace(tag[i]) && tag[i] != '>'; i++ {
						}
						a.val = tag[vs:i]
					}
				}
			}
		}
		if len(a.key) > 0 {
			buf = append(buf, a)
		}
		skip()
	}
	// Sorted by name, stably, the first of each name is the tokenizer's.
	attrs := buf[n0:]
	slices.SortStableFunc(attrs, func(x, y attrSpan) int { return compareFolded(x.key, y.key) })
	out := attrs[:0]
	for k, a := range attrs {
		if k == 0 || compareFolded(a.key, attrs[k-1].key) != 0 {
			out = append(out, a)
		}
	}
	return buf[:n0+len(out)]
}

// compareFolded compares two names with ASCII letters lower-cased.
func compareFolded(x, y []byte) int {
	for i := 0; i < len(x) && i < len(y); i++ {
		if c, d := lowerASCII(x[i]), lowerASCII(y[i]); c != d {
			return int(c) - int(d)
		}
	}
	return len(x) - len(y)
}

// attrValue returns the value of attribute name (lower case) among attrs,
// decoded, and whether there is one.
func attrValue(attrs []attrSpan, name string) (string, bool) {
	for _, a := range attrs {
		if compareFolded(a.key, []byte(name)) == 0 {
			return decodeAttrValue(a.val), true
		}
	}
	return "", false
}

// sameAttributes reports whether two start tags have the same attributes,
// as the Noah's Ark clause compares them: the same names with the same
// values, in any order. buf is scratch space, returned for reuse.
func sameAttributes(s, t []byte, buf []attrSpan) (bool, []attrSpan) {
	if sameRaw(s, t) {
		return true, buf
	}
	if same, decided, buf := compareAttrs(s, t, buf); decided {
		return same, buf
	}
	ks, buf, kb := attrKey(s, buf, nil)
	kt, buf, _ := attrKey(t, buf, kb)
	return ks == kt, buf
}

// compareAttrs compares the attributes of two start tags without decoding
// values: decided is false when two values differ as written but hold
// references or carriage returns. buf is scratch space, returned for
// reuse.
func compareAttrs(s, t []byte, buf []attrSpan) (same, decided bool, _ []attrSpan) {
	buf = tagAttrs(s, buf[:0])
	n := len(buf)
	buf = tagAttrs(t, buf)
	x, y := buf[:n], buf[n:]
	if len(x) != len(y) {
		return false, true, buf
	}
	for i := range x {
		if compareFolded(x[i].key, y[i].key) != 0 {
			return false, true, buf
		}
	}
	for i := range x {
		if bytes.Equal(x[i].val, y[i].val) {
			continue
		}
		if bytes.ContainsAny(x[i].val, "&\r") || bytes.ContainsAny(y[i].val, "&\r") {
			return false, false, buf
		}
		return false, true, buf
	}
	return true, true, buf
}

// sameRaw reports whether two start tags have their attributes written
// the same.
func sameRaw(s, t []byte) bool {
	return bytes.Equal(s[1+len(tagNameAt(s[1:])):], t[1+len(tagNameAt(t[1:])):])
}

// attrKey returns a key of the attributes of a start tag, equal for two
// tags exactly when the parser's Noah's Ark clause finds their attributes
// equal: the names in lower case, sorted, each with its decoded value.
// buf and kb are scratch space, returned for reuse.
func attrKey(tag []byte, buf []attrSpan, kb []byte) (string, []attrSpan, []byte) {
	buf = tagAttrs(tag, buf[:0])
	kb = kb[:0]
	for _, a := range buf {
		for _, c := range a.key {
			kb = append(kb, lowerASCII(c))
		}
		kb = append(kb, 0)
		kb = appendAttrValue(kb, a.val)
		kb = append(kb, 0)
	}
	return string(kb), buf, kb
}

// decodeAttrValue is appendAttrValue to a new string.
func decodeAttrValue(v []byte) string { return string(appendAttrValue(nil, v)) }

// appendAttrValue appends to dst a raw attribute value decoded as the
// tokenizer's TagAttr does: CR LF and CR read as LF, and character
// references decoded the way of attribute values (HTML
// §13.2.5.72–§13.2.5.80): a named reference without its semicolon stays as
// it is before "=", and is decoded only when it is a whole name.
func appendAttrValue(dst, v []byte) []byte {
	for i := 0; i < len(v); {
		switch c := v[i]; c {
		case '\r':
			dst = append(dst, '\n')
			i++
			if i < len(v) && v[i] == '\n' {
				i++
			}
		case '&':
			var n int
			dst, n = appendReference(dst, v[i:])
			i += n
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst
}

// commonReferences are the named references appendReference decodes
// without asking html.UnescapeString; all may be written without their
// semicolon.
var commonReferences = [...]struct{ name, text string }{
	{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"nbsp", "\u00a0"},
}

// appendReference decodes the character reference at the start of s (which
// starts with "&") as in an attribute value, appends its text to dst and
// returns the length read: 1 when the "&" stands for itself.
func appendReference(dst, s []byte) ([]byte, int) {
	if len(s) > 1 && s[1] == '#' {
		// Numeric references read the same in text and attributes.
		j, base := 2, 10
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j, base = 3, 16
		}
		d, x := j, 0
		for ; j < len(s); j++ {
			v := hexDigit(s[j])
			if v < 0 || v >= base {
				break
			}
			if x <= 0x10FFFF {
				x = x*base + v
			}
		}
		if j == d {
			return append(dst, '&'), 1
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		switch {
		case 0x80 <= x && x <= 0x9F:
			// Windows-1252 in place of C1 controls: the parser's table.
			return append(dst, html.UnescapeString(string(s[:j]))...), j
		case x == 0 || 0xD800 <= x && x <= 0xDFFF || x > 0x10FFFF:
			x = utf8.RuneError
		}
		return utf8.AppendRune(dst, rune(x)), j
	}
	j := 1
	for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z' || '0' <= s[j] && s[j] <= '9') {
		j++
	}
	name := s[1:j]
	semicolon := j < len(s) && s[j] == ';'
	if len(name) == 0 || !semicolon && j < len(s) && s[j] == '=' {
		return append(dst, '&'), 1
	}
	for _, r := range commonReferences {
		if string(name) == r.name {
			if semicolon {
				j++
			}
			return append(dst, r.text...), j
		}
	}
	if semicolon {
		// Decoded when "name;" is a reference: html.UnescapeString
		// decodes it whole then, and otherwise leaves it, or decodes a
		// prefix (the way of text), keeping the semicolon at the end.
		r := html.UnescapeString(string(s[:j+1]))
		if !strings.HasSuffix(r, ";") || string(name) == "semi" {
			return append(dst, r...), j + 1
		}
		return append(dst, '&'), 1
	}
	// Without its semicolon a name is decoded only when it is whole: the
	// names so written stand for no letter or digit, while the decoding
	// of a prefix keeps the rest of the name.
	r := html.UnescapeString(string(s[:j]))
	for k := 0; k < len(r); k++ {
		if c := r[k]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return append(dst, '&'), 1
		}
	}
	return append(dst, r...), j
}

// hiddenInput reports whether an input start tag has type=hidden (any
// case).
func hiddenInput(tag []byte, buf []attrSpan) (bool, []attrSpan) {
	buf = tagAttrs(tag, buf[:0])
	v, ok := attrValue(buf, "type")
	return ok && strings.EqualFold(v, "hidden"), buf
}

// fontOut reports whether a font start tag leaves foreign content: it has a
// color, face or size attribute.
func fontOut(tag []byte, buf []attrSpan) (bool, []attrSpan) {
	buf = tagAttrs(tag, buf[:0])
	for _, name := range []string{"color", "face", "size"} {
		if _, ok := attrValue(buf, name); ok {
			return true, buf
		}
	}
	return false, buf
}

// htmlEncoding reports whether a MathML annotation-xml start tag has the
// encoding text/html or application/xhtml+xml (any case), which makes it an
// HTML integration point.
func htmlEncoding(tag []byte, buf []attrSpan) (bool, []attrSpan) {
	buf = tagAttrs(tag, buf[:0])
	v, ok := attrValue(buf, "encoding")
	return ok && (strings.EqualFold(v, "text/html") || strings.EqualFold(v, "application/xhtml+xml")), buf
}

// quirksOf tells whether a doctype token puts the document in quirks mode,
// by asking the parser: in quirks mode, and only there, a table start tag
// does not close an open paragraph (HTML §13.2.6.4.7).
func quirksOf(doctype []byte) bool {
	doc, err := html.Parse(bytes.NewReader(append(doctype[:len(doctype):len(doctype)], "<p><table>"...)))
	if err != nil {
		return true
	}
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.Data == "table" {
			return n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := find(c); t != nil {
				return t
			}
		}
		return nil
	}
	t := find(doc)
	return t != nil && t.Parent != nil && t.Parent.Data == "p"
}
