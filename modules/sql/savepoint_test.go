package sql

import "testing"

func TestIsSavepointName(t *testing.T) {
	for name, want := range map[string]bool{
		"sp1": true, "_": true, "A_b9": true, "Zz": true,
		"": false, "1sp": false, "bad name": false, "sp-1": false, "sp;": false,
		"é": false, "a\x00": false, "[": false, "`": false, "{": false, "@": false,
	} {
		if got := isSavepointName(name); got != want {
			t.Errorf("isSavepointName(%q) = %v, want %v", name, got, want)
		}
	}
}
