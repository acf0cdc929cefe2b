package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata")

// fixedNow is the clock of the tests: 2026-11-28 in Shanghai.
func fixedNow() time.Time { return time.Date(2026, 11, 28, 10, 0, 0, 0, shanghai) }

// TestGolden runs the command on every sample application and compares its
// output and exit status with the golden files (refresh with -update).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	for _, file := range files {
		for _, run1 := range []struct{ format, lang, suffix string }{
			{"json", "zh", ".json"}, {"text", "zh", ".text"}, {"json", "en", ".en.json"}, {"text", "en", ".en.text"},
		} {
			format := run1.format
			name := strings.TrimSuffix(filepath.Base(file), ".json")
			t.Run(name+"/"+format+"/"+run1.lang, func(t *testing.T) {
				var out, errOut bytes.Buffer
				code := run([]string{"-format", format, "-lang", run1.lang, file}, nil, &out, &errOut, fixedNow)
				got := out.String() + errOut.String() + "exit " + string(rune('0'+code)) + "\n"
				golden := filepath.Join("testdata", "golden", name+run1.suffix)
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update)", err)
				}
				if diff := cmp.Diff(string(want), got); diff != "" {
					t.Errorf("output (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestExitStatus: 0 no errors, 1 errors, 2 unusable input or flags, with one
// line on stderr and no report.
func TestExitStatus(t *testing.T) {
	big := "{" + strings.Repeat(" ", 1<<20) + "}"
	cases := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr string // a part of the one line on stderr
	}{
		{"valid enterprise", []string{"testdata/enterprise_ok.json"}, "", 0, ""},
		{"broken unit", []string{"testdata/broken_unit.json"}, "", 1, ""},
		{"from stdin", []string{"-"}, `{"type":"first_filing","as_of":"2026-11-28","sponsor":{},"websites":[]}`, 1, ""},
		{"unknown field", []string{"testdata/unknown_field.json"}, "", 2, `line 2, column 3: unknown field "sponsr"`},
		{"not JSON", []string{"testdata/not_json.txt"}, "", 2, "line 1, column"},
		{"wrong type", []string{"-"}, `{"type": 3}`, 2, "line 1, column 10: type must be a string"},
		{"missing file", []string{"testdata/nope.json"}, "", 2, "no such file"},
		{"larger than 1 MiB", []string{"-"}, big, 2, "larger than 1 MiB"},
		{"empty input", []string{"-"}, "", 2, "empty document"},
		{"bad format flag", []string{"-format", "xml", "-"}, "{}", 2, "-format must be json or text"},
		{"bad language", []string{"-lang", "fr", "-"}, "{}", 2, "-lang must be zh or en"},
		{"bad date", []string{"-as-of", "2026-02-30", "-"}, "{}", 2, "-as-of"},
		{"unknown rule set", []string{"-ruleset", "nope", "-"}, "{}", 2, "unknown rule set"},
		{"unknown flag", []string{"-verbose", "-"}, "{}", 2, "flag provided but not defined"},
		{"no file", nil, "", 2, "give one application file"},
		{"catalog", []string{"-catalog"}, "", 0, ""},
		{"overlay catalog", []string{"-catalog", "-ruleset", "vendor-kb-2025"}, "", 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(c.args, strings.NewReader(c.stdin), &out, &errOut, fixedNow)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, errOut.String())
			}
			if c.code == 2 {
				if out.Len() != 0 || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), c.stderr) {
					t.Errorf("stdout %q, stderr %q; want one line with %q", out.String(), errOut.String(), c.stderr)
				}
				return
			}
			if !json.Valid(out.Bytes()) && c.args[0] != "-format" {
				t.Errorf("output is not JSON: %s", out.String())
			}
		})
	}
}

// TestAsOfDefaultsToToday: without -as-of and without as_of in the file,
// the rules are evaluated on today's date in Shanghai.
func TestAsOfDefaultsToToday(t *testing.T) {
	var out, errOut bytes.Buffer
	late := func() time.Time { return time.Date(2026, 11, 28, 17, 0, 0, 0, time.UTC) } // 01:00 on the 29th in Shanghai
	run([]string{"-"}, strings.NewReader(`{"type":"first_filing","sponsor":{},"websites":[]}`), &out, &errOut, late)
	var r struct {
		AsOf string `json:"as_of"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil || r.AsOf != "2026-11-29" {
		t.Errorf("as_of = %q (%v), want 2026-11-29", r.AsOf, err)
	}
}

// FuzzRun feeds any bytes to the command: it never panics, exits 0, 1 or 2,
// and prints valid JSON whenever it does not exit 2.
func FuzzRun(f *testing.F) {
	for _, file := range []string{"testdata/enterprise_ok.json", "testdata/broken_unit.json", "testdata/unknown_field.json"} {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"type":"first_filing","websites":[{"domains":["例子.中国"],"access":{"ips":["::1"]}}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errOut bytes.Buffer
		code := run([]string{"-"}, bytes.NewReader(in), &out, &errOut, fixedNow)
		switch code {
		case 0, 1:
			if !json.Valid(out.Bytes()) {
				t.Fatalf("exit %d with invalid JSON: %q", code, out.String())
			}
		case 2:
			if strings.Contains(errOut.String(), "internal error") {
				t.Fatalf("panic: %s", errOut.String())
			}
		default:
			t.Fatalf("exit %d", code)
		}
	})
}

// TestHelp: -h and -help print the usage with every flag on standard output
// and exit 0, not "flag: help requested".
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		var out, errOut bytes.Buffer
		if code := run([]string{arg}, strings.NewReader(""), &out, &errOut, fixedNow); code != 0 || errOut.Len() != 0 {
			t.Errorf("%s: exit %d, stderr %q", arg, code, errOut.String())
		}
		for _, want := range []string{"Usage:", "-catalog", "-as-of", "-ruleset", "Exit status"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s: usage lacks %q:\n%s", arg, want, out.String())
			}
		}
	}
}

// TestTextSpeaksOneLanguage: the English text report has no Chinese words
// of its own and the Chinese one no English words of its own (messages and
// materials aside, which quote names as they are).
func TestTextSpeaksOneLanguage(t *testing.T) {
	for _, c := range []struct{ lang, foreign string }{
		{"en", "未通过|通过|错误|警告|建议|材料|短信"},
		{"zh", "ruleset|rule set|error(s)|NOT OK|not ok|warning |advice |item|sms|prepare"},
	} {
		var out, errOut bytes.Buffer
		run([]string{"-format", "text", "-lang", c.lang, "testdata/broken_unit.json"}, strings.NewReader(""), &out, &errOut, fixedNow)
		if out.Len() == 0 {
			t.Fatalf("%s: no output; stderr %q", c.lang, errOut.String())
		}
		for line := range strings.SplitSeq(out.String(), "\n") {
			head, _, _ := strings.Cut(line, ":") // the fixed words stand before the message
			for _, w := range strings.Split(c.foreign, "|") {
				if strings.Contains(head, w) {
					t.Errorf("%s: %q in %q", c.lang, w, line)
				}
			}
		}
	}
}
