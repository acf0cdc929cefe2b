package filing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strings"
	"sync"
)

// MaxApplicationSize is the largest application document Decode reads: 1 MiB
// (the documented limit of the checker command examples/beiancheck).
const MaxApplicationSize = 1 << 20

// ErrTooLarge reports an application document larger than MaxApplicationSize.
var ErrTooLarge = errors.New("filing: application larger than 1 MiB")

// DecodeError reports why an application document could not be decoded and
// where: Line and Column are 1-based, Column counted in bytes. It never quotes
// field values, so it never carries personal data.
type DecodeError struct {
	Line, Column int
	// Msg says what is wrong, in a few words.
	Msg string
	// Err is the underlying error, if any (a *json.SyntaxError, ErrTooLarge, …).
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

// Decode reads one application in its JSON wire shape (see Application) from r. It
// rejects documents larger than MaxApplicationSize, unknown fields (a typo
// must never pass silently), values of the wrong JSON type and trailing data,
// each with a *DecodeError giving line and column. Unknown enum values are not
// errors: they are kept for the rule engine to report.
func Decode(r io.Reader) (*Application, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxApplicationSize+1))
	if err != nil {
		return nil, &DecodeError{Msg: "reading: " + err.Error(), Err: err}
	}
	if len(raw) > MaxApplicationSize {
		return nil, &DecodeError{Msg: ErrTooLarge.Error()[len("filing: "):], Err: ErrTooLarge}
	}
	return decodeBytes(raw)
}

func decodeBytes(raw []byte) (*Application, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var app Application
	if err := dec.Decode(&app); err != nil {
		return nil, decodeError(raw, dec, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := position(raw, dec.InputOffset())
		return nil, &DecodeError{Line: line, Column: col, Msg: "unexpected data after the application"}
	}
	// encoding/json accepts null for the whole document, matches keys
	// without regard to case and lets a repeated key win: none of these
	// may pass silently.
	if first := bytes.TrimLeft(raw, " \t\r\n"); len(first) == 0 || first[0] != '{' {
		line, col := position(raw, int64(len(raw)-len(first)))
		return nil, &DecodeError{Line: line, Column: col, Msg: "the application must be a JSON object"}
	}
	if off, msg := strictKeys(raw); msg != "" {
		line, col := position(raw, off)
		return nil, &DecodeError{Line: line, Column: col, Msg: msg}
	}
	if n := app.Sponsor.ExistingServices; n != nil && *n < 0 {
		line, col := position(raw, keyOffset(raw, "existing_services", nil))
		return nil, &DecodeError{Line: line, Column: col, Msg: "sponsor.existing_services must not be negative"}
	}
	return &app, nil
}

// strictKeys scans a document that decoded into an Application and returns
// the offset and description of the first key that is not spelled exactly as
// a field's JSON name, or that repeats a key of the same object. The
// document is known to be valid JSON, so a plain byte scan suffices: a
// string followed by a colon is a key, braces open and close objects.
func strictKeys(raw []byte) (int64, string) {
	names := modelKeys()
	// keys holds the keys of every open object (views of raw), frames the
	// index in keys where each open object's keys start.
	keys := make([][]byte, 0, 64)
	frames := make([]int, 0, 8)
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			frames = append(frames, len(keys))
		case '}':
			if n := len(frames); n > 0 {
				keys, frames = keys[:frames[n-1]], frames[:n-1]
			}
		case '"':
			j, escaped := i+1, false
			for j < len(raw) && raw[j] != '"' {
				if raw[j] == '\\' {
					j, escaped = j+1, true
				}
				j++
			}
			if j >= len(raw) {
				return 0, ""
			}
			k := j + 1
			for k < len(raw) && (raw[k] == ' ' || raw[k] == '\t' || raw[k] == '\r' || raw[k] == '\n') {
				k++
			}
			if k < len(raw) && raw[k] == ':' && len(frames) > 0 {
				body := raw[i+1 : j]
				if escaped || !names[string(body)] {
					var key string
					if err := json.Unmarshal(raw[i:j+1], &key); err != nil {
						return 0, ""
					}
					if !names[key] {
						return int64(i), unknownKeyMessage(names, key)
					}
				}
				for _, seen := range keys[frames[len(frames)-1]:] {
					if bytes.Equal(seen, body) {
						return int64(i), fmt.Sprintf("field %q given twice", body)
					}
				}
				keys = append(keys, body)
			}
			i = j
		}
	}
	return 0, ""
}

// unknownKeyMessage describes a key that no field has, naming the field it
// matches but for case.
func unknownKeyMessage(names map[string]bool, key string) string {
	for n := range names {
		if strings.EqualFold(n, key) {
			return fmt.Sprintf("unknown field %q (did you mean %q?)", key, n)
		}
	}
	return fmt.Sprintf("unknown field %q", key)
}

// modelKeys is the set of the JSON names of every field of the model,
// built once from the struct tags.
var modelKeys = sync.OnceValue(func() map[string]bool {
	names := map[string]bool{}
	var walk func(t reflect.Type)
	seen := map[reflect.Type]bool{}
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			if n := jsonName(f); n != "-" {
				names[n] = true
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[Application]())
	return names
})

// jsonName is the JSON name of a struct field.
func jsonName(f reflect.StructField) string {
	n, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if n == "" {
		return f.Name
	}
	return n
}

var unknownField = regexp.MustCompile(`^json: unknown field "(.*)"$`)

// decodeError turns an encoding/json error into a *DecodeError with a position.
func decodeError(raw []byte, dec *json.Decoder, err error) error {
	var (
		syn *json.SyntaxError
		typ *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, io.EOF):
		return &DecodeError{Msg: "empty document", Err: err}
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(raw, int64(len(raw)))
		return &DecodeError{Line: line, Column: col, Msg: "unexpected end of the document", Err: err}
	case errors.As(err, &syn):
		line, col := position(raw, syn.Offset)
		return &DecodeError{Line: line, Column: col, Msg: "invalid JSON: " + strings.TrimPrefix(syn.Error(), "json: "), Err: err}
	case errors.As(err, &typ):
		line, col := position(raw, valueStart(raw, typ.Offset))
		field := typ.Field
		if field == "" {
			field = "the document"
		}
		return &DecodeError{Line: line, Column: col, Msg: fmt.Sprintf("%s must be %s, not %s", field, jsonKind(typ.Type.Kind().String()), typ.Value), Err: err}
	}
	if m := unknownField.FindStringSubmatch(err.Error()); m != nil {
		off := unknownKeyOffset(raw, m[1])
		line, col := position(raw, off)
		return &DecodeError{Line: line, Column: col, Msg: fmt.Sprintf("unknown field %q", m[1]), Err: err}
	}
	// Errors of the text unmarshalers of Date and Expiry carry no offset:
	// find the first such key whose value they reject.
	for _, k := range []struct {
		key string
		bad func(string) bool
	}{
		{"as_of", func(v string) bool { var d Date; return d.UnmarshalText([]byte(v)) != nil }},
		{"cert_expiry", func(v string) bool { var e Expiry; return e.UnmarshalText([]byte(v)) != nil }},
	} {
		if off := keyOffset(raw, k.key, k.bad); off >= 0 {
			line, col := position(raw, off)
			return &DecodeError{Line: line, Column: col, Msg: k.key + ": " + strings.TrimPrefix(err.Error(), "filing: "), Err: err}
		}
	}
	line, col := position(raw, dec.InputOffset())
	return &DecodeError{Line: line, Column: col, Msg: strings.TrimPrefix(err.Error(), "json: "), Err: err}
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice", "array":
		return "an array"
	case "struct", "map", "ptr":
		return "an object"
	case "int", "int64", "float64":
		return "a number"
	}
	return goKind
}

// unknownKeyOffset returns the offset of the first object key named key
// that Application has no field for, walking the document against the Go
// types the way encoding/json does (keys match json tags case-insensitively),
// or, failing that, the first key of that name anywhere.
func unknownKeyOffset(raw []byte, key string) int64 {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if off, found := walkUnknown(dec, raw, reflect.TypeFor[Application](), key); found {
		return off
	}
	return keyOffset(raw, key, nil)
}

// walkUnknown reads one value from dec as a value of type t and reports the
// offset of the first key named key that t's structs do not know.
func walkUnknown(dec *json.Decoder, raw []byte, t reflect.Type, key string) (int64, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	tok, err := dec.Token()
	if err != nil {
		return 0, false
	}
	switch tok {
	case json.Delim('{'):
		for dec.More() {
			at := dec.InputOffset()
			kt, err := dec.Token()
			if err != nil {
				return 0, false
			}
			k, _ := kt.(string)
			var ft reflect.Type
			if t.Kind() == reflect.Struct {
				f, ok := fieldByJSONName(t, k)
				if !ok {
					if k == key {
						return skipToQuote(raw, at), true
					}
					ft = reflect.TypeFor[any]()
				} else {
					ft = f.Type
				}
			} else if t.Kind() == reflect.Map {
				ft = t.Elem()
			} else {
				ft = reflect.TypeFor[any]()
			}
			if off, found := walkUnknown(dec, raw, ft, key); found {
				return off, true
			}
		}
		_, _ = dec.Token() // '}'
	case json.Delim('['):
		et := reflect.TypeFor[any]()
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			et = t.Elem()
		}
		for dec.More() {
			if off, found := walkUnknown(dec, raw, et, key); found {
				return off, true
			}
		}
		_, _ = dec.Token() // ']'
	}
	return 0, false
}

// fieldByJSONName finds the field of struct type t whose JSON name equals
// name, case-insensitively as encoding/json matches them.
func fieldByJSONName(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if n := jsonName(f); n != "-" && strings.EqualFold(n, name) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// skipToQuote returns the offset of the first '"' at or after off.
func skipToQuote(raw []byte, off int64) int64 {
	if i := bytes.IndexByte(raw[off:], '"'); i >= 0 {
		return off + int64(i)
	}
	return off
}

// keyOffset returns the offset of the first object key named key (followed by
// a colon) in raw whose string value satisfies bad (any value when bad is nil),
// or -1.
func keyOffset(raw []byte, key string, bad func(string) bool) int64 {
	quoted, _ := json.Marshal(key)
	for from := 0; from < len(raw); {
		i := bytes.Index(raw[from:], quoted)
		if i < 0 {
			return -1
		}
		at := from + i
		from = at + len(quoted)
		rest := bytes.TrimLeft(raw[from:], " \t\r\n")
		if len(rest) == 0 || rest[0] != ':' {
			continue
		}
		if bad == nil {
			return int64(at)
		}
		val := bytes.TrimLeft(rest[1:], " \t\r\n")
		var s string
		if json.NewDecoder(bytes.NewReader(val)).Decode(&s) == nil && bad(s) {
			return int64(at)
		}
	}
	return -1
}

// valueStart returns the offset of the start of the JSON value that ends at
// end (encoding/json reports type errors just after the value).
func valueStart(raw []byte, end int64) int64 {
	if end <= 0 || end > int64(len(raw)) {
		return end
	}
	i := int(end) - 1
	switch raw[i] {
	case '"':
		for i--; i >= 0; i-- {
			if raw[i] == '"' && (i == 0 || raw[i-1] != '\\') {
				return int64(i)
			}
		}
	case '}', ']':
		depth, inString := 0, false
		for ; i >= 0; i-- {
			switch c := raw[i]; {
			case c == '"' && (i == 0 || raw[i-1] != '\\'):
				inString = !inString
			case inString:
			case c == '}' || c == ']':
				depth++
			case c == '{' || c == '[':
				depth--
				if depth == 0 {
					return int64(i)
				}
			}
		}
	default:
		for i > 0 && bytes.IndexByte([]byte("0123456789+-.eEtruefalsn"), raw[i-1]) >= 0 {
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
