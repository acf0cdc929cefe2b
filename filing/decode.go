package filing

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxApplicationSize is the largest application document [Decode] reads by
// default: 1 MiB ([Limits.Bytes]).
const MaxApplicationSize = 1 << 20

// ErrTooLarge reports an application document larger than its limit
// ([Limits.Bytes], by default MaxApplicationSize).
var ErrTooLarge = errors.New("filing: application larger than 1 MiB")

// DecodeError reports why an application document could not be decoded and
// where: Line and Column are 1-based, Column counted in bytes; Path is the
// place in the application (websites[2].principal.cert_number) when the
// problem is inside one value. It never quotes field values, so it never
// carries personal data.
type DecodeError struct {
	Line, Column int
	// Path is the path of the value at fault, as report findings name
	// fields; empty for problems of the document as a whole.
	Path string
	// Msg says what is wrong, in a few words.
	Msg string
	// Err is the underlying error, if any (a *json.SyntaxError,
	// a *LimitError, …).
	Err error
}

// Error implements error: "filing: line 3, column 14: <what>".
func (e *DecodeError) Error() string {
	if e.Line == 0 {
		return "filing: " + e.Msg
	}
	return fmt.Sprintf("filing: line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// Decode reads one application from r, in the JSON shape of the package's
// model (the snake_case names of the struct tags), under [DefaultLimits]:
// it is Decoder{}.Decode(r).
func Decode(r io.Reader) (*Application, error) { return Decoder{}.Decode(r) }

// Decode reads one application from r. It rejects, each with a
// *DecodeError giving line and column:
//
//   - documents over a limit of d.Limits (size, nesting, list lengths,
//     string lengths), found while scanning, before the application is
//     built; the error wraps a [*LimitError];
//   - unknown fields (a typo must never pass silently), keys that differ
//     from a field's name only in case, and keys given twice in one object
//     (compared after unescaping: "mobil\u0065" repeats "mobile");
//   - invalid UTF-8 and lone UTF-16 surrogates (\ud800) in strings, which
//     encoding/json would silently turn into U+FFFD;
//   - values of the wrong JSON type, with the path of the value
//     (websites[2].principal.cert_number), and dates that do not parse;
//   - anything but one JSON object, and data after it.
//
// A UTF-8 byte-order mark at the start is skipped. Unknown enum values are
// not errors: they are kept for the rule engine to report.
func (d Decoder) Decode(r io.Reader) (*Application, error) {
	lim := d.Limits.withDefaults()
	raw, err := readLimited(r, lim.Bytes)
	if err != nil {
		return nil, &DecodeError{Msg: "reading: " + err.Error(), Err: err}
	}
	if len(raw) > lim.Bytes {
		size := strconv.Itoa(lim.Bytes) + " bytes"
		if lim.Bytes == MaxApplicationSize {
			size = "1 MiB"
		}
		return nil, &DecodeError{Msg: "application larger than " + size + " (limit Bytes)", Err: &LimitError{Limit: "Bytes", Max: lim.Bytes}}
	}
	return decodeBytes(raw, &lim)
}

// readLimited reads r to its end or to max+1 bytes, in one allocation when
// r tells its length.
func readLimited(r io.Reader, max int) ([]byte, error) {
	if lr, ok := r.(interface{ Len() int }); ok {
		n := min(lr.Len(), max) + 1
		buf := make([]byte, n)
		got, err := io.ReadFull(r, buf)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			err = nil
		}
		return buf[:got], err
	}
	return io.ReadAll(io.LimitReader(r, int64(max)+1))
}

// utf8BOM is the byte-order mark some editors write at the start of UTF-8
// files.
const utf8BOM = "\xEF\xBB\xBF"

func decodeBytes(raw []byte, lim *Limits) (*Application, error) {
	raw = bytes.TrimPrefix(raw, []byte(utf8BOM))
	if len(bytes.TrimLeft(raw, " \t\r\n")) == 0 {
		return nil, &DecodeError{Msg: "empty document", Err: io.EOF}
	}
	sc := scanner{raw: raw, lim: lim}
	sc.document()
	if sc.err != nil {
		return nil, sc.err
	}
	var app Application
	err := json.Unmarshal(raw, &app)
	if err == nil && sc.syntax {
		// The scanner found invalid JSON that encoding/json accepts: keep
		// to the stricter verdict.
		err = &json.SyntaxError{Offset: int64(sc.pos)}
	}
	if err != nil {
		return nil, decodeError(raw, lim, err)
	}
	if n := app.Sponsor.ExistingServices; n != nil && *n < 0 {
		line, col := position(raw, int64(keyAt(raw, "existing_services")))
		return nil, &DecodeError{Line: line, Column: col, Path: "sponsor.existing_services", Msg: "sponsor.existing_services must not be negative"}
	}
	return &app, nil
}

// keyAt returns the offset of the first object key named key in raw (a
// quoted name followed by a colon), or 0.
func keyAt(raw []byte, key string) int {
	q := []byte(`"` + key + `"`)
	for from := 0; ; {
		i := bytes.Index(raw[from:], q)
		if i < 0 {
			return 0
		}
		at := from + i
		from = at + len(q)
		if rest := bytes.TrimLeft(raw[from:], " \t\r\n"); len(rest) > 0 && rest[0] == ':' {
			return at
		}
	}
}

// decodeError turns an encoding/json error into a *DecodeError with a
// position. The scanner has checked every key and the JSON type of every
// value already, so what is left is invalid JSON, a number out of range
// and the errors of text unmarshalers (dates).
func decodeError(raw []byte, lim *Limits, err error) error {
	var (
		syn *json.SyntaxError
		typ *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &syn):
		line, col := position(raw, syn.Offset)
		if syn.Offset >= int64(len(raw)) || strings.Contains(syn.Error(), "unexpected end") {
			line, col = position(raw, int64(len(raw)))
			return &DecodeError{Line: line, Column: col, Msg: "unexpected end of the document", Err: io.ErrUnexpectedEOF}
		}
		return &DecodeError{Line: line, Column: col, Msg: "invalid JSON: " + strings.TrimPrefix(syn.Error(), "json: "), Err: err}
	case errors.As(err, &typ):
		off := valueStart(raw, typ.Offset)
		path := pathAt(raw, lim, int(off))
		if path == "" {
			path = typ.Field
		}
		line, col := position(raw, off)
		return &DecodeError{Line: line, Column: col, Path: path,
			Msg: fmt.Sprintf("%s must be %s, not %s", path, kindName(typ.Type), typ.Value), Err: err}
	}
	// Errors of text unmarshalers carry no offset: scan again, checking
	// every text value, to find the one at fault.
	sc := scanner{raw: raw, lim: lim, checkText: true}
	sc.document()
	if sc.err != nil {
		return sc.err
	}
	return &DecodeError{Msg: strings.TrimPrefix(err.Error(), "json: "), Err: err}
}

// kindName names the JSON type a Go type takes, for a type error.
func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map, reflect.Pointer:
		return "an object"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer in range"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return t.Kind().String()
}

// valueStart returns the offset of the start of the JSON value that ends at
// end (encoding/json reports some type errors just after the value), or
// end itself when a value starts there.
func valueStart(raw []byte, end int64) int64 {
	if end <= 0 || end > int64(len(raw)) {
		return end
	}
	if end < int64(len(raw)) && bytes.IndexByte([]byte("{[\"-0123456789tfn"), raw[end]) >= 0 {
		if i := end - 1; i < 0 || bytes.IndexByte([]byte(" \t\r\n:,[{"), raw[i]) >= 0 {
			return end
		}
	}
	i := int(end) - 1
	switch raw[i] {
	case '"':
		for i--; i >= 0; i-- {
			if raw[i] == '"' {
				// An escaped quote has an odd number of backslashes
				// before it.
				k := i
				for k > 0 && raw[k-1] == '\\' {
					k--
				}
				if (i-k)%2 == 0 {
					return int64(i)
				}
			}
		}
	default:
		for i > 0 && bytes.IndexByte([]byte("0123456789+-.eE"), raw[i-1]) >= 0 {
			i--
		}
		return int64(i)
	}
	return end
}

// position converts a byte offset into a 1-based line and column.
func position(raw []byte, off int64) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(raw)) {
		off = int64(len(raw))
	}
	before := raw[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// The JSON type a schema node expects.
type jsonType uint8

const (
	jsonAny jsonType = iota
	jsonObject
	jsonArray
	jsonString
	jsonBool
	jsonNumber
)

// jsonTypeNames name the JSON types in messages, as a value expected and
// as a value found.
var jsonTypeNames = [...]struct{ want, got string }{
	jsonAny:    {"any value", "value"},
	jsonObject: {"an object", "object"},
	jsonArray:  {"an array", "array"},
	jsonString: {"a string", "string"},
	jsonBool:   {"true or false", "bool"},
	jsonNumber: {"a number", "number"},
}

// schema is what the scanner expects of one value, derived from the Go
// type that receives it.
type schema struct {
	kind jsonType
	// fields of an object, with their JSON names.
	fields []schemaField
	// elem of an array.
	elem *schema
	// text: a string read by the type's UnmarshalText (typ).
	text bool
	typ  reflect.Type
}

type schemaField struct {
	name string
	s    *schema
}

// applicationSchema is the schema of Application, built once from the
// model's types and their json tags: a field added to the model (apps,
// platforms, …) is scanned and limited without a change here.
var applicationSchema = sync.OnceValue(func() *schema {
	return buildSchema(reflect.TypeFor[Application](), map[reflect.Type]*schema{})
})

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func buildSchema(t reflect.Type, seen map[reflect.Type]*schema) *schema {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if s, ok := seen[t]; ok {
		return s
	}
	s := &schema{typ: t}
	seen[t] = s
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(jsonUnmarshalerType):
		s.kind = jsonAny
	case pt.Implements(textUnmarshalerType):
		s.kind, s.text = jsonString, true
	default:
		switch t.Kind() {
		case reflect.Struct:
			s.kind = jsonObject
			for i := range t.NumField() {
				f := t.Field(i)
				if !f.IsExported() {
					continue
				}
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				switch name {
				case "-":
					continue
				case "":
					name = f.Name
				}
				s.fields = append(s.fields, schemaField{name: name, s: buildSchema(f.Type, seen)})
			}
		case reflect.Slice, reflect.Array:
			if t.Elem().Kind() == reflect.Uint8 {
				s.kind = jsonString
				break
			}
			s.kind = jsonArray
			s.elem = buildSchema(t.Elem(), seen)
		case reflect.String:
			s.kind = jsonString
		case reflect.Bool:
			s.kind = jsonBool
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
			reflect.Float32, reflect.Float64:
			s.kind = jsonNumber
		}
	}
	return s
}

// anySchema accepts any value.
var anySchema = &schema{kind: jsonAny}

// scanner checks a document against the application schema and the limits
// in one pass over its bytes, without allocating for its values: keys
// (exact names, no repeats), JSON types, list lengths, string lengths and
// UTF-8, nesting. It stops at the first problem (err) or at invalid JSON
// (syntax), which encoding/json then describes.
type scanner struct {
	raw []byte
	lim *Limits
	pos int
	// path holds the keys and indices leading to the current value.
	path []pathElem
	// checkText makes the scanner parse every text value (dates) with its
	// type's UnmarshalText, to find the one encoding/json rejected.
	checkText bool
	// stopAt, when positive, makes the scanner record in found the path
	// of the value starting at offset stopAt-1.
	stopAt int
	found  string

	err    *DecodeError
	syntax bool
}

// pathElem is one step of a path: a key, or an index when key is "".
type pathElem struct {
	key   string
	index int
	// at is the offset of the key or of the array element.
	at int
}

// pathString renders the current path: websites[2].principal.mobile.
func (sc *scanner) pathString() string {
	var b strings.Builder
	for _, e := range sc.path {
		if e.key == "" {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(e.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(e.key)
	}
	return b.String()
}

// pathAt returns the path of the value that starts at offset off of raw,
// or "".
func pathAt(raw []byte, lim *Limits, off int) string {
	sc := scanner{raw: raw, lim: lim, stopAt: off + 1}
	sc.document()
	return sc.found
}

// fail records a problem at offset off; msg is prefixed with the path when
// there is one.
func (sc *scanner) fail(off int, msg string, err error) {
	if sc.err != nil || sc.syntax {
		return
	}
	line, col := position(sc.raw, int64(off))
	path := sc.pathString()
	switch {
	case path == "":
	case strings.HasPrefix(msg, "must be "):
		msg = path + " " + msg
	default:
		msg = path + ": " + msg
	}
	sc.err = &DecodeError{Line: line, Column: col, Path: path, Msg: msg, Err: err}
}

func (sc *scanner) stopped() bool { return sc.err != nil || sc.syntax || sc.found != "" }

func (sc *scanner) ws() {
	for sc.pos < len(sc.raw) {
		switch sc.raw[sc.pos] {
		case ' ', '\t', '\r', '\n':
			sc.pos++
		default:
			return
		}
	}
}

// document scans the whole document: one object, then only white space.
func (sc *scanner) document() {
	sc.path = make([]pathElem, 0, 8)
	sc.ws()
	if sc.pos == len(sc.raw) {
		sc.syntax = true
		return
	}
	if t := sc.typeAt(); t != jsonObject {
		got := jsonTypeNames[t].got
		if t == jsonAny {
			if !bytes.HasPrefix(sc.raw[sc.pos:], []byte("null")) {
				sc.syntax = true
				return
			}
			got = "null"
		}
		sc.fail(sc.pos, "the document must be a JSON object, not "+got, nil)
		return
	}
	sc.value(applicationSchema(), 1, "")
	if sc.stopped() {
		return
	}
	sc.ws()
	if sc.pos < len(sc.raw) {
		sc.fail(sc.pos, "unexpected data after the application", nil)
	}
}

// typeAt tells the JSON type of the value starting at pos by its first
// byte; jsonAny for null and for bytes that start no value.
func (sc *scanner) typeAt() jsonType {
	switch c := sc.raw[sc.pos]; {
	case c == '{':
		return jsonObject
	case c == '[':
		return jsonArray
	case c == '"':
		return jsonString
	case c == 't' || c == 'f':
		return jsonBool
	case c == '-' || '0' <= c && c <= '9':
		return jsonNumber
	}
	return jsonAny
}

// value scans one value expected to match s, at nesting depth depth; list
// names the field holding the value, for the limit of an array.
func (sc *scanner) value(s *schema, depth int, list string) {
	if sc.pos >= len(sc.raw) {
		sc.syntax = true
		return
	}
	if sc.stopAt > 0 && sc.pos == sc.stopAt-1 {
		sc.found = sc.pathString()
		return
	}
	t := sc.typeAt()
	if t == jsonAny {
		sc.literal("null")
		return
	}
	if s.kind != jsonAny && s.kind != t {
		sc.fail(sc.pos, "must be "+jsonTypeNames[s.kind].want+", not "+jsonTypeNames[t].got, nil)
		return
	}
	switch t {
	case jsonObject:
		sc.object(s, depth)
	case jsonArray:
		sc.array(s, depth, list)
	case jsonString:
		start := sc.pos
		body, n, escaped := sc.str()
		if sc.stopped() {
			return
		}
		if n > sc.lim.String {
			sc.fail(start, fmt.Sprintf("string longer than %d bytes (limit String)", sc.lim.String), &LimitError{Limit: "String", Max: sc.lim.String})
			return
		}
		if sc.checkText && s.text {
			sc.text(s, body, escaped)
		}
	case jsonBool:
		if sc.raw[sc.pos] == 't' {
			sc.literal("true")
		} else {
			sc.literal("false")
		}
	case jsonNumber:
		start := sc.pos
		sc.number()
		if !sc.stopped() && sc.pos-start > sc.lim.String {
			sc.fail(start, fmt.Sprintf("number longer than %d digits (limit String)", sc.lim.String), &LimitError{Limit: "String", Max: sc.lim.String})
		}
	}
}

// text parses a string body with the UnmarshalText of s's type, reporting
// its error at the key of the value.
func (sc *scanner) text(s *schema, body []byte, escaped bool) {
	if escaped {
		var v string
		if json.Unmarshal(append(append([]byte{'"'}, body...), '"'), &v) != nil {
			return
		}
		body = []byte(v)
	}
	tu := reflect.New(s.typ).Interface().(encoding.TextUnmarshaler)
	if err := tu.UnmarshalText(body); err != nil {
		at := sc.pos
		if n := len(sc.path); n > 0 {
			at = sc.path[n-1].at
		}
		sc.fail(at, strings.TrimPrefix(err.Error(), "filing: "), err)
	}
}

func (sc *scanner) literal(word string) {
	if !bytes.HasPrefix(sc.raw[sc.pos:], []byte(word)) {
		sc.syntax = true
		return
	}
	sc.pos += len(word)
}

// number scans a JSON number.
func (sc *scanner) number() {
	raw, i := sc.raw, sc.pos
	digits := func() bool {
		j := i
		for i < len(raw) && '0' <= raw[i] && raw[i] <= '9' {
			i++
		}
		return i > j
	}
	if raw[i] == '-' {
		i++
	}
	switch {
	case i < len(raw) && raw[i] == '0':
		i++
	case !digits():
		sc.syntax = true
		return
	}
	if i < len(raw) && raw[i] == '.' {
		i++
		if !digits() {
			sc.syntax = true
			return
		}
	}
	if i < len(raw) && (raw[i] == 'e' || raw[i] == 'E') {
		i++
		if i < len(raw) && (raw[i] == '+' || raw[i] == '-') {
			i++
		}
		if !digits() {
			sc.syntax = true
			return
		}
	}
	sc.pos = i
}

// str scans a string starting at pos. It returns its body (between the
// quotes, as written), the length of its unescaped text in bytes and
// whether it holds escapes. Invalid UTF-8, lone surrogates and control
// characters are problems.
func (sc *scanner) str() (body []byte, n int, escaped bool) {
	raw := sc.raw
	start := sc.pos
	i := start + 1
	for {
		if i >= len(raw) {
			sc.syntax = true
			return nil, 0, false
		}
		c := raw[i]
		switch {
		case c == '"':
			sc.pos = i + 1
			return raw[start+1 : i], n, escaped
		case c == '\\':
			escaped = true
			if i+1 >= len(raw) {
				sc.syntax = true
				return nil, 0, false
			}
			switch raw[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
				n++
			case 'u':
				r, ok := hex4(raw, i+2)
				if !ok {
					sc.syntax = true
					return nil, 0, false
				}
				i += 6
				if utf16.IsSurrogate(r) {
					r2, ok := rune(0), false
					if i+1 < len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
						r2, ok = hex4(raw, i+2)
					}
					if r = utf16.DecodeRune(r, r2); !ok || r == utf8.RuneError {
						sc.fail(i-6, "lone UTF-16 surrogate in a \\u escape", nil)
						return nil, 0, false
					}
					i += 6
				}
				n += utf8.RuneLen(r)
			default:
				sc.syntax = true
				return nil, 0, false
			}
		case c < 0x20:
			sc.syntax = true
			return nil, 0, false
		case c < utf8.RuneSelf:
			i++
			n++
		default:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				sc.fail(i, "invalid UTF-8 in a string", nil)
				return nil, 0, false
			}
			i += size
			n += size
		}
	}
}

// hex4 reads the four hex digits of a \u escape at raw[i:].
func hex4(raw []byte, i int) (rune, bool) {
	if i+4 > len(raw) {
		return 0, false
	}
	var r rune
	for _, c := range raw[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// enter checks the nesting limit for a container opening at pos.
func (sc *scanner) enter(depth int) bool {
	if depth > sc.lim.Depth {
		sc.fail(sc.pos, fmt.Sprintf("nested deeper than %d levels (limit Depth)", sc.lim.Depth), &LimitError{Limit: "Depth", Max: sc.lim.Depth})
		return false
	}
	return true
}

// object scans an object whose fields s describes.
func (sc *scanner) object(s *schema, depth int) {
	if !sc.enter(depth) {
		return
	}
	sc.pos++           // '{'
	var seen [2]uint64 // fields of s given so far, by index
	for first := true; ; first = false {
		sc.ws()
		if sc.pos >= len(sc.raw) {
			sc.syntax = true
			return
		}
		if sc.raw[sc.pos] == '}' && first {
			sc.pos++
			return
		}
		if sc.raw[sc.pos] != '"' {
			sc.syntax = true
			return
		}
		at := sc.pos
		key, _, escaped := sc.str()
		if sc.stopped() {
			return
		}
		sc.ws()
		if sc.pos >= len(sc.raw) || sc.raw[sc.pos] != ':' {
			sc.syntax = true
			return
		}
		sc.pos++
		sc.ws()
		name, fs := "", anySchema
		if s.kind == jsonObject {
			if escaped {
				var k string
				if json.Unmarshal(sc.raw[at:at+len(key)+2], &k) != nil {
					sc.syntax = true
					return
				}
				key = []byte(k)
			}
			fi := -1
			for i := range s.fields {
				if s.fields[i].name == string(key) {
					fi = i
					break
				}
			}
			if fi < 0 {
				sc.fail(at, unknownKeyMessage(s, string(key)), nil)
				return
			}
			if fi < 128 {
				if seen[fi/64]&(1<<(fi%64)) != 0 {
					sc.fail(at, fmt.Sprintf("field %q given twice", s.fields[fi].name), nil)
					return
				}
				seen[fi/64] |= 1 << (fi % 64)
			}
			name, fs = s.fields[fi].name, s.fields[fi].s
		} else {
			name = string(key)
		}
		sc.path = append(sc.path, pathElem{key: name, at: at})
		sc.value(fs, depth+1, name)
		if sc.stopped() {
			return
		}
		sc.path = sc.path[:len(sc.path)-1]
		sc.ws()
		if sc.pos >= len(sc.raw) {
			sc.syntax = true
			return
		}
		switch sc.raw[sc.pos] {
		case ',':
			sc.pos++
		case '}':
			sc.pos++
			return
		default:
			sc.syntax = true
			return
		}
	}
}

// unknownKeyMessage describes a key that the object's type has no field
// for, naming the field it matches but for case.
func unknownKeyMessage(s *schema, key string) string {
	for _, f := range s.fields {
		if strings.EqualFold(f.name, key) {
			return fmt.Sprintf("unknown field %q (did you mean %q?)", key, f.name)
		}
	}
	return fmt.Sprintf("unknown field %q", key)
}

// array scans an array whose elements s.elem describes, held by the field
// named list.
func (sc *scanner) array(s *schema, depth int, list string) {
	if !sc.enter(depth) {
		return
	}
	elem := s.elem
	if elem == nil {
		elem = anySchema
	}
	max, limit := sc.lim.list(list)
	sc.pos++ // '['
	for i := 0; ; i++ {
		sc.ws()
		if sc.pos >= len(sc.raw) {
			sc.syntax = true
			return
		}
		if sc.raw[sc.pos] == ']' && i == 0 {
			sc.pos++
			return
		}
		if i == max {
			sc.fail(sc.pos, fmt.Sprintf("more than %d entries (limit %s)", max, limit), &LimitError{Limit: limit, Max: max})
			return
		}
		sc.path = append(sc.path, pathElem{index: i, at: sc.pos})
		sc.value(elem, depth+1, "")
		if sc.stopped() {
			return
		}
		sc.path = sc.path[:len(sc.path)-1]
		sc.ws()
		if sc.pos >= len(sc.raw) {
			sc.syntax = true
			return
		}
		switch sc.raw[sc.pos] {
		case ',':
			sc.pos++
		case ']':
			sc.pos++
			return
		default:
			sc.syntax = true
			return
		}
	}
}
