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
		{"number_malformed", []string{"-number", "陕ICP备12004437号"}, "number_malformed.html", 1, "the number on record without 号 and with the sequence before 号"},
		{"number_malformed_text", []string{"-number", "陕ICP备12004437号", "-format", "text"}, "number_malformed.html", 1, "text output in Chinese throughout"},
		{"number_malformed_en_text", []string{"-number", "陕ICP备12004437号", "-format", "text", "-lang", "en"}, "number_malformed.html", 1, "text output in English throughout"},
		{"psb_malformed", []string{"-number", "京ICP备13087421号-1", "-psb", "京公网安备 11010502031234号"}, "psb_malformed.html", 1, "the public-security number without 号"},
		{"app_number", []string{"-number", "浙ICP备2026031826号-1"}, "app_number.html", 1, "the subject's app number in place of the website's"},
		{"app_beside", []string{"-number", "浙ICP备2026031826号-1"}, "app_beside.html", 0, "the subject's app numbers beside the website's; another subject's app is extra"},
		{"app_other_subject", []string{"-number", "浙ICP备2026031826号-1"}, "app_other_subject.html", 1, "another subject's app number in place of the website's"},
		{"licence_on_record", []string{"-number", "粤B2-20110388"}, "licence.html", 0, "a plain licence on record; its site's number shown"},
		{"licence_site_on_record", []string{"-number", "粤B2-20110388-5"}, "licence.html", 0, "a licence-form site number on record"},
		{"licence_other_site", []string{"-number", "粤B2-20110388-6"}, "licence.html", 1, "another site of the holder on record: the licence shown as text stands for it (unlinked), the linked site number is extra"},
		{"licence_icpzheng", []string{"-number", "京ICP证040822号-1"}, "licence_icpzheng.html", 0, "the ICP证 form: the holder's number stands for its site; another number is extra"},
		{"traditional", []string{"-number", "沪ICP备13026471号-2", "-psb", "沪公网安备 31010602001234号"}, "traditional.html", 0, "a traditional-Chinese page"},
		{"traditional_flags", []string{"-number", "滬ICP備13026471號", "-psb", "滬公網安備 31010602001234號", "-format", "text"}, "traditional.html", 0, "traditional characters on the command line"},
		{"devzone_psb", []string{"-number", "苏ICP备2021045566号-1", "-psb", "苏公网安备32059002001003号", "-unit", "苏州某某智能科技有限公司"}, "devzone_psb.html", 0, "a development-zone public-security bureau"},
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
		{[]string{"-number", "粤B2-2011038-5", "testdata/good.html"}, "", "a licence number with seven digits"},
		{[]string{"-number", "京ICP备12345678号-1B", "testdata/good.html"}, "", "no type letter B"},
		{[]string{"-number", "京ICP备12345678号", "-psb", "苏公网安备32999002001003号", "testdata/good.html"}, "", "a bureau under no prefecture"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
		if status != 2 || stdout.Len() != 0 || strings.Count(stderr.String(), "\n") != 1 {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want 2, nothing, one line", tt.comment, status, stdout.String(), stderr.String())
		}
	}
}

// TestHelp: -h prints the usage on standard output and succeeds.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		var stdout, stderr bytes.Buffer
		status := run([]string{arg}, strings.NewReader(""), &stdout, &stderr)
		if status != 0 || !strings.HasPrefix(stdout.String(), "usage: footercheck") || stderr.Len() != 0 || strings.Contains(stdout.String(), "help requested") {
			t.Errorf("%s: status %d, stdout %q, stderr %q", arg, status, stdout.String(), stderr.String())
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
