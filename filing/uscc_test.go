package filing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// certUSCCAlphabet is 0–9 and A–Z without I, O, Z, S and V, built from that
// definition (GB 32100-2015) rather than copied.
var certUSCCAlphabet = func() string {
	var b strings.Builder
	for c := byte('0'); c <= 'Z'; c++ {
		if (c <= '9' || c >= 'A') && !strings.ContainsRune("IOZSV", rune(c)) {
			b.WriteByte(c)
		}
	}
	return b.String()
}()

// certRefUSCCCheck computes the USCC check character of 17 characters from
// the definition: weights 3^i mod 31, check value 31 − (sum mod 31) with 31
// written 0.
func certRefUSCCCheck(body string) byte {
	sum, w := 0, 1
	for i := range 17 {
		sum += strings.IndexByte(certUSCCAlphabet, body[i]) * w
		w = w * 3 % 31
	}
	return certUSCCAlphabet[(31-sum%31)%31]
}

// certUSCCWithCheck appends the reference check character.
func certUSCCWithCheck(body string) string { return body + string(certRefUSCCCheck(body)) }

// certUSCCPairs is GB 32100-2015 Appendix A (Table A.1) with the later
// authorities A and N, transcribed independently of the package table:
// authority code and type code → authority name / type name.
var certUSCCPairs = map[string]string{
	"11": "机构编制/机关", "12": "机构编制/事业单位", "13": "机构编制/中央编办直接管理机构编制的群众团体", "19": "机构编制/其他",
	"21": "外交/外国常驻新闻机构", "29": "外交/其他",
	"31": "司法行政/律师执业机构", "32": "司法行政/公证处", "33": "司法行政/基层法律服务所",
	"34": "司法行政/司法鉴定机构", "35": "司法行政/仲裁委员会", "39": "司法行政/其他",
	"41": "文化/外国在华文化中心", "49": "文化/其他",
	"51": "民政/社会团体", "52": "民政/民办非企业单位", "53": "民政/基金会", "59": "民政/其他",
	"61": "旅游/外国旅游部门常驻代表机构", "62": "旅游/港澳台地区旅游部门常驻内地（大陆）代表机构", "69": "旅游/其他",
	"71": "宗教/宗教活动场所", "72": "宗教/宗教院校", "79": "宗教/其他",
	"81": "工会/基层工会", "89": "工会/其他",
	"91": "工商/企业", "92": "工商/个体工商户", "93": "工商/农民专业合作社",
	"A1": "中央军委改革和编制办公室/军队事业单位", "A9": "中央军委改革和编制办公室/其他",
	"N1": "农业/组级集体经济组织", "N2": "农业/村级集体经济组织", "N3": "农业/乡镇级集体经济组织", "N9": "农业/其他",
	"Y1": "其他/其他",
}

func TestParseUSCCTable(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // sentinel name, "" for success
	}{
		// The worked example of GB 32100-2015.
		{"standard example", "91350100M000100Y43", ""},
		// 深圳市腾讯计算机系统有限公司 (public register).
		{"enterprise", "91440300708461136T", ""},
		// 华为技术有限公司 (public register); check character 6.
		{"enterprise 2", "914403001922038216", ""},
		// A foundation (民政/基金会) shape: authority 5, type 3.
		{"foundation", "53100000500021676K", ""},
		// White space around the code is trimmed.
		{"spaces", "  91440300708461136T\t", ""},
		// Lower-case letters are rejected, not upper-cased.
		{"lower case", "91440300708461136t", "ErrFormat"},
		// The letter O is not in the alphabet (mistaken for 0).
		{"letter O", "91350100MOOO100Y43", "ErrFormat"},
		// The letter I is not in the alphabet.
		{"letter I", "91350100M000100I43", "ErrFormat"},
		// A wrong check character.
		{"wrong check", "91440300708461136A", "ErrChecksum"},
		// Two neighbouring characters swapped.
		{"transposed", "94140300708461136T", "ErrChecksum"},
		// An old 15-digit registration number.
		{"15 digits", "110000000000001", "ErrFormat"},
		// 17 characters.
		{"short", "91440300708461136", "ErrFormat"},
		// A letter in the region digits, right check character.
		{"letter in region", certUSCCWithCheck("9144A300708461136"), "ErrFormat"},
		// Pairs the table lacks parse: the check character decides, and
		// CategoryKnown reports them (TestUSCCCategoryUnknown).
		// 工商 has no institution type 4 in the table.
		{"unknown type 94", certUSCCWithCheck("94440300708461136"), ""},
		// Y (其他) has only type 1.
		{"unknown type Y2", certUSCCWithCheck("Y2440300708461136"), ""},
		// B is no registration authority of the table.
		{"unknown authority B", certUSCCWithCheck("B1440300708461136"), ""},
		// A village committee's code as third-party tables list it (54).
		{"village committee 54", certUSCCWithCheck("54330106MJ1234567"), ""},
		// An unknown pair with a wrong check character is still wrong.
		{"unknown pair, wrong check", "54330106MJ1234567" + "0", "ErrChecksum"},
		// An unknown pair with a letter in the region digits.
		{"unknown pair, letter in region", certUSCCWithCheck("G1A30106MJ1234567"), "ErrFormat"},
		// Full-width characters are not normalised.
		{"full-width", "９１４４０３００７０８４６１１３６Ｔ", "ErrFormat"},
		// Nothing.
		{"empty", "", "ErrEmpty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := filing.ParseUSCC(tt.in)
			if diff := cmp.Diff(tt.want, certSentinel(err)); diff != "" {
				t.Fatalf("ParseUSCC(%q) error (-want +got):\n%s", tt.in, diff)
			}
			if err != nil {
				var pe *filing.ParseError
				if !errors.As(err, &pe) || pe.Type != "USCC" || c.IsValid() {
					t.Fatalf("error %v: want a USCC *ParseError and the zero value", err)
				}
				return
			}
			if diff := cmp.Diff(strings.TrimSpace(tt.in), c.String()); diff != "" {
				t.Errorf("String (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUSCCAccessors(t *testing.T) {
	c := filing.MustParseUSCC("91440300708461136T")
	type acc struct{ Authority, Type, Region, Org, Number, String string }
	want := acc{"工商", "企业", "440300", "708461136", "91440300708461136T", "91440300708461136T"}
	got := acc{c.Authority(), c.InstitutionType(), c.Region(), c.OrgCode(), c.Number(), c.String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(acc{}, acc{filing.USCC{}.Authority(), filing.USCC{}.InstitutionType(),
		filing.USCC{}.Region(), filing.USCC{}.OrgCode(), filing.USCC{}.Number(), filing.USCC{}.String()}); diff != "" {
		t.Errorf("zero value accessors (-want +got):\n%s", diff)
	}
	// The embedded organisation code of Huawei's USCC is itself valid.
	if _, err := filing.ParseOrgCode(filing.MustParseUSCC("914403001922038216").OrgCode()); err != nil {
		t.Errorf("embedded org code: %v", err)
	}
	// Reasons name the problem.
	_, err := filing.ParseUSCC(certUSCCWithCheck("9144A300708461136"))
	var pe *filing.ParseError
	if !errors.As(err, &pe) || !strings.Contains(pe.Reason, "region") {
		t.Errorf("letter in region: reason of %v should name the region", err)
	}
}

// TestUSCCCategoryUnknown: pairs outside the table parse, say so, and name
// no authority or type they do not know.
func TestUSCCCategoryUnknown(t *testing.T) {
	tests := []struct {
		body            string // 17 characters; the check is computed
		known           bool
		authority, kind string
		comment         string
	}{
		{"91330106MA2B3C4D5", true, "工商", "企业", "an enterprise: known"},
		{"N2330106MA2B3C4D5", true, "农业", "村级集体经济组织", "a village collective of the later authority N: known"},
		{"54330106MJ1234567", false, "民政", "", "a village committee (54): authority known, type not"},
		{"55330106MJ1234567", false, "民政", "", "a residents' committee (55)"},
		{"G1330106MJ1234567", false, "", "", "an overseas NGO office (G1): authority unknown"},
		{"J9330106MJ1234567", false, "", "", "an owners' assembly (J9)"},
		{"Q3330106MJ1234567", false, "", "", "a returned-overseas-Chinese federation (Q3)"},
	}
	for _, tt := range tests {
		c, err := filing.ParseUSCC(certUSCCWithCheck(tt.body))
		if err != nil {
			t.Errorf("%s: %v", tt.comment, err)
			continue
		}
		got := []any{c.CategoryKnown(), c.Authority(), c.InstitutionType()}
		if diff := cmp.Diff([]any{tt.known, tt.authority, tt.kind}, got); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tt.comment, diff)
		}
	}
	if (filing.USCC{}).CategoryKnown() {
		t.Error("zero USCC: CategoryKnown = true")
	}
}

// TestUSCCAuthorityTable walks every authority and type code pair of the
// alphabet: each parses (the check character decides), and the pairs known
// to the table and their names are the standard's.
func TestUSCCAuthorityTable(t *testing.T) {
	got := map[string]string{}
	for i := range len(certUSCCAlphabet) {
		for j := range len(certUSCCAlphabet) {
			pair := certUSCCAlphabet[i:i+1] + certUSCCAlphabet[j:j+1]
			c, err := filing.ParseUSCC(certUSCCWithCheck(pair + "440300708461136"))
			if err != nil {
				t.Errorf("pair %s: %v", pair, err)
				continue
			}
			if c.CategoryKnown() {
				got[pair] = c.Authority() + "/" + c.InstitutionType()
			}
		}
	}
	if diff := cmp.Diff(certUSCCPairs, got); diff != "" {
		t.Errorf("authority and type table (-want +got):\n%s", diff)
	}
}

// TestUSCCAlphabet tries every byte in position 9 (the start of the
// organisation code) with the reference check character: exactly the
// characters of the alphabet are accepted.
func TestUSCCAlphabet(t *testing.T) {
	for b := range 256 {
		body := "91440300" + string([]byte{byte(b)}) + "08461136"
		in := strings.IndexByte(certUSCCAlphabet, byte(b)) >= 0
		check := byte('0')
		if in {
			check = certRefUSCCCheck(body)
		}
		_, err := filing.ParseUSCC(body + string(check))
		if in && err != nil {
			t.Errorf("byte %#x: %v", b, err)
		}
		if !in && !errors.Is(err, filing.ErrFormat) {
			t.Errorf("byte %#x: %v, want ErrFormat", b, err)
		}
	}
}

func TestUSCCText(t *testing.T) {
	in := map[string]filing.USCC{"c": filing.MustParseUSCC("91350100M000100Y43")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"c":"91350100M000100Y43"}`, string(b)); diff != "" {
		t.Errorf("json (-want +got):\n%s", diff)
	}
	var out map[string]filing.USCC
	if err := json.Unmarshal(b, &out); err != nil || out["c"] != in["c"] {
		t.Errorf("round trip: %v %v", out, err)
	}
	var z filing.USCC
	if err := z.UnmarshalText([]byte("")); err != nil || z.IsValid() {
		t.Errorf("UnmarshalText(empty) = %v", err)
	}
	if err := z.UnmarshalText([]byte("91350100M000100Y44")); !errors.Is(err, filing.ErrChecksum) {
		t.Errorf("UnmarshalText(bad) = %v", err)
	}
	if got := fmt.Sprintf("%v %s", in["c"], in["c"]); got != "91350100M000100Y43 91350100M000100Y43" {
		t.Errorf("formatting: %q", got)
	}
}

// certGenUSCC draws a valid USCC from the standard's pairs.
func certGenUSCC(t *rapid.T) string {
	// Sorted, since map order is random and draws must be reproducible.
	pairs := slices.Sorted(maps.Keys(certUSCCPairs))
	pair := rapid.SampledFrom(pairs).Draw(t, "pair")
	region := rapid.StringMatching(`[0-9]{6}`).Draw(t, "region")
	org := rapid.StringOfN(rapid.SampledFrom([]rune(certUSCCAlphabet)), 9, 9, -1).Draw(t, "org")
	return certUSCCWithCheck(pair + region + org)
}

func TestUSCCProperties(t *testing.T) {
	// Every generated valid code parses and round-trips.
	rapid.Check(t, func(t *rapid.T) {
		s := certGenUSCC(t)
		c, err := filing.ParseUSCC(s)
		if err != nil {
			t.Fatalf("ParseUSCC(%q): %v", s, err)
		}
		if c.Number() != s || c.Region() != s[2:8] || c.OrgCode() != s[8:17] ||
			c.Authority()+"/"+c.InstitutionType() != certUSCCPairs[s[:2]] {
			t.Fatalf("parts of %q differ", s)
		}
		if again, err := filing.ParseUSCC(c.Number()); err != nil || again != c {
			t.Fatalf("round trip of %q: %v", s, err)
		}
	})
	// Any single substitution of one of the first 17 characters by another
	// character of the alphabet is rejected.
	rapid.Check(t, func(t *rapid.T) {
		s := certGenUSCC(t)
		i := rapid.IntRange(0, 16).Draw(t, "position")
		c := rapid.SampledFrom([]byte(certUSCCAlphabet)).Filter(func(c byte) bool { return c != s[i] }).Draw(t, "char")
		bad := s[:i] + string(c) + s[i+1:]
		if _, err := filing.ParseUSCC(bad); err == nil {
			t.Fatalf("ParseUSCC(%q) accepted a substitution of %q", bad, s)
		}
	})
}

func ExampleParseUSCC() {
	c, err := filing.ParseUSCC("91350100M000100Y43")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c, c.Authority(), c.InstitutionType(), c.Region(), c.OrgCode())

	_, err = filing.ParseUSCC("91350100M000100Y44")
	fmt.Println(err)
	// Output:
	// 91350100M000100Y43 工商 企业 350100 M000100Y4
	// filing: parsing USCC "9135**********0Y44": wrong check character
}
