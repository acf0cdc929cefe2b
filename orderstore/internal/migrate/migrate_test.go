package migrate

import (
	"testing"
	"testing/fstest"
)

func TestRead(t *testing.T) {
	ok := fstest.MapFS{
		"m/0002_more.sql":  {Data: []byte("B")},
		"m/0001_first.sql": {Data: []byte("A")},
	}
	ms, err := Read(ok, "m")
	if err != nil || len(ms) != 2 || ms[0].Version != 1 || ms[0].SQL != "A" || ms[1].Name != "0002_more.sql" {
		t.Errorf("Read = %+v, %v", ms, err)
	}
	bad := map[string]fstest.MapFS{
		// version 2 missing
		"gap": {"m/0001_a.sql": {}, "m/0003_c.sql": {}},
		// not NNNN_what.sql
		"name": {"m/0001_a.sql": {}, "m/README": {}},
		// versions start at 1
		"zero": {"m/0000_a.sql": {}},
	}
	for name, fsys := range bad {
		if _, err := Read(fsys, "m"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
