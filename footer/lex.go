package footer

import (
	"bytes"
	"io"

	"golang.org/x/net/html"
)

// lexer splits a page into the tokens of golang.org/x/net/html's Tokenizer:
// the same types, the same raw bytes, the same text, through the methods of
// the same names. It reads the page in place, without the tokenizer's
// buffer, its copies of attribute names and its map of them, which cost
// more than the rest of the check. It follows the tokenizer's states one
// by one (token.go: Next, readTag, readTagAttrKey, readTagAttrVal,
// readStartTag, readComment, readMarkupDeclaration, readRawOrRCDATA,
// readScript). Where a token, or the content of a raw-text element, runs
// to the end of the page, and at a <plaintext>, it hands the rest of the
// page, from the start of that token, to the tokenizer itself: at a token
// boundary outside raw text the tokenizer's state is its input alone
// (CDATA sections are off), so the tokens that follow are the tokenizer's
// own.
type lexer struct {
	doc        []byte
	start, end int // the current token is doc[start:end]
	tt         html.TokenType
	rawText    bool // the current text token is the content of a raw-text element
	escaped    bool // … which the tokenizer unescapes (textarea and title)

	// The content of the raw-text element whose start tag is the current
	// token, read when the tag is (-1 for none): doc[end:rawEnd].
	rawEnd     int
	rawEscaped bool

	z   *html.Tokenizer // the tokenizer, once the rest of the page is its
	buf []byte          // the buffer of text

	// cdata reads CDATA sections as text, as the parser has its tokenizer
	// do in foreign content (AllowCDATA).
	cdata bool
	// rawEOF marks the start tag at rawTagStart, the current token, as one
	// whose raw text runs to the end of the page: the tokenizer reads it
	// (unless NextIsNotRawText makes it markup).
	rawEOF      bool
	rawTagStart int
}

// AllowCDATA sets whether a CDATA section is text (true) or a bogus comment,
// as Tokenizer.AllowCDATA does. (Text does not return a CDATA section's
// content: only the stack model allows them, and reads raw bytes.)
func (l *lexer) AllowCDATA(allow bool) {
	l.cdata = allow
	if l.z != nil {
		l.z.AllowCDATA(allow)
	}
}

// NextIsNotRawText makes the content of the element whose start tag is the
// current token markup, as Tokenizer.NextIsNotRawText does.
func (l *lexer) NextIsNotRawText() {
	l.rawEnd, l.rawEOF = -1, false
	if l.z != nil {
		l.z.NextIsNotRawText()
	}
}

// newLexer returns a lexer of doc.
func newLexer(doc []byte) *lexer {
	return &lexer{doc: doc, rawEnd: -1}
}

// newTokenizerLexer returns a lexer of doc that hands the whole page to the
// tokenizer: the reference the tests compare the lexer with.
func newTokenizerLexer(doc []byte) *lexer {
	return &lexer{doc: doc, rawEnd: -1, z: html.NewTokenizer(bytes.NewReader(doc))}
}

// Next reads the next token, as Tokenizer.Next does.
func (l *lexer) Next() html.TokenType {
	l.start = l.end
	if l.rawEOF {
		// The tokenizer reads the start tag again, which puts it in raw
		// text, and then the text.
		l.rawEOF = false
		l.z = html.NewTokenizer(bytes.NewReader(l.doc[l.rawTagStart:]))
		l.z.AllowCDATA(l.cdata)
		l.z.Next()
	}
	if l.z != nil {
		l.tt = l.z.Next()
		l.end += len(l.z.Raw())
		return l.tt
	}
	l.rawText = false
	if l.rawEnd >= 0 {
		end := l.rawEnd
		l.rawEnd = -1
		if end > l.start {
			l.end, l.tt = end, html.TextToken
			l.rawText, l.escaped = true, l.rawEscaped
			return l.tt
		}
	}
	doc, pos := l.doc, l.start
	n := len(doc)
	// Text runs until a "<" that starts a token: one followed by a
	// letter, "/", "!" or "?".
	for i := pos; ; {
		k := bytes.IndexByte(doc[i:], '<')
		if k < 0 || i+k+1 >= n {
			if pos == n {
				l.tt = html.ErrorToken
				return l.tt
			}
			l.end, l.tt, l.escaped = n, html.TextToken, true
			return l.tt
		}
		j := i + k
		if tokenStart[doc[j+1]] {
			if j > pos {
				l.end, l.tt, l.escaped = j, html.TextToken, true
				return l.tt
			}
			break
		}
		i = j + 1
	}
	// A token starts at pos with "<".
	switch c := doc[pos+1]; {
	case c == '/':
		if pos+2 >= n {
			return l.fallBack()
		}
		switch c2 := doc[pos+2]; {
		case c2 == '>':
			// "</>": the tokenizer's empty comment.
			l.end, l.tt = pos+3, html.CommentToken
			return l.tt
		case isLetter(c2):
			e, _, _, _ := tagEnd(doc, pos+2)
			if e < 0 {
				return l.fallBack()
			}
			l.end, l.tt = e, html.EndTagToken
			return l.tt
		}
		return l.closeAngle(pos + 2)
	case c == '!':
		if pos+3 >= n {
			return l.fallBack()
		}
		if doc[pos+2] == '-' && doc[pos+3] == '-' {
			e := commentEnd(doc, pos+4)
			if e < 0 {
				return l.fallBack()
			}
			l.end, l.tt = e, html.CommentToken
			return l.tt
		}
		if l.cdata && bytes.HasPrefix(doc[pos+2:], []byte("[CDATA[")) {
			// A CDATA section ends at the first "]]>" (readCDATA).
			k := bytes.Index(doc[pos+9:], []byte("]]>"))
			if k < 0 {
				return l.fallBack()
			}
			l.end, l.tt = pos+9+k+3, html.TextToken
			return l.tt
		}
		if l.closeAngle(pos+2) == html.CommentToken && l.z == nil && hasPrefixFold(doc[pos+2:], "doctype") {
			l.tt = html.DoctypeToken
		}
		return l.tt
	case c == '?':
		return l.closeAngle(pos + 1)
	}
	// A start tag.
	e, slashValue, key0, _ := tagEnd(doc, pos+1)
	if e < 0 {
		return l.fallBack()
	}
	if name := tagNameAt(doc[pos+1:]); len(name) >= 3 && rawFirst[name[0]|0x20] {
		if raw := rawElement(name); raw != "" {
			end := -1
			if raw != "plaintext" {
				end = rawContentEnd(doc, e, raw)
			}
			if end < 0 {
				l.rawEOF, l.rawTagStart = true, pos
			} else {
				l.rawEnd, l.rawEscaped = end, raw == "textarea" || raw == "title"
			}
		}
	}
	// A tag ending in "/>" is self-closing, unless the "/" ends the
	// unquoted value of its last attribute, which the tokenizer keeps:
	// one whose name no attribute before it has (readStartTag).
	l.end, l.tt = e, html.StartTagToken
	if doc[e-2] == '/' && (!slashValue || repeatedKey(doc, pos+1, key0)) {
		l.tt = html.SelfClosingTagToken
	}
	return l.tt
}

// fallBack hands the page from the current token on to the tokenizer and
// reads that token with it.
func (l *lexer) fallBack() html.TokenType {
	l.end, l.rawEnd = l.start, -1
	l.z = html.NewTokenizer(bytes.NewReader(l.doc[l.start:]))
	l.z.AllowCDATA(l.cdata)
	return l.Next()
}

// closeAngle reads a comment that ends at the first ">" from i on (the
// tokenizer's readUntilCloseAngle).
func (l *lexer) closeAngle(i int) html.TokenType {
	k := bytes.IndexByte(l.doc[i:], '>')
	if k < 0 {
		return l.fallBack()
	}
	l.end, l.tt = i+k+1, html.CommentToken
	return l.tt
}

// Raw returns the raw bytes of the current token.
func (l *lexer) Raw() []byte { return l.doc[l.start:l.end:l.end] }

// Text returns the text of the current text token, as Tokenizer.Text
// does: carriage returns made line feeds, the content of raw-text elements
// with NUL bytes replaced, character references decoded but in raw text.
// The result is valid until the next call and must not be written to.
func (l *lexer) Text() []byte {
	if l.z != nil {
		return l.z.Text()
	}
	s := l.Raw()
	if bytes.IndexByte(s, '\r') >= 0 {
		l.buf = convertNewlines(append(l.buf[:0], s...))
		s = l.buf
	}
	if l.rawText && bytes.IndexByte(s, 0) >= 0 {
		s = bytes.ReplaceAll(s, []byte{0}, []byte("\ufffd"))
	}
	if l.escaped && bytes.IndexByte(s, '&') >= 0 {
		s = []byte(html.UnescapeString(string(s)))
	}
	return s
}

// Err returns the error of an error token: io.EOF at the end of the page.
func (l *lexer) Err() error {
	if l.z != nil {
		return l.z.Err()
	}
	return io.EOF
}

// convertNewlines replaces "\r\n" and "\r" in s by "\n", in place.
func convertNewlines(s []byte) []byte {
	j := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
		s[j] = c
		j++
	}
	return s[:j]
}

// tokenStart are the bytes after "<" that start a token. Never written
// after compile time.
var tokenStart = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	t['/'], t['!'], t['?'] = true, true, true
	return t
}()

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isTagSpace reports whether c is white space to the tokenizer.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// tagNameAt returns the raw name of the tag whose name starts doc (after "<"
// or "</"): up to white space, "/" or ">".
func tagNameAt(doc []byte) []byte {
	n := 0
	for n < len(doc) && nameByte[doc[n]] != nameEnd {
		n++
	}
	return doc[:n]
}

// tagEnd returns the end of the tag whose name starts at doc[i] (a letter,
// after "<" or "</"): the index after its ">", as the tokenizer's readTag
// finds it, or -1 when the page ends first (the tokenizer's error token).
// slashValue reports whether the tag's last attribute has an unquoted
// value that ends in "/" just before the ">"; the attribute's name is
// doc[key0:key1].
func tagEnd(doc []byte, i int) (end int, slashValue bool, key0, key1 int) {
	return scanTag(doc, i, -1)
}

// repeatedKey reports whether an attribute of the tag whose name starts at
// doc[i] before the one whose name is doc[key0:key1] has that name in any
// ASCII case: the tokenizer keeps only the first (readTag).
func repeatedKey(doc []byte, i, key0 int) bool {
	_, repeated, _, _ := scanTag(doc, i, key0)
	return repeated
}

// scanTag is tagEnd; when key0 >= 0, it is repeatedKey instead, reporting
// in slashValue whether the name at key0 is repeated.
func scanTag(doc []byte, i, key0 int) (end int, slashValue bool, k0, k1 int) {
	n := len(doc)
	var key []byte
	if key0 >= 0 {
		k := key0
		for k < n && !(doc[k] == '=' && k > key0 || isTagSpace(doc[k]) || doc[k] == '/' || doc[k] == '>') {
			k++
		}
		key = doc[key0:k]
	}
	// The name (readTagName): white space after it is read with it.
	for i++; i < n; i++ {
		if c := doc[i]; nameByte[c] == nameEnd {
			if c != '/' && c != '>' {
				i++
			}
			break
		}
	}
	skip := func(i int) int {
		for i < n && isTagSpace(doc[i]) {
			i++
		}
		return i
	}
	if i = skip(i); i >= n {
		return -1, false, 0, 0
	}
	for {
		if i >= n {
			return -1, false, 0, 0
		}
		if doc[i] == '>' {
			return i + 1, slashValue, k0, k1
		}
		if key != nil {
			if i == key0 {
				return -1, false, 0, 0
			}
		} else {
			slashValue = false
		}
		// The attribute's name (readTagAttrKey): an "=" may start it.
		for k0 = i; i < n; i++ {
			c := doc[i]
			if c == '=' && i > k0 || isTagSpace(c) || c == '/' || c == '>' {
				break
			}
		}
		if i >= n {
			return -1, false, 0, 0
		}
		k1 = i
		if key != nil && k1 > k0 && equalFoldASCII(doc[k0:k1], key) {
			return -1, true, 0, 0
		}
		// Its value (readTagAttrVal).
		if i = skip(i); i >= n {
			return -1, false, 0, 0
		}
		switch doc[i] {
		case '/':
			i++
		case '=':
			if i = skip(i + 1); i >= n {
				return -1, false, 0, 0
			}
			switch q := doc[i]; q {
			case '>':
			case '"', '\'':
				k := bytes.IndexByte(doc[i+1:], q)
				if k < 0 {
					return -1, false, 0, 0
				}
				i += k + 2
			default:
				for i++; i < n && !isTagSpace(doc[i]) && doc[i] != '>'; i++ {
				}
				if i >= n {
					return -1, false, 0, 0
				}
				if key == nil {
					slashValue = doc[i] == '>' && doc[i-1] == '/'
				}
			}
		}
		if i = skip(i); i >= n {
			return -1, false, 0, 0
		}
	}
}

// equalFoldASCII reports whether a and b are equal but for the case of
// ASCII letters.
func equalFoldASCII(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		c, d := a[i], b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// commentEnd returns the end of the comment whose text starts at doc[i]
// (after "<!--"): the index after its ">", as the tokenizer's readComment
// finds it, or -1 when the page ends first.
func commentEnd(doc []byte, i int) int {
	dashes, beginning := 0, true
	for ; i < len(doc); i++ {
		switch doc[i] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i + 1
			}
		case '!':
			if dashes >= 2 {
				i++
				if i >= len(doc) {
					return -1
				}
				switch doc[i] {
				case '>':
					return i + 1
				case '-':
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return -1
}

// rawFirst are the first letters of the raw-text elements. Never written
// after compile time.
var rawFirst = [256]bool{'i': true, 'n': true, 'p': true, 's': true, 't': true, 'x': true}

// rawElement returns the name, in lower case, of the element whose start
// tag's name (in any case) is name when the tokenizer reads its content as
// raw text (its readStartTag), or "".
func rawElement(name []byte) string {
	for _, r := range [...]string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"} {
		if len(r) == len(name) && r[0] == name[0]|0x20 && asciiEqualFold(name, r) {
			return r
		}
	}
	return ""
}

// rawContentEnd returns where the content of raw-text element name (lower
// case), which starts at doc[i], ends: at the first "</" followed by name
// in any case and white space, "/" or ">" (readRawEndTag), or -1 when the
// page ends first. A script's content ends where the escaped states of
// readScript let it (see scriptEnd).
func rawContentEnd(doc []byte, i int, name string) int {
	if name == "script" {
		return scriptEnd(doc, i)
	}
	for j := i; ; {
		k := bytes.Index(doc[j:], []byte("</"))
		if k < 0 {
			return -1
		}
		j += k
		if e := j + 2 + len(name); e < len(doc) && asciiEqualFold(doc[j+2:e], name) {
			if c := doc[e]; isTagSpace(c) || c == '/' || c == '>' {
				return j
			}
		}
		j += 2
	}
}

// scriptEnd returns where the content of a script, which starts at doc[i],
// ends, following the states of the tokenizer's readScript one by one (the
// script data states of the HTML standard: "<!--" escapes the content,
// "<script" in it escapes it twice, "-->" ends both), or -1 when the page
// ends first.
func scriptEnd(doc []byte, i int) int {
	n := len(doc)
	const name = "script"
	// endTag reads an end tag after "</" at i, as readRawEndTag does: ok
	// when it is "</script" followed by white space, "/" or ">"; eof when
	// the page ends first; else the reading goes on at j, the byte that
	// does not match.
	endTag := func(i int) (j int, ok, eof bool) {
		for k := 0; k < len(name); k++ {
			if i >= n {
				return 0, false, true
			}
			if c := doc[i]; c != name[k] && c != name[k]-('a'-'A') {
				return i, false, false
			}
			i++
		}
		if i >= n {
			return 0, false, true
		}
		if c := doc[i]; isTagSpace(c) || c == '/' || c == '>' {
			return i, true, false
		}
		return i, false, false
	}
	var c byte

scriptData:
	if k := bytes.IndexByte(doc[i:], '<'); k >= 0 {
		i += k + 1
		goto lessThan
	}
	return -1

lessThan:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	switch c {
	case '/':
		goto endTagOpen
	case '!':
		goto escapeStart
	}
	i--
	goto scriptData

endTagOpen:
	{
		j, ok, eof := endTag(i)
		switch {
		case eof:
			return -1
		case ok:
			return i - len("</")
		}
		i = j
	}
	goto scriptData

escapeStart:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	if c == '-' {
		goto escapeStartDash
	}
	i--
	goto scriptData

escapeStartDash:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	if c == '-' {
		goto escapedDashDash
	}
	i--
	goto scriptData

escaped:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	switch c {
	case '-':
		goto escapedDash
	case '<':
		goto escapedLessThan
	}
	goto escaped

escapedDash:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	switch c {
	case '-':
		goto escapedDashDash
	case '<':
		goto escapedLessThan
	}
	goto escaped

escapedDashDash:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	switch c {
	case '-':
		goto escapedDashDash
	case '<':
		goto escapedLessThan
	case '>':
		goto scriptData
	}
	goto escaped

escapedLessThan:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	if c == '/' {
		goto escapedEndTagOpen
	}
	if isLetter(c) {
		goto doubleEscapeStart
	}
	i--
	goto scriptData

escapedEndTagOpen:
	{
		j, ok, eof := endTag(i)
		switch {
		case eof:
			return -1
		case ok:
			return i - len("</")
		}
		i = j
	}
	goto escaped

doubleEscapeStart:
	i--
	for k := 0; k < len(name); k++ {
		if i >= n {
			return -1
		}
		c, i = doc[i], i+1
		if c != name[k] && c != name[k]-('a'-'A') {
			i--
			goto escaped
		}
	}
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	if isTagSpace(c) || c == '/' || c == '>' {
		goto doubleEscaped
	}
	i--
	goto escaped

doubleEscaped:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	switch c {
	case '-':
		goto doubleEscapedDash
	case '<':
		goto doubleEscapedLessThan
	}
	goto doubleEscaped

doubleEscapedDash:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	switch c {
	case '-':
		goto doubleEscapedDashDash
	case '<':
		goto doubleEscapedLessThan
	}
	goto doubleEscaped

doubleEscapedDashDash:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	switch c {
	case '-':
		goto doubleEscapedDashDash
	case '<':
		goto doubleEscapedLessThan
	case '>':
		goto scriptData
	}
	goto doubleEscaped

doubleEscapedLessThan:
	if i >= n {
		return -1
	}
	c, i = doc[i], i+1
	if c == '/' {
		goto doubleEscapeEnd
	}
	i--
	goto doubleEscaped

doubleEscapeEnd:
	{
		j, ok, eof := endTag(i)
		switch {
		case eof:
			return -1
		case ok:
			// The end tag and the byte after it are read.
			i += len("script") + 1
			goto escaped
		}
		i = j
	}
	goto doubleEscaped
}
