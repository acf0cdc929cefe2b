package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata")

// beijing are the flags of the Beijing site on record in most pages.
var beijing = []string{"-number", "京ICP备12345678号-1", "-psb", "京公网安备 11010502030143号"}

// numberOnly is the Beijing site without a public-security number.
var numberOnly = []string{"-number", "京ICP备12345678号-1"}

// TestGolden runs the command on every page of testdata and compares its
// output and exit status with the golden report.
func TestGolden(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		page    string
		status  int
		comment string
	}{
		{"good", beijing, "good.html", 0, "number, link, public-security number and link all right"},
		{"good_en_text", append([]string{"-format", "text", "-lang", "en"}, beijing...), "good.html", 0, "text output"},
		{"missing", numberOnly, "missing.html", 1, "no filing number at all; hidden, commented and script numbers do not count"},
		{"wrong_number", numberOnly, "wrong_number.html", 1, "another subject's number"},
		{"old_link", numberOnly, "old_link.html", 1, "linked to the retired miitbeian.gov.cn"},
		{"link_missing", numberOnly, "link_missing.html", 1, "not linked at all"},
		{"split_spans", []string{"-number", "京ICP备12345678号-1"}, "split_spans.html", 0, "entities, spans and white space inside the number"},
		{"image_only", []string{"-number", "京ICP备12345678号-1"}, "image_only.html", 0, "only in an image's alt"},
		{"image_only_en", []string{"-number", "京ICP备12345678号-1", "-lang", "en"}, "image_only.html", 0, "English messages"},
		{"extra_number", []string{"-number", "京ICP备12345678号-1"}, "extra_number.html", 0, "another site's number besides the right one"},
		{"jiangsu_no_copyright", []string{"-number", "苏ICP备2021012345号-1", "-unit", "苏州某某科技有限公司"}, "jiangsu_no_copyright.html", 1, "Jiangsu: copyright line names another unit"},
		{"jiangsu_by_flag", []string{"-number", "京ICP备12345678号-1", "-province", "江苏省", "-unit", "北京某某科技有限公司"}, "psb_missing.html", 1, "Jiangsu given as the province: no copyright line"},
		{"psb_missing", beijing, "psb_missing.html", 1, "public-security number on record, not shown"},
		{"psb_old_link", beijing, "psb_old_link.html", 0, "public-security number linked to the retired www.beian.gov.cn"},
		{"gbk", []string{"-number", "京ICP备12345678号"}, "gbk.html", 0, "GBK page declared by http-equiv"},
		{"not_html", beijing, "not_html.bin", 1, "a PNG image"},
		{"deep", []string{"-number", "京ICP备12345678号-1"}, "deep.html", 1, "nesting deeper than the parser accepts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(append([]string(nil), tt.args...), filepath.Join("testdata", tt.page))
			status := run(args, strings.NewReader(""), &stdout, &stderr)
			got := "exit " + strconv.Itoa(status) + "\n" + stdout.String()
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s: output mismatch (-want +got):\n%s", tt.comment, diff)
			}
			if status != tt.status || stderr.Len() != 0 {
				t.Errorf("%s: status %d, stderr %q; want %d and nothing", tt.comment, status, stderr.String(), tt.status)
			}
		})
	}
}

// TestUsage checks the flags and inputs the command refuses with status 2
// and one line on stderr.
func TestUsage(t *testing.T) {
	tests := []struct {
		args    []string
		stdin   string
		comment string
	}{
		{[]string{"testdata/good.html"}, "", "no -number"},
		{[]string{"-number", "京ICP备123号", "testdata/good.html"}, "", "malformed -number"},
		{[]string{"-number", "京ICP备12345678号", "-psb", "京公网安备 1号", "testdata/good.html"}, "", "malformed -psb"},
		{[]string{"-number", "京ICP备12345678号", "-format", "xml", "-"}, "", "unknown format"},
		{[]string{"-number", "京ICP备12345678号", "-lang", "fr", "-"}, "", "unknown language"},
		{[]string{"-number", "京ICP备12345678号"}, "", "no file"},
		{[]string{"-number", "京ICP备12345678号", "a", "b"}, "", "two files"},
		{[]string{"-number", "京ICP备12345678号", "testdata/no-such-file.html"}, "", "file not found"},
		{[]string{"-number", "京ICP备12345678号", "-province", "火星省", "testdata/good.html"}, "", "unknown province"},
		{[]string{"-bogus", "-number", "京ICP备12345678号", "-"}, "", "unknown flag"},
		{[]string{"-number", "京ICP备12345678号", "-"}, strings.Repeat("a", 10<<20+1), "larger than 10 MiB"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
		if status != 2 || stdout.Len() != 0 || strings.Count(stderr.String(), "\n") != 1 {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want 2, nothing, one line", tt.comment, status, stdout.String(), stderr.String())
		}
	}
}

// TestStdin reads the page from standard input.
func TestStdin(t *testing.T) {
	var stdout, stderr bytes.Buffer
	page := `<a href="https://beian.miit.gov.cn">京ICP备12345678号</a>`
	if status := run([]string{"-number", "京ICP备12345678号-2", "-"}, strings.NewReader(page), &stdout, &stderr); status != 0 {
		t.Errorf("status %d, stdout %s, stderr %s; want 0", status, stdout.String(), stderr.String())
	}
}
