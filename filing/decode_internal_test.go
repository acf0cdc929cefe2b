package filing

import "testing"

// TestSchemaFieldCount: the scanner tracks repeated keys in a 128-bit set
// per object, so no struct of the model may have more fields.
func TestSchemaFieldCount(t *testing.T) {
	seen := map[*schema]bool{}
	var walk func(s *schema, path string)
	walk = func(s *schema, path string) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		if len(s.fields) > 128 {
			t.Errorf("%s has %d fields", path, len(s.fields))
		}
		for _, f := range s.fields {
			walk(f.s, path+"."+f.name)
		}
		walk(s.elem, path+"[]")
	}
	walk(applicationSchema(), "application")
	if len(seen) < 5 {
		t.Errorf("the schema has %d nodes", len(seen))
	}
}

// TestLimitsList: every list of the wire format has its limit, apps and
// their lists included.
func TestLimitsList(t *testing.T) {
	l := DefaultLimits()
	for name, want := range map[string]string{
		"websites": "Websites", "apps": "Apps", "domains": "Domains", "previous_domains": "PreviousDomains",
		"ips": "IPs", "languages": "Languages", "sectors": "Sectors", "pre_approvals": "PreApprovals",
		"platforms": "Platforms", "categories": "Categories", "sdks": "SDKs", "other": "List",
	} {
		if max, got := l.list(name); got != want || max <= 0 {
			t.Errorf("list(%q) = %d, %q; want limit %s", name, max, got, want)
		}
	}
}
