package division

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// dataDir is the folder gen.go reads, relative to the package directory.
var dataDir = filepath.Join("testdata", "divisions")

// readData parses 2024.txt and history.csv of the module's data folder
// independently of gen.go.
func readData(t *testing.T) (current [][2]string, history []Division) {
	t.Helper()
	f, err := os.Open(filepath.Join(dataDir, "2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 2 {
			t.Fatalf("2024.txt: bad line %q", sc.Text())
		}
		current = append(current, [2]string{fields[0], fields[1]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}

	b, err := os.ReadFile(filepath.Join(dataDir, "history.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "代码" {
		t.Fatalf("history.csv: header starts with %q", rows[0][0])
	}
	levels := map[string]Level{"省级": Province, "地级": Prefecture, "县级": County}
	atoi := func(s string) int {
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("history.csv: bad year %q", s)
		}
		return n
	}
	for _, row := range rows[1:] {
		d := Division{Code: row[0], Name: row[3], Level: levels[row[4]], Since: atoi(row[6]), Until: atoi(row[7])}
		if (row[5] == "在用") != (d.Until == 0) {
			t.Fatalf("history.csv: status %s with end year %q", row[5], row[7])
		}
		if row[8] != "" {
			for _, e := range strings.Split(row[8], ";") {
				if code, year, ok := strings.Cut(e, "["); ok {
					d.Transfers = append(d.Transfers, Transfer{Code: code, Year: atoi(strings.TrimSuffix(year, "]"))})
				} else {
					d.Successors = append(d.Successors, e)
				}
			}
		}
		history = append(history, d)
	}
	return current, history
}

// TestTablesMatchData walks every generated record and checks it against
// the data files.
func TestTablesMatchData(t *testing.T) {
	current, history := readData(t)

	// Every generated record, in table order, equals the rows of
	// history.csv sorted by code, then first year.
	want := slices.Clone(history)
	slices.SortStableFunc(want, func(a, b Division) int {
		return cmp.Or(strings.Compare(a.Code, b.Code), cmp.Compare(a.Since, b.Since))
	})
	var got []Division
	for i := range recCode {
		got = append(got, record(i))
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("generated records differ from history.csv (-want +got):\n%s", diff)
	}

	// History of every code equals its rows.
	byCode := map[string][]Division{}
	for _, d := range want {
		byCode[d.Code] = append(byCode[d.Code], d)
	}
	for code, rows := range byCode {
		if diff := gocmp.Diff(rows, History(code)); diff != "" {
			t.Errorf("History(%s) mismatch (-want +got):\n%s", code, diff)
		}
		if !Ever(code) {
			t.Errorf("Ever(%s) = false for a code of history.csv", code)
		}
		n, _ := strconv.ParseUint(code, 10, 32)
		if !EverInt(uint32(n)) {
			t.Errorf("EverInt(%d) = false for a code of history.csv", n)
		}
	}

	// The 2024 table: 3213 rows, All() in the same order with the same names.
	if len(current) != 3213 {
		t.Errorf("2024.txt has %d rows, want 3213", len(current))
	}
	all := All()
	if len(all) != len(current) || len(all) != numCurrent {
		t.Fatalf("len(All()) = %d, 2024.txt has %d rows, numCurrent = %d", len(all), len(current), numCurrent)
	}
	for i, row := range current {
		if all[i].Code != row[0] || all[i].Name != row[1] {
			t.Errorf("All()[%d] = %s %s, 2024.txt says %s %s", i, all[i].Code, all[i].Name, row[0], row[1])
		}
		d, ok := Lookup(row[0])
		if !ok || d.Name != row[1] {
			t.Errorf("Lookup(%s) = %q, %v; want %s", row[0], d.Name, ok, row[1])
		}
		if !Ever(row[0]) {
			t.Errorf("Ever(%s) = false for a code of 2024.txt", row[0])
		}
	}
}

// TestTableInvariants checks the invariants the look-ups rely on.
func TestTableInvariants(t *testing.T) {
	for i := 1; i < len(recCode); i++ {
		if recCode[i] < recCode[i-1] {
			t.Errorf("recCode[%d] = %d < recCode[%d] = %d", i, recCode[i], i-1, recCode[i-1])
		}
		if recCode[i] == recCode[i-1] && (recUntil[i-1] == 0 || recUntil[i-1] > recSince[i]) {
			t.Errorf("records %d and %d of code %d overlap", i-1, i, recCode[i])
		}
		if recNameEnd[i] <= recNameEnd[i-1] {
			t.Errorf("recNameEnd[%d] does not grow: empty name", i)
		}
		if recSuccEnd[i] < recSuccEnd[i-1] {
			t.Errorf("recSuccEnd[%d] decreases", i)
		}
	}
	if int(recNameEnd[len(recNameEnd)-1]) != len(recNames) {
		t.Errorf("recNameEnd ends at %d, recNames has %d bytes", recNameEnd[len(recNameEnd)-1], len(recNames))
	}
	if int(recSuccEnd[len(recSuccEnd)-1]) != len(recSucc) {
		t.Errorf("recSuccEnd ends at %d, recSucc has %d bytes", recSuccEnd[len(recSuccEnd)-1], len(recSucc))
	}
	for i := range recCode {
		if recCode[i] < 100000 || recCode[i] > 999999 {
			t.Errorf("recCode[%d] = %d is not six digits", i, recCode[i])
		}
		if recSince[i] < 1981 || (recUntil[i] != 0 && recUntil[i] < recSince[i]) {
			t.Errorf("record %d (%d): years %d–%d", i, recCode[i], recSince[i], recUntil[i])
		}
		d := record(i)
		for _, s := range d.Successors {
			if !Ever(s) {
				t.Errorf("%s %s: successor %s was never in use", d.Code, d.Name, s)
			}
		}
		for _, tr := range d.Transfers {
			if !Ever(tr.Code) || tr.Year < d.Since || (d.Until != 0 && tr.Year >= d.Until) {
				t.Errorf("%s %s: bad transfer %+v", d.Code, d.Name, tr)
			}
		}
	}
	all := All()
	if !slices.IsSortedFunc(all, func(a, b Division) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("All() is not sorted by code")
	}
	for i := 1; i < len(all); i++ {
		if all[i].Code == all[i-1].Code {
			t.Errorf("All() repeats %s", all[i].Code)
		}
	}
	// Every current division except a province has a current parent.
	for _, d := range all {
		if _, ok := Parent(d.Code); ok == (d.Level == Province) {
			t.Errorf("Parent(%s %s) ok = %v", d.Code, d.Name, ok)
		}
	}
}
