package order

import "fmt"

// CorruptMemoryStore damages the record of event version of orderID in s
// for the conformance suite: kind 1 an unknown state, 2 broken JSON, 3 a
// missing version.
func CorruptMemoryStore(s *MemoryStore, orderID string, version uint64, kind int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	mo := s.orders[orderID]
	if mo == nil || version == 0 || version > uint64(len(mo.recs)) {
		return fmt.Errorf("no version %d of %q", version, orderID)
	}
	r := &mo.recs[version-1]
	switch kind {
	case 1:
		r.State = "lost_in_the_post"
	case 2:
		r.Data = r.Data[:len(r.Data)/2]
	case 3:
		mo.recs = append(mo.recs[:version-1:version-1], mo.recs[version:]...)
	default:
		return fmt.Errorf("unknown damage %d", kind)
	}
	return nil
}
