package filing_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// decodeWireExample is the example application of the package documentation, as
// stored in testdata/wire_example.json, written out as Go values.
func decodeWireExample() *filing.Application {
	return &filing.Application{
		Type: filing.FirstFiling,
		AsOf: filing.Date{Year: 2026, Month: time.November, Day: 28},
		Sponsor: filing.Sponsor{
			Region:         filing.Region{Province: "浙江省", City: "杭州市", District: "西湖区"},
			Nature:         filing.Enterprise,
			CertType:       filing.CertBusinessLicence,
			Name:           "杭州某某科技有限公司",
			CertNumber:     "91330106XXXXXXXXXX",
			CertAddress:    "浙江省杭州市西湖区某某路1号",
			MailingAddress: "浙江省杭州市西湖区某某路1号5幢301室",
			Investor:       "张三",
			Principal: filing.Principal{
				Name:                  "张三",
				CertType:              filing.CertResidentID,
				CertNumber:            "330106XXXXXXXXXXXX",
				CertExpiry:            filing.Expiry{Date: filing.Date{Year: 2035, Month: time.January, Day: 1}},
				Mobile:                "13800138000",
				Contact2:              "086-0571-88888888",
				EmergencyMobile:       "13900139000",
				Email:                 "zhangsan@example.com",
				IsLegalRepresentative: true,
			},
		},
		Websites: []filing.Website{{
			Name:            "某某科技官方网站",
			Domains:         []string{"example.com"},
			PreviousDomains: []string{},
			ContentType:     filing.UnitPortal,
			ServiceType:     filing.WebsiteApplication,
			Languages:       []string{"zh-Hans"},
			Sectors:         []filing.Sector{},
			PreApprovals:    []filing.PreApproval{{Sector: filing.SectorNews, Number: "..."}},
			Access:          filing.Access{Service: filing.ServiceECS, IPs: []string{"47.96.10.10"}},
			Principal: &filing.Principal{
				Name:            "李四",
				CertType:        filing.CertResidentID,
				CertNumber:      "330106199001011234",
				CertExpiry:      filing.Expiry{LongTerm: true},
				Mobile:          "13900139000",
				Contact2:        "13700137000",
				EmergencyMobile: "13600136000",
				Email:           "lisi@example.com",
			},
		}},
	}
}

// TestDecodeWireExample decodes the example application field by field.
func TestDecodeWireExample(t *testing.T) {
	f, err := os.Open("testdata/wire_example.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := filing.Decode(f)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if diff := cmp.Diff(decodeWireExample(), got); diff != "" {
		t.Errorf("Decode(wire_example.json) (-want +got):\n%s", diff)
	}
}

// TestDecodeErrors checks the errors of malformed documents: each is a
// *DecodeError naming what is wrong and where.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		line, col  int
		msg        string // a part of the message
		is         error  // a wrapped error, if any
		wantNoLine bool
	}{
		// Nothing to decode: no position.
		{name: "empty", in: "", msg: "empty document", is: io.EOF, wantNoLine: true},
		{name: "only white space", in: " \n\t", msg: "empty document", is: io.EOF, wantNoLine: true},
		// A typo in a key is reported at the key's opening quote: line 2, column 3.
		{name: "unknown top-level field", in: "{\n  \"tpye\": \"first_filing\"\n}", line: 2, col: 3, msg: `unknown field "tpye"`},
		// Nested unknown field: "nmae" starts at column 14 of line 2.
		{name: "unknown nested field", in: "{\"sponsor\": {\n  \"region\": {\"nmae\": \"x\"}}}", line: 2, col: 14, msg: `unknown field "nmae"`},
		// encoding/json would accept these three silently.
		{name: "null document", in: "\n null", line: 2, col: 2, msg: "must be a JSON object"},
		{name: "key in another case", in: "{\"sponsor\": {\"Cert_Number\": \"x\"}}", line: 1, col: 14, msg: `unknown field "Cert_Number" (did you mean "cert_number"?)`},
		{name: "repeated key", in: "{\"type\": \"first_filing\",\n \"type\": \"access\"}", line: 2, col: 2, msg: `field "type" given twice`},
		// A key valid in one object is unknown in another: the unknown one,
		// inside region on line 2, is reported, not sponsor.name on line 1.
		{name: "unknown key that is valid elsewhere", in: "{\"sponsor\": {\"name\": \"x\",\n \"region\": {\"name\": \"y\"}}}", line: 2, col: 13, msg: `unknown field "name"`},
		// The second website's typo, inside an array.
		{name: "unknown field in the second website", in: "{\"websites\": [{\"name\": \"a\"},\n {\"nmae\": \"b\"}]}", line: 2, col: 3, msg: `unknown field "nmae"`},
		// websites must be an array, not a string.
		{name: "wrong type", in: `{"websites": "example.com"}`, line: 1, msg: "websites must be an array, not string"},
		// reuse_subject_principal must be a bool.
		{name: "wrong nested type", in: `{"websites": [{"reuse_subject_principal": "yes"}]}`, line: 1, msg: "must be true or false, not string"},
		// The whole document must be an object.
		{name: "document is an array", in: `[]`, line: 1, msg: "the document must be a JSON object, not array"},
		// A second value after the application; the position is after the first.
		{name: "trailing data", in: "{}\n{}", line: 2, msg: "unexpected data after the application"},
		// Trailing garbage that is not JSON either.
		{name: "trailing garbage", in: "{} x", line: 1, msg: "unexpected data after the application"},
		// Cut in the middle: reported at the end of the input.
		{name: "truncated", in: "{\"type\": \"first_filing\",\n", line: 2, col: 1, msg: "unexpected end of the document", is: io.ErrUnexpectedEOF},
		// Not JSON at all: the offset of the bad byte.
		{name: "syntax error", in: "{\"type\" \"x\"}", line: 1, msg: "invalid JSON"},
		// An impossible as_of, reported at its key: line 2, column 3.
		{name: "impossible as_of", in: "{\n  \"as_of\": \"2026-02-30\"\n}", line: 2, col: 3, msg: "as_of:", is: filing.ErrDate},
		// A malformed cert_expiry deep inside, at its key: line 3, column 5.
		{name: "bad cert_expiry", in: "{\"sponsor\": {\n \"principal\": {\n    \"cert_expiry\": \"forever\"}}}", line: 3, col: 5, msg: "cert_expiry:"},
		// A valid cert_expiry before the bad one does not mislead the
		// position; the path names the website.
		{name: "second cert_expiry is the bad one", in: "{\"sponsor\": {\"principal\": {\"cert_expiry\": \"2035-01-01\"}},\n \"websites\": [{}, {\"principal\": {\"cert_expiry\": \"20350101\"}}]}", line: 2, col: 34, msg: "websites[1].principal.cert_expiry:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, err := filing.Decode(strings.NewReader(tt.in))
			if app != nil {
				t.Errorf("Decode returned an application with error %v", err)
			}
			var de *filing.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T) is not a *DecodeError", err, err)
			}
			if tt.wantNoLine && de.Line != 0 {
				t.Errorf("Line = %d, want 0", de.Line)
			}
			if !tt.wantNoLine && de.Line != tt.line {
				t.Errorf("Line = %d, want %d (%v)", de.Line, tt.line, err)
			}
			if tt.col != 0 && de.Column != tt.col {
				t.Errorf("Column = %d, want %d (%v)", de.Column, tt.col, err)
			}
			if !strings.Contains(de.Msg, tt.msg) {
				t.Errorf("Msg = %q, want it to contain %q", de.Msg, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "filing: ") {
				t.Errorf("Error() = %q lacks the package prefix", err.Error())
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.is)
			}
		})
	}
}

// TestDecodeTooLarge checks the 1 MiB limit at its edge.
func TestDecodeTooLarge(t *testing.T) {
	// Exactly MaxApplicationSize bytes: an object padded with spaces.
	doc := "{}" + strings.Repeat(" ", filing.MaxApplicationSize-2)
	if _, err := filing.Decode(strings.NewReader(doc)); err != nil {
		t.Errorf("a document of exactly 1 MiB: %v", err)
	}
	// One byte more is rejected before decoding.
	_, err := filing.Decode(strings.NewReader(doc + " "))
	if !errors.Is(err, filing.ErrTooLarge) {
		t.Fatalf("1 MiB + 1 byte: got %v, want ErrTooLarge", err)
	}
	var de *filing.DecodeError
	if !errors.As(err, &de) || de.Line != 0 || !strings.Contains(err.Error(), "larger than 1 MiB") {
		t.Errorf("1 MiB + 1 byte: %#v", err)
	}
}

// decodeFailingReader fails after its data.
type decodeFailingReader struct{ err error }

func (r decodeFailingReader) Read([]byte) (int, error) { return 0, r.err }

// TestDecodeReadError wraps the reader's error.
func TestDecodeReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := filing.Decode(decodeFailingReader{boom})
	var de *filing.DecodeError
	if !errors.As(err, &de) || !errors.Is(err, boom) || !strings.Contains(de.Msg, "reading") {
		t.Errorf("got %v, want a *DecodeError wrapping the read error", err)
	}
}

// TestDecodeKeepsUnknownValues checks that enum values this version does not
// know survive decoding, for the rule engine to report.
func TestDecodeKeepsUnknownValues(t *testing.T) {
	in := `{"type": "transfer", "sponsor": {"nature": "alien", "cert_type": "moon_pass"},
	"websites": [{"content_type": "casino", "service_type": "mining", "sectors": ["space"],
	"pre_approvals": [{"sector": "mars", "number": "1"}], "access": {"service": "cloud9"}}]}`
	app, err := filing.Decode(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	w := app.Websites[0]
	got := []string{string(app.Type), string(app.Sponsor.Nature), string(app.Sponsor.CertType),
		string(w.ContentType), string(w.ServiceType), string(w.Sectors[0]), string(w.PreApprovals[0].Sector), string(w.Access.Service)}
	want := []string{"transfer", "alien", "moon_pass", "casino", "mining", "space", "mars", "cloud9"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("unknown values (-want +got):\n%s", diff)
	}
	// None of them is known.
	if app.Type.IsKnown() || app.Sponsor.Nature.IsKnown() || app.Sponsor.CertType.IsKnown() || w.ContentType.IsKnown() ||
		w.ServiceType.IsKnown() || w.Sectors[0].IsKnown() || w.PreApprovals[0].Sector.IsKnown() || w.Access.Service.IsKnown() {
		t.Error("an unknown value reports IsKnown")
	}
}

// TestDecodeExpiry checks the three forms of cert_expiry and absent dates.
func TestDecodeExpiry(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want filing.Expiry
	}{
		// 长期: valid for life.
		{"long term", `"long_term"`, filing.Expiry{LongTerm: true}},
		// A date.
		{"date", `"2035-01-01"`, filing.Expiry{Date: filing.Date{Year: 2035, Month: time.January, Day: 1}}},
		// Empty text: not given.
		{"empty", `""`, filing.Expiry{}},
	}
	for _, tt := range tests {
		app, err := filing.Decode(strings.NewReader(`{"sponsor": {"principal": {"cert_expiry": ` + tt.in + `}}}`))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := app.Sponsor.Principal.CertExpiry; got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
	// Absent as_of and cert_expiry stay zero and are left out when encoding.
	app, err := filing.Decode(strings.NewReader(`{"type": "first_filing"}`))
	if err != nil {
		t.Fatal(err)
	}
	if !app.AsOf.IsZero() || !app.Sponsor.Principal.CertExpiry.IsZero() {
		t.Errorf("absent dates decoded as %v, %v", app.AsOf, app.Sponsor.Principal.CertExpiry)
	}
	b, _ := json.Marshal(app)
	if bytes.Contains(b, []byte("as_of")) || bytes.Contains(b, []byte("cert_expiry")) {
		t.Errorf("zero dates encoded: %s", b)
	}
}

// TestDecodeRoundTrip encodes generated applications and decodes them back.
func TestDecodeRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		app := filingtest.Application(filingtest.Options{}).Draw(t, "app")
		b, err := json.MarshalIndent(app, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got, err := filing.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("Decode: %v\n%s", err, b)
		}
		if diff := cmp.Diff(app, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// FuzzDecode feeds arbitrary bytes to Decode: it never panics, every error
// is a *DecodeError that says what and, with a position, where, and an
// accepted document re-encodes to the same application.
func FuzzDecode(f *testing.F) {
	if b, err := os.ReadFile("testdata/wire_example.json"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		``, `{}`, `[]`, `null`, `{"type": 1}`, `{"as_of": "2026-02-29"}`,
		`{"sponsor": {"principal": {"cert_expiry": "long_term"}}}`,
		`{"websites": [{"principal": null, "access": {"ips": ["::1"]}}]}`,
		"{\"tpye\": 1}", `{} {}`, `{"type": "first_filing"`, "\xff\xfe",
		`{"type": "a", "typ\u0065": "b"}`, "\xEF\xBB\xBF{}", `{"sponsor": {"name": "\ud800"}}`,
		`{"websites": [{}, {"domains": [1]}]}`, `{"websites": [[[[[[]]]]]]}`, `{"as_of": 1e400}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		app, err := filing.Decode(bytes.NewReader(data))
		if err != nil {
			var de *filing.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T) is not a *DecodeError", err, err)
			}
			if de.Line < 0 || (de.Line == 0 && de.Msg == "") || (de.Line > 0 && de.Column < 1) {
				t.Fatalf("error without position or message: %#v", de)
			}
			if !strings.HasPrefix(err.Error(), "filing: ") {
				t.Fatalf("message lacks the prefix: %q", err.Error())
			}
			// The scanner and encoding/json agree on what is JSON.
			if strings.HasPrefix(de.Msg, "invalid JSON") && json.Valid(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))) {
				t.Fatalf("valid JSON reported as invalid: %v", err)
			}
			return
		}
		b, err := json.Marshal(app)
		if err != nil {
			t.Fatalf("re-encoding: %v", err)
		}
		again, err := filing.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("decoding the re-encoded document: %v\n%s", err, b)
		}
		if diff := cmp.Diff(app, again, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}

// BenchmarkDecodeApplication decodes the example application (2.5 KB).
func BenchmarkDecodeApplication(b *testing.B) {
	data, err := os.ReadFile("testdata/wire_example.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := filing.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecodeStrict checks what encoding/json alone would let through: keys
// repeated under another spelling, invalid UTF-8, lone surrogates; and the
// path of a type error inside an array.
func TestDecodeStrict(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		line, col int
		path      string
		msg       string
	}{
		// "mobil\u0065" is "mobile": a repeat, whatever the spelling.
		{name: "repeat after unescaping", in: `{"sponsor": {"principal": {"mobile": "1", "mobil\u0065": "2"}}}`, line: 1, col: 43,
			path: "sponsor.principal", msg: `field "mobile" given twice`},
		// An escaped key that names no field is unknown, unescaped.
		{name: "escaped unknown key", in: `{"t\u0079pe": "x", "n\u0061me": "y"}`, line: 1, col: 20, msg: `unknown field "name"`},
		// Invalid UTF-8 is an error at the byte, not a silent U+FFFD.
		{name: "invalid UTF-8", in: "{\"sponsor\": {\n \"name\": \"ab\xffc\"}}", line: 2, col: 13, path: "sponsor.name", msg: "invalid UTF-8"},
		{name: "invalid UTF-8 in a key", in: "{\"\xc3\": 1}", line: 1, col: 3, msg: "invalid UTF-8"},
		// A lone surrogate escape would become U+FFFD too.
		{name: "lone surrogate", in: `{"sponsor": {"name": "a\ud800b"}}`, line: 1, col: 24, path: "sponsor.name", msg: "lone UTF-16 surrogate"},
		{name: "lone low surrogate", in: `{"sponsor": {"name": "\udc00"}}`, line: 1, col: 23, path: "sponsor.name", msg: "lone UTF-16 surrogate"},
		// Type errors name the element by its index.
		{name: "type error in the third website", in: `{"websites": [{}, {}, {"principal": {"cert_number": 1}}]}`, line: 1, col: 53,
			path: "websites[2].principal.cert_number", msg: "websites[2].principal.cert_number must be a string, not number"},
		{name: "type error in a list", in: `{"websites": [{"domains": ["a.cn", ["b.cn"]]}]}`, line: 1, col: 36,
			path: "websites[0].domains[1]", msg: "websites[0].domains[1] must be a string, not array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := filing.Decode(strings.NewReader(tt.in))
			var de *filing.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *DecodeError", err)
			}
			if de.Line != tt.line || de.Column != tt.col || de.Path != tt.path || !strings.Contains(de.Msg, tt.msg) {
				t.Errorf("got line %d, column %d, path %q, %q; want %d, %d, %q, %q", de.Line, de.Column, de.Path, de.Msg, tt.line, tt.col, tt.path, tt.msg)
			}
		})
	}
	// Valid escapes decode: a surrogate pair, a BMP character, a slash.
	app, err := filing.Decode(strings.NewReader(`{"sponsor": {"name": "\ud83d\ude00\u4e2d\/"}}`))
	if err != nil || app.Sponsor.Name != "😀中/" {
		t.Errorf("escapes: %q, %v", app.Sponsor.Name, err)
	}
}

// TestDecodeBOM: a UTF-8 byte-order mark at the start is skipped.
func TestDecodeBOM(t *testing.T) {
	b, err := os.ReadFile("testdata/wire_example.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := filing.Decode(bytes.NewReader(append([]byte("\xEF\xBB\xBF"), b...)))
	if err != nil {
		t.Fatalf("Decode with a BOM: %v", err)
	}
	if diff := cmp.Diff(decodeWireExample(), got); diff != "" {
		t.Errorf("Decode with a BOM (-want +got):\n%s", diff)
	}
	// A BOM elsewhere is no white space.
	if _, err := filing.Decode(strings.NewReader(" \xEF\xBB\xBF{}")); err == nil {
		t.Error("a BOM after white space was accepted")
	}
}

// decodeList builds {"websites": [...]} with n websites, each made by site.
func decodeList(n int, site func(i int) string) string {
	var b strings.Builder
	b.WriteString(`{"websites": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(site(i))
	}
	b.WriteString("]}")
	return b.String()
}

// decodeStrings renders n JSON strings s, comma-separated.
func decodeStrings(n int, s string) string {
	return strings.TrimSuffix(strings.Repeat(`"`+s+`",`, n), ",")
}

// TestDecodeLimits makes every limit fire one past its default, at the
// element over it, and shows the default itself and a raised limit pass.
func TestDecodeLimits(t *testing.T) {
	def := filing.DefaultLimits()
	one := func(body string) func(int) string { return func(int) string { return body } }
	tests := []struct {
		name  string
		limit string
		max   int
		doc   func(n int) string // a document with n of the limited thing
		path  string
		raise filing.Limits // a Decoder with this limit accepts max+1
	}{
		{"websites", "Websites", def.Websites, func(n int) string { return decodeList(n, one("{}")) }, "websites", filing.Limits{Websites: 1000}},
		{"domains", "Domains", def.Domains, func(n int) string {
			return decodeList(1, one(`{"domains": [`+decodeStrings(n, "a.cn")+`]}`))
		}, "websites[0].domains", filing.Limits{Domains: 1000}},
		{"previous domains", "PreviousDomains", def.PreviousDomains, func(n int) string {
			return decodeList(1, one(`{"previous_domains": [`+decodeStrings(n, "a.cn")+`]}`))
		}, "websites[0].previous_domains", filing.Limits{PreviousDomains: 1000}},
		{"ips", "IPs", def.IPs, func(n int) string {
			return decodeList(2, one(`{"access": {"ips": [`+decodeStrings(n, "1.1.1.1")+`]}}`))
		}, "websites[0].access.ips", filing.Limits{IPs: 1000}},
		{"languages", "Languages", def.Languages, func(n int) string {
			return decodeList(1, one(`{"languages": [`+decodeStrings(n, "zh")+`]}`))
		}, "websites[0].languages", filing.Limits{Languages: 1000}},
		{"sectors", "Sectors", def.Sectors, func(n int) string {
			return decodeList(1, one(`{"sectors": [`+decodeStrings(n, "news")+`]}`))
		}, "websites[0].sectors", filing.Limits{Sectors: 1000}},
		{"pre-approvals", "PreApprovals", def.PreApprovals, func(n int) string {
			return decodeList(1, one(`{"pre_approvals": [`+strings.TrimSuffix(strings.Repeat(`{},`, n), ",")+`]}`))
		}, "websites[0].pre_approvals", filing.Limits{PreApprovals: 1000}},
		{"string", "String", def.String, func(n int) string {
			return `{"sponsor": {"remark": "` + strings.Repeat("a", n) + `"}}`
		}, "sponsor.remark", filing.Limits{String: 10000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := filing.Decode(strings.NewReader(tt.doc(tt.max))); err != nil {
				t.Errorf("at the limit %d: %v", tt.max, err)
			}
			over := tt.doc(tt.max + 1)
			_, err := filing.Decode(strings.NewReader(over))
			decodeCheckLimit(t, err, tt.limit, tt.max, tt.path)
			if _, err := (filing.Decoder{Limits: tt.raise}).Decode(strings.NewReader(over)); err != nil {
				t.Errorf("with a raised limit: %v", err)
			}
		})
	}
	// Escapes count as the text they stand for: \u4e2d is 中, 3 bytes, so
	// 1365 of them fit in 4096 bytes and 1366 do not.
	escaped := func(n int) string { return `{"sponsor": {"remark": "` + strings.Repeat(`\u4e2d`, n) + `"}}` }
	if _, err := filing.Decode(strings.NewReader(escaped(def.String / 3))); err != nil {
		t.Errorf("%d escaped characters: %v", def.String/3, err)
	}
	_, err := filing.Decode(strings.NewReader(escaped(def.String/3 + 1)))
	decodeCheckLimit(t, err, "String", def.String, "sponsor.remark")
	// The application nests 4 deep with a website principal: Depth 3
	// refuses the principal's object.
	_, err = filing.Decoder{Limits: filing.Limits{Depth: 3}}.Decode(strings.NewReader(`{"websites": [{"principal": {}}]}`))
	decodeCheckLimit(t, err, "Depth", 3, "websites[0].principal")
	// A smaller Bytes limit, reported as ErrTooLarge too.
	_, err = filing.Decoder{Limits: filing.Limits{Bytes: 10}}.Decode(strings.NewReader(`{"type": "first_filing"}`))
	if !errors.Is(err, filing.ErrTooLarge) || !errors.Is(err, filing.ErrLimit) || !strings.Contains(err.Error(), "larger than 10 bytes") {
		t.Errorf("Bytes: 10: %v", err)
	}
	// DefaultLimits returns a new value each time.
	l := filing.DefaultLimits()
	l.Websites = 1
	if filing.DefaultLimits().Websites != def.Websites {
		t.Error("DefaultLimits shares its value")
	}
}

// decodeCheckLimit checks that err reports the limit named limit, of value
// max, on line 1 at path.
func decodeCheckLimit(t *testing.T, err error, limit string, max int, path string) {
	t.Helper()
	var (
		de *filing.DecodeError
		le *filing.LimitError
	)
	if !errors.As(err, &de) || !errors.As(err, &le) || !errors.Is(err, filing.ErrLimit) {
		t.Fatalf("over the limit %s: %v, want a *DecodeError wrapping a *LimitError", limit, err)
	}
	if le.Limit != limit || le.Max != max || de.Path != path || de.Line != 1 ||
		!strings.Contains(de.Msg, "limit "+limit) || !strings.HasPrefix(de.Msg, path) {
		t.Errorf("over the limit: %+v, %+v; want limit %s %d at %s", de, le, limit, max, path)
	}
}

// TestDecodeMemory: for accepted documents up to the size limit, of every
// shape that makes the decoder allocate most per input byte, the memory
// allocated stays within 8 times the input plus a fixed 256 KiB (the Go
// values of at most Limits.Websites empty websites and the like).
func TestDecodeMemory(t *testing.T) {
	def := filing.DefaultLimits()
	long := strings.Repeat("网", def.String/3)
	shapes := map[string]string{
		"empty websites": decodeList(def.Websites, func(int) string { return "{}" }),
		"empty domains":  decodeList(def.Websites, func(int) string { return `{"domains": [` + decodeStrings(def.Domains, "") + `]}` }),
		"empty ips":      decodeList(def.Websites, func(int) string { return `{"access": {"ips": [` + decodeStrings(def.IPs, "") + `]}}` }),
		"empty pre-approval": decodeList(def.Websites, func(int) string {
			return `{"pre_approvals": [` + strings.TrimSuffix(strings.Repeat("{},", def.PreApprovals), ",") + `]}`
		}),
		"long names":    decodeList(def.Websites, func(int) string { return `{"name": "` + long + `", "remark": "` + long + `"}` }),
		"escaped names": decodeList(def.Websites, func(int) string { return `{"name": "` + strings.Repeat(`\n`, def.String) + `"}` }),
		"principals": decodeList(def.Websites, func(int) string {
			return `{"principal": {"name": "` + long + `", "cert_expiry": "long_term"}}`
		}),
	}
	for name, doc := range shapes {
		if len(doc) > def.Bytes {
			t.Fatalf("%s: %d bytes, over the size limit", name, len(doc))
		}
		data := []byte(doc)
		if _, err := filing.Decode(bytes.NewReader(data)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, _ = filing.Decode(bytes.NewReader(data))
		runtime.ReadMemStats(&after)
		alloc := after.TotalAlloc - before.TotalAlloc
		if bound := 8*uint64(len(data)) + 256<<10; alloc > bound {
			t.Errorf("%s: %d bytes of input allocate %d bytes, over %d", name, len(data), alloc, bound)
		}
		t.Logf("%s: %d bytes in, %d allocated (%.1f×)", name, len(data), alloc, float64(alloc)/float64(len(data)))
	}
	// A document of 349k empty websites is refused at the 101st, before
	// anything is allocated for the websites.
	huge := decodeList((def.Bytes-20)/3, func(int) string { return "{}" })
	allocs := testing.AllocsPerRun(3, func() { _, _ = filing.Decode(strings.NewReader(huge)) })
	if allocs > 20 {
		t.Errorf("refusing %d websites takes %.0f allocations", (def.Bytes-20)/3, allocs)
	}
}
